// The WebSocket chat protocol, apart from the transport: parsing what a
// client sends and formatting what the server sends. Every message is one
// JSON object in one text frame (docs/server.md has the full list):
//
//   client -> server                       server -> client
//   {"type":"ask","id":"c1","text":"...",  {"type":"answer","id":"c1",...Answer}
//    "article":"<slug>"}  (optional scope)
//   {"type":"ping","id":...}               {"type":"pong","id":...}
//   {"type":"hello","session":"<id>",
//    "article":"<slug>"}  (scope of the connection's questions)
//   {"type":"welcome","session":..,"resumed":..,"suggestions":[..],"title":"..",
//    "feedback":true|false}  (whether answers can be marked)
//   {"type":"feedback","id":"<answer_id>", {"type":"feedback","id":"<answer_id>","ok":true}
//    "value":"up"|"down","comment":".."}
//                                          {"type":"error","id":..,"error":"<code>","message":".."}
//
// Output always starts with {"type":"<type>" so that clients (and the load
// generator) can dispatch without parsing. Nothing here throws on user input.
#ifndef TANYA_SERVER_PROTOCOL_H_
#define TANYA_SERVER_PROTOCOL_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/json.h"
#include "bot/answer.h"
#include "editor/question_store.h"

namespace tanya::server {

struct ClientMessage {
  enum class Type { kInvalid, kAsk, kPing, kHello, kFeedback, kUnknown };
  Type type = Type::kInvalid;
  nlohmann::json id;    // the client's id, echoed back; null when absent or not a string/number
  std::string text;     // ask: the question
  std::string session;  // hello: the session to resume
  std::string article;  // ask, hello: the article that scopes questions (its slug), "" for none
  std::string error;    // kInvalid: "invalid_json", "invalid_utf8" or "bad_request"
  // kFeedback: the answer marked, the mark and the reader's comment.
  AnswerId answer;
  editor::Feedback feedback = editor::Feedback::kNone;
  std::string comment;
};

// Reads a feedback request's members ("id", "value", "comment") from `doc`
// (a JSON object: a WebSocket frame or a POST /api/feedback body) into
// *msg; on failure returns the error code ("bad_request",
// "comment_too_long") and leaves *msg unspecified.
std::optional<std::string> read_feedback(const nlohmann::json& doc, ClientMessage* msg);

// Parses one text frame.
ClientMessage parse_client_message(std::string_view frame);

// `title`: the title of the article in scope (or of the site's first).
std::string welcome_message(std::string_view session, bool resumed,
                            const std::vector<std::string>& suggestions, std::string_view title,
                            bool feedback = false);
std::string feedback_message(const AnswerId& answer);
std::string answer_message(const nlohmann::json& id, const Answer& answer);
std::string pong_message(const nlohmann::json& id);
std::string error_message(const nlohmann::json& id, std::string_view code,
                          std::string_view message);

// Human-readable (Indonesian) text for a protocol error code; falls back to
// tanya::question_error_message() for the question codes.
std::string protocol_error_text(std::string_view code);

}  // namespace tanya::server

#endif  // TANYA_SERVER_PROTOCOL_H_
