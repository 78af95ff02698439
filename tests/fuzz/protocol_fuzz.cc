// Fuzz target: the WebSocket chat protocol (src/server/protocol.h). The input
// is one text frame's payload. It is parsed, then answered the way
// WebSocketSession does for each message type, without the network or the
// bot: what is checked is that parsing never throws, that every reply is one
// JSON object starting with {"type":"<type>", and that the client's id comes
// back unchanged.
#include <nlohmann/json.hpp>

#include "bot/bot.h"
#include "fuzz_support.h"
#include "server/protocol.h"
#include "server/session_id.h"

namespace {

using tanya::server::ClientMessage;

void check_reply(const std::string& reply, std::string_view type, const nlohmann::json& id) {
  std::string head = "{\"type\":\"" + std::string(type) + "\"";
  TANYA_FUZZ_CHECK(reply.compare(0, head.size(), head) == 0);
  auto parsed = nlohmann::json::parse(reply, nullptr, false);
  TANYA_FUZZ_CHECK(parsed.is_object());
  TANYA_FUZZ_CHECK(parsed.value("type", "") == type);
  if (!id.is_null()) TANYA_FUZZ_CHECK(parsed.at("id") == id);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ClientMessage msg = tanya::server::parse_client_message(tanya::fuzz::as_text(data, size));
  // Only a string or a number is echoed back as the id.
  TANYA_FUZZ_CHECK(msg.id.is_null() || msg.id.is_string() || msg.id.is_number());
  switch (msg.type) {
    case ClientMessage::Type::kInvalid: {
      TANYA_FUZZ_CHECK(msg.error == "invalid_json" || msg.error == "invalid_utf8" ||
                       msg.error == "bad_request" || msg.error == "unknown_answer" ||
                       msg.error == "comment_too_long");
      std::string text = tanya::server::protocol_error_text(msg.error);
      check_reply(tanya::server::error_message(msg.id, msg.error, text), "error", msg.id);
      break;
    }
    case ClientMessage::Type::kUnknown:
      check_reply(tanya::server::error_message(msg.id, "unknown_type", "?"), "error", msg.id);
      break;
    case ClientMessage::Type::kFeedback:
      // Only a well-formed id, a known mark and a comment within bounds pass.
      TANYA_FUZZ_CHECK(tanya::AnswerId::parse(msg.answer.str()).has_value());
      TANYA_FUZZ_CHECK(msg.feedback != tanya::editor::Feedback::kNone);
      TANYA_FUZZ_CHECK(msg.comment.size() <= tanya::editor::kMaxFeedbackComment);
      check_reply(tanya::server::feedback_message(msg.answer), "feedback", nlohmann::json());
      break;
    case ClientMessage::Type::kPing:
      check_reply(tanya::server::pong_message(msg.id), "pong", msg.id);
      break;
    case ClientMessage::Type::kHello: {
      bool resumed = tanya::server::is_valid_session_id(msg.session);
      check_reply(tanya::server::welcome_message(msg.session, resumed, {msg.session}, msg.article), "welcome",
                  nlohmann::json());
      break;
    }
    case ClientMessage::Type::kAsk: {
      if (auto code = tanya::validate_question(msg.text)) {
        check_reply(
            tanya::server::error_message(msg.id, *code, tanya::server::protocol_error_text(*code)),
            "error", msg.id);
        break;
      }
      // The question itself stands in for the bot's answer: user text in
      // every field the answer has.
      tanya::Answer answer;
      answer.text = msg.text;
      answer.items = {msg.text};
      answer.suggestions = {msg.text};
      answer.sources.push_back({msg.text, msg.text, msg.text, msg.text, msg.text});
      answer.id = tanya::AnswerId::generate();
      check_reply(tanya::server::answer_message(msg.id, answer), "answer", msg.id);
      break;
    }
  }
  return 0;
}
