#include "text/casing.h"

#include <cctype>
#include <string>

namespace tanya {

bool written_as_name(std::string_view word, std::string_view text) {
  if (word.empty()) return false;
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
    const size_t end = at + word.size();
    if (at == 0 || std::isalnum(static_cast<unsigned char>(lower[at - 1])) ||
        (end < lower.size() && std::isalnum(static_cast<unsigned char>(lower[end]))) ||
        !std::isupper(static_cast<unsigned char>(text[at])))
      continue;
    // After a sentence's end, a capital only starts the sentence.
    size_t before = at;
    while (before > 0 && text[before - 1] == ' ') --before;
    if (before > 0 && std::string_view(".!?").find(text[before - 1]) == std::string_view::npos)
      return true;
  }
  return false;
}

std::string lower_but_acronyms(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size();) {
    size_t end = i;
    while (end < out.size() && std::isalnum(static_cast<unsigned char>(out[end]))) ++end;
    size_t capitals = 0;
    for (size_t k = i; k < end; ++k)
      capitals += std::isupper(static_cast<unsigned char>(out[k])) ? 1 : 0;
    // A capital past the first is the name's own way ("MA", "IoT").
    constexpr size_t kOwnCasing = 2;
    if (capitals < kOwnCasing) {
      for (size_t k = i; k < end; ++k)
        out[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[k])));
    }
    i = end == i ? i + 1 : end;
  }
  return out;
}

}  // namespace tanya
