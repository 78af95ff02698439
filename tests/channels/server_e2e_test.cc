// End-to-end tests against the real server: the `tanya serve` binary runs as
// a subprocess with the channels configured through the environment, its
// platform APIs pointed at a fake API in this process, and the real bot
// answering from the repository's corpus.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <thread>

#include "channels/hmac.h"
#include "fake_api.h"
#include "server_process.h"
#include "test_util.h"

using nlohmann::json;
using tanya::channels::hmac_sha256;
using tanya::channels::to_hex;
using tanya::testing::FakeApi;
using tanya::testing::http_request;
using tanya::testing::Recorded;
using tanya::testing::Reply;
using tanya::testing::Scripted;
using tanya::testing::ServerProcess;
using tanya::testing::TempDir;

namespace {

// A server with WhatsApp and the JSON channel on, its state in `dir`.
struct Server {
  const TempDir& dir;
  const FakeApi& api;
  std::unique_ptr<ServerProcess> process;

  Server(const TempDir& d, const FakeApi& a) : dir(d), api(a) { start(); }

  void start() {
    std::vector<std::string> args = {"serve",
                                     "--port",
                                     "0",
                                     "--corpus",
                                     TANYA_SOURCE_DIR "/corpus",
                                     "--bot",
                                     TANYA_SOURCE_DIR "/bot",
                                     "--index",
                                     dir.file("index.db"),
                                     "--state",
                                     dir.file("webhooks.db"),
                                     "--quiet"};
    std::map<std::string, std::string> env = {{"TANYA_WHATSAPP_APP_SECRET", "wa-secret"},
                                              {"TANYA_WHATSAPP_VERIFY_TOKEN", "wa-verify"},
                                              {"TANYA_WHATSAPP_ACCESS_TOKEN", "wa-token"},
                                              {"TANYA_GRAPH_API_BASE", api.base_url() + "/v21.0"},
                                              {"TANYA_REST_TOKEN", "rest-token"},
                                              {"TANYA_TELEGRAM_SECRET_TOKEN", "tg-secret"},
                                              {"TANYA_SLACK_SIGNING_SECRET", "slack-secret"},
                                              {"TANYA_SLACK_BOT_TOKEN", "xoxb-test"},
                                              {"TANYA_SLACK_API_BASE", api.base_url() + "/api"},
                                              {"TANYA_OUTBOX_BACKOFF_MS", "50"},
                                              {"TANYA_OUTBOX_MAX_BACKOFF_MS", "200"},
                                              {"TANYA_OUTBOUND_TIMEOUT_MS", "2000"}};
    process = std::make_unique<ServerProcess>(TANYA_BINARY, args, env);
    INFO(process->log());
    REQUIRE(process->port() > 0);
  }

  void restart() {
    process->stop();
    start();
  }

  Reply whatsapp(const std::string& body, const std::string& signature) {
    std::map<std::string, std::string> headers = {{"Content-Type", "application/json"}};
    if (!signature.empty()) headers["X-Hub-Signature-256"] = signature;
    return http_request(process->port(), "POST", "/webhook/whatsapp", headers, body);
  }

  std::string ask(const std::string& sender, const std::string& question) {
    json request = {{"sender", sender}, {"message", question}};
    Reply reply =
        http_request(process->port(), "POST", "/webhooks/rest/webhook",
                     {{"Authorization", "Bearer rest-token"}, {"Content-Type", "application/json"}},
                     request.dump());
    REQUIRE(reply.status == 200);
    json answer = json::parse(reply.body);
    REQUIRE(answer.size() == 1);
    return answer[0]["text"];
  }

  int64_t metric(const std::string& name) {
    std::string text = http_request(process->port(), "GET", "/metrics").body;
    size_t at = text.find("\n" + name + " ");
    return at == std::string::npos ? -1 : std::stoll(text.substr(at + name.size() + 2));
  }

