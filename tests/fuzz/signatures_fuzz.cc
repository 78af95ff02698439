// Fuzz target: the request authentication schemes themselves
// (src/channels/signatures.h, hmac.h), apart from any channel: arbitrary
// header values, Slack timestamps and bodies against fixed secrets. Each
// check must accept exactly the credential computed here and nothing else
// (LINE: any base64 text of the right digest), and the encodings must
// round-trip.
//
// Input: the header value on the first line, the Slack timestamp on the
// second, the body after it.
#include "channels/hmac.h"
#include "channels/signatures.h"
#include "fuzz_support.h"

namespace {

constexpr std::string_view kSecret = "fuzz-shared-secret";
constexpr int64_t kNow = 1'767'225'600;

std::string_view next_line(std::string_view* rest) {
  size_t nl = rest->find('\n');
  std::string_view line = rest->substr(0, nl);
  *rest = nl == std::string_view::npos ? std::string_view() : rest->substr(nl + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tanya::channels;
  std::string_view body = tanya::fuzz::as_text(data, size);
  const std::string_view header = next_line(&body);
  const std::string_view timestamp = next_line(&body);

  TANYA_FUZZ_CHECK(verify_secret_token(kSecret, header) == (header == kSecret));
  TANYA_FUZZ_CHECK(verify_bearer(kSecret, header) == (header == "Bearer " + std::string(kSecret)));
  TANYA_FUZZ_CHECK(constant_time_equal(header, body) == (header == body));

  const std::string digest = hmac_sha256(kSecret, body);
  TANYA_FUZZ_CHECK(digest.size() == 32);
  const std::string hub = "sha256=" + to_hex(digest);
  TANYA_FUZZ_CHECK(verify_hub_signature(kSecret, body, hub));
  TANYA_FUZZ_CHECK(verify_hub_signature(kSecret, body, header) == (header == hub));

  const std::string line = base64_encode(digest);
  TANYA_FUZZ_CHECK(verify_line_signature(kSecret, body, line));
  if (verify_line_signature(kSecret, body, header)) {
    TANYA_FUZZ_CHECK(base64_decode(header) == digest);
  }

  std::string base = "v0:" + std::string(timestamp) + ":" + std::string(body);
  const std::string slack = "v0=" + to_hex(hmac_sha256(kSecret, base));
  if (verify_slack_signature(kSecret, timestamp, body, header, kNow)) {
    TANYA_FUZZ_CHECK(header == slack);
  }
  const std::string now = std::to_string(kNow);
  base = "v0:" + now + ":" + std::string(body);
  TANYA_FUZZ_CHECK(
      verify_slack_signature(kSecret, now, body, "v0=" + to_hex(hmac_sha256(kSecret, base)), kNow));

  TANYA_FUZZ_CHECK(base64_decode(base64_encode(body)) == body);
  if (auto decoded = base64_decode(header)) TANYA_FUZZ_CHECK(decoded->size() <= header.size());
  return 0;
}
