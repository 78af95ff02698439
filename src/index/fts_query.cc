#include "index/fts_query.h"

#include <cctype>
#include <unordered_set>

namespace tanya {

std::string fts_or_query(const std::vector<std::string>& words) {
  std::string out;
  std::unordered_set<std::string> seen;
  for (const std::string& w : words) {
    // A word must hold at least one letter or digit (or a non-ASCII byte):
    // a string of punctuation would tokenize to nothing inside the quotes.
    bool any = false;
    for (unsigned char c : w) any = any || c >= 0x80 || std::isalnum(c);
    if (!any || !seen.insert(w).second) continue;
    if (!out.empty()) out += " OR ";
    out += '"';
    for (char c : w) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return out;
}

}  // namespace tanya
