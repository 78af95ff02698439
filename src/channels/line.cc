// LINE Messaging API webhook. x-line-signature is the base64 HMAC of the raw
// body with the channel secret. The console's Verify button posts an empty
// events array, which must get a 200. Redelivered events keep their
// webhookEventId, the deduplication key. A reply token is single-use, so an
// answer goes out as one call of up to 5 messages, with quick replies on the
// last one.
#include "channels/channel.h"
#include "channels/signatures.h"
#include "channels/text_split.h"

namespace tanya::channels {
namespace {

constexpr size_t kTextLimit = 5000;
constexpr size_t kMaxMessages = 5;  // per reply
constexpr size_t kMaxQuickReplies = 13;
constexpr size_t kLabelLimit = 20;   // quick reply action label
constexpr size_t kActionText = 300;  // message action text

std::string source_key(const nlohmann::json& source) {
  std::string type = string_at(source, "type");
  for (const char* key : {"groupId", "roomId", "userId"}) {
    std::string id = string_at(source, key);
    if (!id.empty()) return type + ":" + id;
  }
  return {};
}

class Line final : public Channel {
 public:
  Line(std::string channel_secret, std::string access_token, std::string api_base)
      : channel_secret_(std::move(channel_secret)),
        access_token_(std::move(access_token)),
        api_base_(std::move(api_base)) {}

  std::string_view name() const override { return "line"; }
  std::string_view path() const override { return "/webhook/line"; }

  Intake accept(const HttpRequest& request, int64_t) const override {
    Intake intake;
    if (request.method != "POST") {
      intake.response = error_response(405, "method_not_allowed");
      return intake;
    }
    if (!verify_line_signature(channel_secret_, request.body,
                               header(request, "x-line-signature"))) {
      intake.response = error_response(401, "unauthorized");
      return intake;
    }
    nlohmann::json root = parse_json(request.body);
    if (!root.is_object()) {
      intake.response = error_response(400, "invalid_json");
      return intake;
    }
    for (const auto& event : array_at(root, "events")) {
      // In standby mode another bot owns the chat: stay silent.
      if (string_at(event, "mode") == "standby") continue;
      Message message;
      std::string type = string_at(event, "type");
      if (type == "message") {
        const auto& m = object_at(event, "message");
        if (string_at(m, "type") != "text") continue;
        message.text = string_at(m, "text");
      } else if (type == "postback") {
        message.text = string_at(object_at(event, "postback"), "data");
      } else if (type == "follow") {
        message.welcome = true;
      } else {
        continue;
      }
      message.event_id = string_at(event, "webhookEventId");
      message.chat = source_key(object_at(event, "source"));
      std::string token = string_at(event, "replyToken");
      if (message.chat.empty() || token.empty() || (message.text.empty() && !message.welcome)) {
        continue;
      }
      message.reply = {{"replyToken", token}};
      intake.messages.push_back(std::move(message));
    }
    return intake;
  }

  std::vector<OutboxMessage> replies(const Message& message, const Answer& answer) const override {
    nlohmann::json messages = nlohmann::json::array();
    for (const std::string& part : split_text(answer.text, kTextLimit, kMaxMessages)) {
      messages.push_back({{"type", "text"}, {"text", part}});
    }
    if (messages.empty()) return {};
    if (!answer.suggestions.empty()) {
      nlohmann::json items = nlohmann::json::array();
      for (const std::string& s : answer.suggestions) {
        if (items.size() == kMaxQuickReplies) break;
        items.push_back({{"type", "action"},
                         {"action",
                          {{"type", "message"},
                           {"label", shorten(s, kLabelLimit)},
                           {"text", shorten(s, kActionText)}}}});
      }
      messages.back()["quickReply"] = {{"items", items}};
    }
    nlohmann::json body = {{"replyToken", message.reply["replyToken"]}, {"messages", messages}};
    return {outbox_call("/v2/bot/message/reply", body)};
  }

  HttpCall request(const OutboxMessage& message) const override {
    HttpCall call;
    call.url = api_base_ + message.target;
    call.headers = {{"Authorization", "Bearer " + access_token_}};
    call.body = message.body;
    return call;
  }

 private:
  std::string channel_secret_;
  std::string access_token_;
  std::string api_base_;
};

}  // namespace

std::unique_ptr<Channel> make_line(const Settings& settings, std::string* error) {
  std::string secret = setting(settings, "TANYA_LINE_CHANNEL_SECRET");
  if (secret.empty()) return nullptr;
  std::string token = setting(settings, "TANYA_LINE_ACCESS_TOKEN");
  if (token.empty()) {
    *error = "LINE needs TANYA_LINE_ACCESS_TOKEN with TANYA_LINE_CHANNEL_SECRET";
    return nullptr;
  }
  std::string base = setting(settings, "TANYA_LINE_API_BASE", "https://api.line.me");
  if (!check_base_url("TANYA_LINE_API_BASE", &base, error)) return nullptr;
  return std::make_unique<Line>(secret, token, base);
}

}  // namespace tanya::channels
