// The shared half of the webhook fuzz targets (tests/fuzz/<platform>_fuzz.cc).
//
// The input is an HTTP request in a readable form, so that seeds can be
// written by hand and mutated field by field:
//
//   POST /webhook/line?x=y           method and target
//   x-line-signature: {{sig}}        headers, names as given (lowercase them)
//                                    an empty line
//   {"events": [...]}                the raw body, up to the end
//
// In header values and the target, "{{sig}}" becomes the credential that
// authenticates this body (the platform's signature, secret or token),
// "{{now}}" the fuzzer's clock in seconds and "{{verify}}" the verify token
// of Meta's subscription handshake. A mutation that keeps the
// placeholder therefore reaches the payload parser with a correctly signed
// body of any shape; one that breaks it sends arbitrary header bytes to the
// signature check. Both must hold:
//   - messages come out only when the credential header is exactly the one
//     computed here (no request is accepted unsigned);
//   - a POST with that credential (and, for Slack, a fresh timestamp) is
//     never refused as unauthorized.
// Every message is then taken through the channel's reply path (respond()
// for inline answers, else replies() and request()) with its own text as
// the answer, and the channel's judgement of an API response (outcome()) is
// given the body as the platform's reply. Nothing catches exceptions: a
// parser that throws aborts the fuzzer.
//
// Byte mutations rarely turn a JSON object into an array and keep the body
// parseable, yet "a signed body with a wrong type somewhere" is the bug class
// that took the server down before (nlohmann's value() and operator[] throw
// type_error). So half of the mutations are structural: the body is parsed,
// one node anywhere in it is replaced by a value of some other type, and the
// request is written back (still signed: the placeholder is in a header).
#ifndef TANYA_TESTS_FUZZ_WEBHOOK_FUZZ_H_
#define TANYA_TESTS_FUZZ_WEBHOOK_FUZZ_H_

#include <cstring>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/json.h"
#include "channels/channel.h"
#include "channels/hmac.h"
#include "fuzz_support.h"

