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

TEST_CASE("a heading whose slug is another's numbered anchor gets its own", "[markdown]") {
  // Found by the article fuzz target (tests/fuzz/corpus/article/setext-duplicates.md):
  // the third heading also got "manfaat-2", so the demo page had one id for
  // two sections and an answer citing both kept only one source.
  Document d = parse_markdown("x", "## Manfaat\n\n## Manfaat\n\n## Manfaat 2\n\n## Manfaat\n");
  REQUIRE(d.sections.size() == 5);
  CHECK(d.sections[1].anchor == "manfaat");
  CHECK(d.sections[2].anchor == "manfaat-2");
  CHECK(d.sections[3].anchor == "manfaat-2-2");
  CHECK(d.sections[4].anchor == "manfaat-3");
}

TEST_CASE("Markdown without front matter never fails", "[markdown]") {
  Document d = parse_markdown("x", "just text\n\n* a\n+ b\n\n12) twelve\n#nothashheading");
  CHECK(d.title.empty());
  REQUIRE_FALSE(d.sections.empty());
  CHECK(d.sections[0].blocks.size() == 4);
  CHECK(slugify("#1 Kerja sama Bilateral") == "1-kerja-sama-bilateral");
}

TEST_CASE("Markdown front matter is YAML: quoted values lose their quotes", "[markdown]") {
  Document d = parse_markdown("q", R"(---
title: "Reksa Dana: Pengertian dan Jenis"
source: 'CermatFinansial.com'
language: id
category: [Keuangan, Investasi]
author: Tidak Dipakai
tags:
  - a
  - b
---

Isi.
)");
  CHECK(d.title == "Reksa Dana: Pengertian dan Jenis");
  CHECK(d.source == "CermatFinansial.com");
  CHECK(d.language == "id");
  CHECK(d.category == "Keuangan, Investasi");  // a YAML list reads as the plain form
  CHECK(d.subject == d.title);                 // defaults to the title
  REQUIRE(d.sections.size() == 1);
  CHECK(d.sections[0].heading == "Reksa Dana: Pengertian dan Jenis");
  CHECK(d.sections[0].anchor == "reksa-dana-pengertian-dan-jenis");
  REQUIRE(d.sections[0].blocks.size() == 1);
  CHECK(d.sections[0].blocks[0].text == "Isi.");
}

