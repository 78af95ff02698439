// The possessive clitic "-nya" ("isinya", "kekuatannya"): Indonesian
// writes it onto the word it follows. A word of more than two letters
// before it carries one; shorter ones ("punya", "hanya") are words of their
// own.
#ifndef TANYA_TEXT_CLITIC_H_
#define TANYA_TEXT_CLITIC_H_

#include <string>
#include <string_view>

namespace tanya {

inline constexpr size_t kNyaSize = 3;  // "nya"

// Whether `word` (folded) ends in "-nya" after a stem of three letters or more.
inline bool has_nya(std::string_view word) {
  return word.size() > kNyaSize + 2 && word.substr(word.size() - kNyaSize) == "nya";
}

// `word` without its "-nya"; `word` itself when it carries none.
inline std::string without_nya(std::string_view word) {
  return std::string(has_nya(word) ? word.substr(0, word.size() - kNyaSize) : word);
}

}  // namespace tanya

#endif  // TANYA_TEXT_CLITIC_H_
