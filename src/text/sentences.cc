#include "text/sentences.h"

#include <algorithm>
#include <cctype>

namespace tanya {
namespace {

bool upper(char c) {
  return std::isupper(static_cast<unsigned char>(c)) != 0;
}
bool letter(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// The word that ends just before position `end` (letters only).
std::string_view word_before(std::string_view p, size_t end) {
  size_t begin = end;
  while (begin > 0 && letter(p[begin - 1])) --begin;
  return p.substr(begin, end - begin);
}

// A period that belongs to an abbreviation rather than ending a sentence.
// Both cases are spelling conventions, not a list of words:
// - an initial in a name: one capital letter after a capitalized word or a
//   comma ("Charles F. Richter", ", R. Katjasoengkana"). After a lowercase
//   word it is a label that may end the sentence ("pekatan B. Pekatan A ...");
// - a short capitalized abbreviation before a number ("UU No. 23 Tahun
//   2014"): Indonesian does not start a sentence with a numeral;
// - a capitalized word with no vowel ("Jl. Raya", "Dr. Soetomo", "Hj."):
//   every Indonesian syllable has one, so it is no word but a title or an
//   address shortened. (Not one in capitals, "PBB.", an acronym that may
//   end a sentence.)
bool abbreviation(std::string_view p, size_t dot) {
  std::string_view word = word_before(p, dot);
  if (word.empty()) return false;
  const size_t word_start = dot - word.size();
  constexpr size_t kShortened = 4;  // letters, at most
  if (word.size() >= 2 && word.size() <= kShortened && upper(word[0]) &&
      std::none_of(word.begin() + 1, word.end(), [](char c) { return upper(c); }) &&
      word.find_first_of("aeiouAEIOU") == std::string_view::npos)
    return true;
  if (word.size() == 1 && upper(word[0])) {
    if (word_start == 0) return true;
    // (Initials run together, "R.A. Kartini", "J.H. Abendanon": a capital
    // after the period of another initial.)
    if (p[word_start - 1] == '.') {
      std::string_view first = word_before(p, word_start - 1);
      return first.size() == 1 && upper(first[0]);
    }
    if (word_start < 2 || p[word_start - 1] != ' ') return false;
    char before = p[word_start - 2];
    if (before == ',') return true;
    std::string_view previous = word_before(p, word_start - 1);
    return !previous.empty() && upper(previous[0]);
  }
  return word.size() <= 3 && upper(word[0]) && dot + 2 < p.size() &&
         std::isdigit(static_cast<unsigned char>(p[dot + 2])) != 0;
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view p) {
  std::vector<std::string> out;
  size_t start = 0;
  auto push = [&](size_t end) {
    while (start < end && p[start] == ' ') ++start;
    if (end > start) out.emplace_back(p.substr(start, end - start));
    start = end;
  };
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    // A parenthesis is part of the sentence it stands in, whatever it holds:
    // "Nama Budi Utomo (ejaan lama: Boedi Oetomo) berasal dari ...". (Only
    // one that closes in the paragraph.)
    if (c == '(') {
      if (const size_t close = p.find(')', i); close != std::string_view::npos) i = close;
      continue;
    }
    if (c != '.' && c != '!' && c != '?' && c != ':') continue;
    bool at_end = i + 1 == p.size() || p[i + 1] == ' ';
    if (at_end && c == '.' && i + 1 < p.size() && abbreviation(p, i)) continue;
    if (at_end) push(i + 1);
  }
  push(p.size());
  return out;
}

}  // namespace tanya
