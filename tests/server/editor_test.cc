// The editor's loop through the server: answer ids, readers' feedback over
// WebSocket and HTTP, the question log it fills, and the /admin module
// (server/admin.h) with its login, CSRF and escaping.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "editor/question_log.h"
#include "editor/sqlite_question_store.h"
#include "server/admin.h"
#include "support.h"

using namespace tanya;
using namespace tanya::server;
using namespace tanya::server::testing;

namespace {

// A question log in a temporary SQLite file.
struct TestLog {
  TestLog() : path(temp_path("questions-" + std::to_string(++count) + ".db")) {
    std::filesystem::remove(path);
    std::string error;
    store = editor::open_sqlite_question_store(path, &error);
    REQUIRE(store);
    log = editor::QuestionLog::open(store, {}, &error);
    REQUIRE(log);
  }
  ~TestLog() {
    log.reset();
    store.reset();
    std::filesystem::remove(path);
  }
  static inline int count = 0;
  std::string path;
  std::shared_ptr<editor::QuestionStore> store;
  std::unique_ptr<editor::QuestionLog> log;
};

AdminRequest req(std::string method, std::string target, std::string body = "",
                 std::string cookie = "", std::string origin = "", bool https = false,
                 std::string client = "198.51.100.7") {
  AdminRequest r;
  r.method = std::move(method);
  r.target = std::move(target);
  r.body = std::move(body);
  r.cookie = std::move(cookie);
  r.origin = std::move(origin);
  r.host = "h";
  r.client = std::move(client);
  r.https = https;
  return r;
}

std::string header_of(const AdminResponse& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return "";
}

}  // namespace

TEST_CASE("over WebSocket, answers carry ids that readers can mark", "[editor]") {
  TestLog log;
  TestServer server(test_config(), nullptr, log.log.get());
  WsClient client(server.port());
  json welcome = client.connect_and_welcome();
  CHECK(welcome["feedback"] == true);
  json answer = client.ask("q1", "Apa itu kerja sama internasional?");
  REQUIRE(answer["answer_id"].is_string());
  const std::string id = answer["answer_id"];

  REQUIRE_FALSE(client.send(
      json{{"type", "feedback"}, {"id", id}, {"value", "down"}, {"comment", "kurang lengkap"}}
          .dump()));
  json ok = client.read_json();
  CHECK(ok["type"] == "feedback");
  CHECK(ok["id"] == id);
  CHECK(ok["ok"] == true);

  REQUIRE_FALSE(client.send(
      json{{"type", "feedback"}, {"id", std::string(32, 'a')}, {"value", "up"}}.dump()));
  CHECK(client.read_json()["error"] == "unknown_answer");
  REQUIRE_FALSE(client.send(json{{"type", "feedback"}, {"id", id}, {"value", "meh"}}.dump()));
  CHECK(client.read_json()["error"] == "bad_request");
  REQUIRE_FALSE(client.send(
      json{{"type", "feedback"}, {"id", id}, {"value", "down"}, {"comment", std::string(600, 'x')}}
          .dump()));
  CHECK(client.read_json()["error"] == "comment_too_long");
  REQUIRE_FALSE(client.send(json{{"type", "feedback"}, {"id", 7}, {"value", "up"}}.dump()));
  CHECK(client.read_json()["error"] == "bad_request");

  log.log->flush();
  auto rows = log.store->since(0);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].channel == "websocket");
  CHECK(rows[0].question == "Apa itu kerja sama internasional?");
  CHECK(rows[0].found);
  CHECK(rows[0].feedback == editor::Feedback::kDown);
  CHECK(rows[0].comment == "kurang lengkap");
  CHECK(rows[0].user == log.log->hash(welcome["session"].get<std::string>()));
}

TEST_CASE("over HTTP, POST /api/feedback marks an answer of /api/ask", "[editor]") {
  TestLog log;
  TestServer server(test_config(), nullptr, log.log.get());
  auto asked = http_request(server.port(), http::verb::post, "/api/ask",
                            R"({"text":"siapa penemu lampu pijar"})");
  REQUIRE(asked.result_int() == 200);
  json answer = json::parse(asked.body());
  CHECK(answer["found"] == false);
  const std::string id = answer["answer_id"];
  auto marked = http_request(server.port(), http::verb::post, "/api/feedback",
                             json{{"id", id}, {"value", "down"}}.dump());
  CHECK(marked.result_int() == 200);
  CHECK(json::parse(marked.body())["ok"] == true);
  auto unknown = http_request(server.port(), http::verb::post, "/api/feedback",
                              json{{"id", std::string(32, 'b')}, {"value", "down"}}.dump());
  CHECK(unknown.result_int() == 404);
  CHECK(json::parse(unknown.body())["error"] == "unknown_answer");
  CHECK(http_request(server.port(), http::verb::post, "/api/feedback", "{oops").result_int() ==
        400);
  CHECK(http_request(server.port(), http::verb::get, "/api/feedback").result_int() == 405);
  log.log->flush();
  auto metrics = http_request(server.port(), http::verb::get, "/metrics");
  CHECK(metrics.body().find("tanya_question_log_rows_total 1\n") != std::string::npos);
  CHECK(metrics.body().find("tanya_question_log_dropped_total 0\n") != std::string::npos);
  auto rows = log.store->since(0);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].channel == "http");
  CHECK_FALSE(rows[0].found);
  CHECK(rows[0].feedback == editor::Feedback::kDown);
}

