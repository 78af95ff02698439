// `tanya loadtest` against a real server: the questions file it reads, and
// pacing, whose bound (one question per interval per connection) holds
// however slow the machine is.
#include "server/loadtest.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "support.h"

namespace tanya::server::testing {
namespace {

std::string write_file(const std::string& name, const std::string& text) {
  std::string path = temp_path(name);
  std::ofstream(path) << text;
  return path;
}

TEST_CASE("loadtest reads questions as lines or as the scorer's JSONL", "[server][loadtest]") {
  std::vector<std::string> questions;
  std::string error;
  std::string plain = write_file("lt-plain.txt", "Apa itu kerja sama?\n\n  \nManfaatnya?\n");
  REQUIRE(read_questions(plain, &questions, &error));
  CHECK(questions == std::vector<std::string>{"Apa itu kerja sama?", "Manfaatnya?"});

  questions.clear();
  std::string jsonl =
      write_file("lt-set.jsonl",
                 R"({"id": "a", "turns": ["Apa itu ASEAN?", "contohnya?"], "must_any": [["x"]]})"
                 "\n"
                 R"({"id": "b", "turns": ["Halo"]})"
                 "\n");
  REQUIRE(read_questions(jsonl, &questions, &error));
  CHECK(questions == std::vector<std::string>{"Apa itu ASEAN?", "Halo"});

  questions.clear();
  std::string broken = write_file("lt-broken.jsonl", "{\"id\": \"a\", \"turns\": []}\n");
  CHECK_FALSE(read_questions(broken, &questions, &error));
  CHECK(error.find(":1:") != std::string::npos);
  CHECK_FALSE(read_questions(write_file("lt-empty.txt", "\n"), &questions, &error));
  CHECK_FALSE(read_questions(temp_path("lt-missing.txt"), &questions, &error));
  std::remove(plain.c_str());
  std::remove(jsonl.c_str());
  std::remove(broken.c_str());
  std::remove(temp_path("lt-empty.txt").c_str());
}

TEST_CASE("a paced loadtest asks at most once per interval per connection", "[server][loadtest]") {
  TestServer server;
  LoadTestOptions options;
  options.url = "ws://127.0.0.1:" + std::to_string(server.port()) + "/ws";
  options.connections = 2;
  options.questions = {"Apa itu kerja sama bilateral?"};
  options.interval = std::chrono::milliseconds(200);
  options.warmup = std::chrono::milliseconds(0);
  options.duration = std::chrono::milliseconds(1000);
  LoadTestResult r = run_load_test(options);
  REQUIRE(r.error.empty());
  CHECK(r.connected == 2);
  CHECK(r.errors == 0);
  // Closed loop, two connections answer hundreds of questions a second;
  // paced, each asks at most 1000/200 + 1 in the window.
  CHECK(r.replies >= 1);
  CHECK(r.replies <= 12);
}

}  // namespace
}  // namespace tanya::server::testing
