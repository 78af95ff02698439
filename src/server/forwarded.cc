#include "server/forwarded.h"

#include <boost/asio/ip/address.hpp>
#include <utility>

namespace tanya::server {

std::optional<std::string> parse_forwarded_address(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return std::nullopt;
  text = text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
  if (text.size() > kMaxForwardedAddress) return std::nullopt;
  boost::system::error_code ec;
  auto address = boost::asio::ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  // Logged as the parsed address prints itself, never as the client sent it.
  return address.to_string();
}

std::string forwarded_client(std::string_view x_forwarded_for, std::string_view x_real_ip,
                             std::string peer) {
  // Right-most, not left-most: each proxy appends the address it accepted
  // the connection from, so only the last entry was written by our proxy.
  // Everything to its left came from the client and can be anything it
  // likes ("X-Forwarded-For: 1.2.3.4" costs nothing to send).
  if (!x_forwarded_for.empty()) {
    const size_t comma = x_forwarded_for.rfind(',');
    auto last = x_forwarded_for.substr(comma == std::string_view::npos ? 0 : comma + 1);
    if (auto address = parse_forwarded_address(last)) return *address;
  }
  if (!x_real_ip.empty()) {
    if (auto address = parse_forwarded_address(x_real_ip)) return *address;
  }
  return peer;
}

}  // namespace tanya::server
