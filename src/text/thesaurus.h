// Thesaurus: synonyms of Indonesian words and phrases, read from Debian's
// mythes-id (LibreOffice MyThes format: th_id_ID_v2.idx / .dat, ISO-8859-1).
//
//   auto th = tanya::Thesaurus::load("/usr/share/mythes/th_id_ID_v2", &error);
//   for (const auto& s : th->synonyms("manfaat")) ...   // faedah, guna, keuntungan, ...
//
// Immutable after load; safe to share between threads. Antonym lines
// ("[ant]") are never returned as synonyms; antonyms() gives them.
#ifndef TANYA_TEXT_THESAURUS_H_
#define TANYA_TEXT_THESAURUS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tanya {

struct Synonym {
  std::string word;  // UTF-8, lowercase; may be several words ("kerja sama")
  int sense = 0;     // 0 for the entry's first meaning line, 1 for the second...
  // The meaning line's word class as mythes-id labels it: "n" (noun), "v"
  // (verb), "a" (adjective), "adv", "p" (particle: prepositions and
  // conjunctions), "num", "pron"; empty when the line has no label.
  std::string word_class;
};

class Thesaurus {
 public:
  // `base` is the path without ".idx"/".dat". Returns nullptr and sets
  // *error when the files are missing or malformed.
  static std::unique_ptr<Thesaurus> load(const std::string& base, std::string* error);

  // Synonyms of `word` (lowercase UTF-8; a phrase is words separated by one
  // space), in file order, without duplicates and without the word itself.
  // Empty when the word has no entry.
  std::vector<Synonym> synonyms(std::string_view word) const;

  // Antonyms of `word`, the words of its "[ant]" lines, in the same form
  // ("laki-laki" -> "perempuan", "cepat" -> "lambat"). Empty when none.
  std::vector<Synonym> antonyms(std::string_view word) const;

  size_t entries() const;

  ~Thesaurus();

 private:
  struct Impl;
  explicit Thesaurus(std::unique_ptr<Impl> impl);
  std::vector<Synonym> words_of(std::string_view word, bool antonyms) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tanya

#endif  // TANYA_TEXT_THESAURUS_H_
