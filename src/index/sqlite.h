// Minimal RAII wrappers over sqlite3 connections and statements. Errors are
// reported as exceptions of type SqliteError at this layer only: the index
// is our own file, so a failure here is an operational error, not user input.
#ifndef TANYA_INDEX_SQLITE_H_
#define TANYA_INDEX_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tanya::sql {

struct SqliteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Db {
 public:
  // Opens `path` with sqlite3_open_v2 `flags`; throws SqliteError on failure.
  Db(const std::string& path, int flags);
  ~Db();
  Db(Db&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  sqlite3* get() const { return db_; }
  // Runs one or more statements without results (schema, pragmas).
  void exec(const std::string& sql);

 private:
  sqlite3* db_ = nullptr;
};

class Stmt {
 public:
  Stmt(const Db& db, std::string_view sql);
  ~Stmt();
  Stmt(Stmt&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Parameters are 1-based, as in SQLite. Text is bound as a copy.
  Stmt& bind(int i, std::string_view text);
  Stmt& bind(int i, int64_t value);
  Stmt& bind(int i, double value);

  // Advances; true while a row is available. Throws on error.
  bool step();
  // Steps to completion (for INSERT/UPDATE) and resets for reuse.
  void run();
  void reset();

  int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  int integer(int col) const { return sqlite3_column_int(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string text(int col) const;
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace tanya::sql

#endif  // TANYA_INDEX_SQLITE_H_
