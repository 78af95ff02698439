// Fuzz target: the WhatsApp Cloud API webhook (src/channels/whatsapp.cc):
// the GET subscription handshake, X-Hub-Signature-256 over the raw body, the
// notification parser (entries, changes, messages of every type) and the
// replies with buttons. Input format: tests/fuzz/webhook_fuzz.h.
#include "webhook_fuzz.h"

namespace {

constexpr char kAppSecret[] = "fuzz-whatsapp-app-secret";

tanya::fuzz::Platform whatsapp() {
  tanya::fuzz::Platform p;
  p.channel = tanya::fuzz::make_channel(tanya::channels::make_whatsapp,
                                        {{"TANYA_WHATSAPP_APP_SECRET", kAppSecret},
                                         {"TANYA_WHATSAPP_VERIFY_TOKEN", "fuzz-verify"},
                                         {"TANYA_WHATSAPP_ACCESS_TOKEN", "fuzz-access"}});
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
  static const tanya::fuzz::Platform kWhatsApp = whatsapp();
  tanya::fuzz::run_webhook(kWhatsApp, data, size);
  return 0;
}
