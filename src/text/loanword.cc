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
    out.push_back(letters(word.substr(0, word.size() - from.size()) + to));
  }
  if (out.empty()) out.push_back(letters(word));
  return out;
}

std::string LoanwordSpeller::letters(std::string word) const {
  // The ending's spelling is already Indonesian; the letters before it
  // are read with it ("democra|cy" -> "democra|si": the "c" before "s").
  std::string out;
  for (size_t i = 0; i < word.size();) {
    bool replaced = false;
    for (const auto& [from, to] : letters_) {
      if (!from.empty() && word.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += word[i++];
  }
  // Indonesian writes no doubled consonant ("chlorophyll" -> "klorofil").
  std::string single;
  for (char c : out) {
    if (!single.empty() && single.back() == c && !is_vowel(c)) continue;
    single += c;
  }
  return single;
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
