#include "cli/print.h"

namespace tanya::cli {

void print_answer(std::ostream& out, const Answer& a, bool suggestions) {
  out << a.text << "\n";
  for (const Source& s : a.sources) {
    out << "\nSumber: " << s.article;
    if (s.section != s.article) out << " › " << s.section;
  }
  if (!a.sources.empty()) out << "\n";
  if (suggestions && !a.suggestions.empty()) {
    // A fallback answer already ends by inviting these questions.
    if (a.found) out << "\nCoba tanyakan:";
    for (const auto& q : a.suggestions) out << "\n  • " << q;
    out << "\n";
  }
}

}  // namespace tanya::cli
