// The WebSocket chat protocol end to end: welcome, ask/answer, ping, hello
// (resume), per-connection context, and bad input that must not close the
// connection.
#include <catch2/catch.hpp>
#include <thread>

#include "server/metrics.h"
#include "support.h"

namespace tanya::server::testing {
namespace {

constexpr const char* kQuestion = "Apa itu kerja sama bilateral?";

void check_answer_fields(const json& answer, const std::string& id) {
  CHECK(answer["type"] == "answer");
  CHECK(answer["id"] == id);
  CHECK(answer["answer"].is_string());
  CHECK_FALSE(answer["answer"].get<std::string>().empty());
  CHECK(answer["found"].is_boolean());
  CHECK(answer["intent"].is_string());
  CHECK(answer["confidence"].is_number());
  CHECK(answer["sources"].is_array());
  CHECK(answer["suggestions"].is_array());
  CHECK(answer["items"].is_array());
}

TEST_CASE("a client gets a welcome, answers and pongs", "[server][ws]") {
  TestServer server;
  WsClient client(server.port());
  json welcome = client.connect_and_welcome();
  CHECK(welcome["session"].get<std::string>().size() == 32);
  CHECK(welcome["suggestions"].is_array());
  CHECK(welcome["resumed"] == false);
  // No permessage-deflate unless configured.
  CHECK(client.handshake_response()[http::field::sec_websocket_extensions].empty());

  json answer = client.ask("c1", kQuestion);
  check_answer_fields(answer, "c1");
  CHECK(answer["found"] == true);
  // hello may scope the connection to an article: its title comes back.
  REQUIRE_FALSE(client.send(json{
      {"type", "hello"}, {"session", welcome["session"]}, {"article", "kerja-sama-internasional"}}
                                .dump()));
  json scoped = client.read_json();
  CHECK(scoped["type"] == "welcome");
  CHECK(scoped["title"] == test_bot().article_title("kerja-sama-internasional"));
  CHECK(client.ask("c2", kQuestion)["found"] == true);

  REQUIRE_FALSE(client.send(R"({"type":"ping"})"));
  CHECK(client.read_json() == json{{"type", "pong"}});
  REQUIRE_FALSE(client.send(R"({"type":"ping","id":9})"));
  CHECK(client.read_json() == json{{"type", "pong"}, {"id", 9}});

  CHECK(server.server().metrics().open_connections(ConnectionKind::kWebSocket) == 1);
  client.close();
  CHECK(eventually([&] { return server.server().connections() == 0; }));
}

TEST_CASE("follow-ups use the connection's own session; two connections never share context",
          "[server][ws]") {
  TestServer server;
  Bot& bot = test_bot();
  WsClient a(server.port());
  WsClient b(server.port());
  std::string session_a = a.connect_and_welcome()["session"];
  std::string session_b = b.connect_and_welcome()["session"];
  REQUIRE(session_a != session_b);

  check_answer_fields(a.ask("a1", kQuestion), "a1");
  check_answer_fields(b.ask("b1", "Apa saja bentuk kerja sama internasional?"), "b1");
  check_answer_fields(a.ask("a2", "Contohnya?"), "a2");

  auto context_a = bot.session(session_a);
  auto context_b = bot.session(session_b);
  REQUIRE(context_a.has_value());
  REQUIRE(context_b.has_value());
  CHECK(context_a->turns == 2);
  CHECK(context_b->turns == 1);
}

TEST_CASE("two clients asking at the same time each get their own answers", "[server][ws]") {
  TestServer server;
  // Catch2 assertions are not thread-safe: the clients only count, and the
  // checks run on the test thread afterwards.
  auto run_client = [&](const std::string& prefix, int* ok) {
    WsClient client(server.port());
    if (client.connect() || !client.try_read_json().is_object()) return;
    for (int i = 0; i < 25; ++i) {
      std::string id = prefix + std::to_string(i);
      std::string question = i % 2 ? kQuestion : "Apa tujuan kerja sama internasional?";
      if (client.send(json{{"type", "ask"}, {"id", id}, {"text", question}}.dump())) return;
      json reply = client.try_read_json();
      if (reply.value("type", "") == "answer" && reply.value("id", "") == id) ++*ok;
    }
  };
  int ok_a = 0, ok_b = 0;
  std::thread other([&] { run_client("x", &ok_b); });
  run_client("y", &ok_a);
  other.join();
  CHECK(ok_a == 25);
  CHECK(ok_b == 25);
}

TEST_CASE("hello resumes a session after a reconnect, and only a live one", "[server][ws]") {
  TestServer server;
  Bot& bot = test_bot();
  std::string session;
  {
    WsClient first(server.port());
    session = first.connect_and_welcome()["session"];
    first.ask("1", kQuestion);
    first.close();
  }
  WsClient second(server.port());
  std::string fresh = second.connect_and_welcome()["session"];
  CHECK(fresh != session);
  REQUIRE_FALSE(second.send(json{{"type", "hello"}, {"session", session}}.dump()));
  json welcome = second.read_json();
  CHECK(welcome["type"] == "welcome");
  CHECK(welcome["session"] == session);
  CHECK(welcome["resumed"] == true);
  second.ask("2", "Contohnya?");
  CHECK(bot.session(session)->turns == 2);

  // An unknown (or expired) session is not adopted: the fresh one stays.
  WsClient third(server.port());
  std::string own = third.connect_and_welcome()["session"];
  REQUIRE_FALSE(third.send(R"({"type":"hello","session":"0123456789abcdef0123456789abcdef"})"));
  welcome = third.read_json();
  CHECK(welcome["resumed"] == false);
  CHECK(welcome["session"] == own);

  // Resuming a session that a live connection holds moves it: the old
  // connection is closed (1008), so two connections never share it.
  REQUIRE_FALSE(third.send(json{{"type", "hello"}, {"session", session}}.dump()));
  CHECK(third.read_json()["resumed"] == true);
  std::string ignored;
  CHECK(second.read(&ignored) == websocket::error::closed);
  CHECK(second.close_reason().code == websocket::close_code::policy_error);
}

TEST_CASE("bad input gets an error and the connection stays open", "[server][ws]") {
  TestServer server;
  WsClient client(server.port());
  client.connect_and_welcome();
  auto expect_error = [&](const std::string& frame, const std::string& code, bool binary = false) {
    INFO("frame: " << frame);
    REQUIRE_FALSE(client.send(frame, binary));
    json reply = client.read_json();
    CHECK(reply["type"] == "error");
    CHECK(reply["error"] == code);
    CHECK(reply["message"].is_string());
    CHECK(reply.contains("id"));
    return reply;
  };
  expect_error(R"({"type":"ask","id":"b","text":"Apa?"})", "binary_not_supported", true);
  expect_error("{not json", "invalid_json");
  expect_error("[]", "invalid_json");
  CHECK(expect_error(R"({"type":"dance","id":"u1"})", "unknown_type")["id"] == "u1");
  CHECK(expect_error(R"({"type":"ask","id":"e1","text":"  "})", "empty")["id"] == "e1");
  expect_error(R"({"type":"ask","id":"e2"})", "empty");
  expect_error(R"({"type":"ask","id":"e3","text":"\udc00 lone surrogate"})", "invalid_utf8");
  expect_error(
      json{{"type", "ask"}, {"id", "e4"}, {"text", std::string(kMaxQuestionBytes + 1, 'a')}}.dump(),
      "too_long");
  expect_error(R"({"type":"ask","id":"a1","text":"Apa?","article":"tidak-ada"})",
               "unknown_article");
  expect_error(R"({"type":"ask","id":"a2","text":"Apa?","article":["x"]})", "bad_request");
  expect_error(R"({"type":"hello","article":"tidak-ada"})", "unknown_article");

  // Still open and answering.
  check_answer_fields(client.ask("ok", kQuestion), "ok");
  CHECK(eventually([&] { return server.server().metrics().rejected(Reject::kInvalidJson) == 3; }));
  CHECK(eventually([&] { return server.server().metrics().rejected(Reject::kBinary) == 1; }));
}

}  // namespace
}  // namespace tanya::server::testing
