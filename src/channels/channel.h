// Channel: what one messaging platform contributes to the webhooks. The
// shared flow (webhooks.cc) is: accept() authenticates the raw request and
// extracts the user messages; the flow deduplicates them, answers each with
// the Bot in its stored conversation context, and then either answers inline
// in the webhook response (respond()) or queues the platform API calls built
// by replies() in the durable outbox, which the worker sends with request()
// and judges with outcome(). Channels hold only configuration: they are
// immutable after construction and safe to use from many threads.
#ifndef TANYA_CHANNELS_CHANNEL_H_
#define TANYA_CHANNELS_CHANNEL_H_

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/json.h"
#include "bot/answer.h"
#include "channels/http_client.h"
#include "channels/outbox.h"
#include "channels/settings.h"
#include "channels/state_store.h"
#include "channels/webhooks.h"

namespace tanya::channels {

// One user message extracted from a webhook request.
struct Message {
  std::string event_id;       // the platform's id for deduplication; empty: none
  std::string chat;           // conversation key within the channel
  std::string text;           // the question
  bool welcome = false;       // a start command ("/start"): greet instead of answering
  bool inline_reply = false;  // answered in the webhook response, not through the outbox
  nlohmann::json reply;       // what the reply needs: chat id, reply token...
};

// The result of accept().
struct Intake {
  std::optional<HttpResponse> response;  // set: send this and do nothing else
  std::vector<Message> messages;
};

// An answered inline message, for respond().
struct InlineReply {
  const Message* message;
  Answer answer;
};

class Channel {
 public:
  virtual ~Channel() = default;

  virtual std::string_view name() const = 0;  // "telegram"
  virtual std::string_view path() const = 0;  // "/webhook/telegram"

  // Authenticates the request over its raw body (401 when it fails), answers
  // verification handshakes, and extracts the messages to answer.
  virtual Intake accept(const HttpRequest& request, int64_t now_ms) const = 0;

  // The webhook response once the messages are handled: the inline answers,
  // if any, or a plain acknowledgement.
  virtual HttpResponse respond(const std::vector<InlineReply>& replies) const;

  // The API calls that deliver `answer` to the chat of `message`, in order
  // (target and body only: credentials are added by request()).
  virtual std::vector<OutboxMessage> replies(const Message& message,
                                             const Answer& answer) const = 0;

  // The HTTP request for a queued call, with the base URL and credentials.
  virtual HttpCall request(const OutboxMessage& message) const = 0;

  // Whether the platform accepted the call. The default: 2xx is success; 429,
  // 408, 5xx and network errors are retried; other statuses are permanent.
  virtual Delivery outcome(const HttpResult& result) const;
};

// Each factory returns nullptr with an empty *error when the channel is not
// configured (it then answers 404), nullptr with *error when it is only
// partly configured, or the channel.
std::unique_ptr<Channel> make_telegram(const Settings& settings, std::string* error);
std::unique_ptr<Channel> make_whatsapp(const Settings& settings, std::string* error);
std::unique_ptr<Channel> make_messenger(const Settings& settings, std::string* error);
std::unique_ptr<Channel> make_slack(const Settings& settings, std::string* error);
std::unique_ptr<Channel> make_line(const Settings& settings, std::string* error);
std::unique_ptr<Channel> make_rest(const Settings& settings, std::string* error);

// Helpers shared by the platforms.

// What a Meta channel (WhatsApp, Messenger) is configured with.
struct MetaCredentials {
  std::string verify_token;
  std::string app_secret;
  std::string access_token;  // sends the replies
  std::string graph_base;    // TANYA_GRAPH_API_BASE or Meta's Graph API address
};
// Reads TANYA_<PLATFORM>_APP_SECRET, _VERIFY_TOKEN, `token_name` and the
// Graph API base. nullopt with *error empty when the channel is off (no app
// secret); with *error set ("<label> needs ...") when it is partly configured.
std::optional<MetaCredentials> meta_credentials(const Settings& settings, std::string_view platform,
                                                std::string_view label, std::string_view token_name,
                                                std::string* error);
// The Graph API call that delivers a queued reply.
HttpCall meta_request(const MetaCredentials& meta, const OutboxMessage& message);

// A queued API call to `target` with a JSON body.
OutboxMessage outbox_call(std::string target, const nlohmann::json& body);

// Parses JSON without throwing: a discarded value on malformed input.
nlohmann::json parse_json(std::string_view text);
// A JSON response.
HttpResponse json_response(int status, const nlohmann::json& body);
// {"error": code} with `status`.
HttpResponse error_response(int status, std::string_view code);
// The request header `name` (lowercase), or "" when absent.
std::string_view header(const HttpRequest& request, std::string_view name);
// The decoded value of query parameter `name` in request.target, or "".
std::string query_parameter(const HttpRequest& request, std::string_view name);
// Decodes application/x-www-form-urlencoded text ('+' is a space).
std::string url_decode(std::string_view text);
// The string form of a JSON string or number (ids arrive as either).
std::string id_string(const nlohmann::json& value);
// The value at `key` when it is a string, else "".
std::string string_at(const nlohmann::json& object, std::string_view key);
// Typed reads of a platform's payload. A signed body can still hold any JSON
// type anywhere, and nlohmann's value()/operator[] throw on a wrong one: the
// parsers read only through these, which never throw. Each returns the member
// at `key` when `object` is an object and the member has the type asked for,
// and otherwise an empty value of that type (null for member_at).
const nlohmann::json& member_at(const nlohmann::json& object, std::string_view key);
const nlohmann::json& object_at(const nlohmann::json& object, std::string_view key);
const nlohmann::json& array_at(const nlohmann::json& object, std::string_view key);
// True only for a boolean true at `key`.
bool true_at(const nlohmann::json& object, std::string_view key);
// Validates a configured base URL (https, or http to loopback) and strips a trailing '/'.
bool check_base_url(std::string_view name, std::string* url, std::string* error);
// Meta's webhook verification handshake (WhatsApp, Messenger):
// 200 with hub.challenge when hub.mode=subscribe and the token matches, else 403.
HttpResponse meta_verification(const HttpRequest& request, std::string_view verify_token);
// The front of a Meta webhook (WhatsApp, Messenger): the GET handshake, POST
// only, X-Hub-Signature-256 over the raw body, then the JSON object. True
// with *root set when the payload is to be read; false with
// intake->response set otherwise.
bool accept_meta(const HttpRequest& request, std::string_view verify_token,
                 std::string_view app_secret, Intake* intake, nlohmann::json* root);
// Escapes '&', '<' and '>', the characters Telegram's HTML mode and Slack's
// mrkdwn both reserve.
std::string escape_markup(std::string_view text);

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_CHANNEL_H_
