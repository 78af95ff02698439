// HMAC-SHA256 and the encodings the platforms sign with (lowercase hex for
// Meta and Slack, base64 for LINE), plus the constant-time comparison every
// verifier must use so that a forger cannot learn a signature byte by byte
// from response times.
#ifndef TANYA_CHANNELS_HMAC_H_
#define TANYA_CHANNELS_HMAC_H_

#include <optional>
#include <string>
#include <string_view>

namespace tanya::channels {

// The 32 raw bytes of HMAC-SHA256(key, message).
std::string hmac_sha256(std::string_view key, std::string_view message);

// Lowercase hexadecimal of `bytes`.
std::string to_hex(std::string_view bytes);

// Standard base64 (RFC 4648, with '=' padding) of `bytes`.
std::string base64_encode(std::string_view bytes);

// Decodes standard base64; nullopt when `text` is not valid base64.
std::optional<std::string> base64_decode(std::string_view text);

// True when a and b are the same bytes. The time taken depends only on the
// lengths (a length mismatch returns false at once: lengths are not secret).
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_HMAC_H_