TEST_CASE("with the log off, the welcome says so and feedback is refused clearly", "[editor]") {
  TestServer server;
  WsClient client(server.port());
  json welcome = client.connect_and_welcome();
  CHECK(welcome["feedback"] == false);
  json answer = client.ask("q1", "Apa itu kerja sama internasional?");
  REQUIRE(answer["answer_id"].is_string());
  REQUIRE_FALSE(
      client.send(json{{"type", "feedback"}, {"id", answer["answer_id"]}, {"value", "up"}}.dump()));
  CHECK(client.read_json()["error"] == "feedback_off");
  auto r = http_request(server.port(), http::verb::post, "/api/feedback",
                        json{{"id", answer["answer_id"]}, {"value", "up"}}.dump());
  CHECK(r.result_int() == 503);
}

TEST_CASE("admin: off without a token, and a token login gives a strict session cookie",
          "[editor][admin]") {
  Admin off({}, test_bot(), nullptr);
  CHECK(off.handle(req("GET", "/admin", "", "", "", false)).status == 404);

  TestLog log;
  int64_t now = 1'000'000'000'000;
  AdminOptions options;
  options.token = "token-rahasia-1234567890";
  options.now_ms = [&] { return now; };
  Admin admin(options, test_bot(), log.log.get());
  AdminResponse page = admin.handle(req("GET", "/admin", "", "", "", false));
  CHECK(page.status == 200);
  CHECK(page.body.find("name=\"token\"") != std::string::npos);
  CHECK(header_of(page, "Content-Security-Policy").find("default-src 'none'") != std::string::npos);
  CHECK(header_of(page, "X-Frame-Options") == "DENY");

  CHECK(admin.handle(req("POST", "/admin/login", "token=salah", "", "", false)).status == 401);
  // A login form posted from another site is refused before the token is read.
  CHECK(admin
            .handle(req("POST", "/admin/login", "token=token-rahasia-1234567890", "",
                        "https://evil.example", false))
            .status == 403);
  AdminResponse in =
      admin.handle(req("POST", "/admin/login", "token=token-rahasia-1234567890", "", "", true));
  REQUIRE(in.status == 303);
  const std::string cookie = header_of(in, "Set-Cookie");
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  CHECK(cookie.find("Path=/admin") != std::string::npos);
  CHECK(cookie.find("Secure") != std::string::npos);
  const std::string session = cookie.substr(0, cookie.find(';'));
  CHECK(admin.handle(req("GET", "/admin", "", session, "", false)).body.find("Ringkasan") !=
        std::string::npos);
  // Sessions expire.
  now += 13LL * 60 * 60 * 1000;
  CHECK(admin.handle(req("GET", "/admin", "", session, "", false)).body.find("Ringkasan") ==
        std::string::npos);
}

TEST_CASE("admin: guessing the token is slowed down, without locking the editor out",
          "[editor][admin]") {
  AdminOptions options;
  options.token = "token-rahasia-1234567890";
  Admin admin(options, test_bot(), nullptr);
  int limited = 0;
  for (int i = 0; i < 15; ++i) {
    limited +=
        admin.handle(req("POST", "/admin/login", "token=x" + std::to_string(i))).status == 429;
  }
  CHECK(limited == 10);
  // Even the right token waits out the minute there: a guesser cannot tell.
  CHECK(admin.handle(req("POST", "/admin/login", "token=token-rahasia-1234567890")).status == 429);
  // The editor, from another address, still gets in.
  CHECK(admin
            .handle(req("POST", "/admin/login", "token=token-rahasia-1234567890", "", "", false,
                        "203.0.113.9"))
            .status == 303);
}

