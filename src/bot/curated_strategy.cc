#include "bot/curated_strategy.h"

#include <algorithm>

#include "bot/scoring.h"

namespace tanya {

std::vector<std::string> CuratedStrategy::key_of(const Understanding& u) {
  std::vector<std::string> key(u.query.begin(), u.query.end());
  key.insert(key.end(), u.topics.begin(), u.topics.end());
  std::sort(key.begin(), key.end());
  key.erase(std::unique(key.begin(), key.end()), key.end());
  return key;
}

CuratedStrategy::CuratedStrategy(const Lexicon& lexicon, const KDocument& doc,
                                 const Understander& understander, Tokenizer& tokenizer)
    : lx_(lexicon) {
  for (size_t p = 0; p < doc.curated.size(); ++p) {
    for (const std::string& q : doc.curated[p].questions) {
      Understanding u = understander.read(q, tokenizer);
      phrasings_.push_back({static_cast<int>(p), u.qtype, key_of(u)});
    }
  }
}

CuratedStrategy::Match CuratedStrategy::match(const Understanding& u) const {
  Match best;
  if (phrasings_.empty()) return best;
  const std::vector<std::string> asked = key_of(u);
  if (asked.empty()) return best;
  // The terms of the words the article does not know.
  std::vector<std::string> unknown;
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    if (std::find(u.unknown.begin(), u.unknown.end(), u.words[i]) != u.unknown.end())
      unknown.push_back(u.terms[i]);
  }
  for (const Phrasing& p : phrasings_) {
    if (p.key.empty()) continue;
    size_t shared = 0;
    for (const std::string& t : asked) shared += std::binary_search(p.key.begin(), p.key.end(), t);
    const double f1 =
        2.0 * static_cast<double>(shared) / static_cast<double>(asked.size() + p.key.size());
    // A question of another kind about the same words ("mengapa" where the
    // phrasing asks "apa") asks something else of them.
    const bool same_kind = p.qtype.empty() || u.qtype.empty() || p.qtype == u.qtype;
    double confidence = scoring::curated(f1, same_kind);
    for (const std::string& t : asked) {
      if (std::binary_search(p.key.begin(), p.key.end(), t)) continue;
      if (std::find(unknown.begin(), unknown.end(), t) != unknown.end()) {
        confidence *= lx_.unknown_penalty;
      } else if (!lx_.common_terms.count(t)) {
        confidence *= scoring::kMissesWhatIsAsked;
      }
    }
    if (confidence > best.confidence) best = {p.pair, confidence};
  }
  return best;
}

}  // namespace tanya
