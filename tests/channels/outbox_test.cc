#include "channels/outbox.h"

#include <catch2/catch.hpp>
#include <thread>

#include "channels/http_client.h"
#include "channels/sqlite_state_store.h"
#include "fake_api.h"
#include "test_util.h"

using namespace tanya::channels;
using tanya::testing::FakeApi;
using tanya::testing::ManualClock;
using tanya::testing::Scripted;
using tanya::testing::TempDir;

namespace {
std::unique_ptr<StateStore> open_store(const std::string& path) {
  std::string error;
  auto store = open_sqlite_state_store(path, &error);
  REQUIRE(store);
  return store;
}

void queue(StateStore& store, const std::string& chat, const std::string& body, int64_t now) {
  OutboxMessage m;
  m.target = "send";
  m.body = body;
  REQUIRE(store.commit({"test", chat, "", std::nullopt, {m}}, now) == CommitResult::kCommitted);
}
}  // namespace

TEST_CASE("backoff doubles up to the cap", "[outbox]") {
  OutboxOptions options;
  options.base_backoff = std::chrono::milliseconds(100);
  options.max_backoff = std::chrono::milliseconds(1000);
  CHECK(backoff_ms(options, 1) == 100);
  CHECK(backoff_ms(options, 2) == 200);
  CHECK(backoff_ms(options, 4) == 800);
  CHECK(backoff_ms(options, 5) == 1000);
  CHECK(backoff_ms(options, 60) == 1000);
}

TEST_CASE("a failing delivery is retried with backoff, then kept as dead", "[outbox]") {
  TempDir dir;
  auto store = open_store(dir.file("s.db"));
  ManualClock clock;
  int calls = 0;
  OutboxOptions options;
  options.max_attempts = 3;
  options.base_backoff = std::chrono::milliseconds(1000);
  Outbox outbox(
      *store,
      [&](const OutboxMessage&) {
        ++calls;
        return Delivery{false, true, "HTTP 503", 0};
      },
      options, clock.function());
  queue(*store, "c", "hello", clock.now_ms);

  CHECK(outbox.run_once() == 1);
  CHECK(outbox.run_once() == 0);  // not due before the backoff
  clock.now_ms += 999;
  CHECK(outbox.run_once() == 0);
  clock.now_ms += 1;
  CHECK(outbox.run_once() == 1);  // second attempt after 1 s
  clock.now_ms += 1999;
  CHECK(outbox.run_once() == 0);
  clock.now_ms += 1;
  CHECK(outbox.run_once() == 1);  // third attempt after 2 s: the last
  clock.now_ms += 3600 * 1000;
  CHECK(outbox.run_once() == 0);
  CHECK(calls == 3);
  CHECK(outbox.failed_attempts_total() == 3);
  CHECK(outbox.dead_total() == 1);
  CHECK(store->outbox_stats().dead == 1);  // still in the store, for inspection
}

TEST_CASE("a permanent rejection is not retried; Retry-After is honoured", "[outbox]") {
  TempDir dir;
  auto store = open_store(dir.file("s.db"));
  ManualClock clock;
  OutboxOptions options;
  options.base_backoff = std::chrono::milliseconds(10);
  std::vector<std::string> seen;
  Outbox outbox(
      *store,
      [&](const OutboxMessage& m) {
        seen.push_back(m.body);
        if (m.body == "bad") return Delivery{false, false, "HTTP 400", 0};
        if (seen.size() == 2) return Delivery{false, true, "HTTP 429", 5000};
        return Delivery{true, true, "", 0};
      },
      options, clock.function());
  queue(*store, "a", "bad", clock.now_ms);
  queue(*store, "b", "slow", clock.now_ms);
  outbox.run_once();
  CHECK(store->outbox_stats().dead == 1);
  clock.now_ms += 4999;
  CHECK(outbox.run_once() == 0);  // Retry-After 5 s beats the 10 ms backoff
  clock.now_ms += 1;
  CHECK(outbox.run_once() == 1);
  CHECK(outbox.delivered_total() == 1);
  CHECK(store->outbox_stats().pending == 0);
}

