// QuestionLog: every question readers ask, what the bot answered and their
// feedback, kept for the editor's report (editor/report.h).
//
//   auto log = QuestionLog::open(store, options, &error);
//   Answer a = bot.ask(session, text, article);
//   log->record({"websocket", session, article, text}, a);   // never waits
//   log->feedback(a.id, Feedback::kDown, "salah");           // false: unknown id
//
// record() only queues the row: a writer thread stores queued rows in
// batches, so the log never slows answering. A batch the store refuses is
// tried once more with the next; when the queue is full (the store is down
// or slower than the readers) new rows are dropped and counted, rather
// than holding memory or an answer.
//
// Privacy: the user id (session or platform id) is stored only as a keyed
// hash (HMAC-SHA256 with the store's secret), and rows older than the
// retention are purged when the log opens and hourly after.
#ifndef TANYA_EDITOR_QUESTION_LOG_H_
#define TANYA_EDITOR_QUESTION_LOG_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bot/answer.h"
#include "editor/question_store.h"

namespace tanya::editor {

struct QuestionLogOptions {
  int retention_days = 30;                     // rows older than this are purged
  std::chrono::milliseconds flush_every{200};  // longest a row waits in the queue
  size_t max_queued = 20000;                   // beyond this, new rows are dropped (and counted)
  std::function<int64_t()> now_ms;             // wall clock in ms; empty: the system clock
  // The secret user ids are hashed with; empty: the store's own
  // (QuestionStore::hash_key). Given from outside the store
  // (TANYA_LOG_HASH_KEY), a copy of the log alone cannot test guesses of
  // who asked.
  std::string hash_key;
};

// One question as a channel saw it.
struct Asked {
  std::string_view channel;  // "websocket", "http", "telegram", ...
  std::string_view user;     // session or platform user id: hashed, never stored
  std::string_view article;  // the scope asked in, "" for site-wide
  std::string_view question;
};

class QuestionLog {
 public:
  // nullptr and *error when the store cannot give a hash key.
  static std::unique_ptr<QuestionLog> open(std::shared_ptr<QuestionStore> store,
                                           QuestionLogOptions options, std::string* error);
  ~QuestionLog();  // stores what is queued
  QuestionLog(const QuestionLog&) = delete;
  QuestionLog& operator=(const QuestionLog&) = delete;

  // Queues the question and its answer (which must carry an id). Thread-safe.
  void record(const Asked& asked, const Answer& answer);

  // Marks an answer; false when the log has no such answer (unknown, or
  // older than the retention). Thread-safe; waits for the queue when the
  // answer is not stored yet.
  bool feedback(const AnswerId& id, Feedback feedback, std::string_view comment);

  // Waits until every row recorded so far is stored (or failed to be).
  void flush();

  // Deletes rows older than the retention now; returns how many went.
  size_t purge();

  // The keyed hash a user id is stored as: 32 hex digits.
  std::string hash(std::string_view user) const;

  uint64_t dropped() const { return dropped_.load(); }  // rows lost to a full queue
  uint64_t failed() const { return failed_.load(); }    // rows the store refused twice
  QuestionStore& store() { return *store_; }

  // Prometheus text: rows recorded, dropped and refused, for /metrics.
  std::string metrics_text() const;

 private:
  QuestionLog(std::shared_ptr<QuestionStore> store, QuestionLogOptions options, std::string key);
  int64_t now_ms() const;
  void run();
  // hash(), remembered for the users of the last while: a reader asks
  // several questions, and the writer hashes each once. Writer thread only.
  std::string hashed(const std::string& user);
  std::unordered_map<std::string, std::string> hashes_;

  const std::shared_ptr<QuestionStore> store_;
  const QuestionLogOptions options_;
  const std::string key_;
  std::atomic<uint64_t> dropped_{0};
  std::atomic<uint64_t> failed_{0};
  std::atomic<uint64_t> recorded_{0};

  std::mutex mu_;
  std::condition_variable wake_;       // the writer: rows queued, a flush asked, or stop
  std::condition_variable stored_;     // flush(): a batch was stored
  std::vector<LoggedQuestion> queue_;  // guarded by mu_
  // Ids of the rows not stored yet (queued, or being written), so that
  // feedback on an id the log never had does not wait for the writer.
  std::unordered_set<std::string> unstored_;  // guarded by mu_
  uint64_t queued_through_ = 0;               // rows ever queued, guarded by mu_
  uint64_t stored_through_ = 0;               // rows ever taken and written, guarded by mu_
  bool flush_asked_ = false;                  // guarded by mu_
  bool stop_ = false;                         // guarded by mu_
  std::thread writer_;
};

}  // namespace tanya::editor

#endif  // TANYA_EDITOR_QUESTION_LOG_H_
