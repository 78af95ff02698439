// The conversation state that follow-up questions need ("contohnya?",
// "kalau yang regional?"). A small value type: channels that persist
// conversations (webhooks) store it with to_json()/from_json().
#ifndef TANYA_BOT_CONTEXT_H_
#define TANYA_BOT_CONTEXT_H_

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace tanya {

struct Context {
  std::string topic;   // last topic asked about ("examples", "goals"), empty if none
  std::string entity;  // last entity asked about ("regional", "asean"), empty if none
  std::string qtype;   // last question type ("list", "definition"...)
  // What the last question was about, in the reader's words, when it named
  // no entity ("hiperinflasi", "reksa dana pasar uang"): a bare follow-up
  // ("contohnya?", "kenapa bisa terjadi?") is read as about it.
  std::string focus;
  // The last question that had a type, as its folded words ("berapa modal
  // maksimal usaha mikro"): "kalau usaha kecil?" asks it again of another
  // thing (followup.h reframe).
  std::string frame;
  static constexpr size_t kMaxFrame = 300;
  // The name a "siapa" question was answered with ("Sultan Nuku"): "dia"
  // in the next question is that person (followup.h with_person_named).
  std::string person;
  static constexpr size_t kMaxPerson = 100;
  int turns = 0;  // questions answered in this conversation
  // The items of the last answer when it was a list, so that "yang kedua"
  // can name one (at most kMaxItems).
  std::vector<std::string> items;
  static constexpr size_t kMaxItems = 12;
  // Where the last answer came from (Knowledge::sentences indices, at most
  // kMaxItems): a follow-up is about that part of the article first. Only a
  // hint: an index rebuilt since may have other sentences there.
  std::vector<int> sentences;
  // The article the conversation is in (its slug), when the corpus is a
  // site of several: the fields above are about that article.
  std::string article;
  // A question several articles answered alike, waiting for the reader to
  // pick one of `choices` (article slugs, at most kMaxItems).
  std::string pending;
  static constexpr size_t kMaxPending = 1000;  // bytes, as a question (bot.h)
  std::vector<std::string> choices;

  bool empty() const { return topic.empty() && entity.empty() && focus.empty() && turns == 0; }
};

nlohmann::json to_json(const Context& context);
// Unknown or malformed fields are ignored: a stored context never fails a question.
Context context_from_json(const nlohmann::json& value);

}  // namespace tanya

#endif  // TANYA_BOT_CONTEXT_H_
