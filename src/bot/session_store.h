// SessionStore: conversation contexts by session id, in memory. Bounded:
// beyond `capacity` the least recently used session is evicted, and a
// session unused for `ttl` is gone. Thread-safe (one mutex; each operation
// is a hash lookup and a list splice, so contention stays negligible).
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
  using Clock = std::chrono::steady_clock;

  SessionStore(size_t capacity, std::chrono::seconds ttl) : capacity_(capacity), ttl_(ttl) {}

  // The context of `id` (a fresh one if unknown or expired).
  Context load(std::string_view id, Clock::time_point now = Clock::now());
  // Stores the context of `id`, marking it most recently used.
  void save(std::string_view id, const Context& context, Clock::time_point now = Clock::now());
  // The context if the session exists and has not expired.
  std::optional<Context> find(std::string_view id, Clock::time_point now = Clock::now());
  size_t size() const;

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
