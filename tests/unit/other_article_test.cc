// The core knows no article: a different corpus gives different answers,
// from the same code, lexicon and templates.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "index/indexer.h"
#include "testing.h"

using namespace tanya;

namespace {
const char* kArticle = R"(---
title: Koperasi Sekolah
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

Manfaat ini dirasakan oleh seluruh warga sekolah.

## Jenis Koperasi

Koperasi terdiri dari dua bentuk, yaitu:

- Koperasi simpan pinjam
- Koperasi konsumsi

### Koperasi simpan pinjam

Koperasi simpan pinjam merupakan koperasi yang melayani tabungan dan pinjaman anggota.
)";
struct ArticleDir : testing::ArticleBot {
  explicit ArticleDir(const std::string& name, bool beside_default = false)
      : ArticleBot(name, "koperasi.md", kArticle, beside_default) {}
};

}  // namespace

TEST_CASE("another article is answered from its own text", "[bot][corpus]") {
  ArticleDir article("other-corpus");
  auto& bot = article.bot;

  Answer def = bot->ask("k", "Apa itu koperasi sekolah?");
  CHECK(def.found);
  CHECK(def.text.find("didirikan di lingkungan sekolah") != std::string::npos);

  // A section that opens with a list, followed by a paragraph.
  Answer use = bot->ask("k", "Apa manfaat koperasi sekolah?");
  CHECK(use.found);
  CHECK(use.text.find("berwirausaha") != std::string::npos);

  Answer forms = bot->ask("k", "Apa saja jenis koperasi?");
  CHECK(forms.intent == "topic.forms");
  CHECK(forms.items.size() == 2);
  CHECK(forms.text.find("melayani tabungan") != std::string::npos);  // the sub-type's definition

  CHECK_FALSE(bot->ask("k", "Apa saja bentuk kerja sama internasional?").found);
}

TEST_CASE("a second article is reached by naming its subject", "[bot][corpus]") {
  // Two articles make a site (bot/router.h): a question naming one
  // article's subject is answered from it, whatever the file order.
  ArticleDir both("two-articles", true);
  auto& bot = both.bot;
  auto source_of = [](const Answer& a) {
    return a.sources.empty() ? std::string() : a.sources.front().article;
  };

  Answer benefits = bot->ask("a", "Apa manfaat koperasi sekolah?");
  CHECK(benefits.found);
  CHECK(benefits.text.find("berwirausaha") != std::string::npos);
  CHECK(source_of(benefits) == "Koperasi Sekolah");

  Answer def = bot->ask("b", "Apa itu koperasi sekolah?");
  CHECK(def.text.find("didirikan di lingkungan sekolah") != std::string::npos);
  // The follow-up stays with the article the conversation is about.
  Answer more = bot->ask("b", "Manfaatnya apa?");
  CHECK(more.text.find("berwirausaha") != std::string::npos);

  // The main article's topics are not taken from the other article...
  Answer main = bot->ask("c", "Apa manfaat kerja sama internasional?");
  CHECK(main.found);
  CHECK(main.text.find("berwirausaha") == std::string::npos);
  CHECK(source_of(main) == "Bentuk Kerja Sama Internasional dan Manfaatnya");
  // ...and a topic the other article lacks is not answered from the main one.
  // It declines, naming the article the question was about.
  Answer goals = bot->ask("d", "Apa tujuan koperasi sekolah?");
  CHECK_FALSE(goals.found);
  CHECK(goals.text.find("\"Koperasi Sekolah\"") != std::string::npos);
}

TEST_CASE("reload swaps in a rebuilt index and keeps the sessions", "[bot][reload]") {
  namespace fs = std::filesystem;
  ArticleDir article("reload-corpus");
  auto& bot = article.bot;
  const fs::path& dir = article.dir;
  const RuntimeOptions& o = article.options;
  std::string error;
  Answer before = bot->ask("r", "Apa itu koperasi simpan pinjam?");
  CHECK(before.text.find("tabungan") != std::string::npos);

  // A new edition of the article, indexed into the same file while the bot runs.
  std::string edited = kArticle;
  edited.replace(edited.find("melayani tabungan dan pinjaman"), 30, "menghimpun simpanan anggota");
  std::ofstream(dir / "koperasi.md") << edited;
  build_index(load_corpus(read_data_files(dir.string(), {})), o.index_path);
  CHECK(bot->ask("other", "Apa itu koperasi simpan pinjam?").text.find("tabungan") !=
        std::string::npos);

  REQUIRE(bot->reload(&error));
  Answer after = bot->ask("r2", "Apa itu koperasi simpan pinjam?");
  CHECK(after.text.find("menghimpun simpanan") != std::string::npos);
  CHECK(bot->session("r").has_value());  // the conversation survived

  // A broken file swapped in is refused, and the bot keeps its snapshot.
  std::ofstream((dir / "broken.db").string()) << "not a database";
  fs::rename(dir / "broken.db", o.index_path);
  error.clear();
  CHECK_FALSE(bot->reload(&error));
  CHECK_FALSE(error.empty());
  CHECK(bot->ask("r3", "Apa itu koperasi simpan pinjam?").text.find("menghimpun") !=
        std::string::npos);
}
