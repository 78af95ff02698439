#include <catch2/catch.hpp>

#include "index/fts_query.h"
#include "index/searcher.h"
#include "testing.h"
#include "text/tokenizer.h"

using namespace tanya;

TEST_CASE("fts_or_query quotes every word", "[fts]") {
  CHECK(fts_or_query({"tujuan", "kerja"}) == R"("tujuan" OR "kerja")");
  CHECK(fts_or_query({"a\"b"}) == R"("a""b")");
  CHECK(fts_or_query({"*", "(", "", "-"}).empty());
  CHECK(fts_or_query({"x", "x"}) == R"("x")");  // duplicates once
}

TEST_CASE("operators and SQL in a question neither fail nor change the search", "[fts]") {
  testing::bot();  // builds the index
  Searcher searcher(testing::repo_runtime().index_path);
  Tokenizer tok;
  auto words = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tok.tokenize(text)) out.push_back(t.word);
    return out;
  };
  auto ids = [&](std::string_view text) {
    std::vector<int64_t> out;
    for (const Hit& h : searcher.search(words(text), 5)) out.push_back(h.chunk_id);
    return out;
  };
  const auto plain = ids("tujuan kerja sama");
  REQUIRE_FALSE(plain.empty());
  for (const char* hostile :
       {"\"tujuan\" kerja sama", "tujuan* kerja^ sama", "(tujuan) -kerja +sama",
        "tujuan: kerja; sama'", "body:tujuan kerja sama", "tujuan\" kerja \"sama"}) {
    INFO(hostile);
    CHECK_NOTHROW(ids(hostile));
    CHECK(ids(hostile) == plain);
  }
  for (const char* hostile : {"NEAR(tujuan kerja)", "tujuan AND NOT kerja",
                              "'; DROP TABLE chunks; --", "*", "\"", "()", "heading:x OR body:y"}) {
    INFO(hostile);
    CHECK_NOTHROW(ids(hostile));
  }
  // The index is intact after all of that.
  CHECK(ids("tujuan kerja sama") == plain);
}
