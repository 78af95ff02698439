// End-to-end tests of the webhook flow through Webhooks::handle(): signed
// requests in, answers out either inline or through the outbox to a fake
// platform API (a real HTTP server on loopback), with a scripted bot so that
// answers and follow-ups are predictable.
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "channels/channel.h"
#include "channels/channels_command.h"
#include "channels/hmac.h"
#include "channels/service.h"
#include "channels/settings.h"
#include "channels/text_split.h"
#include "fake_api.h"
#include "test_util.h"

using namespace tanya::channels;
using nlohmann::json;
using tanya::Answer;
using tanya::Context;
using tanya::testing::FakeApi;
using tanya::testing::ManualClock;
using tanya::testing::Recorded;
using tanya::testing::Scripted;
using tanya::testing::TempDir;
using tanya::testing::valid_utf8;

namespace {

const std::vector<std::string> kSuggestions = {
    "Apa contohnya?",
    "Apa tujuan kerja sama internasional di bidang ekonomi dan perdagangan antarnegara?",
    "Siapa saja pelakunya?", "Apa manfaatnya bagi Indonesia?"};

// A bot whose answers show the context: "lalu ..." follows up on the topic
// of the previous question in the same conversation.
BotHooks scripted_bot() {
  BotHooks hooks;
  hooks.ask = [](Context& context, std::string_view q, std::string_view article) {
    Answer answer;
    std::string question(q);
    if (!article.empty()) question += " @" + std::string(article);
    if (question == "panjang") {
      for (int i = 0; i < 900; ++i)
        answer.text += "Kalimat caf\xC3\xA9 \xF0\x9F\x98\x80 nomor " + std::to_string(i) + ". ";
    } else if (question.rfind("lalu", 0) == 0 && !context.topic.empty()) {
      answer.text = "Lanjutan tentang " + context.topic;
    } else {
      context.topic = question;
      answer.text = "Jawaban tentang " + question;
    }
    ++context.turns;
    answer.found = true;
    answer.suggestions = kSuggestions;
    return answer;
  };
  hooks.welcome_suggestions = [](std::string_view) {
    return std::vector<std::string>{"Apa itu kerja sama?"};
  };
  hooks.has_article = [](std::string_view article) { return article == "koperasi"; };
  return hooks;
}

std::string hub_signature(std::string_view secret, std::string_view body) {
  return "sha256=" + to_hex(hmac_sha256(secret, body));
}

std::string slack_signature(std::string_view secret, std::string_view timestamp,
                            std::string_view body) {
  std::string base = "v0:" + std::string(timestamp) + ":" + std::string(body);
  return "v0=" + to_hex(hmac_sha256(secret, base));
}

// A webhooks service with the given channel settings, its state in a temp
// dir, its platform APIs pointed at a fake, a manual clock and fast retries.
struct Harness {
  TempDir dir;
  FakeApi api;
  ManualClock clock;
  Settings settings;
  std::unique_ptr<Webhooks> hooks;

  explicit Harness(std::initializer_list<Settings::value_type> channel_settings)
      : settings(channel_settings) {
    for (const char* base : {"TANYA_TELEGRAM_API_BASE", "TANYA_GRAPH_API_BASE",
                             "TANYA_SLACK_API_BASE", "TANYA_LINE_API_BASE"}) {
      settings[base] = api.base_url();
    }
    open();
  }
  ~Harness() {
    if (hooks) hooks->stop();
  }

  void open() {
    ServiceOptions options;
    options.settings = settings;
    options.state_path = dir.file("state.db");
    options.now_ms = clock.function();
    options.outbox.base_backoff = std::chrono::milliseconds(20);
    options.outbox.max_backoff = std::chrono::milliseconds(100);
    options.outbox.poll = std::chrono::milliseconds(20);
    options.http_timeout = std::chrono::milliseconds(2000);
    std::string error;
    hooks = make_webhooks(scripted_bot(), options, &error);
    INFO(error);
    REQUIRE(hooks);
  }

  // Simulates a server restart: the worker stops, the state file stays.
  void restart() {
    hooks->stop();
    hooks.reset();
    open();
  }

  HttpResponse send(std::string method, std::string target, std::string body,
                    std::map<std::string, std::string> headers = {}) {
    HttpRequest request{std::move(method), std::move(target), std::move(headers), std::move(body)};
    return hooks->handle(request);
  }

  // Starts the outbox worker and waits for `n` API requests in total.
  std::vector<Recorded> delivered(size_t n) {
    hooks->start();
    REQUIRE(api.wait_for(n));
    return api.requests();
  }

  // Waits a little and checks that no further API request arrived.
  void expect_no_more_than(size_t n) {
    hooks->start();
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    CHECK(api.count() == n);
  }

  // Waits (up to 5 s) until the metric reaches `value`; returns its last value.
  int64_t wait_metric(const std::string& line_prefix, int64_t value) const {
    int64_t current = metric(line_prefix);
    for (int i = 0; i < 500 && current != value; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      current = metric(line_prefix);
    }
    return current;
  }

  int64_t metric(const std::string& line_prefix) const {
    std::string text = hooks->metrics_text();
    size_t at = text.find("\n" + line_prefix + " ");
    if (at == std::string::npos) return -1;
    return std::stoll(text.substr(at + line_prefix.size() + 2));
  }
};

json body_of(const Recorded& r) {
  return json::parse(r.body);
}

}  // namespace

