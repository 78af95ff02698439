#include <catch2/catch.hpp>

#include "channels/sqlite_state_store.h"
#include "test_util.h"

using namespace tanya::channels;
using tanya::testing::TempDir;

namespace {
std::unique_ptr<StateStore> open_store(const std::string& path) {
  std::string error;
  auto store = open_sqlite_state_store(path, &error);
  INFO(error);
  REQUIRE(store);
  return store;
}

OutboxMessage call(std::string target, std::string body) {
  OutboxMessage m;
  m.target = std::move(target);
  m.body = std::move(body);
  return m;
}
}  // namespace

TEST_CASE("a committed event id is a duplicate afterwards, and changes nothing", "[state]") {
  TempDir dir;
  auto store = open_store(dir.file("state.db"));
  Turn turn{"telegram", "42", "update-1", std::string(R"({"topic":"a"})"), {call("t", "1")}};
  CHECK(store->commit(turn, 1000) == CommitResult::kCommitted);
  CHECK(store->seen("telegram", "update-1"));
  CHECK_FALSE(store->seen("slack", "update-1"));  // ids are per channel

  Turn retry{"telegram", "42", "update-1", std::string(R"({"topic":"b"})"), {call("t", "2")}};
  CHECK(store->commit(retry, 2000) == CommitResult::kDuplicate);
  CHECK(store->load_context("telegram", "42").value() == R"({"topic":"a"})");
  CHECK(store->outbox_stats().pending == 1);
}

TEST_CASE("context, dedup ids and outbox survive reopening the file", "[state]") {
  TempDir dir;
  {
    auto store = open_store(dir.file("state.db"));
    CHECK(store->commit({"line", "user:U1", "ev1", std::string("{\"turns\":1}"), {call("r", "x")}},
                        5000) == CommitResult::kCommitted);
  }
  auto store = open_store(dir.file("state.db"));
  CHECK(store->load_context("line", "user:U1").value() == "{\"turns\":1}");
  CHECK_FALSE(store->load_context("line", "user:U2").has_value());
  CHECK(store->seen("line", "ev1"));
  auto due = store->due(5000, 10, 5000 + 10000);
  REQUIRE(due.size() == 1);
  CHECK(due[0].channel == "line");
  CHECK(due[0].chat == "user:U1");
  CHECK(due[0].target == "r");
  CHECK(due[0].body == "x");
}

TEST_CASE("dedup ids expire", "[state]") {
  TempDir dir;
  auto store = open_store(dir.file("state.db"));
  CHECK(store->commit({"slack", "c", "old", std::nullopt, {}}, 1000) == CommitResult::kCommitted);
  CHECK(store->commit({"slack", "c", "new", std::nullopt, {}}, 9000) == CommitResult::kCommitted);
  store->expire_seen(5000);
  CHECK_FALSE(store->seen("slack", "old"));
  CHECK(store->seen("slack", "new"));
  // Without an id there is no deduplication.
  CHECK(store->commit({"rest", "c", "", std::nullopt, {}}, 1) == CommitResult::kCommitted);
  CHECK(store->commit({"rest", "c", "", std::nullopt, {}}, 1) == CommitResult::kCommitted);
}

TEST_CASE("the outbox keeps order within a chat and waits for the chat's head", "[state]") {
  TempDir dir;
  auto store = open_store(dir.file("state.db"));
  store->commit({"whatsapp", "A", "1", std::nullopt, {call("m", "A1"), call("m", "A2")}}, 100);
  store->commit({"whatsapp", "B", "2", std::nullopt, {call("m", "B1")}}, 100);

  auto due = store->due(100, 10, 100 + 10000);
  REQUIRE(due.size() == 2);  // only the head of each chat
  CHECK(due[0].body == "A1");
  CHECK(due[1].body == "B1");
  CHECK(store->due(99, 10, 99 + 10000).empty());

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
  CHECK(store->outbox_stats().pending == 0);
}

TEST_CASE("user text is bound, never spliced into SQL", "[state]") {
  TempDir dir;
  auto store = open_store(dir.file("state.db"));
  std::string evil = "x'); DROP TABLE outbox; --";
  CHECK(store->commit({"rest", evil, evil, evil, {call(evil, evil)}}, 1) ==
        CommitResult::kCommitted);
  CHECK(store->load_context("rest", evil).value() == evil);
  CHECK(store->seen("rest", evil));
  CHECK(store->due(1, 10, 1 + 10000).at(0).body == evil);
}

TEST_CASE("an unwritable state path is an error, not a crash", "[state]") {
  std::string error;
  CHECK(open_sqlite_state_store("/nonexistent-dir/tanya/state.db", &error) == nullptr);
  CHECK_FALSE(error.empty());
}

TEST_CASE("a claimed message is not handed out again until its lease ends", "[state]") {
  TempDir dir;
  auto first = open_store(dir.file("state.db"));
  auto second = open_store(dir.file("state.db"));  // another replica on the same file
  first->commit({"slack", "c", "e", std::nullopt, {call("t", "once")}}, 100);
  REQUIRE(first->due(100, 10, 5000).size() == 1);
  CHECK(second->due(100, 10, 5000).empty());
  CHECK(first->due(4999, 10, 9000).empty());
  // The worker holding it died without a word: it is retried after the lease.
  auto again = second->due(5000, 10, 9000);
  REQUIRE(again.size() == 1);
  CHECK(again[0].body == "once");
  CHECK(again[0].attempts == 0);
}
