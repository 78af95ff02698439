// JSON output that never throws: nlohmann's dump() throws on invalid UTF-8,
// and text from users or platforms may hold some; it is replaced with U+FFFD.
#ifndef TANYA_BASE_JSON_H_
#define TANYA_BASE_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

namespace tanya {

inline std::string dump_json(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace tanya

#endif  // TANYA_BASE_JSON_H_
