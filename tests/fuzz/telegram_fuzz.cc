// Fuzz target: the Telegram webhook (src/channels/telegram.cc): its secret
// token check and its Update parser, then its replies, both ways it sends
// them: inline in the webhook response (no bot token) and through the outbox
// to the Bot API (with one). Input format: tests/fuzz/webhook_fuzz.h.
#include "webhook_fuzz.h"

namespace {

constexpr char kSecret[] = "fuzz-telegram-secret_123";

tanya::fuzz::Platform telegram(bool with_bot_token) {
  tanya::channels::Settings settings = {{"TANYA_TELEGRAM_SECRET_TOKEN", kSecret}};
  if (with_bot_token) settings["TANYA_TELEGRAM_BOT_TOKEN"] = "123456:fuzz-bot-token";
  tanya::fuzz::Platform p;
  p.channel = tanya::fuzz::make_channel(tanya::channels::make_telegram, settings);
  p.credential_header = "x-telegram-bot-api-secret-token";
  p.credential = [](const tanya::channels::HttpRequest&) { return std::string(kSecret); };
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tanya::fuzz::Platform kInline = telegram(false);
  static const tanya::fuzz::Platform kOutbox = telegram(true);
  tanya::fuzz::run_webhook(kInline, data, size);
  tanya::fuzz::run_webhook(kOutbox, data, size);
  return 0;
}
