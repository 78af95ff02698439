#include "support.h"

#include <catch2/catch.hpp>
#include <mutex>

#include "bot/runtime.h"

namespace tanya::server::testing {

using net::ip::tcp;

std::string source_dir() {
  return TANYA_SOURCE_DIR;
}
std::string temp_path(const std::string& name) {
  return std::string(TANYA_TEST_TMP) + "/" + name;
}

Bot& test_bot() {
  static std::unique_ptr<Bot> bot = [] {
    RuntimeOptions options;
    options.corpus_dir = source_dir() + "/corpus";
    options.bot_dir = source_dir() + "/bot";
    options.index_path = temp_path("server_test_index.db");
    std::string error;
    auto opened = open_runtime(options, &error);
    if (!opened) FAIL("cannot open the bot: " << error);
    return opened;
  }();
  return *bot;
}

ServerConfig test_config() {
  ServerConfig config;
  config.port = 0;
  config.log_requests = false;
  config.rate_per_second = 0;
  config.http_timeout = milliseconds(2000);
  config.handshake_timeout = milliseconds(2000);
  config.idle_timeout = milliseconds(20000);
  config.shutdown_grace = milliseconds(2000);
  return config;
}

TestServer::TestServer(ServerConfig config, channels::Webhooks* webhooks,
                       editor::QuestionLog* questions)
    : server_(std::make_unique<Server>(
          test_bot(), std::move(config),
          Pages{{"/", "<!doctype html><p>demo</p>"}, {"/a/demo", "<!doctype html><p>article</p>"}},
          webhooks, questions)) {
  std::string error;
  port_ = server_->start(&error);
  REQUIRE(port_ != 0);
}

TestServer::~TestServer() {
  server_->stop();
}

WsClient::WsClient(uint16_t port) : port_(port), ws_(ioc_) {
  ws_.control_callback([this](websocket::frame_type kind, beast::string_view) {
    if (kind == websocket::frame_type::ping) ++pings_;
  });
}

WsClient::~WsClient() {
  beast::error_code ec;
  beast::get_lowest_layer(ws_).socket().close(ec);
}

template <typename Start>
beast::error_code WsClient::run(Start start, milliseconds timeout) {
  bool done = false;
  beast::error_code result;
  start([&](beast::error_code ec, auto&&...) {
    done = true;
    result = ec;
  });
  ioc_.restart();
  ioc_.run_for(timeout);
  if (!done) {
    beast::get_lowest_layer(ws_).cancel();
    ioc_.restart();
    ioc_.run_for(milliseconds(1000));
    return beast::error::timeout;
  }
  return result;
}

beast::error_code WsClient::connect(const std::string& origin, bool offer_deflate,
                                    int receive_buffer) {
  tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port_);
  if (receive_buffer > 0) {
    auto& socket = beast::get_lowest_layer(ws_).socket();
    socket.open(tcp::v4());
    socket.set_option(net::socket_base::receive_buffer_size(receive_buffer));
  }
  auto ec =
      run([&](auto handler) { beast::get_lowest_layer(ws_).async_connect(endpoint, handler); },
          milliseconds(3000));
  if (ec) return ec;
  if (!origin.empty()) {
    ws_.set_option(websocket::stream_base::decorator(
        [origin](websocket::request_type& request) { request.set(http::field::origin, origin); }));
  }
  if (offer_deflate) {
    websocket::permessage_deflate deflate;
    deflate.client_enable = true;
    ws_.set_option(deflate);
  }
  std::string host = "127.0.0.1:" + std::to_string(port_);
  return run([&](auto handler) { ws_.async_handshake(response_, host, "/ws", handler); },
             milliseconds(3000));
}

json WsClient::connect_and_welcome() {
  auto ec = connect();
  REQUIRE_FALSE(ec);
  json welcome = read_json();
  REQUIRE(welcome.value("type", "") == "welcome");
  return welcome;
}

