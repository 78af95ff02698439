// Structured log: one JSON object per line on a file descriptor (stderr by
// default): the server's request and connection events and the webhooks'
// delivery events share it, so every line has the same shape. Each
// line is emitted with a single write(2), so lines from different threads do
// not interleave and no lock is needed. Thread-safe.
#ifndef TANYA_BASE_JSON_LOG_H_
#define TANYA_BASE_JSON_LOG_H_

#include <nlohmann/json.hpp>

namespace tanya {

class JsonLog {
 public:
  explicit JsonLog(bool enabled, int fd = 2) : enabled_(enabled), fd_(fd) {}

  bool enabled() const { return enabled_; }

  // Writes `fields` as one line with "ts" (UTC, RFC 3339 with milliseconds)
  // added first. Invalid UTF-8 in values is replaced, never thrown.
  void write(const nlohmann::json& fields) const;

 private:
  bool enabled_;
  int fd_;
};

}  // namespace tanya

#endif  // TANYA_BASE_JSON_LOG_H_
