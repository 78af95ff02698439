// Prometheus counters for the server: questions by channel and outcome, an
// answer-latency histogram, open connections and rejected requests by reason.
// Lock-free (relaxed atomics): updated from every I/O and core thread, read
// by GET /metrics. Owned by the Server; there is no global registry.
#ifndef TANYA_SERVER_METRICS_H_
#define TANYA_SERVER_METRICS_H_

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tanya::server {

enum class Channel { kWebSocket, kHttp, kCount };
enum class ConnectionKind { kHttp, kWebSocket, kCount };

// Why a request, message or connection was refused. Names are the label
// values and, for WebSocket errors, the "error" codes sent to the client.
enum class Reject {
  kRateLimited,         // "rate_limited"
  kTooManyConnections,  // "too_many_connections"
  kOrigin,              // "origin_not_allowed"
  kMessageTooBig,       // "message_too_big"
  kBinary,              // "binary_not_supported"
  kInvalidJson,         // "invalid_json"
  kUnknownType,         // "unknown_type"
  kInvalidQuestion,     // "invalid_question" (empty, too long, invalid UTF-8)
  kBodyTooLarge,        // "body_too_large"
  kHeaderTooLarge,      // "header_too_large"
  kBadRequest,          // "bad_request"
  kTimeout,             // "timeout" (slow or dead peer)
  kSlowConsumer,        // "slow_consumer"
  kCount
};
std::string_view reject_name(Reject reason);

namespace internal {
template <typename E>
constexpr size_t index(E e) {
  return static_cast<size_t>(e);
}
}  // namespace internal

class Metrics {
  template <typename E>
  static constexpr size_t index(E e) {
    return internal::index(e);
  }

 public:
  Metrics() = default;
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  // A question accepted for answering (queued for the core), before its answer.
  void received() { received_.fetch_add(1, std::memory_order_relaxed); }
  uint64_t questions_received() const { return received_.load(std::memory_order_relaxed); }
  // One answered question; `latency` runs from receipt to the answer being queued.
  void question(Channel channel, bool found, std::chrono::nanoseconds latency);
  void reject(Reject reason) { rejected_[index(reason)].fetch_add(1, std::memory_order_relaxed); }
  // An exception caught on a server path: the request or connection it hit
  // was failed alone, and the process went on.
  void internal_error() { internal_errors_.fetch_add(1, std::memory_order_relaxed); }
  uint64_t internal_errors() const { return internal_errors_.load(std::memory_order_relaxed); }
  void connection_opened(ConnectionKind kind) { add_open(kind, 1); }
  void connection_closed(ConnectionKind kind) { add_open(kind, -1); }

  int64_t open_connections(ConnectionKind kind) const {
    return open_[index(kind)].load(std::memory_order_relaxed);
  }
  uint64_t questions() const;
  uint64_t rejected(Reject reason) const {
    return rejected_[index(reason)].load(std::memory_order_relaxed);
  }

  // Prometheus text exposition format (version 0.0.4), with `sessions` live
  // bot sessions (left out when the store does not count them: a shared
  // store) and the process's resident memory.
  std::string render(std::optional<size_t> sessions) const;

 private:
  // Upper bounds of the latency buckets, in seconds (+Inf is implicit).
  static constexpr std::array<double, 14> kBuckets = {
      0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};
  void add_open(ConnectionKind kind, int64_t delta) {
    open_[index(kind)].fetch_add(delta, std::memory_order_relaxed);
  }

  std::array<std::array<std::atomic<uint64_t>, 2>, internal::index(Channel::kCount)> questions_{};
  std::array<std::atomic<uint64_t>, kBuckets.size() + 1> latency_buckets_{};  // not cumulative
  std::atomic<uint64_t> latency_sum_ns_{0};
  std::array<std::atomic<int64_t>, internal::index(ConnectionKind::kCount)> open_{};
  std::array<std::atomic<uint64_t>, internal::index(Reject::kCount)> rejected_{};
  std::atomic<uint64_t> internal_errors_{0};
  std::atomic<uint64_t> received_{0};
};

// Resident set size of this process in bytes (0 if /proc is unavailable).
uint64_t resident_memory_bytes();

}  // namespace tanya::server

#endif  // TANYA_SERVER_METRICS_H_
