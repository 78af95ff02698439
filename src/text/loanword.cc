#include "text/loanword.h"

#include <algorithm>

namespace tanya {

namespace {

bool ends_with(const std::string& s, const std::string& end) {
  return s.size() > end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

}  // namespace

LoanwordSpeller::LoanwordSpeller(SpellingRules endings, SpellingRules letters)
    : endings_(std::move(endings)), letters_(std::move(letters)) {
  // The longest ending that fits is the one meant ("-ization" before "-tion").
  std::stable_sort(endings_.begin(), endings_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::vector<std::string> LoanwordSpeller::adapt(const std::string& word) const {
  // The longest ending that fits, in each spelling the rules give it
  // ("-ty" is "-ti" in "properti", "-tas" in "pubertas").
  std::vector<std::string> out;
  const std::string* fitted = nullptr;
  for (const auto& [from, to] : endings_) {
    if (fitted != nullptr && from.size() < fitted->size()) break;
    if ((fitted != nullptr && from != *fitted) || !ends_with(word, from)) continue;
    fitted = &from;
    for (std::string& w : letters(word.substr(0, word.size() - from.size()) + to))
      out.push_back(std::move(w));
  }
  if (out.empty()) out = letters(word);
  return out;
}

std::vector<std::string> LoanwordSpeller::letters(const std::string& word) const {
  // The ending's spelling is already Indonesian; the letters before it
  // are read with it ("democra|cy" -> "democra|si": the "c" before "s").
  // A group listed twice is spelled both ways ("au": "otomatis" from
  // "automatic", "augmentasi" from "augmentation"), the first listed first.
  constexpr size_t kMostSpellings = 4;
  std::vector<std::string> out{""};
  for (size_t i = 0; i < word.size();) {
    const std::string* group = nullptr;
    std::vector<const std::string*> spelled;
    for (const auto& [from, to] : letters_) {
      if (from.empty() || word.compare(i, from.size(), from) != 0) continue;
      if (group != nullptr && from != *group) continue;
      group = &from;
      spelled.push_back(&to);
    }
    if (group == nullptr) {
      for (std::string& o : out) o += word[i];
      ++i;
      continue;
    }
    std::vector<std::string> next;
    for (const std::string* to : spelled) {
      for (const std::string& o : out) {
        if (next.size() < kMostSpellings) next.push_back(o + *to);
      }
    }
    out = std::move(next);
    i += group->size();
  }
  // Indonesian writes no doubled consonant ("chlorophyll" -> "klorofil").
  for (std::string& o : out) {
    std::string single;
    for (char c : o) {
      if (!single.empty() && single.back() == c && !is_vowel(c)) continue;
      single += c;
    }
    o = std::move(single);
  }
  return out;
}

std::vector<std::string> LoanwordSpeller::spellings(std::string_view english) const {
  std::vector<std::string> out;
  if (english.size() < 5 ||
      !std::all_of(english.begin(), english.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return out;
  std::string word(english);
  auto add = [&](const std::string& w) {
    for (std::string& s : adapt(w)) {
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
    }
  };
  add(word);
  // Plurals: "reactions", "policies", "processes".
  if (ends_with(word, "ies")) add(word.substr(0, word.size() - 3) + "y");
  if (ends_with(word, "es")) add(word.substr(0, word.size() - 2));
  if (ends_with(word, "s") && !ends_with(word, "ss")) add(word.substr(0, word.size() - 1));
  return out;
}

}  // namespace tanya
