// The editor's admin page (/admin): the question log's report with charts,
// and the forms that add a curated answer or an alias beside an article
// (editor/curation.h). Off (404) unless an admin token is configured
// (TANYA_ADMIN_TOKEN).
//
// Security, because readers' questions are hostile text and the page
// writes to the corpus:
//   - log in with the token (compared in constant time; failed attempts
//     are limited per client address and in all) and get a session
//     cookie: HttpOnly, SameSite=Strict, Path=/admin, Secure behind an
//     https proxy. The cookie is signed with a key derived from the token,
//     not kept in memory, so every replica behind a load balancer accepts
//     it; changing the token ends every session;
//   - every POST after login carries the session's CSRF token in the form,
//     and any POST whose Origin is not this host is refused;
//   - every text shown is HTML-escaped, and the pages carry a CSP that
//     allows no script at all.
// Beast stays out of this header: AdminRequest/AdminResponse are plain
// values, so the module is tested without a socket.
#ifndef TANYA_SERVER_ADMIN_H_
#define TANYA_SERVER_ADMIN_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "editor/report.h"

namespace tanya {
class Bot;
namespace editor {
class QuestionLog;
}
}  // namespace tanya

namespace tanya::server {

struct AdminRequest {
  std::string method;  // "GET", "POST"
  std::string target;  // path and query ("/admin?since=7d")
  std::string body;    // application/x-www-form-urlencoded for POST
  std::string cookie;  // the Cookie header
  std::string origin;  // the Origin header, "" when absent
  std::string host;    // the Host header
  std::string client;  // the client's address (the proxy's forwarded one with --trust-proxy)
  bool https = false;  // the reader's connection is https (behind a trusted proxy)
};

struct AdminResponse {
  int status = 200;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // besides the security headers
};

struct AdminOptions {
  std::string token;       // empty: the admin page is off
  std::string corpus_dir;  // where curated answers are written; empty: read-only
  std::chrono::seconds session_ttl{12 * 60 * 60};
  std::function<int64_t()> now_ms;  // wall clock; empty: the system clock
};

// Headers every admin response carries (CSP, frame and cache rules).
std::vector<std::pair<std::string, std::string>> admin_security_headers();

// Decodes an application/x-www-form-urlencoded body (or query); a key seen
// twice keeps its last value. Invalid UTF-8 in a value is replaced.
std::map<std::string, std::string> parse_form(std::string_view body);

class Admin {
 public:
  // `bot` reads questions for grouping; `log` may be null (no question log:
  // the page says so).
  Admin(AdminOptions options, const Bot& bot, editor::QuestionLog* log);

  bool enabled() const { return !options_.token.empty(); }
  static bool owns(std::string_view path) {
    return path == "/admin" || path.rfind("/admin/", 0) == 0;
  }

  // Handles one request under /admin. Thread-safe; reads the log, so it
  // belongs on the core pool.
  AdminResponse handle(const AdminRequest& request);

 private:
  struct Session {
    std::string csrf;  // derived from the cookie: the forms of this session carry it
  };
  int64_t now_ms() const;
  std::string sign(std::string_view text) const;  // hex HMAC with key_
  // The session of the request's cookie, if its signature holds and it
  // has not expired.
  std::optional<Session> session_of(const AdminRequest& request) const;
  // False when `client` (or everyone) failed to log in too often lately;
  // with `failed`, also counts one failure.
  bool login_allowed(const std::string& client, bool failed);
  bool same_origin(const AdminRequest& request) const;
  AdminResponse login(const AdminRequest& request);
  AdminResponse report_page(const AdminRequest& request, const Session& session,
                            std::string_view notice, std::string_view error);
  AdminResponse change(const AdminRequest& request, const Session& session);
  std::vector<std::string> articles() const;

  const AdminOptions options_;
  const std::string key_;  // signs cookies: HMAC of the token, so replicas agree
  const Bot& bot_;
  editor::QuestionLog* const log_;
  std::mutex mu_;
  // Times of recent failed logins, by client address and in all; guarded by mu_.
  std::map<std::string, std::vector<int64_t>> failed_by_client_;
  std::vector<int64_t> failed_;
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_ADMIN_H_
