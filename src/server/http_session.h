// One HTTP/1.1 connection: reads a request (bounded in header size, body
// size and time), routes it, writes the response, and repeats while the
// client keeps the connection alive. A WebSocket upgrade on /ws hands the
// socket to a WebSocketSession. Requests are handled one at a time on the
// connection's strand; slow work (Bot::ask, webhooks) runs on the core pool.
//
// Routes: GET / (demo page), /widget.js, /widget.css, /healthz, /readyz,
// /metrics; POST /api/ask and /api/feedback (+ CORS preflight); GET /ws
// (upgrade); /admin (server/admin.h); and every path the webhooks module
// owns().
#ifndef TANYA_SERVER_HTTP_SESSION_H_
#define TANYA_SERVER_HTTP_SESSION_H_

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "server/rate_limiter.h"
#include "server/server_state.h"

namespace tanya::server {

class HttpSession : public Connection, public std::enable_shared_from_this<HttpSession> {
 public:
  // `over_capacity`: the server is at max_connections, or the peer at its
  // cap; the session reads one request and answers it with 503. `lease`
  // counts the connection against its peer's address (empty with
  // --trust-proxy, where the peer is the proxy).
  HttpSession(boost::asio::ip::tcp::socket&& socket, ServerState& state, bool over_capacity,
              AddressCounter::Lease lease);
  ~HttpSession() override;

  void run();
  void shutdown() override;

 private:
  using Request = boost::beast::http::request<boost::beast::http::string_body>;
  using Response = boost::beast::http::response<boost::beast::http::string_body>;
  using Clock = std::chrono::steady_clock;

  void do_read();
  void on_header(boost::beast::error_code ec, size_t bytes);
  void on_read(boost::beast::error_code ec, size_t bytes);
  void route(Request&& request);
  void upgrade(Request&& request);
  // The JSON object of an /api/ POST, after the connection's rate limit;
  // nullopt when the error response was sent instead.
  std::optional<nlohmann::json> api_body(const Request& request);
  void api_error(const Request& request, boost::beast::http::status status, std::string_view code);
  void api_ask(const Request& request);
  void api_feedback(const Request& request);
  void admin(const Request& request);
  void webhook(const Request& request);
  void serve_asset(const Request& request, std::string_view path);
  // Answers without a request (parse errors): always closes afterwards.
  void fail_request(boost::beast::http::status status, std::string_view code);
  void send(Response&& response, bool keep_alive);
  void on_write(bool close, boost::beast::error_code ec, size_t bytes);
  void do_close();

  Response json_response(boost::beast::http::status status, std::string body) const;
  Response error_response(boost::beast::http::status status, std::string_view code) const;
  void add_cors(const Request& request, Response& response) const;

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  ServerState& state_;
  std::string remote_;
  const bool over_capacity_;
  AddressCounter::Lease lease_;  // moves to the WebSocket session on upgrade
  uint64_t id_ = 0;
  TokenBucket bucket_;
  std::shared_ptr<Response> response_;  // kept alive while it is written
  unsigned version_ = 11;               // of the request being answered
  bool busy_ = false;                   // a request is being handled or answered
  bool unserved_ = false;               // the request is for a webhook channel that is not set up
  bool draining_ = false;               // shutting down: close after this response
  // For the log line of the request being answered.
  std::string method_;
  std::string path_;
  // With --trust-proxy: the reader's address (forwarded.h), or the peer's.
  std::string client_;
  std::string peer_address_;  // without the port; set only with --trust-proxy
  Clock::time_point started_;
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_HTTP_SESSION_H_