TEST_CASE("every channel is off, with a 404, until configured", "[webhooks]") {
  TempDir dir;
  ServiceOptions options;
  options.state_path = dir.file("state.db");
  std::string error;
  auto hooks = make_webhooks(scripted_bot(), options, &error);
  REQUIRE(hooks);
  for (const char* path : {"/webhook/telegram", "/webhook/whatsapp", "/webhook/messenger",
                           "/webhook/slack", "/webhook/line", "/webhooks/rest/webhook"}) {
    CHECK(Webhooks::owns(path));
    CHECK(hooks->handle({"POST", path, {}, "{}"}).status == 404);
  }
  CHECK_FALSE(Webhooks::owns("/api/ask"));
  hooks->start();
  hooks->stop();
  // No channel, no state file.
  CHECK_FALSE(std::filesystem::exists(dir.file("state.db")));
}

TEST_CASE("a partly configured channel is a startup error", "[webhooks]") {
  ServiceOptions options;
  options.settings["TANYA_WHATSAPP_APP_SECRET"] = "s";
  std::string error;
  CHECK(make_webhooks(scripted_bot(), options, &error) == nullptr);
  CHECK(error.find("TANYA_WHATSAPP_ACCESS_TOKEN") != std::string::npos);

  ServiceOptions clear;
  clear.settings["TANYA_LINE_CHANNEL_SECRET"] = "s";
  clear.settings["TANYA_LINE_ACCESS_TOKEN"] = "t";
  clear.settings["TANYA_LINE_API_BASE"] = "http://api.line.me";
  error.clear();
  CHECK(make_webhooks(scripted_bot(), clear, &error) == nullptr);
  CHECK(error.find("loopback") != std::string::npos);
}

TEST_CASE("Telegram: inline answer, HTML escaped, keyboard, once per update_id", "[webhooks]") {
  Harness h({{"TANYA_TELEGRAM_SECRET_TOKEN", "tg-secret_1"}});
  std::map<std::string, std::string> auth = {{"x-telegram-bot-api-secret-token", "tg-secret_1"}};
  std::string update =
      R"({"update_id":1001,"message":{"message_id":5,"chat":{"id":-123,"type":"group"},"text":"Apa itu <kerja> & sama?"}})";

  SECTION("forged, missing or replayed-with-wrong-token requests get 401 and nothing else") {
    CHECK(h.send("POST", "/webhook/telegram", update).status == 401);
    CHECK(h.send("POST", "/webhook/telegram", update,
                 {{"x-telegram-bot-api-secret-token", "tg-secret_2"}})
              .status == 401);
    CHECK(h.metric("tanya_webhook_messages_total{channel=\"telegram\",result=\"unauthorized\"}") ==
          2);
    // The update was not consumed: the genuine one is still answered.
    CHECK(h.send("POST", "/webhook/telegram", update, auth).body.find("sendMessage") !=
          std::string::npos);
  }

  SECTION("answer and duplicate") {
    HttpResponse response = h.send("POST", "/webhook/telegram", update, auth);
    REQUIRE(response.status == 200);
    json reply = json::parse(response.body);
    CHECK(reply["method"] == "sendMessage");
    CHECK(reply["chat_id"] == -123);
    CHECK(reply["parse_mode"] == "HTML");
    CHECK(reply["text"] == "Jawaban tentang Apa itu &lt;kerja&gt; &amp; sama?");
    auto rows = reply["reply_markup"]["inline_keyboard"];
    REQUIRE(rows.size() == 4);
    for (const auto& row : rows) {
      CHECK(row[0]["callback_data"].get<std::string>().size() <= 64);
    }
    CHECK(rows[0][0]["callback_data"] == "q:Apa contohnya?");
    CHECK(rows[1][0]["callback_data"] == "s:1");  // too long for callback_data

    HttpResponse again = h.send("POST", "/webhook/telegram", update, auth);
    CHECK(again.status == 200);
    CHECK(again.body.empty());
    CHECK(h.metric("tanya_webhook_messages_total{channel=\"telegram\",result=\"duplicate\"}") == 1);
    CHECK(h.metric("tanya_webhook_messages_total{channel=\"telegram\",result=\"answered\"}") == 1);
    CHECK(h.api.count() == 0);  // inline: no outbound call
  }

  SECTION("a pressed chip is answered as the question it shows") {
    json callback = {
        {"update_id", 1002},
        {"callback_query",
         {{"id", "cb1"},
          {"data", "s:1"},
          {"message",
           {{"message_id", 6},
            {"chat", {{"id", -123}}},
            {"reply_markup",
             {{"inline_keyboard",
               json::array(
                   {json::array({{{"text", kSuggestions[0]}, {"callback_data", "q:x"}}}),
                    json::array({{{"text", kSuggestions[1]}, {"callback_data", "s:1"}}})})}}}}}}}};
    HttpResponse response = h.send("POST", "/webhook/telegram", callback.dump(), auth);
    json reply = json::parse(response.body);
    CHECK(reply["text"] == "Jawaban tentang " + kSuggestions[1]);
  }

  SECTION("/start greets with suggestions") {
    std::string start =
        R"({"update_id":1003,"message":{"message_id":7,"chat":{"id":9},"text":"/start"}})";
    json reply = json::parse(h.send("POST", "/webhook/telegram", start, auth).body);
    CHECK(reply["text"].get<std::string>().rfind("Halo", 0) == 0);
    CHECK(reply["reply_markup"]["inline_keyboard"][0][0]["text"] == "Apa itu kerja sama?");
  }
}

