// Slack Events API (and slash commands). Every request is signed with the
// signing secret over "v0:{timestamp}:{raw body}", and the timestamp must be
// within 5 minutes, so a captured request cannot be replayed later. Slack
// retries an event it thinks failed (X-Slack-Retry-Num), so events are
// deduplicated (on the message's channel and ts, else event_id); events from bots or with a subtype
// (including our own posts) are ignored so the bot never answers itself. Replies go through
// chat.postMessage, which reports failures as {"ok":false} with HTTP 200.
#include <algorithm>

#include "channels/channel.h"
#include "channels/signatures.h"
#include "channels/text_split.h"

namespace tanya::channels {
namespace {

constexpr size_t kTextLimit = 3900;  // Slack advises at most 4000 characters per message
constexpr size_t kMaxParts = 5;
constexpr size_t kMaxSuggestions = 3;

// Removes user mentions ("<@U123ABC>") and Slack's escapes from incoming text.
std::string clean_incoming(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == "<@") {
      size_t end = text.find('>', i);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"&lt;", "<"},
                          {"&gt;", ">"},
                          {"&amp;", "&"}}) {
    for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      out.replace(at, from.size(), to);
    }
  }
  size_t begin = out.find_first_not_of(" \n\t");
  size_t end = out.find_last_not_of(" \n\t");
  return begin == std::string::npos ? std::string() : out.substr(begin, end - begin + 1);
}

// The answer as Slack text: escaped, with suggestions listed after it (buttons
// would need the separate interactivity endpoint).
std::vector<std::string> slack_parts(const Answer& answer) {
  std::vector<std::string> parts = split_text(answer.text, kTextLimit, kMaxParts);
  for (std::string& part : parts) part = escape_markup(part);
  if (!answer.suggestions.empty() && !parts.empty()) {
    std::string more = "\n\n_Coba tanya:_";
    for (size_t i = 0; i < answer.suggestions.size() && i < kMaxSuggestions; ++i) {
      more += "\n\xE2\x80\xA2 " + escape_markup(shorten(answer.suggestions[i], 200));
    }
    if (text_length(parts.back()) + text_length(more) <= kTextLimit) {
      parts.back() += more;
    } else {
      parts.push_back(more.substr(2));
    }
  }
  return parts;
}

std::string form_field(std::string_view body, std::string_view name) {
  while (!body.empty()) {
    size_t amp = body.find('&');
    std::string_view pair = body.substr(0, amp);
    size_t eq = pair.find('=');
    if (pair.substr(0, eq) == name && eq != std::string_view::npos) {
      return url_decode(pair.substr(eq + 1));
    }
    if (amp == std::string_view::npos) break;
    body.remove_prefix(amp + 1);
  }
  return {};
}

class Slack final : public Channel {
 public:
  Slack(std::string signing_secret, std::string bot_token, std::string api_base)
      : signing_secret_(std::move(signing_secret)),
        bot_token_(std::move(bot_token)),
        api_base_(std::move(api_base)) {}

  std::string_view name() const override { return "slack"; }
  std::string_view path() const override { return "/webhook/slack"; }

  Intake accept(const HttpRequest& request, int64_t now_ms) const override {
    Intake intake;
    if (request.method != "POST") {
      intake.response = error_response(405, "method_not_allowed");
      return intake;
    }
    if (!verify_slack_signature(signing_secret_, header(request, "x-slack-request-timestamp"),
                                request.body, header(request, "x-slack-signature"),
                                now_ms / 1000)) {
      intake.response = error_response(401, "unauthorized");
      return intake;
    }
    if (header(request, "content-type").rfind("application/x-www-form-urlencoded", 0) == 0) {
      return slash_command(request.body);
    }
    nlohmann::json root = parse_json(request.body);
    if (!root.is_object()) {
      intake.response = error_response(400, "invalid_json");
      return intake;
    }
    std::string type = string_at(root, "type");
    if (type == "url_verification") {
      intake.response = HttpResponse{200, "text/plain", string_at(root, "challenge")};
      return intake;
    }
    const auto& event = object_at(root, "event");
    if (type != "event_callback" || event.empty()) return intake;
    std::string event_type = string_at(event, "type");
    // Direct messages, and mentions in channels; never bots (ourselves) or
    // edits, joins and other subtypes.
    bool wanted = event_type == "app_mention" ||
                  (event_type == "message" && string_at(event, "channel_type") == "im");
    if (!wanted || event.contains("bot_id") || event.contains("subtype")) return intake;
    Message message;
    // One user message can arrive as two events (a mention in a DM is both
    // app_mention and message.im), each retried under its own event_id: the
    // message's channel and ts identify it across all of them.
    std::string channel = string_at(event, "channel");
    std::string ts = string_at(event, "ts");
    message.event_id = ts.empty() ? string_at(root, "event_id") : "msg:" + channel + ":" + ts;
    message.text = clean_incoming(string_at(event, "text"));
    if (message.event_id.empty() || channel.empty()) return intake;
    message.chat = string_at(root, "team_id") + ":" + channel;
    message.welcome = message.text.empty();
    message.reply = {{"channel", channel}};
    if (std::string thread = string_at(event, "thread_ts"); !thread.empty()) {
      message.reply["thread_ts"] = thread;
    }
    intake.messages.push_back(std::move(message));
    return intake;
  }

