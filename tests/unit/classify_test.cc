// The classification strategy (bot/classify_strategy.h): "X termasuk jenis
// apa?" for an X the article only mentions under one of its kinds.
#include <catch2/catch.hpp>

#include "testing.h"

using namespace tanya;

namespace {
const char* kArticle = R"(---
title: Alat Musik Tradisional
source: contoh.id
language: id
category: Seni
subject: Alat Musik Tradisional
---

# Alat Musik Tradisional

Alat musik tradisional adalah alat musik khas suatu daerah.

## Jenis Alat Musik

### Idiofon

Bunyinya berasal dari badan alat itu sendiri. Contohnya angklung dan kolintang.

### Aerofon

Bunyinya berasal dari udara yang ditiup. Contohnya suling dan serunai.

## Jenis Berdasarkan Cara Memainkan

- **Dipetik**: dimainkan dengan jari, misalnya sasando dan kecapi.
- **Dipukul**: dimainkan dengan pemukul, misalnya gendang.
)";
}  // namespace

TEST_CASE("a thing the article only mentions is classified by where it is", "[bot][classify]") {
  testing::ArticleBot article("classify", "musik.md", kArticle);
  auto& bot = *article.bot;
  // Under a sub-section: its heading is the kind.
  Answer suling = bot.ask("c1", "Suling termasuk jenis apa?");
  CHECK(suling.intent == "classification");
  CHECK(suling.text.find("Aerofon") != std::string::npos);
  CHECK(suling.text.find("Idiofon") == std::string::npos);
  // In a list item: the item's head is the kind.
  Answer sasando = bot.ask("c2", "sasando itu tergolong alat musik apa?");
  CHECK(sasando.text.find("Dipetik") != std::string::npos);
  // "jenis mana" asks which kind as "jenis apa" does.
  Answer which = bot.ask("c4", "suling itu masuknya jenis yang mana ya?");
  CHECK(which.intent == "classification");
  CHECK(which.text.find("Aerofon") != std::string::npos);
  // Something the article never mentions is not classified.
  CHECK(bot.ask("c3", "Gitar listrik termasuk jenis apa?").intent != "classification");
}

TEST_CASE("a named thing listed under a heading is of that kind", "[bot][classify]") {
  testing::ArticleBot article("listed-under", "retribusi.md", R"(---
title: Pungutan Daerah
source: contoh.id
language: id
category: Ekonomi
subject: Pungutan Daerah
---

# Pungutan Daerah

Pungutan daerah dibayar warga kepada pemerintah daerah. Besarnya bergantung pada skala usaha.

## Jenis Pungutan

### Pungutan Provinsi

1. Pajak Air Permukaan
2. Pajak Alat Berat

### Pungutan Kabupaten

1. Pajak Sarang Walet
2. Pajak Reklame Jalan
)");
  Answer yes = article.bot->ask("y", "Apakah pajak alat berat termasuk pungutan provinsi?");
  INFO(yes.text);
  CHECK(yes.text.rfind("Ya.", 0) == 0);
  CHECK(yes.text.find("Pungutan Provinsi") != std::string::npos);
  // A kind the heading does not say ("skala apa?") is left to others.
  Answer scale = article.bot->ask("s", "Pajak sarang walet termasuk pungutan skala apa?");
  INFO(scale.text);
  CHECK(scale.text.find("termasuk Pungutan Kabupaten") == std::string::npos);
}

TEST_CASE("'Apakah X termasuk Y?' reads X's kind where X is mentioned and checks the Y claimed",
          "[bot][classify]") {
  testing::ArticleBot bot("kind-claimed", "napas.md", R"(---
title: Gangguan Pernapasan
source: contoh.id
language: id
category: Biologi
subject: Gangguan Pernapasan
---

# Gangguan Pernapasan

Gangguan pernapasan adalah kelainan pada saluran napas atau paru-paru.

## Jenis Gangguan Pernapasan

- **Penyakit infeksi**, yaitu gangguan yang disebabkan kuman dan dapat menular:
  - **Influenza**: infeksi virus yang menyebar lewat percikan ludah.
  - **Tuberkulosis**: infeksi bakteri yang menyerang paru-paru.
- **Penyakit non-infeksi**, yaitu gangguan yang tidak disebabkan kuman:
  - **Asma**: penyempitan saluran napas akibat reaksi alergi terhadap debu.
  - **Emfisema**: rusaknya alveolus, sering akibat merokok bertahun-tahun.
)");
  // X ("asma") is named in its own item; its kind is the item its list is
  // under, which is not the kind claimed.
  Answer no = bot.bot->ask("k1", "Apakah asma termasuk penyakit menular?");
  INFO(no.text);
  CHECK(no.text.rfind("Tidak.", 0) == 0);
  CHECK(no.text.find("non-infeksi") != std::string::npos);
  Answer yes = bot.bot->ask("k2", "Apakah emfisema tergolong penyakit non-infeksi?");
  INFO(yes.text);
  CHECK(yes.text.rfind("Ya.", 0) == 0);
}

TEST_CASE("'digolongkan jadi' asks for the forms, 'digolongkan sebagai' for a kind",
          "[bot][classify]") {
  testing::ArticleBot article("classed-into", "limbah.md", R"(---
title: Limbah
subject: Limbah
---

# Limbah

Limbah adalah sisa suatu usaha atau kegiatan.

## Jenis Limbah

- **Limbah padat**: sampah plastik dan kertas.
- **Limbah cair**: air bekas cucian.
)");
  CHECK(article.bot->explain("Limbah digolongkan jadi berapa?").find("\"classification\"") ==
        std::string::npos);
  CHECK(article.bot->explain("Air cucian digolongkan sebagai limbah apa?")
            .find("\"qtype\":\"classification\"") != std::string::npos);
}
