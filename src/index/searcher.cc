#include "index/searcher.h"

#include "index/fts_query.h"
#include "index/fts_tokenizer.h"

namespace tanya {

namespace {
sql::Db open_readonly(const std::string& path) {
  // NOMUTEX: the connection is confined to one thread, so SQLite's
  // serialized mode would only add locking on every call.
  sql::Db db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
  register_fts_tokenizer(db.get());
  return db;
}
}  // namespace

// bm25 is ordered in an inner query with LIMIT, so FTS5 drives the plan and
// no temporary B-tree over all hits is built; ties are broken by rowid.
Searcher::Searcher(const std::string& index_path)
    : db_(open_readonly(index_path)),
      query_(db_,
             "SELECT rowid, bm25(chunks_fts, 2.0, 1.0) AS s FROM chunks_fts "
             "WHERE chunks_fts MATCH ?1 ORDER BY s, rowid LIMIT ?2") {}

std::vector<Hit> Searcher::search(const std::vector<std::string>& words, int limit) {
  std::vector<Hit> hits;
  std::string expr = fts_or_query(words);
  if (expr.empty()) return hits;
  query_.bind(1, expr).bind(2, static_cast<int64_t>(limit));
  while (query_.step()) hits.push_back({query_.int64(0), query_.real(1)});
  query_.reset();
  return hits;
}

}  // namespace tanya
