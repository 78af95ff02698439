#include "text/sentences.h"

namespace tanya {

std::vector<std::string> split_sentences(std::string_view p) {
  std::vector<std::string> out;
  size_t start = 0;
  auto push = [&](size_t end) {
    while (start < end && p[start] == ' ') ++start;
    if (end > start) out.emplace_back(p.substr(start, end - start));
    start = end;
  };
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c != '.' && c != '!' && c != '?' && c != ':') continue;
    bool at_end = i + 1 == p.size() || p[i + 1] == ' ';
    if (at_end) push(i + 1);
  }
  push(p.size());
  return out;
}

}  // namespace tanya
