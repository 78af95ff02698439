// Test support for the server tests: one Bot per test process, an
// in-process Server on port 0, and small Beast clients (WebSocket, HTTP, raw
// TCP) whose every operation has a timeout, so a broken server fails a test
// instead of hanging it.
#ifndef TANYA_TESTS_SERVER_SUPPORT_H_
#define TANYA_TESTS_SERVER_SUPPORT_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "bot/bot.h"
#include "server/server.h"
#include "server/server_config.h"

namespace tanya::server::testing {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using nlohmann::json;
using std::chrono::milliseconds;

// The Bot shared by all tests in the process (opened once, from the repo's
// corpus and bot data, with an index in the build directory).
Bot& test_bot();
std::string source_dir();
std::string temp_path(const std::string& name);

// Defaults for tests: port 0, no request log, no rate limit, short timeouts.
ServerConfig test_config();

// A Server started on port 0; stopped in the destructor.
class TestServer {
 public:
  explicit TestServer(ServerConfig config = test_config(), channels::Webhooks* webhooks = nullptr,
                      editor::QuestionLog* questions = nullptr);
  ~TestServer();
  Server& server() { return *server_; }
  uint16_t port() const { return port_; }

 private:
  std::unique_ptr<Server> server_;
  uint16_t port_ = 0;
};

// Polls `condition` every 5 ms until it holds or `timeout` passes.
template <typename Condition>
bool eventually(Condition condition, milliseconds timeout = milliseconds(2000));

// Not thread-safe; the methods that assert (connect_and_welcome, read_json,
// ask) must only be called from the test's main thread.
class WsClient {
 public:
  explicit WsClient(uint16_t port);
  ~WsClient();

  // Connects and handshakes on /ws. `origin`: Origin header (none if empty).
  // `receive_buffer` > 0 shrinks the socket's receive buffer (a slow reader).
  beast::error_code connect(const std::string& origin = "", bool offer_deflate = false,
                            int receive_buffer = 0);
  // Connects and reads the welcome message, which it returns.
  json connect_and_welcome();
  const websocket::response_type& handshake_response() const { return response_; }

  beast::error_code send(const std::string& text, bool binary = false);
  beast::error_code read(std::string* out, milliseconds timeout = milliseconds(3000));
  // Reads one message that must be JSON.
  json read_json(milliseconds timeout = milliseconds(3000));
  // Same without Catch2 assertions (for client threads): null on failure.
  json try_read_json(milliseconds timeout = milliseconds(3000));
  json ask(const std::string& id, const std::string& text);
  void close();

  websocket::close_reason close_reason() const { return ws_.reason(); }
  int pings_received() const { return pings_; }
  websocket::stream<beast::tcp_stream>& stream() { return ws_; }

 private:
  template <typename Start>
  beast::error_code run(Start start, milliseconds timeout);

  uint16_t port_;
  net::io_context ioc_;
  websocket::stream<beast::tcp_stream> ws_;
  beast::flat_buffer buffer_;
  websocket::response_type response_;
  int pings_ = 0;
};

struct HttpHeader {
  HttpHeader(http::field field, std::string v)
      : name(http::to_string(field)), value(std::move(v)) {}
  HttpHeader(std::string n, std::string v) : name(std::move(n)), value(std::move(v)) {}
  std::string name;
  std::string value;
};

// One request on a fresh connection; status 0 if it failed.
http::response<http::string_body> http_request(uint16_t port, http::verb verb,
                                               const std::string& target,
                                               const std::string& body = "",
                                               const std::vector<HttpHeader>& headers = {});

// A plain TCP client for malformed and slow requests.
class RawClient {
 public:
  explicit RawClient(uint16_t port);
  beast::error_code write(const std::string& bytes);
  // Reads whatever arrives within `timeout`; returns the error that ended
  // the read (eof when the server closed), or timeout.
  beast::error_code read_some(std::string* out, milliseconds timeout);
  // True if the server closes the connection within `timeout`.
  bool closed_within(milliseconds timeout);

 private:
  net::io_context ioc_;
  net::ip::tcp::socket socket_;
};

template <typename Condition>
bool eventually(Condition condition, milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(milliseconds(5));
  }
  return true;
}

}  // namespace tanya::server::testing

#endif  // TANYA_TESTS_SERVER_SUPPORT_H_
