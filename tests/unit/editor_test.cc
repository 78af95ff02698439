// The editor's loop in the core: curated answers an editor adds beside an
// article (editor/curation.h, bot/curated_strategy.h), and the report that
// groups what readers asked (editor/report.h).
#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "bot/scoring.h"
#include "editor/curation.h"
#include "editor/report.h"
#include "testing.h"

using namespace tanya;
using namespace tanya::editor;

namespace {

const char* kArticle = R"(---
title: "Koperasi Sekolah: Pengertian dan Manfaatnya"
source: contoh.id
language: id
category: Ekonomi
subject: Koperasi Sekolah
---

# Koperasi Sekolah

Koperasi sekolah adalah koperasi yang didirikan di lingkungan sekolah oleh para siswa.

## Manfaat Koperasi Sekolah

- Melatih siswa berwirausaha.
- Menyediakan alat tulis dengan harga murah.

## Cara Mendirikan Koperasi Sekolah

1. Mengadakan rapat pembentukan.
2. Menyusun anggaran dasar.
)";

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

LoggedQuestion logged(int64_t time_ms, std::string question, bool found, double confidence = 0.2,
                      std::string channel = "websocket") {
  LoggedQuestion q;
  q.answer_id = AnswerId::generate();
  q.time_ms = time_ms;
  q.channel = std::move(channel);
  q.article = "koperasi";
  q.question = std::move(question);
  q.found = found;
  q.confidence = confidence;
  return q;
}

}  // namespace

TEST_CASE(
    "curated scoring: a phrasing read whole outranks the article, few shared words never answer",
    "[editor][scoring]") {
  CHECK(scoring::curated(1.0, true) > scoring::kSectionMax);
  CHECK(scoring::curated(1.0, true) > scoring::kAcronym);
  CHECK(scoring::curated(0.8, true) < scoring::curated(1.0, true));
  CHECK(scoring::curated(0.49, true) == 0.0);
  CHECK(scoring::curated(1.0, false) < 0.5);  // another kind of question falls under the threshold
}

TEST_CASE("a curated answer is given to readers who ask in other words, and not to other questions",
          "[editor][bot]") {
  testing::ArticleBot article("curated", "koperasi.md", kArticle);
  Answer before = article.bot->ask("c0", "Siapa ketua koperasi sekolah biasanya?");
  CHECK_FALSE(before.found);

  std::string error;
  REQUIRE(add_curated_pair(article.dir.string(), "koperasi",
                           {{"Siapa yang biasanya menjadi ketua koperasi sekolah?"},
                            "Ketua koperasi sekolah dipilih dari siswa dalam rapat anggota.",
                            "Cara Mendirikan Koperasi Sekolah"},
                           &error));
  INFO(error);
  article.reopen();
  // Other words: slang, no punctuation, another order.
  for (const char* q :
       {"Siapa ketua koperasi sekolah biasanya?", "ketua koperasi sekolah tuh siapa sih",
        "siapa yg jadi ketua koperasi sekolah"}) {
    INFO(q);
    Answer a = article.bot->ask(std::string("c-") + q, q);
    CHECK(a.found);
    CHECK(a.intent == "curated");
    CHECK(a.text == "Ketua koperasi sekolah dipilih dari siswa dalam rapat anggota.");
    REQUIRE(a.sources.size() == 1);
    CHECK(a.sources[0].article_id == "koperasi");
    CHECK(a.sources[0].anchor == "cara-mendirikan-koperasi-sekolah");
  }
  // A question about something else, in the article's words or not, is
  // another question than the one the editor answered.
  for (const char* q :
       {"Siapa ketua koperasi simpan pinjam?", "Siapa ketua koperasi sekolah di Jepang?"}) {
    INFO(q);
    CHECK(article.bot->ask(std::string("o-") + q, q).intent != "curated");
  }
  // The article's own answers are untouched.
  Answer def = article.bot->ask("c1", "Apa itu koperasi sekolah?");
  CHECK(def.intent != "curated");
  CHECK(def.text.find("didirikan di lingkungan sekolah") != std::string::npos);
  Answer use = article.bot->ask("c2", "Apa manfaat koperasi sekolah?");
  CHECK(use.intent != "curated");
}

