// Times each WebSocket message from its first byte, so that a message sent
// a byte at a time cannot hold its connection open for ever. The idle
// timeout does not catch it: any byte counts as life.
//
// The WebSocket layer reads whole messages and says nothing of when one
// begins, so the clock watches the bytes read beneath it (the TCP stream's
// rate policy, ReadWatch below). Control frames (the pongs that answer the
// server's keep-alive pings, a client's pings) are not messages: their
// bytes are taken back when the WebSocket layer reports them, so a quiet
// connection that answers pings never looks like a message in progress.
// Not thread-safe: one per connection, used on its strand.
#ifndef TANYA_SERVER_MESSAGE_CLOCK_H_
#define TANYA_SERVER_MESSAGE_CLOCK_H_

#include <boost/beast/core/rate_policy.hpp>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace tanya::server {

class MessageClock {
 public:
  // `n` bytes arrived. True when they begin a message: start its timer.
  bool on_bytes(size_t n) {
    const bool starts = pending_ == 0 && n > 0;
    pending_ += n;
    if (starts) ++message_;
    return starts;
  }

  // The WebSocket layer read a control frame with a `payload`-byte body.
  // True when nothing else arrived: the timer has nothing left to time.
  bool on_control_frame(size_t payload) {
    // A client's frame header: 2 bytes, then the 4-byte mask (payloads of
    // control frames are at most 125 bytes, so no extended length).
    const size_t frame = 2 + 4 + payload;
    pending_ = pending_ > frame ? pending_ - frame : 0;
    return pending_ == 0;
  }

  // A data message was read whole. Bytes of the next one may have come in
  // the same read; its timer then starts at its next byte, a little late.
  void on_message() { pending_ = 0; }

  bool in_progress() const { return pending_ > 0; }
  // Which message the clock is on: a timer armed for one message checks
  // it is still the same before it acts.
  uint64_t message() const { return message_; }

 private:
  size_t pending_ = 0;  // bytes read since the last whole message
  uint64_t message_ = 0;
};

// Told of every read under the WebSocket layer.
class ReadObserver {
 public:
  virtual void on_bytes_read(size_t n) = 0;

 protected:
  ~ReadObserver() = default;
};

// A Beast rate policy that limits nothing and tells `observer` of each read.
class ReadWatch {
 public:
  ReadObserver* observer = nullptr;

 private:
  friend class boost::beast::rate_policy_access;
  static constexpr size_t kAll = std::numeric_limits<size_t>::max();
  size_t available_read_bytes() const noexcept { return kAll; }
  size_t available_write_bytes() const noexcept { return kAll; }
  void transfer_read_bytes(size_t n) const {
    if (observer != nullptr) observer->on_bytes_read(n);
  }
  void transfer_write_bytes(size_t) const noexcept {}
  void on_timer() const noexcept {}
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_MESSAGE_CLOCK_H_
