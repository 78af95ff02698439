// SessionStore: conversation contexts by session id, for Bot::ask(session,
// question). An interface so that replicas can share sessions (a WebSocket
// client resumed on another replica keeps its context); the in-memory store
// below is the default for one process.
//
// Implementations are thread-safe and never throw: a store that cannot be
// reached answers "no session" (the question is then answered without
// context) rather than failing the question.
#ifndef TANYA_BOT_SESSION_STORE_H_
#define TANYA_BOT_SESSION_STORE_H_

#include <chrono>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "bot/context.h"

namespace tanya {

class SessionStore {
 public:
  virtual ~SessionStore() = default;

  // The context if the session exists and has not expired.
  virtual std::optional<Context> find(std::string_view id) = 0;
  // Stores the context of `id` and restarts its expiry.
  virtual void save(std::string_view id, const Context& context) = 0;
  // Number of live sessions, or nullopt when the store cannot count them
  // cheaply (a shared store holds other replicas' sessions too).
  virtual std::optional<size_t> size() const = 0;

  // The context of `id` (a fresh one if unknown or expired).
  Context load(std::string_view id) { return find(id).value_or(Context{}); }
};

// In memory, bounded: beyond `capacity` the least recently used session is
// evicted, and a session unused for `ttl` is gone. One mutex; each operation
// is a hash lookup and a list splice, so contention stays negligible.
class MemorySessionStore final : public SessionStore {
 public:
  using Clock = std::chrono::steady_clock;

  MemorySessionStore(size_t capacity, std::chrono::seconds ttl) : capacity_(capacity), ttl_(ttl) {}

  std::optional<Context> find(std::string_view id) override { return find(id, Clock::now()); }
  void save(std::string_view id, const Context& context) override {
    save(id, context, Clock::now());
  }
  std::optional<size_t> size() const override;

  // The same with an explicit clock, for tests.
  std::optional<Context> find(std::string_view id, Clock::time_point now);
  void save(std::string_view id, const Context& context, Clock::time_point now);

 private:
  struct Entry {
    std::string id;
    Context context;
    Clock::time_point last_used;
  };
  using List = std::list<Entry>;

  void evict_expired(Clock::time_point now);

  const size_t capacity_;
  const std::chrono::seconds ttl_;
  mutable std::mutex mu_;
  List lru_;  // most recently used first
  std::unordered_map<std::string, List::iterator> index_;
};

}  // namespace tanya

#endif  // TANYA_BOT_SESSION_STORE_H_
