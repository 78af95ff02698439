#include "channels/text_split.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace tanya::channels;
using tanya::testing::valid_utf8;

TEST_CASE("text_length counts UTF-16 code units", "[text]") {
  CHECK(text_length("") == 0);
  CHECK(text_length("abc") == 3);
  CHECK(text_length("caf\xC3\xA9") == 4);       // é: 2 bytes, 1 unit
  CHECK(text_length("\xE2\x80\xA6") == 1);      // …: 3 bytes, 1 unit
  CHECK(text_length("\xF0\x9F\x98\x80") == 2);  // 😀: 4 bytes, a surrogate pair
  CHECK(text_length("a\xC3") == 2);             // a truncated sequence counts per byte
}

TEST_CASE("shorten never cuts inside a UTF-8 sequence", "[text]") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "\xC3\xA9\xF0\x9F\x98\x80";  // é😀 (3 units each)
  for (size_t limit = 1; limit < 40; ++limit) {
    std::string s = shorten(text, limit);
    INFO("limit " << limit);
    CHECK(valid_utf8(s));
    CHECK(text_length(s) <= limit);
    CHECK(s.size() >= 3);  // at least the ellipsis
    CHECK(s.substr(s.size() - 3) == "\xE2\x80\xA6");
  }
  CHECK(shorten("pendek", 10) == "pendek");
}

TEST_CASE("shorten prefers a word boundary", "[text]") {
  CHECK(shorten("kerja sama internasional", 15) == "kerja sama\xE2\x80\xA6");
}

TEST_CASE("split_text keeps every part within the limit and valid", "[text]") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "Kalimat ke-" + std::to_string(i) + " tentang kerja sama. ";
  text += "Akhir \xF0\x9F\x98\x80 \xC3\xA9";
  auto parts = split_text(text, 200, 100);
  REQUIRE(parts.size() > 1);
  std::string joined;
  for (const auto& part : parts) {
    CHECK(text_length(part) <= 200);
    CHECK(valid_utf8(part));
    CHECK_FALSE(part.empty());
    joined += part + " ";
  }
  // Nothing lost: every sentence is in some part.
  CHECK(joined.find("Kalimat ke-299 tentang kerja sama.") != std::string::npos);
  // Breaks fall at sentence ends here, so each part ends with one.
  CHECK(parts.front().back() == '.');
}

TEST_CASE("split_text prefers paragraph breaks", "[text]") {
  std::string a(60, 'a'), b(60, 'b');
  auto parts = split_text(a + " xx\n\n" + b, 100, 5);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0] == a + " xx");
  CHECK(parts[1] == b);
}

TEST_CASE("split_text with no spaces and multibyte text cuts on boundaries", "[text]") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "\xE6\x97\xA5";  // 日
  auto parts = split_text(text, 333, 10);
  REQUIRE(parts.size() == 4);
  for (const auto& part : parts) {
    CHECK(valid_utf8(part));
    CHECK(text_length(part) <= 333);
  }
}

TEST_CASE("split_text shortens the last allowed part", "[text]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "kata ";
  auto parts = split_text(text, 50, 2);
  REQUIRE(parts.size() == 2);
  CHECK(text_length(parts[1]) <= 50);
  CHECK(parts[1].substr(parts[1].size() - 3) == "\xE2\x80\xA6");
  CHECK(split_text("  \n ", 10, 3).empty());
}
