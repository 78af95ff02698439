// The core knows no article: a different corpus gives different answers,
// from the same code, lexicon and templates.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

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
}  // namespace

TEST_CASE("another article is answered from its own text", "[bot][corpus]") {
  namespace fs = std::filesystem;
  fs::path dir = testing::temp_path("other-corpus");
  fs::create_directories(dir);
  std::ofstream(dir / "koperasi.md") << kArticle;
  RuntimeOptions o;
  o.corpus_dir = dir.string();
  o.bot_dir = testing::source_dir() + "/bot";
  o.index_path = (dir / "index.db").string();
  std::string error;
  auto bot = open_runtime(o, &error);
  REQUIRE(bot != nullptr);

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
  fs::remove_all(dir);
}
