// What only the Redis implementations have: key layout and expiry, the
// connection pool, restarts, timeouts and an unreachable Redis.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>
#include <vector>

#include "backends.h"
#include "state/redis_session_store.h"
#include "state/shared_state.h"

using namespace tanya::channels;
using namespace tanya::state;
using tanya::Context;
using tanya::testing::call;
using tanya::testing::RedisServer;

namespace {
constexpr int64_t kDayMs = int64_t{24} * 3600 * 1000;

std::unique_ptr<StateStore> open_store(std::shared_ptr<RedisClient> client) {
  std::string error;
  auto store = open_redis_state_store(std::move(client), &error);
  INFO(error);
  REQUIRE(store);
  return store;
}

int64_t pttl(RedisClient& client, const std::string& key) {
  RedisReply reply = client.command({"PTTL", key});
  REQUIRE(reply.type == RedisReply::Type::kInteger);
  return reply.integer;
}
}  // namespace

TEST_CASE("keys: length-prefixed channel, contexts and ids expire, messages do not", "[redis]") {
  RedisServer server;
  auto client = server.client();
  auto store = open_store(client);
  REQUIRE(store->commit({"rest", "a:b", "e:1", std::string("{}"), {call("t", "x")}}, 1) ==
          CommitResult::kCommitted);
  // The fake now_ms (1) does not shorten expiry: that runs on Redis's clock.
  int64_t context_ttl = pttl(*client, "tanya:ctx:4:rest:a:b");
  CHECK(context_ttl > 29 * kDayMs);
  CHECK(context_ttl <= 30 * kDayMs);
  int64_t seen_ttl = pttl(*client, "tanya:seen:4:rest:e:1");
  CHECK(seen_ttl > 6 * kDayMs);
  CHECK(seen_ttl <= 7 * kDayMs);
  CHECK(pttl(*client, "tanya:outbox:msg:1") == -1);  // until delivered
  CHECK(client->command({"LRANGE", "tanya:outbox:chat:4:rest:a:b", "0", "-1"}).elements.size() ==
        1);
  store->delivered(store->due(1, 1, 2).at(0).id);
  CHECK(client->command({"EXISTS", "tanya:outbox:msg:1"}).integer == 0);
  CHECK(client->command({"EXISTS", "tanya:outbox:chat:4:rest:a:b"}).integer == 0);
  CHECK(client->command({"ZCARD", "tanya:outbox:ready"}).integer == 0);
}

TEST_CASE("the prefix separates deployments sharing one Redis", "[redis]") {
  RedisServer server;
  auto blue = open_store(server.client("?prefix=blue:"));
  auto green = open_store(server.client("?prefix=green:"));
  blue->commit({"slack", "c", "e", std::string("blue"), {call("t", "x")}}, 1);
  CHECK_FALSE(green->seen("slack", "e"));
  CHECK_FALSE(green->load_context("slack", "c").has_value());
  CHECK(green->due(1, 10, 100).empty());
  CHECK(green->commit({"slack", "c", "e", std::nullopt, {}}, 1) == CommitResult::kCommitted);
  CHECK(blue->outbox_stats().pending == 1);
  CHECK(green->outbox_stats().pending == 0);
}

TEST_CASE("binary text, NUL bytes included, round-trips unchanged", "[redis]") {
  RedisServer server;
  auto store = open_store(server.client());
  std::string binary("a\0b\r\n*1\r\n$4\r\nPING\r\n\xff\xfe", 20);
  REQUIRE(binary.size() == 20);
  CHECK(store->commit({"rest", binary, binary, binary, {call(binary, binary)}}, 1) ==
        CommitResult::kCommitted);
  CHECK(store->load_context("rest", binary).value() == binary);
  CHECK(store->seen("rest", binary));
  CHECK_FALSE(store->seen("rest", std::string("a")));
  auto due = store->due(1, 10, 100);
  REQUIRE(due.size() == 1);
  CHECK(due[0].body == binary);
  CHECK(due[0].chat == binary);
}

TEST_CASE("one client serves many threads through its pool", "[redis]") {
  RedisServer server;
  auto client = server.client();
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        if (!client->command({"INCR", "counter"}).ok()) failures.fetch_add(1);
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(failures.load() == 0);
  CHECK(client->command({"GET", "counter"}).text == "1600");
}

TEST_CASE("scripts survive Redis forgetting them (SCRIPT FLUSH)", "[redis]") {
  RedisServer server;
  auto client = server.client();
  auto store = open_store(client);
  CHECK(store->commit({"slack", "c", "1", std::nullopt, {call("t", "x")}}, 1) ==
        CommitResult::kCommitted);
  REQUIRE(client->command({"SCRIPT", "FLUSH"}).ok());
  CHECK(store->commit({"slack", "c", "2", std::nullopt, {call("t", "y")}}, 1) ==
        CommitResult::kCommitted);
  CHECK(store->outbox_stats().pending == 2);
}

TEST_CASE("a restarted Redis is reconnected to without an error", "[redis]") {
  RedisServer server;
  auto client = server.client();
  auto store = open_store(client);
  REQUIRE(client->ping().empty());  // a pooled connection, about to go stale
  server.stop();
  server.start();
  // The stale connection fails on its write (EPIPE: SIGPIPE must not end the
  // process) and the command is retried once on a fresh connection.
  CHECK(client->ping().empty());
  CHECK(store->commit({"slack", "c", "e", std::string("{}"), {call("t", "x")}}, 1) ==
        CommitResult::kCommitted);
}

