// Facebook Messenger webhook (Meta Graph, object "page"): the same GET
// handshake and X-Hub-Signature-256 as WhatsApp. Our own sends come back as
// echoes (message.is_echo) and must be skipped, or the bot would answer
// itself. Deduplicated on message.mid; replies go to /me/messages with the
// page token.
#include "channels/channel.h"
#include "channels/signatures.h"
#include "channels/text_split.h"

namespace tanya::channels {
namespace {

constexpr size_t kTextLimit = 2000;  // Send API message.text
constexpr size_t kMaxParts = 5;
constexpr size_t kMaxQuickReplies = 13;
constexpr size_t kQuickReplyTitle = 20;
constexpr size_t kPayloadLimit = 1000;  // quick_replies[].payload

class Messenger final : public Channel {
 public:
  explicit Messenger(MetaCredentials meta) : meta_(std::move(meta)) {}

  std::string_view name() const override { return "messenger"; }
  std::string_view path() const override { return "/webhook/messenger"; }

  Intake accept(const HttpRequest& request, int64_t) const override {
    Intake intake;
    nlohmann::json root;
    if (!accept_meta(request, meta_.verify_token, meta_.app_secret, &intake, &root)) return intake;
    for (const auto& entry : array_at(root, "entry")) {
      for (const auto& event : array_at(entry, "messaging")) {
        std::string sender = id_string(member_at(object_at(event, "sender"), "id"));
        Message message;
        const auto& m = object_at(event, "message");
        const auto& p = object_at(event, "postback");
        if (!m.empty()) {
          if (true_at(m, "is_echo")) continue;
          message.event_id = string_at(m, "mid");
          // A quick reply carries the whole question in its payload.
          message.text = string_at(object_at(m, "quick_reply"), "payload");
          if (message.text.empty()) message.text = string_at(m, "text");
        } else if (!p.empty()) {
          message.event_id = string_at(p, "mid");
          message.text = string_at(p, "payload");
          if (message.text.empty()) message.text = string_at(p, "title");
        }
        if (sender.empty() || message.event_id.empty() || message.text.empty()) continue;
        message.chat = sender;
        message.reply = {{"psid", sender}};
        intake.messages.push_back(std::move(message));
      }
    }
    return intake;
  }

  std::vector<OutboxMessage> replies(const Message& message, const Answer& answer) const override {
    std::vector<std::string> parts = split_text(answer.text, kTextLimit, kMaxParts);
    std::vector<OutboxMessage> calls;
    for (size_t i = 0; i < parts.size(); ++i) {
      nlohmann::json text = {{"text", parts[i]}};
      if (i + 1 == parts.size() && !answer.suggestions.empty()) {
        nlohmann::json quick = nlohmann::json::array();
        for (const std::string& s : answer.suggestions) {
          if (quick.size() == kMaxQuickReplies) break;
          quick.push_back({{"content_type", "text"},
                           {"title", shorten(s, kQuickReplyTitle)},
                           {"payload", shorten(s, kPayloadLimit)}});
        }
        text["quick_replies"] = quick;
      }
      nlohmann::json body = {{"recipient", {{"id", message.reply.value("psid", "")}}},
                             {"messaging_type", "RESPONSE"},
                             {"message", text}};
      calls.push_back(outbox_call("me/messages", body));
    }
    return calls;
  }

  HttpCall request(const OutboxMessage& message) const override {
    return meta_request(meta_, message);
  }

 private:
  MetaCredentials meta_;
};

}  // namespace

std::unique_ptr<Channel> make_messenger(const Settings& settings, std::string* error) {
  std::optional<MetaCredentials> meta =
      meta_credentials(settings, "MESSENGER", "Messenger", "TANYA_MESSENGER_PAGE_TOKEN", error);
  if (!meta) return nullptr;
  return std::make_unique<Messenger>(std::move(*meta));
}

}  // namespace tanya::channels
