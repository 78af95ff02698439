// Fuzz target: the Slack Events API webhook (src/channels/slack.cc): the v0
// signature over "v0:{timestamp}:{body}" with its five-minute window, the
// event parser, slash commands (form-encoded bodies) and the text cleanup of
// mentions and escapes. Input format: tests/fuzz/webhook_fuzz.h; use
// "x-slack-request-timestamp: {{now}}" for a fresh request.
#include <charconv>

#include "webhook_fuzz.h"

namespace {

constexpr char kSigningSecret[] = "fuzz-slack-signing-secret";

tanya::fuzz::Platform slack() {
  tanya::fuzz::Platform p;
  p.channel = tanya::fuzz::make_channel(
      tanya::channels::make_slack,
      {{"TANYA_SLACK_SIGNING_SECRET", kSigningSecret}, {"TANYA_SLACK_BOT_TOKEN", "xoxb-fuzz"}});
  p.credential_header = "x-slack-signature";
  p.credential = [](const tanya::channels::HttpRequest& request) {
    using namespace tanya::channels;
    std::string base =
        "v0:" + std::string(header(request, "x-slack-request-timestamp")) + ":" + request.body;
    return "v0=" + to_hex(hmac_sha256(kSigningSecret, base));
  };
  // Slack's rule: a decimal timestamp within five minutes of now.
  p.fresh = [](const tanya::channels::HttpRequest& request) {
    std::string_view ts = tanya::channels::header(request, "x-slack-request-timestamp");
    int64_t seconds = 0;
    auto [end, ec] = std::from_chars(ts.data(), ts.data() + ts.size(), seconds);
    if (ts.empty() || ec != std::errc() || end != ts.data() + ts.size()) return false;
    int64_t now = tanya::fuzz::kNowMs / 1000;
    return seconds >= now - 300 && seconds <= now + 300;
  };
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tanya::fuzz::Platform kSlack = slack();
  tanya::fuzz::run_webhook(kSlack, data, size);
  return 0;
}
