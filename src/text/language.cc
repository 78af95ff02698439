#include "text/language.h"

namespace tanya {

std::shared_ptr<const Language> Language::load(const LanguagePaths& paths, std::string* error) {
  auto lang = std::make_shared<Language>();
  std::string why;
  lang->thesaurus = Thesaurus::load(paths.thesaurus, &why);
  if (!lang->thesaurus) {
    *error = "thesaurus (Debian package mythes-id): " + why;
    return nullptr;
  }
  lang->english = EnglishDictionary::load(paths.english, &why);
  if (!lang->english) {
    *error = "English dictionary (Debian package dict-freedict-eng-ind): " + why;
    return nullptr;
  }
  lang->speller = Speller::load(paths.speller, &why);
  if (!lang->speller) {
    *error = "speller (Debian package hunspell-id): " + why;
    return nullptr;
  }
  lang->wordnet = WordNet::load(paths.wordnet, &why);
  if (!lang->wordnet) {
    *error = "English WordNet (Debian package wordnet-base): " + why;
    return nullptr;
  }
  return lang;
}

}  // namespace tanya
