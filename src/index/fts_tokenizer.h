// Registers Tanya's Tokenizer with SQLite FTS5 under the name "tanya", so the
// index and the questions are tokenized by the same code. FTS5 needs the
// tokenizer on every connection that touches the table, before any
// statement on it is prepared.
#ifndef TANYA_INDEX_FTS_TOKENIZER_H_
#define TANYA_INDEX_FTS_TOKENIZER_H_

#include <sqlite3.h>

namespace tanya {

// Throws sql::SqliteError when FTS5 is unavailable.
void register_fts_tokenizer(sqlite3* db);

}  // namespace tanya

#endif  // TANYA_INDEX_FTS_TOKENIZER_H_
