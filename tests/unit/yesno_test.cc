// The yes/no strategy (bot/yesno_strategy.h): a verdict from the article's
// evidence, on an article the bot data knows nothing about.
#include <catch2/catch.hpp>

#include "testing.h"

using namespace tanya;

namespace {
const char* kArticle = R"(---
title: Garam Dapur
source: contoh.id
language: id
category: Pangan
subject: Garam Dapur
---

# Garam Dapur

Garam dapur adalah senyawa yang terdiri dari dua unsur, yaitu natrium dan klorin.

## Konsumsi Garam

Garam tidak boleh dikonsumsi berlebihan oleh penderita hipertensi. Garam beryodium membantu mencegah gondok. Garam awet disimpan tanpa lemari pendingin.
)";

bool starts(const Answer& a, const std::string& prefix) {
  return a.text.rfind(prefix, 0) == 0;
}
}  // namespace

TEST_CASE("a yes/no question gets a verdict and its evidence", "[bot][yesno]") {
  testing::ArticleBot article("yesno", "garam.md", kArticle);
  auto& bot = *article.bot;

  Answer yes = bot.ask("y1", "Apakah garam beryodium membantu mencegah gondok?");
  CHECK(yes.intent == "yesno");
  CHECK(starts(yes, "Ya."));
  CHECK(yes.text.find("gondok") != std::string::npos);

  // The evidence negates what the question asserts.
  Answer no = bot.ask("y2", "Apakah penderita hipertensi boleh mengonsumsi garam berlebihan?");
  CHECK(starts(no, "Tidak."));
  CHECK(no.text.find("tidak boleh") != std::string::npos);

  // The question gives another count of the same thing.
  Answer count = bot.ask("y3", "Apakah garam dapur terdiri dari tiga unsur?");
  CHECK(starts(count, "Tidak."));
  CHECK(count.text.find("dua unsur") != std::string::npos);
  Answer same = bot.ask("y4", "Apakah garam dapur terdiri dari dua unsur?");
  CHECK(starts(same, "Ya."));

  // "tanpa" (without) negates too.
  Answer without = bot.ask("y6", "Apakah garam harus disimpan di lemari pendingin?");
  CHECK(starts(without, "Tidak."));

  // Not a yes/no question: no verdict.
  Answer plain = bot.ask("y5", "Apa itu garam dapur?");
  CHECK_FALSE(starts(plain, "Ya."));
  CHECK_FALSE(starts(plain, "Tidak."));
}