TEST_CASE("Markdown keeps the front matter entries that parse when the rest is malformed",
          "[markdown]") {
  Document d;
  REQUIRE_NOTHROW(d = parse_markdown("m", R"(---
title: "Judul tanpa tanda kutip penutup
source: contoh.id
category: [Uji, tanpa penutup
subject: Inflasi: Pengertian
: : [
---

# Judul dari H1

Paragraf tetap dibaca.
)"));
  CHECK(d.title == "Judul dari H1");  // the broken title is ignored; the H1 stands in
  CHECK(d.source == "contoh.id");
  CHECK(d.category.empty());
  // An unquoted colon is not YAML, but its meaning is plain (the old reader's).
  CHECK(d.subject == "Inflasi: Pengertian");
  REQUIRE(d.sections.size() == 1);
  CHECK(d.sections[0].heading == "Judul dari H1");
  REQUIRE(d.sections[0].blocks.size() == 1);
  CHECK(d.sections[0].blocks[0].text == "Paragraf tetap dibaca.");

  // Without a closing "---" there is no front matter: the text is the article.
  Document open = parse_markdown("o", "---\ntitle: x\n\nTeks.");
  CHECK(open.title.empty());
  REQUIRE(open.sections[0].blocks.size() == 2);
  CHECK(open.sections[0].blocks[1].text == "Teks.");
}

TEST_CASE("Markdown strips inline markup and collapses whitespace", "[markdown]") {
  Document d = parse_markdown("i",
                              "Baca *ini*   dan _itu_, [situs BI](https://www.bi.go.id),\n"
                              "`kode`, ![Logo BI](logo.png), <span class=\"x\">tag</span>,\n"
                              "~~coret~~, https://ojk.go.id &amp; &#65;&nbsp;b<br>c.");
  REQUIRE(d.sections[0].blocks.size() == 1);
  CHECK(d.sections[0].blocks[0].text ==
        "Baca ini dan itu, situs BI, kode, Logo BI, tag, coret, https://ojk.go.id & A b c.");
  CHECK(d.sections[0].blocks[0].strong.empty());
}

TEST_CASE("Markdown records strong spans and the terms list items open with", "[markdown]") {
  Document d = parse_markdown("s", R"(Ada **risiko pasar** dan __risiko kredit__, juga *bukan* ini.

Jenis risikonya:

- **Risiko pasar**, yaitu turunnya harga aset.
- __Risiko likuiditas:__ sulit dijual cepat.
- Risiko lain tanpa istilah, **bukan pembuka**.
- *Miring* **bukan** pembuka.
- [**Risiko kredit**](https://contoh.id) penerbit gagal bayar.
)");
  const auto& blocks = d.sections[0].blocks;
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].text == "Ada risiko pasar dan risiko kredit, juga bukan ini.");
  CHECK(blocks[0].strong == std::vector<std::string>{"risiko pasar", "risiko kredit"});
  const Block& list = blocks[2];
  CHECK(list.kind == Block::Kind::kBulletList);
  CHECK(list.items[0] == "Risiko pasar, yaitu turunnya harga aset.");
  CHECK(list.items[1] == "Risiko likuiditas: sulit dijual cepat.");
  REQUIRE(list.item_terms.size() == list.items.size());
  // The colon ends the term, it is not part of it.
  CHECK(list.item_terms ==
        std::vector<std::string>{"Risiko pasar", "Risiko likuiditas", "", "", "Risiko kredit"});
  CHECK(list.strong.empty());  // strong spans of items are only read as terms
  CHECK(list_lead(d.sections[0], 2) == "Jenis risikonya:");
}

TEST_CASE("Markdown nested lists become their own blocks with the parent item as lead",
          "[markdown]") {
  Document d = parse_markdown("n", R"(## Komponen

BPS membagi inflasi menurut komponennya:

- **Inflasi inti**: dipengaruhi faktor seperti:
  - interaksi permintaan dan penawaran;
  - nilai tukar rupiah.
    1. kurs tengah
    2. kurs jual
- **Harga diatur pemerintah**: tarif listrik.
  - BBM bersubsidi
- Harga bergejolak.

Penutup.
)");
  REQUIRE(d.sections.size() == 2);
  const auto& blocks = d.sections[1].blocks;
  REQUIRE(blocks.size() == 6);
  const Block& top = blocks[1];
  CHECK(top.lead.empty());
  // The parent keeps all its items, also those after a nested list.
  CHECK(top.items == std::vector<std::string>{"Inflasi inti: dipengaruhi faktor seperti:",
                                              "Harga diatur pemerintah: tarif listrik.",
                                              "Harga bergejolak."});
  CHECK(top.item_terms == std::vector<std::string>{"Inflasi inti", "Harga diatur pemerintah", ""});
  CHECK(list_lead(d.sections[1], 1) == "BPS membagi inflasi menurut komponennya:");

  // Nested blocks follow in the order they start: a child before its own children.
  CHECK(blocks[2].kind == Block::Kind::kBulletList);
  CHECK(blocks[2].lead == "Inflasi inti: dipengaruhi faktor seperti:");
  CHECK(blocks[2].items ==
        std::vector<std::string>{"interaksi permintaan dan penawaran;", "nilai tukar rupiah."});
  CHECK(blocks[2].item_terms == std::vector<std::string>{"", ""});
  CHECK(blocks[3].kind == Block::Kind::kOrderedList);
  CHECK(blocks[3].lead == "nilai tukar rupiah.");
  CHECK(blocks[3].items == std::vector<std::string>{"kurs tengah", "kurs jual"});
  CHECK(blocks[4].lead == "Harga diatur pemerintah: tarif listrik.");
  CHECK(blocks[4].items == std::vector<std::string>{"BBM bersubsidi"});
  CHECK(blocks[5].text == "Penutup.");
  CHECK(blocks[5].lead.empty());
}

TEST_CASE("Markdown tables become list-like blocks of rows", "[markdown]") {
  Document d = parse_markdown("t", R"(Perbandingannya sebagai berikut:

| Jenis | Tingkat **Risiko** | Jangka Waktu |
|---|:-:|---|
| Pasar Uang | Rendah | Kurang dari 1 tahun |
| *Saham* |  | Lebih dari 5 tahun |
)");
  const auto& blocks = d.sections[0].blocks;
  REQUIRE(blocks.size() == 2);
  const Block& t = blocks[1];
  CHECK(t.kind == Block::Kind::kTable);
  CHECK(t.is_list());
  CHECK(t.text.empty());
  // An empty cell is left out rather than "Tingkat Risiko: ".
  CHECK(t.items ==
        std::vector<std::string>{
            "Jenis: Pasar Uang; Tingkat Risiko: Rendah; Jangka Waktu: Kurang dari 1 tahun",
            "Jenis: Saham; Jangka Waktu: Lebih dari 5 tahun"});
  CHECK(t.item_terms == std::vector<std::string>{"Pasar Uang", "Saham"});  // the row labels
  CHECK(list_lead(d.sections[0], 1) == "Perbandingannya sebagai berikut:");
}

TEST_CASE("Markdown headings: Setext, the first H1 as title, H1 in the body", "[markdown]") {
  Document d = parse_markdown("h", R"(Judul *Artikel*
===============

Pembuka.

Bagian Pertama
--------------

Isi pertama.

# Judul Lain

Masih di bagian pertama.

### Sub ###

Isi sub.
)");
  CHECK(d.title == "Judul Artikel");  // no front matter: the first H1
  CHECK(d.subject == "Judul Artikel");
  REQUIRE(d.sections.size() == 3);
  CHECK(d.sections[0].heading == "Judul Artikel");
  CHECK(d.sections[0].level == 1);
  CHECK(d.sections[1].heading == "Bagian Pertama");
  CHECK(d.sections[1].level == 2);
  // A later H1 opens no section (as before): its text stays where it was.
  REQUIRE(d.sections[1].blocks.size() == 2);
  CHECK(d.sections[1].blocks[1].text == "Masih di bagian pertama.");
  CHECK(d.sections[2].heading == "Sub");
  CHECK(d.sections[2].path == std::vector<std::string>{"Bagian Pertama", "Sub"});

  // With a front matter title, the H1 does not replace it.
  Document fm = parse_markdown("f", "---\ntitle: Dari YAML\n---\n# Dari H1\n\nTeks.\n");
  CHECK(fm.title == "Dari YAML");
  CHECK(fm.sections[0].heading == "Dari YAML");
}

TEST_CASE("Markdown: a bold label over a list heads a part of its section", "[markdown]") {
  Document d = parse_markdown("l", R"(## Dampak X

X berdampak dalam jangka pendek dan panjang.

**Dampak jangka pendek:**

- Satu.

**Dampak jangka panjang**:

1. Dua.

**Catatan penting:**

Ini paragraf biasa, bukan daftar.

**Ini kalimat tebal.**

- Tiga.

## Lain

Teks.
)");
  REQUIRE(d.sections.size() == 5);
  CHECK(d.sections[1].heading == "Dampak X");
  REQUIRE(d.sections[1].blocks.size() == 1);  // the label is not a paragraph of it
  CHECK(d.sections[2].heading == "Dampak jangka pendek");
  CHECK(d.sections[2].level == 3);
  CHECK(d.sections[2].path == std::vector<std::string>{"Dampak X", "Dampak jangka pendek"});
  REQUIRE(d.sections[2].blocks.size() == 1);
  CHECK(d.sections[2].blocks[0].items == std::vector<std::string>{"Satu."});
  // A second label is a sibling, not a part of the first.
  CHECK(d.sections[3].heading == "Dampak jangka panjang");
  CHECK(d.sections[3].level == 3);
  CHECK(d.sections[3].path == std::vector<std::string>{"Dampak X", "Dampak jangka panjang"});
  // Over prose a label stays a paragraph; a bold sentence is no label.
  REQUIRE(d.sections[3].blocks.size() == 5);
  CHECK(d.sections[3].blocks[1].text == "Catatan penting:");
  CHECK(d.sections[3].blocks[3].text == "Ini kalimat tebal.");
  CHECK(d.sections[3].blocks[4].is_list());
  // A true heading closes the labelled part at its own level.
  CHECK(d.sections[4].heading == "Lain");
  CHECK(d.sections[4].level == 2);
}

TEST_CASE("Markdown: paragraphs led by bold phrases in a row are a list", "[markdown]") {
  Document d = parse_markdown("r", R"(## Manfaat

**Melindungi tabungan.** Biaya besar dialihkan ke perusahaan.

**Akses lebih luas**: peserta bisa memilih rumah sakit.

Paragraf biasa.

**Hanya satu.** Paragraf ini sendirian.

- **Butir** dalam daftar.
)");
  REQUIRE(d.sections.size() == 2);
  const auto& blocks = d.sections[1].blocks;
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0].is_list());
  CHECK(blocks[0].items ==
        std::vector<std::string>{"Melindungi tabungan. Biaya besar dialihkan ke perusahaan.",
                                 "Akses lebih luas: peserta bisa memilih rumah sakit."});
  CHECK(blocks[0].item_terms ==
        std::vector<std::string>{"Melindungi tabungan", "Akses lebih luas"});
  CHECK(blocks[1].text == "Paragraf biasa.");
  // One alone stays a paragraph, and a list after it is a list of its own.
  CHECK(!blocks[2].is_list());
  CHECK(blocks[2].text == "Hanya satu. Paragraf ini sendirian.");
  CHECK(blocks[3].items == std::vector<std::string>{"Butir dalam daftar."});
}

