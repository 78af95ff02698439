// YesNoStrategy: a verdict on a yes/no question from the article's evidence.
//
// "Apakah ...?" is answered "Ya" or "Tidak" followed by the sentence that
// decides it, found like any passage. The verdict is read from that
// evidence, with no knowledge of the subject:
//   1. Negation: the evidence negates ("tidak", "bukan", "belum") what the
//      question asserts, or the other way round -> Tidak.
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
// Two claims are judged before any evidence is chosen, by the answerer
// (bot/answerer.h), since they pick their evidence: the whole claim said
// of another named thing (other_agent_answer), and a value the article
// states otherwise (wrong_value_answer) -> Tidak.
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

class YesNoStrategy {
 public:
  YesNoStrategy(const Lexicon& lexicon, const Knowledge& knowledge);

  // The verdict of `evidence` (Knowledge::sentences indices: the passage
  // that answers first, then definitions of what is asked about) on `u`.
  Judgement judge(const Understanding& u, const std::vector<int>& evidence) const;

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
