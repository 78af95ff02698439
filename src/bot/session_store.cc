#include "bot/session_store.h"

namespace tanya {

void MemorySessionStore::evict_expired(Clock::time_point now) {
  // The list is ordered by last use, so expired entries sit at the back.
  while (!lru_.empty() && now - lru_.back().last_used > ttl_) {
    index_.erase(lru_.back().id);
    lru_.pop_back();
  }
}

std::optional<Context> MemorySessionStore::find(std::string_view id, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mu_);
  evict_expired(now);
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second->context;
}

void MemorySessionStore::save(std::string_view id, const Context& context, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mu_);
  evict_expired(now);
  std::string key(id);
  auto it = index_.find(key);
  if (it != index_.end()) {
    it->second->context = context;
    it->second->last_used = now;
    lru_.splice(lru_.begin(), lru_, it->second);
    return;
  }
  lru_.push_front(Entry{key, context, now});
  index_[key] = lru_.begin();
  while (lru_.size() > capacity_) {
    index_.erase(lru_.back().id);
    lru_.pop_back();
  }
}

std::optional<size_t> MemorySessionStore::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lru_.size();
}

}  // namespace tanya
