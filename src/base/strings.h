// Small string helpers shared by every layer.
#ifndef TANYA_BASE_STRINGS_H_
#define TANYA_BASE_STRINGS_H_

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace tanya {

// `text` with its ASCII capitals in lower case; other bytes unchanged.
// Whether `text` holds a digit: it states a figure.
inline bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

inline std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// `text` with every occurrence of `from` (not empty) replaced by `to`, left
// to right; replacements are not searched again.
inline std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  if (from.empty()) return text;
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// `parts[from, to)` joined by single spaces ("side effects").
inline std::string join_words(const std::vector<std::string>& parts, size_t from = 0,
                              size_t to = static_cast<size_t>(-1)) {
  std::string out;
  for (size_t i = from; i < parts.size() && i < to; ++i) out += (out.empty() ? "" : " ") + parts[i];
  return out;
}

}  // namespace tanya

#endif  // TANYA_BASE_STRINGS_H_
