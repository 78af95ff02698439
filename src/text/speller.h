// Speller: Indonesian spelling through Hunspell (Debian's hunspell-id with
// libhunspell): is a word valid, what might a misspelled one be, and how a
// closed compound splits ("kerjasama" -> "kerja sama").
//
// Hunspell objects are not thread-safe: a Speller serializes its calls with
// a mutex. Callers cache results; the bot calls it only for words the
// article does not contain.
#ifndef TANYA_TEXT_SPELLER_H_
#define TANYA_TEXT_SPELLER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tanya {

class Speller {
 public:
  // `base` is the path without ".aff"/".dic" (e.g. /usr/share/hunspell/id_ID).
  // Returns nullptr and sets *error when the files are missing.
  static std::unique_ptr<Speller> load(const std::string& base, std::string* error);

  // True when Hunspell accepts `word` (lowercase UTF-8).
  bool valid(std::string_view word) const;

  // Hunspell's suggestions for `word`, lowercase UTF-8, in its order.
  std::vector<std::string> suggest(std::string_view word) const;

  // The roots Hunspell's affix rules find in `word` (lowercase UTF-8), in
  // its order: "menunggak" -> {"tunggak"}, "pengurangan" -> {"kurang"}. It
  // undoes the nasal prefixes meN-/peN- with the consonant they drop,
  // which Snowball cannot. Empty for a word it does not know.
  std::vector<std::string> roots(std::string_view word) const;

  // The two (or three) words a closed compound is made of, when Hunspell
  // suggests splitting it into valid words that, joined, give back exactly
  // `word` ("kerjasama" -> {"kerja", "sama"}, "sumberdaya" -> {"sumber",
  // "daya"}); empty otherwise.
  std::vector<std::string> split_compound(std::string_view word) const;

  // The dictionary's stems that `shorthand` could abbreviate by leaving out
  // vowels (chat writing: "tlat" for "telat", "dftr" for "daftar"): those
  // with the same consonants in the same order, a doubled letter counted
  // once and "ng" as "g". A lookup in an index of Hunspell's word list
  // built on first use, not a suggestion search (which takes milliseconds).
  std::vector<std::string> abbreviated(std::string_view shorthand) const;

  ~Speller();

 private:
  struct Impl;
  explicit Speller(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The consonants of a lowercase ASCII word in order, a doubled letter once
// and "ng" as its "g": what chat shorthand keeps of a word ("yg" for
// "yang"), and what two spellings of one loanword share ("migren",
// "migrain"). Empty for a word with any other character.
std::string consonant_skeleton(std::string_view word);

}  // namespace tanya

#endif  // TANYA_TEXT_SPELLER_H_