TEST_CASE("admin: a session cookie holds on every replica with the token, and nothing forges it",
          "[editor][admin]") {
  AdminOptions options;
  options.token = "token-rahasia-1234567890";
  Admin one(options, test_bot(), nullptr), two(options, test_bot(), nullptr);
  AdminResponse in = one.handle(req("POST", "/admin/login", "token=token-rahasia-1234567890"));
  REQUIRE(in.status == 303);
  const std::string set = header_of(in, "Set-Cookie");
  const std::string cookie = set.substr(0, set.find(';'));
  CHECK(two.handle(req("GET", "/admin", "", cookie)).body.find("Ringkasan") != std::string::npos);
  // A changed expiry, a changed signature, or another token's server: no session.
  std::string later = cookie;
  const size_t digit = later.find('=') + 1;
  later[digit] = later[digit] == '9' ? '8' : '9';
  CHECK(two.handle(req("GET", "/admin", "", later)).body.find("Ringkasan") == std::string::npos);
  std::string forged = cookie;
  forged.back() = forged.back() == '0' ? '1' : '0';
  CHECK(two.handle(req("GET", "/admin", "", forged)).body.find("Ringkasan") == std::string::npos);
  AdminOptions other = options;
  other.token = "token-lain-abcdefghijkl";
  Admin three(other, test_bot(), nullptr);
  CHECK(three.handle(req("GET", "/admin", "", cookie)).body.find("Ringkasan") == std::string::npos);
}

TEST_CASE("admin: the report escapes readers' text, and changes need the session's CSRF token",
          "[editor][admin]") {
  TestLog log;
  const std::filesystem::path corpus = temp_path("admin-corpus");
  std::filesystem::remove_all(corpus);
  std::filesystem::create_directories(corpus);
  std::filesystem::copy_file(source_dir() + "/corpus/kerja-sama-internasional.md",
                             corpus / "kerja-sama-internasional.md");
  AdminOptions options;
  options.token = "token-rahasia-1234567890";
  options.corpus_dir = corpus.string();
  Admin admin(options, test_bot(), log.log.get());

  Answer declined = test_bot().ask("admin-x", "<script>alert(1)</script> siapa presiden?");
  log.log->record({"websocket", "s", "", "<script>alert(1)</script> siapa presiden?"}, declined);

  AdminResponse in =
      admin.handle(req("POST", "/admin/login", "token=token-rahasia-1234567890", "", "", false));
  const std::string cookie =
      header_of(in, "Set-Cookie").substr(0, header_of(in, "Set-Cookie").find(';'));
  AdminResponse page = admin.handle(req("GET", "/admin", "", cookie, "", false));
  REQUIRE(page.status == 200);
  CHECK(page.body.find("<script>") == std::string::npos);
  CHECK(page.body.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.body.find("<svg") != std::string::npos);
  const size_t at = page.body.find("name=\"csrf\" value=\"");
  REQUIRE(at != std::string::npos);
  const std::string csrf = page.body.substr(at + 19, 32);

  const std::string form = "csrf=" + csrf +
                           "&article=kerja-sama-internasional&questions=siapa+presiden%3F"
                           "&answer=Artikel+ini+tidak+membahas+presiden.";
  // Without a session, with another site's Origin, or with a wrong token: refused.
  CHECK(admin.handle(req("POST", "/admin/curate", form, "", "", false)).status == 401);
  CHECK(admin.handle(req("POST", "/admin/curate", form, cookie, "https://evil.example", false))
            .status == 403);
  CHECK(admin.handle(req("POST", "/admin/curate", "csrf=00" + form.substr(7), cookie, "", false))
            .status == 403);
  CHECK_FALSE(std::filesystem::exists(corpus / "kerja-sama-internasional.json"));

  AdminResponse added = admin.handle(req("POST", "/admin/curate", form, cookie, "http://h", false));
  CHECK(added.status == 303);
  CHECK(header_of(added, "Location") == "/admin?done=curated");
  std::ifstream in_file(corpus / "kerja-sama-internasional.json");
  json data = json::parse(in_file);
  CHECK(data["curated"][0]["questions"] == json({"siapa presiden?"}));
  CHECK(data["curated"][0]["answer"] == "Artikel ini tidak membahas presiden.");

  AdminResponse bad = admin.handle(req("POST", "/admin/curate",
                                       "csrf=" + csrf + "&article=tidak-ada&questions=q&answer=a",
                                       cookie, "", false));
  CHECK(bad.status == 400);
  CHECK(bad.body.find("tidak-ada") != std::string::npos);
  std::filesystem::remove_all(corpus);
}

TEST_CASE("admin: form bodies decode, and invalid UTF-8 never passes", "[editor][admin]") {
  auto form = parse_form("a=1&b=x+y%21&c=%E2%9C%93&d=%FF%FE&e&a=2");
  CHECK(form["a"] == "2");
  CHECK(form["b"] == "x y!");
  CHECK(form["c"] == "\xE2\x9C\x93");
  CHECK(form["d"] != "\xFF\xFE");
  CHECK(form.count("e") == 1);
}
