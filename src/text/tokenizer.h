// The one tokenizer of Tanya, used both when the index is built (as the FTS5
// tokenizer "tanya") and when a question is read, so that both sides always
// agree on what a term is.
//
// For each word of the text it: folds case and strips diacritics (Unicode,
// via utf8proc); joins reduplication ("negara-negara", "bentuk2" -> one
// "negara"/"bentuk" token); reads names in today's spelling ("Tjokroaminoto"
// as "Cokroaminoto"); and stems with Snowball Indonesian. Closed and
// open spellings of a compound ("kerjasama", "kerja sama") are bridged when
// a question is read, toward the article's own spelling (bot/understand.h).
// The unit symbols of figures are read as their words ("5%" -> "5",
// "persen"; "Rp10.000" -> "rupiah", "10", "000"). Other punctuation and
// symbols, including every FTS5 operator character, never reach a token.
//
// Not thread-safe (it owns a Stemmer): one Tokenizer per thread.
#ifndef TANYA_TEXT_TOKENIZER_H_
#define TANYA_TEXT_TOKENIZER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "text/stemmer.h"

namespace tanya {

struct Token {
  std::string term;  // stemmed, folded: what is indexed and matched
  std::string word;  // folded, unstemmed: for typo correction and lexicons
  uint32_t begin;    // byte span in the original text
  uint32_t end;
};

// Bump whenever the output of Tokenizer changes: built indexes then rebuild.
inline constexpr int kTokenizerVersion = 5;  // 2: no built-in list of compounds;
                                             // 3: '%' and "Rp" read as words;
                                             // 4: "berikut", "tersebut" ... unstemmed;
                                             // 5: "tj", "dj", "sj", "oe" in today's spelling,
                                             // "H.O.S." one word

// Index of the first occurrence of `phrase` as a contiguous run in `seq`
// (of words or of terms), or -1. An empty phrase never occurs.
int find_phrase(const std::vector<std::string>& seq, const std::vector<std::string>& phrase);
// The same from position `from` on (the next occurrence after one found).
int find_phrase_from(const std::vector<std::string>& seq, const std::vector<std::string>& phrase,
                     int from);
// Whether `seq` holds any of `phrases` ("disebut", "dikenal sebagai").
bool holds_any(const std::vector<std::string>& seq,
               const std::vector<std::vector<std::string>>& phrases);

// Case-folded, diacritic-free form of one word ("Ékonomi" -> "ekonomi").
std::string fold(std::string_view word);

// A folded word in today's spelling: "tj", "dj", "sj" before a vowel and
// "oe" as written before 1972 ("tjokroaminoto" -> "cokroaminoto",
// "soedirman" -> "sudirman").
std::string today_spelling(std::string_view w);

class Tokenizer {
 public:
  using Emit = std::function<void(const Token&)>;

  void tokenize(std::string_view text, const Emit& emit);
  std::vector<Token> tokenize(std::string_view text);

  // Stemmed terms only, in order.
  std::vector<std::string> terms(std::string_view text);

  // Term of one already-folded word (for lexicon entries): its stem, in
  // today's spelling.
  std::string stem(std::string_view folded_word);

 private:
  Stemmer stemmer_;
};

}  // namespace tanya

#endif  // TANYA_TEXT_TOKENIZER_H_
