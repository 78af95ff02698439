// Outbound HTTPS POSTs to the platform APIs (Beast over OpenSSL), with a
// deadline on every step so that a stalled API cannot hold the outbox worker.
// Certificates are verified against the system store, with SNI and host name
// checks. Plain HTTP is refused except to a loopback host, which is what the
// tests' fake platform API uses: a misconfigured base URL cannot send tokens
// in clear text over the network.
#ifndef TANYA_CHANNELS_HTTP_CLIENT_H_
#define TANYA_CHANNELS_HTTP_CLIENT_H_

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tanya::channels {

struct Url {
  bool tls = true;
  std::string host;
  std::string port;    // "443" when absent
  std::string target;  // path and query, "/" when absent
};

// Parses "https://host[:port][/path]" (or "http://" to a loopback host).
// nullopt and *error for anything else.
std::optional<Url> parse_url(std::string_view url, std::string* error);

// "localhost", 127.0.0.0/8 or ::1.
bool is_loopback_host(std::string_view host);

struct HttpCall {
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;  // e.g. {"Authorization", "Bearer ..."}
  std::string body;
  std::string content_type = "application/json; charset=utf-8";
};

struct HttpResult {
  int status = 0;           // 0 when no response arrived (see error)
  std::string body;         // response body (up to 1 MiB)
  std::string retry_after;  // the Retry-After header, if any
  std::string error;        // network or TLS error, empty when a response arrived
};

class HttpClient {
 public:
  // `timeout` bounds each call as a whole (resolve, connect, TLS, write, read).
  // `extra_ca_pem` adds trusted CA certificates to the system's (for an API
  // gateway with a private CA, and for the tests' HTTPS server).
  explicit HttpClient(std::chrono::milliseconds timeout, const std::string& extra_ca_pem = {});
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Sends a POST and waits for the response. Thread-safe.
  HttpResult post(const HttpCall& call) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_HTTP_CLIENT_H_
