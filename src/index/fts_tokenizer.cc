#include "index/fts_tokenizer.h"

#include <new>

#include "index/sqlite.h"
#include "text/tokenizer.h"

// SQLite 3.40 (Debian bookworm) ships fts5_api version 2 with only
// xCreateTokenizer; the v2 tokenizer API of newer SQLite does not exist there,
// so this file uses only the version-2 API declared in sqlite3.h.

namespace tanya {

namespace {

int create(void*, const char**, int, Fts5Tokenizer** out) {
  auto* t = new (std::nothrow) Tokenizer();
  if (t == nullptr) return SQLITE_NOMEM;
  *out = reinterpret_cast<Fts5Tokenizer*>(t);
  return SQLITE_OK;
}

void destroy(Fts5Tokenizer* p) {
  delete reinterpret_cast<Tokenizer*>(p);
}

int tokenize(Fts5Tokenizer* p, void* ctx, int, const char* text, int n,
             int (*x_token)(void*, int, const char*, int, int, int)) {
  auto* t = reinterpret_cast<Tokenizer*>(p);
  int rc = SQLITE_OK;
  try {
    t->tokenize(std::string_view(text, static_cast<size_t>(n)), [&](const Token& tok) {
      if (rc != SQLITE_OK) return;
      rc = x_token(ctx, 0, tok.term.data(), static_cast<int>(tok.term.size()),
                   static_cast<int>(tok.begin), static_cast<int>(tok.end));
    });
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  }
  // FTS5 asks to stop with SQLITE_DONE; that is not an error.
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

}  // namespace

void register_fts_tokenizer(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    throw sql::SqliteError("FTS5 is not available in this SQLite");
  }
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (api == nullptr || api->iVersion < 2) throw sql::SqliteError("FTS5 API version < 2");
  // FTS5 copies the method table; this one is never modified.
  static fts5_tokenizer kMethods = {create, destroy, tokenize};
  if (api->xCreateTokenizer(api, "tanya", nullptr, &kMethods, nullptr) != SQLITE_OK) {
    throw sql::SqliteError("cannot register the FTS5 tokenizer");
  }
}

}  // namespace tanya
