// The question log (editor/question_log.h) and its store contract
// (editor/question_store.h), run against the SQLite store and the Redis
// store alike: replicas sharing Redis must write one log that a report sees
// whole, and a restarted server must find what it logged before.
#include "editor/question_log.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "editor/sqlite_question_store.h"
#include "redis_server.h"
#include "state/redis_question_store.h"
#include "test_util.h"

using namespace tanya;
using namespace tanya::editor;

namespace {

struct SqliteLog {
  testing::TempDir dir;
  std::shared_ptr<QuestionStore> open() {
    std::string error;
    std::shared_ptr<QuestionStore> store = open_sqlite_question_store(dir.file("q.db"), &error);
    INFO(error);
    REQUIRE(store);
    return store;
  }
};

struct RedisLog {
  testing::RedisServer server;
  std::shared_ptr<QuestionStore> open() {
    return state::make_redis_question_store(server.client());
  }
};

LoggedQuestion row(int64_t time_ms, std::string question, bool found = false) {
  LoggedQuestion q;
  q.answer_id = AnswerId::generate();
  q.time_ms = time_ms;
  q.channel = "websocket";
  q.article = "koperasi";
  q.user = "0123abcd";
  q.question = std::move(question);
  q.answer = "jawaban";
  q.intent = found ? "definition" : "fallback";
  q.found = found;
  q.confidence = found ? 0.8 : 0.2;
  return q;
}

Answer answer(std::string text, bool found) {
  Answer a;
  a.id = AnswerId::generate();
  a.text = std::move(text);
  a.found = found;
  a.intent = found ? "definition" : "fallback";
  a.confidence = found ? 0.9 : 0.1;
  return a;
}

}  // namespace

#define QUESTION_STORE_TEST(name) TEMPLATE_TEST_CASE(name, "[questions]", SqliteLog, RedisLog)

QUESTION_STORE_TEST("rows come back in time order, from a reopened store, and only since") {
  TestType backend;
  LoggedQuestion a = row(1000, "apa itu koperasi"), b = row(3000, "kerjasama tuh apa", true),
                 c = row(2000, "manfaat koperasi?");
  c.question = "manfaat \xF0\x9F\x99\x82 koperasi?";  // emoji survive
  REQUIRE(backend.open()->append({a, b}));
  REQUIRE(backend.open()->append({c}));
  auto store = backend.open();
  std::vector<LoggedQuestion> all = store->since(0);
  REQUIRE(all.size() == 3);
  CHECK(all[0].answer_id == a.answer_id);
  CHECK(all[1].question == c.question);
  CHECK(all[2].answer_id == b.answer_id);
  CHECK(all[2].found);
  CHECK(all[2].confidence == Approx(0.8));
  CHECK(all[2].channel == "websocket");
  CHECK(all[2].user == "0123abcd");
  CHECK(store->since(2000).size() == 2);
  CHECK(store->since(3001).empty());
}

QUESTION_STORE_TEST("feedback marks a kept row and nothing else") {
  TestType backend;
  auto store = backend.open();
  LoggedQuestion a = row(1000, "apa itu koperasi");
  REQUIRE(store->append({a}));
  CHECK(store->set_feedback(a.answer_id, Feedback::kDown, "salah \"kutip\""));
  CHECK_FALSE(store->set_feedback(AnswerId::generate(), Feedback::kUp, ""));
  auto rows = backend.open()->since(0);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].feedback == Feedback::kDown);
  CHECK(rows[0].comment == "salah \"kutip\"");
  // The same mark again without a comment keeps the comment.
  CHECK(store->set_feedback(a.answer_id, Feedback::kDown, ""));
  CHECK(backend.open()->since(0)[0].comment == "salah \"kutip\"");
  // A reader may change their mind: the last mark counts.
  CHECK(store->set_feedback(a.answer_id, Feedback::kUp, ""));
  CHECK(backend.open()->since(0)[0].feedback == Feedback::kUp);
}

QUESTION_STORE_TEST("purge deletes rows asked before the cut, and their feedback goes with them") {
  TestType backend;
  auto store = backend.open();
  LoggedQuestion old = row(1000, "lama"), fresh = row(5000, "baru");
  REQUIRE(store->append({old, fresh}));
  CHECK(store->purge_before(5000) == 1);
  auto rows = store->since(0);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].question == "baru");
  CHECK_FALSE(store->set_feedback(old.answer_id, Feedback::kDown, ""));
  CHECK(store->purge_before(5000) == 0);
}

QUESTION_STORE_TEST("the hash key is made once and shared by every opener") {
  TestType backend;
  const std::string key = backend.open()->hash_key();
  CHECK(key.size() >= 32);
  CHECK(backend.open()->hash_key() == key);
}

QUESTION_STORE_TEST("the log records asynchronously, hashes users and never stores their ids") {
  TestType backend;
  std::string error;
  auto log = QuestionLog::open(backend.open(), {}, &error);
  REQUIRE(log);
  Answer a = answer("Koperasi adalah ...", true);
  Answer b = answer("Maaf ...", false);
  log->record({"websocket", "session-secret-1", "koperasi", "apa itu koperasi"}, a);
  log->record({"telegram", "chat-99", "", "kerjasama tuh apa"}, b);
  log->flush();
  auto rows = backend.open()->since(0);
  REQUIRE(rows.size() == 2);
  // (Asked in the same millisecond: in either order.)
  if (rows[0].channel != "websocket") std::swap(rows[0], rows[1]);
  CHECK(rows[0].user == log->hash("session-secret-1"));
  CHECK(rows[0].user != "session-secret-1");
  CHECK(rows[0].user.size() == 32);
  CHECK(rows[1].user == log->hash("chat-99"));
  CHECK(rows[0].user != rows[1].user);
  for (const auto& r : rows) {
    const std::string all = nlohmann::json(to_json(r)).dump();
    CHECK(all.find("session-secret-1") == std::string::npos);
    CHECK(all.find("chat-99") == std::string::npos);
  }
  // A log on the same store (a restart, another replica) hashes alike.
  auto again = QuestionLog::open(backend.open(), {}, &error);
  CHECK(again->hash("chat-99") == log->hash("chat-99"));
}

