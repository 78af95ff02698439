// What the bot says back: one value type shared by every channel.
// to_json() gives the JSONL protocol's answer object; channels add their own
// envelope fields (for example the WebSocket "type" and "id") around it.
#ifndef TANYA_BOT_ANSWER_H_
#define TANYA_BOT_ANSWER_H_

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace tanya {

struct Source {
  std::string article;     // article title
  std::string article_id;  // the article's id (its file name without .md): its page is /a/<id>
  std::string section;     // heading path, joined with " › "
  std::string anchor;      // section id in the rendered article ("tujuan-kerja-sama-internasional")
  std::string snippet;     // the passage the answer is drawn from
};

struct Answer {
  std::string text;         // Indonesian (or English) answer, plain text, "\n" for lines
  bool found = false;       // false: the article does not cover the question
  std::string intent;       // "topic.goals", "definition", "passage", "fallback", "greeting"...
  double confidence = 0.0;  // 0..1
  std::vector<std::string>
      items;                    // list items when the answer is a list (channels may render them)
  std::vector<Source> sources;  // where in the article the answer comes from
  std::vector<std::string> suggestions;  // follow-up questions the bot can answer
};

// {"answer","found","intent","confidence","sources":[{article,article_id,section,anchor,snippet}],
//  "suggestions","items"}. Invalid UTF-8 never throws: it is replaced.
nlohmann::json to_json(const Answer& answer);

}  // namespace tanya

#endif  // TANYA_BOT_ANSWER_H_
