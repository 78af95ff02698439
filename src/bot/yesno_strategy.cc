#include "bot/yesno_strategy.h"

#include <algorithm>
#include <cctype>

namespace tanya {

YesNoStrategy::YesNoStrategy(const Lexicon& lexicon, const Knowledge& knowledge)
    : lx_(lexicon), kb_(knowledge) {}

bool YesNoStrategy::negated(const std::vector<std::string>& words) const {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return lx_.negations.count(w) > 0; });
}

int YesNoStrategy::number_of(const std::string& word) const {
  if (!word.empty() && word.size() <= 6 && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return std::stoi(word);
  auto it = std::find(lx_.number_words.begin(), lx_.number_words.end(), word);
  return it == lx_.number_words.end() ? -1 : static_cast<int>(it - lx_.number_words.begin());
}

Judgement YesNoStrategy::judge(const Understanding& u, const std::vector<int>& evidence) const {
  if (evidence.empty()) return {};
  const KSentence& s = kb_.sentences[static_cast<size_t>(evidence.front())];
  // 1. Negation on one side only, in the evidence that answers.
  if (negated(u.words) != negated(s.words)) return {Verdict::kNo, evidence.front()};
  // 2. A count of the same thing that differs: "<number> <term>" in the
  //    question and in any of the evidence.
  for (size_t i = 0; i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
    int asked = number_of(u.words[i]);
    if (asked < 0) continue;
    const std::string& thing = u.terms[i + 1];
    for (int e : evidence) {
      const KSentence& es = kb_.sentences[static_cast<size_t>(e)];
      for (size_t k = 0; k + 1 < es.words.size() && k + 1 < es.terms.size(); ++k) {
        int stated = number_of(es.words[k]);
        if (stated >= 0 && es.terms[k + 1] == thing && stated != asked) return {Verdict::kNo, e};
      }
    }
  }
  return {Verdict::kYes, evidence.front()};
}

}  // namespace tanya
