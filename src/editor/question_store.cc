#include "editor/question_store.h"

#include <nlohmann/json.hpp>

namespace tanya::editor {

std::optional<Feedback> parse_feedback(std::string_view text) {
  if (text == "up") return Feedback::kUp;
  if (text == "down") return Feedback::kDown;
  return std::nullopt;
}

std::string_view feedback_name(Feedback feedback) {
  switch (feedback) {
    case Feedback::kUp:
      return "up";
    case Feedback::kDown:
      return "down";
    case Feedback::kNone:
      break;
  }
  return "";
}

nlohmann::json to_json(const LoggedQuestion& q) {
  return {{"answer_id", q.answer_id.str()},
          {"time_ms", q.time_ms},
          {"channel", q.channel},
          {"article", q.article},
          {"user", q.user},
          {"question", q.question},
          {"answer", q.answer},
          {"intent", q.intent},
          {"found", q.found},
          {"confidence", q.confidence},
          {"feedback", std::string(feedback_name(q.feedback))},
          {"comment", q.comment}};
}

std::optional<LoggedQuestion> logged_question_from_json(const nlohmann::json& j) {
  if (!j.is_object()) return std::nullopt;
  LoggedQuestion q;
  auto text = [&](const char* key, std::string* out) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return false;
    *out = it->get<std::string>();
    return true;
  };
  std::string id, feedback;
  auto time = j.find("time_ms");
  auto found = j.find("found");
  auto confidence = j.find("confidence");
  if (!text("answer_id", &id) || time == j.end() || !time->is_number_integer() ||
      found == j.end() || !found->is_boolean() || confidence == j.end() ||
      !confidence->is_number() || !text("channel", &q.channel) || !text("article", &q.article) ||
      !text("user", &q.user) || !text("question", &q.question) || !text("answer", &q.answer) ||
      !text("intent", &q.intent) || !text("feedback", &feedback) || !text("comment", &q.comment))
    return std::nullopt;
  auto parsed = AnswerId::parse(id);
  if (!parsed) return std::nullopt;
  q.answer_id = *parsed;
  q.time_ms = time->get<int64_t>();
  q.found = found->get<bool>();
  q.confidence = confidence->get<double>();
  q.feedback = parse_feedback(feedback).value_or(Feedback::kNone);
  return q;
}

}  // namespace tanya::editor
