#include "base/json_log.h"

#include <unistd.h>

#include <chrono>
#include <ctime>

#include "base/json.h"

namespace tanya {

void JsonLog::write(const nlohmann::json& fields) const {
  if (!enabled_) return;
  auto now = std::chrono::system_clock::now();
  std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char ts[40];
  size_t n = std::strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(ts + n, sizeof ts - n, ".%03dZ", static_cast<int>(ms));

  // "ts" first, then the fields.
  std::string line = json_with_head(std::string("\"ts\":\"") + ts + "\"", fields);
  line += '\n';
  const char* p = line.data();
  size_t left = line.size();
  while (left > 0) {
    ssize_t written = ::write(fd_, p, left);
    if (written <= 0) return;  // nowhere to log: drop the line rather than block or throw
    p += written;
    left -= static_cast<size_t>(written);
  }
}

}  // namespace tanya
