// Token bucket: `burst` tokens, refilled at `rate` per second. One per
// connection, touched only on that connection's strand, so it needs no lock.
// AddressLimiter (below) keeps one per client address, under a lock.
#ifndef TANYA_SERVER_RATE_LIMITER_H_
#define TANYA_SERVER_RATE_LIMITER_H_

#include <algorithm>
#include <chrono>
#include <iterator>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tanya::server {

class TokenBucket {
 public:
  using Clock = std::chrono::steady_clock;

  // rate <= 0 disables the limit: try_take() always succeeds.
  TokenBucket(double rate, double burst, Clock::time_point now = Clock::now())
      : rate_(rate), burst_(burst), tokens_(burst), last_(now) {}

  // Takes one token if there is one. `now` must not go backwards.
  bool try_take(Clock::time_point now = Clock::now()) {
    if (rate_ <= 0) return true;
    std::chrono::duration<double> elapsed = now - last_;
    last_ = now;
    tokens_ = std::min(burst_, tokens_ + elapsed.count() * rate_);
    if (tokens_ < 1.0) return false;
    tokens_ -= 1.0;
    return true;
  }

 private:
  double rate_;
  double burst_;
  double tokens_;
  Clock::time_point last_;
};

// One token bucket per client address, shared by every connection (and so
// locked): a client that opens many connections gets no more than one. At
// most `max_addresses` are remembered; when full, the buckets that have
// refilled (idle clients) are forgotten, and if none has, every bucket is
// (a flood of addresses must not grow memory without bound).
class AddressLimiter {
 public:
  using Clock = TokenBucket::Clock;

  AddressLimiter(double rate, double burst, size_t max_addresses = 65536)
      : rate_(rate), burst_(burst), max_addresses_(max_addresses) {}

  bool try_take(const std::string& address, Clock::time_point now = Clock::now()) {
    if (rate_ <= 0) return true;
    std::lock_guard<std::mutex> lock(mu_);
    auto it = buckets_.find(address);
    if (it == buckets_.end()) {
      if (buckets_.size() >= max_addresses_) forget_idle(now);
      it = buckets_.emplace(address, Entry{TokenBucket(rate_, burst_, now), now}).first;
    }
    it->second.last = now;
    return it->second.bucket.try_take(now);
  }

 private:
  struct Entry {
    TokenBucket bucket;
    Clock::time_point last;
  };

  void forget_idle(Clock::time_point now) {
    const auto refill = std::chrono::duration<double>(burst_ / rate_);
    for (auto it = buckets_.begin(); it != buckets_.end();) {
      it = now - it->second.last >= refill ? buckets_.erase(it) : std::next(it);
    }
    if (buckets_.size() >= max_addresses_) buckets_.clear();
  }

  const double rate_;
  const double burst_;
  const size_t max_addresses_;
  std::mutex mu_;
  std::unordered_map<std::string, Entry> buckets_;
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_RATE_LIMITER_H_
