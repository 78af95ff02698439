#include "bot/router.h"

#include <algorithm>
#include <cmath>

namespace tanya {

Route route(const std::vector<RouteCandidate>& all) {
  Route r;
  if (all.empty()) return r;
  const bool any_named =
      std::any_of(all.begin(), all.end(), [](const RouteCandidate& c) { return c.named; });
  // 2. A follow-up stays in the conversation, unless another article is named.
  for (const RouteCandidate& c : all) {
    if (c.current && c.followup && c.found && (c.named || !any_named)) {
      r.article = c.article;
      return r;
    }
  }
  // 1. The field: the articles named, else those the question's words do
  // not make much less likely than the likeliest.
  std::vector<RouteCandidate> field;
  double most = 0;
  for (const RouteCandidate& c : all) {
    if (any_named ? c.named : true) most = std::max(most, c.affinity);
  }
  for (const RouteCandidate& c : all) {
    if (any_named ? c.named : c.affinity >= most - kAffinityGap) field.push_back(c);
  }
  // Score: how likely the article is, relative to the likeliest, times its
  // answer's confidence; a declined answer scores nothing.
  auto score = [&](const RouteCandidate& c) {
    return c.found ? std::exp(c.affinity - most) * c.confidence : 0.0;
  };
  // Ties keep the order given.
  std::stable_sort(field.begin(), field.end(),
                   [&](const RouteCandidate& a, const RouteCandidate& b) {
                     if (score(a) != score(b)) return score(a) > score(b);
                     return a.affinity > b.affinity;
                   });
  const RouteCandidate& best = field.front();
  const auto current =
      std::find_if(field.begin(), field.end(), [](const RouteCandidate& c) { return c.current; });
  // 5. Nobody answers: the conversation's own article declines, else the
  // likeliest.
  if (!best.found) {
    r.article = current != field.end() ? current->article : best.article;
    return r;
  }
  // 3. The conversation stays where it is when that answers about as well.
  if (current != field.end() && current->found && score(*current) >= kStayShare * score(best)) {
    r.article = current->article;
    return r;
  }
  // 4. A tie among articles nobody named is the reader's to settle.
  if (!any_named) {
    for (const RouteCandidate& c : field) {
      if (c.found && c.cited && score(c) >= kTieShare * score(best) &&
          r.choices.size() < kMaxChoices)
        r.choices.push_back(c.article);
    }
    if (r.choices.size() > 1) return r;
    r.choices.clear();
  }
  // 3. The best score.
  r.article = best.article;
  return r;
}

}  // namespace tanya
