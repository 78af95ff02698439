// LoanwordSpeller: the Indonesian spelling of an English word of Latin or
// Greek stock, by the regular adaptation rules of Indonesian spelling
// ("hydroponics" -> "hidroponik", "reactions" -> "reaksi",
// "chlorophyll" -> "klorofil", "autonomy" -> "otonomi").
//
// Science and civics explainers are full of such words, and a reader who
// asks in English uses their source form. A bilingual dictionary lists few
// of them; the rules cover them all. The result is a guess to be checked
// against an article's own words, never used on its own.
//
// The rules are data (bot/lexicon.json "english_spelling"): endings are
// tried longest first and the first that fits is applied (an ending listed
// twice gives two spellings, in the order listed), then letter groups are
// replaced left to right (a group listed twice, "au" as "o" or kept, gives
// both), then doubled consonants are single.
#ifndef TANYA_TEXT_LOANWORD_H_
#define TANYA_TEXT_LOANWORD_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tanya {

using SpellingRules = std::vector<std::pair<std::string, std::string>>;

class LoanwordSpeller {
 public:
  LoanwordSpeller() = default;
  LoanwordSpeller(SpellingRules endings, SpellingRules letters);

  // Candidate Indonesian spellings of the lowercase ASCII word `english`,
  // most likely first: the word itself adapted, then its singular. Empty
  // for a word that is not lowercase ASCII letters or is shorter than 5.
  std::vector<std::string> spellings(std::string_view english) const;

 private:
  // `word` with its ending respelled, once per spelling of that ending.
  std::vector<std::string> adapt(const std::string& word) const;
  // The letter groups of `word` respelled (in each spelling of a group
  // listed twice), doubled consonants single.
  std::vector<std::string> letters(const std::string& word) const;

  SpellingRules endings_;  // longest first
  SpellingRules letters_;  // in the order given
};

}  // namespace tanya

#endif  // TANYA_TEXT_LOANWORD_H_
