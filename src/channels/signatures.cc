#include "channels/signatures.h"

#include <charconv>
#include <string>

#include "channels/hmac.h"

namespace tanya::channels {

bool verify_secret_token(std::string_view secret, std::string_view header) {
  return !secret.empty() && constant_time_equal(secret, header);
}

bool verify_hub_signature(std::string_view app_secret, std::string_view body,
                          std::string_view header) {
  if (app_secret.empty()) return false;
  std::string expected = "sha256=" + to_hex(hmac_sha256(app_secret, body));
  return constant_time_equal(expected, header);
}

bool verify_slack_signature(std::string_view signing_secret, std::string_view timestamp,
                            std::string_view body, std::string_view header, int64_t now_s,
                            int64_t tolerance_s) {
  if (signing_secret.empty() || timestamp.empty()) return false;
  int64_t sent = 0;
  auto [end, ec] = std::from_chars(timestamp.data(), timestamp.data() + timestamp.size(), sent);
  if (ec != std::errc() || end != timestamp.data() + timestamp.size()) return false;
  if (sent > now_s + tolerance_s || sent < now_s - tolerance_s) return false;
  std::string base = "v0:";
  base.append(timestamp).append(":").append(body);
  std::string expected = "v0=" + to_hex(hmac_sha256(signing_secret, base));
  return constant_time_equal(expected, header);
}

bool verify_line_signature(std::string_view channel_secret, std::string_view body,
                           std::string_view header) {
  if (channel_secret.empty()) return false;
  // Compare the raw digests, as LINE's SDK does, rather than base64 text.
  std::optional<std::string> given = base64_decode(header);
  if (!given) return false;
  return constant_time_equal(hmac_sha256(channel_secret, body), *given);
}

bool verify_bearer(std::string_view token, std::string_view authorization) {
  constexpr std::string_view kPrefix = "Bearer ";
  if (token.empty() || authorization.substr(0, kPrefix.size()) != kPrefix) return false;
  return constant_time_equal(token, authorization.substr(kPrefix.size()));
}

}  // namespace tanya::channels