TEST_CASE("Telegram: with a bot token, replies go through the Bot API", "[webhooks]") {
  Harness h({{"TANYA_TELEGRAM_SECRET_TOKEN", "tg"}, {"TANYA_TELEGRAM_BOT_TOKEN", "123:ABC"}});
  std::map<std::string, std::string> auth = {{"x-telegram-bot-api-secret-token", "tg"}};
  std::string update =
      R"({"update_id":5,"message":{"message_id":1,"chat":{"id":77},"text":"panjang"}})";
  HttpResponse response = h.send("POST", "/webhook/telegram", update, auth);
  CHECK(response.status == 200);
  CHECK(response.body.empty());
  // 900 sentences of ~30 characters: split into several messages.
  h.delivered(2);
  CHECK(h.wait_metric("tanya_outbox_pending", 0) == 0);
  h.expect_no_more_than(h.api.count());
  auto requests = h.api.requests();
  REQUIRE(requests.size() >= 2);
  for (size_t i = 0; i < requests.size(); ++i) {
    CHECK(requests[i].target == "/bot123:ABC/sendMessage");
    json body = body_of(requests[i]);
    CHECK(body["chat_id"] == 77);
    std::string text = body["text"];
    CHECK(text_length(text) <= 4096);
    CHECK(valid_utf8(text));
    CHECK(body.contains("reply_markup") == (i + 1 == requests.size()));
  }
  CHECK(h.wait_metric("tanya_outbox_delivered_total", static_cast<int64_t>(requests.size())) ==
        static_cast<int64_t>(requests.size()));
  CHECK(h.metric("tanya_outbox_pending") == 0);
}

TEST_CASE("WhatsApp: handshake, signature, batch, buttons, retried delivery", "[webhooks]") {
  Harness h({{"TANYA_WHATSAPP_VERIFY_TOKEN", "verify-me"},
             {"TANYA_WHATSAPP_APP_SECRET", "test_app_secret"},
             {"TANYA_WHATSAPP_ACCESS_TOKEN", "EAAG-token"}});

  SECTION("verification GET") {
    HttpResponse ok = h.send("GET",
                             "/webhook/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&"
                             "hub.verify_token=verify-me",
                             "");
    CHECK(ok.status == 200);
    CHECK(ok.body == "1158201444");
    CHECK(h.send("GET",
                 "/webhook/whatsapp?hub.mode=subscribe&hub.challenge=1&hub.verify_token=nope", "")
              .status == 403);
    CHECK(h.send("GET",
                 "/webhook/whatsapp?hub.mode=unsubscribe&hub.challenge=1&"
                 "hub.verify_token=verify-me",
                 "")
              .status == 403);
  }

  // Two entries, the second with a message whose text arrives \u-escaped.
  std::string body =
      R"({"object":"whatsapp_business_account","entry":[)"
      R"({"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"106540352242922"},"messages":[{"from":"16505551234","id":"wamid.A","timestamp":"1","type":"text","text":{"body":"Apa tujuan?"}}]}}]},)"
      R"({"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"106540352242922"},"statuses":[{"id":"wamid.X","status":"read"}],"messages":[{"from":"16505550000","id":"wamid.B","timestamp":"1","type":"text","text":{"body":"caf\u00e9?"}}]}}]}]})";
  std::map<std::string, std::string> signed_headers = {
      {"x-hub-signature-256", hub_signature("test_app_secret", body)}};

  SECTION("forged and re-serialised bodies get 401 and no reply") {
    CHECK(h.send("POST", "/webhook/whatsapp", body).status == 401);
    CHECK(h.send("POST", "/webhook/whatsapp", body,
                 {{"x-hub-signature-256", hub_signature("other_secret", body)}})
              .status == 401);
    std::string reserialised = json::parse(body).dump();  // "café" as UTF-8 now
    REQUIRE(reserialised != body);
    CHECK(h.send("POST", "/webhook/whatsapp", reserialised, signed_headers).status == 401);
    h.expect_no_more_than(0);
  }

  SECTION("every message answered once, even when the delivery is retried") {
    CHECK(h.send("POST", "/webhook/whatsapp", body, signed_headers).status == 200);
    auto requests = h.delivered(2);
    // Meta retries the same notification: nothing more is sent.
    CHECK(h.send("POST", "/webhook/whatsapp", body, signed_headers).status == 200);
    h.expect_no_more_than(2);
    CHECK(h.metric("tanya_webhook_messages_total{channel=\"whatsapp\",result=\"duplicate\"}") == 2);

    std::set<std::string> recipients;
    for (const auto& r : requests) {
      CHECK(r.target == "/106540352242922/messages");
      CHECK(r.headers.at("authorization") == "Bearer EAAG-token");
      json reply = body_of(r);
      CHECK(reply["messaging_product"] == "whatsapp");
      recipients.insert(reply["to"].get<std::string>());
      REQUIRE(reply["type"] == "interactive");
      auto buttons = reply["interactive"]["action"]["buttons"];
      CHECK(buttons.size() == 3);
      for (const auto& b : buttons) {
        CHECK(text_length(b["reply"]["title"].get<std::string>()) <= 20);
      }
      // The id carries the whole question back.
      CHECK(buttons[1]["reply"]["id"] == kSuggestions[1]);
    }
    CHECK(recipients == std::set<std::string>{"16505551234", "16505550000"});
    CHECK(body_of(requests[1])["interactive"]["body"]["text"] == "Jawaban tentang caf\xC3\xA9?");
  }

  SECTION("a pressed reply button asks its question") {
    std::string press =
        R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"9"},"messages":[{"from":"1","id":"wamid.C","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"Siapa saja pelakunya?","title":"Siapa saja pelakunya?"}}}]}}]}]})";
    CHECK(h.send("POST", "/webhook/whatsapp", press,
                 {{"x-hub-signature-256", hub_signature("test_app_secret", press)}})
              .status == 200);
    auto requests = h.delivered(1);
    CHECK(body_of(requests[0])["interactive"]["body"]["text"] ==
          "Jawaban tentang Siapa saja pelakunya?");
  }
}

