#include "channels/sqlite_state_store.h"

#include <sqlite3.h>

#include <mutex>
#include <utility>

namespace tanya::channels {
namespace {

// Owns a connection.
class Database {
 public:
  Database() = default;
  ~Database() { sqlite3_close_v2(db_); }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  bool open(const std::string& path, std::string* error) {
    int rc = sqlite3_open_v2(path.c_str(), &db_,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                             nullptr);
    if (rc != SQLITE_OK) {
      *error = "cannot open state database " + path + ": " +
               (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
      return false;
    }
    sqlite3_busy_timeout(db_, 5000);  // another process (or replica) may hold the write lock
    return true;
  }

  // Runs statements without parameters (schema, pragmas, transactions).
  bool exec(const char* sql, std::string* error = nullptr) {
    char* message = nullptr;
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error) *error = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return rc == SQLITE_OK;
  }

  sqlite3* get() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// Owns a prepared statement. Parameters are always bound, never spliced.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  Statement& bind(int index, std::string_view text) {
    if (stmt_)
      sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int index, int64_t value) {
    if (stmt_) sqlite3_bind_int64(stmt_, index, value);
    return *this;
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return stmt_ ? sqlite3_step(stmt_) : SQLITE_ERROR; }
  int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::string text(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return data ? std::string(data, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
                : std::string();
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS contexts(
  channel TEXT NOT NULL, chat TEXT NOT NULL, context TEXT NOT NULL, updated_ms INTEGER NOT NULL,
  PRIMARY KEY(channel, chat)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS seen(
  channel TEXT NOT NULL, event_id TEXT NOT NULL, seen_ms INTEGER NOT NULL,
  PRIMARY KEY(channel, event_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS seen_by_time ON seen(seen_ms);
CREATE TABLE IF NOT EXISTS outbox(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  channel TEXT NOT NULL, chat TEXT NOT NULL, target TEXT NOT NULL, body BLOB NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL,
  last_error TEXT NOT NULL DEFAULT '', dead INTEGER NOT NULL DEFAULT 0,
  created_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS outbox_by_chat ON outbox(dead, channel, chat, id);
CREATE INDEX IF NOT EXISTS outbox_by_due ON outbox(dead, next_attempt_ms);
)sql";

class SqliteStateStore final : public StateStore {
 public:
  bool open(const std::string& path, std::string* error) {
    if (!db_.open(path, error)) return false;
    std::string message;
    // WAL: readers do not block the writer; FULL: a commit is on disk before
    // the platform gets its 200, so an acknowledged message is never lost.
    if (!db_.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", &message) ||
        !db_.exec(kSchema, &message)) {
      *error = "cannot initialise state database " + path + ": " + message;
      return false;
    }
    return true;
  }

  std::optional<std::string> load_context(std::string_view channel,
                                          std::string_view chat) override {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement s(db_.get(), "SELECT context FROM contexts WHERE channel = ?1 AND chat = ?2");
    s.bind(1, channel).bind(2, chat);
    if (s.step() != SQLITE_ROW) return std::nullopt;
    return s.text(0);
  }

  bool seen(std::string_view channel, std::string_view event_id) override {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement s(db_.get(), "SELECT 1 FROM seen WHERE channel = ?1 AND event_id = ?2");
    s.bind(1, channel).bind(2, event_id);
    return s.step() == SQLITE_ROW;
  }

  CommitResult commit(const Turn& turn, int64_t now_ms) override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!db_.exec("BEGIN IMMEDIATE")) return CommitResult::kError;
    CommitResult result = write_turn(turn, now_ms);
    if (result == CommitResult::kCommitted) {
      if (!db_.exec("COMMIT")) result = CommitResult::kError;
    }
    if (result != CommitResult::kCommitted) db_.exec("ROLLBACK");
    return result;
  }

  void expire_seen(int64_t before_ms) override {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement s(db_.get(), "DELETE FROM seen WHERE seen_ms < ?1");
    s.bind(1, before_ms).step();
  }

  std::vector<OutboxMessage> due(int64_t now_ms, size_t limit, int64_t lease_until_ms) override {
    std::lock_guard<std::mutex> lock(mutex_);
    // Select and lease in one write transaction: another process sharing
    // the file cannot claim the same rows in between.
    if (!db_.exec("BEGIN IMMEDIATE")) return {};
    std::vector<OutboxMessage> out = select_due(now_ms, limit);
    bool ok = true;
    for (const OutboxMessage& m : out) {
      Statement lease(db_.get(), "UPDATE outbox SET next_attempt_ms = ?2 WHERE id = ?1");
      lease.bind(1, m.id).bind(2, lease_until_ms);
      ok = ok && lease.step() == SQLITE_DONE;
    }
    if (ok && db_.exec("COMMIT")) return out;
    db_.exec("ROLLBACK");
    return {};
  }

 private:
  std::vector<OutboxMessage> select_due(int64_t now_ms, size_t limit) {
    Statement s(db_.get(), R"sql(
      SELECT id, channel, chat, target, body, attempts, next_attempt_ms, last_error
      FROM outbox AS o
      WHERE dead = 0 AND next_attempt_ms <= ?1
        AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.dead = 0 AND e.channel = o.channel
                        AND e.chat = o.chat AND e.id < o.id)
      ORDER BY id LIMIT ?2)sql");
    s.bind(1, now_ms).bind(2, static_cast<int64_t>(limit));
    std::vector<OutboxMessage> out;
    while (s.step() == SQLITE_ROW) {
      OutboxMessage m;
      m.id = s.integer(0);
      m.channel = s.text(1);
      m.chat = s.text(2);
      m.target = s.text(3);
      m.body = s.text(4);
      m.attempts = static_cast<int>(s.integer(5));
      m.next_attempt_ms = s.integer(6);
      m.last_error = s.text(7);
      out.push_back(std::move(m));
    }
    return out;
  }

 public:
  void delivered(int64_t id) override {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement s(db_.get(), "DELETE FROM outbox WHERE id = ?1");
    s.bind(1, id).step();
  }

  void failed(int64_t id, int attempts, int64_t next_attempt_ms, std::string_view error,
              bool give_up) override {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement s(db_.get(),
                "UPDATE outbox SET attempts = ?2, next_attempt_ms = ?3, last_error = ?4, dead = ?5 "
                "WHERE id = ?1");
    s.bind(1, id).bind(2, int64_t{attempts}).bind(3, next_attempt_ms).bind(4, error);
    s.bind(5, int64_t{give_up ? 1 : 0}).step();
  }

  std::optional<int64_t> next_due_ms() override {
    std::lock_guard<std::mutex> lock(mutex_);
    // Only a chat's oldest pending message can be attempted: later ones wait
    // for it, so their own times would wake the worker for nothing.
    Statement s(db_.get(), R"sql(
      SELECT MIN(next_attempt_ms) FROM outbox AS o
      WHERE dead = 0 AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.dead = 0
                                     AND e.channel = o.channel AND e.chat = o.chat
                                     AND e.id < o.id))sql");
    if (s.step() != SQLITE_ROW || s.is_null(0)) return std::nullopt;
    return s.integer(0);
  }

  OutboxStats outbox_stats() override {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement s(db_.get(),
                "SELECT COALESCE(SUM(dead = 0), 0), COALESCE(SUM(dead = 1), 0), "
                "COALESCE(MIN(CASE WHEN dead = 0 THEN created_ms END), 0) FROM outbox");
    OutboxStats stats;
    if (s.step() == SQLITE_ROW) {
      stats.pending = s.integer(0);
      stats.dead = s.integer(1);
      stats.oldest_pending_ms = s.integer(2);
    }
    return stats;
  }

 private:
  // The body of commit(), inside its transaction.
  CommitResult write_turn(const Turn& turn, int64_t now_ms) {
    if (!turn.event_id.empty()) {
      Statement s(db_.get(),
                  "INSERT INTO seen(channel, event_id, seen_ms) VALUES(?1, ?2, ?3) "
                  "ON CONFLICT DO NOTHING");
      s.bind(1, turn.channel).bind(2, turn.event_id).bind(3, now_ms);
      if (s.step() != SQLITE_DONE) return CommitResult::kError;
      if (sqlite3_changes(db_.get()) == 0) return CommitResult::kDuplicate;
    }
    if (turn.context) {
      Statement s(db_.get(),
                  "INSERT INTO contexts(channel, chat, context, updated_ms) VALUES(?1, ?2, ?3, ?4) "
                  "ON CONFLICT(channel, chat) DO UPDATE SET context = excluded.context, "
                  "updated_ms = excluded.updated_ms");
      s.bind(1, turn.channel).bind(2, turn.chat).bind(3, *turn.context).bind(4, now_ms);
      if (s.step() != SQLITE_DONE) return CommitResult::kError;
    }
    for (const OutboxMessage& m : turn.outbox) {
      Statement s(db_.get(),
                  "INSERT INTO outbox(channel, chat, target, body, next_attempt_ms, created_ms) "
                  "VALUES(?1, ?2, ?3, ?4, ?5, ?5)");
      s.bind(1, turn.channel).bind(2, turn.chat).bind(3, m.target).bind(4, m.body).bind(5, now_ms);
      if (s.step() != SQLITE_DONE) return CommitResult::kError;
    }
    return CommitResult::kCommitted;
  }

  std::mutex mutex_;  // one connection: statements and transactions must not interleave
  Database db_;
};

}  // namespace

std::unique_ptr<StateStore> open_sqlite_state_store(const std::string& path, std::string* error) {
  auto store = std::make_unique<SqliteStateStore>();
  if (!store->open(path, error)) return nullptr;
  return store;
}

}  // namespace tanya::channels