TEST_CASE("Markdown: a bold term alone on an item's first line is set off from what follows",
          "[markdown]") {
  Document d = parse_markdown("h", R"(## Sumber

1. **Hibah**
   Hibah adalah penerimaan yang tidak perlu dibayar kembali.
2. **Pajak.**
   Pajak dipungut oleh negara.
3. **Cukai** dikenakan pada rokok
   dan minuman beralkohol.
)");
  REQUIRE(d.sections.size() == 2);
  REQUIRE(d.sections[1].blocks.size() == 1);
  CHECK(d.sections[1].blocks[0].items ==
        std::vector<std::string>{"Hibah: Hibah adalah penerimaan yang tidak perlu dibayar kembali.",
                                 "Pajak. Pajak dipungut oleh negara.",
                                 "Cukai dikenakan pada rokok dan minuman beralkohol."});
}

TEST_CASE("Markdown keeps quoted paragraphs and drops code, HTML blocks and rules", "[markdown]") {
  Document d = parse_markdown("b", R"(Rumusnya:

> Inflasi = (IHK baru − IHK lama) ÷ IHK lama
> × 100 persen
>
> Kutipan kedua.

```
kode_yang_dibuang();
```

    kode berindentasi

<div class="iklan">
Iklan yang dibuang.
</div>

---

Akhir.
)");
  const auto& blocks = d.sections[0].blocks;
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[1].text == "Inflasi = (IHK baru − IHK lama) ÷ IHK lama × 100 persen");
  CHECK(blocks[2].text == "Kutipan kedua.");
  CHECK(blocks[3].text == "Akhir.");
}