namespace tanya::fuzz {

// The fuzzer's fixed clock: deterministic, so a finding replays.
inline constexpr int64_t kNowMs = 1'767'225'600'000;  // 2026-01-01T00:00:00Z

// What one platform contributes to the harness.
struct Platform {
  std::unique_ptr<channels::Channel> channel;
  std::string credential_header;  // "x-line-signature"
  // The credential header's correct value for `request` (its body, and for
  // Slack its timestamp header), computed independently of the channel.
  std::function<std::string(const channels::HttpRequest&)> credential;
  // Whether the platform's rules, apart from the credential, let the request
  // in (Slack: a timestamp within five minutes). Unset: always.
  std::function<bool(const channels::HttpRequest&)> fresh;
  std::string verify_token;  // Meta's hub.verify_token, for "{{verify}}"
};

// A channel configured with `settings`; aborts when it cannot be made (a
// harness mistake, not a finding).
inline std::unique_ptr<channels::Channel> make_channel(
    std::unique_ptr<channels::Channel> (*factory)(const channels::Settings&, std::string*),
    const channels::Settings& settings) {
  std::string error;
  std::unique_ptr<channels::Channel> channel = factory(settings, &error);
  if (!channel) {
    std::fprintf(stderr, "fuzz: channel not configured: %s\n", error.c_str());
    std::abort();
  }
  return channel;
}

inline void replace_all(std::string* text, std::string_view from, std::string_view to) {
  for (size_t at = text->find(from); at != std::string::npos;
       at = text->find(from, at + to.size())) {
    text->replace(at, from.size(), to);
  }
}

// Decodes the input format above, placeholders apart.
inline channels::HttpRequest decode_request(std::string_view input) {
  channels::HttpRequest request;
  auto next_line = [&input]() {
    size_t nl = input.find('\n');
    std::string_view line = input.substr(0, nl);
    input = nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
  };
  std::string_view start = next_line();
  size_t space = start.find(' ');
  request.method = std::string(start.substr(0, space));
  if (space != std::string_view::npos) request.target = std::string(start.substr(space + 1));
  while (!input.empty()) {
    std::string_view line = next_line();
    if (line.empty()) break;
    size_t colon = line.find(':');
    std::string_view value = colon == std::string_view::npos ? "" : line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    request.headers[std::string(line.substr(0, colon))] = std::string(value);
  }
  request.body = std::string(input);
  return request;
}

inline void run_webhook(const Platform& platform, const uint8_t* data, size_t size) {
  channels::HttpRequest request = decode_request(as_text(data, size));
  const std::string now = std::to_string(kNowMs / 1000);
  replace_all(&request.target, "{{now}}", now);
  replace_all(&request.target, "{{verify}}", platform.verify_token);
  for (auto& [name, value] : request.headers) replace_all(&value, "{{now}}", now);
  const std::string credential = platform.credential(request);
  TANYA_FUZZ_CHECK(!credential.empty());
  replace_all(&request.target, "{{sig}}", credential);
  for (auto& [name, value] : request.headers) replace_all(&value, "{{sig}}", credential);

  channels::Intake intake = platform.channel->accept(request, kNowMs);
  const bool authentic = channels::header(request, platform.credential_header) == credential;
  if (!intake.messages.empty()) TANYA_FUZZ_CHECK(authentic);
  if (authentic && request.method == "POST" && (!platform.fresh || platform.fresh(request)) &&
      intake.response) {
    TANYA_FUZZ_CHECK(intake.response->status != 401);
  }
  if (intake.response) {
    TANYA_FUZZ_CHECK(intake.response->status >= 200 && intake.response->status < 600);
    return;
  }

  std::vector<channels::InlineReply> inline_replies;
  for (const channels::Message& message : intake.messages) {
    // The message's own text, long enough to be split, and its ids stand in
    // for the bot's answer and suggestions: platform bytes in every field.
    Answer answer;
    answer.text = message.text + "\n\n" + message.text + ". " + message.text;
    answer.found = true;
    answer.suggestions = {message.text, message.event_id, message.chat};
    // As webhooks.cc does: an inline message is answered by respond(), any
    // other through the outbox calls of replies().
    if (message.inline_reply) {
      inline_replies.push_back({&message, answer});
      continue;
    }
    for (const channels::OutboxMessage& call : platform.channel->replies(message, answer)) {
      channels::HttpCall http = platform.channel->request(call);
      TANYA_FUZZ_CHECK(http.body == call.body);
    }
  }
  channels::HttpResponse response = platform.channel->respond(inline_replies);
  TANYA_FUZZ_CHECK(response.status == 200);

  // The same bytes as the platform API's reply to one of our calls.
  for (int status : {200, 429, 502}) {
    channels::HttpResult result;
    result.status = status;
    result.body = request.body;
    result.retry_after = std::string(channels::header(request, "retry-after"));
    channels::Delivery delivery = platform.channel->outcome(result);
    if (status != 200) TANYA_FUZZ_CHECK(!delivery.ok);
  }
}

// Every node of `value`, the root first.
inline void collect_nodes(nlohmann::json& value, std::vector<nlohmann::json*>* nodes) {
  nodes->push_back(&value);
  if (value.is_structured()) {
    for (auto& child : value) collect_nodes(child, nodes);
  }
}

// The body of `input` (after its first empty line) with one JSON node
// retyped, or "" when the body is not JSON.
inline std::string retype_one_node(std::string_view input, std::minstd_rand& random) {
  size_t split = input.find("\n\n");
  if (split == std::string_view::npos) return {};
  std::string_view raw = input.substr(split + 2);
  nlohmann::json body = nlohmann::json::parse(raw.begin(), raw.end(), nullptr, false);
  if (body.is_discarded()) return {};
  std::vector<nlohmann::json*> nodes;
  collect_nodes(body, &nodes);
  // One of each JSON type, and the integers that overflow arithmetic on them.
  static const nlohmann::json kValues[] = {nullptr,
                                           false,
                                           true,
                                           0,
                                           -1,
                                           INT64_MAX,
                                           UINT64_MAX,
                                           1e300,
                                           "",
                                           "7",
                                           nlohmann::json::array(),
                                           nlohmann::json::array({nullptr}),
                                           nlohmann::json::object(),
                                           nlohmann::json::object({{"id", 1}})};
  *nodes[random() % nodes.size()] = kValues[random() % std::size(kValues)];
  return std::string(input.substr(0, split + 2)) + dump_json(body);
}

}  // namespace tanya::fuzz

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

// The libFuzzer hook: half byte mutations, half retyped JSON nodes (above).
extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size,
                                          unsigned int seed) {
  std::minstd_rand random(seed);
  if (random() % 2 == 0) return LLVMFuzzerMutate(data, size, max_size);
  std::string mutated = tanya::fuzz::retype_one_node(tanya::fuzz::as_text(data, size), random);
  if (mutated.empty() || mutated.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, mutated.data(), mutated.size());
  return mutated.size();
}

#endif  // TANYA_TESTS_FUZZ_WEBHOOK_FUZZ_H_