TEST_CASE("Messenger: echoes skipped, quick replies, /me/messages", "[webhooks]") {
  Harness h({{"TANYA_MESSENGER_VERIFY_TOKEN", "v"},
             {"TANYA_MESSENGER_APP_SECRET", "page_secret"},
             {"TANYA_MESSENGER_PAGE_TOKEN", "PAGE-TOKEN"}});
  std::string body =
      R"({"object":"page","entry":[{"id":"PAGE","time":1,"messaging":[)"
      R"({"sender":{"id":"PAGE"},"recipient":{"id":"PSID1"},"message":{"mid":"m.echo","text":"Jawaban lama","is_echo":true}},)"
      R"({"sender":{"id":"PSID1"},"recipient":{"id":"PAGE"},"message":{"mid":"m.1","text":"Apa manfaatnya?"}}]}]})";
  CHECK(h.send("POST", "/webhook/messenger", body).status == 401);
  CHECK(h.send("POST", "/webhook/messenger", body,
               {{"x-hub-signature-256", hub_signature("page_secret", body)}})
            .status == 200);
  auto requests = h.delivered(1);
  h.expect_no_more_than(1);
  CHECK(requests[0].target == "/me/messages");
  CHECK(requests[0].headers.at("authorization") == "Bearer PAGE-TOKEN");
  json reply = body_of(requests[0]);
  CHECK(reply["recipient"]["id"] == "PSID1");
  CHECK(reply["messaging_type"] == "RESPONSE");
  CHECK(reply["message"]["text"] == "Jawaban tentang Apa manfaatnya?");
  CHECK(reply["message"]["quick_replies"].size() == 4);
  CHECK(reply["message"]["quick_replies"][1]["payload"] == kSuggestions[1]);
  CHECK(
      h.send("GET", "/webhook/messenger?hub.mode=subscribe&hub.challenge=c&hub.verify_token=v", "")
          .body == "c");
}

TEST_CASE("Slack: signed events, replay window, retries, loop guard", "[webhooks]") {
  Harness h({{"TANYA_SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5"},
             {"TANYA_SLACK_BOT_TOKEN", "xoxb-1"}});
  const std::string secret = "8f742231b10e8888abcd99yyyzzz85a5";
  h.clock.now_ms = int64_t{1531420618 + 42} * 1000;  // frozen near Slack's example
  const std::string ts = "1531420618";
  auto signed_by = [&](const std::string& body, std::map<std::string, std::string> extra = {}) {
    extra["x-slack-request-timestamp"] = ts;
    extra["x-slack-signature"] = slack_signature(secret, ts, body);
    extra.emplace("content-type", "application/json");
    return extra;
  };

  SECTION("Slack's published slash-command example is accepted through the endpoint") {
    std::string body =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
        "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-"
        "collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%"
        "2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121."
        "803a0bc887a14d10d2c447fce8b6703c";
    std::map<std::string, std::string> headers = {
        {"x-slack-request-timestamp", ts},
        {"x-slack-signature",
         "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"},
        {"content-type", "application/x-www-form-urlencoded"}};
    HttpResponse response = h.send("POST", "/webhook/slack", body, headers);
    REQUIRE(response.status == 200);
    CHECK(json::parse(response.body)["text"].get<std::string>().rfind("Halo", 0) == 0);
    // Five minutes and one second later the same request is a replay.
    h.clock.now_ms = int64_t{1531420618 + 301} * 1000;
    CHECK(h.send("POST", "/webhook/slack", body, headers).status == 401);
  }

  SECTION("url_verification is answered only when signed") {
    std::string body = R"({"token":"x","challenge":"3eZbrw1aBm2rZgR","type":"url_verification"})";
    CHECK(h.send("POST", "/webhook/slack", body).status == 401);
    HttpResponse response = h.send("POST", "/webhook/slack", body, signed_by(body));
    CHECK(response.status == 200);
    CHECK(response.content_type == "text/plain");
    CHECK(response.body == "3eZbrw1aBm2rZgR");
  }

  SECTION("an event is answered once through chat.postMessage, never its own posts") {
    std::string event =
        R"({"team_id":"T1","type":"event_callback","event_id":"Ev1","event":{"type":"message","channel":"D1","user":"U1","text":"Apa &lt;itu&gt; &amp; ini?","ts":"1355517523.000005","channel_type":"im"}})";
    CHECK(h.send("POST", "/webhook/slack", event, signed_by(event)).status == 200);
    auto requests = h.delivered(1);
    CHECK(requests[0].target == "/chat.postMessage");
    CHECK(requests[0].headers.at("authorization") == "Bearer xoxb-1");
    json reply = body_of(requests[0]);
    CHECK(reply["channel"] == "D1");
    std::string text = reply["text"];
    CHECK(text.rfind("Jawaban tentang Apa &lt;itu&gt; &amp; ini?", 0) == 0);
    CHECK(text.find("Apa contohnya?") != std::string::npos);

    // Slack retries after a timeout, with X-Slack-Retry-Num.
    CHECK(h.send("POST", "/webhook/slack", event,
                 signed_by(event,
                           {{"x-slack-retry-num", "1"}, {"x-slack-retry-reason", "http_timeout"}}))
              .status == 200);
    // A mention in a DM is also an app_mention event, with another event_id.
    std::string mention =
        R"({"team_id":"T1","type":"event_callback","event_id":"Ev1b","event":{"type":"app_mention","channel":"D1","user":"U1","text":"<@UBOT> Apa &lt;itu&gt; &amp; ini?","ts":"1355517523.000005"}})";
    CHECK(h.send("POST", "/webhook/slack", mention, signed_by(mention)).status == 200);
    // Our own message, and an edit, come back as events: ignored.
    std::string own =
        R"({"team_id":"T1","type":"event_callback","event_id":"Ev2","event":{"type":"message","channel":"D1","bot_id":"B1","text":"Jawaban","channel_type":"im"}})";
    std::string edit =
        R"({"team_id":"T1","type":"event_callback","event_id":"Ev3","event":{"type":"message","subtype":"message_changed","channel":"D1","channel_type":"im"}})";
    CHECK(h.send("POST", "/webhook/slack", own, signed_by(own)).status == 200);
    CHECK(h.send("POST", "/webhook/slack", edit, signed_by(edit)).status == 200);
    h.expect_no_more_than(1);
  }

  SECTION("ok:false from Slack is a failure; a permanent one ends as dead") {
    h.api.set_responder([](const Recorded&) {
      return Scripted{200, R"({"ok":false,"error":"channel_not_found"})"};
    });
    std::string event =
        R"({"team_id":"T1","type":"event_callback","event_id":"Ev9","event":{"type":"app_mention","channel":"C1","user":"U1","text":"<@UBOT> Apa itu?","thread_ts":"1.5"}})";
    CHECK(h.send("POST", "/webhook/slack", event, signed_by(event)).status == 200);
    auto requests = h.delivered(1);
    json reply = body_of(requests[0]);
    CHECK(reply["thread_ts"] == "1.5");
    CHECK(reply["text"].get<std::string>().rfind("Jawaban tentang Apa itu?", 0) == 0);
    CHECK(h.wait_metric("tanya_outbox_dead", 1) == 1);
    CHECK(h.metric("tanya_outbox_pending") == 0);
  }
}

