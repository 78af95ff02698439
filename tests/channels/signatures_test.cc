// Each platform's authentication scheme against published test vectors, plus
// the wrong, missing, replayed and re-serialised cases that must fail.
#include "channels/signatures.h"

#include <catch2/catch.hpp>

#include "channels/hmac.h"

using namespace tanya::channels;

namespace {
// Slack's documentation example (verifying requests from Slack).
constexpr std::string_view kSlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
constexpr std::string_view kSlackTimestamp = "1531420618";
constexpr std::string_view kSlackBody =
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
    "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-"
    "collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%"
    "2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121."
    "803a0bc887a14d10d2c447fce8b6703c";
constexpr std::string_view kSlackSignature =
    "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
constexpr int64_t kSlackNow = 1531420618 + 42;  // the clock frozen near the example
}  // namespace

TEST_CASE("HMAC-SHA256 matches RFC 4231 test case 2", "[signatures]") {
  CHECK(to_hex(hmac_sha256("Jefe", "what do ya want for nothing?")) ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_CASE("base64 round trips and rejects garbage", "[signatures]") {
  CHECK(base64_encode("") == "");
  CHECK(base64_encode("f") == "Zg==");
  CHECK(base64_encode("fo") == "Zm8=");
  CHECK(base64_encode("foo") == "Zm9v");
  CHECK(base64_decode("Zg==").value() == "f");
  CHECK(base64_decode("Zm8=").value() == "fo");
  CHECK(base64_decode("Zm9v").value() == "foo");
  CHECK_FALSE(base64_decode("Zm9").has_value());
  CHECK_FALSE(base64_decode("Zm9v!!!!").has_value());
}

TEST_CASE("constant-time comparison", "[signatures]") {
  CHECK(constant_time_equal("abc", "abc"));
  CHECK_FALSE(constant_time_equal("abc", "abd"));
  CHECK_FALSE(constant_time_equal("abc", "abcd"));
  CHECK_FALSE(constant_time_equal("", "a"));
}

TEST_CASE("Slack: the published example verifies with the clock frozen", "[signatures]") {
  CHECK(verify_slack_signature(kSlackSecret, kSlackTimestamp, kSlackBody, kSlackSignature,
                               kSlackNow));
  // Exactly at the edges of the 5-minute window, both directions.
  CHECK(verify_slack_signature(kSlackSecret, kSlackTimestamp, kSlackBody, kSlackSignature,
                               1531420618 + 300));
  CHECK(verify_slack_signature(kSlackSecret, kSlackTimestamp, kSlackBody, kSlackSignature,
                               1531420618 - 300));
}

TEST_CASE("Slack: wrong, missing, replayed and tampered requests fail", "[signatures]") {
  SECTION("wrong secret") {
    CHECK_FALSE(verify_slack_signature("8f742231b10e8888abcd99yyyzzz85a6", kSlackTimestamp,
                                       kSlackBody, kSlackSignature, kSlackNow));
  }
  SECTION("missing signature or timestamp") {
    CHECK_FALSE(verify_slack_signature(kSlackSecret, kSlackTimestamp, kSlackBody, "", kSlackNow));
    CHECK_FALSE(verify_slack_signature(kSlackSecret, "", kSlackBody, kSlackSignature, kSlackNow));
  }
  SECTION("replayed later, or stamped in the future") {
    CHECK_FALSE(verify_slack_signature(kSlackSecret, kSlackTimestamp, kSlackBody, kSlackSignature,
                                       1531420618 + 301));
    CHECK_FALSE(verify_slack_signature(kSlackSecret, kSlackTimestamp, kSlackBody, kSlackSignature,
                                       1531420618 - 301));
  }
  SECTION("a fresh timestamp on the old signature") {
    CHECK_FALSE(
        verify_slack_signature(kSlackSecret, "1531420660", kSlackBody, kSlackSignature, kSlackNow));
  }
  SECTION("tampered body") {
    std::string body(kSlackBody);
    body.replace(body.find("text="), 5, "text=x");
    CHECK_FALSE(
        verify_slack_signature(kSlackSecret, kSlackTimestamp, body, kSlackSignature, kSlackNow));
  }
  SECTION("uppercase hex or a bare digest") {
    std::string upper(kSlackSignature);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK_FALSE(
        verify_slack_signature(kSlackSecret, kSlackTimestamp, kSlackBody, upper, kSlackNow));
    CHECK_FALSE(verify_slack_signature(kSlackSecret, kSlackTimestamp, kSlackBody,
                                       kSlackSignature.substr(3), kSlackNow));
  }
  SECTION("non-numeric timestamp") {
    CHECK_FALSE(verify_slack_signature(kSlackSecret, "1531420618x", kSlackBody, kSlackSignature,
                                       kSlackNow));
  }
}

TEST_CASE("Slack: a JSON event signed locally", "[signatures]") {
  constexpr std::string_view body =
      R"({"token":"XXYYZZ","team_id":"T123ABC456","api_app_id":"A123ABC456","event":{"type":"message","channel":"D123ABC456","user":"U123ABC456","text":"What are your opening hours?","ts":"1355517523.000005","channel_type":"im"},"type":"event_callback","event_id":"Ev123ABC456","event_time":1355517523})";
  CHECK(verify_slack_signature(
      kSlackSecret, kSlackTimestamp, body,
      "v0=d317ddf7e42b9bdc146494048c863212b331c2f5ed2deefade54482793793d0a", kSlackNow));
}

TEST_CASE("LINE: line-bot-sdk's vector verifies", "[signatures]") {
  CHECK(base64_encode(hmac_sha256("channel_secret", "bodybodybodybody")) ==
        "/gg9a+LvFevTH1sd7XCQycD7tsWclCsInj7MhBHxN7k=");
  CHECK(verify_line_signature("channel_secret", "bodybodybodybody",
                              "/gg9a+LvFevTH1sd7XCQycD7tsWclCsInj7MhBHxN7k="));
}

TEST_CASE("LINE: wrong, missing and malformed signatures fail", "[signatures]") {
  constexpr std::string_view good = "/gg9a+LvFevTH1sd7XCQycD7tsWclCsInj7MhBHxN7k=";
  CHECK_FALSE(verify_line_signature("channel_secreT", "bodybodybodybody", good));
  CHECK_FALSE(verify_line_signature("channel_secret", "bodybodybodybodY", good));
  CHECK_FALSE(verify_line_signature("channel_secret", "bodybodybodybody", ""));
  CHECK_FALSE(verify_line_signature("channel_secret", "bodybodybodybody", "not base64!"));
  CHECK_FALSE(verify_line_signature("", "bodybodybodybody", good));
  // The hex form of the right digest is not accepted either.
  CHECK_FALSE(verify_line_signature("channel_secret", "bodybodybodybody",
                                    to_hex(hmac_sha256("channel_secret", "bodybodybodybody"))));
}

TEST_CASE("LINE: the webhook example signed locally", "[signatures]") {
  constexpr std::string_view body =
      R"({"destination":"U123","events":[{"replyToken":"nHuyWiB7yP5Zw52FIkcQobQuGDXCTA","type":"message","mode":"active","timestamp":1462629479859,"source":{"type":"user","userId":"U206d25c2ea6bd87c17655609a1c37cb8"},"webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZR","deliveryContext":{"isRedelivery":false},"message":{"id":"325708","type":"text","text":"Hello, world","quoteToken":"q3Plxr4AgKd..."}}]})";
  CHECK(verify_line_signature("test_channel_secret", body,
                              "qZdidlW5/nn3Q5OZwDpAhs9c5pKmlMha0gYat74arPE="));
}

TEST_CASE("sha256= hex (Meta X-Hub-Signature-256): GitHub's published vector", "[signatures]") {
  CHECK(verify_hub_signature(
      "It's a Secret to Everybody", "Hello, World!",
      "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
}

TEST_CASE("sha256= hex: wrong, missing and malformed signatures fail", "[signatures]") {
  constexpr std::string_view good =
      "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
  CHECK_FALSE(verify_hub_signature("It's a Secret to Everybody!", "Hello, World!", good));
  CHECK_FALSE(verify_hub_signature("It's a Secret to Everybody", "Hello, World?", good));
  CHECK_FALSE(verify_hub_signature("It's a Secret to Everybody", "Hello, World!", ""));
  CHECK_FALSE(verify_hub_signature("It's a Secret to Everybody", "Hello, World!", good.substr(7)));
  CHECK_FALSE(verify_hub_signature(
      "It's a Secret to Everybody", "Hello, World!",
      "sha1=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
  CHECK_FALSE(verify_hub_signature("", "Hello, World!", good));
}

TEST_CASE("Meta: the raw escaped body verifies, its re-serialisation does not", "[signatures]") {
  // Meta signs "caf\u00e9" as sent; re-serialised JSON has a literal "é".
  constexpr std::string_view raw = R"({"text":{"body":"caf\u00e9"}})";
  constexpr std::string_view reserialised = "{\"text\":{\"body\":\"caf\xC3\xA9\"}}";
  constexpr std::string_view header =
      "sha256=d36eb0f4e8ed7a1458654758c875f8906c154262156b732bbdf52856281cd3fb";
  CHECK(verify_hub_signature("test_app_secret", raw, header));
  CHECK_FALSE(verify_hub_signature("test_app_secret", reserialised, header));
  CHECK(verify_hub_signature(
      "test_app_secret", reserialised,
      "sha256=d0c411924f46299702b190bbe4b5da59c4bb5641ea114e4e11535ad85929c4f0"));
}

TEST_CASE("WhatsApp: the notification example signed locally", "[signatures]") {
  constexpr std::string_view body =
      R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],"messages":[{"from":"16505551234","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=","timestamp":"1749416383","type":"text","text":{"body":"Does it come in another color?"}}]},"field":"messages"}]}]})";
  CHECK(verify_hub_signature(
      "test_app_secret", body,
      "sha256=ded1d1d9621cffa39832ccf2b330fa476b4dc8ec2a5d102e1e554312b3f21d42"));
}

TEST_CASE("Telegram secret token and bearer tokens", "[signatures]") {
  CHECK(verify_secret_token("s3cret-token_1", "s3cret-token_1"));
  CHECK_FALSE(verify_secret_token("s3cret-token_1", "s3cret-token_2"));
  CHECK_FALSE(verify_secret_token("s3cret-token_1", ""));
  CHECK_FALSE(verify_secret_token("", ""));  // an unset secret never matches
  CHECK(verify_bearer("tok", "Bearer tok"));
  CHECK_FALSE(verify_bearer("tok", "Bearer tok2"));
  CHECK_FALSE(verify_bearer("tok", "tok"));
  CHECK_FALSE(verify_bearer("tok", "Basic tok"));
  CHECK_FALSE(verify_bearer("", "Bearer "));
}
