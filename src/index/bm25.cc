#include "index/bm25.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace tanya {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kHeadingWeight = 2.0;  // as Searcher's bm25(chunks_fts, 2.0, 1.0)
constexpr double kBodyWeight = 1.0;

// Occurrences of `phrase` (terms) in `seq`.
int count_in(const Terms& seq, const Terms& phrase) {
  int n = 0;
  for (int at = find_phrase(seq, phrase); at >= 0; at = find_phrase_from(seq, phrase, at + 1)) ++n;
  return n;
}

}  // namespace

std::vector<Hit> bm25_search(const Knowledge& kb, const std::vector<std::string>& words, int limit,
                             Tokenizer& tok) {
  std::vector<Hit> hits;
  // The phrases, as FTS5 reads the quoted words: each word's terms, a word
  // once (fts_or_query drops repeats and words with no letter or digit).
  std::vector<Terms> phrases;
  std::unordered_set<std::string> seen;
  for (const std::string& w : words) {
    if (!seen.insert(w).second) continue;
    Terms p = tok.terms(w);
    if (!p.empty()) phrases.push_back(std::move(p));
  }
  if (phrases.empty() || kb.blocks.empty()) return hits;

  // Per chunk (block) and phrase, the weighted frequency; per chunk its
  // length in tokens (heading and body, as FTS5 counts a row).
  const size_t rows = kb.blocks.size();
  std::vector<double> freq(rows * phrases.size(), 0.0);
  std::vector<double> length(rows, 0.0);
  std::vector<int> rows_with(phrases.size(), 0);
  for (size_t r = 0; r < rows; ++r) {
    const KBlock& b = kb.blocks[r];
    const Terms& heading = kb.sections[static_cast<size_t>(b.section)].fts_heading_terms;
    length[r] = static_cast<double>(heading.size() + (b.list ? b.lead_terms.size() : 0));
    for (int si : b.sentences)
      length[r] += static_cast<double>(kb.sentences[static_cast<size_t>(si)].terms.size());
    for (size_t p = 0; p < phrases.size(); ++p) {
      double f = kHeadingWeight * count_in(heading, phrases[p]);
      if (b.list) f += kBodyWeight * count_in(b.lead_terms, phrases[p]);
      for (int si : b.sentences)
        f += kBodyWeight * count_in(kb.sentences[static_cast<size_t>(si)].terms, phrases[p]);
      freq[r * phrases.size() + p] = f;
      if (f > 0) ++rows_with[p];
    }
  }
  double total = 0;
  for (double l : length) total += l;
  const double avg = total / static_cast<double>(rows);
  const double n = static_cast<double>(rows);
  std::vector<double> idf(phrases.size());
  for (size_t p = 0; p < phrases.size(); ++p) {
    const double hit = rows_with[p];
    idf[p] = std::log((n - hit + 0.5) / (hit + 0.5));
    if (idf[p] <= 0.0) idf[p] = 1e-6;  // as FTS5: a very common phrase still counts a little
  }
  for (size_t r = 0; r < rows; ++r) {
    double score = 0;
    bool any = false;
    for (size_t p = 0; p < phrases.size(); ++p) {
      const double f = freq[r * phrases.size() + p];
      if (f <= 0) continue;
      any = true;
      score += idf[p] * (f * (kK1 + 1.0)) / (f + kK1 * (1.0 - kB + kB * length[r] / avg));
    }
    if (any) hits.push_back({kb.blocks[r].chunk_id, -score});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.score != b.score ? a.score < b.score : a.chunk_id < b.chunk_id;
  });
  if (hits.size() > static_cast<size_t>(std::max(limit, 0)))
    hits.resize(static_cast<size_t>(std::max(limit, 0)));
  return hits;
}

}  // namespace tanya
