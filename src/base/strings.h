// Small string helpers shared by every layer.
#ifndef TANYA_BASE_STRINGS_H_
#define TANYA_BASE_STRINGS_H_

#include <string>
#include <string_view>

namespace tanya {

// `text` with every occurrence of `from` (not empty) replaced by `to`, left
// to right; replacements are not searched again.
inline std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  if (from.empty()) return text;
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace tanya

#endif  // TANYA_BASE_STRINGS_H_
