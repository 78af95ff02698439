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
  // "Apakah X termasuk Y?": the kind is read where the article mentions X,
  // by X's words alone, and then checked against the Y the question claims.
  // (Claimed by a word that says belonging, "termasuk", not one that may
  // say entering, "masuk ke".)
  int marker = -1;  // where the word that claims a kind is
  const bool yes_no = lx_.asks_yes_no(u.words);
  for (size_t i = 0; yes_no && marker < 0 && i < u.words.size(); ++i) {
    if (lx_.kind_markers.count(u.words[i])) marker = static_cast<int>(i);
  }
  std::vector<std::string> claimed;
  if (yes_no && marker >= 0) {
    std::vector<std::string> named;
    for (const std::string& t : key) {
      const auto at = std::find(u.terms.begin(), u.terms.end(), t) - u.terms.begin();
      (at < marker ? named : claimed).push_back(t);
    }
    // (X may be the subject itself, whose words the key leaves out:
    // "Apakah peredaran darah manusia termasuk peredaran darah terbuka?".)
    if (named.empty() && !claimed.empty()) {
      for (int i = 0; i < marker && i < static_cast<int>(u.terms.size()); ++i) {
        const std::string& t = u.terms[static_cast<size_t>(i)];
        if (std::find(u.query.begin(), u.query.end(), t) != u.query.end() &&
            std::find(named.begin(), named.end(), t) == named.end())
          named.push_back(t);
      }
    }
    if (named.empty() || claimed.empty()) {
      claimed.clear();
    } else {
      key = std::move(named);
    }
  }
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
    // An item that is X's own ("Asma: ...") is of the kind of the item its
    // list is under ("Penyakit non-infeksi, yaitu ...:").
    const Terms head = tools.tokenizer.terms(kind);
    if (!kind.empty() && std::all_of(head.begin(), head.end(), [&](const std::string& x) {
          return std::find(key.begin(), key.end(), x) != key.end();
        })) {
      kind.clear();
      if (const int parent = kb_.parent_item(s.block); parent >= 0)
        kind = item_head(kb_.sentences[static_cast<size_t>(parent)].text);
    }
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
  if (!claimed.empty()) {
    const Terms of_kind = tools.tokenizer.terms(kind);
    const bool holds = std::all_of(claimed.begin(), claimed.end(), [&](const std::string& x) {
      return std::find(of_kind.begin(), of_kind.end(), x) != of_kind.end();
    });
    kainjow::mustache::data verdict;
    verdict.set("text", d.text);
    d.text = tools.renderer.render(lx_.tmpl(holds ? "yes" : "no"), verdict);
  }
  d.intent = "classification";
  d.sentences.push_back(best);
  d.sections.push_back(section);
  d.confidence = scoring::kClassifyBase + scoring::kClassifySpan * coverage;
  return d;
}

}  // namespace tanya
