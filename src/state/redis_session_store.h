// Bot sessions (bot/session_store.h) in Redis, so that a WebSocket client
// that reconnects to another replica keeps its conversation.
//
// One key per session, "<prefix>session:<id>", holding the context JSON and
// expiring `ttl` after the last save (Redis does the expiring, on its own
// clock). size() is nullopt: the keyspace holds every replica's sessions.
//
// A Redis that cannot be reached costs the context, never the question:
// find() answers nullopt and save() does nothing. Such failures are counted
// (errors(), last_error()) for metrics and logs; the store logs nothing.
#ifndef TANYA_STATE_REDIS_SESSION_STORE_H_
#define TANYA_STATE_REDIS_SESSION_STORE_H_

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "bot/session_store.h"
#include "state/redis.h"

namespace tanya::state {

class RedisSessionStore final : public SessionStore {
 public:
  RedisSessionStore(std::shared_ptr<RedisClient> client, std::chrono::seconds ttl);

  std::optional<Context> find(std::string_view id) override;
  void save(std::string_view id, const Context& context) override;
  std::optional<size_t> size() const override { return std::nullopt; }

  // Redis failures so far, and the text of the latest one.
  uint64_t errors() const { return errors_.load(); }
  std::string last_error() const;

 private:
  std::string key(std::string_view id) const;
  void record(const RedisReply& reply);

  const std::shared_ptr<RedisClient> client_;
  const std::chrono::seconds ttl_;
  std::atomic<uint64_t> errors_{0};
  mutable std::mutex mutex_;
  std::string last_error_;  // guarded by mutex_
};

}  // namespace tanya::state

#endif  // TANYA_STATE_REDIS_SESSION_STORE_H_
