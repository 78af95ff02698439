// Turns words from a question into an FTS5 MATCH expression that cannot be
// anything but a plain term search: every word is a double-quoted string
// (inner quotes doubled), joined with OR, so FTS5 operators (AND, OR, NOT,
// NEAR, *, ^, -, column filters, parentheses) in user text are just words.
// The expression is always bound as a parameter, never spliced into SQL.
#ifndef TANYA_INDEX_FTS_QUERY_H_
#define TANYA_INDEX_FTS_QUERY_H_

#include <string>
#include <vector>

namespace tanya {

// "" when there is nothing to search for (the caller skips the query).
std::string fts_or_query(const std::vector<std::string>& words);

}  // namespace tanya

#endif  // TANYA_INDEX_FTS_QUERY_H_
