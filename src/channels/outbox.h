// The outbox worker: delivers the replies queued in the StateStore, oldest
// first and in order within each chat, on its own thread. A failed delivery
// is retried with exponential backoff (honouring Retry-After) up to
// max_attempts, then marked dead: it stays in the store, is counted in
// /metrics and logged, and is never silently dropped. Because the queue is in
// the store, replies still waiting when the process stops are delivered after
// it restarts.
#ifndef TANYA_CHANNELS_OUTBOX_H_
#define TANYA_CHANNELS_OUTBOX_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "channels/state_store.h"

namespace tanya::channels {

struct OutboxOptions {
  int max_attempts = 10;                          // then the message is dead
  std::chrono::milliseconds base_backoff{1000};   // wait after the first failure, doubled each time
  std::chrono::milliseconds max_backoff{600000};  // cap on one wait
  std::chrono::milliseconds poll{5000};  // re-check the store at least this often (other replicas)
  std::chrono::milliseconds lease{60000};  // a claimed message is not re-sent before this
};

// What happened to one delivery attempt.
struct Delivery {
  bool ok = false;
  bool retry = true;  // false: the platform rejected the request for good (e.g. 400)
  std::string error;
  int64_t retry_after_ms = 0;  // the platform asked to wait at least this long (429)
};

using Deliver = std::function<Delivery(const OutboxMessage&)>;
using NowMs = std::function<int64_t()>;

// Wait before attempt number `attempts + 1` after `attempts` failures.
int64_t backoff_ms(const OutboxOptions& options, int attempts);

class Outbox {
 public:
  // `store` and `deliver` must outlive the Outbox.
  Outbox(StateStore& store, Deliver deliver, OutboxOptions options, NowMs now_ms);
  ~Outbox();  // stops the worker
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  // Starts and stops the worker thread. stop() waits for the delivery in
  // progress (bounded by the HTTP timeout); both are idempotent.
  void start();
  void stop();

  // Tells the worker that new messages were queued.
  void wake();

  // Attempts every message due now, on the calling thread; returns how many
  // were attempted. For tests and for draining without a worker.
  int run_once();

  int64_t delivered_total() const { return delivered_; }
  int64_t failed_attempts_total() const { return failed_; }
  int64_t dead_total() const { return dead_; }

 private:
  void loop();
  int drain(bool worker);
  bool stopping();
  bool attempt(const OutboxMessage& message);

  StateStore& store_;
  Deliver deliver_;
  OutboxOptions options_;
  NowMs now_ms_;

  std::mutex mutex_;  // guards stopping_, woken_ and the worker handle
  std::condition_variable wakeup_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread worker_;

  std::atomic<int64_t> delivered_{0};
  std::atomic<int64_t> failed_{0};
  std::atomic<int64_t> dead_{0};
};

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_OUTBOX_H_
