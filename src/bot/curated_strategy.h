// CuratedStrategy: an editor's curated answers (corpus/<id>.json "curated",
// added from /admin or `tanya curate`) as candidates beside the article's
// own. A pair is proposed when the reader's question reads like one of its
// phrasings, the two read alike by the bot: slang, typos, closed compounds,
// English and stems are resolved before they are compared, so one phrasing
// covers the wordings readers vary on.
//
// The pair's confidence follows scoring::curated(): it competes with the
// article's answer and never bypasses the threshold. A word of the question
// that the phrasing lacks costs as it costs the article's own answers: a
// word the article does not know (lexicon unknown_penalty), or one it does
// that is not everyday (scoring::kMissesWhatIsAsked): "biaya kerja sama
// bilateral" is another question than "biaya kerja sama internasional".
#ifndef TANYA_BOT_CURATED_STRATEGY_H_
#define TANYA_BOT_CURATED_STRATEGY_H_

#include <string>
#include <vector>

#include "bot/lexicon.h"
#include "bot/understand.h"
#include "index/knowledge.h"

namespace tanya {

class CuratedStrategy {
 public:
  // Reads every phrasing of `doc`'s curated pairs once. `lexicon` outlives it.
  CuratedStrategy(const Lexicon& lexicon, const KDocument& doc, const Understander& understander,
                  Tokenizer& tokenizer);

  struct Match {
    int pair = -1;          // index into KDocument::curated, -1 for none
    double confidence = 0;  // scoring::curated() of the best phrasing
  };
  // The pair whose phrasing reads most like `u`.
  Match match(const Understanding& u) const;

  // The words of a reading that are compared, sorted and unique: its
  // search terms, and the topics it asks of ("manfaat", "jenis"), which
  // tell questions apart as much as their words do. (Bot::question_key
  // groups questions by them too.)
  static std::vector<std::string> key_of(const Understanding& u);

 private:
  struct Phrasing {
    int pair = 0;
    std::string qtype;
    std::vector<std::string> key;  // sorted, unique
  };
  const Lexicon& lx_;
  std::vector<Phrasing> phrasings_;
};

}  // namespace tanya

#endif  // TANYA_BOT_CURATED_STRATEGY_H_
