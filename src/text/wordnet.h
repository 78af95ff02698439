// WordNet: Princeton WordNet 3.0 as Debian's wordnet-base installs it
// (/usr/share/wordnet: index.<pos> sorted by lemma, data.<pos> addressed by
// byte offset, <pos>.exc irregular forms). English synonyms, derived words
// and base forms, for English words the bilingual dictionary lacks.
//
// FreeDict's English-Indonesian has about 10,000 headwords: "reduce",
// "affect" and "proclaim" are not among them, though "decrease", "impact"
// and "proclamation" are. WordNet links a word to its synonyms (by sense,
// most frequent first) and to the words derived from it, so a reader's
// English word reaches one the dictionary, or the article's loanword
// spelling, has.
//
//   auto wn = tanya::WordNet::load("/usr/share/wordnet", &error);
//   wn->base_forms("proclaimed");  // {"proclaim"}
//   wn->derived("proclaim");       // {"proclamation", "proclaimer", ...}
//   wn->synonyms("reduce");        // {"cut down", "cut back", ..., "decrease", ...}
//   wn->antonyms("incomplete");    // {"complete"}
//
// The index files are read at load (about 6 MB); a data line is read from
// disk when asked for, and kept in a small cache. Safe to share between
// threads.
#ifndef TANYA_TEXT_WORDNET_H_
#define TANYA_TEXT_WORDNET_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tanya {

class WordNet {
 public:
  // `dir` holds index.noun, data.noun, verb.exc... Returns nullptr and sets
  // *error when a file is missing or unreadable.
  static std::unique_ptr<WordNet> load(const std::string& dir, std::string* error);

  // The lemmas `word` (lowercase ASCII) is a form of, in any part of
  // speech: itself when a lemma, its irregular bases ("raised" -> "raise",
  // "children" -> "child") and those WordNet's detachment rules give
  // ("proclaimed" -> "proclaim"). Without duplicates, the word first.
  std::vector<std::string> base_forms(std::string_view word) const;

  // The other lemmas of the first `senses` senses of `lemma` in each part
  // of speech, most frequent sense first, words joined by spaces.
  std::vector<std::string> synonyms(std::string_view lemma, size_t senses = 3) const;

  // The lemmas WordNet marks as derived from `lemma` itself (its
  // "derivationally related form" links) in its first `senses` senses in
  // each part of speech: "proclaim" -> "proclamation".
  std::vector<std::string> derived(std::string_view lemma, size_t senses = 3) const;

  // The lemmas WordNet gives as the opposite of `lemma` itself (its
  // antonym links) in its first `senses` senses: "incomplete" ->
  // "complete".
  std::vector<std::string> antonyms(std::string_view lemma, size_t senses = 3) const;

  ~WordNet();

 private:
  struct Impl;
  explicit WordNet(std::unique_ptr<Impl> impl);
  // Calls visit(synset) for the first `senses` synsets of `lemma` (WordNet's
  // spelling, "cut_down") in each part of speech, most frequent first.
  template <typename Visit>
  void each_sense(const std::string& lemma, size_t senses, Visit visit) const;
  // derived() or antonyms(): the words `lemma`'s own links point to.
  std::vector<std::string> linked(std::string_view lemma, size_t senses, bool antonyms) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tanya

#endif  // TANYA_TEXT_WORDNET_H_