TEST_CASE("LINE: verify button, signature, quick replies, redelivery", "[webhooks]") {
  Harness h({{"TANYA_LINE_CHANNEL_SECRET", "test_channel_secret"},
             {"TANYA_LINE_ACCESS_TOKEN", "line-token"}});
  auto sign = [](const std::string& body) {
    return std::map<std::string, std::string>{
        {"x-line-signature", base64_encode(hmac_sha256("test_channel_secret", body))}};
  };
  std::string verify = R"({"destination":"U123","events":[]})";
  CHECK(h.send("POST", "/webhook/line", verify, sign(verify)).status == 200);
  CHECK(h.send("POST", "/webhook/line", verify).status == 401);

  std::string body =
      R"({"destination":"U123","events":[{"replyToken":"nHuyWiB7yP5Zw52FIkcQobQuGDXCTA","type":"message","mode":"active","timestamp":1462629479859,"source":{"type":"user","userId":"U206d"},"webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZR","deliveryContext":{"isRedelivery":false},"message":{"id":"325708","type":"text","text":"Hello, world"}}]})";
  CHECK(h.send("POST", "/webhook/line", body, sign(body)).status == 200);
  auto requests = h.delivered(1);
  CHECK(requests[0].target == "/v2/bot/message/reply");
  CHECK(requests[0].headers.at("authorization") == "Bearer line-token");
  json reply = body_of(requests[0]);
  CHECK(reply["replyToken"] == "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA");
  REQUIRE(reply["messages"].size() == 1);
  CHECK(reply["messages"][0]["text"] == "Jawaban tentang Hello, world");
  auto items = reply["messages"][0]["quickReply"]["items"];
  REQUIRE(items.size() == 4);
  CHECK(text_length(items[1]["action"]["label"].get<std::string>()) <= 20);
  CHECK(items[1]["action"]["text"] == kSuggestions[1]);

  // A redelivery keeps the webhookEventId.
  std::string redelivery = body;
  redelivery.replace(redelivery.find("\"isRedelivery\":false"), 20, "\"isRedelivery\":true ");
  CHECK(h.send("POST", "/webhook/line", redelivery, sign(redelivery)).status == 200);
  h.expect_no_more_than(1);
}

TEST_CASE("Generic JSON (Rasa REST): bearer token, same-response answer", "[webhooks]") {
  Harness h({{"TANYA_REST_TOKEN", "rest-token"}});
  std::string body = R"({"sender":"user-1","message":"Apa tujuan?","message_id":"m1"})";
  CHECK(h.send("POST", "/webhooks/rest/webhook", body).status == 401);
  CHECK(h.send("POST", "/webhooks/rest/webhook", body, {{"authorization", "Bearer nope"}}).status ==
        401);
  std::map<std::string, std::string> auth = {{"authorization", "Bearer rest-token"}};
  CHECK(h.send("POST", "/webhooks/rest/webhook", "{\"sender\":1}", auth).status == 400);
  CHECK(h.send("POST", "/webhooks/rest/webhook", "not json", auth).status == 400);
  CHECK(h.send("GET", "/webhooks/rest/webhook", "", auth).status == 405);

  HttpResponse response = h.send("POST", "/webhooks/rest/webhook", body, auth);
  REQUIRE(response.status == 200);
  json reply = json::parse(response.body);
  REQUIRE(reply.size() == 1);
  CHECK(reply[0]["recipient_id"] == "user-1");
  CHECK(reply[0]["text"] == "Jawaban tentang Apa tujuan?");
  CHECK(reply[0]["buttons"][0] ==
        json({{"title", "Apa contohnya?"}, {"payload", "Apa contohnya?"}}));
  // The client retries with the same message_id: not answered twice.
  CHECK(json::parse(h.send("POST", "/webhooks/rest/webhook", body, auth).body) == json::array());
  // Invalid questions get the bot's message, not an error.
  json empty = json::parse(
      h.send("POST", "/webhooks/rest/webhook", R"({"sender":"u","message":"  "})", auth).body);
  CHECK(empty[0]["text"].get<std::string>().size() > 0);
}

