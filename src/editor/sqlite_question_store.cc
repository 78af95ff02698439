#include "editor/sqlite_question_store.h"

#include <filesystem>
#include <mutex>

#include "base/random.h"
#include "index/sqlite.h"

namespace tanya::editor {

namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions(
  answer_id TEXT PRIMARY KEY,
  time_ms INTEGER NOT NULL,
  channel TEXT NOT NULL,
  article TEXT NOT NULL,
  user_hash TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  intent TEXT NOT NULL,
  found INTEGER NOT NULL,
  confidence REAL NOT NULL,
  feedback TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS questions_by_time ON questions(time_ms);
)sql";

class SqliteQuestionStore final : public QuestionStore {
 public:
  explicit SqliteQuestionStore(const std::string& path)
      : db_(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX) {
    // Another process (a report, a second server on the same file) may
    // hold the write lock for a moment: wait for it rather than fail.
    sqlite3_busy_timeout(db_.get(), 5000);
    db_.exec(kSchema);
  }

  bool append(const std::vector<LoggedQuestion>& rows) override {
    std::lock_guard<std::mutex> lock(mu_);
    try {
      db_.exec("BEGIN");
      sql::Stmt insert(db_,
                       "INSERT OR IGNORE INTO questions(answer_id, time_ms, channel, article, "
                       "user_hash, question, answer, intent, found, confidence, feedback, comment) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
      for (const LoggedQuestion& r : rows) {
        insert.bind(1, r.answer_id.str())
            .bind(2, r.time_ms)
            .bind(3, r.channel)
            .bind(4, r.article)
            .bind(5, r.user)
            .bind(6, r.question)
            .bind(7, r.answer)
            .bind(8, r.intent)
            .bind(9, static_cast<int64_t>(r.found ? 1 : 0))
            .bind(10, r.confidence)
            .bind(11, feedback_name(r.feedback))
            .bind(12, r.comment);
        insert.run();
      }
      db_.exec("COMMIT");
      return true;
    } catch (const sql::SqliteError&) {
      try {
        db_.exec("ROLLBACK");
      } catch (const sql::SqliteError&) {
      }
      return false;
    }
  }

  bool set_feedback(const AnswerId& id, Feedback feedback, std::string_view comment) override {
    std::lock_guard<std::mutex> lock(mu_);
    try {
      sql::Stmt update(db_,
                       "UPDATE questions SET comment = CASE WHEN ?3 = '' AND feedback = ?2 "
                       "THEN comment ELSE ?3 END, feedback = ?2 WHERE answer_id = ?1");
      update.bind(1, id.str()).bind(2, feedback_name(feedback)).bind(3, comment);
      update.run();
      return sqlite3_changes(db_.get()) > 0;
    } catch (const sql::SqliteError&) {
      return false;
    }
  }

  std::vector<LoggedQuestion> since(int64_t since_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<LoggedQuestion> rows;
    try {
      sql::Stmt select(db_,
                       "SELECT answer_id, time_ms, channel, article, user_hash, question, answer, "
                       "intent, found, confidence, feedback, comment FROM questions "
                       "WHERE time_ms >= ?1 ORDER BY time_ms, rowid");
      select.bind(1, since_ms);
      while (select.step()) {
        LoggedQuestion r;
        if (auto id = AnswerId::parse(select.text(0))) r.answer_id = *id;
        r.time_ms = select.int64(1);
        r.channel = select.text(2);
        r.article = select.text(3);
        r.user = select.text(4);
        r.question = select.text(5);
        r.answer = select.text(6);
        r.intent = select.text(7);
        r.found = select.integer(8) != 0;
        r.confidence = select.real(9);
        r.feedback = parse_feedback(select.text(10)).value_or(Feedback::kNone);
        r.comment = select.text(11);
        rows.push_back(std::move(r));
      }
    } catch (const sql::SqliteError&) {
    }
    return rows;
  }

  size_t purge_before(int64_t before_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    try {
      sql::Stmt purge(db_, "DELETE FROM questions WHERE time_ms < ?1");
      purge.bind(1, before_ms);
      purge.run();
      return static_cast<size_t>(sqlite3_changes(db_.get()));
    } catch (const sql::SqliteError&) {
      return 0;
    }
  }

  std::string hash_key() override {
    std::lock_guard<std::mutex> lock(mu_);
    try {
      // INSERT OR IGNORE then read: of two processes opening a new file,
      // the first key written is the one both use.
      sql::Stmt insert(db_, "INSERT OR IGNORE INTO meta(key, value) VALUES ('hash_key', ?1)");
      insert.bind(1, random_hex(32));
      insert.run();
      sql::Stmt select(db_, "SELECT value FROM meta WHERE key = 'hash_key'");
      return select.step() ? select.text(0) : std::string();
    } catch (const sql::SqliteError&) {
      return "";
    }
  }

 private:
  std::mutex mu_;
  sql::Db db_;
};

}  // namespace

std::string default_question_log(const std::string& index_path) {
  return (std::filesystem::path(index_path).parent_path() / "tanya-questions.db").string();
}

std::unique_ptr<QuestionStore> open_sqlite_question_store(const std::string& path,
                                                          std::string* error) {
  try {
    return std::make_unique<SqliteQuestionStore>(path);
  } catch (const sql::SqliteError& e) {
    *error = "cannot open the question log " + path + ": " + e.what();
    return nullptr;
  }
}

}  // namespace tanya::editor
