// Limits and hostile clients: oversized messages, rate limit, connection
// cap, origins, HTTP header/body limits, slow loris, dead peers, deflate.
#include <catch2/catch.hpp>

#include "server/metrics.h"
#include "support.h"

namespace tanya::server::testing {
namespace {

TEST_CASE("an oversized WebSocket message closes the connection with 1009", "[server][limits]") {
  ServerConfig config = test_config();
  config.ws_message_max = 4096;
  TestServer server(config);
  WsClient client(server.port());
  client.connect_and_welcome();
  // Just under the limit is fine (and answered with an error, not a close).
  REQUIRE_FALSE(client.send(json{{"type", "ask"}, {"text", std::string(4000, 'a')}}.dump()));
  CHECK(client.read_json()["error"] == "too_long");

  REQUIRE_FALSE(client.send(std::string(4097, 'a')));
  std::string ignored;
  CHECK(client.read(&ignored) == websocket::error::closed);
  CHECK(client.close_reason().code == websocket::close_code::too_big);
  CHECK(
      eventually([&] { return server.server().metrics().rejected(Reject::kMessageTooBig) == 1; }));
}

TEST_CASE("the per-connection rate limit answers rate_limited", "[server][limits]") {
  ServerConfig config = test_config();
  config.rate_per_second = 1;
  config.rate_burst = 3;
  TestServer server(config);
  WsClient client(server.port());
  client.connect_and_welcome();
  for (int i = 0; i < 5; ++i) REQUIRE_FALSE(client.send(json{{"type", "ping"}, {"id", i}}.dump()));
  int pongs = 0, limited = 0;
  for (int i = 0; i < 5; ++i) {
    json reply = client.read_json();
    if (reply["type"] == "pong") ++pongs;
    if (reply["type"] == "error" && reply["error"] == "rate_limited") {
      ++limited;
      CHECK(reply["id"] == i);
    }
  }
  CHECK(pongs == 3);
  CHECK(limited == 2);

  // Another connection has its own bucket.
  WsClient other(server.port());
  other.connect_and_welcome();
  REQUIRE_FALSE(other.send(R"({"type":"ping"})"));
  CHECK(other.read_json()["type"] == "pong");
}

TEST_CASE("connections beyond the maximum get 503", "[server][limits]") {
  ServerConfig config = test_config();
  config.max_connections = 2;
  TestServer server(config);
  auto a = std::make_unique<WsClient>(server.port());
  a->connect_and_welcome();
  WsClient b(server.port());
  b.connect_and_welcome();

  WsClient c(server.port());
  CHECK(c.connect() == websocket::error::upgrade_declined);
  CHECK(c.handshake_response().result() == http::status::service_unavailable);
  CHECK(http_request(server.port(), http::verb::get, "/healthz").result() ==
        http::status::service_unavailable);
  CHECK(eventually(
      [&] { return server.server().metrics().rejected(Reject::kTooManyConnections) == 2; }));

  a->close();
  a.reset();
  REQUIRE(eventually([&] { return server.server().connections() < 2; }));
  WsClient d(server.port());
  d.connect_and_welcome();
}

TEST_CASE("a WebSocket Origin outside the configured list is refused with 403",
          "[server][limits]") {
  ServerConfig config = test_config();
  config.allowed_origins = {"https://blog.example"};
  TestServer server(config);
  WsClient evil(server.port());
  CHECK(evil.connect("https://evil.example") == websocket::error::upgrade_declined);
  CHECK(evil.handshake_response().result() == http::status::forbidden);

  WsClient listed(server.port());
  CHECK_FALSE(listed.connect("https://blog.example"));
  WsClient same_origin(server.port());
  CHECK_FALSE(same_origin.connect("http://127.0.0.1:" + std::to_string(server.port())));
  WsClient no_origin(server.port());  // not a browser
  CHECK_FALSE(no_origin.connect());
  CHECK(eventually([&] { return server.server().metrics().rejected(Reject::kOrigin) == 1; }));
}

TEST_CASE("permessage-deflate is negotiated only when configured", "[server][limits]") {
  {
    TestServer server;
    WsClient client(server.port());
    REQUIRE_FALSE(client.connect("", /*offer_deflate=*/true));
    CHECK(client.handshake_response()[http::field::sec_websocket_extensions].empty());
  }
  ServerConfig config = test_config();
  config.permessage_deflate = true;
  TestServer server(config);
  WsClient client(server.port());
  REQUIRE_FALSE(client.connect("", /*offer_deflate=*/true));
  CHECK(client.handshake_response()[http::field::sec_websocket_extensions].starts_with(
      "permessage-deflate"));
  CHECK(client.read_json()["type"] == "welcome");
}

TEST_CASE("HTTP header and body limits", "[server][limits]") {
  ServerConfig config = test_config();
  config.http_header_limit = 1024;
  config.http_body_limit = 1024;
  TestServer server(config);
  auto big_body = http_request(server.port(), http::verb::post, "/api/ask",
                               json{{"text", std::string(2000, 'a')}}.dump());
  CHECK(big_body.result() == http::status::payload_too_large);
  // Webhook deliveries have their own, larger limit (Meta batches events):
  // the same body reaches the webhooks module, which has no channel on here.
  auto webhook = http_request(server.port(), http::verb::post, "/webhook/whatsapp",
                              json{{"text", std::string(2000, 'a')}}.dump());
  CHECK(webhook.result() == http::status::not_found);
  auto big_header = http_request(server.port(), http::verb::get, "/healthz", "",
                                 {{http::field::user_agent, std::string(2000, 'u')}});
  CHECK(big_header.result() == http::status::request_header_fields_too_large);
  CHECK(http_request(server.port(), http::verb::get, "/healthz").result() == http::status::ok);
}

TEST_CASE("slow-loris and silent clients are dropped after the request timeout",
          "[server][limits]") {
  ServerConfig config = test_config();
  config.http_timeout = milliseconds(300);
  TestServer server(config);

  RawClient silent(server.port());
  auto start = std::chrono::steady_clock::now();
  CHECK(silent.closed_within(milliseconds(2000)));
  CHECK(std::chrono::steady_clock::now() - start < milliseconds(1500));

  // One header byte every 50 ms: never completes a request.
  RawClient loris(server.port());
  std::string request =
      "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  start = std::chrono::steady_clock::now();
  bool dropped = false;
  for (size_t i = 0; i < request.size() && !dropped; ++i) {
    if (loris.write(request.substr(i, 1))) {
      dropped = true;
      break;
    }
    std::string out;
    auto ec = loris.read_some(&out, milliseconds(50));
    dropped = ec == net::error::eof || ec == net::error::connection_reset;
  }
  CHECK(dropped);
  CHECK(std::chrono::steady_clock::now() - start < milliseconds(1000));
  // The client sees the close before the server's handler has counted it:
  // wait for the count, not for a time.
  CHECK(eventually([&] { return server.server().metrics().rejected(Reject::kTimeout) >= 2; }));
}

TEST_CASE("a client that does not read its replies is dropped", "[server][limits]") {
  ServerConfig config = test_config();
  config.ws_write_queue_max = 16 * 1024;
  TestServer server(config);
  WsClient slow(server.port());
  REQUIRE_FALSE(slow.connect("", false, /*receive_buffer=*/4096));
  // Never read: replies pile up in the kernel buffers, then in the queue.
  std::string ask = R"({"type":"ask","id":"q","text":"Apa itu kerja sama bilateral?"})";
  for (int i = 0; i < 5000; ++i) {
    if (slow.send(ask)) break;  // the server hung up
    if (server.server().metrics().rejected(Reject::kSlowConsumer) > 0) break;
  }
  CHECK(eventually([&] { return server.server().metrics().rejected(Reject::kSlowConsumer) == 1; }));
  CHECK(eventually(
      [&] { return server.server().metrics().open_connections(ConnectionKind::kWebSocket) == 0; }));
}

TEST_CASE("idle WebSockets get pings; dead peers are closed", "[server][limits]") {
  ServerConfig config = test_config();
  config.idle_timeout = milliseconds(400);
  TestServer server(config);

  WsClient dead(server.port());
  dead.connect_and_welcome();  // then never reads again: pings go unanswered

  WsClient alive(server.port());
  alive.connect_and_welcome();
  std::string message;
  // Reading for 1.2 s answers the server's pings (Beast does it inside read).
  CHECK(alive.read(&message, milliseconds(1200)) == beast::error::timeout);
  CHECK(alive.pings_received() >= 1);

  CHECK(eventually(
      [&] { return server.server().metrics().open_connections(ConnectionKind::kWebSocket) == 1; }));
  CHECK(eventually([&] { return server.server().metrics().rejected(Reject::kTimeout) >= 1; }));
}

// A WebSocket upgrade by hand, with `headers` ("Name: value\r\n" each);
// returns the status line of the reply, and on 101 waits for the welcome.
std::string raw_upgrade(RawClient& client, const std::string& headers = "") {
  REQUIRE_FALSE(
      client.write("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
                   headers + "\r\n"));
  std::string reply;
  for (;;) {
    auto ec = client.read_some(&reply, milliseconds(100));
    if (reply.find("welcome") != std::string::npos) break;
    if (reply.find("\r\n\r\n") != std::string::npos && reply.find(" 101 ") == std::string::npos) {
      break;  // refused
    }
    REQUIRE(ec == beast::error::timeout);  // not closed before a reply
  }
  return reply.substr(0, reply.find("\r\n"));
}

// A WebSocket handshake by hand, for a client that then writes raw frames.
void raw_websocket(RawClient& client) {
  REQUIRE(raw_upgrade(client).rfind("HTTP/1.1 101", 0) == 0);
}

TEST_CASE("one address may hold only so many connections", "[server][limits]") {
  ServerConfig config = test_config();
  config.max_connections_per_address = 2;
  TestServer server(config);
  auto first = std::make_unique<WsClient>(server.port());
  first->connect_and_welcome();
  WsClient second(server.port());
  second.connect_and_welcome();
  // Both slots of 127.0.0.1 are taken: even a plain request is refused.
  auto refused = http_request(server.port(), http::verb::get, "/healthz");
  CHECK(refused.result() == http::status::service_unavailable);
  CHECK(refused.body().find("too_many_connections") != std::string::npos);
  // A slot given back is free again.
  first.reset();
  CHECK(eventually([&] {
    return http_request(server.port(), http::verb::get, "/healthz").result() == http::status::ok;
  }));
}

TEST_CASE("behind a trusted proxy, WebSockets count by the forwarded address", "[server][limits]") {
  ServerConfig config = test_config();
  config.trust_proxy = true;
  config.max_connections_per_address = 1;
  TestServer server(config);
  RawClient a1(server.port());
  CHECK(raw_upgrade(a1, "X-Forwarded-For: 198.51.100.2\r\n") == "HTTP/1.1 101 Switching Protocols");
  RawClient a2(server.port());
  CHECK(raw_upgrade(a2, "X-Forwarded-For: 198.51.100.2\r\n") == "HTTP/1.1 503 Service Unavailable");
  // Another reader behind the same proxy, and plain requests, are not held back.
  RawClient b1(server.port());
  CHECK(raw_upgrade(b1, "X-Forwarded-For: 198.51.100.3\r\n") == "HTTP/1.1 101 Switching Protocols");
  CHECK(http_request(server.port(), http::verb::get, "/healthz").result() == http::status::ok);
  CHECK(server.server().metrics().rejected(Reject::kTooManyConnections) == 1);
}

TEST_CASE("a WebSocket message trickled in a byte at a time is cut off", "[server][limits]") {
  ServerConfig config = test_config();
  config.ws_message_timeout = milliseconds(400);
  TestServer server(config);
  RawClient trickle(server.port());
  raw_websocket(trickle);
  // A masked text frame announcing 4,000 bytes (mask 0: payload as is),
  // then one byte every 50 ms: each byte is life to the idle timeout.
  std::string header = {'\x81', '\xfe', '\x0f', '\xa0', 0, 0, 0, 0};
  REQUIRE_FALSE(trickle.write(header));
  bool dropped = false;
  for (int i = 0; i < 4000 && !dropped; ++i) {
    if (trickle.write("a")) break;
    std::string out;
    auto ec = trickle.read_some(&out, milliseconds(50));
    dropped = ec == net::error::eof || ec == net::error::connection_reset;
  }
  CHECK(dropped);
  CHECK(eventually([&] { return server.server().metrics().rejected(Reject::kTimeout) == 1; }));
}

TEST_CASE("answering pings is not a message in progress", "[server][limits]") {
  ServerConfig config = test_config();
  config.idle_timeout = milliseconds(200);  // a ping every 100 ms
  config.ws_message_timeout = milliseconds(300);
  TestServer server(config);
  WsClient alive(server.port());
  alive.connect_and_welcome();
  std::string message;
  // Reading answers the pings: several pongs arrive over three message timeouts.
  CHECK(alive.read(&message, milliseconds(1000)) == beast::error::timeout);
  CHECK(alive.pings_received() >= 3);
  CHECK(server.server().metrics().open_connections(ConnectionKind::kWebSocket) == 1);
  CHECK(server.server().metrics().rejected(Reject::kTimeout) == 0);
}

TEST_CASE("a delivery to a webhook channel that is not set up is refused from its header",
          "[server][limits]") {
  TestServer server(test_config());
  // A header that announces a body just under the webhook limit: the answer
  // comes without one byte of the body sent, and ends the connection.
  RawClient client(server.port());
  REQUIRE(
      !client.write("POST /webhook/telegram HTTP/1.1\r\nHost: x\r\n"
                    "Content-Type: application/json\r\nContent-Length: 4000000\r\n\r\n"));
  std::string reply;
  client.read_some(&reply, milliseconds(3000));
  INFO(reply);
  CHECK(reply.rfind("HTTP/1.1 404", 0) == 0);
  CHECK(reply.find("Connection: close") != std::string::npos);
}

}  // namespace
}  // namespace tanya::server::testing
