// The StateStore contract (channels/state_store.h), run against the SQLite
// store and the Redis store alike: the Redis store must be a drop-in
// replacement, including between replicas.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "backends.h"

using namespace tanya::channels;
using tanya::testing::call;
using tanya::testing::RedisBackend;
using tanya::testing::SqliteBackend;

#define STATE_STORE_TEST(name) TEMPLATE_TEST_CASE(name, "[contract]", SqliteBackend, RedisBackend)

STATE_STORE_TEST("a committed event id is a duplicate afterwards, and changes nothing") {
  TestType backend;
  auto store = backend.open();
  Turn turn{"telegram", "42", "update-1", std::string(R"({"topic":"a"})"), {call("t", "1")}};
  CHECK(store->commit(turn, 1000) == CommitResult::kCommitted);
  CHECK(store->seen("telegram", "update-1"));
  CHECK_FALSE(store->seen("slack", "update-1"));  // ids are per channel

  Turn retry{"telegram", "42", "update-1", std::string(R"({"topic":"b"})"), {call("t", "2")}};
  CHECK(store->commit(retry, 2000) == CommitResult::kDuplicate);
  CHECK(store->load_context("telegram", "42").value() == R"({"topic":"a"})");
  CHECK(store->outbox_stats().pending == 1);
}

STATE_STORE_TEST("context, dedup ids and outbox survive reopening the store") {
  TestType backend;
  {
    auto store = backend.open();
    CHECK(store->commit({"line", "user:U1", "ev1", std::string("{\"turns\":1}"), {call("r", "x")}},
                        5000) == CommitResult::kCommitted);
  }
  auto store = backend.open();
  CHECK(store->load_context("line", "user:U1").value() == "{\"turns\":1}");
  CHECK_FALSE(store->load_context("line", "user:U2").has_value());
  CHECK(store->seen("line", "ev1"));
  auto due = store->due(5000, 10, 5000 + 10000);
  REQUIRE(due.size() == 1);
  CHECK(due[0].channel == "line");
  CHECK(due[0].chat == "user:U1");
  CHECK(due[0].target == "r");
  CHECK(due[0].body == "x");
  CHECK(due[0].attempts == 0);
  CHECK(due[0].next_attempt_ms == 5000);
}

STATE_STORE_TEST("dedup ids expire") {
  TestType backend;
  auto store = backend.open();
  CHECK(store->commit({"slack", "c", "old", std::nullopt, {}}, 1000) == CommitResult::kCommitted);
  CHECK(store->commit({"slack", "c", "new", std::nullopt, {}}, 9000) == CommitResult::kCommitted);
  store->expire_seen(5000);
  CHECK_FALSE(store->seen("slack", "old"));
  CHECK(store->seen("slack", "new"));
  // A forgotten id can be committed again; expiry never moves backwards.
  store->expire_seen(10);
  CHECK(store->commit({"slack", "c", "old", std::nullopt, {}}, 9500) == CommitResult::kCommitted);
  CHECK(store->seen("slack", "old"));
  // Without an id there is no deduplication.
  CHECK(store->commit({"rest", "c", "", std::nullopt, {}}, 1) == CommitResult::kCommitted);
  CHECK(store->commit({"rest", "c", "", std::nullopt, {}}, 1) == CommitResult::kCommitted);
}

STATE_STORE_TEST("the outbox keeps order within a chat and waits for the chat's head") {
  TestType backend;
  auto store = backend.open();
  store->commit({"whatsapp", "A", "1", std::nullopt, {call("m", "A1"), call("m", "A2")}}, 100);
  store->commit({"whatsapp", "B", "2", std::nullopt, {call("m", "B1")}}, 100);
  CHECK(store->next_due_ms().value() == 100);

  auto due = store->due(100, 10, 100 + 10000);
  REQUIRE(due.size() == 2);  // only the head of each chat
  CHECK(due[0].body == "A1");
  CHECK(due[1].body == "B1");
  CHECK(due[0].id < due[1].id);
  CHECK(store->due(99, 10, 99 + 10000).empty());
  CHECK(store->next_due_ms().value() == 100 + 10000);  // both heads are leased

  // A1 fails: A2 must wait behind it, B is unaffected.
  store->failed(due[0].id, 1, 500, "HTTP 500", false);
  store->delivered(due[1].id);
  CHECK(store->due(200, 10, 200 + 10000).empty());
  CHECK(store->next_due_ms().value() == 500);
  auto retry = store->due(500, 10, 500 + 10000);
  REQUIRE(retry.size() == 1);
  CHECK(retry[0].body == "A1");
  CHECK(retry[0].attempts == 1);
  CHECK(retry[0].last_error == "HTTP 500");

  // A1 dies: it no longer blocks A2, and is counted as dead, not pending.
  store->failed(retry[0].id, 2, 900, "HTTP 400", true);
  auto next = store->due(500, 10, 500 + 10000);
  REQUIRE(next.size() == 1);
  CHECK(next[0].body == "A2");
  OutboxStats stats = store->outbox_stats();
  CHECK(stats.pending == 1);
  CHECK(stats.dead == 1);
  CHECK(stats.oldest_pending_ms == 100);
  store->delivered(next[0].id);
  CHECK_FALSE(store->next_due_ms().has_value());
  stats = store->outbox_stats();
  CHECK(stats.pending == 0);
  CHECK(stats.dead == 1);
  CHECK(stats.oldest_pending_ms == 0);
}

