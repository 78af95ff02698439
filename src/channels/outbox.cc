#include "channels/outbox.h"

#include <algorithm>

#include "channels/log.h"

namespace tanya::channels {

int64_t backoff_ms(const OutboxOptions& options, int attempts) {
  int64_t wait = options.base_backoff.count();
  for (int i = 1; i < attempts && wait < options.max_backoff.count(); ++i) wait *= 2;
  return std::min<int64_t>(wait, options.max_backoff.count());
}

Outbox::Outbox(StateStore& store, Deliver deliver, OutboxOptions options, NowMs now_ms)
    : store_(store), deliver_(std::move(deliver)), options_(options), now_ms_(std::move(now_ms)) {}

Outbox::~Outbox() {
  stop();
}

void Outbox::start() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (worker_.joinable()) return;
  stopping_ = false;
  worker_ = std::thread([this] { loop(); });
}

void Outbox::stop() {
  std::thread worker;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    worker = std::move(worker_);
  }
  wakeup_.notify_all();
  if (worker.joinable()) worker.join();
}

bool Outbox::stopping() {
  std::lock_guard<std::mutex> lock(mutex_);
  return stopping_;
}

void Outbox::wake() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    woken_ = true;
  }
  wakeup_.notify_all();
}

bool Outbox::attempt(const OutboxMessage& message) {
  Delivery delivery = deliver_(message);
  if (delivery.ok) {
    store_.delivered(message.id);
    ++delivered_;
    return true;
  }
  int attempts = message.attempts + 1;
  bool give_up = !delivery.retry || attempts >= options_.max_attempts;
  int64_t wait = std::max(backoff_ms(options_, attempts), delivery.retry_after_ms);
  store_.failed(message.id, attempts, now_ms_() + wait, delivery.error, give_up);
  // Counted after the store is updated, so that the counters never run
  // ahead of what the store says.
  ++failed_;
  if (give_up) {
    ++dead_;
    log_event("webhook_reply_dead", {{"channel", message.channel},
                                     {"reply", message.id},
                                     {"attempts", attempts},
                                     {"error", delivery.error}});
  } else {
    log_event("webhook_reply_retry", {{"channel", message.channel},
                                      {"reply", message.id},
                                      {"attempts", attempts},
                                      {"retry_in_ms", wait},
                                      {"error", delivery.error}});
  }
  return false;
}

int Outbox::run_once() {
  return drain(/*worker=*/false);
}

int Outbox::drain(bool worker) {
  int attempted = 0;
  // Each round returns at most one message per chat; repeat until nothing
  // is due so that a chat's later parts follow promptly.
  for (;;) {
    int64_t now = now_ms_();
    std::vector<OutboxMessage> batch = store_.due(now, 32, now + options_.lease.count());
    if (batch.empty()) return attempted;
    bool any_delivered = false;
    for (size_t i = 0; i < batch.size(); ++i) {
      if (worker && stopping()) {
        // Give back the claims not attempted, so that they do not wait for
        // their lease to end after a restart.
        for (; i < batch.size(); ++i) {
          const OutboxMessage& m = batch[i];
          store_.failed(m.id, m.attempts, m.next_attempt_ms, m.last_error, false);
        }
        return attempted;
      }
      ++attempted;
      any_delivered = attempt(batch[i]) || any_delivered;
    }
    if (!any_delivered) return attempted;  // everything due failed: wait for backoff
  }
}

void Outbox::loop() {
  for (;;) {
    drain(/*worker=*/true);
    std::unique_lock<std::mutex> lock(mutex_);
    if (stopping_) return;
    int64_t wait = options_.poll.count();
    lock.unlock();
    if (std::optional<int64_t> next = store_.next_due_ms()) {
      wait = std::clamp<int64_t>(*next - now_ms_(), 0, wait);
    }
    lock.lock();
    wakeup_.wait_for(lock, std::chrono::milliseconds(wait), [this] { return stopping_ || woken_; });
    woken_ = false;
    if (stopping_) return;
  }
}

}  // namespace tanya::channels
