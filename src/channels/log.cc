#include "channels/log.h"

#include "base/json_log.h"

namespace tanya::channels {

void log_event(std::string_view event, const nlohmann::json& fields) {
  nlohmann::json line = fields.is_object() ? fields : nlohmann::json::object();
  line["event"] = event;
  JsonLog(true).write(line);
}

}  // namespace tanya::channels