beast::error_code WsClient::send(const std::string& text, bool binary) {
  ws_.binary(binary);
  return run([&](auto handler) { ws_.async_write(net::buffer(text), handler); },
             milliseconds(3000));
}

beast::error_code WsClient::read(std::string* out, milliseconds timeout) {
  buffer_.consume(buffer_.size());
  auto ec = run([&](auto handler) { ws_.async_read(buffer_, handler); }, timeout);
  if (!ec) *out = beast::buffers_to_string(buffer_.data());
  return ec;
}

json WsClient::read_json(milliseconds timeout) {
  std::string text;
  auto ec = read(&text, timeout);
  INFO("read error: " << ec.message());
  REQUIRE_FALSE(ec);
  json message = json::parse(text, nullptr, false);
  INFO("message: " << text);
  REQUIRE(message.is_object());
  return message;
}

json WsClient::try_read_json(milliseconds timeout) {
  std::string text;
  if (read(&text, timeout)) return nullptr;
  json message = json::parse(text, nullptr, false);
  return message.is_discarded() ? json(nullptr) : message;
}

json WsClient::ask(const std::string& id, const std::string& text) {
  REQUIRE_FALSE(send(json{{"type", "ask"}, {"id", id}, {"text", text}}.dump()));
  return read_json();
}

void WsClient::close() {
  run([&](auto handler) { ws_.async_close(websocket::close_code::normal, handler); },
      milliseconds(2000));
}

http::response<http::string_body> http_request(uint16_t port, http::verb verb,
                                               const std::string& target, const std::string& body,
                                               const std::vector<HttpHeader>& headers) {
  net::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(std::chrono::seconds(5));
  http::request<http::string_body> request{verb, target, 11};
  request.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  for (const auto& h : headers) request.set(h.name, h.value);
  if (!body.empty() || verb == http::verb::post) {
    request.body() = body;
    request.prepare_payload();
  }
  http::response_parser<http::string_body> parser;
  parser.body_limit(16 * 1024 * 1024);
  parser.skip(verb == http::verb::head);  // a HEAD response announces a body it does not send
  beast::flat_buffer buffer;
  beast::error_code result;
  stream.async_connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port),
                       [&](beast::error_code ec) {
                         if (ec) {
                           result = ec;
                           return;
                         }
                         http::async_write(stream, request, [&](beast::error_code wec, size_t) {
                           if (wec) {
                             result = wec;
                             return;
                           }
                           http::async_read(stream, buffer, parser,
                                            [&](beast::error_code rec, size_t) { result = rec; });
                         });
                       });
  ioc.run();
  http::response<http::string_body> response = parser.release();
  if (result) response.result(0);
  return response;
}

RawClient::RawClient(uint16_t port) : socket_(ioc_) {
  socket_.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
}

beast::error_code RawClient::write(const std::string& bytes) {
  beast::error_code ec;
  net::write(socket_, net::buffer(bytes), ec);
  return ec;
}

beast::error_code RawClient::read_some(std::string* out, milliseconds timeout) {
  bool done = false;
  beast::error_code result;
  char data[4096];
  std::function<void(beast::error_code, size_t)> on_read = [&](beast::error_code ec, size_t n) {
    out->append(data, n);
    if (ec) {
      done = true;
      result = ec;
      return;
    }
    socket_.async_read_some(net::buffer(data), on_read);
  };
  socket_.async_read_some(net::buffer(data), on_read);
  ioc_.restart();
  ioc_.run_for(timeout);
  if (!done) {
    socket_.cancel();
    ioc_.restart();
    ioc_.run();
    return beast::error::timeout;
  }
  return result;
}

bool RawClient::closed_within(milliseconds timeout) {
  std::string ignored;
  auto ec = read_some(&ignored, timeout);
  return ec == net::error::eof || ec == net::error::connection_reset;
}

}  // namespace tanya::server::testing
