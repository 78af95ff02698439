// Years as Indonesian text writes them: "1945", "2024", and an early one
// its era marks ("907 M", "500 SM"). A "kapan" question wants one; a year a
// question names dates what it asks.
#ifndef TANYA_TEXT_YEAR_H_
#define TANYA_TEXT_YEAR_H_

#include <cctype>
#include <string_view>

namespace tanya {

// Whether `s` holds a year: four digits from 1000 to 2099 standing alone,
// or digits that end a word before " M" or " SM".
inline bool has_year(std::string_view s) {
  auto digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(s[i])) != 0; };
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    const bool four = digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3);
    const bool alone = (i == 0 || !digit(i - 1)) && (i + 4 == s.size() || !digit(i + 4));
    if (four && alone && (s[i] == '1' || (s[i] == '2' && s[i + 1] == '0'))) return true;
  }
  for (std::string_view era : {" M", " SM"}) {
    for (size_t at = s.find(era); at != std::string_view::npos; at = s.find(era, at + 1)) {
      const size_t end = at + era.size();
      if (at > 0 && digit(at - 1) &&
          (end == s.size() || !std::isalpha(static_cast<unsigned char>(s[end]))))
        return true;
    }
  }
  return false;
}

}  // namespace tanya

#endif  // TANYA_TEXT_YEAR_H_
