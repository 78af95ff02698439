#include "server/protocol.h"

#include "base/json.h"
#include "bot/bot.h"

namespace tanya::server {

using nlohmann::json;

namespace {

// RFC 6455 makes a text frame with invalid UTF-8 a protocol error (Beast
// closes with 1007 before we see it), so inside a text frame the only way
// to smuggle invalid UTF-8 is a JSON escape of a lone surrogate ("\ud800"),
// which the JSON parser refuses. Report that as invalid_utf8, not as a
// syntax error, so clients get the same code as on the other channels.
bool has_surrogate_escape(std::string_view frame) {
  for (size_t i = 0; i + 3 < frame.size(); ++i) {
    if (frame[i] == '\\' && (frame[i + 1] == 'u' || frame[i + 1] == 'U') &&
        (frame[i + 2] == 'd' || frame[i + 2] == 'D')) {
      char c = frame[i + 3];
      if ((c >= '8' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) return true;
    }
  }
  return false;
}

// Prefixes `{"type":"<type>"` to the members of `body` (an object).
std::string with_type(std::string_view type, const json& body) {
  return json_with_head("\"type\":\"" + std::string(type) + "\"", body);
}

}  // namespace

ClientMessage parse_client_message(std::string_view frame) {
  ClientMessage msg;
  json doc = json::parse(frame.begin(), frame.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    msg.error = has_surrogate_escape(frame) ? "invalid_utf8" : "invalid_json";
    return msg;
  }
  if (!doc.is_object()) {
    msg.error = "invalid_json";
    return msg;
  }
  if (auto it = doc.find("id"); it != doc.end() && (it->is_string() || it->is_number())) {
    msg.id = *it;
  }
  auto type = doc.find("type");
  if (type == doc.end() || !type->is_string()) {
    msg.type = ClientMessage::Type::kUnknown;
    return msg;
  }
  const std::string& name = type->get_ref<const std::string&>();
  if (name == "ask" || name == "hello") {
    auto article = doc.find("article");
    if (article != doc.end() && !article->is_null()) {
      if (!article->is_string()) {
        msg.error = "bad_request";
        return msg;
      }
      msg.article = article->get<std::string>();
    }
  }
  if (name == "ask") {
    auto text = doc.find("text");
    if (text != doc.end() && !text->is_string()) {
      msg.error = "bad_request";
      return msg;
    }
    msg.type = ClientMessage::Type::kAsk;
    if (text != doc.end()) msg.text = text->get<std::string>();
  } else if (name == "feedback") {
    if (auto error = read_feedback(doc, &msg)) {
      msg.error = *error;
      return msg;
    }
    msg.type = ClientMessage::Type::kFeedback;
  } else if (name == "ping") {
    msg.type = ClientMessage::Type::kPing;
  } else if (name == "hello") {
    auto session = doc.find("session");
    if (session != doc.end() && !session->is_string()) {
      msg.error = "bad_request";
      return msg;
    }
    msg.type = ClientMessage::Type::kHello;
    if (session != doc.end()) msg.session = session->get<std::string>();
  } else {
    msg.type = ClientMessage::Type::kUnknown;
  }
  return msg;
}

std::optional<std::string> read_feedback(const json& doc, ClientMessage* msg) {
  auto id = doc.find("id");
  auto value = doc.find("value");
  if (id == doc.end() || !id->is_string() || value == doc.end() || !value->is_string())
    return "bad_request";
  std::optional<AnswerId> answer = AnswerId::parse(id->get_ref<const std::string&>());
  std::optional<editor::Feedback> mark =
      editor::parse_feedback(value->get_ref<const std::string&>());
  // An id of the wrong shape names no answer this server gave.
  if (!answer) return "unknown_answer";
  if (!mark) return "bad_request";
  msg->answer = *answer;
  msg->feedback = *mark;
  msg->comment.clear();
  if (auto comment = doc.find("comment"); comment != doc.end() && !comment->is_null()) {
    if (!comment->is_string()) return "bad_request";
    if (comment->get_ref<const std::string&>().size() > editor::kMaxFeedbackComment)
      return "comment_too_long";
    msg->comment = comment->get<std::string>();
  }
  return std::nullopt;
}

std::string welcome_message(std::string_view session, bool resumed,
                            const std::vector<std::string>& suggestions, std::string_view title,
                            bool feedback) {
  json body = json::object();
  body["session"] = session;
  body["resumed"] = resumed;
  body["suggestions"] = suggestions;
  body["title"] = title;
  body["feedback"] = feedback;
  return with_type("welcome", body);
}

std::string feedback_message(const AnswerId& answer) {
  json body = json::object();
  body["id"] = answer.str();
  body["ok"] = true;
  return with_type("feedback", body);
}

std::string answer_message(const json& id, const Answer& answer) {
  // "id" goes right after "type"; the Answer's own members follow.
  return json_with_head("\"type\":\"answer\",\"id\":" + dump_json(id), to_json(answer));
}

std::string pong_message(const json& id) {
  if (id.is_null()) return "{\"type\":\"pong\"}";
  return "{\"type\":\"pong\",\"id\":" + dump_json(id) + "}";
}

std::string error_message(const json& id, std::string_view code, std::string_view message) {
  json body = json::object();
  body["id"] = id;
  body["error"] = code;
  body["message"] = message;
  return with_type("error", body);
}

std::string protocol_error_text(std::string_view code) {
  if (code == "invalid_json") return "Pesan harus berupa satu objek JSON.";
  if (code == "binary_not_supported") return "Kirim pesan sebagai teks JSON, bukan biner.";
  if (code == "unknown_type")
    return "Jenis pesan tidak dikenal. Gunakan ask, ping, hello atau feedback.";
  if (code == "unknown_answer")
    return "Jawaban itu tidak dikenal atau sudah kedaluwarsa, jadi penilaiannya tidak bisa "
           "dicatat.";
  if (code == "comment_too_long") return "Komentar terlalu panjang (paling banyak 500 byte).";
  if (code == "feedback_off") return "Penilaian jawaban tidak dicatat di server ini.";
  if (code == "bad_request") return "Bidang pesan tidak valid.";
  if (code == "unknown_article") return "Artikel itu tidak ada di situs ini.";
  if (code == "rate_limited") return "Terlalu banyak pesan. Tunggu sebentar lalu coba lagi.";
  if (code == "not_found") return "Alamat tidak ditemukan.";
  if (code == "method_not_allowed") return "Metode HTTP tidak didukung di alamat ini.";
  if (code == "too_many_connections") return "Server sedang penuh. Coba lagi sebentar lagi.";
  if (code == "origin_not_allowed") return "Origin ini tidak diizinkan.";
  if (code == "body_too_large") return "Isi permintaan terlalu besar.";
  if (code == "header_too_large") return "Header permintaan terlalu besar.";
  if (code == "websocket_upgrade_required") return "Alamat ini hanya untuk WebSocket.";
  return question_error_message(code);
}

}  // namespace tanya::server
