#include "channels/log.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace tanya::channels {

void log_event(std::string_view event, const nlohmann::json& fields) {
  auto now = std::chrono::system_clock::now();
  std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char ts[40];
  size_t n = std::strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(ts + n, sizeof ts - n, ".%03dZ", static_cast<int>(ms));

  nlohmann::json line = fields.is_object() ? fields : nlohmann::json::object();
  line["event"] = event;
  // "ts" first, as in the server's log (nlohmann sorts the other keys).
  std::string body = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string text = "{\"ts\":\"" + std::string(ts) + "\"," + body.substr(1) + "\n";
  const char* p = text.data();
  size_t left = text.size();
  while (left > 0) {
    ssize_t written = ::write(2, p, left);
    if (written <= 0) return;  // nowhere to log: drop the line rather than block
    p += written;
    left -= static_cast<size_t>(written);
  }
}

}  // namespace tanya::channels
