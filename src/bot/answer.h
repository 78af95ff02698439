// What the bot says back: one value type shared by every channel.
// to_json() gives the JSONL protocol's answer object; channels add their own
// envelope fields (for example the WebSocket "type" and "id") around it.
#ifndef TANYA_BOT_ANSWER_H_
#define TANYA_BOT_ANSWER_H_

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanya {

// Names one answer the bot gave, so that a reader's feedback can point back
// at it: 32 lowercase hex digits, the time in ms (12) and 80 random bits
// (20). Random rather than counted, so that replicas never hand out the
// same id and nobody can guess another reader's answer to mark it; time
// first, so that ids sort as they were given (the log's index grows at
// its end). A channel turns a client's string into
// an AnswerId only through parse(), so what reaches a store is well formed.
class AnswerId {
 public:
  AnswerId() = default;  // empty: no answer (small talk of a channel, an error)
  static AnswerId generate();
  static std::optional<AnswerId> parse(std::string_view text);
  const std::string& str() const { return value_; }
  bool empty() const { return value_.empty(); }
  friend bool operator==(const AnswerId& a, const AnswerId& b) { return a.value_ == b.value_; }
  friend bool operator!=(const AnswerId& a, const AnswerId& b) { return !(a == b); }

 private:
  explicit AnswerId(std::string value) : value_(std::move(value)) {}
  std::string value_;
};

struct Source {
  std::string article;     // article title
  std::string article_id;  // the article's id (its file name without .md): its page is /a/<id>
  std::string section;     // heading path, joined with " › "
  std::string anchor;      // section id in the rendered article ("tujuan-kerja-sama-internasional")
  std::string snippet;     // the passage the answer is drawn from
};

struct Answer {
  AnswerId id;              // set by Bot::ask for every answer it gives
  std::string text;         // Indonesian (or English) answer, plain text, "\n" for lines
  bool found = false;       // false: the article does not cover the question
  std::string intent;       // "topic.goals", "definition", "passage", "fallback", "greeting"...
  double confidence = 0.0;  // 0..1
  std::vector<std::string>
      items;                    // list items when the answer is a list (channels may render them)
  std::vector<Source> sources;  // where in the article the answer comes from
  std::vector<std::string> suggestions;  // follow-up questions the bot can answer
};

// {"answer_id" (when
// set),"answer","found","intent","confidence","sources":[{article,article_id,section,anchor,snippet}],
//  "suggestions","items"}. Invalid UTF-8 never throws: it is replaced.
nlohmann::json to_json(const Answer& answer);

}  // namespace tanya

#endif  // TANYA_BOT_ANSWER_H_
