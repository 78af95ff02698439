// Structured log: one JSON object per line on a file descriptor (stderr by
// default), one line per HTTP request or WebSocket connection event. Each
// line is emitted with a single write(2), so lines from different threads do
// not interleave and no lock is needed. Thread-safe.
#ifndef TANYA_SERVER_JSON_LOG_H_
#define TANYA_SERVER_JSON_LOG_H_

#include <nlohmann/json.hpp>

namespace tanya::server {

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

}  // namespace tanya::server

#endif  // TANYA_SERVER_JSON_LOG_H_
