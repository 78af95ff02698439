// Searcher: full-text search over an index's chunks with FTS5 and bm25
// (section headings weigh twice the body). Owns one read-only SQLite
// connection with its prepared statement, so it is not thread-safe: give
// each thread its own (see bot's connection pool).
#ifndef TANYA_INDEX_SEARCHER_H_
#define TANYA_INDEX_SEARCHER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "index/sqlite.h"

namespace tanya {

struct Hit {
  int64_t chunk_id;
  double score;  // bm25: lower is better
};

class Searcher {
 public:
  explicit Searcher(const std::string& index_path);

  // Top `limit` chunks for these question words, best first; empty when no
  // word matches. Words are quoted by fts_or_query, so any text is safe.
  std::vector<Hit> search(const std::vector<std::string>& words, int limit);

  const sql::Db& db() const { return db_; }

 private:
  sql::Db db_;
  sql::Stmt query_;
};

}  // namespace tanya

#endif  // TANYA_INDEX_SEARCHER_H_