  HttpResponse respond(const std::vector<InlineReply>& replies) const override {
    if (replies.empty()) return {200, "text/plain", ""};
    std::string text;
    for (const std::string& part : slack_parts(replies.front().answer)) {
      text += (text.empty() ? "" : "\n\n") + part;
    }
    return json_response(200, {{"response_type", "in_channel"}, {"text", text}});
  }

  std::vector<OutboxMessage> replies(const Message& message, const Answer& answer) const override {
    std::vector<OutboxMessage> calls;
    for (const std::string& part : slack_parts(answer)) {
      nlohmann::json body = {{"channel", message.reply["channel"]}, {"text", part}};
      if (message.reply.contains("thread_ts")) body["thread_ts"] = message.reply["thread_ts"];
      calls.push_back(outbox_call("chat.postMessage", body));
    }
    return calls;
  }

  HttpCall request(const OutboxMessage& message) const override {
    HttpCall call;
    call.url = api_base_ + "/" + message.target;
    call.headers = {{"Authorization", "Bearer " + bot_token_}};
    call.body = message.body;
    return call;
  }

  Delivery outcome(const HttpResult& result) const override {
    Delivery delivery = Channel::outcome(result);
    if (!delivery.ok) return delivery;
    nlohmann::json body = parse_json(result.body);
    if (true_at(body, "ok")) return delivery;
    std::string error = string_at(body, "error");
    delivery.ok = false;
    delivery.error = "chat.postMessage: " + (error.empty() ? result.body.substr(0, 200) : error);
    static const std::vector<std::string_view> kTransient = {
        "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"};
    delivery.retry = std::find(kTransient.begin(), kTransient.end(), error) != kTransient.end();
    return delivery;
  }

 private:
  // A slash command ("/tanya question") is answered in the response itself,
  // which Slack shows in the channel.
  static Intake slash_command(std::string_view body) {
    Intake intake;
    Message message;
    message.text = form_field(body, "text");
    message.chat = form_field(body, "team_id") + ":" + form_field(body, "channel_id");
    message.event_id = form_field(body, "trigger_id");
    message.welcome = message.text.empty();
    message.inline_reply = true;
    intake.messages.push_back(std::move(message));
    return intake;
  }

  std::string signing_secret_;
  std::string bot_token_;
  std::string api_base_;
};

}  // namespace

std::unique_ptr<Channel> make_slack(const Settings& settings, std::string* error) {
  std::string secret = setting(settings, "TANYA_SLACK_SIGNING_SECRET");
  if (secret.empty()) return nullptr;
  std::string token = setting(settings, "TANYA_SLACK_BOT_TOKEN");
  if (token.empty()) {
    *error = "Slack needs TANYA_SLACK_BOT_TOKEN with TANYA_SLACK_SIGNING_SECRET";
    return nullptr;
  }
  std::string base = setting(settings, "TANYA_SLACK_API_BASE", "https://slack.com/api");
  if (!check_base_url("TANYA_SLACK_API_BASE", &base, error)) return nullptr;
  return std::make_unique<Slack>(secret, token, base);
}

}  // namespace tanya::channels
