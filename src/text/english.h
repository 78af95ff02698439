// English to Indonesian word translations, read from Debian's FreeDict
// dictionary (dict-freedict-eng-ind, dictd format: freedict-eng-ind.index
// with base64 offsets and lengths, and freedict-eng-ind.dict.dz, gzip).
//
//   auto en = tanya::EnglishDictionary::load("/usr/share/dictd/freedict-eng-ind", &error);
//   en->translations("cooperation");  // {"kerja sama", ...}
//   en->translations("tax");          // {"pajak", "cukai"}
//
// Immutable after load; safe to share between threads.
#ifndef TANYA_TEXT_ENGLISH_H_
#define TANYA_TEXT_ENGLISH_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tanya {

class EnglishDictionary {
 public:
  // `base` is the path without ".index"/".dict.dz". Returns nullptr and
  // sets *error when the files are missing or malformed.
  static std::unique_ptr<EnglishDictionary> load(const std::string& base, std::string* error);

  // Indonesian translations of an English headword or phrase (lowercase),
  // in the dictionary's order, lowercase, without duplicates; each one a
  // word or a short phrase, with glosses, pronunciations, part-of-speech
  // marks and parenthesised notes removed. Empty when not a headword.
  std::vector<std::string> translations(std::string_view english) const;
  // The same, of the entries marked as one part of speech ("v", "n") only.
  std::vector<std::string> translations(std::string_view english, std::string_view part) const;

  // The parts of speech FreeDict marks a headword's entries with ("n",
  // "v", "adj", "adv", "pn"...), each once, in its order. Empty when not a
  // headword or unmarked.
  std::vector<std::string> parts_of_speech(std::string_view english) const;

  // The longest number of words in any headword (for phrase matching).
  size_t longest_headword_words() const;
  size_t entries() const;

  ~EnglishDictionary();

 private:
  struct Impl;
  explicit EnglishDictionary(std::unique_ptr<Impl> impl);
  // Calls visit(entry) for each entry of the headword `english`.
  template <typename Visit>
  void each_entry(std::string_view english, Visit visit) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tanya

#endif  // TANYA_TEXT_ENGLISH_H_
