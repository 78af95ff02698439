// Questions after one fact ("kapan", "berapa") are answered by the passage
// that states it (bot/answerer.cc passage_answer), on an article the bot
// data knows nothing about.
#include <catch2/catch.hpp>

#include "testing.h"

using namespace tanya;

TEST_CASE("'kapan' is answered by a sentence that places it in time, with or without a year",
          "[bot][passage]") {
  testing::ArticleBot article("when-time", "bibit.md", R"(---
title: Menanam Cabai
source: contoh.id
language: id
category: Pertanian
subject: Menanam Cabai
---

# Menanam Cabai

Cabai rawit mudah tumbuh di pot.

## Perawatan

Pupuk kandang diberikan sebagai pupuk dasar yang menyuburkan tanah pot. Pupuk kandang ditaburkan lagi ketika tanaman berumur 4 minggu. Cabai dipanen setelah buahnya merah.
)");
  Answer a = article.bot->ask("k", "Kapan pupuk kandang ditaburkan lagi?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("4 minggu") != std::string::npos);
}
