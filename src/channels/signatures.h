// The request authentication schemes of the platforms. Every check runs over
// the raw body bytes exactly as received, before any JSON parsing: Meta signs
// its ASCII-escaped JSON ("caf\u00e9"), which a re-serialisation would change.
// All comparisons are constant-time; a missing header simply fails.
#ifndef TANYA_CHANNELS_SIGNATURES_H_
#define TANYA_CHANNELS_SIGNATURES_H_

#include <cstdint>
#include <string_view>

namespace tanya::channels {

// Telegram: the X-Telegram-Bot-Api-Secret-Token header equals the secret.
bool verify_secret_token(std::string_view secret, std::string_view header);

// Meta (WhatsApp, Messenger): X-Hub-Signature-256 is
// "sha256=" + hex(HMAC-SHA256(app_secret, body)).
bool verify_hub_signature(std::string_view app_secret, std::string_view body,
                          std::string_view header);

// Slack: X-Slack-Signature is "v0=" + hex(HMAC-SHA256(signing_secret,
// "v0:" + timestamp + ":" + body)), and the X-Slack-Request-Timestamp is within
// `tolerance_s` of now_s in either direction (a replayed request fails).
bool verify_slack_signature(std::string_view signing_secret, std::string_view timestamp,
                            std::string_view body, std::string_view header, int64_t now_s,
                            int64_t tolerance_s = 300);

// LINE: x-line-signature is base64(HMAC-SHA256(channel_secret, body)).
bool verify_line_signature(std::string_view channel_secret, std::string_view body,
                           std::string_view header);

// Generic JSON channel: "Authorization: Bearer <token>".
bool verify_bearer(std::string_view token, std::string_view authorization);

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_SIGNATURES_H_