TEST_CASE("a channel answers site-wide unless its default article is set", "[webhooks]") {
  std::map<std::string, std::string> auth = {{"authorization", "Bearer rest-token"}};
  std::string body = R"({"sender":"user-1","message":"Apa tujuan?"})";
  Harness site({{"TANYA_REST_TOKEN", "rest-token"}});
  CHECK(json::parse(site.send("POST", "/webhooks/rest/webhook", body, auth).body)[0]["text"] ==
        "Jawaban tentang Apa tujuan?");
  Harness scoped({{"TANYA_REST_TOKEN", "rest-token"}, {"TANYA_REST_ARTICLE", "koperasi"}});
  CHECK(json::parse(scoped.send("POST", "/webhooks/rest/webhook", body, auth).body)[0]["text"] ==
        "Jawaban tentang Apa tujuan? @koperasi");
  // An article the corpus lacks is a startup error, not a silent site-wide channel.
  ServiceOptions options;
  options.settings = {{"TANYA_REST_TOKEN", "rest-token"}, {"TANYA_REST_ARTICLE", "tidak-ada"}};
  std::string error;
  CHECK(make_webhooks(scripted_bot(), options, &error) == nullptr);
  CHECK(error.find("TANYA_REST_ARTICLE") != std::string::npos);
}

TEST_CASE("a follow-up works across two messages and across a restart", "[webhooks]") {
  Harness h({{"TANYA_REST_TOKEN", "t"}, {"TANYA_TELEGRAM_SECRET_TOKEN", "tg"}});
  std::map<std::string, std::string> auth = {{"authorization", "Bearer t"}};
  auto ask = [&](const std::string& sender, const std::string& text) {
    json request = {{"sender", sender}, {"message", text}};
    return json::parse(
               h.send("POST", "/webhooks/rest/webhook", request.dump(), auth).body)[0]["text"]
        .get<std::string>();
  };
  CHECK(ask("ana", "Apa tujuan kerja sama?") == "Jawaban tentang Apa tujuan kerja sama?");
  CHECK(ask("ana", "lalu contohnya?") == "Lanjutan tentang Apa tujuan kerja sama?");
  CHECK(ask("budi", "lalu contohnya?") == "Jawaban tentang lalu contohnya?");  // own context

  h.restart();
  CHECK(ask("ana", "lalu manfaatnya?") == "Lanjutan tentang Apa tujuan kerja sama?");

  // The same chat id on another channel is another conversation.
  std::string update =
      R"({"update_id":1,"message":{"message_id":1,"chat":{"id":"ana"},"text":"lalu?"}})";
  json reply = json::parse(
      h.send("POST", "/webhook/telegram", update, {{"x-telegram-bot-api-secret-token", "tg"}})
          .body);
  CHECK(reply["text"] == "Jawaban tentang lalu?");
}

TEST_CASE("the outbox survives a failing API and a server restart", "[webhooks]") {
  Harness h({{"TANYA_WHATSAPP_VERIFY_TOKEN", "v"},
             {"TANYA_WHATSAPP_APP_SECRET", "s"},
             {"TANYA_WHATSAPP_ACCESS_TOKEN", "tok"}});
  std::atomic<bool> api_up{false};
  h.api.set_responder([&](const Recorded&) {
    return api_up ? Scripted{200, R"({"messages":[{"id":"wamid.out"}]})"}
                  : Scripted{503, R"({"error":{"message":"down"}})"};
  });
  std::string body =
      R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"55"},"messages":[{"from":"628123","id":"wamid.OUT","type":"text","text":{"body":"Apa tujuan?"}}]}}]}]})";
  CHECK(
      h.send("POST", "/webhook/whatsapp", body, {{"x-hub-signature-256", hub_signature("s", body)}})
          .status == 200);
  h.delivered(1);  // the first attempt fails
  REQUIRE(h.wait_metric("tanya_outbox_failed_attempts_total", 1) == 1);
  h.clock.now_ms += 1000;
  REQUIRE(h.api.wait_for(2));  // and is retried after the backoff
  CHECK(h.wait_metric("tanya_outbox_failed_attempts_total", 2) == 2);
  CHECK(h.metric("tanya_outbox_pending") == 1);

  h.restart();  // the process goes away with the reply undelivered
  CHECK(h.metric("tanya_outbox_pending") == 1);
  size_t before = h.api.count();
  api_up = true;
  h.clock.now_ms += 10000;
  auto requests = h.delivered(before + 1);
  CHECK(h.wait_metric("tanya_outbox_delivered_total", 1) == 1);
  CHECK(h.metric("tanya_outbox_pending") == 0);
  h.expect_no_more_than(h.api.count());
  // Every attempt carried the same reply: it was answered once and re-sent.
  requests = h.api.requests();
  for (const auto& r : requests) CHECK(r.body == requests.front().body);
  CHECK(body_of(requests.back())["interactive"]["body"]["text"] == "Jawaban tentang Apa tujuan?");
  // And Meta's own retry of the notification is still recognised after the restart.
  CHECK(
      h.send("POST", "/webhook/whatsapp", body, {{"x-hub-signature-256", hub_signature("s", body)}})
          .status == 200);
  h.expect_no_more_than(requests.size());
}

