// JSON output that never throws: nlohmann's dump() throws on invalid UTF-8,
// and text from users or platforms may hold some; it is replaced with U+FFFD.
#ifndef TANYA_BASE_JSON_H_
#define TANYA_BASE_JSON_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace tanya {

inline std::string dump_json(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// An object whose first members are `head` (already-serialised members such
// as "\"type\":\"answer\"") followed by the members of `body`, an object.
// nlohmann sorts keys, so this is how a chosen key comes first on the wire.
inline std::string json_with_head(std::string_view head, const nlohmann::json& body) {
  std::string out = "{";
  out += head;
  std::string members = dump_json(body);
  if (members.size() > 2) {  // "{...}" with at least one member
    out += ',';
    out.append(members, 1, std::string::npos);
  } else {
    out += '}';
  }
  return out;
}

}  // namespace tanya

#endif  // TANYA_BASE_JSON_H_
