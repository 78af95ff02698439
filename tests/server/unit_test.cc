// Unit tests of the server's small parts: config parsing, the token bucket,
// the protocol codec and session ids.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "server/address_counter.h"
#include "server/message_clock.h"
#include "server/protocol.h"
#include "server/rate_limiter.h"
#include "server/server_config.h"
#include "server/session_id.h"

namespace tanya::server {
namespace {

using nlohmann::json;

TEST_CASE("config file overrides the defaults and rejects typos", "[server][config]") {
  ServerConfig config;
  std::string error;
  REQUIRE(
      parse_config(R"({"port": 0, "ws_message_max": 8192, "allowed_origins": ["https://a.example"],
                           "rate_per_second": 5, "rate_burst": 10, "idle_timeout_ms": 1500,
                           "permessage_deflate": true})",
                   &config, &error));
  CHECK(config.port == 0);
  CHECK(config.ws_message_max == 8192);
  CHECK(config.allowed_origins == std::vector<std::string>{"https://a.example"});
  CHECK(config.rate_per_second == 5);
  CHECK(config.idle_timeout == std::chrono::milliseconds(1500));
  CHECK(config.permessage_deflate);
  CHECK(config.host == "127.0.0.1");  // untouched

  ServerConfig before = config;
  CHECK_FALSE(parse_config(R"({"prot": 1})", &config, &error));
  CHECK(error.find("prot") != std::string::npos);
  CHECK_FALSE(parse_config(R"({"port": "80"})", &config, &error));
  CHECK_FALSE(parse_config(R"({"port": 70000})", &config, &error));
  CHECK_FALSE(parse_config(R"({"threads": 0})", &config, &error));
  CHECK_FALSE(parse_config(R"({"port": 1, "ws_message_max": -1})", &config, &error));
  CHECK_FALSE(parse_config("[1]", &config, &error));
  CHECK_FALSE(parse_config("{", &config, &error));
  CHECK(config.port == before.port);  // all or nothing
  CHECK_FALSE(load_config_file("/nonexistent/tanya.json", &config, &error));
}

TEST_CASE("token bucket allows a burst, then the refill rate", "[server][rate]") {
  using Clock = TokenBucket::Clock;
  auto t0 = Clock::now();
  TokenBucket bucket(2.0, 3.0, t0);
  CHECK(bucket.try_take(t0));
  CHECK(bucket.try_take(t0));
  CHECK(bucket.try_take(t0));
  CHECK_FALSE(bucket.try_take(t0));
  CHECK_FALSE(bucket.try_take(t0 + std::chrono::milliseconds(400)));  // 0.8 tokens
  CHECK(bucket.try_take(t0 + std::chrono::milliseconds(600)));        // 1.2 tokens
  // Refill is capped at the burst size.
  auto later = t0 + std::chrono::seconds(100);
  int taken = 0;
  while (bucket.try_take(later)) ++taken;
  CHECK(taken == 3);

  TokenBucket off(0, 0, t0);
  for (int i = 0; i < 1000; ++i) REQUIRE(off.try_take(t0));
}

TEST_CASE("the message clock times data messages, not control frames", "[server][clock]") {
  MessageClock clock;
  CHECK_FALSE(clock.in_progress());
  // A pong (2-byte header, 4-byte mask, 4-byte payload) read alone.
  CHECK(clock.on_bytes(10));
  CHECK(clock.on_control_frame(4));
  CHECK_FALSE(clock.in_progress());
  // A message trickles in: only its first byte starts the timer.
  CHECK(clock.on_bytes(3));
  const uint64_t first = clock.message();
  CHECK_FALSE(clock.on_bytes(1));
  // A ping between its fragments does not clear it.
  CHECK_FALSE(clock.on_bytes(6));
  CHECK_FALSE(clock.on_control_frame(0));
  CHECK(clock.in_progress());
  CHECK(clock.message() == first);
  clock.on_message();
  CHECK_FALSE(clock.in_progress());
  // The next one is another message.
  CHECK(clock.on_bytes(1));
  CHECK(clock.message() == first + 1);
  CHECK_FALSE(clock.on_bytes(0));
}

