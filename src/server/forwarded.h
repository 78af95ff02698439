// The reader's address behind a reverse proxy (`tanya serve --trust-proxy`),
// for the log only: nothing else in the server depends on it. Behind nginx
// every peer is 127.0.0.1; nginx passes the address it accepted the
// connection from in X-Forwarded-For (and X-Real-IP). Thread-safe.
#ifndef TANYA_SERVER_FORWARDED_H_
#define TANYA_SERVER_FORWARDED_H_

#include <optional>
#include <string>
#include <string_view>

namespace tanya::server {

// Longest address text accepted from a header (an IPv6 address with a zone
// id is well under it); anything longer is not an address.
inline constexpr size_t kMaxForwardedAddress = 64;

// `text` (spaces and tabs around it ignored) as an IPv4 or IPv6 address in
// its canonical form, or nullopt when it is not one or is too long.
std::optional<std::string> parse_forwarded_address(std::string_view text);

// The client a trusted proxy says it forwarded the request for: the
// right-most address of `x_forwarded_for` if it is one, else `x_real_ip` if
// it is one, else `peer` (the TCP peer's address). Empty header values count
// as absent.
std::string forwarded_client(std::string_view x_forwarded_for, std::string_view x_real_ip,
                             std::string peer);

}  // namespace tanya::server

#endif  // TANYA_SERVER_FORWARDED_H_
