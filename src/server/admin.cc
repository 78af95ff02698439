#include "server/admin.h"

#include <algorithm>
#include <filesystem>

#include "base/random.h"
#include "bot/bot.h"
#include "channels/channel.h"
#include "channels/hmac.h"
#include "editor/curation.h"
#include "editor/question_log.h"
#include "text/utf8.h"
#include "web/admin_page.h"

namespace tanya::server {

namespace {

constexpr const char* kCookie = "tanya_admin";
constexpr int64_t kDayMs = 24LL * 60 * 60 * 1000;
// Failed logins allowed per minute from one client address, and from all
// together: guessing the token stays slow even from many addresses, and
// one noisy address cannot lock the editor out alone.
constexpr size_t kFailedLoginsPerClient = 5;
constexpr size_t kFailedLoginsInAll = 60;
constexpr int64_t kFailureWindowMs = 60000;
// Addresses remembered at most; beyond, only the overall limit applies.
constexpr size_t kRememberedClients = 10000;

// The value of cookie `name` in a Cookie header, "" when absent.
std::string cookie_value(std::string_view header, std::string_view name) {
  size_t at = 0;
  while (at < header.size()) {
    size_t end = header.find(';', at);
    if (end == std::string_view::npos) end = header.size();
    std::string_view part = header.substr(at, end - at);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.substr(0, name.size()) == name &&
        part[name.size()] == '=')
      return std::string(part.substr(name.size() + 1));
    at = end + 1;
  }
  return "";
}

AdminResponse html(int status, std::string body) {
  AdminResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers.emplace_back("Content-Type", "text/html; charset=utf-8");
  return r;
}

AdminResponse redirect(std::string_view to) {
  AdminResponse r;
  r.status = 303;
  r.headers.emplace_back("Location", std::string(to));
  return r;
}

AdminResponse refused(int status, std::string_view why) {
  AdminResponse r = html(status, web::render_admin_login(why));
  return r;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> admin_security_headers() {
  return {{"Content-Security-Policy",
           "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
           "frame-ancestors 'none'; base-uri 'none'"},
          {"X-Frame-Options", "DENY"},
          {"X-Content-Type-Options", "nosniff"},
          // same-origin, not no-referrer: under no-referrer a browser sends
          // "Origin: null" with the page's own forms, which the CSRF check refuses.
          {"Referrer-Policy", "same-origin"},
          {"Cache-Control", "no-store"}};
}

std::map<std::string, std::string> parse_form(std::string_view body) {
  std::map<std::string, std::string> form;
  size_t at = 0;
  while (at <= body.size()) {
    size_t end = body.find('&', at);
    if (end == std::string_view::npos) end = body.size();
    std::string_view pair = body.substr(at, end - at);
    if (!pair.empty()) {
      const size_t eq = pair.find('=');
      std::string key = channels::url_decode(pair.substr(0, eq));
      std::string value =
          eq == std::string_view::npos ? "" : channels::url_decode(pair.substr(eq + 1));
      if (!utf8::valid(value)) value = utf8::clean(value);
      form[key] = std::move(value);
    }
    at = end + 1;
  }
  return form;
}

Admin::Admin(AdminOptions options, const Bot& bot, editor::QuestionLog* log)
    : options_(std::move(options)),
      key_(channels::hmac_sha256(options_.token, "tanya admin session v1")),
      bot_(bot),
      log_(log) {}

std::string Admin::sign(std::string_view text) const {
  return channels::to_hex(channels::hmac_sha256(key_, text));
}

int64_t Admin::now_ms() const {
  if (options_.now_ms) return options_.now_ms();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::optional<Admin::Session> Admin::session_of(const AdminRequest& request) const {
  // <expiry ms>.<nonce>.<signature of both>
  const std::string cookie = cookie_value(request.cookie, kCookie);
  const size_t dot = cookie.find('.');
  const size_t last = cookie.rfind('.');
  if (dot == std::string::npos || last == dot || dot > 15 || cookie.size() > 200)
    return std::nullopt;
  const std::string signed_part = cookie.substr(0, last);
  if (!channels::constant_time_equal(cookie.substr(last + 1), sign(signed_part)))
    return std::nullopt;
  int64_t expires = 0;
  for (size_t i = 0; i < dot; ++i) {
    if (cookie[i] < '0' || cookie[i] > '9') return std::nullopt;
    expires = expires * 10 + (cookie[i] - '0');
  }
  if (expires <= now_ms()) return std::nullopt;
  return Session{sign("csrf:" + cookie).substr(0, 32)};
}

bool Admin::login_allowed(const std::string& client, bool failed) {
  std::lock_guard<std::mutex> lock(mu_);
  const int64_t now = now_ms();
  auto recent = [&](std::vector<int64_t>& times) {
    times.erase(std::remove_if(times.begin(), times.end(),
                               [&](int64_t t) { return now - t > kFailureWindowMs; }),
                times.end());
  };
  recent(failed_);
  for (auto it = failed_by_client_.begin(); it != failed_by_client_.end();) {
    recent(it->second);
    it = it->second.empty() ? failed_by_client_.erase(it) : std::next(it);
  }
  auto mine = failed_by_client_.find(client);
  const size_t own = mine == failed_by_client_.end() ? 0 : mine->second.size();
  if (own >= kFailedLoginsPerClient || failed_.size() >= kFailedLoginsInAll) return false;
  if (failed) {
    failed_.push_back(now);
    if (mine != failed_by_client_.end() || failed_by_client_.size() < kRememberedClients)
      failed_by_client_[client].push_back(now);
  }
  return true;
}

bool Admin::same_origin(const AdminRequest& request) const {
  // A browser sends Origin with every POST; a form posted from another
  // site names that site. No Origin at all is a client that is no browser
  // (curl), which has no cookie to ride on unless it was given one.
  if (request.origin.empty()) return true;
  return request.origin == "http://" + request.host || request.origin == "https://" + request.host;
}

AdminResponse Admin::login(const AdminRequest& request) {
  if (!same_origin(request)) return refused(403, "Permintaan dari situs lain ditolak.");
  auto form = parse_form(request.body);
  // Signatures of equal length are compared, so that not even the token's
  // length shows in the time taken.
  const bool right = channels::constant_time_equal(sign("token:" + form["token"]),
                                                   sign("token:" + options_.token));
  if (!login_allowed(request.client, !right)) {
    AdminResponse r = refused(429, "Terlalu banyak percobaan masuk. Coba lagi sebentar lagi.");
    r.headers.emplace_back("Retry-After", "60");
    return r;
  }
  if (!right) return refused(401, "Token salah.");
  const std::string signed_part =
      std::to_string(now_ms() + options_.session_ttl.count() * 1000) + "." + random_hex(16);
  const std::string id = signed_part + "." + sign(signed_part);
  AdminResponse r = redirect("/admin");
  std::string cookie = std::string(kCookie) + "=" + id +
                       "; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=" +
                       std::to_string(options_.session_ttl.count());
  if (request.https) cookie += "; Secure";
  r.headers.emplace_back("Set-Cookie", cookie);
  return r;
}

std::vector<std::string> Admin::articles() const {
  std::vector<std::string> out;
  if (options_.corpus_dir.empty()) return out;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(options_.corpus_dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->path().extension() == ".md") out.push_back(it->path().stem().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

AdminResponse Admin::report_page(const AdminRequest& request, const Session& session,
                                 std::string_view notice, std::string_view error) {
  const size_t q = request.target.find('?');
  auto query =
      parse_form(q == std::string::npos ? "" : std::string_view(request.target).substr(q + 1));
  web::AdminView view;
  view.csrf = session.csrf;
  view.articles = articles();
  view.can_curate = !view.articles.empty();
  view.logging = log_ != nullptr;
  view.since = query.count("since") ? query["since"] : "30";
  view.article = query["article"];
  view.notice = std::string(notice);
  view.error = std::string(error);
  if (notice.empty() && query["done"] == "curated")
    view.notice = "Jawaban kurasi disimpan. Pembaca berikutnya akan mendapatkannya.";
  if (notice.empty() && query["done"] == "alias") view.notice = "Alias disimpan.";
  int days = 30;
  try {
    days = std::clamp(std::stoi(view.since), 1, 3650);
  } catch (const std::exception&) {
  }
  view.since = std::to_string(days);
  editor::ReportOptions options;
  options.since_ms = now_ms() - days * kDayMs;
  options.article = view.article;
  std::vector<editor::LoggedQuestion> rows;
  if (log_ != nullptr) {
    log_->flush();  // what readers asked a moment ago belongs in the report
    rows = log_->store().since(options.since_ms);
  }
  editor::Report report =
      editor::make_report(rows, options, [&](std::string_view text, std::string_view article) {
        return bot_.question_key(text, article);
      });
  return html(200, web::render_admin_report(report, view));
}

AdminResponse Admin::change(const AdminRequest& request, const Session& session) {
  auto form = parse_form(request.body);
  if (!channels::constant_time_equal(form["csrf"], session.csrf))
    return refused(403, "Formulir kedaluwarsa atau bukan dari halaman ini. Muat ulang halaman.");
  const std::string path = request.target.substr(0, request.target.find('?'));
  if (path == "/admin/logout") {
    // The browser forgets the cookie. (A copy stays valid until it expires;
    // changing the token ends every session.)
    AdminResponse r = redirect("/admin");
    r.headers.emplace_back("Set-Cookie", std::string(kCookie) + "=; Path=/admin; Max-Age=0");
    return r;
  }
  if (options_.corpus_dir.empty())
    return report_page(request, session, "", "Korpus tertanam tidak bisa diubah.");
  std::string error;
  if (path == "/admin/curate") {
    editor::CuratedPair pair;
    std::string_view lines = form["questions"];
    while (!lines.empty()) {
      size_t nl = lines.find('\n');
      std::string line = utf8::clean(lines.substr(0, nl));
      if (!line.empty()) pair.questions.push_back(line);
      if (nl == std::string_view::npos) break;
      lines.remove_prefix(nl + 1);
    }
    pair.answer = form["answer"];
    pair.section = utf8::clean(form["section"]);
    if (editor::add_curated_pair(options_.corpus_dir, form["article"], pair, &error))
      return redirect("/admin?done=curated");
  } else if (path == "/admin/alias") {
    if (editor::add_alias(options_.corpus_dir, form["article"], form["phrase"], form["to"], &error))
      return redirect("/admin?done=alias");
  } else {
    return html(404, web::render_admin_login("Halaman tidak ditemukan."));
  }
  AdminResponse r = report_page(request, session, "", error);
  r.status = 400;
  return r;
}

AdminResponse Admin::handle(const AdminRequest& request) {
  AdminResponse r;
  const std::string path = request.target.substr(0, request.target.find('?'));
  if (!enabled()) {
    r = html(404, "");
  } else if (request.method == "POST" && path == "/admin/login") {
    r = login(request);
  } else if (std::optional<Session> session = session_of(request)) {
    if (request.method == "POST") {
      r = same_origin(request) ? change(request, *session)
                               : refused(403, "Permintaan dari situs lain ditolak.");
    } else if (request.method == "GET" && path == "/admin") {
      r = report_page(request, *session, "", "");
    } else {
      r = html(404, web::render_admin_login("Halaman tidak ditemukan."));
    }
  } else if (request.method == "GET" && path == "/admin") {
    r = html(200, web::render_admin_login(""));
  } else {
    r = refused(401, "Silakan masuk dulu.");
  }
  for (auto& h : admin_security_headers()) r.headers.push_back(std::move(h));
  return r;
}

}  // namespace tanya::server
