// Language: Debian's general Indonesian resources, loaded together. They
// hold what no single article does: synonyms (mythes-id), English
// translations (FreeDict eng-ind), English synonyms and word forms for the
// words FreeDict lacks (WordNet) and valid words (hunspell-id). The bot
// uses each only toward words the article itself uses (bot/understand.h).
// Immutable after load, except for the speller, which locks itself.
#ifndef TANYA_TEXT_LANGUAGE_H_
#define TANYA_TEXT_LANGUAGE_H_

#include <memory>
#include <string>

#include "text/english.h"
#include "text/speller.h"
#include "text/thesaurus.h"
#include "text/wordnet.h"

namespace tanya {

struct LanguagePaths {
  // Paths without their extensions, Debian's by default.
  std::string thesaurus = "/usr/share/mythes/th_id_ID_v2";
  std::string english = "/usr/share/dictd/freedict-eng-ind";
  std::string speller = "/usr/share/hunspell/id_ID";
  std::string wordnet = "/usr/share/wordnet";
};

struct Language {
  std::unique_ptr<Thesaurus> thesaurus;
  std::unique_ptr<EnglishDictionary> english;
  std::unique_ptr<Speller> speller;
  std::unique_ptr<WordNet> wordnet;

  // Loads all four; a missing resource is an error that names it and the
  // Debian package that brings it (scripts/setup.sh installs them).
  static std::shared_ptr<const Language> load(const LanguagePaths& paths, std::string* error);
};

}  // namespace tanya

#endif  // TANYA_TEXT_LANGUAGE_H_
