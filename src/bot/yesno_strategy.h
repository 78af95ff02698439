// YesNoStrategy: a verdict on a yes/no question from the article's evidence.
//
// "Apakah ...?" is answered "Ya" or "Tidak" followed by the sentence that
// decides it, found like any passage. The verdict is read from that
// evidence, with no knowledge of the subject:
//   1. Negation: the evidence negates ("tidak", "bukan", "belum") or forbids
//      ("hindari", "dilarang") what the question asserts, or the other way
//      round -> Tidak.
//   2. Count: the question gives a number for a thing and the evidence
//      another number for the same thing ("dua negara" vs "tiga negara") -> Tidak.
//   3. Table: the question gives one column's value to another column
//      ("fotosintesis ... mitokondria" where the row says "Fotosintesis:
//      Kloroplas; Respirasi: Mitokondria") -> Tidak.
//   4. Contrast: the question joins what a contrasted sentence says of two
//      different things ("A ..., sedangkan B ...": a rare word of the
//      question on each side only) -> Tidak.
//   5. Otherwise the evidence states what was asked -> Ya.
// A claim the evidence does not touch is no verdict: the caller keeps the
// plain passage.
// Two claims are judged before any evidence is chosen, since they pick
// their evidence (the answerer, bot/answerer.h, searches and renders):
//   6. Other agent: the whole claim said of another named thing and
//      nothing of it of the one asked (said_of_other) -> Tidak.
//   7. Other value: the passage that says the rest of the claim gives
//      another value of the kind asked, a name after the same preposition
//      or a month (given_value, states_other_value) -> Tidak.
//   8. Limit: the claim says a thing holds only or always ("cuma",
//      "selalu") and a sentence that says most of the rest of it denies
//      that ("tidak selalu", "bukan semata") (denies_limit) -> Tidak.
//   9. Opposite: the passage that says the claim with one of its words
//      replaced by the word's antonym (mythes-id's "[ant]": "cepat" /
//      "lambat") says the antonym and not the word, and says it at least
//      as well as any passage says the claim as asked
//      (Understanding::opposites, Answerer::opposite_answer) -> Tidak.
#ifndef TANYA_BOT_YESNO_STRATEGY_H_
#define TANYA_BOT_YESNO_STRATEGY_H_

#include <vector>

#include "bot/lexicon.h"
#include "bot/understand.h"
#include "index/knowledge.h"

namespace tanya {

enum class Verdict { kYes, kNo };

struct Judgement {
  Verdict verdict = Verdict::kYes;
  int sentence = -1;  // the evidence that decided it
};

// The one value a claim gives ("di Bandung", "17 Agustus", "kuliah S1"): a
// name the article lacks, written capitalized, a month, or a code of
// letters and a number the article lacks.
struct GivenValue {
  int word = -1;       // index into Understanding::words, -1 when none (or several)
  bool month = false;  // the value is a month
  size_t code = 0;     // the value is a code: the length of its letters ("s" of "s1")
};

class YesNoStrategy {
 public:
  YesNoStrategy(const Lexicon& lexicon, const Knowledge& knowledge);

  // The verdict of `evidence` (Knowledge::sentences indices: the passage
  // that answers first, then definitions of what is asked about) on `u`.
  Judgement judge(const Understanding& u, const std::vector<int>& evidence) const;

  // "Apakah DKPP yang menetapkan hasil pemilu?": the one sentence that
  // says the whole claim (two words or more, less the names) of a named
  // thing other than `entity`, which no sentence says it of; -1 otherwise.
  int said_of_other(const Understanding& u, int entity) const;
  // "Apakah rupiah melemah selalu merugikan?": the sentence that denies
  // the claim's "only" or "always" ("Rupiah yang melemah tidak selalu
  // kabar buruk") and holds at least `min_share` (by weight) of the
  // claim's other words; -1 when none. *share is what it holds.
  int denies_limit(const Understanding& u, double min_share, double* share) const;
  // The one value the claim gives; word -1 when none or several.
  GivenValue given_value(const Understanding& u) const;
  // True when `evidence`, found by the rest of the claim, gives another
  // value of the same kind in that place and not the one asked.
  bool states_other_value(const Understanding& u, const GivenValue& value,
                          const std::vector<int>& evidence) const;

 private:
  bool negated(const std::vector<std::string>& words) const;
  // The sentence that corrects a belief `sentence` reports ("Banyak orang
  // menganggap X. Padahal, ..."): `sentence` itself when the contrast
  // follows in it, the next one when that opens with it; -1 when none.
  int corrects_belief(int sentence) const;
  bool crosses_columns(const Understanding& u, const KSentence& s) const;
  bool crosses_contrast(const Understanding& u, const KSentence& s) const;
  // The number a word stands for ("tiga", "3"), or -1.
  int number_of(const std::string& word) const;

  const Lexicon& lx_;
  const Knowledge& kb_;
};

}  // namespace tanya

#endif  // TANYA_BOT_YESNO_STRATEGY_H_