TEST_CASE("tanya channels: status and setup commands, never the secrets", "[webhooks]") {
  TempDir dir;
  std::string config = dir.file("webhooks.json");
  {
    std::ofstream out(config);
    out << R"({"TANYA_TELEGRAM_SECRET_TOKEN":"very-secret-123","TANYA_REST_TOKEN":"rest-secret-456"})";
  }
  std::string report = channels_report("https://bot.example.org/", config);
  CHECK(report.find("Telegram [telegram]: configured") != std::string::npos);
  CHECK(report.find("[rest]: configured") != std::string::npos);
  CHECK(report.find("[whatsapp]: off (404)") != std::string::npos);
  CHECK(report.find("url=https://bot.example.org/webhook/telegram") != std::string::npos);
  CHECK(report.find("secret_token=\"$TANYA_TELEGRAM_SECRET_TOKEN\"") != std::string::npos);
  CHECK(report.find("very-secret-123") == std::string::npos);
  CHECK(report.find("rest-secret-456") == std::string::npos);

  std::ofstream(dir.file("partial.json")) << R"({"TANYA_LINE_CHANNEL_SECRET":"x"})";
  CHECK(channels_report("https://x", dir.file("partial.json"))
            .find("[line]: error: LINE needs TANYA_LINE_ACCESS_TOKEN") != std::string::npos);

  std::ofstream(dir.file("bad.json")) << R"({"TANYA_TELEGRAM_SECRET":"typo"})";
  CHECK(channels_report("https://x", dir.file("bad.json")).find("unknown setting") !=
        std::string::npos);
}

TEST_CASE("every outbox setting is read from the environment", "[webhooks]") {
  // The environment is read through a list of names: a setting missing from
  // it is silently left at its default (the lease once was).
  ::setenv("TANYA_OUTBOX_LEASE_MS", "4321", 1);
  ::setenv("TANYA_OUTBOX_BACKOFF_MS", "123", 1);
  Settings settings;
  std::string error;
  REQUIRE(load_settings("", &settings, &error));
  ServiceOptions options;
  options.http_timeout = std::chrono::milliseconds(1000);
  REQUIRE(apply_tuning(settings, &options, &error));
  ::unsetenv("TANYA_OUTBOX_LEASE_MS");
  ::unsetenv("TANYA_OUTBOX_BACKOFF_MS");
  CHECK(options.outbox.lease == std::chrono::milliseconds(4321));
  CHECK(options.outbox.base_backoff == std::chrono::milliseconds(123));
}

