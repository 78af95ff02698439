// Generic JSON channel, compatible with Rasa's REST channel:
// POST {"sender","message"} -> [{"recipient_id","text","buttons"?}], answered
// in the response itself. Unlike Rasa's it requires a bearer token. An
// optional "message_id" lets a client retry safely: a repeated id gets [].
#include "channels/channel.h"
#include "channels/signatures.h"

namespace tanya::channels {
namespace {

constexpr size_t kMaxButtons = 5;

class Rest final : public Channel {
 public:
  explicit Rest(std::string token) : token_(std::move(token)) {}

  std::string_view name() const override { return "rest"; }
  std::string_view path() const override { return "/webhooks/rest/webhook"; }

  Intake accept(const HttpRequest& request, int64_t) const override {
    Intake intake;
    if (request.method != "POST") {
      intake.response = error_response(405, "method_not_allowed");
      return intake;
    }
    if (!verify_bearer(token_, header(request, "authorization"))) {
      intake.response = error_response(401, "unauthorized");
      return intake;
    }
    nlohmann::json root = parse_json(request.body);
    Message message;
    message.chat = id_string(member_at(root, "sender"));
    message.text = string_at(root, "message");
    if (message.chat.empty() || !member_at(root, "message").is_string()) {
      intake.response = error_response(400, "expected {\"sender\": string, \"message\": string}");
      return intake;
    }
    message.event_id = id_string(member_at(root, "message_id"));
    message.inline_reply = true;
    message.reply = {{"recipient_id", message.chat}};
    intake.messages.push_back(std::move(message));
    return intake;
  }

  HttpResponse respond(const std::vector<InlineReply>& replies) const override {
    nlohmann::json out = nlohmann::json::array();
    for (const InlineReply& reply : replies) {
      nlohmann::json element = {{"recipient_id", reply.message->chat}, {"text", reply.answer.text}};
      if (!reply.answer.suggestions.empty()) {
        nlohmann::json buttons = nlohmann::json::array();
        for (const std::string& s : reply.answer.suggestions) {
          if (buttons.size() == kMaxButtons) break;
          buttons.push_back({{"title", s}, {"payload", s}});
        }
        element["buttons"] = buttons;
      }
      out.push_back(element);
    }
    return json_response(200, out);
  }

  std::vector<OutboxMessage> replies(const Message&, const Answer&) const override { return {}; }
  HttpCall request(const OutboxMessage&) const override { return {}; }

 private:
  std::string token_;
};

}  // namespace

std::unique_ptr<Channel> make_rest(const Settings& settings, std::string*) {
  std::string token = setting(settings, "TANYA_REST_TOKEN");
  if (token.empty()) return nullptr;
  return std::make_unique<Rest>(token);
}

}  // namespace tanya::channels
