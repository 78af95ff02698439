// Suggestions: questions the bot can answer, offered as quick replies after
// an answer, when a question is out of scope, and before the first one.
// The pool is built once from what the article actually covers (a topic is
// suggested for a scope only when find_topic() finds it there), so every
// suggestion leads to an answer.
#ifndef TANYA_BOT_SUGGEST_H_
#define TANYA_BOT_SUGGEST_H_

#include <string>
#include <vector>

#include "bot/answerer.h"

namespace tanya {

struct Suggestion {
  std::string question;
  std::string intent;  // the intent its answer will have: "topic.goals", "definition", "acronym"...
  std::string topic;   // "" for definitions and entity questions
  int entity = -1;     // scope: -1 for the article's subject
};

class Suggester {
 public:
  Suggester(const Lexicon& lexicon, const Knowledge& knowledge, const Answerer& answerer,
            Renderer& renderer);

  // Up to `n` suggestions near (topic, entity), other than the question
  // just answered (its `intent` about the same entity).
  std::vector<std::string> near(const std::string& intent, const std::string& topic, int entity,
                                size_t n) const;
  // The opening suggestions.
  std::vector<std::string> welcome(size_t n) const;
  const std::vector<Suggestion>& pool() const { return pool_; }

 private:
  std::vector<Suggestion> pool_;
};

}  // namespace tanya

#endif  // TANYA_BOT_SUGGEST_H_