QUESTION_STORE_TEST("feedback reaches an answer still queued, and an unknown id is refused") {
  TestType backend;
  std::string error;
  QuestionLogOptions options;
  options.flush_every = std::chrono::hours(1);  // nothing leaves the queue by itself
  auto log = QuestionLog::open(backend.open(), options, &error);
  REQUIRE(log);
  Answer a = answer("Maaf ...", false);
  log->record({"http", "s1", "", "siapa presiden pertama"}, a);
  CHECK(log->feedback(a.id, Feedback::kDown, "tidak dijawab"));
  CHECK_FALSE(log->feedback(AnswerId::generate(), Feedback::kDown, ""));
  CHECK_FALSE(log->feedback(AnswerId(), Feedback::kDown, ""));
  auto rows = backend.open()->since(0);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].feedback == Feedback::kDown);
  CHECK(rows[0].comment == "tidak dijawab");
}

QUESTION_STORE_TEST("retention purges old rows when the log opens, so their feedback expires") {
  TestType backend;
  int64_t now = 100LL * 24 * 60 * 60 * 1000;  // day 100
  QuestionLogOptions options;
  options.retention_days = 30;
  options.now_ms = [&] { return now; };
  std::string error;
  Answer old = answer("lama", true), recent = answer("baru", true);
  {
    auto log = QuestionLog::open(backend.open(), options, &error);
    REQUIRE(log);
    now -= 40LL * 24 * 60 * 60 * 1000;  // asked on day 60
    log->record({"http", "s", "", "pertanyaan lama"}, old);
    now += 35LL * 24 * 60 * 60 * 1000;  // asked on day 95
    log->record({"http", "s", "", "pertanyaan baru"}, recent);
    log->flush();
  }
  now += 5LL * 24 * 60 * 60 * 1000;  // day 100 again: day 60 is past 30 days
  auto log = QuestionLog::open(backend.open(), options, &error);
  auto rows = backend.open()->since(0);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].question == "pertanyaan baru");
  CHECK_FALSE(log->feedback(old.id, Feedback::kDown, ""));
  CHECK(log->feedback(recent.id, Feedback::kUp, ""));
}

TEST_CASE("replicas sharing Redis write one log that a report sees whole", "[questions]") {
  testing::RedisServer server;
  std::string error;
  auto one = QuestionLog::open(state::make_redis_question_store(server.client()), {}, &error);
  auto two = QuestionLog::open(state::make_redis_question_store(server.client()), {}, &error);
  REQUIRE(one);
  REQUIRE(two);
  Answer a = answer("satu", false), b = answer("dua", false);
  one->record({"websocket", "s1", "", "dari replika satu"}, a);
  two->record({"websocket", "s2", "", "dari replika dua"}, b);
  one->flush();
  two->flush();
  // Feedback given to the other replica than the one that answered.
  CHECK(two->feedback(a.id, Feedback::kDown, ""));
  auto rows = state::make_redis_question_store(server.client())->since(0);
  std::set<std::string> asked;
  for (const auto& r : rows) asked.insert(r.question);
  CHECK(asked == std::set<std::string>{"dari replika satu", "dari replika dua"});
}

TEST_CASE("a full queue drops new rows and counts them, never blocking", "[questions]") {
  SqliteLog backend;
  QuestionLogOptions options;
  options.max_queued = 2;
  options.flush_every = std::chrono::hours(1);
  std::string error;
  auto log = QuestionLog::open(backend.open(), options, &error);
  REQUIRE(log);
  for (int i = 0; i < 5; ++i)
    log->record({"http", "s", "", "q" + std::to_string(i)}, answer("a", true));
  CHECK(log->dropped() == 3);
  log->flush();
  CHECK(backend.open()->since(0).size() == 2);
}

TEST_CASE("a batch the store refuses once is stored with the next", "[questions]") {
  // A store that refuses its first append, as Redis does while it restarts.
  struct Flaky : QuestionStore {
    std::shared_ptr<QuestionStore> inner;
    int refusals = 1;
    bool append(const std::vector<LoggedQuestion>& rows) override {
      if (refusals > 0) {
        --refusals;
        return false;
      }
      return inner->append(rows);
    }
    bool set_feedback(const AnswerId& id, Feedback f, std::string_view c) override {
      return inner->set_feedback(id, f, c);
    }
    std::vector<LoggedQuestion> since(int64_t ms) override { return inner->since(ms); }
    size_t purge_before(int64_t ms) override { return inner->purge_before(ms); }
    std::string hash_key() override { return inner->hash_key(); }
  };
  SqliteLog backend;
  auto flaky = std::make_shared<Flaky>();
  flaky->inner = backend.open();
  std::string error;
  auto log = QuestionLog::open(flaky, {}, &error);
  REQUIRE(log);
  Answer a = answer("satu", true);
  log->record({"http", "s", "", "pertanyaan satu"}, a);
  log->flush();  // refused
  CHECK(backend.open()->since(0).empty());
  log->record({"http", "s", "", "pertanyaan dua"}, answer("dua", true));
  log->flush();  // both stored
  auto rows = backend.open()->since(0);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].user == log->hash("s"));  // hashed once, not twice
  CHECK(log->failed() == 0);
  CHECK(log->feedback(a.id, Feedback::kUp, ""));
}
