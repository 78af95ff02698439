// Okapi BM25 over one article's chunks, in memory: the ranking FTS5's
// bm25() gives (k1 = 1.2, b = 0.75, the heading weighing twice the body),
// computed with the article's own statistics. On a site of many articles
// each article is thus ranked as if it were alone, and a question costs
// the article's few chunks, not a scan of every article's doclists (which
// is what FTS5's bm25() does to count a phrase's rows).
#ifndef TANYA_INDEX_BM25_H_
#define TANYA_INDEX_BM25_H_

#include <string>
#include <vector>

#include "index/knowledge.h"
#include "index/searcher.h"
#include "text/tokenizer.h"

namespace tanya {

// The top `limit` chunks of `kb` for the question `words` (each a phrase,
// as fts_or_query quotes them), best first and by chunk id on ties, with
// their bm25 score (lower is better, as FTS5's); empty when no word occurs.
std::vector<Hit> bm25_search(const Knowledge& kb, const std::vector<std::string>& words, int limit,
                             Tokenizer& tokenizer);

}  // namespace tanya

#endif  // TANYA_INDEX_BM25_H_