TEST_CASE("undelivered replies survive a restart and keep their order", "[outbox]") {
  TempDir dir;
  ManualClock clock;
  OutboxOptions options;
  options.base_backoff = std::chrono::milliseconds(1);
  {
    auto store = open_store(dir.file("s.db"));
    queue(*store, "chat", "first", clock.now_ms);
    queue(*store, "chat", "second", clock.now_ms);
    Outbox outbox(
        *store,
        [](const OutboxMessage&) {
          return Delivery{false, true, "down", 0};
        },
        options, clock.function());
    outbox.run_once();
  }
  clock.now_ms += 10;
  auto store = open_store(dir.file("s.db"));
  std::vector<std::string> delivered;
  Outbox outbox(
      *store,
      [&](const OutboxMessage& m) {
        delivered.push_back(m.body);
        return Delivery{true, true, "", 0};
      },
      options, clock.function());
  outbox.run_once();
  CHECK(delivered == std::vector<std::string>{"first", "second"});
}

TEST_CASE("the worker thread delivers when woken and stops cleanly", "[outbox]") {
  TempDir dir;
  auto store = open_store(dir.file("s.db"));
  std::atomic<int> delivered{0};
  OutboxOptions options;
  options.poll = std::chrono::milliseconds(60000);  // only a wake() can make it look
  Outbox outbox(
      *store,
      [&](const OutboxMessage&) {
        ++delivered;
        return Delivery{true, true, "", 0};
      },
      options, [] { return int64_t{1000}; });
  outbox.start();
  queue(*store, "c", "x", 1000);
  outbox.wake();
  for (int i = 0; i < 200 && delivered == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(delivered == 1);
  outbox.stop();
  outbox.stop();  // idempotent
}

TEST_CASE("HTTP client: POST to a loopback fake API", "[http]") {
  FakeApi api;
  api.set_responder([](const tanya::testing::Recorded&) { return Scripted{201, "{\"id\":7}"}; });
  HttpClient client(std::chrono::milliseconds(5000));
  HttpCall call;
  call.url = api.base_url() + "/v2/bot/message/reply?x=1";
  call.headers = {{"Authorization", "Bearer abc"}};
  call.body = "{\"a\":\"caf\xC3\xA9\"}";
  HttpResult result = client.post(call);
  CHECK(result.error.empty());
  CHECK(result.status == 201);
  CHECK(result.body == "{\"id\":7}");
  REQUIRE(api.count() == 1);
  auto request = api.requests()[0];
  CHECK(request.method == "POST");
  CHECK(request.target == "/v2/bot/message/reply?x=1");
  CHECK(request.headers["authorization"] == "Bearer abc");
  CHECK(request.headers["content-type"] == "application/json; charset=utf-8");
  CHECK(request.body == call.body);
}

TEST_CASE("HTTP client: a silent API times out", "[http]") {
  FakeApi api;
  api.set_silent(true);
  HttpClient client(std::chrono::milliseconds(300));
  auto start = std::chrono::steady_clock::now();
  HttpResult result = client.post({api.base_url() + "/slow", {}, "{}"});
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(result.status == 0);
  CHECK_FALSE(result.error.empty());
  CHECK(elapsed < std::chrono::seconds(3));
}

TEST_CASE("HTTP client: refused connections and bad URLs are errors", "[http]") {
  HttpClient client(std::chrono::milliseconds(2000));
  std::string base;
  {
    FakeApi api;
    base = api.base_url();
  }
  HttpResult refused = client.post({base + "/x", {}, "{}"});
  CHECK(refused.status == 0);
  CHECK_FALSE(refused.error.empty());

  HttpResult clear = client.post({"http://example.com/x", {}, "{}"});
  CHECK(clear.status == 0);
  CHECK(clear.error.find("loopback") != std::string::npos);
}

TEST_CASE("URL parsing allows plain HTTP only to loopback", "[http]") {
  std::string error;
  auto url = parse_url("https://api.line.me/v2/bot/message/reply", &error);
  REQUIRE(url);
  CHECK(url->tls);
  CHECK(url->host == "api.line.me");
  CHECK(url->port == "443");
  CHECK(url->target == "/v2/bot/message/reply");
  auto local = parse_url("http://127.0.0.1:8081", &error);
  REQUIRE(local);
  CHECK_FALSE(local->tls);
  CHECK(local->port == "8081");
  CHECK(local->target == "/");
  CHECK(parse_url("http://[::1]:9/x", &error));
  CHECK(parse_url("http://localhost:9/x", &error));
  CHECK_FALSE(parse_url("http://10.0.0.1/x", &error));
  CHECK_FALSE(parse_url("http://api.line.me/x", &error));
  CHECK_FALSE(parse_url("ftp://x/y", &error));
  CHECK_FALSE(parse_url("https://:443/", &error));
}
