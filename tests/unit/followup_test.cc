// Follow-ups answered from where the last answer came from
// (bot/answerer.h near_answer), on an article the bot data knows nothing about.
#include <catch2/catch.hpp>

#include "testing.h"

using namespace tanya;

namespace {
const char* kArticle = R"(---
title: Banjir
source: contoh.id
language: id
category: Geografi
subject: Banjir
---

# Banjir

Banjir adalah meluapnya air hingga menggenangi daratan. Di taman kota, sumur resapan dibuat sedalam 10 meter.

## Jenis Banjir

Banjir rob adalah banjir yang terjadi karena air laut pasang menggenangi daratan pesisir. Contohnya, genangan di Muara Baru setiap bulan purnama.

Banjir bandang adalah banjir besar yang datang tiba-tiba. Contohnya, banjir di Garut pada tahun 2016.

## Cara Mencegah Banjir

- Membuang sampah pada tempatnya.
- Membuat sumur resapan sedalam 3 meter di halaman rumah.
- Menanam pohon di lereng bukit.
)";

bool has(const Answer& a, const std::string& text) {
  return a.text.find(text) != std::string::npos;
}
}  // namespace

TEST_CASE("a follow-up is answered beside the last answer first", "[bot][followup]") {
  testing::ArticleBot article("followup-near", "banjir.md", kArticle);
  auto& bot = *article.bot;
  // "contohnya?" after a definition: the example given with it.
  REQUIRE(bot.ask("f1", "Apa itu banjir rob?").found);
  Answer example = bot.ask("f1", "contohnya?");
  INFO(example.text);
  CHECK(has(example, "Muara Baru"));
  // A number about an item of the list just given.
  REQUIRE(bot.ask("f2", "Bagaimana cara mencegah banjir?").found);
  Answer depth = bot.ask("f2", "sumur resapannya berapa dalam?");
  INFO(depth.text);
  CHECK(has(depth, "3 meter"));
  CHECK(!has(depth, "10 meter"));
}
