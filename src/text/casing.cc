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

}  // namespace tanya