  int64_t wait_metric(const std::string& name, int64_t value) {
    int64_t current = metric(name);
    for (int i = 0; i < 500 && current != value; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      current = metric(name);
    }
    return current;
  }
};

std::string whatsapp_message(const std::string& wamid, const std::string& text) {
  json body = {{"object", "whatsapp_business_account"},
               {"entry",
                {{{"id", "1"},
                  {"changes",
                   {{{"field", "messages"},
                     {"value",
                      {{"messaging_product", "whatsapp"},
                       {"metadata", {{"phone_number_id", "106540352242922"}}},
                       {"messages",
                        {{{"from", "6281234567890"},
                          {"id", wamid},
                          {"type", "text"},
                          {"text", {{"body", text}}}}}}}}}}}}}}};
  // Meta's escaping: non-ASCII as \uXXXX, which the signature covers.
  return body.dump(-1, ' ', /*ensure_ascii=*/true);
}

std::string sign(const std::string& body) {
  return "sha256=" + to_hex(hmac_sha256("wa-secret", body));
}

}  // namespace

TEST_CASE("server: forged requests get 401; a retried delivery is answered once", "[server]") {
  TempDir dir;
  FakeApi api;
  Server server(dir, api);
  std::string body = whatsapp_message("wamid.E2E1", "Apa saja bentuk kerja sama internasional?");

  CHECK(server.whatsapp(body, "").status == 401);
  CHECK(server.whatsapp(body, "sha256=" + std::string(64, '0')).status == 401);
  CHECK(server.whatsapp(body, "sha256=" + to_hex(hmac_sha256("other", body))).status == 401);

  CHECK(server.whatsapp(body, sign(body)).status == 200);
  CHECK(server.whatsapp(body, sign(body)).status == 200);  // Meta retries
  REQUIRE(api.wait_for(1));
  CHECK(server.wait_metric("tanya_outbox_delivered_total", 1) == 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  REQUIRE(api.count() == 1);

  Recorded reply = api.requests()[0];
  CHECK(reply.target == "/v21.0/106540352242922/messages");
  CHECK(reply.headers["authorization"] == "Bearer wa-token");
  json sent = json::parse(reply.body);
  CHECK(sent["messaging_product"] == "whatsapp");
  CHECK(sent["to"] == "6281234567890");
  std::string text =
      sent["type"] == "interactive" ? sent["interactive"]["body"]["text"] : sent["text"]["body"];
  CHECK_FALSE(text.empty());

  std::string metrics = http_request(server.process->port(), "GET", "/metrics").body;
  CHECK(metrics.find(
            "tanya_webhook_messages_total{channel=\"whatsapp\",result=\"unauthorized\"} 3") !=
        std::string::npos);
  CHECK(metrics.find("tanya_webhook_messages_total{channel=\"whatsapp\",result=\"duplicate\"} 1") !=
        std::string::npos);
  // Channels left unconfigured answer 404.
  CHECK(http_request(server.process->port(), "POST", "/webhook/line", {}, "{}").status == 404);
  // The verification handshake.
  CHECK(http_request(server.process->port(), "GET",
                     "/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=wa-verify&"
                     "hub.challenge=12345")
            .body == "12345");
}

TEST_CASE("server: a follow-up works across two messages and a restart", "[server]") {
  TempDir dir;
  FakeApi api;
  Server server(dir, api);
  const std::string first = "Apa contoh kerja sama bilateral?";
  const std::string follow_up = "kalau regional?";

  std::string fresh = server.ask("budi", follow_up);  // no context
  server.ask("ana", first);
  std::string in_context = server.ask("ana", follow_up);
  INFO("without context: " << fresh << "\nwith context: " << in_context);
  CHECK(in_context != fresh);
  // "kalau regional?" after a question about bilateral examples asks for
  // regional examples, which the article lists.
  CHECK(in_context.find("ASEAN") != std::string::npos);

  // The context is in the state database, not in the process.
  server.ask("citra", first);
  server.restart();
  CHECK(server.ask("citra", follow_up) == in_context);
  CHECK(server.ask("dedi", follow_up) == fresh);
}

TEST_CASE("server: the outbox survives a failing API and a server restart", "[server]") {
  TempDir dir;
  FakeApi api;
  std::atomic<bool> api_up{false};
  api.set_responder([&](const Recorded&) {
    return api_up ? Scripted{200, R"({"messages":[{"id":"wamid.out"}]})"}
                  : Scripted{500, R"({"error":{"message":"unavailable"}})"};
  });
  Server server(dir, api);
  std::string body = whatsapp_message("wamid.E2E2", "Apa manfaat kerja sama internasional?");
  CHECK(server.whatsapp(body, sign(body)).status == 200);
  REQUIRE(api.wait_for(2));  // the first attempt and a retry both failed
  CHECK(server.metric("tanya_outbox_pending") == 1);
  CHECK(server.metric("tanya_outbox_failed_attempts_total") >= 1);

  server.process->stop();
  CHECK(server.process->log().find("webhook_reply_retry") != std::string::npos);
  size_t attempts = api.count();
  api_up = true;
  server.start();  // same state database
  REQUIRE(api.wait_for(attempts + 1));
  CHECK(server.wait_metric("tanya_outbox_delivered_total", 1) == 1);
  CHECK(server.metric("tanya_outbox_pending") == 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  auto requests = api.requests();
  CHECK(requests.size() == attempts + 1);
  for (const auto& r : requests) CHECK(r.body == requests.front().body);  // the same reply
  // Meta's retry of the notification after the restart is still a duplicate.
  CHECK(server.whatsapp(body, sign(body)).status == 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(api.count() == attempts + 1);
}

TEST_CASE("server: Telegram's inline reply and Slack's handshake pass through", "[server]") {
  TempDir dir;
  FakeApi api;
  Server server(dir, api);
  int port = server.process->port();
  std::string update =
      R"({"update_id":7,"message":{"message_id":1,"chat":{"id":4242},"text":"Apa itu kerja sama internasional?"}})";
  CHECK(http_request(port, "POST", "/webhook/telegram", {{"Content-Type", "application/json"}},
                     update)
            .status == 401);
  Reply reply = http_request(
      port, "POST", "/webhook/telegram",
      {{"Content-Type", "application/json"}, {"X-Telegram-Bot-Api-Secret-Token", "tg-secret"}},
      update);
  REQUIRE(reply.status == 200);
  json method = json::parse(reply.body);
  CHECK(method["method"] == "sendMessage");
  CHECK(method["chat_id"] == 4242);
  CHECK(method["parse_mode"] == "HTML");
  CHECK_FALSE(method["text"].get<std::string>().empty());

  std::string body = R"({"token":"x","challenge":"c-123","type":"url_verification"})";
  std::string ts = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                      std::chrono::system_clock::now().time_since_epoch())
                                      .count());
  std::string signature = "v0=" + to_hex(hmac_sha256("slack-secret", "v0:" + ts + ":" + body));
  Reply challenge = http_request(port, "POST", "/webhook/slack",
                                 {{"Content-Type", "application/json"},
                                  {"X-Slack-Request-Timestamp", ts},
                                  {"X-Slack-Signature", signature}},
                                 body);
  CHECK(challenge.status == 200);
  CHECK(challenge.body == "c-123");
  // Ten minutes old: a replay.
  std::string old_ts = std::to_string(std::stoll(ts) - 600);
  CHECK(http_request(port, "POST", "/webhook/slack",
                     {{"Content-Type", "application/json"},
                      {"X-Slack-Request-Timestamp", old_ts},
                      {"X-Slack-Signature",
                       "v0=" + to_hex(hmac_sha256("slack-secret", "v0:" + old_ts + ":" + body))}},
                     body)
            .status == 401);
  CHECK(api.count() == 0);
}
