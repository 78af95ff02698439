// Telegram Bot API webhook. Authenticated by the secret_token given to
// setWebhook, echoed in X-Telegram-Bot-Api-Secret-Token. Without a bot token
// the answer goes back inline in the webhook response (one sendMessage, which
// Telegram executes without telling us whether it worked); with a bot token,
// replies go through the outbox to the Bot API, so they are retried and can
// be split into several messages.
#include <algorithm>

#include "channels/channel.h"
#include "channels/signatures.h"
#include "channels/text_split.h"

namespace tanya::channels {
namespace {

constexpr size_t kTextLimit = 4096;        // sendMessage text, after entity parsing
constexpr size_t kMaxParts = 5;            // a longer answer is shortened in the last part
constexpr size_t kMaxButtons = 4;          // one suggestion per row
constexpr size_t kCallbackDataBytes = 64;  // Telegram's limit on callback_data

// The longest flood-control wait honoured (a day), in seconds.
constexpr uint64_t kMaxRetryAfterS = 86400;

// Suggestions as an inline keyboard. A suggestion that fits callback_data is
// sent as "q:<text>"; a longer one as "s:<index>", resolved on the way back
// from the keyboard of the message the button belongs to.
nlohmann::json keyboard(const std::vector<std::string>& suggestions) {
  nlohmann::json rows = nlohmann::json::array();
  for (size_t i = 0; i < suggestions.size() && i < kMaxButtons; ++i) {
    std::string data = "q:" + suggestions[i];
    if (data.size() > kCallbackDataBytes) data = "s:" + std::to_string(i);
    rows.push_back(nlohmann::json::array({{{"text", suggestions[i]}, {"callback_data", data}}}));
  }
  return {{"inline_keyboard", rows}};
}

// The question a pressed button stands for.
std::string callback_question(const nlohmann::json& query) {
  std::string data = string_at(query, "data");
  if (data.rfind("q:", 0) == 0) return data.substr(2);
  if (data.rfind("s:", 0) != 0) return data;
  const auto& rows =
      array_at(object_at(object_at(query, "message"), "reply_markup"), "inline_keyboard");
  for (const auto& row : rows) {
    if (!row.is_array()) continue;
    for (const auto& button : row) {
      if (string_at(button, "callback_data") == data) return string_at(button, "text");
    }
  }
  return {};
}

class Telegram final : public Channel {
 public:
  Telegram(std::string secret, std::string bot_token, std::string api_base)
      : secret_(std::move(secret)),
        bot_token_(std::move(bot_token)),
        api_base_(std::move(api_base)) {}

  std::string_view name() const override { return "telegram"; }
  std::string_view path() const override { return "/webhook/telegram"; }

  Intake accept(const HttpRequest& request, int64_t) const override {
    Intake intake;
    if (request.method != "POST") {
      intake.response = error_response(405, "method_not_allowed");
      return intake;
    }
    if (!verify_secret_token(secret_, header(request, "x-telegram-bot-api-secret-token"))) {
      intake.response = error_response(401, "unauthorized");
      return intake;
    }
    nlohmann::json update = parse_json(request.body);
    if (!update.is_object()) {
      intake.response = error_response(400, "invalid_json");
      return intake;
    }
    Message message;
    message.event_id = id_string(member_at(update, "update_id"));
    message.inline_reply = bot_token_.empty();
    nlohmann::json chat_id;
    const auto& m = object_at(update, "message");
    const auto& query = object_at(update, "callback_query");
    if (!m.empty()) {
      chat_id = member_at(object_at(m, "chat"), "id");
      message.text = string_at(m, "text");
      message.reply["reply_to"] = member_at(m, "message_id");
      // Commands: /start and /help greet; "/cmd text" asks the text.
      if (!message.text.empty() && message.text[0] == '/') {
        size_t space = message.text.find(' ');
        std::string command = message.text.substr(0, space);
        message.text = space == std::string::npos ? "" : message.text.substr(space + 1);
        message.welcome = command.rfind("/start", 0) == 0 || command.rfind("/help", 0) == 0 ||
                          message.text.empty();
      } else if (message.text.empty()) {
        return intake;  // stickers, photos, joins: nothing to answer
      }
    } else if (!query.empty()) {
      chat_id = member_at(object_at(object_at(query, "message"), "chat"), "id");
      message.text = callback_question(query);
      message.reply["callback_query_id"] = string_at(query, "id");
      if (message.text.empty()) return intake;
    } else {
      return intake;  // edited messages, channel posts...: not questions to answer
    }
    message.chat = id_string(chat_id);
    if (message.chat.empty()) return intake;
    message.reply["chat_id"] = chat_id;
    intake.messages.push_back(std::move(message));
    return intake;
  }

