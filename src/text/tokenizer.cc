#include "text/tokenizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "text/utf8.h"

namespace tanya {

namespace {

bool is_word_cp(int cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

struct RawWord {
  size_t begin, end;
  bool hyphen_before;             // joined to the previous word by a single '-'
  const char* spelled = nullptr;  // a symbol read as this word ('%' -> "persen")
  bool initials = false;          // "H.O.S": capitals joined by dots, one word
};

bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

// The end of a run of capital initials from `start` ("H.O.S." in "H.O.S.
// Tjokroaminoto", "R.A." in "R.A. Kartini"), before its last dot, or
// `start` when there is no run of two or more. Readers write them run
// together ("HOS", "RA Kartini"): the run is one word. (Small letters,
// "s.d.", abbreviate words.)
size_t initials_end(std::string_view text, size_t start) {
  size_t end = start;
  auto single_capital = [&](size_t at) {
    return at < text.size() && is_capital(text[at]) &&
           (at + 1 == text.size() || text[at + 1] == '.');
  };
  if (!single_capital(start)) return start;
  end = start + 1;
  while (end + 1 < text.size() && text[end] == '.' && single_capital(end + 1)) end += 2;
  return end - start >= 3 ? end : start;
}

// Indonesian writes its unit words as symbols in figures ("5%", "Rp10.000")
// and readers type them as words ("berapa persen", "berapa rupiah"): both
// sides are read as the word.
constexpr const char* kPercent = "persen";
constexpr const char* kRupiah = "rupiah";

// "rp10" (from "Rp10.000"): the currency sign fused to a figure.
bool currency_figure(std::string_view folded) {
  return folded.size() > 2 && folded.substr(0, 2) == "rp" &&
         std::all_of(folded.begin() + 2, folded.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

// Reduplication with a digit: "bentuk2" means "bentuk-bentuk".
std::string_view strip_digit_reduplication(std::string_view w) {
  if (w.size() >= 4 && w.back() == '2') {
    char c = w[w.size() - 2];
    if ((c >= 'a' && c <= 'z')) return w.substr(0, w.size() - 1);
  }
  return w;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

}  // namespace

std::string today_spelling(std::string_view w) {
  // Names keep the spelling of before 1972 ("Tjokroaminoto", "Soedirman",
  // "Sjahrir", "Djuanda"), which readers write as today's ("Cokroaminoto",
  // "Sudirman", "Syahrir", "Juanda"): both are read in today's. ("nj" and
  // "j" are left: today's "menjadi" has the one, "jalan" the other.)
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    const bool pair_before_vowel = i + 2 < w.size() && w[i + 1] == 'j' && is_vowel(w[i + 2]);
    if (w[i] == 'o' && i + 1 < w.size() && w[i + 1] == 'e') {
      out.push_back('u');
      ++i;
    } else if (w[i] == 't' && pair_before_vowel) {
      out.push_back('c');
      ++i;
    } else if (w[i] == 'd' && pair_before_vowel) {
      out.push_back('j');
      ++i;
    } else if (w[i] == 's' && pair_before_vowel) {
      out += "sy";
      ++i;
    } else {
      out.push_back(w[i]);
    }
  }
  return out;
}

std::string Tokenizer::stem(std::string_view folded_word) {
  return stemmer_.stem(today_spelling(folded_word));
}

int find_phrase(const std::vector<std::string>& seq, const std::vector<std::string>& phrase) {
  return find_phrase_from(seq, phrase, 0);
}

int find_phrase_from(const std::vector<std::string>& seq, const std::vector<std::string>& phrase,
                     int from) {
  if (phrase.empty() || from < 0 || phrase.size() > seq.size()) return -1;
  for (size_t i = static_cast<size_t>(from); i + phrase.size() <= seq.size(); ++i) {
    if (std::equal(phrase.begin(), phrase.end(), seq.begin() + static_cast<long>(i))) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

bool holds_any(const std::vector<std::string>& seq,
               const std::vector<std::vector<std::string>>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const std::vector<std::string>& p) { return find_phrase(seq, p) >= 0; });
}

std::string fold(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t i = 0;
  while (i < word.size()) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    int cp = utf8::next(word, &i);
    if (cp < 0) continue;
    utf8proc_int32_t buf[8];
    int last = 0;
    auto n = utf8proc_decompose_char(
        cp, buf, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                       UTF8PROC_COMPAT),
        &last);
    if (n < 0 || n > 8) {
      utf8::append(cp, &out);
      continue;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) utf8::append(buf[k], &out);
  }
  return out;
}

void Tokenizer::tokenize(std::string_view text, const Emit& emit) {
  // Pass 1: word spans, remembering which are hyphen-joined to the last one.
  std::vector<RawWord> raw;
  size_t i = 0;
  bool prev_hyphen = false;
  size_t last_end = std::string_view::npos;
  while (i < text.size()) {
    size_t start = i;
    int cp = utf8::next(text, &i);
    if (cp == '%') {
      raw.push_back({start, i, false, kPercent});
      last_end = std::string_view::npos;
      prev_hyphen = false;
      continue;
    }
    if (cp < 0 || !is_word_cp(cp)) {
      prev_hyphen = (cp == '-' && last_end == start);
      if (cp != '-') last_end = std::string_view::npos;
      continue;
    }
    size_t end = i;
    while (end < text.size()) {
      size_t j = end;
      int c2 = utf8::next(text, &j);
      if (c2 < 0 || !is_word_cp(c2)) break;
      end = j;
    }
    bool joined = prev_hyphen && last_end != std::string_view::npos && start == last_end + 1;
    const size_t run = end == start + 1 ? initials_end(text, start) : start;
    if (run > start) {
      raw.push_back({start, run, false, nullptr, true});
      last_end = std::string_view::npos;
      prev_hyphen = false;
      i = run;
      continue;
    }
    raw.push_back({start, end, joined});
    last_end = end;
    prev_hyphen = false;
    i = end;
  }

  // Pass 2: fold, join reduplication, split compounds, stem.
  Token prev;
  bool have_prev = false;
  auto flush = [&] {
    if (have_prev) emit(prev);
    have_prev = false;
  };
  for (RawWord w : raw) {
    std::string folded = w.spelled ? w.spelled : fold(text.substr(w.begin, w.end - w.begin));
    if (w.initials) folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
    if (folded == "rp" || currency_figure(folded)) {
      flush();
      emit(Token{stem(kRupiah), kRupiah, static_cast<uint32_t>(w.begin),
                 static_cast<uint32_t>(w.begin + 2)});
      if (folded.size() == 2) continue;
      folded.erase(0, 2);
      w.begin += 2;
      w.hyphen_before = false;
    }
    std::string_view word = strip_digit_reduplication(folded);
    if (word.empty()) continue;
    std::string term = stem(word);
    if (w.hyphen_before && have_prev && (prev.word == word || prev.term == term)) {
      prev.end = static_cast<uint32_t>(w.end);  // "negara-negara": one token
      continue;
    }
    flush();
    prev = Token{std::move(term), std::string(word), static_cast<uint32_t>(w.begin),
                 static_cast<uint32_t>(w.end)};
    have_prev = true;
  }
  flush();
}

std::vector<Token> Tokenizer::tokenize(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, [&](const Token& t) { out.push_back(t); });
  return out;
}

std::vector<std::string> Tokenizer::terms(std::string_view text) {
  std::vector<std::string> out;
  tokenize(text, [&](const Token& t) { out.push_back(t.term); });
  return out;
}

}  // namespace tanya