TEST_CASE("the address counter caps each address and forgets released ones", "[server][address]") {
  AddressCounter counter(2);
  auto a = counter.acquire("198.51.100.2");
  auto b = counter.acquire("198.51.100.2");
  REQUIRE(a);
  REQUIRE(b);
  CHECK_FALSE(counter.acquire("198.51.100.2"));
  CHECK(counter.acquire("198.51.100.3"));  // released at once: a temporary
  CHECK(counter.open("198.51.100.3") == 0);
  CHECK(counter.open("198.51.100.2") == 2);
  AddressCounter::Lease moved = std::move(*a);
  CHECK(counter.open("198.51.100.2") == 2);  // a move is not a release
  moved = AddressCounter::Lease();
  CHECK(counter.open("198.51.100.2") == 1);
  CHECK(counter.acquire("198.51.100.2"));
  b.reset();
  CHECK(counter.open("198.51.100.2") == 0);

  AddressCounter uncapped(0);
  std::vector<AddressCounter::Lease> many;
  for (int i = 0; i < 1000; ++i) many.push_back(std::move(*uncapped.acquire("198.51.100.2")));
  CHECK(uncapped.open("198.51.100.2") == 0);
}

TEST_CASE("client messages are parsed without throwing", "[server][protocol]") {
  auto ask = parse_client_message(R"({"type":"ask","id":"c1","text":"Apa itu?"})");
  CHECK(ask.type == ClientMessage::Type::kAsk);
  CHECK(ask.id == "c1");
  CHECK(ask.text == "Apa itu?");

  auto numeric_id = parse_client_message(R"({"type":"ping","id":7})");
  CHECK(numeric_id.type == ClientMessage::Type::kPing);
  CHECK(numeric_id.id == 7);

  auto object_id = parse_client_message(R"({"type":"ping","id":{"x":1}})");
  CHECK(object_id.id.is_null());

  CHECK(parse_client_message("not json").error == "invalid_json");
  CHECK(parse_client_message("[1,2]").error == "invalid_json");
  CHECK(parse_client_message("").error == "invalid_json");
  CHECK(parse_client_message(R"({"type":"ask","text":"\ud800"})").error == "invalid_utf8");
  CHECK(parse_client_message(R"({"type":"ask","text":5})").error == "bad_request");
  CHECK(parse_client_message(R"({"type":"dance"})").type == ClientMessage::Type::kUnknown);
  CHECK(parse_client_message(R"({"id":"x"})").type == ClientMessage::Type::kUnknown);

  auto hello = parse_client_message(R"({"type":"hello","session":"abc"})");
  CHECK(hello.type == ClientMessage::Type::kHello);
  CHECK(hello.session == "abc");
}

TEST_CASE("server messages start with their type and survive invalid UTF-8", "[server][protocol]") {
  Answer answer;
  answer.text = "bad \xff byte";
  answer.found = true;
  std::string message = answer_message("c1", answer);
  CHECK(message.rfind(R"({"type":"answer","id":"c1",)", 0) == 0);
  json parsed = json::parse(message, nullptr, false);
  REQUIRE(parsed.is_object());
  CHECK(parsed["found"] == true);
  CHECK(parsed.contains("answer"));

  CHECK(pong_message(nullptr) == R"({"type":"pong"})");
  CHECK(json::parse(error_message("x", "rate_limited", "m"))["error"] == "rate_limited");
  json welcome = json::parse(welcome_message("s1", false, {"a", "b"}, "Judul"));
  CHECK(welcome["type"] == "welcome");
  CHECK(welcome["suggestions"].size() == 2);
}

TEST_CASE("session ids are random 128-bit hex", "[server][session]") {
  std::string a = new_session_id();
  std::string b = new_session_id();
  CHECK(a.size() == 32);
  CHECK(a != b);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(is_valid_session_id(a));
  CHECK_FALSE(is_valid_session_id("short"));
  CHECK_FALSE(is_valid_session_id("has space in it"));
  CHECK_FALSE(is_valid_session_id(std::string(65, 'a')));
}

}  // namespace
}  // namespace tanya::server