TEST_CASE("a Redis that stops answering times out", "[redis]") {
  RedisServer server;
  auto client = server.client("?timeout_ms=200");
  REQUIRE(client->ping().empty());
  server.pause();
  auto start = std::chrono::steady_clock::now();
  RedisReply reply = client->command({"GET", "k"});
  auto took = std::chrono::steady_clock::now() - start;
  server.resume();
  CHECK_FALSE(reply.ok());
  CHECK_THAT(reply.text, Catch::Contains("no reply within 200 ms"));
  CHECK(took < std::chrono::seconds(2));
  // For a second after that, commands fail at once instead of each waiting
  // for its timeout (questions must not queue behind a dead Redis)...
  start = std::chrono::steady_clock::now();
  CHECK_FALSE(client->command({"GET", "k"}).ok());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(50));
  // ...then Redis is tried again, on a new connection.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  CHECK(client->ping().empty());
}

TEST_CASE("with Redis down, the stores fail softly and say why", "[redis]") {
  RedisServer server;
  auto client = server.client();
  auto store = open_store(client);
  RedisSessionStore sessions(client, std::chrono::seconds(60));
  Context context;
  context.topic = "goals";
  sessions.save("s", context);
  store->commit({"slack", "c", "e", std::string("{}"), {call("t", "x")}}, 1);
  server.stop();

  CHECK_FALSE(sessions.find("s").has_value());
  sessions.save("s", context);
  CHECK(sessions.errors() >= 2);
  CHECK_THAT(sessions.last_error(), Catch::Contains(server.url()));

  CHECK(store->commit({"slack", "c", "f", std::nullopt, {}}, 2) == CommitResult::kError);
  CHECK_FALSE(store->load_context("slack", "c").has_value());
  CHECK_FALSE(store->seen("slack", "e"));
  CHECK(store->due(1, 10, 100).empty());
  CHECK_FALSE(store->next_due_ms().has_value());
  CHECK(store->outbox_stats().pending == 0);
  store->delivered(1);
  store->failed(1, 1, 2, "x", false);
  store->expire_seen(1);

  std::string error;
  CHECK(open_redis_state_store(client, &error) == nullptr);
  CHECK_THAT(error, Catch::Contains(server.url()));
}

TEST_CASE("sessions: round trip, expiry after the ttl, no count", "[redis][session]") {
  RedisServer server;
  auto client = server.client();
  RedisSessionStore sessions(client, std::chrono::seconds(1));
  CHECK_FALSE(sessions.size().has_value());
  CHECK_FALSE(sessions.find("s1").has_value());

  Context context;
  context.topic = "examples";
  context.entity = "regional \"quoted\"\r\n*1\r\n$8\r\nFLUSHALL\r\n";
  context.qtype = "list";
  context.turns = 3;
  std::string evil_id = "id:with\r\nDEL *\" spaces";
  sessions.save(evil_id, context);
  std::optional<Context> found = sessions.find(evil_id);
  REQUIRE(found);
  CHECK(found->topic == "examples");
  CHECK(found->entity == context.entity);
  CHECK(found->qtype == "list");
  CHECK(found->turns == 3);
  CHECK(sessions.load("unknown").empty());

  // Each save restarts the expiry.
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  sessions.save(evil_id, context);
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  CHECK(sessions.find(evil_id).has_value());
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  CHECK_FALSE(sessions.find(evil_id).has_value());
  CHECK(sessions.errors() == 0);
}

TEST_CASE("sessions: odd stored values and text never throw", "[redis][session]") {
  RedisServer server;
  auto client = server.client();
  RedisSessionStore sessions(client, std::chrono::seconds(60));
  Context context;
  context.entity = std::string("\xc3\x28 invalid UTF-8");
  sessions.save("s", context);
  REQUIRE(sessions.find("s").has_value());
  CHECK(sessions.errors() == 0);
  REQUIRE(client->command({"SET", "tanya:session:junk", "not json {"}).ok());
  CHECK_FALSE(sessions.find("junk").has_value());
  REQUIRE(client->command({"SET", "tanya:session:array", "[1,2]"}).ok());
  CHECK(sessions.find("array").value().empty());
}

TEST_CASE("open_shared_state: sessions and webhooks on one Redis, or a clear error",
          "[redis][shared]") {
  RedisServer server;
  std::string error;
  std::optional<SharedState> state =
      open_shared_state(server.url("?prefix=t1:"), std::chrono::seconds(60), &error);
  INFO(error);
  REQUIRE(state);
  REQUIRE(state->sessions);
  REQUIRE(state->webhooks);
  CHECK_THAT(state->description, Catch::Contains(server.url()));
  CHECK_THAT(state->description, Catch::Contains("t1:"));
  Context context;
  context.turns = 1;
  state->sessions->save("s", context);
  CHECK(state->sessions->find("s").value().turns == 1);
  CHECK(state->webhooks->commit({"rest", "c", "e", std::nullopt, {}}, 1) ==
        CommitResult::kCommitted);

  CHECK_FALSE(open_shared_state("redis://h:99999", std::chrono::seconds(1), &error));
  CHECK_THAT(error, Catch::Contains("port"));

  server.stop();
  auto start = std::chrono::steady_clock::now();
  CHECK_FALSE(open_shared_state(server.url(), std::chrono::seconds(1), &error));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  CHECK_THAT(error, Catch::Contains(server.url()));

  // A TCP address nobody listens on; the password is never in the message.
  CHECK_FALSE(open_shared_state("redis://:hunter2@127.0.0.1:1?timeout_ms=500",
                                std::chrono::seconds(1), &error));
  CHECK_THAT(error, Catch::Contains("redis://127.0.0.1:1/0"));
  CHECK_THAT(error, !Catch::Contains("hunter2"));
}