STATE_STORE_TEST("a limit caps a claim, and the rest stays due") {
  TestType backend;
  auto store = backend.open();
  for (int chat = 0; chat < 5; ++chat) {
    std::string name = "c" + std::to_string(chat);
    store->commit({"slack", name, name, std::nullopt, {call("t", name)}}, 100 + chat);
  }
  CHECK(store->due(1000, 0, 5000).empty());
  auto first = store->due(1000, 2, 5000);
  CHECK(first.size() == 2);
  auto rest = store->due(1000, 10, 5000);
  CHECK(rest.size() == 3);
  std::set<int64_t> ids;
  for (const auto& m : first) ids.insert(m.id);
  for (const auto& m : rest) ids.insert(m.id);
  CHECK(ids.size() == 5);
  CHECK(store->outbox_stats().oldest_pending_ms == 100);
}

STATE_STORE_TEST("giving a claim back makes it due again at once") {
  TestType backend;
  auto store = backend.open();
  store->commit({"slack", "c", "e", std::nullopt, {call("t", "x")}}, 100);
  auto claimed = store->due(200, 10, 60'000);
  REQUIRE(claimed.size() == 1);
  // What Outbox does for claims it will not attempt when stopping.
  const OutboxMessage& m = claimed[0];
  store->failed(m.id, m.attempts, m.next_attempt_ms, m.last_error, false);
  CHECK(store->next_due_ms().value() == 100);
  CHECK(store->due(200, 10, 60'000).size() == 1);
}

STATE_STORE_TEST("user text is passed as data, never spliced into a command") {
  TestType backend;
  auto store = backend.open();
  for (std::string evil : {std::string("x'); DROP TABLE outbox; --"),
                           std::string("\r\n*3\r\n$3\r\nDEL\r\n$5\r\nkey:1\r\n\"quoted\" 'single'"),
                           std::string("a:b\" ] } {\\u0000 redis.call('FLUSHALL')")}) {
    INFO(evil);
    CHECK(store->commit({"rest", evil, evil, evil, {call(evil, evil)}}, 1) ==
          CommitResult::kCommitted);
    CHECK(store->load_context("rest", evil).value() == evil);
    CHECK(store->seen("rest", evil));
    auto due = store->due(1, 10, 1 + 10000);
    REQUIRE(due.size() == 1);
    CHECK(due[0].chat == evil);
    CHECK(due[0].target == evil);
    CHECK(due[0].body == evil);
    store->failed(due[0].id, 1, 1, evil, false);
    CHECK(store->due(1, 10, 1 + 10000).at(0).last_error == evil);
    store->delivered(due[0].id);
  }
  CHECK(store->outbox_stats().pending == 0);
}

STATE_STORE_TEST("chat and event ids with ':' never collide across channels") {
  TestType backend;
  auto store = backend.open();
  // Naively joined with ':', ("rest", "a:b") and ("rest:a", "b") are one
  // key, and so are the event ids ("rest", "a:e") and ("rest:a", "e").
  CHECK(store->commit({"rest", "a:b", "a:e", std::string("1"), {call("t", "first")}}, 10) ==
        CommitResult::kCommitted);
  CHECK(store->commit({"rest:a", "b", "e", std::string("2"), {call("t", "second")}}, 10) ==
        CommitResult::kCommitted);
  CHECK(store->load_context("rest", "a:b").value() == "1");
  CHECK(store->load_context("rest:a", "b").value() == "2");
  CHECK_FALSE(store->load_context("rest:a:b", "").has_value());
  CHECK_FALSE(store->load_context("rest", "a").has_value());
  CHECK(store->seen("rest:a", "e"));
  CHECK_FALSE(store->seen("rest", "e"));
  CHECK_FALSE(store->seen("rest:a:e", ""));
  // Two chats, so both heads are due together.
  CHECK(store->due(10, 10, 1000).size() == 2);
}

STATE_STORE_TEST("a claimed message is not handed out again until its lease ends") {
  TestType backend;
  auto first = backend.open();
  auto second = backend.open();  // another replica on the same state
  first->commit({"slack", "c", "e", std::nullopt, {call("t", "once")}}, 100);
  REQUIRE(first->due(100, 10, 5000).size() == 1);
  CHECK(second->due(100, 10, 5000).empty());
  CHECK(first->due(4999, 10, 9000).empty());
  CHECK(second->next_due_ms().value() == 5000);
  // The worker holding it died without a word: it is retried after the lease.
  auto again = second->due(5000, 10, 9000);
  REQUIRE(again.size() == 1);
  CHECK(again[0].body == "once");
  CHECK(again[0].attempts == 0);
}

STATE_STORE_TEST("replicas committing the same event id at once: exactly one wins") {
  TestType backend;
  constexpr int kReplicas = 4;
  constexpr int kEvents = 20;
  std::vector<std::unique_ptr<StateStore>> stores;
  for (int i = 0; i < kReplicas; ++i) stores.push_back(backend.open());
  std::atomic<int> committed{0}, duplicate{0}, errors{0};
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int r = 0; r < kReplicas; ++r) {
    threads.emplace_back([&, r] {
      ready.fetch_add(1);
      while (ready.load() < kReplicas) std::this_thread::yield();
      for (int e = 0; e < kEvents; ++e) {
        std::string id = "event-" + std::to_string(e);
        Turn turn{"telegram", "42", id, std::to_string(r), {call("t", std::to_string(r))}};
        switch (stores[r]->commit(turn, 1000 + e)) {
          case CommitResult::kCommitted:
            committed.fetch_add(1);
            break;
          case CommitResult::kDuplicate:
            duplicate.fetch_add(1);
            break;
          case CommitResult::kError:
            errors.fetch_add(1);
            break;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(errors.load() == 0);
  CHECK(committed.load() == kEvents);
  CHECK(duplicate.load() == kEvents * (kReplicas - 1));
  CHECK(stores[0]->outbox_stats().pending == kEvents);
}

STATE_STORE_TEST("replicas draining at once never claim the same message, and keep order") {
  TestType backend;
  constexpr int kChats = 30;
  constexpr int kPerChat = 3;
  {
    auto store = backend.open();
    for (int c = 0; c < kChats; ++c) {
      std::vector<OutboxMessage> replies;
      for (int k = 0; k < kPerChat; ++k) replies.push_back(call("t", std::to_string(k)));
      std::string chat = "chat:" + std::to_string(c);
      store->commit({"whatsapp", chat, chat, std::nullopt, replies}, 100);
    }
  }
  std::mutex mutex;
  std::vector<std::pair<std::string, std::string>> claims;  // (chat, body) in claim order
  std::set<int64_t> ids;
  int repeats = 0;
  auto drain = [&](StateStore* store) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
      auto batch = store->due(1000, 4, 1'000'000);  // a lease that never ends in this test
      {
        std::lock_guard<std::mutex> lock(mutex);
        for (const auto& m : batch) {
          if (!ids.insert(m.id).second) ++repeats;
          claims.emplace_back(m.chat, m.body);
        }
        if (batch.empty() && ids.size() == size_t{kChats * kPerChat}) return;
      }
      if (batch.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      // Recorded before delivered(): the chat's next message cannot be
      // claimed (and recorded) ahead of this one.
      for (const auto& m : batch) store->delivered(m.id);
    }
  };
  auto a = backend.open();
  auto b = backend.open();
  std::thread first(drain, a.get());
  std::thread second(drain, b.get());
  first.join();
  second.join();
  CHECK(repeats == 0);
  CHECK(ids.size() == size_t{kChats * kPerChat});
  std::map<std::string, std::vector<std::string>> order;
  for (const auto& [chat, body] : claims) order[chat].push_back(body);
  for (const auto& [chat, bodies] : order) {
    INFO(chat);
    CHECK(bodies == std::vector<std::string>{"0", "1", "2"});
  }
  CHECK(a->outbox_stats().pending == 0);
}

STATE_STORE_TEST("a dead message given another chance goes back to its place") {
  TestType backend;
  auto store = backend.open();
  store->commit({"line", "u", "e", std::nullopt, {call("t", "1"), call("t", "2")}}, 100);
  auto head = store->due(100, 10, 200);
  REQUIRE(head.size() == 1);
  store->failed(head[0].id, 5, 300, "gone", true);
  CHECK(store->outbox_stats().dead == 1);
  // An operator revives it before "2" was sent: it leads the chat again.
  store->failed(head[0].id, 0, 150, "", false);
  CHECK(store->outbox_stats().dead == 0);
  CHECK(store->outbox_stats().pending == 2);
  auto again = store->due(150, 10, 400);
  REQUIRE(again.size() == 1);
  CHECK(again[0].body == "1");
}