TEST_CASE("an alias added by an editor reads the reader's phrase as the article's words",
          "[editor][bot]") {
  testing::ArticleBot article("alias", "koperasi.md", kArticle);
  CHECK_FALSE(article.bot->ask("a0", "Apa faedah kopsis?").found);
  std::string error;
  REQUIRE(add_alias(article.dir.string(), "koperasi", "kopsis", "koperasi sekolah", &error));
  article.reopen();
  Answer a = article.bot->ask("a1", "Apa faedah kopsis?");
  CHECK(a.found);
  CHECK(a.text.find("berwirausaha") != std::string::npos);
}

TEST_CASE("curation keeps the data file's other members and refuses bad input", "[editor]") {
  testing::ArticleBot article("curation-file", "koperasi.md", kArticle);
  const std::string dir = article.dir.string();
  std::ofstream(article.dir / "koperasi.json")
      << R"({"_comment": "tetap", "errata": [{"wrong": "a", "right": "b"}]})";
  std::string error;
  REQUIRE(add_alias(dir, "koperasi", "kopsis", "koperasi sekolah", &error));
  REQUIRE(add_curated_pair(dir, "koperasi", {{"q1", "q2"}, "jawaban", ""}, &error));
  auto data = nlohmann::json::parse(read_file(article.dir / "koperasi.json"));
  CHECK(data["_comment"] == "tetap");
  CHECK(data["errata"].size() == 1);
  CHECK(data["rewrites"]["kopsis"] == "koperasi sekolah");
  REQUIRE(data["curated"].size() == 1);
  CHECK(data["curated"][0]["questions"] == nlohmann::json({"q1", "q2"}));

  CHECK_FALSE(add_alias(dir, "../etc/passwd", "a", "b", &error));
  CHECK_FALSE(add_alias(dir, "tidak-ada", "a", "b", &error));
  CHECK(error.find("tidak-ada") != std::string::npos);
  CHECK_FALSE(add_curated_pair(dir, "koperasi", {{}, "jawaban", ""}, &error));
  CHECK_FALSE(add_curated_pair(dir, "koperasi", {{"q"}, "  ", ""}, &error));
  CHECK_FALSE(add_curated_pair(dir, "koperasi", {{"q"}, std::string("\xff\xfe"), ""}, &error));
  CHECK_FALSE(add_curated_pair(dir, "koperasi", {{"q"}, std::string(5000, 'a'), ""}, &error));
  // A data file that is not JSON is left alone, with a message.
  std::ofstream(article.dir / "koperasi.json", std::ios::trunc) << "{rusak";
  CHECK_FALSE(add_alias(dir, "koperasi", "a", "b", &error));
  CHECK(error.find("not a JSON object") != std::string::npos);
  CHECK(read_file(article.dir / "koperasi.json") == "{rusak");
}

TEST_CASE("a curated entry without an answer is an error naming the file", "[editor][corpus]") {
  testing::ArticleBot article("curated-bad", "koperasi.md", kArticle);
  std::ofstream(article.dir / "koperasi.json") << R"({"curated": [{"questions": ["q"]}]})";
  try {
    article.reopen();
    FAIL("a half-written curated entry was accepted");
  } catch (const std::exception& e) {
    CHECK(std::string(e.what()).find("koperasi.json") != std::string::npos);
  }
}

