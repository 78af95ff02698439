// The one entry point `tanya serve --state URL` uses to share state between
// replicas: bot sessions and webhook state (contexts, deduplication ids, the
// outbox) in one Redis, over one connection pool.
//
// Opening fails fast: a bad URL or a Redis that does not answer PING at
// startup is an error naming the address (never the password), so that a
// misconfigured replica refuses to start instead of serving without memory.
#ifndef TANYA_STATE_SHARED_STATE_H_
#define TANYA_STATE_SHARED_STATE_H_

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "bot/session_store.h"
#include "channels/state_store.h"
#include "editor/question_store.h"

namespace tanya::state {

struct SharedState {
  std::shared_ptr<SessionStore> sessions;
  std::shared_ptr<channels::StateStore> webhooks;
  std::shared_ptr<editor::QuestionStore> questions;  // the question log of every replica
  std::string description;  // "Redis at unix:///run/redis.sock, prefix tanya:", for logs
};

// True for the URLs meant for open_shared_state() (redis://, unix://, and
// rediss://, which it refuses clearly); anything else given to --state is a
// SQLite path.
bool is_shared_state_url(std::string_view url);

// Sessions expire `session_ttl` after their last use (BotOptions::session_ttl).
std::optional<SharedState> open_shared_state(std::string_view url, std::chrono::seconds session_ttl,
                                             std::string* error);

}  // namespace tanya::state

#endif  // TANYA_STATE_SHARED_STATE_H_
