// Router: which article of a site answers a question.
//
// Every article of a site is answered from its own snapshot, as if it were
// alone (Knowledge::load_article). The bot asks the question of the
// articles that may answer it, and the router picks among their answers.
// Two kinds of evidence meet:
//   - how likely the question is about each article, from its words
//     (affinity: words few articles use say where it belongs, as a
//     likelihood ratio, exp(affinity));
//   - whether the article answers it, and how confidently (scoring.h).
// The rule, in order:
//   1. A follow-up the conversation's article answers ("contohnya?", "yang
//      kedua?") stays there, unless another article's subject is named.
//   2. The field: the articles whose subject the question names; else the
//      articles at least 1/e^kAffinityGap as likely as the likeliest.
//   3. Each scores exp(affinity - best affinity) x confidence, 0 when it
//      declines. The conversation's article (its scope, or the article of
//      the last answer) keeps the question when it scores kStayShare of the
//      best: a reader on one article's page means that article.
//   4. Otherwise the best score wins, unless other articles score about as
//      well (kTieShare) from their own text, and no subject was named: then
//      the reader is asked which article is meant, one choice per article
//      ("apa manfaatnya?" on a site where several articles list benefits).
//   5. When no article of the field answers, the conversation's article
//      declines, else the likeliest.
#ifndef TANYA_BOT_ROUTER_H_
#define TANYA_BOT_ROUTER_H_

#include <cstddef>
#include <vector>

namespace tanya {

// One article's answer to the question, as the router weighs it.
struct RouteCandidate {
  int article = 0;          // index into the site's articles
  bool found = false;       // the article's answer is above the threshold
  double confidence = 0.0;  // the answer's confidence (scoring.h)
  bool named = false;       // the question names the article's subject
  // How much of the question only this article and few others speak of:
  // the sum over the question's distinct terms the article uses of
  // ln(articles / articles using the term). 0 for words every article uses.
  double affinity = 0.0;
  bool current = false;   // the conversation is in this article
  bool followup = false;  // the article read the question as a follow-up of the conversation
  // The answer cites the article's text. Small talk and help cite nothing:
  // every article says the same, so they are never a tie to settle.
  bool cited = false;
};

struct Route {
  int article = -1;          // the article that answers; -1 when `choices` is set
  std::vector<int> choices;  // two or more articles answer alike: ask which one
};

// An article less likely than the likeliest by more than this (in
// affinity, a log likelihood ratio: ln 4) does not compete: the question's
// own words point elsewhere.
inline constexpr double kAffinityGap = 1.3862943611198906;
// The current article keeps a question when it scores this share of the
// best: its context makes its answer the likelier one.
inline constexpr double kStayShare = 0.85;
// Scores of different articles this close are a tie the reader settles.
inline constexpr double kTieShare = 0.94;
// At most this many articles are offered to choose from.
inline constexpr size_t kMaxChoices = 4;

// Picks the article, or the articles to choose from. `candidates` holds one
// entry per article asked, in any order; it must not be empty.
Route route(const std::vector<RouteCandidate>& candidates);

}  // namespace tanya

#endif  // TANYA_BOT_ROUTER_H_