TEST_CASE("Markdown never fails on hostile input", "[markdown]") {
  auto times = [](const std::string& s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
  };
  const std::vector<std::string> inputs = {
      "",
      "---",
      std::string("a\0b\n\n- \0\n# \0\n", 13),            // NUL bytes
      "\xff\xfe\xc3\x28 **\xf0\x28\x8c\xbc**\n\n- \x80",  // invalid UTF-8
      times("> ", 50000) + "kutipan",                     // deep quotes
      times("- ", 50000) + "daftar",                      // deep lists
      times("[", 50000) + times("]", 50000),
      times("**a ", 50000),
      times("|a", 2000) + "|\n" + times("|-", 2000) + "|\n" + times("|b", 2000) + "|\n",
      "---\ntitle: " + times("[", 50000) + "\n---\nIsi",  // deep YAML
      "---\n" + times("{a: ", 20000) + "\n---\nIsi",
      std::string("---\n\0\xff: \x01\n---\n", 14),
      "&#0; &#x110000; &#xD800; &#9999999; &bogus;",
      times("Kalimat **tebal** dan [tautan](http://x.y) `kode`.\n\n", 20000),  // 1 MB
  };
  for (const std::string& text : inputs) {
    Document d;
    REQUIRE_NOTHROW(d = parse_markdown("x", text));
    REQUIRE_FALSE(d.sections.empty());
    size_t blocks = 0, malformed = 0;
    for (const Section& s : d.sections) {
      for (const Block& b : s.blocks) {
        ++blocks;
        bool empty = b.is_list() ? b.items.empty() : b.text.empty();
        if (empty || b.item_terms.size() != b.items.size()) ++malformed;
      }
    }
    CHECK(malformed == 0);
    CHECK(blocks <= 20000);
  }
  // Lists nested past any sensible depth are folded into the deepest kept
  // item instead of making a block per level.
  Document deep = parse_markdown("d", times("- ", 50000) + "daftar");
  CHECK(deep.sections[0].blocks.size() <= 16);
  CHECK(parse_markdown("x", "&#0; &#x110000;").sections[0].blocks[0].text ==
        "\xEF\xBF\xBD \xEF\xBF\xBD");
}
