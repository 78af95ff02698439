// WhatsApp Cloud API webhook (Meta Graph). GET answers the subscription
// handshake; POST is signed with X-Hub-Signature-256 over the raw body. One
// notification may batch many messages across entries and changes; each is
// deduplicated on its wamid, because Meta retries for up to 7 days. Replies
// are always outbound calls to /{phone_number_id}/messages.
#include <algorithm>

#include "channels/channel.h"
#include "channels/signatures.h"
#include "channels/text_split.h"

namespace tanya::channels {
namespace {

constexpr size_t kTextLimit = 4096;        // text.body
constexpr size_t kInteractiveBody = 1024;  // interactive.body.text
constexpr size_t kMaxParts = 5;
constexpr size_t kMaxButtons = 3;    // reply buttons
constexpr size_t kButtonTitle = 20;  // reply button title
constexpr size_t kButtonId = 256;    // reply button id (we carry the question in it)

// The question of an incoming message: its text, or the id of a pressed reply
// button (where we put the full suggestion), or a template button's text.
std::string question_of(const nlohmann::json& message) {
  std::string type = string_at(message, "type");
  if (type == "text") return string_at(object_at(message, "text"), "body");
  if (type == "interactive") {
    const auto& interactive = object_at(message, "interactive");
    for (const char* kind : {"button_reply", "list_reply"}) {
      const auto& reply = object_at(interactive, kind);
      if (!reply.empty()) {
        std::string id = string_at(reply, "id");
        return id.empty() ? string_at(reply, "title") : id;
      }
    }
  }
  if (type == "button") {
    const auto& button = object_at(message, "button");
    std::string text = string_at(button, "text");
    return text.empty() ? string_at(button, "payload") : text;
  }
  return {};
}

class WhatsApp final : public Channel {
 public:
  explicit WhatsApp(MetaCredentials meta) : meta_(std::move(meta)) {}

  std::string_view name() const override { return "whatsapp"; }
  std::string_view path() const override { return "/webhook/whatsapp"; }

  Intake accept(const HttpRequest& request, int64_t) const override {
    Intake intake;
    nlohmann::json root;
    if (!accept_meta(request, meta_.verify_token, meta_.app_secret, &intake, &root)) return intake;
    for (const auto& entry : array_at(root, "entry")) {
      for (const auto& change : array_at(entry, "changes")) {
        const auto& value = object_at(change, "value");
        std::string phone_id =
            id_string(member_at(object_at(value, "metadata"), "phone_number_id"));
        // Status receipts (sent, delivered, read) carry no messages.
        for (const auto& m : array_at(value, "messages")) {
          if (!m.is_object()) continue;
          Message message;
          message.event_id = string_at(m, "id");
          std::string from = id_string(member_at(m, "from"));
          message.text = question_of(m);
          if (phone_id.empty() || from.empty() || message.event_id.empty() ||
              message.text.empty()) {
            continue;  // media, reactions, malformed: nothing we can answer
          }
          message.chat = phone_id + ":" + from;
          message.reply = {
              {"phone_number_id", phone_id}, {"to", from}, {"wamid", message.event_id}};
          intake.messages.push_back(std::move(message));
        }
      }
    }
    return intake;
  }

  std::vector<OutboxMessage> replies(const Message& message, const Answer& answer) const override {
    std::string target = string_at(message.reply, "phone_number_id") + "/messages";
    std::string to = string_at(message.reply, "to");
    std::vector<std::string> parts = split_text(answer.text, kTextLimit, kMaxParts);
    nlohmann::json buttons = reply_buttons(answer.suggestions);
    std::vector<OutboxMessage> calls;
    for (size_t i = 0; i < parts.size(); ++i) {
      bool last = i + 1 == parts.size();
      if (last && !buttons.empty() && text_length(parts[i]) <= kInteractiveBody) {
        calls.push_back(outbox_call(target, interactive(to, parts[i], buttons)));
        buttons = nlohmann::json::array();
        continue;
      }
      nlohmann::json body = {{"messaging_product", "whatsapp"},
                             {"recipient_type", "individual"},
                             {"to", to},
                             {"type", "text"},
                             {"text", {{"preview_url", false}, {"body", parts[i]}}}};
      if (i == 0) body["context"] = {{"message_id", message.reply.value("wamid", "")}};
      calls.push_back(outbox_call(target, body));
    }
    if (!buttons.empty()) {
      // The last part was too long for an interactive body: buttons follow alone.
      calls.push_back(outbox_call(target, interactive(to, "Pertanyaan lain:", buttons)));
    }
    return calls;
  }

  HttpCall request(const OutboxMessage& message) const override {
    return meta_request(meta_, message);
  }

 private:
  // At most 3 buttons with unique titles of at most 20 characters; the id
  // carries the whole question back when the button is pressed.
  static nlohmann::json reply_buttons(const std::vector<std::string>& suggestions) {
    nlohmann::json buttons = nlohmann::json::array();
    std::vector<std::string> titles;
    for (const std::string& suggestion : suggestions) {
      if (buttons.size() == kMaxButtons) break;
      std::string title = shorten(suggestion, kButtonTitle);
      if (std::find(titles.begin(), titles.end(), title) != titles.end()) continue;
      titles.push_back(title);
      buttons.push_back({{"type", "reply"},
                         {"reply", {{"id", shorten(suggestion, kButtonId)}, {"title", title}}}});
    }
    return buttons;
  }

  static nlohmann::json interactive(const std::string& to, std::string_view text,
                                    const nlohmann::json& buttons) {
    return {{"messaging_product", "whatsapp"},
            {"recipient_type", "individual"},
            {"to", to},
            {"type", "interactive"},
            {"interactive",
             {{"type", "button"}, {"body", {{"text", text}}}, {"action", {{"buttons", buttons}}}}}};
  }

  MetaCredentials meta_;
};

}  // namespace

std::unique_ptr<Channel> make_whatsapp(const Settings& settings, std::string* error) {
  std::optional<MetaCredentials> meta =
      meta_credentials(settings, "WHATSAPP", "WhatsApp", "TANYA_WHATSAPP_ACCESS_TOKEN", error);
  if (!meta) return nullptr;
  return std::make_unique<WhatsApp>(std::move(*meta));
}

}  // namespace tanya::channels