TEST_CASE("the report counts per day and channel and groups declined questions by meaning",
          "[editor][report]") {
  testing::ArticleBot article("report", "koperasi.md", kArticle);
  constexpr int64_t kDay = 24LL * 60 * 60 * 1000;
  const int64_t d1 = 20000 * kDay, d2 = d1 + kDay;
  std::vector<LoggedQuestion> rows = {
      logged(d1, "Apa itu koperasi sekolah?", true, 0.9),
      logged(d1 + 1, "siapa ketua koperasi sekolah", false),
      logged(d1 + 2, "ketua koperasi sekolah tuh siapa", false, 0.1, "telegram"),
      logged(d2, "Siapa ketua koperasi sekolah?", false),
      logged(d2 + 1, "berapa harga seragam sekolah", false),
      logged(d2 + 2, "Manfaat koperasi sekolah apa?", true, 0.55),
  };
  rows[3].feedback = Feedback::kDown;
  rows[3].comment = "tidak dijawab";
  rows[0].feedback = Feedback::kUp;
  Report r = make_report(rows, {}, [&](std::string_view q, std::string_view a) {
    return article.bot->question_key(q, a);
  });
  CHECK(r.questions == 6);
  CHECK(r.found == 2);
  CHECK(r.up == 1);
  CHECK(r.down == 1);
  REQUIRE(r.days.size() == 2);
  CHECK(r.days[0].day == utc_day(d1));
  CHECK(r.days[0].questions == 3);
  CHECK(r.days[0].found == 1);
  REQUIRE(r.channels.size() == 2);
  CHECK(r.channels[0].channel == "websocket");
  CHECK(r.channels[0].questions == 5);
  REQUIRE(r.declined.size() == 2);
  CHECK(r.declined[0].count == 3);  // three wordings of one question
  CHECK(r.declined[0].down == 1);
  CHECK(r.declined[0].examples.size() == 3);
  CHECK(r.declined[1].count == 1);
  CHECK(r.declined[1].examples[0] == "berapa harga seragam sekolah");
  REQUIRE(r.low.size() == 1);
  CHECK(r.low[0].question == "Manfaat koperasi sekolah apa?");
  REQUIRE(r.marked_down.size() == 1);
  CHECK(r.marked_down[0].comment == "tidak dijawab");

  ReportOptions since;
  since.since_ms = d2;
  CHECK(make_report(rows, since, {}).questions == 3);
  ReportOptions other;
  other.article = "lain";
  CHECK(make_report(rows, other, {}).questions == 0);
  auto j = to_json(r);
  CHECK(j["declined"][0]["count"] == 3);
  CHECK(j["found_rate"].get<double>() == Approx(2.0 / 6));
  CHECK(to_text(r).find("tidak dijawab") != std::string::npos);
}

TEST_CASE("every answer carries a fresh, well-formed answer id", "[editor][bot]") {
  Answer a = testing::bot().ask("ids", "Apa itu kerja sama internasional?");
  Answer b = testing::bot().ask("ids", "Apa itu kerja sama internasional?");
  CHECK(AnswerId::parse(a.id.str()).has_value());
  CHECK(a.id != b.id);
  CHECK(to_json(a)["answer_id"] == a.id.str());
  CHECK_FALSE(AnswerId::parse("ABCDEF0123456789abcdef0123456789"));
  CHECK_FALSE(AnswerId::parse("abc"));
  CHECK_FALSE(AnswerId::parse("../../../../etc/passwd0000000000"));
}

TEST_CASE("curation: changes made at once are all kept", "[editor]") {
  testing::ArticleBot article("curation-race", "koperasi.md", kArticle);
  const std::string dir = article.dir.string();
  std::vector<std::thread> editors;
  std::atomic<int> ok{0};
  for (int i = 0; i < 8; ++i) {
    editors.emplace_back([&, i] {
      std::string error;
      if (add_curated_pair(dir, "koperasi", {{"pertanyaan " + std::to_string(i)}, "jawaban", ""},
                           &error))
        ++ok;
    });
  }
  for (auto& t : editors) t.join();
  CHECK(ok == 8);
  auto data = nlohmann::json::parse(read_file(article.dir / "koperasi.json"));
  CHECK(data["curated"].size() == 8);
  // Nothing but the article and its data file is left beside it to read.
  for (const auto& f : std::filesystem::directory_iterator(article.dir)) {
    const std::string name = f.path().filename().string();
    CHECK((name == "koperasi.md" || name == "koperasi.json" || name[0] == '.' ||
           name.rfind("index.db", 0) == 0));
  }
}