namespace {

// Every variant of `doc` with one node (the root, a member or an element at
// any depth) replaced by a value of another JSON type.
std::vector<json> with_one_node_retyped(const json& doc) {
  const std::vector<json> others = {5,
                                    -1.5,
                                    "x",
                                    true,
                                    nullptr,
                                    json::array(),
                                    json::object(),
                                    json{{"id", 5}},
                                    json::array({5})};
  std::vector<json> out;
  json flat = doc.flatten();
  std::set<std::string> pointers;
  for (const auto& item : flat.items()) {
    // Every prefix of a leaf's pointer names a node: "/a/b/0" gives /a, /a/b, /a/b/0.
    std::string p = item.key();
    for (size_t at = p.find('/', 1); at != std::string::npos; at = p.find('/', at + 1))
      pointers.insert(p.substr(0, at));
    pointers.insert(p);
  }
  for (const std::string& p : pointers) {
    for (const json& other : others) {
      json variant = doc;
      variant[json::json_pointer(p)] = other;
      out.push_back(std::move(variant));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a signed delivery with any JSON type anywhere is refused or ignored, never a fault",
          "[webhooks]") {
  // Signatures prove who sent a body, not that it has the shape we expect:
  // a wrong type in any field must cost that delivery only (it once ended
  // the server through an uncaught nlohmann::json::type_error).
  Harness h({{"TANYA_TELEGRAM_SECRET_TOKEN", "tg"},
             {"TANYA_WHATSAPP_VERIFY_TOKEN", "v"},
             {"TANYA_WHATSAPP_APP_SECRET", "wa"},
             {"TANYA_WHATSAPP_ACCESS_TOKEN", "t"},
             {"TANYA_MESSENGER_VERIFY_TOKEN", "v"},
             {"TANYA_MESSENGER_APP_SECRET", "ms"},
             {"TANYA_MESSENGER_PAGE_TOKEN", "t"},
             {"TANYA_SLACK_SIGNING_SECRET", "sl"},
             {"TANYA_SLACK_BOT_TOKEN", "xoxb"},
             {"TANYA_LINE_CHANNEL_SECRET", "ln"},
             {"TANYA_LINE_ACCESS_TOKEN", "t"},
             {"TANYA_REST_TOKEN", "rs"}});
  h.clock.now_ms = int64_t{1700000000} * 1000;
  using Sign = std::function<std::map<std::string, std::string>(const std::string&)>;
  struct Case {
    const char* path;
    const char* sample;
    Sign sign;
  };
  const std::vector<Case> cases = {
      {"/webhook/telegram",
       R"({"update_id":1,"message":{"message_id":5,"chat":{"id":-1},"text":"hai"},)"
       R"("callback_query":{"id":"q","data":"s:1","message":{"chat":{"id":2},)"
       R"("reply_markup":{"inline_keyboard":[[{"text":"a","callback_data":"s:1"}]]}}}})",
       [](const std::string&) {
         return std::map<std::string, std::string>{{"x-telegram-bot-api-secret-token", "tg"}};
       }},
      {"/webhook/whatsapp",
       R"({"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"1"},"messages":[)"
       R"({"from":"2","id":"w","type":"text","text":{"body":"hai"}},)"
       R"({"from":"2","id":"w2","type":"interactive","interactive":{"button_reply":{"id":"x"}}},)"
       R"({"from":"2","id":"w3","type":"button","button":{"text":"y"}}]}}]}]})",
       [](const std::string& b) {
         return std::map<std::string, std::string>{{"x-hub-signature-256", hub_signature("wa", b)}};
       }},
      {"/webhook/messenger",
       R"({"entry":[{"messaging":[{"sender":{"id":"1"},"message":{"mid":"m","text":"hai",)"
       R"("is_echo":false,"quick_reply":{"payload":"p"}}},)"
       R"({"sender":{"id":"1"},"postback":{"mid":"m2","payload":"p","title":"t"}}]}]})",
       [](const std::string& b) {
         return std::map<std::string, std::string>{{"x-hub-signature-256", hub_signature("ms", b)}};
       }},
      {"/webhook/slack",
       R"({"type":"event_callback","team_id":"T","event_id":"E","event":{"type":"message",)"
       R"("channel_type":"im","channel":"D","ts":"1.2","text":"hai"}})",
       [](const std::string& b) {
         return std::map<std::string, std::string>{
             {"x-slack-request-timestamp", "1700000000"},
             {"x-slack-signature", slack_signature("sl", "1700000000", b)},
             {"content-type", "application/json"}};
       }},
      {"/webhook/line",
       R"({"events":[{"type":"message","mode":"active","replyToken":"r","webhookEventId":"e",)"
       R"("source":{"type":"user","userId":"U"},"message":{"type":"text","text":"hai"}},)"
       R"({"type":"postback","replyToken":"r2","webhookEventId":"e2",)"
       R"("source":{"type":"user","userId":"U"},"postback":{"data":"d"}}]})",
       [](const std::string& b) {
         return std::map<std::string, std::string>{
             {"x-line-signature", base64_encode(hmac_sha256("ln", b))}};
       }},
      {"/webhooks/rest/webhook", R"({"sender":"u1","message":"hai","message_id":"m1"})",
       [](const std::string&) {
         return std::map<std::string, std::string>{{"authorization", "Bearer rs"}};
       }},
  };
  size_t sent = 0;
  for (const Case& c : cases) {
    for (const json& variant : with_one_node_retyped(json::parse(c.sample))) {
      std::string body = variant.dump();
      INFO(c.path << " " << body);
      HttpResponse r = h.send("POST", c.path, body, c.sign(body));
      CHECK(r.status < 500);
      ++sent;
    }
  }
  CHECK(sent > 500);
  // The known crashers from the audit, by name.
  std::string wa = R"({"entry":[{"changes":[{"value":{"metadata":5}}]}]})";
  CHECK(h.send("POST", "/webhook/whatsapp", wa, {{"x-hub-signature-256", hub_signature("wa", wa)}})
            .status == 200);
  std::string ms = R"({"entry":[{"messaging":[{"sender":5,"message":{"is_echo":"yes"}}]}]})";
  CHECK(h.send("POST", "/webhook/messenger", ms, {{"x-hub-signature-256", hub_signature("ms", ms)}})
            .status == 200);
  std::string tg = R"({"update_id":9,"callback_query":{"id":"q","message":{"chat":5}}})";
  CHECK(
      h.send("POST", "/webhook/telegram", tg, {{"x-telegram-bot-api-secret-token", "tg"}}).status ==
      200);
  for (const char* channel : {"telegram", "whatsapp", "messenger", "slack", "line", "rest"}) {
    INFO(channel);
    CHECK(h.metric(std::string("tanya_webhook_messages_total{channel=\"") + channel +
                   "\",result=\"error\"}") == 0);
  }
}

TEST_CASE("Telegram: a flood-control wait is honoured up to a day, whatever its size",
          "[webhooks]") {
  // Found by the Telegram fuzz target: a retry_after of 2^63-1 seconds was
  // multiplied into milliseconds, a signed overflow.
  std::string error;
  auto telegram = make_telegram(
      {{"TANYA_TELEGRAM_SECRET_TOKEN", "tg"}, {"TANYA_TELEGRAM_BOT_TOKEN", "1:x"}}, &error);
  REQUIRE(telegram);
  auto wait_ms = [&](const std::string& retry_after) {
    tanya::channels::HttpResult result;
    result.status = 429;
    result.body =
        R"({"ok":false,"error_code":429,"parameters":{"retry_after":)" + retry_after + "}}";
    return telegram->outcome(result).retry_after_ms;
  };
  CHECK(wait_ms("3") == 3000);
  CHECK(wait_ms("9223372036854775807") == 86400000);
  CHECK(wait_ms("18446744073709551615") == 86400000);
  CHECK(wait_ms("-5") == 0);
  CHECK(wait_ms("\"3\"") == 0);
}
