#include <catch2/catch.hpp>

#include "index/document.h"
#include "index/indexer.h"

using namespace tanya;

namespace {
const char* kArticle = R"(---
title: Contoh Artikel
source: contoh.id
language: id
category: Uji
---

# Contoh Artikel

Paragraf pembuka yang
berlanjut di baris kedua.

## Bagian Satu

Ada dua hal, yaitu:

- Hal pertama
- Hal kedua

### Sub Bagian

1. Satu
2. Dua

## Bagian Satu
Teks lain.
)";
}

TEST_CASE("Markdown keeps sections, paths and list structure", "[markdown]") {
  Document d = parse_markdown("contoh", kArticle);
  CHECK(d.title == "Contoh Artikel");
  CHECK(d.source == "contoh.id");
  CHECK(d.subject == "Contoh Artikel");  // defaults to the title
  REQUIRE(d.sections.size() == 4);

  const Section& lead = d.sections[0];
  CHECK(lead.level == 1);
  REQUIRE(lead.blocks.size() == 1);
  CHECK(lead.blocks[0].text == "Paragraf pembuka yang berlanjut di baris kedua.");

  const Section& one = d.sections[1];
  CHECK(one.anchor == "bagian-satu");
  REQUIRE(one.blocks.size() == 2);
  CHECK(one.blocks[1].kind == Block::Kind::kBulletList);
  CHECK(one.blocks[1].items == std::vector<std::string>{"Hal pertama", "Hal kedua"});
  CHECK(list_lead(one, 1) == "Ada dua hal, yaitu:");

  const Section& sub = d.sections[2];
  CHECK(sub.level == 3);
  CHECK(sub.path == std::vector<std::string>{"Bagian Satu", "Sub Bagian"});
  CHECK(sub.blocks[0].kind == Block::Kind::kOrderedList);
  CHECK(sub.blocks[0].items.size() == 2);

  // A repeated heading still gets a unique anchor.
  CHECK(d.sections[3].anchor == "bagian-satu-2");
  CHECK(d.sections[3].path == std::vector<std::string>{"Bagian Satu"});
}

TEST_CASE("Markdown without front matter never fails", "[markdown]") {
  Document d = parse_markdown("x", "just text\n\n* a\n+ b\n\n12) twelve\n#nothashheading");
  CHECK(d.title.empty());
  REQUIRE_FALSE(d.sections.empty());
  CHECK(d.sections[0].blocks.size() == 4);
  CHECK(slugify("#1 Kerja sama Bilateral") == "1-kerja-sama-bilateral");
}