  HttpResponse respond(const std::vector<InlineReply>& replies) const override {
    if (replies.empty()) return {200, "text/plain", ""};
    // One method call fits in a webhook response: the first (only) answer.
    const InlineReply& reply = replies.front();
    nlohmann::json body =
        send_message(reply.message->reply["chat_id"], shorten(reply.answer.text, kTextLimit),
                     reply.answer.suggestions);
    body["method"] = "sendMessage";
    return json_response(200, body);
  }

  std::vector<OutboxMessage> replies(const Message& message, const Answer& answer) const override {
    std::vector<OutboxMessage> calls;
    if (message.reply.contains("callback_query_id")) {
      // Stops the button's loading spinner.
      nlohmann::json body = {{"callback_query_id", message.reply["callback_query_id"]}};
      calls.push_back(outbox_call("answerCallbackQuery", body));
    }
    std::vector<std::string> parts = split_text(answer.text, kTextLimit, kMaxParts);
    for (size_t i = 0; i < parts.size(); ++i) {
      bool last = i + 1 == parts.size();
      nlohmann::json body = send_message(message.reply["chat_id"], parts[i],
                                         last ? answer.suggestions : std::vector<std::string>());
      calls.push_back(outbox_call("sendMessage", body));
    }
    return calls;
  }

  HttpCall request(const OutboxMessage& message) const override {
    HttpCall call;
    call.url = api_base_ + "/bot" + bot_token_ + "/" + message.target;
    call.body = message.body;
    return call;
  }

  Delivery outcome(const HttpResult& result) const override {
    Delivery delivery = Channel::outcome(result);
    nlohmann::json body = parse_json(result.body);
    if (delivery.ok && !(true_at(body, "ok"))) {
      delivery.ok = false;
      delivery.error = "Bot API did not answer ok: " + result.body.substr(0, 200);
    }
    // Flood control's wait, in seconds. The number is the platform's: capped,
    // so that it cannot overflow when turned into milliseconds and a time.
    const nlohmann::json& after = member_at(object_at(body, "parameters"), "retry_after");
    if (after.is_number_unsigned()) {
      delivery.retry_after_ms =
          static_cast<int64_t>(std::min<uint64_t>(after.get<uint64_t>(), kMaxRetryAfterS)) * 1000;
    }
    return delivery;
  }

 private:
  static nlohmann::json send_message(const nlohmann::json& chat_id, std::string_view text,
                                     const std::vector<std::string>& suggestions) {
    nlohmann::json body = {
        {"chat_id", chat_id}, {"text", escape_markup(text)}, {"parse_mode", "HTML"}};
    if (!suggestions.empty()) body["reply_markup"] = keyboard(suggestions);
    return body;
  }

  std::string secret_;
  std::string bot_token_;
  std::string api_base_;
};

}  // namespace

std::unique_ptr<Channel> make_telegram(const Settings& settings, std::string* error) {
  std::string secret = setting(settings, "TANYA_TELEGRAM_SECRET_TOKEN");
  if (secret.empty()) return nullptr;
  std::string base = setting(settings, "TANYA_TELEGRAM_API_BASE", "https://api.telegram.org");
  if (!check_base_url("TANYA_TELEGRAM_API_BASE", &base, error)) return nullptr;
  return std::make_unique<Telegram>(secret, setting(settings, "TANYA_TELEGRAM_BOT_TOKEN"), base);
}

}  // namespace tanya::channels
