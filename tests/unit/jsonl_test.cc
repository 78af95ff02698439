#include "cli/jsonl.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "testing.h"

using namespace tanya;
using nlohmann::json;

namespace {
json line(const std::string& in) {
  return json::parse(answer_jsonl_line(testing::bot(), in));
}
}  // namespace

TEST_CASE("JSONL answers a good line with the answer object", "[jsonl]") {
  json a = line(R"({"session":"j1","text":"Apa saja tujuan kerja sama internasional?"})");
  CHECK(a["found"] == true);
  CHECK(a["answer"].is_string());
  CHECK(a["intent"].is_string());
  CHECK(a["confidence"].is_number());
  REQUIRE(a["sources"].is_array());
  CHECK(a["sources"][0].contains("article"));
  CHECK(a["sources"][0].contains("section"));
  CHECK(a["sources"][0].contains("snippet"));
  CHECK(a["suggestions"].is_array());
}

TEST_CASE("JSONL answers each bad line with an error and goes on", "[jsonl]") {
  CHECK(line("not json")["error"] == "invalid_json");
  CHECK(line("[1,2]")["error"] == "invalid_request");
  CHECK(line(R"({"session":"x"})")["error"] == "invalid_request");
  CHECK(line(R"({"text": 42})")["error"] == "invalid_request");
  CHECK(line(R"({"text": "ok", "session": 1})")["error"] == "invalid_request");
  CHECK(line(R"({"text": "   "})")["error"] == "empty");
  CHECK(line(R"({"text": ")" + std::string(kMaxQuestionBytes + 10, 'x') + "\"}")["error"] ==
        "too_long");
  CHECK(line("{\"text\": \"abc\xFF\"}")["error"] == "invalid_utf8");
  CHECK(line(R"({"text": "\u0000"})")["error"] == "empty");

  std::istringstream in(
      "{\"text\":\"hai\"}\nbroken\n\n{\"text\":\"Apa itu kerja sama bilateral?\"}\n" +
      std::string(100000, 'z') + "\n");
  std::ostringstream out;
  CHECK(run_jsonl(testing::bot(), in, out) == 5);
  std::istringstream lines(out.str());
  std::vector<json> got;
  for (std::string l; std::getline(lines, l);) got.push_back(json::parse(l));
  REQUIRE(got.size() == 5);
  CHECK(got[0]["intent"] == "greeting");
  CHECK(got[1]["error"] == "invalid_json");
  CHECK(got[2]["error"] == "invalid_json");
  CHECK(got[3]["found"] == true);
  CHECK(got[4]["error"] == "too_long");
}
