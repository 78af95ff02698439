// ClassifyStrategy: "X termasuk jenis apa?" for an X the article only
// mentions, under one of the kinds it describes.
//
// The kind is read from where the article mentions X: the list item that
// mentions it names its kind by its head ("**Mikrovaskular**: ... ginjal
// ..."), and a paragraph names it by the heading of its sub-section
// ("SaaS (Software as a Service)" over "Contohnya Gmail, ..."). The mention
// is the sentence that holds X's rarest word and most of its words (by
// weight): at least half of them, or no answer. An item that is X's own
// ("**Asma**: ...") is of the kind of the item its list is under. Asked
// whether X is of a kind ("Apakah asma termasuk penyakit menular?"), X is
// found by its own words and the kind found is checked against the one
// claimed: "Ya" or "Tidak" before it. Confidence: bot/scoring.h.
#ifndef TANYA_BOT_CLASSIFY_STRATEGY_H_
#define TANYA_BOT_CLASSIFY_STRATEGY_H_

#include "bot/answerer.h"
#include "bot/lexicon.h"
#include "bot/understand.h"
#include "index/knowledge.h"

namespace tanya {

class ClassifyStrategy {
 public:
  ClassifyStrategy(const Lexicon& lexicon, const Knowledge& knowledge);

  // The kind of what `u` asks about, or a draft with confidence 0.
  Draft answer(const Understanding& u, Tools& tools) const;

 private:
  const Lexicon& lx_;
  const Knowledge& kb_;
};

}  // namespace tanya

#endif  // TANYA_BOT_CLASSIFY_STRATEGY_H_
