// PhraseIndex: phrases (runs of words, or of stems) indexed by their first
// element, so that one pass over a question matches it against every
// phrase of the lexicon instead of searching the question once per phrase.
#ifndef TANYA_BOT_PHRASE_INDEX_H_
#define TANYA_BOT_PHRASE_INDEX_H_

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tanya {

class PhraseIndex {
 public:
  using Phrase = std::vector<std::string>;

  // Adds `phrase` with a caller's `value` (an index into its own table).
  void add(const Phrase& phrase, int value) {
    if (phrase.empty()) return;
    auto& bucket = by_first_[phrase.front()];
    bucket.emplace_back(phrase, value);
    // Longest first, so that at one position the longest phrase wins.
    std::stable_sort(bucket.begin(), bucket.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }

  // Calls f(position, length, value) for every occurrence, in order of
  // position, the longest phrase first at each position.
  template <typename F>
  void match(const Phrase& seq, F&& f) const {
    for (size_t i = 0; i < seq.size(); ++i) {
      auto it = by_first_.find(seq[i]);
      if (it == by_first_.end()) continue;
      for (const auto& [phrase, value] : it->second) {
        if (starts_at(seq, i, phrase)) f(i, phrase.size(), value);
      }
    }
  }

  // The longest phrase starting at `i`: (length, value), or (0, -1).
  std::pair<size_t, int> longest_at(const Phrase& seq, size_t i) const {
    auto it = by_first_.find(seq[i]);
    if (it != by_first_.end()) {
      for (const auto& [phrase, value] : it->second) {
        if (starts_at(seq, i, phrase)) return {phrase.size(), value};
      }
    }
    return {0, -1};
  }

 private:
  static bool starts_at(const Phrase& seq, size_t i, const Phrase& phrase) {
    return i + phrase.size() <= seq.size() &&
           std::equal(phrase.begin() + 1, phrase.end(), seq.begin() + static_cast<long>(i) + 1);
  }

  std::unordered_map<std::string, std::vector<std::pair<Phrase, int>>> by_first_;
};

}  // namespace tanya

#endif  // TANYA_BOT_PHRASE_INDEX_H_
