// The table-row strategy: a row's cells, and an answer of rows narrowed to
// the column and rows a question names (bot/table_row.h).
#include "bot/table_row.h"

#include <catch2/catch.hpp>

#include "testing.h"

using namespace tanya;

namespace {

// One sentence as the index keeps it: its text, words, terms (here the
// words themselves) and where each word begins.
KSentence sentence(const std::string& text) {
  KSentence s;
  s.text = text;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= text.size()) break;
    size_t j = i;
    while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
    std::string w = text.substr(i, j - i);
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    s.words.push_back(w);
    s.terms.push_back(w);
    s.begins.push_back(static_cast<uint32_t>(i));
    i = j;
  }
  return s;
}

const std::unordered_set<std::string> kStop{"dan", "di"};

}  // namespace

TEST_CASE("a table row's cells: its label, then one per column", "[table]") {
  auto cells = table_cells(
      sentence("Aspek: Bentuk; Karang Keras: Acropora; Karang Lunak: Sinularia"), kStop);
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].header == Terms{"aspek"});
  CHECK(cells[0].value == Terms{"bentuk"});
  CHECK(cells[2].header == Terms{"karang", "lunak"});
  CHECK(cells[2].value == Terms{"sinularia"});
  // A sentence with a colon is no row, nor is a label and one value.
  CHECK(table_cells(sentence("Catatan: karang tumbuh lambat."), kStop).empty());
  CHECK(table_cells(sentence("Aspek: Bentuk; Karang: Acropora"), kStop).empty());
}

TEST_CASE("an answer of rows is narrowed to the one column the question names", "[table]") {
  Knowledge kb;
  kb.sentences = {
      sentence("Aspek: Contoh; Karang Keras: Acropora, Porites; Karang Lunak: Sarcophyton"),
      sentence("Aspek: Bentuk; Karang Keras: Bercabang; Karang Lunak: Lentur")};
  Draft d;
  d.text = "Berikut perbandingannya:\n- " + kb.sentences[0].text + "\n- " + kb.sentences[1].text;
  d.sentences = {0, 1};
  Understanding u;
  u.qtype = "list";

  u.query = {"contoh", "karang", "lunak"};
  Draft one = one_column(kb, kStop, u, d);
  INFO(one.text);
  // The column named ("lunak", which no other header has), and the row
  // whose label is named ("contoh").
  CHECK(one.text == "Berikut perbandingannya:\n- Aspek: Contoh; Karang Lunak: Sarcophyton");
  CHECK(one.sentences == std::vector<int>{0});

  // A row named by the word the question asks with, not about: "contoh"
  // left the query as the examples topic's own word.
  u.query = {"karang", "lunak"};
  u.terms = {"contoh", "karang", "lunak", "apa", "saja"};
  CHECK(one_column(kb, kStop, u, d).text ==
        "Berikut perbandingannya:\n- Aspek: Contoh; Karang Lunak: Sarcophyton");
  u.terms.clear();

  // No row named: every row, each cut to the column.
  u.query = {"karang", "lunak"};
  CHECK(one_column(kb, kStop, u, d).text ==
        "Berikut perbandingannya:\n- Aspek: Contoh; Karang Lunak: Sarcophyton\n- Aspek: Bentuk; "
        "Karang Lunak: Lentur");

  // Both columns named, or a comparison: the whole rows.
  u.query = {"karang", "lunak", "keras"};
  CHECK(one_column(kb, kStop, u, d).text == d.text);
  u.query = {"karang", "lunak"};
  u.qtype = "comparison";
  CHECK(one_column(kb, kStop, u, d).text == d.text);

  // A column not named whole ("lunak" without "karang") is a value, not
  // the thing compared.
  u.qtype = "list";
  u.query = {"lunak"};
  CHECK(one_column(kb, kStop, u, d).text == d.text);
}

TEST_CASE("of two headers that share their words, the one the question names whole is the column",
          "[bot][table]") {
  testing::ArticleBot article("shared-headers", "lemak.md", R"(---
title: Lemak Makanan
subject: Lemak Makanan
---

# Lemak Makanan

Lemak makanan adalah zat gizi penghasil energi terbesar.

## Lemak Jenuh vs Lemak Tidak Jenuh

| Aspek | Lemak Jenuh | Lemak Tidak Jenuh |
|---|---|---|
| Contoh makanan | Mentega, santan | Alpukat, minyak zaitun |
| Bentuk | Padat pada suhu ruang | Cair pada suhu ruang |
)");
  Answer a = article.bot->ask("a", "Contoh makanan lemak jenuh apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Mentega") != std::string::npos);
  CHECK(a.text.find("Alpukat") == std::string::npos);
  // "tidak" is in the other header only: that one is asked.
  Answer b = article.bot->ask("b", "Contoh makanan lemak tidak jenuh apa saja?");
  INFO(b.text);
  CHECK(b.text.find("Alpukat") != std::string::npos);
}

TEST_CASE("a column headed with the subject's name is asked without it", "[bot][table]") {
  testing::ArticleBot article("table-subject-column", "npwp.md", R"(---
title: NPWP
subject: NPWP
---

# NPWP

NPWP adalah nomor identitas wajib pajak.

## Perbedaan NPWP Pribadi dan NPWP Badan

| Aspek | NPWP Orang Pribadi | NPWP Badan |
|---|---|---|
| Tarif PPh | Progresif 5% sampai 35% | Tarif tunggal 22% |
| Batas lapor SPT Tahunan | 31 Maret | 30 April |
)");
  // "badan" names the column "NPWP Badan": the article is all about NPWP.
  Answer a = article.bot->ask("b", "Berapa batas lapor SPT tahunan badan?");
  INFO(a.text);
  CHECK(a.text.find("30 April") != std::string::npos);
  CHECK(a.text.find("31 Maret") == std::string::npos);
}
