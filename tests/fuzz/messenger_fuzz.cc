// Fuzz target: the Messenger webhook (src/channels/messenger.cc): the same
// handshake and X-Hub-Signature-256 as WhatsApp, its own parser (messages,
// echoes, quick replies, postbacks) and quick-reply answers. Input format:
// tests/fuzz/webhook_fuzz.h.
#include "webhook_fuzz.h"

namespace {

constexpr char kAppSecret[] = "fuzz-messenger-app-secret";

tanya::fuzz::Platform messenger() {
  tanya::fuzz::Platform p;
  p.channel = tanya::fuzz::make_channel(tanya::channels::make_messenger,
                                        {{"TANYA_MESSENGER_APP_SECRET", kAppSecret},
                                         {"TANYA_MESSENGER_VERIFY_TOKEN", "fuzz-verify"},
                                         {"TANYA_MESSENGER_PAGE_TOKEN", "fuzz-page"}});
  p.credential_header = "x-hub-signature-256";
  p.credential = [](const tanya::channels::HttpRequest& request) {
    using namespace tanya::channels;
    return "sha256=" + to_hex(hmac_sha256(kAppSecret, request.body));
  };
  p.verify_token = "fuzz-verify";
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tanya::fuzz::Platform kMessenger = messenger();
  tanya::fuzz::run_webhook(kMessenger, data, size);
  return 0;
}
