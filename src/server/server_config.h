// Server settings: every limit, timeout and policy of `tanya serve` in one
// value type. Defaults are safe for a public deployment; a JSON file given
// with --config overrides any subset of them (see docs/server.md).
#ifndef TANYA_SERVER_SERVER_CONFIG_H_
#define TANYA_SERVER_SERVER_CONFIG_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tanya::server {

// The HTML pages served by path ("/", "/a/<id>"); web::render_site makes them.
using Pages = std::map<std::string, std::string, std::less<>>;

struct ServerConfig {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0 picks a free port
  int threads = 1;       // I/O threads; each connection stays on one strand
  int core_threads = 1;  // threads that run Bot::ask and webhooks; 0 = inline on the I/O thread
  // Threads that check webhook signatures and parse payloads, apart from the
  // core so that forged deliveries never wait in front of answers; 0 =
  // inline on the I/O thread.
  int webhook_check_threads = 1;

  // Connections
  size_t max_connections = 10000;  // open TCP connections (HTTP and WebSocket); 503 beyond
  // Open connections per client address (the TCP peer; with --trust-proxy,
  // WebSockets by the forwarded address): 503 beyond; 0 = no cap. A school
  // behind one NAT address is a few hundred readers at most.
  size_t max_connections_per_address = 256;
  std::vector<std::string> allowed_origins;  // Origin values allowed for WebSocket and CORS;
                                             // "*" allows any. Same-origin is always allowed.

  // HTTP
  size_t http_header_limit = 8 * 1024;  // 431 beyond
  size_t http_body_limit = 64 * 1024;   // 413 beyond
  // Webhook deliveries are larger: Meta batches notifications up to a few MB.
  size_t webhook_body_limit = 4 * 1024 * 1024;
  std::chrono::milliseconds http_timeout{
      15000};  // whole request (slow loris) and each response write

  // WebSocket
  size_t ws_message_max = 4 * 1024;  // larger messages close the connection with 1009
  std::chrono::milliseconds handshake_timeout{
      10000};                                     // upgrade request, WebSocket handshake, close
  std::chrono::milliseconds idle_timeout{60000};  // a ping after half of it, closed after all of it
  // From a message's first byte to its last; a message trickled in more
  // slowly closes the connection (the idle timeout counts any byte as life).
  std::chrono::milliseconds ws_message_timeout{10000};
  size_t ws_write_queue_max = 1024 * 1024;  // bytes queued for a slow reader; 1008 beyond
  size_t ws_pending_asks_max = 16;          // questions queued per connection; rate_limited beyond
  bool permessage_deflate = false;          // costs ~170 KB per connection when on

  // Rate limit per connection (token bucket), for WebSocket messages and /api/ask.
  double rate_per_second = 10;  // refill rate; <= 0 disables the limit
  double rate_burst = 20;       // bucket size

  // Rate limit per client address for webhook deliveries (platforms send
  // from a few addresses, in bursts; a 429 makes them retry later).
  double webhook_rate_per_second = 50;  // <= 0 disables the limit
  double webhook_rate_burst = 200;

  // Shutdown: how long in-flight answers and close handshakes may take.
  std::chrono::milliseconds shutdown_grace{4000};

  // The editor's admin page (/admin, server/admin.h): on when a token is
  // set (TANYA_ADMIN_TOKEN, never the config file); curated answers are
  // written into corpus_dir. Set by `tanya serve`.
  std::string admin_token;
  std::string corpus_dir;

  bool log_requests = true;  // one JSON line per HTTP request / WebSocket connection event
  // Behind a reverse proxy (`--trust-proxy`): log the reader's address from
  // X-Forwarded-For / X-Real-IP as "client". Off by default, since a client
  // connecting directly could write anything in those headers.
  bool trust_proxy = false;
};

// Overrides `*config` with the fields present in the JSON file at `path`.
// Returns false and sets *error on an unreadable file, malformed JSON, an
// unknown key or a value of the wrong type or range, so typos are not
// silently ignored.
bool load_config_file(const std::string& path, ServerConfig* config, std::string* error);

// Same, from JSON text (for tests).
bool parse_config(const std::string& json_text, ServerConfig* config, std::string* error);

}  // namespace tanya::server

#endif  // TANYA_SERVER_SERVER_CONFIG_H_
