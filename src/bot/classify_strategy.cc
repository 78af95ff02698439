#include "bot/classify_strategy.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "bot/scoring.h"
#include "bot/section_strategy.h"

namespace tanya {

namespace {
constexpr double kMinCoverage = 0.5;

// "2. Inflasi Dorongan Biaya" -> "Inflasi Dorongan Biaya".
std::string without_numbering(const std::string& heading) {
  size_t i = 0;
  while (i < heading.size() &&
         (std::isdigit(static_cast<unsigned char>(heading[i])) || heading[i] == '#' ||
          heading[i] == '.' || heading[i] == ')' || heading[i] == ' '))
    ++i;
  return i < heading.size() ? heading.substr(i) : heading;
}
}  // namespace

ClassifyStrategy::ClassifyStrategy(const Lexicon& lexicon, const Knowledge& knowledge)
    : lx_(lexicon), kb_(knowledge) {}

Draft ClassifyStrategy::answer(const Understanding& u, Tools& tools) const {
  Draft d;
  // What is asked about: the question's own content, without the words that
  // ask for a kind ("jenis", "bentuk": topic words) or name the subject.
  std::unordered_set<std::string> asking;
  for (const std::string& id : u.topics) {
    if (const TopicDef* t = lx_.topic(id)) {
      for (const Words& p : t->synonyms) asking.insert(p.begin(), p.end());
    }
  }
  for (const KDocument& doc : kb_.docs)
    asking.insert(doc.subject_terms.begin(), doc.subject_terms.end());
  std::vector<std::string> key;
  for (const std::string& t : u.key_content) {
    if (!asking.count(t) && std::find(key.begin(), key.end(), t) == key.end()) key.push_back(t);
  }
  if (key.empty()) return d;
  double total = 0;
  std::string rarest;
  for (const auto& t : key) {
    total += kb_.weight(t);
    if (rarest.empty() || kb_.weight(t) > kb_.weight(rarest)) rarest = t;
  }

  int best = -1;
  double best_score = 0;
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    // The mention names the rarest of X's words: "Gmail", not "layanan".
    if (std::find(s.terms.begin(), s.terms.end(), rarest) == s.terms.end()) continue;
    double score = 0;
    for (const auto& t : key) {
      if (std::find(s.terms.begin(), s.terms.end(), t) != s.terms.end()) score += kb_.weight(t);
    }
    if (score > best_score) {
      best_score = score;
      best = static_cast<int>(si);
    }
  }
  const double coverage = total > 0 ? best_score / total : 0;
  if (best < 0 || coverage < kMinCoverage) return d;
  const KSentence& s = kb_.sentences[static_cast<size_t>(best)];
  const int section = kb_.blocks[static_cast<size_t>(s.block)].section;
  std::string kind;
  if (s.item >= 0) {
    kind = item_head(s.text);
    if (kind == s.text) kind.clear();  // an item that is only a name names no kind
  }
  if (kind.empty()) {
    const KSection& sec = kb_.sections[static_cast<size_t>(section)];
    // A sub-section is a kind; a top section is the article's own division.
    if (sec.level >= 3 || sec.subtype >= 0) kind = without_numbering(sec.heading);
  }
  if (kind.empty()) return d;
  kainjow::mustache::data v;
  v.set("category", kind);
  v.set("text", s.text);
  d.text = tools.renderer.render(lx_.tmpl("classified"), v);
  d.intent = "classification";
  d.sentences.push_back(best);
  d.sections.push_back(section);
  d.confidence = scoring::kClassifyBase + scoring::kClassifySpan * coverage;
  return d;
}

}  // namespace tanya
