#include "state/shared_state.h"

#include <utility>

#include "state/redis.h"
#include "state/redis_question_store.h"
#include "state/redis_session_store.h"
#include "state/redis_state_store.h"

namespace tanya::state {

bool is_shared_state_url(std::string_view url) {
  // rediss:// too: open_shared_state() then says TLS is not supported,
  // rather than the caller taking it for a SQLite file name.
  for (std::string_view scheme : {"redis://", "rediss://", "unix://"}) {
    if (url.substr(0, scheme.size()) == scheme) return true;
  }
  return false;
}

std::optional<SharedState> open_shared_state(std::string_view url, std::chrono::seconds session_ttl,
                                             std::string* error) {
  std::optional<RedisUrl> parsed = RedisUrl::parse(url, error);
  if (!parsed) return std::nullopt;
  auto client = std::make_shared<RedisClient>(*parsed);
  // open_redis_state_store() PINGs: an unreachable Redis fails here.
  std::unique_ptr<channels::StateStore> webhooks = open_redis_state_store(client, error);
  if (!webhooks) return std::nullopt;
  SharedState state;
  state.sessions = std::make_shared<RedisSessionStore>(client, session_ttl);
  state.webhooks = std::move(webhooks);
  state.questions = make_redis_question_store(client);
  state.description = "Redis at " + parsed->address() + ", prefix " + parsed->prefix;
  return state;
}

}  // namespace tanya::state
