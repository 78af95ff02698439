// Token bucket: `burst` tokens, refilled at `rate` per second. One per
// connection, touched only on that connection's strand, so it needs no lock.
#ifndef TANYA_SERVER_RATE_LIMITER_H_
#define TANYA_SERVER_RATE_LIMITER_H_

#include <algorithm>
#include <chrono>

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

}  // namespace tanya::server

#endif  // TANYA_SERVER_RATE_LIMITER_H_
