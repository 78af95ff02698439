// Fuzz target: the LINE Messaging API webhook (src/channels/line.cc): the
// base64 HMAC in x-line-signature, the events parser (messages, postbacks,
// follows, standby mode) and the one-call reply with quick replies. Input
// format: tests/fuzz/webhook_fuzz.h.
#include "webhook_fuzz.h"

namespace {

constexpr char kChannelSecret[] = "fuzz-line-channel-secret";

tanya::fuzz::Platform line() {
  tanya::fuzz::Platform p;
  p.channel = tanya::fuzz::make_channel(
      tanya::channels::make_line,
      {{"TANYA_LINE_CHANNEL_SECRET", kChannelSecret}, {"TANYA_LINE_ACCESS_TOKEN", "fuzz-line"}});
  p.credential_header = "x-line-signature";
  p.credential = [](const tanya::channels::HttpRequest& request) {
    using namespace tanya::channels;
    return base64_encode(hmac_sha256(kChannelSecret, request.body));
  };
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tanya::fuzz::Platform kLine = line();
  tanya::fuzz::run_webhook(kLine, data, size);
  return 0;
}
