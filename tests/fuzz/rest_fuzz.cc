// Fuzz target: the generic JSON channel (src/channels/rest.cc, Rasa REST
// compatible): the bearer token and the {"sender", "message", "message_id"}
// parser, answered inline. Input format: tests/fuzz/webhook_fuzz.h.
#include "webhook_fuzz.h"

namespace {

constexpr char kToken[] = "fuzz-rest-token";

tanya::fuzz::Platform rest() {
  tanya::fuzz::Platform p;
  p.channel = tanya::fuzz::make_channel(tanya::channels::make_rest, {{"TANYA_REST_TOKEN", kToken}});
  p.credential_header = "authorization";
  p.credential = [](const tanya::channels::HttpRequest&) {
    return std::string("Bearer ") + kToken;
  };
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tanya::fuzz::Platform kRest = rest();
  tanya::fuzz::run_webhook(kRest, data, size);
  return 0;
}
