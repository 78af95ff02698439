// The section strategy (bot/section_strategy.h): a question that names a
// section's heading is answered from that section, on an article the bot
// data knows nothing about.
#include <catch2/catch.hpp>

#include "testing.h"

using namespace tanya;

namespace {
const char* kArticle = R"(---
title: "Garam Dapur: Jenis, Dampak, dan Cara Menyimpannya"
source: contoh.id
language: id
category: Pangan
subject: Garam Dapur
---

# Garam Dapur

Garam dapur adalah senyawa natrium klorida yang dipakai untuk memberi rasa asin.

## Jenis Garam Berdasarkan Asalnya

- Garam laut dari penguapan air laut
- Garam tambang dari batuan di dalam tanah

## Jenis Garam Berdasarkan Teksturnya

- Garam halus untuk masakan sehari-hari
- Garam kasar untuk pengawetan ikan

## Dampak Konsumsi Garam

Garam memengaruhi tubuh dengan banyak cara.

### Dampak Positif

- Menjaga keseimbangan cairan tubuh
- Membantu kerja saraf

### Dampak Negatif

- Tekanan darah naik bila berlebihan
- Beban ginjal bertambah

## Cara Menyimpan Garam

Simpan garam dengan benar agar tidak menggumpal, yaitu:

1. Pakai wadah kedap udara
2. Jauhkan dari tempat lembap
)";

bool has(const Answer& a, const std::string& text) {
  return a.text.find(text) != std::string::npos;
}
}  // namespace

TEST_CASE("a list under a paragraph that opens with the topic asked is given with that paragraph",
          "[bot][section]") {
  testing::ArticleBot article("topic-paragraph", "katarak.md", R"(---
title: Katarak
subject: Katarak
---

# Katarak

Katarak adalah keruhnya lensa mata yang membuat penglihatan kabur.

## Penyebab dan Faktor Risiko Katarak

Penyebab utama katarak adalah menumpuknya protein pada lensa mata seiring bertambahnya usia. Namun, pemicu penumpukan itu belum sepenuhnya dipahami. Beberapa faktor berikut diketahui meningkatkan risiko seseorang terkena katarak:

- Usia di atas 60 tahun.
- Diabetes yang tidak terkontrol.
- Kebiasaan merokok.

## Cara Mencegah Katarak

- Pakai kacamata hitam saat terik.
)");
  Answer a = article.bot->ask("c", "Apa penyebab katarak?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("menumpuknya protein") != std::string::npos);
  CHECK(a.text.find("Kebiasaan merokok") != std::string::npos);
}

TEST_CASE("'cara daftar' asks the way to register, though 'daftar' also asks for a list",
          "[bot][section]") {
  testing::ArticleBot article("way-verb", "kartu.md", R"(---
title: Kartu Perpustakaan
subject: Kartu Perpustakaan
---

# Kartu Perpustakaan

Kartu perpustakaan adalah kartu anggota untuk meminjam buku di perpustakaan daerah.

## Manfaat Kartu Perpustakaan

- Meminjam buku gratis.
- Mengikuti kelas menulis.

## Cara Merawat Kartu Perpustakaan

1. Simpan kartu di dompet agar tidak tertekuk.
2. Jauhkan kartu dari panas dan air.

## Cara Mendaftar Kartu Perpustakaan

1. Isi formulir pendaftaran di meja layanan.
2. Serahkan fotokopi KTP dan pasfoto.
3. Kartu dicetak dalam 15 menit.
)");
  const std::string e = article.bot->explain("gmn cara daftar kartu perpustakaan");
  INFO(e);
  CHECK(e.find("\"key_content\":[\"daftar\"]") != std::string::npos);
  Answer a = article.bot->ask("d", "gmn cara daftar kartu perpustakaan");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("fotokopi KTP") != std::string::npos);
}

TEST_CASE("a heading's qualifier picks the right one of two lists", "[bot][section]") {
  testing::ArticleBot article("section-lists", "garam.md", kArticle);
  Answer by_origin = article.bot->ask("s1", "Apa saja jenis garam berdasarkan asalnya?");
  CHECK(by_origin.found);
  CHECK(has(by_origin, "Garam tambang"));
  CHECK_FALSE(has(by_origin, "Garam kasar"));

  Answer by_texture = article.bot->ask("s2", "jenis garam berdasarkan teksturnya apa aja?");
  CHECK(has(by_texture, "Garam kasar"));
  CHECK_FALSE(has(by_texture, "Garam tambang"));
}

TEST_CASE("a sub-section heading answers with its own list", "[bot][section]") {
  testing::ArticleBot article("section-sub", "garam.md", kArticle);
  Answer positive = article.bot->ask("s1", "Apa dampak positif garam?");
  CHECK(positive.found);
  CHECK(has(positive, "keseimbangan cairan"));
  CHECK_FALSE(has(positive, "Tekanan darah"));
  // The list is the answer's items, so "yang kedua" can name one.
  CHECK(positive.items.size() == 2);

  Answer steps = article.bot->ask("s2", "Bagaimana cara menyimpan garam?");
  CHECK(has(steps, "kedap udara"));
  CHECK(has(steps, "tempat lembap"));
}

TEST_CASE("a divided section answers with what each part holds", "[bot][section]") {
  testing::ArticleBot article("section-parts", "garam.md", kArticle);
  Answer all = article.bot->ask("s1", "Apa saja dampak konsumsi garam?");
  CHECK(all.found);
  CHECK(has(all, "Dampak Positif"));
  CHECK(has(all, "Dampak Negatif"));
}

TEST_CASE("a heading that shares only a topic word does not answer", "[bot][section]") {
  testing::ArticleBot article("section-decline", "garam.md", kArticle);
  // "Jenis" is in two headings; "gula" is nowhere in the article.
  Answer other = article.bot->ask("s1", "Apa saja jenis gula aren?");
  CHECK_FALSE(other.found);
  // A question after one fact is not answered by a section.
  Answer when = article.bot->ask("s2", "Kapan cara menyimpan garam ditemukan?");
  CHECK(when.intent != "section");
}

TEST_CASE("a compound is read as the article spells it, closed or open", "[bot][compound]") {
  testing::ArticleBot article("compound", "garam.md", kArticle);
  // The article writes "tekanan darah" open and "sehari-hari" as one word.
  std::string closed = article.bot->explain("kenapa tekanandarah bisa naik?");
  CHECK(closed.find("tekanandarah\u2192tekanan darah") != std::string::npos);
  CHECK(closed.find("\"unknown\":[]") != std::string::npos);
}

TEST_CASE("'yang kedua maksudnya apa?' is answered by the item that explains itself",
          "[bot][followup]") {
  const char* article = R"(---
title: Menabung
subject: Menabung
---

# Menabung

Menabung adalah menyisihkan sebagian penghasilan.

## Cara Menabung

1. **Catat pengeluaran**, misalnya dengan aplikasi keuangan di ponsel setiap hari.
2. **Sisihkan di awal bulan**, misalnya sepuluh persen dari gaji sebelum dipakai belanja.
)";
  testing::ArticleBot bot("item-followup", "menabung.md", article);
  Answer list = bot.bot->ask("f1", "Bagaimana cara menabung?");
  REQUIRE(list.items.size() == 2);
  Answer second = bot.bot->ask("f1", "yang kedua maksudnya apa?");
  CHECK(second.found);
  CHECK(second.text.find("sepuluh persen dari gaji") != std::string::npos);
  CHECK(second.text.find("aplikasi keuangan") == std::string::npos);
}

TEST_CASE("an affixed word is the article's word when Snowball cuts them apart",
          "[bot][compound]") {
  const char* article = R"(---
title: Servis Sepeda
subject: Servis Sepeda
---

# Servis Sepeda

## Langkah Servis

- Periksa tekanan ban sebelum berangkat.
- Bersihkan rantai setiap minggu.
)";
  testing::ArticleBot bot("affixes", "sepeda.md", article);
  // Snowball stems "periksa" to "iksa" but not "memeriksa" so: the prefix
  // is undone by hand (mem + eriksa -> periksa), not read as a synonym.
  std::string read = bot.bot->explain("kenapa harus memeriksa tekanan ban?");
  CHECK(read.find("\"corrections\":[]") != std::string::npos);
  CHECK(read.find("\"unknown\":[]") != std::string::npos);
  CHECK(bot.bot->ask("a1", "kenapa harus memeriksa tekanan ban?").found);
}

TEST_CASE("an English question reads in the article's words and order", "[bot][english]") {
  const char* article = R"(---
title: Otonomi Daerah
subject: Otonomi Daerah
---

# Otonomi Daerah

Otonomi daerah adalah hak daerah untuk mengatur urusannya sendiri. Dengan otonomi daerah, pemerintah daerah lebih dekat dengan warganya.

## Tujuan Otonomi Daerah

- Meningkatkan pelayanan umum.
- Mendorong pemerataan pembangunan.
)";
  testing::ArticleBot bot("english", "otonomi.md", article);
  // "regional autonomy": English puts the qualifier first; the article
  // says "otonomi daerah", so the subject is found.
  Answer what = bot.bot->ask("e1", "What is regional autonomy?");
  CHECK(what.found);
  CHECK(what.text.find("hak daerah untuk mengatur") != std::string::npos);
  Answer goals = bot.bot->ask("e2", "What are the goals of regional autonomy?");
  CHECK(goals.text.find("pelayanan umum") != std::string::npos);
}

TEST_CASE("an English opposite reads as its word negated, in the article's order",
          "[bot][english]") {
  const char* article = R"(---
title: Metamorfosis
subject: Metamorfosis
---

# Metamorfosis

Metamorfosis adalah perubahan bentuk hewan sejak menetas sampai dewasa.

## Jenis Metamorfosis

### Metamorfosis Sempurna

Metamorfosis sempurna melewati empat tahap: telur, larva, pupa, lalu imago. Contohnya kupu-kupu.

### Metamorfosis Tidak Sempurna

Metamorfosis tidak sempurna hanya melewati tiga tahap: telur, nimfa, lalu imago. Contohnya belalang.
)";
  testing::ArticleBot bot("english-opposite", "metamorfosis.md", article);
  // FreeDict lacks "incomplete"; WordNet gives it as the opposite of
  // "complete", which FreeDict has ("sempurna").
  Answer incomplete = bot.bot->ask("o1", "What is incomplete metamorphosis?");
  INFO(incomplete.text);
  CHECK(incomplete.found);
  CHECK(incomplete.text.find("nimfa") != std::string::npos);
  CHECK(incomplete.text.find("pupa") == std::string::npos);
}

TEST_CASE("an English word of two senses reads as the one its article writes", "[bot][english]") {
  testing::ArticleBot road("english-sense-road", "berkendara.md", R"(---
title: Keselamatan Berkendara
subject: Keselamatan Berkendara
---

# Keselamatan Berkendara

Jangan memakai ponsel saat mengemudi, karena konsentrasi pengemudi mudah terpecah.
)");
  testing::ArticleBot prices("english-sense-prices", "inflasi.md", R"(---
title: Inflasi
subject: Inflasi
---

# Inflasi

Faktor pendorong inflasi antara lain naiknya permintaan dan biaya produksi.
)");
  // FreeDict's "drive" is "mengemudi"; the lexicon's general reading,
  // "pendorong" (a driving factor), is for an article that writes it.
  CHECK(road.bot->explain("Why is using a phone while driving dangerous?")
            .find("driving\u2192mengemudi") != std::string::npos);
  CHECK(prices.bot->explain("What are the driving factors of inflation?")
            .find("driving\u2192pendorong") != std::string::npos);
}

TEST_CASE("two English words read as the pair the article writes", "[bot][section]") {
  const char* article = R"(---
title: Polusi Udara
subject: Polusi Udara
---

# Polusi Udara

## Pengertian Polusi Udara

Polusi udara adalah masuknya zat berbahaya ke udara sehingga mutu udara turun.

## Dampak

Udara yang kotor membuat air hujan menjadi asam, dan air sungai ikut tercemar.
)";
  testing::ArticleBot bot("english-pair", "polusi.md", article);
  // "air" is also an Indonesian word the article uses (water), but in a
  // question asked in English beside "pollution" it is the article's
  // "udara", for the article writes "polusi udara" and never "polusi air".
  Answer what = bot.bot->ask("e1", "What is air pollution?");
  CHECK(what.found);
  CHECK(what.text.find("masuknya zat berbahaya") != std::string::npos);
}

TEST_CASE("an item is said with the list nested under it", "[bot][section]") {
  const char* article = R"(---
title: Hari Bumi
subject: Hari Bumi
---

# Hari Bumi

Hari Bumi diperingati setiap 22 April.

## Cara Memperingati Hari Bumi

1. Di sekolah
   - Menanam pohon bersama.
   - Membuat poster hemat energi.
2. Di rumah
   - Mematikan lampu yang tidak dipakai.

## Sejarah

Hari Bumi pertama kali diperingati pada tahun 1970.
)";
  testing::ArticleBot bot("nested", "bumi.md", article);
  Answer how = bot.bot->ask("n1", "Bagaimana cara memperingati Hari Bumi?");
  CHECK(how.text.find("Menanam pohon") != std::string::npos);
  CHECK(how.text.find("Mematikan lampu") != std::string::npos);
  // The items a follow-up names stay the items themselves.
  REQUIRE(how.items.size() == 2);
  CHECK(how.items[1] == "Di rumah");
}

TEST_CASE("a topic word is found only in a heading about that topic", "[bot][section]") {
  // The title lists every part, and "Terjadinya" shares its stem with
  // "menjadi" (a phrase of the forms topic): neither may stand in for the
  // heading that names both what and on what basis.
  testing::ArticleBot article("section-topic", "banjir.md", R"(---
title: "Banjir: Jenis, Penyebab, dan Dampaknya"
source: contoh.id
language: id
category: Geografi
subject: Banjir
---

# Banjir: Jenis, Penyebab, dan Dampaknya

Banjir adalah meluapnya air hingga menggenangi daratan.

## Penyebab Terjadinya Banjir

- Curah hujan yang sangat tinggi
- Sampah yang menyumbat saluran air

## Jenis-Jenis Banjir

### Jenis Banjir Berdasarkan Penyebabnya

- Banjir rob akibat air laut pasang
- Banjir bandang akibat hujan deras di hulu

### Jenis Banjir Berdasarkan Lokasinya

- Banjir pesisir di tepi pantai
- Banjir perkotaan di kota padat

### Jenis Banjir Berdasarkan Ketinggian Genangan

- Banjir ringan dengan genangan di bawah 30 cm
- Banjir berat dengan genangan di atas satu meter
)");
  Answer a = article.bot->ask("t1", "Jenis banjir berdasarkan penyebabnya apa saja?");
  INFO(a.text);
  CHECK(has(a, "Banjir rob"));
  CHECK(!has(a, "Curah hujan"));
  CHECK(!has(a, "Banjir pesisir"));
  // The list of the forms topic from another basis is no answer: the
  // heading that names the basis asked is.
  Answer c = article.bot->ask(
      "t3", "Kalau dilihat dari ketinggian genangannya, banjir dibagi jadi apa aja?");
  INFO(c.text);
  CHECK(has(c, "Banjir ringan"));
  CHECK(!has(c, "Banjir rob"));
  Answer b = article.bot->ask("t2", "Apa penyebab banjir?");
  INFO(b.text);
  CHECK(has(b, "Curah hujan"));
}

TEST_CASE("an item a list hangs from is answered with that list", "[bot][section][nested]") {
  testing::ArticleBot article("nested-list", "banjir.md", R"(---
title: Menghadapi Banjir
source: contoh.id
language: id
category: Geografi
subject: Banjir
---

# Menghadapi Banjir

Banjir adalah meluapnya air hingga menggenangi daratan.

## Cara Menghadapi Banjir

1. Sebelum banjir
   - Bersihkan saluran air di sekitar rumah.
   - Siapkan tas siaga berisi dokumen penting.
2. Saat banjir
   - Matikan aliran listrik di rumah.
   - Segera naik ke tempat yang lebih tinggi.
3. Setelah banjir
   - Bersihkan lumpur dengan sarung tangan.

## Manfaat Banjir

- Bagi petani
  - menyuburkan sawah dengan lumpur;
  - mengisi kembali air tanah;
- Bagi ikan
  - membuka tempat bertelur baru;
)");
  Answer a = article.bot->ask("n1", "Apa yang harus dilakukan saat banjir terjadi?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(has(a, "Matikan aliran listrik"));
  CHECK(has(a, "tempat yang lebih tinggi"));
  CHECK(!has(a, "lumpur"));
  // A topic's list says each item with the list nested under it.
  Answer benefits = article.bot->ask("n3", "Apa manfaat banjir?");
  INFO(benefits.text);
  CHECK(has(benefits, "Bagi petani: menyuburkan sawah dengan lumpur; mengisi kembali air tanah"));
  CHECK(has(benefits, "tempat bertelur"));
  Answer b = article.bot->ask("n2", "Persiapan sebelum banjir gimana?");
  INFO(b.text);
  CHECK(has(b, "saluran air"));
  CHECK(!has(b, "Matikan"));
}

TEST_CASE("a topic's cue sentence answers for the thing the question names", "[bot][topic]") {
  testing::ArticleBot article("cue-for-asked", "pungutan.md", R"(---
title: Pungutan Daerah
source: contoh.id
language: id
category: Ekonomi
subject: Pungutan Daerah
---

# Pungutan Daerah

Pungutan daerah adalah pungutan wajib oleh pemerintah daerah, berupa pajak dan retribusi. Sebagian aturannya, misalnya soal denda, berlaku tahun depan.

## Perbedaan

Pajak dibayar tanpa imbalan langsung. Retribusi dibayar atas jasa, misalnya retribusi pasar dan retribusi parkir.
)");
  // The first "misalnya" lies in a part that names retribusi too, but
  // gives no example of it.
  Answer a = article.bot->ask("c1", "Contoh retribusi daerah apa saja?");
  INFO(a.text);
  CHECK(a.text.find("retribusi pasar") != std::string::npos);
}

TEST_CASE("the step after the one a question names", "[bot][steps]") {
  testing::ArticleBot article("next-step", "kompos.md", R"(---
title: Kompos
source: contoh.id
language: id
category: Pertanian
subject: Kompos
---

# Kompos

Kompos adalah pupuk dari sisa bahan organik yang sudah terurai.

## Cara Membuat Kompos

Berikut langkah-langkahnya:

1. Kumpulkan sisa sayur dan daun kering.
2. Cacah bahan menjadi potongan kecil.
3. Siram tumpukan dengan air cucian beras.
4. Aduk campuran itu setiap minggu.
)");
  Answer a = article.bot->ask("n1", "Setelah bahan dicacah, langkah selanjutnya apa?");
  INFO(a.text);
  CHECK(a.text.find("air cucian beras") != std::string::npos);
}

TEST_CASE("the step after the one a question names holds what the question asks of it",
          "[bot][steps]") {
  testing::ArticleBot article("next-step-asked", "kompos.md", R"(---
title: Kompos
subject: Kompos
---

# Kompos

Kompos adalah pupuk dari sisa bahan organik yang sudah terurai. Kompos yang matang berwarna gelap dan tidak berbau. Kompos dipakai untuk menyuburkan tanah di kebun dan pot.

## Cara Membuat Kompos

Berikut langkah-langkahnya:

1. Kumpulkan sisa sayur dan daun kering.
2. Cacah bahan menjadi potongan kecil.
3. Masukkan potongan ke dalam tong plastik berlubang.
4. Aduk campuran itu setiap minggu.
)");
  // "dicacah" is where the reader is; "dimasukkan ke dalam" is asked of
  // the step after it, and is evidence for the answer as much: asked so,
  // the step is no less sure than asked plainly for the next one.
  Answer plain = article.bot->ask("n1", "Setelah bahan dicacah, langkah selanjutnya apa?");
  Answer a = article.bot->ask("n2", "Setelah dicacah, bahan dimasukkan ke dalam apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("tong plastik") != std::string::npos);
  CHECK(a.confidence >= plain.confidence);
}

TEST_CASE("a heading of two parts joined by 'dan' answers a question about one", "[bot][section]") {
  testing::ArticleBot article("section-halves", "gula.md", R"(---
title: Gula Aren
source: contoh.id
language: id
category: Pangan
subject: Gula Aren
---

# Gula Aren

Yuk kenali apa itu gula aren, bagaimana membuatnya, serta efek samping yang mungkin muncul.

## Efek Samping dan Risiko Kesehatan Gula Aren

- Kadar gula darah naik bila dimakan berlebihan.
- Gigi berlubang pada anak yang sering mengemilnya.

## Perbedaan Gula Aren dan Gula Pasir

Gula aren berwarna cokelat, sedangkan gula pasir putih.
)");
  Answer a = article.bot->ask("e", "Apa efek samping gula aren?");
  INFO(a.text);
  CHECK(a.text.find("Gigi berlubang") != std::string::npos);
}

TEST_CASE("general English words FreeDict lacks are read toward the article's words",
          "[bot][english]") {
  testing::ArticleBot bot("english-words", "obat.md", R"(---
title: Obat Batuk
subject: Obat Batuk
---

# Obat Batuk

Obat batuk adalah obat yang meredakan batuk.

## Efek Samping Obat Batuk

- Mengantuk setelah minum obat.
- Mulut terasa kering.

## Cara Mengendalikan Batuk

- Minum air hangat.
- Menghindari asap rokok.
)");
  // "side effects" is one phrase, though "effects" alone is a word of its
  // own in the lexicon.
  Answer side = bot.bot->ask("s", "What are the side effects of cough medicine?");
  INFO(side.text);
  CHECK(side.text.find("Mengantuk") != std::string::npos);
  // An -ing form with its consonant doubled: "controlling" -> "control".
  Answer control = bot.bot->ask("c", "how about controlling a cough?");
  INFO(control.text);
  CHECK(control.text.find("air hangat") != std::string::npos);
}

TEST_CASE("a heading with the question's shaping word wins over one naming only the subject",
          "[bot][section]") {
  testing::ArticleBot article("section-shaping", "merek.md", R"(---
title: Merek Dagang
source: contoh.id
language: id
category: Hukum
subject: Merek Dagang
---

# Merek Dagang

Pelaku usaha perlu melindungi nama produknya.

## Apa Itu Merek Dagang?

Ada beberapa istilah penting yang perlu dipahami:

- Pemilik merek, yaitu orang yang memakai merek itu.
- Kelas barang, yaitu golongan barang yang dilindungi.

## Cara Mendaftarkan Merek Dagang secara Online

1. Buat akun di laman pendaftaran.
2. Unggah etiket merek.

## Persiapan

### Sebelum Mendaftar

- Cek nama merek yang sudah ada.

## Cara Merawat Merek

### Setelah Terdaftar

- Perpanjang perlindungan setiap sepuluh tahun.
)");
  Answer a = article.bot->ask("d", "cara daftar merek dagang gmn");
  INFO(a.text);
  CHECK(a.text.find("Buat akun") != std::string::npos);
  // The shaping word may head the part above ("Cara Merawat Merek" over
  // "Setelah Terdaftar").
  Answer after = article.bot->ask("s", "bagaimana cara merawat merek setelah terdaftar?");
  INFO(after.text);
  CHECK(after.text.find("sepuluh tahun") != std::string::npos);
}

TEST_CASE("'contoh X' for a thing that is no entity gets the example that names it",
          "[bot][topic]") {
  testing::ArticleBot article("examples-named", "sayur.md", R"(---
title: Pangan Nabati
source: contoh.id
language: id
category: Pangan
subject: Pangan Nabati
---

# Pangan Nabati

Pangan nabati adalah bahan makanan dari tumbuhan, contohnya sayuran, buah, dan biji-bijian.

## Pengelompokan Sayuran

Berdasarkan bagian yang dimakan, sayuran dibagi menjadi dua kelompok:

- **Sayuran daun**, yaitu sayuran yang dimakan daunnya.
  - Contoh: bayam, kangkung, dan sawi.
- **Sayuran umbi**, yaitu sayuran yang dimakan akarnya yang membesar.
  - Contoh: wortel, lobak, dan bit.
)");
  Answer a = article.bot->ask("u", "Contoh sayuran umbi apa saja?");
  INFO(a.text);
  CHECK(a.text.find("wortel") != std::string::npos);
}

TEST_CASE("a part that answers beats the closing section that restates it", "[bot][section]") {
  testing::ArticleBot article("summary-restates", "ukm.md", R"(---
title: "Pengertian UKM: Jenis dan Tantangannya"
source: contoh.id
language: id
category: Ekonomi
subject: UKM
---

# Pengertian UKM: Jenis dan Tantangannya

Usaha Kecil dan Menengah (UKM) adalah usaha milik warga.

## Tantangan yang Dihadapi UKM

Meski perannya besar, beberapa tantangan yang paling sering dihadapi adalah:

1. **Ongkos kirim mahal**: pembeli di luar Jawa membayar lebih.
2. **Persaingan harga**: penjual besar memberi potongan harga.
3. **Penipuan**: pembeli palsu meminta barang dikirim dulu.

## Kesimpulan

Meski menghadapi tantangan seperti ongkos kirim dan persaingan, UKM tetap menjadi penopang ekonomi.
)");
  Answer a = article.bot->ask("t", "Apa saja tantangan UKM?");
  INFO(a.text);
  CHECK(a.text.find("Penipuan") != std::string::npos);
}

TEST_CASE("a heading in the question type's own word: 'Perbandingan' for 'apa bedanya'",
          "[bot][section][comparison]") {
  testing::ArticleBot article("comparison-heading", "teh.md", R"(---
title: Teh Hijau
subject: Teh Hijau
---

# Teh Hijau

Teh hijau adalah teh dari daun yang tidak difermentasi.

## Asal Tanaman

Teh hijau dan teh hitam sama-sama berasal dari tanaman Camellia sinensis.

## Perbandingan Teh Hijau dan Teh Hitam

| Aspek | Teh Hijau | Teh Hitam |
|---|---|---|
| Fermentasi | Tidak difermentasi | Difermentasi penuh |
| Kafein | Lebih rendah | Lebih tinggi |
)");
  Answer a = article.bot->ask("c", "Apa perbedaan teh hijau dan teh hitam?");
  INFO(a.text);
  CHECK(a.text.find("Difermentasi penuh") != std::string::npos);
  // The whole part that compares them, under its heading.
  CHECK(a.intent == "section");
}

TEST_CASE("a heading in the question type's own word: 'Penyebab' for 'kenapa'",
          "[bot][section][reason]") {
  testing::ArticleBot article("reason-heading", "roti.md", R"(---
title: Roti Tawar
subject: Roti Tawar
---

# Roti Tawar

Roti tawar adalah roti tanpa rasa manis yang dibuat dari tepung terigu.

## Mengapa Roti Tawar Penting?

- Roti tawar menjadi sarapan yang praktis.

## Ciri Roti yang Baik

Roti yang baik bertekstur lembut. Roti yang bantat terasa padat dan berat.

### Penyebab Roti Bantat dan Keras

1. Ragi sudah kedaluwarsa.
2. Adonan kurang lama diuleni.
)");
  Answer a = article.bot->ask("r", "roti aku bantat knp ya");
  INFO(a.text);
  CHECK(a.text.find("Ragi sudah kedaluwarsa") != std::string::npos);
}

TEST_CASE("the basis of a grouping is the heading's qualifier, even when it is a topic word",
          "[bot][section][basis]") {
  testing::ArticleBot article("basis", "garam.md", R"(---
title: Garam Dapur
subject: Garam
---

# Garam Dapur

Garam adalah bumbu asin dari natrium klorida.

## Jenis-Jenis Garam

Garam dapat dikelompokkan berdasarkan asalnya dan berdasarkan bentuknya.

### Jenis Garam Berdasarkan Asalnya

1. **Garam laut**, yaitu garam dari penguapan air laut.
2. **Garam tambang**, yaitu garam yang digali dari batuan.

### Jenis Garam Berdasarkan Bentuknya

- **Garam kristal**: butiran kasar.
- **Garam halus**: bubuk yang mudah larut.
)");
  // "bentuk" names the kinds' topic too; after "berdasarkan" it is the basis.
  for (const char* q :
       {"Jenis garam berdasarkan bentuknya apa saja?", "Garam berdasarkan bentuknya ada apa saja?",
        "Jenis garam dilihat dari bentuknya?"}) {
    Answer a = article.bot->ask("b", q);
    INFO(q << " -> " << a.text);
    CHECK(a.text.find("Garam kristal") != std::string::npos);
    CHECK(a.text.find("Garam laut") == std::string::npos);
  }
}

TEST_CASE("an everyday word the article never uses tells no heading apart", "[bot][section]") {
  // The article says "Cara ...", never "langkah"; a step nested in the
  // list holds "cara" and "pembukaan" and would win as a passage.
  testing::ArticleBot article("everyday-absent", "celengan.md", R"(---
title: Celengan
subject: Celengan
---

# Celengan

Celengan adalah rekening simpanan khusus untuk siswa sekolah.

## Keuntungan Membuka Celengan

Siswa bisa membuka celengan tanpa biaya administrasi bulanan. Pembukaan celengan bisa di kantor cabang atau lewat aplikasi.


## Sejarah Celengan

Pada tahun 2001, program simpanan sekolah nomor 1 diperkenalkan di kota ke-1. Pada tahun 2002, program simpanan sekolah nomor 2 diperkenalkan di kota ke-2. Pada tahun 2003, program simpanan sekolah nomor 3 diperkenalkan di kota ke-3. Pada tahun 2004, program simpanan sekolah nomor 4 diperkenalkan di kota ke-4. Pada tahun 2005, program simpanan sekolah nomor 5 diperkenalkan di kota ke-5. Pada tahun 2006, program simpanan sekolah nomor 6 diperkenalkan di kota ke-6. Pada tahun 2007, program simpanan sekolah nomor 7 diperkenalkan di kota ke-7. Pada tahun 2008, program simpanan sekolah nomor 8 diperkenalkan di kota ke-8. Pada tahun 2009, program simpanan sekolah nomor 9 diperkenalkan di kota ke-9. Pada tahun 2010, program simpanan sekolah nomor 10 diperkenalkan di kota ke-10. Pada tahun 2011, program simpanan sekolah nomor 11 diperkenalkan di kota ke-11. Pada tahun 2012, program simpanan sekolah nomor 12 diperkenalkan di kota ke-12. Pada tahun 2013, program simpanan sekolah nomor 13 diperkenalkan di kota ke-13. Pada tahun 2014, program simpanan sekolah nomor 14 diperkenalkan di kota ke-14. Pada tahun 2015, program simpanan sekolah nomor 15 diperkenalkan di kota ke-15. Pada tahun 2016, program simpanan sekolah nomor 16 diperkenalkan di kota ke-16. Pada tahun 2017, program simpanan sekolah nomor 17 diperkenalkan di kota ke-17. Pada tahun 2018, program simpanan sekolah nomor 18 diperkenalkan di kota ke-18. Pada tahun 2019, program simpanan sekolah nomor 19 diperkenalkan di kota ke-19. Pada tahun 2020, program simpanan sekolah nomor 20 diperkenalkan di kota ke-20. Pada tahun 2021, program simpanan sekolah nomor 21 diperkenalkan di kota ke-21. Pada tahun 2022, program simpanan sekolah nomor 22 diperkenalkan di kota ke-22. Pada tahun 2023, program simpanan sekolah nomor 23 diperkenalkan di kota ke-23. Pada tahun 2024, program simpanan sekolah nomor 24 diperkenalkan di kota ke-24. Pada tahun 2025, program simpanan sekolah nomor 25 diperkenalkan di kota ke-25. Pada tahun 2026, program simpanan sekolah nomor 26 diperkenalkan di kota ke-26. Pada tahun 2027, program simpanan sekolah nomor 27 diperkenalkan di kota ke-27. Pada tahun 2028, program simpanan sekolah nomor 28 diperkenalkan di kota ke-28. Pada tahun 2029, program simpanan sekolah nomor 29 diperkenalkan di kota ke-29. Pada tahun 2030, program simpanan sekolah nomor 30 diperkenalkan di kota ke-30.

## Cara Membuka Celengan

1. Datangi kantor cabang bank bersama orang tua.
2. Isi formulir pembukaan rekening.
3. Setor dana awal minimal Rp1.000.
4. **Pilih cara pembukaan**:
   - **Di kantor cabang**: datang ke bank, isi formulir pembukaan celengan.
   - **Secara online**: buka aplikasi bank, pilih menu celengan.
)");
  Answer a = article.bot->ask("s", "Bagaimana langkah-langkah membuka celengan?");
  INFO(a.text);
  CHECK(a.text.find("Cara Membuka Celengan") != std::string::npos);
  CHECK(a.text.find("Isi formulir") != std::string::npos);
}

TEST_CASE("a heading word that stems like a topic word but is another word names no topic",
          "[bot][topic]") {
  testing::ArticleBot article("heading-own-word", "aquaponik.md", R"(---
title: Akuaponik
subject: Akuaponik
---

# Akuaponik

Akuaponik adalah sistem budi daya yang menggabungkan kolam ikan dan kebun sayuran.

## Jenis Akuaponik Berdasarkan Penggunaan Pompa

1. **Sistem pasif**, yaitu sistem tanpa pompa.
2. **Sistem aktif**, yaitu sistem yang memakai pompa listrik.

## Kelebihan Akuaponik

- Hemat air, karena air kolam dipakai berulang.
- Panen ganda, yaitu ikan dan sayuran sekaligus.
)");
  // "Penggunaan" (a use) stems like "guna" (a benefit) but is not it.
  Answer a = article.bot->ask("b", "Apa dampak positif akuaponik?");
  INFO(a.text);
  CHECK(a.text.find("Hemat air") != std::string::npos);
  CHECK(a.text.find("Sistem pasif") == std::string::npos);
}

TEST_CASE("'Jenis X menurut Y ada berapa?' counts the list headed by that basis",
          "[bot][section]") {
  testing::ArticleBot bot("count-by-basis", "lampu.md", R"(---
title: Lampu Lalu Lintas
subject: Lampu Lalu Lintas
---

# Lampu Lalu Lintas

Lampu lalu lintas adalah alat pengatur arus kendaraan di persimpangan.

## Jenis Lampu Berdasarkan Jumlah Warna

- Lampu tiga warna: merah, kuning, dan hijau.
- Lampu dua warna: merah dan hijau saja.

## Jenis Lampu Berdasarkan Cara Pengaturan

- Lampu waktu tetap: nyala tiap warna diatur dengan jam yang sama sepanjang hari.
- Lampu adaptif: nyala diatur oleh sensor yang menghitung kendaraan yang antre.
)");
  // "menurut" names the basis as "berdasarkan" does; "cara" after it is
  // the basis, not a question of how.
  Answer a = bot.bot->ask("n", "Jenis lampu menurut cara pengaturannya ada berapa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Lampu adaptif") != std::string::npos);
  CHECK(a.text.find("Lampu tiga warna") == std::string::npos);
  const std::string how = bot.bot->explain("Jenis lampu menurut cara pengaturannya ada berapa?");
  INFO(how);
  const size_t content = how.find("\"content\":[");
  REQUIRE(content != std::string::npos);
  CHECK(how.substr(content, how.find(']', content) - content).find("\"cara\"") !=
        std::string::npos);
}

TEST_CASE("a part's topic may be named by the heading above it", "[bot][section]") {
  testing::ArticleBot article("section-parent-topic", "pasar.md", R"(---
title: "Pasar Daring: Manfaat dan Risikonya"
subject: Pasar Daring
---

# Pasar Daring

Pasar daring adalah tempat jual beli lewat internet.

## Manfaat Pasar Daring

### Bagi pembeli

- Pilihan barang lebih banyak
- Harga mudah dibandingkan

### Bagi penjual

- Jangkauan pembeli lebih luas
- Modal sewa tempat lebih kecil

## Risiko Pasar Daring

- Penipuan oleh toko palsu
)");
  // "keuntungan" is the benefits topic that "Manfaat" above "Bagi penjual"
  // names: the part for sellers answers, not the one for buyers.
  Answer a = article.bot->ask("p1", "Keuntungan pasar daring untuk penjual apa saja?");
  INFO(a.text);
  CHECK(has(a, "Jangkauan pembeli"));
  CHECK(!has(a, "Pilihan barang"));
}

TEST_CASE("a list's lead that sets itself against its paragraph is said with it",
          "[bot][section]") {
  testing::ArticleBot article("section-contrast-lead", "asap.md", R"(---
title: Asap Kendaraan
source: contoh.id
language: id
category: Lingkungan
subject: Asap Kendaraan
---

# Asap Kendaraan

Asap kendaraan adalah gas buang dari mesin bermotor.

## Dampak bagi Kesehatan

Dalam jangka pendek, asap kendaraan menyebabkan batuk dan mata perih. Sementara itu, paparan jangka panjang meningkatkan risiko:

- kanker paru
- penyakit jantung

## Cara Mengurangi Asap

- Rawat mesin secara berkala.
- Gunakan transportasi umum.
)");
  // The short-term half is in the paragraph before the lead.
  Answer a = article.bot->ask("cl1", "Apa dampak asap kendaraan bagi kesehatan?");
  CHECK(a.text.find("batuk dan mata perih") != std::string::npos);
  CHECK(a.text.find("kanker paru") != std::string::npos);
}

TEST_CASE("an opening that announces a section's parts is said with them", "[bot][section]") {
  testing::ArticleBot bot("opening-parts", "kongres.md", R"(---
title: Kongres Pemuda
source: contoh.id
language: id
category: Sejarah
subject: Kongres Pemuda
---

# Kongres Pemuda

Kongres Pemuda adalah pertemuan para pemuda dari berbagai daerah.

## Peserta Kongres Pemuda

Kongres Pemuda dihadiri berbagai organisasi pemuda. Secara garis besar, organisasi tersebut bisa
dikelompokkan menjadi dua.

### Berdasarkan Asal Daerah

- **Jong Java**, organisasi pemuda Jawa.
- **Jong Ambon**, pemuda dari Maluku.

### Berdasarkan Agama

- **Jong Islamieten Bond**, organisasi pemuda Islam.
)");
  // The opening alone ("... menjadi dua.") names no organisation: its
  // parts are what it announces.
  Answer a = bot.bot->ask("p1", "Organisasi apa saja yang ikut kongres pemuda?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Jong Java") != std::string::npos);
  CHECK(a.text.find("Jong Islamieten Bond") != std::string::npos);
}

TEST_CASE("a heading with the very word a definition question asks with answers it",
          "[bot][section]") {
  testing::ArticleBot bot("shaped-heading", "bumi.md", R"(---
title: Hari Bumi
subject: Hari Bumi
---

# Hari Bumi

## Pengertian Hari Bumi

Hari Bumi adalah hari peringatan kepedulian terhadap lingkungan yang jatuh setiap 22 April.

## Makna dan Manfaat Hari Bumi bagi Sekolah

- Menumbuhkan kebiasaan hemat energi di kelas.
- Mengajak siswa menanam pohon di halaman.
)");
  // "makna" asks for the meaning, and the article heads a section with it.
  Answer meaning = bot.bot->ask("m", "Apa makna Hari Bumi bagi sekolah?");
  INFO(meaning.text);
  CHECK(meaning.text.find("hemat energi") != std::string::npos);
  // What the subject is, is still its definition.
  Answer what = bot.bot->ask("w", "Apa itu Hari Bumi?");
  CHECK(what.text.find("hari peringatan") != std::string::npos);
}

TEST_CASE("a comparison is answered by the table its section's opening introduces",
          "[bot][section][comparison]") {
  testing::ArticleBot bot("comparison-table", "sepeda.md", R"(---
title: Sepeda Listrik
subject: Sepeda Listrik
---

# Sepeda Listrik

Sepeda listrik adalah sepeda yang digerakkan motor listrik bertenaga baterai.

## Perbedaan Sepeda Listrik dan Sepeda Konvensional

Sepeda listrik sering disamakan dengan sepeda biasa, padahal keduanya berbeda cukup jauh.

| Aspek | Sepeda Listrik | Sepeda Konvensional |
|---|---|---|
| Tenaga | Motor dan baterai | Kayuhan kaki |
| Kecepatan | Sampai 25 km per jam | Tergantung pengayuh |
| Harga | Relatif mahal | Terjangkau |
)");
  // The opening sentence has every word asked ("sama", "sepeda biasa"),
  // yet says only that the two differ: the table says how.
  Answer diff = bot.bot->ask("d", "bedanya sepeda listrik sm sepeda biasa apa");
  INFO(diff.text);
  CHECK(diff.found);
  CHECK(diff.text.find("Kayuhan kaki") != std::string::npos);
  // So is a choice between the two by a quality, asked in the opening's
  // words ("sepeda biasa") rather than the table's.
  Answer faster = bot.bot->ask("f", "Lebih mahal mana, sepeda listrik atau sepeda biasa?");
  INFO(faster.text);
  CHECK(faster.text.find("Relatif mahal") != std::string::npos);
}

TEST_CASE("a heading that opens with a phase answers a question about that phase",
          "[bot][section][phase]") {
  testing::ArticleBot bot("phase-heading", "longsor.md", R"(---
title: Tanah Longsor
subject: Tanah Longsor
---

# Tanah Longsor

Tanah longsor adalah perpindahan massa tanah atau batuan menuruni lereng.

## Penyebab Terjadinya Tanah Longsor

- Hujan deras yang terjadi berhari-hari
- Lereng gundul tanpa pepohonan

## Cara Menghadapi Tanah Longsor

Mitigasi dilakukan dalam tiga tahap berikut.

**Sebelum longsor:**

1. Tanam pohon berakar kuat di lereng
2. Buat saluran air di atas tebing

**Saat longsor:**

1. Lari menjauhi arah luncuran material
2. Lindungi kepala dengan tas atau tangan

**Setelah longsor:**

1. Jauhi lokasi karena longsor susulan bisa terjadi
2. Laporkan warga yang hilang kepada petugas
)");
  // "saat" is a stop word, yet opening a heading it is all that tells its
  // part from its siblings; "ketika" names the same phase as "Saat".
  Answer during = bot.bot->ask("d", "Apa yang harus dilakukan ketika tanah longsor terjadi?");
  INFO(during.text);
  CHECK(during.text.find("menjauhi arah luncuran") != std::string::npos);
  CHECK(during.text.find("saluran air") == std::string::npos);
  CHECK(during.text.find("Hujan deras") == std::string::npos);
  Answer after = bot.bot->ask("a", "Apa yang harus dilakukan setelah longsor berhenti?");
  INFO(after.text);
  CHECK(after.text.find("warga yang hilang") != std::string::npos);
  CHECK(after.text.find("menjauhi arah luncuran") == std::string::npos);
}

TEST_CASE("'langkah pertama' is the first item of the list of steps, not of another list",
          "[bot][steps]") {
  testing::ArticleBot bot("first-step", "akuarium.md", R"(---
title: Akuarium Air Tawar
subject: Akuarium Air Tawar
---

# Akuarium Air Tawar

Akuarium air tawar adalah wadah kaca untuk memelihara ikan air tawar di rumah.

## Pilihan Ukuran

Pemula yang memakai akuarium air tawar dapat memilih salah satu ukuran berikut:

- **Nano**: pemula masih memakai wadah di bawah 20 liter, tetapi mulai memelihara ikan kecil.
- **Sedang**: wadah 60 sampai 100 liter.

## Cara Menyiapkan Akuarium

Bagi pemula yang baru akan mulai, langkah-langkah berikut dapat dijadikan panduan:

1. **Cuci wadah dan pasir**. Bilas dengan air bersih tanpa sabun.
2. **Pasang filter**. Nyalakan filter selama seminggu sebelum ikan masuk.
3. **Masukkan ikan**. Lepaskan ikan secara bertahap.
)");
  // The first list shares more words ("pemula", "mulai", "memakai"), but
  // only the second counts steps.
  Answer a = bot.bot->ask("f", "Langkah pertama kalau pemula mau mulai pakai akuarium apa?");
  INFO(a.text);
  CHECK(a.text.find("Cuci wadah") != std::string::npos);
  CHECK(a.text.find("Nano") == std::string::npos);
}

TEST_CASE("a section on two things answers one from the prose when its list is the other's",
          "[bot][section]") {
  testing::ArticleBot bot("two-halves", "sungai.md", R"(---
title: Sungai Tercemar
subject: Sungai Tercemar
---

# Sungai Tercemar

Sungai tercemar adalah sungai yang airnya tidak layak dipakai karena kotoran.

## Penyebab dan Dampak Sungai Tercemar

Sungai tercemar terutama karena ulah manusia. Penyebabnya antara lain limbah pabrik, sampah rumah tangga, dan pupuk sawah.

Jika sungai tercemar, dampaknya bisa dirasakan langsung, misalnya:

- Ikan mati karena kekurangan oksigen
- Banjir karena sampah menyumbat aliran
)");
  // The list is the effects' ("dampaknya ..."); the causes are in prose.
  Answer causes = bot.bot->ask("c", "Apa saja penyebab sungai tercemar?");
  INFO(causes.text);
  CHECK(causes.text.find("limbah pabrik") != std::string::npos);
  CHECK(causes.text.find("Ikan mati") == std::string::npos);
  // The other half is still answered by its list.
  Answer effects = bot.bot->ask("e", "Apa dampak sungai tercemar?");
  INFO(effects.text);
  CHECK(effects.text.find("Ikan mati") != std::string::npos);
  CHECK(effects.text.find("menyumbat aliran") != std::string::npos);
}

TEST_CASE("words after a small word in a heading say where the thing stands, not an aspect",
          "[bot][section]") {
  testing::ArticleBot bot("heading-context", "ekosistem.md", R"(---
title: Ekosistem Danau
subject: Ekosistem Danau
---

# Ekosistem Danau

Ekosistem danau adalah kesatuan makhluk hidup dan lingkungan di perairan tawar yang tenang.

## Aturan Sepuluh Persen dalam Aliran Energi

Tidak semua energi berpindah ke tingkat berikutnya. Hanya sekitar sepersepuluh yang diteruskan, sisanya hilang sebagai panas.
)");
  // "dalam Aliran Energi" places the rule; the part is about the rule
  // itself, so it says what the rule is.
  Answer a = bot.bot->ask("d", "aturan sepuluh persen itu maksudnya apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("sepersepuluh") != std::string::npos);
}

TEST_CASE("a heading that names all that is asked beats an opening that announces other parts",
          "[bot][section]") {
  testing::ArticleBot article("parts-elsewhere", "ketoprak.md", R"(---
title: Ketoprak
subject: Ketoprak
---

# Ketoprak

Ketoprak adalah teater rakyat Jawa yang memadukan dialog, tembang, dan gamelan.

## Tokoh dalam Ketoprak

Cerita ketoprak bersumber dari babad dan legenda Jawa. Berikut kelompok tokoh yang sering muncul.

### Raja

Raja memimpin kerajaan dan biasanya tampil berwibawa.

### Abdi

Abdi melayani raja dan sering membuat penonton tertawa.

## Jenis Ketoprak Berdasarkan Sumber Cerita

1. **Ketoprak babad**, yaitu ketoprak yang mengambil cerita sejarah kerajaan Jawa.
2. **Ketoprak sempalan**, yaitu ketoprak yang mengadaptasi cerita dari luar Jawa.
3. **Ketoprak gaya baru**, yaitu ketoprak dengan cerita rekaan masa kini.
)");
  // "bersumber" puts the question's words in the opening of "Tokoh", which
  // announces its parts; the heading that names them all is the answer.
  Answer a = article.bot->ask("k", "Apa saja jenis ketoprak berdasarkan sumber cerita?");
  INFO(a.text);
  CHECK(a.text.find("Ketoprak babad") != std::string::npos);
  CHECK(a.text.find("Ketoprak sempalan") != std::string::npos);
  CHECK(a.text.find("Abdi") == std::string::npos);
}

TEST_CASE("a question that names only the subject is not answered by a heading on one aspect of it",
          "[bot][section]") {
  testing::ArticleBot article("subject-aspect", "reog.md", R"(---
title: Reog Ponorogo
subject: Reog Ponorogo
---

# Reog Ponorogo: Sejarah dan Tokohnya

Kesenian ini tampil di hampir setiap perayaan di Jawa Timur.

## Pengertian Reog Ponorogo

Reog Ponorogo adalah tari tradisional dari Ponorogo yang menampilkan topeng kepala harimau
berhias bulu merak. Nama reog berasal dari kata riyoqun yang berarti khusnul khotimah.

## Tokoh-Tokoh dalam Reog Ponorogo

Pertunjukan reog ponorogo melibatkan banyak penari.

- **Warok**, yaitu tokoh sakti yang menjadi pelindung rombongan.
- **Jathil**, yaitu penari berkuda yang lincah.
)");
  // "Tokoh-Tokoh dalam Reog Ponorogo" has all the subject's words, and one
  // on an aspect the question does not ask about.
  Answer a = article.bot->ask("r", "Kenapa disebut reog ponorogo?");
  INFO(a.text);
  CHECK(a.text.find("Warok") == std::string::npos);
  CHECK(a.text.find("riyoqun") != std::string::npos);
}

TEST_CASE(
    "a topic word a heading writes as what its part is about names no topic, and the "
    "narrower of two headings that match alike answers",
    "[bot][section]") {
  testing::ArticleBot bot("excess-part", "gizi.md", R"(---
title: Gizi Anak
source: contoh.id
language: id
category: Kesehatan
subject: Gizi Anak
---

# Gizi Anak

Gizi anak adalah asupan zat gizi yang dibutuhkan anak untuk tumbuh.

## Manfaat Gizi Anak

- Anak tumbuh tinggi.
- Anak jarang sakit.

## Risiko Kekurangan dan Kelebihan Gizi

### Risiko Kekurangan Gizi

- **Anemia**, karena kekurangan zat besi.
- **Stunting**, tubuh lebih pendek dari standar usianya.

### Risiko Kelebihan Gizi

- **Obesitas**, penumpukan lemak berlebih.
- **Hipertensi**, yang sering dipicu asupan garam tinggi.
)");
  // "kelebihan" is an excess here, as the heading writes it, not an
  // advantage; and the part on excess, not both parts above it, answers.
  Answer a = bot.bot->ask("k1", "Apa bahayanya kelebihan gizi?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Obesitas") != std::string::npos);
  CHECK(a.text.find("Anemia") == std::string::npos);
  CHECK(a.text.find("jarang sakit") == std::string::npos);
}

TEST_CASE(
    "for whom a thing is asked, named in no heading, does not keep its heading from answering",
    "[bot][section]") {
  testing::ArticleBot bot("for-whom", "ginjal.md", R"(---
title: Ginjal Manusia
source: contoh.id
language: id
category: Biologi
subject: Ginjal Manusia
---

# Ginjal Manusia

Ginjal manusia adalah organ yang berfungsi menyaring darah dan membuang sisa cairan dari tubuh.
Setiap tubuh memiliki dua ginjal.

## Fungsi Ginjal Manusia

- Menyaring zat sisa metabolisme dari darah.
- Mengatur keseimbangan air dan garam dalam tubuh.
- Menghasilkan hormon yang membantu pembentukan sel darah merah.

## Gangguan Ginjal

Batu ginjal terbentuk dari endapan mineral. Tubuh yang kurang minum lebih berisiko.
)");
  // "bagi tubuh kita" says for whom; no heading names anyone, so "Fungsi
  // Ginjal Manusia" still names what is asked, over the opening sentence
  // that happens to hold every word.
  Answer a = bot.bot->ask("f1", "Apa fungsi ginjal manusia bagi tubuh kita?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("keseimbangan air") != std::string::npos);
  CHECK(a.text.find("hormon") != std::string::npos);
}

TEST_CASE("a heading that writes two words of one stem names another thing with the other",
          "[bot][section]") {
  testing::ArticleBot bot("one-stem-two-words", "sari.md", R"(---
title: Kerajaan Sari
source: contoh.id
language: id
category: Sejarah
subject: Kerajaan Sari
---

# Kerajaan Sari

Kerajaan Sari dikenal lewat prasasti dan cerita rakyat.

## Raja-Raja Kerajaan Sari

Berikut raja-raja yang pernah memerintah:

- Prabu Sena, pendiri kerajaan.
- Prabu Wira, raja terbesar.

## Pengertian dan Letak Kerajaan Sari

Kerajaan Sari adalah kerajaan bercorak Hindu yang berdiri di pesisir utara pada abad ke-9.
Pusatnya berada di muara sungai.
)");
  // "Raja-Raja" shares its stem with "Kerajaan" but is the kings; and
  // "Letak", joined by "dan" to the heading's word for a definition, is
  // no more than the other half of the heading.
  Answer a = bot.bot->ask("d1", "Apa itu Kerajaan Sari?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("bercorak Hindu") != std::string::npos);
  CHECK(a.text.find("Prabu Sena") == std::string::npos);
}

TEST_CASE("a clause of emphasis in a heading says nothing beyond the question", "[bot][section]") {
  testing::ArticleBot bot("emphasis-clause", "demam-rawa.md", R"(---
title: Demam Rawa
source: contoh.id
language: id
category: Kesehatan
subject: Demam Rawa
---

# Demam Rawa

Demam rawa adalah infeksi yang ditularkan lewat air rawa yang tercemar. Demam rawa banyak
ditemukan di desa pesisir. Anak-anak paling sering terkena demam rawa.

## Penularan Demam Rawa

Demam rawa menular lewat air minum. Demam rawa juga menular lewat makanan yang dicuci dengan air
rawa. Merebus air mencegah demam rawa.

## Gejala per Minggu

- Minggu pertama: demam naik perlahan dan badan lemas.
- Minggu kedua: pada tahap ini risiko komplikasi demam rawa paling tinggi.

## Komplikasi yang Perlu Diwaspadai

Tanpa penanganan, penderita dapat mengalami:

- Radang selaput otak.
- Kerusakan ginjal.
)");
  // "yang Perlu Diwaspadai" says how much the part matters: the heading
  // names all that is asked, and its list answers, not a sentence that
  // mentions the word.
  Answer a = bot.bot->ask("e1", "Apa saja komplikasi demam rawa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Kerusakan ginjal") != std::string::npos);
  // Asked in the heading's own words, the clause is matched as before.
  Answer b = bot.bot->ask("e2", "Komplikasi apa yang perlu diwaspadai?");
  INFO(b.text);
  CHECK(b.text.find("Kerusakan ginjal") != std::string::npos);
}

TEST_CASE("'raja-raja X' in an article on Kerajaan X asks for the kings, under their heading",
          "[bot][section]") {
  testing::ArticleBot article("root-of-subject", "kutai.md", R"(---
title: Kerajaan Kutai
subject: Kerajaan Kutai
---

# Kerajaan Kutai

Kerajaan Kutai adalah kerajaan bercorak Hindu di Muara Kaman, Kalimantan Timur.

## Raja-Raja Kerajaan Kutai

Prasasti menyebut tiga generasi penguasa pertama:

1. **Kudungga**, pendiri kerajaan.
2. **Aswawarman**, putra Kudungga.
3. **Mulawarman**, putra Aswawarman.

## Syarat Menjadi Pendeta

- Menguasai kitab suci.
- Berasal dari golongan brahmana.
)");
  Answer a = article.bot->ask("r", "Siapa saja raja-raja Kutai?");
  INFO(a.text);
  CHECK(a.text.find("Kudungga") != std::string::npos);
  CHECK(a.text.find("Mulawarman") != std::string::npos);
  // "Kerajaan Kutai" itself is still the subject.
  Answer b = article.bot->ask("k", "Apa itu Kerajaan Kutai?");
  INFO(b.text);
  CHECK(b.text.find("bercorak Hindu") != std::string::npos);
  // A heading about another topic of theirs does not answer who they are.
  Answer c = article.bot->ask("p", "Pendeta itu siapa saja?");
  INFO(c.text);
  CHECK(c.text.find("Menguasai kitab suci") == std::string::npos);
}

TEST_CASE("a part whose heading names the thing a topic is asked of answers for it",
          "[bot][section]") {
  testing::ArticleBot article("heading-names-entity", "dbd.md", R"(---
title: Demam Berdarah Dengue
subject: Demam Berdarah Dengue
---

# Demam Berdarah Dengue

Demam berdarah dengue adalah penyakit akibat virus dengue.

## Cara Mencegah DBD

Pemberantasan Sarang Nyamuk (PSN) dilakukan seminggu sekali di rumah.

### Manfaat Rutin Menjalankan PSN

- Memutus siklus hidup nyamuk sebelum dewasa.
- Menekan jumlah kasus di lingkungan sekitar.
- Lebih hemat biaya dibandingkan biaya perawatan di rumah sakit.
)");
  Answer a = article.bot->ask("p", "Apa manfaat rutin menjalankan PSN?");
  INFO(a.text);
  CHECK(a.text.find("Memutus siklus") != std::string::npos);
  CHECK(a.text.find("hemat biaya") != std::string::npos);
}

TEST_CASE("a way asked with an everyday verb is told by the steps headed in the article's verb",
          "[bot][section]") {
  testing::ArticleBot article("steps-own-verb", "kartu.md", R"(---
title: Kartu Kredit
subject: Kartu Kredit
---

# Kartu Kredit

Kartu kredit adalah alat pembayaran dengan sistem utang. Di Indonesia, aturan mengenai kartu kredit dibuat oleh Bank Indonesia.

## Cara Mengajukan Kartu Kredit

1. Tentukan jenis kartu yang sesuai dengan kebutuhan.
2. Siapkan dokumen seperti KTP dan slip gaji.
3. Isi formulir pengajuan melalui aplikasi bank.

## Biaya Kartu Kredit

Iuran tahunan dibebankan setiap tahun.
)");
  // "membuat" frames the doing; the article's steps say "mengajukan".
  Answer a = article.bot->ask("c", "Bagaimana cara membuat kartu kredit?");
  INFO(a.text);
  CHECK(a.text.find("Tentukan jenis kartu") != std::string::npos);
  CHECK(a.text.find("dibuat oleh Bank Indonesia") == std::string::npos);
}

TEST_CASE("the reader's own place in a question for a way tells no heading apart",
          "[bot][section]") {
  testing::ArticleBot article("reader-circumstance", "bank.md", R"(---
title: Bank Sampah
subject: Bank Sampah
---

# Bank Sampah

Bank sampah adalah tempat warga kampung menabung sampah yang sudah dipilah. Sampah ditimbang lalu dicatat sebagai tabungan.

## Alasan Kampung Perlu Mendirikan Bank Sampah

- Sampah kampung belum terkelola oleh warga.
- Warga kampung membuang sampah ke sungai.

## Cara Mendirikan Bank Sampah

1. Kumpulkan minimal dua puluh warga sebagai pengurus.
2. Gelar rapat pembentukan dan susun aturan tabungan.
3. Siapkan timbangan dan buku tabungan.
)");
  // "di kampung saya" is where the reader is, not what the article is
  // asked: the heading that also says "kampung" is no better for it. And
  // "bikin", which the article never writes, is the doing its steps'
  // heading says in its own verb.
  Answer a = article.bot->ask("c", "gimana cara bikin bank sampah di kampung saya");
  INFO(a.text);
  CHECK(a.text.find("dua puluh warga") != std::string::npos);
  CHECK(a.text.find("ke sungai") == std::string::npos);
}

TEST_CASE("a part headed by two things answers for the one asked with its paragraphs only",
          "[bot][section]") {
  testing::ArticleBot article("half-paragraphs", "bunyi.md", R"(---
title: Gelombang Bunyi
subject: Gelombang Bunyi
---

# Gelombang Bunyi

Gelombang bunyi adalah gelombang mekanik yang merambat lewat medium.

## Resonansi dan Efek Doppler

Resonansi adalah peristiwa ikut bergetarnya suatu benda karena getaran benda lain yang frekuensinya sama. Kotak kayu pada gitar bekerja berdasarkan prinsip ini.

Efek Doppler adalah perubahan frekuensi yang didengar akibat gerak sumber bunyi. Contohnya sirene ambulans.
)");
  Answer a = article.bot->ask("r", "Apa itu resonansi?");
  INFO(a.text);
  CHECK(a.text.find("ikut bergetarnya") != std::string::npos);
  CHECK(a.text.find("sirene") == std::string::npos);
}

TEST_CASE("the subject asked by its short form is named by headings in its long form",
          "[bot][section]") {
  testing::ArticleBot article("subject-short-form", "abrasi.md", R"(---
title: "Abrasi Pantai (Abpan): Pengertian, Jenis, dan Penyebab"
subject: Abrasi Pantai
---

# Abrasi Pantai (Abpan): Pengertian, Jenis, dan Penyebab

Abrasi pantai (abpan) adalah pengikisan daratan pantai oleh gelombang laut.

## Jenis Abrasi Berdasarkan Penyebabnya

- **Abrasi alami**: dipicu oleh gelombang badai dan naiknya muka air laut.
- **Abrasi akibat manusia**: dipicu oleh penambangan pasir dan penebangan bakau.

## Penyebab Abrasi Pantai

Secara umum, penyebab abpan bisa dikelompokkan menjadi dua faktor besar:

1. **Faktor alam**, seperti gelombang badai dan angin kencang.
2. **Faktor manusia**, seperti penambangan pasir pantai.
)");
  // The passage that says "penyebab abpan ... dikelompokkan" shares the
  // reader's word; the heading names the kinds by that basis.
  for (const char* q : {"Jenis abpan berdasarkan penyebabnya apa saja?",
                        "Jenis abrasi pantai berdasarkan penyebabnya apa saja?"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << " -> " << a.text);
    CHECK(a.text.find("Abrasi alami") != std::string::npos);
  }
}

TEST_CASE("what the question asks beyond a heading picks the item whose head names it",
          "[bot][section]") {
  testing::ArticleBot article("item-by-head", "limbah.md", R"(---
title: Limbah Tekstil
subject: Limbah Tekstil
---

# Limbah Tekstil

Limbah tekstil adalah sisa bahan dan zat pewarna dari industri kain.

## Dampak Limbah Tekstil

### Bagi Lingkungan

- **Mengganggu hewan sungai**: ikan dan udang mati karena air kekurangan oksigen.
- **Mencemari tanah**: zat pewarna meresap dan merusak kesuburan sawah.

### Bagi Kesehatan

- **Iritasi kulit**: warga yang mandi di sungai mengeluh gatal.
- **Gangguan pernapasan**: asap pembakaran kain memicu batuk.
)");
  Answer a = article.bot->ask("a", "Apa dampak limbah tekstil terhadap hewan sungai?");
  INFO(a.text);
  CHECK(a.text.find("udang mati") != std::string::npos);
  CHECK(a.text.find("gatal") == std::string::npos);
  // Asked of the whole, the whole is said.
  Answer b = article.bot->ask("b", "Apa dampak limbah tekstil?");
  INFO(b.text);
  CHECK(b.text.find("Bagi Kesehatan") != std::string::npos);
}

TEST_CASE("an item under a heading that asks the very question is one piece of its answer",
          "[bot][section]") {
  testing::ArticleBot article("heading-asks", "koperasi-syariah.md", R"(---
title: Koperasi Syariah
subject: Koperasi Syariah
---

# Koperasi Syariah

Koperasi syariah adalah koperasi yang berjalan dengan prinsip bagi hasil.

## Mengapa Koperasi Syariah Dibutuhkan?

Kehadirannya tidak muncul begitu saja. Ada beberapa alasan yang melatarbelakanginya:

- **Jumlah penduduk Muslim yang besar.** Indonesia adalah negara dengan penduduk Muslim terbesar, sehingga kebutuhan akan simpanan halal tinggi.
- **Larangan riba.** Banyak anggota enggan meminjam dengan bunga.
- **Kebutuhan modal usaha kecil.** Pedagang pasar memerlukan pinjaman yang ringan.
)");
  // The first item names "Indonesia" too, but the heading asks the question
  // and its list is the answer.
  Answer a = article.bot->ask("a", "Mengapa koperasi syariah dibutuhkan di Indonesia?");
  INFO(a.text);
  CHECK(a.text.find("Larangan riba") != std::string::npos);
  CHECK(a.text.find("modal usaha kecil") != std::string::npos);
}

TEST_CASE("of a heading's two halves that name one topic, the question's own word picks the half",
          "[bot][section]") {
  testing::ArticleBot article("written-half", "sukuk.md", R"(---
title: Sukuk Ritel
subject: Sukuk Ritel
---

# Sukuk Ritel

Sukuk ritel adalah surat berharga syariah yang dijual pemerintah kepada perorangan.

## Risiko dan Tantangan

Sukuk ritel tetap punya risiko. Beberapa risiko yang perlu dipahami:

- **Risiko pasar**: harga di pasar sekunder bisa turun.
- **Risiko likuiditas**: tidak selalu mudah dijual cepat.

Di sisi lain, tantangan terbesar sukuk ritel adalah literasi masyarakat yang masih rendah.
)");
  Answer a = article.bot->ask("a", "Tantangan sukuk ritel apa?");
  INFO(a.text);
  CHECK(a.text.find("literasi masyarakat") != std::string::npos);
  // Asked for the risks, the list of risks.
  Answer b = article.bot->ask("b", "Apa saja risiko sukuk ritel?");
  INFO(b.text);
  CHECK(b.text.find("Risiko likuiditas") != std::string::npos);
}

TEST_CASE("a passage from inside a part whose headings name all that is asked yields to the part",
          "[bot][section]") {
  testing::ArticleBot article("inside-part", "asap.md", R"(---
title: Asap Rokok
subject: Asap Rokok
---

# Asap Rokok

Asap rokok adalah campuran gas dan partikel dari tembakau yang dibakar.

## Dampak Asap Rokok

### Bagi Lingkungan

- **Mencemari udara dalam ruangan**: zatnya menempel di dinding dan kain.

### Bagi Kesehatan Manusia

Beberapa gangguan kesehatan yang sudah diteliti antara lain:

- Radang saluran napas.
- Penyakit jantung koroner.

Perlu dicatat, para ilmuwan masih meneliti seberapa besar dampak jangka panjang asap rokok pada manusia.
)");
  // The caveat holds every word asked; the part's list is the answer.
  Answer a = article.bot->ask("a", "Apa dampak asap rokok bagi manusia?");
  INFO(a.text);
  CHECK(a.text.find("Penyakit jantung koroner") != std::string::npos);
}

TEST_CASE("a list under the other half's lead still answers when the prose names neither half",
          "[bot][section]") {
  testing::ArticleBot article("prose-names-neither", "cacar.md", R"(---
title: Campak
subject: Campak
---

# Campak

Campak adalah infeksi virus yang menimbulkan ruam merah di kulit.

## Dampak dan Risiko Campak

Campak yang dibiarkan tidak hanya membuat badan demam. Dampaknya bisa panjang:

- **Radang paru-paru**: komplikasi yang paling sering membuat anak dirawat.
- **Radang otak**: jarang, tetapi bisa meninggalkan cacat.
)");
  Answer a = article.bot->ask("a", "Apa bahaya campak?");
  INFO(a.text);
  CHECK(a.text.find("Radang otak") != std::string::npos);
}

TEST_CASE("kinds by a basis come from the heading that groups them so, not the basis's own part",
          "[bot][section]") {
  testing::ArticleBot article("kinds-by-basis", "banjir-rob.md", R"(---
title: Longsor
subject: Longsor
---

# Longsor

Longsor adalah pergerakan tanah menuruni lereng.

## Jenis Longsor Berdasarkan Penyebabnya

Selain bentuknya, longsor juga bisa dibedakan dari faktor yang memicunya:

- **Longsor alamiah**: longsor yang dipicu oleh hujan lebat atau gempa.
- **Longsor antropogenik**: longsor yang disebabkan oleh ulah manusia. Bentuknya antara lain:
  - pemotongan lereng untuk jalan;
  - penebangan hutan di bukit.

## Penyebab Longsor

Berikut penyebab yang paling umum:

- Hujan deras berhari-hari.
- Lereng yang terlalu curam.
)");
  Answer a = article.bot->ask("a", "Berdasarkan penyebabnya, longsor dibagi menjadi apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Longsor alamiah") != std::string::npos);
  CHECK(a.text.find("Longsor antropogenik") != std::string::npos);
  CHECK(a.text.find("Hujan deras") == std::string::npos);
}

TEST_CASE(
    "kinds grouped on several bases, one headed by another word for kinds, are not one lone basis",
    "[bot][section]") {
  testing::ArticleBot article("several-bases", "hujan.md", R"(---
title: Hujan
subject: Hujan
---

# Hujan

Hujan adalah butiran air yang jatuh dari awan.

## Jenis Hujan Berdasarkan Prosesnya

- **Hujan orografis**, yaitu hujan yang turun di lereng gunung.
- **Hujan zenithal**, yaitu hujan dari udara panas yang naik.

## Jenis Hujan Berdasarkan Wujudnya

- **Hujan salju**, yaitu hujan berupa kristal es.
- **Hujan es**, yaitu hujan berupa butiran es.

## Klasifikasi Berdasarkan Curah Harian

| Kategori | Curah hujan |
|---|---|
| Ringan | 5–20 mm |
| Lebat | 50–100 mm |
)");
  // "Klasifikasi" groups the same kinds on a basis of its own, as the two
  // "Jenis Hujan Berdasarkan" do: it is no lone grouping of them.
  Answer a = article.bot->ask("a", "Apa saja jenis hujan?");
  INFO(a.text);
  CHECK(a.text.find("Ringan") == std::string::npos);
}

TEST_CASE("'buat' before whom a thing is asked for, as chat writes 'bagi'", "[bot][section]") {
  testing::ArticleBot article("buat-beneficiary", "banjir.md", R"(---
title: Banjir Rob
subject: Banjir Rob
---

# Banjir Rob

Banjir rob adalah banjir dari air laut pasang yang menggenangi daratan pesisir.

## Dampak Banjir Rob

- **Dampak ekonomi**: tambak garam rusak dan nelayan berhenti melaut.
- **Dampak kesehatan**: diare dan penyakit kulit meningkat.

## Cara Menghadapi Banjir Rob

- Meninggikan lantai rumah.
)");
  Answer a = article.bot->ask("a", "dampak banjir rob buat petambak apa aja");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("tambak garam") != std::string::npos);
}

TEST_CASE("the phrase that asks for kinds is no word a heading must share", "[bot][section]") {
  testing::ArticleBot article("asking-phrase", "plta.md", R"(---
title: Pembangkit Listrik Tenaga Air
subject: Pembangkit Listrik Tenaga Air
---

# Pembangkit Listrik Tenaga Air

Pembangkit Listrik Tenaga Air (PLTA) adalah pembangkit yang memutar turbin dengan aliran air.

## Terjadinya Aliran Sungai

Air hujan mengalir dari hulu ke hilir.

## Jenis PLTA Berdasarkan Lokasi

- **PLTA bendungan**: dibangun di lembah dengan waduk besar.
- **PLTA aliran sungai**: memakai arus sungai tanpa waduk.

## Cara Memilih Lokasi yang Tepat untuk PLTA

- Ukur debit sungai selama satu tahun.
- Periksa kestabilan tanah.
)");
  // "menjadi" is the asking phrase's word, and "Terjadinya" shares its stem.
  Answer a = article.bot->ask("a", "Berdasarkan lokasinya, PLTA dibagi menjadi apa saja?");
  INFO(a.text);
  CHECK(a.text.find("PLTA bendungan") != std::string::npos);
  CHECK(a.text.find("debit sungai") == std::string::npos);
}

TEST_CASE("kinds asked with no basis, where the article groups them on several, are told by each",
          "[bot][section]") {
  testing::ArticleBot article("kinds-all-bases", "panel.md", R"(---
title: Panel Surya
subject: Panel Surya
---

# Panel Surya

Panel surya adalah alat yang mengubah cahaya matahari menjadi listrik.

## Cara Kerja Panel Surya

Cahaya mengenai sel surya sehingga elektron bergerak dan menghasilkan arus listrik.

## Jenis Panel Surya Berdasarkan Bahan Sel

- **Monokristalin**, yaitu sel dari satu kristal silikon.
- **Polikristalin**, yaitu sel dari banyak kristal silikon.

## Jenis Panel Surya Berdasarkan Pemasangan

- **Atap**, yaitu panel yang dipasang di genteng rumah.
- **Terapung**, yaitu panel yang dipasang di atas waduk.
)");
  Answer a = article.bot->ask("a", "Apa saja jenis panel surya?");
  INFO(a.text);
  CHECK(a.text.find("Monokristalin") != std::string::npos);
  CHECK(a.text.find("Terapung") != std::string::npos);
  // A basis named in other words asks that grouping alone.
  Answer b = article.bot->ask("b", "Kalau dari pemasangannya, panel surya dibagi jadi apa saja?");
  INFO(b.text);
  CHECK(b.text.find("Terapung") != std::string::npos);
  CHECK(b.text.find("Monokristalin") == std::string::npos);
}

TEST_CASE("a heading grouping by the basis asked wins over the heading above it",
          "[bot][section]") {
  testing::ArticleBot article("by-basis", "asuransi.md", R"(---
title: Asuransi Kendaraan
subject: Asuransi Kendaraan
---

# Asuransi Kendaraan

Asuransi kendaraan adalah perlindungan atas kerugian pada kendaraan.

## Jenis Asuransi Kendaraan

Asuransi kendaraan bisa dikelompokkan dari beberapa sudut pandang.

### Jenis Asuransi Kendaraan Berdasarkan Cakupan Perlindungan

1. **All Risk**, yaitu asuransi yang menanggung hampir semua kerusakan.
2. **Total Loss Only**, yaitu asuransi yang membayar bila kendaraan hilang.

### Jenis Asuransi Kendaraan Berdasarkan Jenis Kendaraan

- **Asuransi mobil**, untuk mobil pribadi.
- **Asuransi motor**, untuk sepeda motor.
)");
  // The basis asked ("jenis kendaraan") repeats the words of the heading
  // above; only one heading groups by it.
  Answer a =
      article.bot->ask("a", "Jenis asuransi kendaraan berdasarkan jenis kendaraannya apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Asuransi motor") != std::string::npos);
  CHECK(a.text.find("All Risk") == std::string::npos);
}

TEST_CASE("a list whose lead names both halves of its heading is the half asked too",
          "[bot][section]") {
  testing::ArticleBot article("both-halves", "katarak.md", R"(---
title: Katarak
subject: Katarak
---

# Katarak

Katarak adalah keruhnya lensa mata.

## Penyebab dan Faktor Risiko Katarak

Penyebab utama katarak adalah penuaan lensa. Beberapa faktor berikut meningkatkan risiko seseorang terkena katarak:

- Usia di atas 60 tahun.
- Diabetes dan kebiasaan merokok.

## Risiko dan Komplikasi Katarak

Katarak yang tidak ditangani akan terus memburuk. Beberapa risiko dan komplikasinya meliputi:

- **Kebutaan**, yaitu hilangnya penglihatan sama sekali.
- **Jatuh dan cedera**, karena penglihatan kabur.

Tantangan terbesarnya, banyak penderita tidak sadar dirinya sakit.
)");
  // "Risiko dan Komplikasi": the lead says both, so the list is the risks,
  // not the prose after it that turns to a challenge.
  Answer a = article.bot->ask("a", "Apa risiko katarak?");
  INFO(a.text);
  CHECK(a.text.find("Kebutaan") != std::string::npos);
  CHECK(a.text.find("Jatuh dan cedera") != std::string::npos);
}

TEST_CASE("steps whose text says the reader's verb for the doing are the way asked",
          "[bot][section]") {
  testing::ArticleBot article("says-frame", "imun.md", R"(---
title: Daya Tahan Tubuh
subject: Daya Tahan Tubuh
---

# Daya Tahan Tubuh

Daya tahan tubuh adalah kemampuan tubuh melawan penyakit. Daya tahan tubuh yang tetap kuat membuat anak jarang sakit.

## Cara Kerja Daya Tahan Tubuh

Secara sederhana, daya tahan tubuh bekerja melalui tahapan berikut:

1. Mengenali kuman yang masuk.
2. Menyerang kuman dengan antibodi.

## Cara Meningkatkan Daya Tahan Tubuh

Kabar baiknya, daya tahan tubuh bisa dijaga dengan kebiasaan sederhana berikut:

1. Makan makanan bergizi seimbang.
2. Tidur cukup setiap malam.
)");
  // "menjaga" is in neither heading; the second part's steps say it.
  Answer a = article.bot->ask("a", "Bagaimana cara menjaga daya tahan tubuh?");
  INFO(a.text);
  CHECK(a.text.find("Tidur cukup") != std::string::npos);
  // What the way is for ("supaya tetap kuat"), named by no heading, tells
  // no heading apart.
  Answer b = article.bot->ask("b", "Bagaimana cara menjaga daya tahan tubuh supaya tetap kuat?");
  INFO(b.text);
  CHECK(b.found);
  CHECK(b.text.find("Tidur cukup") != std::string::npos);
}

TEST_CASE("the bases the kinds are grouped by are asked by 'berdasarkan apa'", "[section]") {
  testing::ArticleBot article("bases-asked", "cahaya.md", R"(---
title: Polusi Cahaya
subject: Polusi Cahaya
---

# Polusi Cahaya

Polusi cahaya adalah penggunaan cahaya buatan yang berlebihan.

## Jenis Polusi Cahaya

### Jenis Polusi Cahaya Berdasarkan Bentuknya

- **Skyglow**, yaitu terangnya langit malam di atas kota.
- **Glare**, yaitu cahaya yang terlalu terang.

### Jenis Polusi Cahaya Berdasarkan Sumbernya

- **Penerangan jalan umum**, yaitu lampu jalan yang menyala semalaman.
- **Reklame**, yaitu papan iklan bercahaya.
)");
  Answer a = article.bot->ask("b", "Jenis polusi cahaya berdasarkan apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Bentuknya") != std::string::npos);
  CHECK(a.text.find("Sumbernya") != std::string::npos);
  // One basis named is that grouping's kinds alone.
  Answer b = article.bot->ask("s", "Jenis polusi cahaya berdasarkan sumbernya apa saja?");
  INFO(b.text);
  CHECK(b.text.find("Reklame") != std::string::npos);
  CHECK(b.text.find("Skyglow") == std::string::npos);
}

TEST_CASE("a way asked of a section with two lists is its list of steps", "[bot][section]") {
  testing::ArticleBot article("steps-list", "deposito.md", R"(---
title: Deposito
source: contoh.id
language: id
category: Keuangan
subject: Deposito
---

# Deposito

Deposito adalah simpanan berjangka di bank.

## Cara Mencairkan Deposito

Deposito baru bisa dicairkan tanpa penalti ketika:

- jangka waktunya sudah jatuh tempo;
- bank menyetujui pencairan lebih awal.

Langkah pencairannya:

1. Datangi kantor cabang bank dengan membawa bilyet deposito.
2. Isi formulir pencairan dan serahkan KTP.
3. Tunggu dana ditransfer ke rekening tabungan.

## Manfaat Deposito

Bunga deposito lebih tinggi daripada tabungan.
)");
  Answer a = article.bot->ask("s", "Bagaimana cara mencairkan deposito?");
  INFO(a.text);
  CHECK(a.text.find("bilyet deposito") != std::string::npos);
  CHECK(a.text.find("jatuh tempo") == std::string::npos);
}

TEST_CASE("a phase asked with what to do in it is that phase's part", "[bot][section]") {
  // A written article: "### Sebelum Tsunami", "### Saat Tsunami" and
  // "### Setelah Tsunami" under "## Cara Menyelamatkan Diri dari Tsunami";
  // "dilakukan" is in no heading, and the article writes it elsewhere.
  const std::string text = testing::read_source("tests/qa/holdout59/tsunami.md");
  testing::ArticleBot article("phase-frame", "tsunami.md", text);
  Answer a = article.bot->ask("p", "Apa yang harus dilakukan ketika tsunami terjadi?");
  INFO(a.text);
  CHECK(a.text.find("20-20-20") != std::string::npos);
  Answer b = article.bot->ask("q", "Sesudah tsunami, langkah apa yang sebaiknya diambil?");
  INFO(b.text);
  CHECK(b.text.find("kabel listrik") != std::string::npos);
}

TEST_CASE("a definition asked of the second of two things a heading defines opens at its own",
          "[bot][section]") {
  testing::ArticleBot article("second-defined", "karang.md", R"(---
title: Terumbu Karang
source: contoh.id
language: id
category: Lingkungan
subject: Terumbu Karang
---

# Terumbu Karang

Laut kita kaya akan kehidupan.

## Pengertian Karang dan Terumbu Karang

Karang adalah hewan kecil bertubuh lunak yang hidup berkoloni di laut dangkal.

Sementara itu, terumbu karang adalah struktur kapur raksasa yang dibangun oleh koloni karang selama ribuan tahun.

## Manfaat Terumbu Karang

Terumbu karang melindungi pantai dari ombak.
)");
  Answer a = article.bot->ask("t", "Apa yang dimaksud dengan terumbu karang?");
  INFO(a.text);
  CHECK(a.text.find("struktur kapur") != std::string::npos);
  CHECK(a.text.find("bertubuh lunak") == std::string::npos);
  Answer b = article.bot->ask("k", "Apa itu karang?");
  INFO(b.text);
  CHECK(b.text.find("bertubuh lunak") != std::string::npos);
}

TEST_CASE("a thing asked by its long name finds the heading that calls it by its acronym",
          "[bot][section]") {
  testing::ArticleBot article("acronym-heading", "limbah.md", R"(---
title: Limbah
source: contoh.id
language: id
category: Lingkungan
subject: Limbah
---

# Limbah

Limbah adalah sisa suatu kegiatan. Sebagian tergolong Bahan Berbahaya dan Beracun (B3).

## Jenis B3 Berdasarkan Sumbernya

- **Sumber spesifik**, yaitu limbah dari proses industri tertentu.
- **Sumber tidak spesifik**, yaitu limbah dari kegiatan perawatan alat.

## Jenis Limbah Berdasarkan Wujudnya

- **Limbah padat**, misalnya plastik.
- **Limbah cair**, misalnya air cucian.
)");
  Answer a =
      article.bot->ask("b", "Jenis bahan berbahaya dan beracun berdasarkan sumbernya apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Sumber spesifik") != std::string::npos);
  CHECK(a.text.find("Limbah padat") == std::string::npos);
}

TEST_CASE("a topic asked is told by the part headed by it over a passage on no topic asked",
          "[bot][section]") {
  // A written article: "Sebutkan contoh hewan yang mengalami metamorfosis
  // sempurna!" is told by "Contoh Hewan yang Mengalami Metamorfosis", not
  // by the list of animal groups whose items say "sempurna" in passing.
  const std::string text = testing::read_source("tests/qa/holdout66/metamorfosis.md");
  testing::ArticleBot article("topic-headed", "metamorfosis.md", text);
  Answer a = article.bot->ask("c", "Sebutkan contoh hewan yang mengalami metamorfosis sempurna!");
  INFO(a.text);
  CHECK(a.text.find("kupu-kupu dan ngengat") != std::string::npos);
  CHECK(a.text.find("kelompok hewan yang mengalaminya") == std::string::npos);
}

TEST_CASE("a list asked of a kind is told by the heading that names the kind and no more",
          "[bot][section]") {
  // A written article: "Strategi Belanda" lists the strategies asked,
  // whatever verbs ("dipakai", "melawan") frame the asking; one item that
  // repeats "dipakai" is no answer to "apa saja".
  const std::string text = testing::read_source("tests/qa/holdout67/perang-diponegoro.md");
  testing::ArticleBot article("kind-listed", "perang-diponegoro.md", text);
  Answer a =
      article.bot->ask("s", "Strategi apa saja yang dipakai Belanda untuk melawan Diponegoro?");
  INFO(a.text);
  CHECK(a.text.find("Benteng Stelsel") != std::string::npos);
}

TEST_CASE("a heading's own clause on the kind asked says no more than the question's",
          "[bot][section]") {
  testing::ArticleBot article("kind-clause", "menyusui.md", R"(---
title: Menyusui
subject: Menyusui
---

# Menyusui

Menyusui adalah pemberian air susu ibu langsung dari payudara kepada bayi.

## Manfaat Menyusui

Menyusui melindungi bayi dari infeksi dan mempererat ikatan ibu dan anak. Apa yang dilakukan orang tua sejak hari pertama menentukan keberhasilan menyusui.

## Kesalahan yang Sering Terjadi

1. **Menjadwal ketat**: bayi disusui hanya pada jam tertentu.
2. **Memberi dot terlalu dini**: bayi bingung puting.
3. **Berhenti saat puting lecet**: padahal pelekatan cukup diperbaiki.
)");
  // "yang Sering Terjadi" qualifies the kind as the reader's "yang sering
  // dilakukan orang tua" does: the list is the kinds asked.
  Answer a = article.bot->ask("k", "Kesalahan apa saja yang sering dilakukan orang tua?");
  INFO(a.text);
  CHECK(a.text.find("Menjadwal ketat") != std::string::npos);
  CHECK(a.text.find("Memberi dot terlalu dini") != std::string::npos);
}

TEST_CASE("steps asked by another step word of a heading's own ordinal thing are all its steps",
          "[bot][section]") {
  testing::ArticleBot article("steps-first", "sekolah.md", R"(---
title: Hari Pertama Sekolah
subject: Sekolah Dasar
---

# Hari Pertama Sekolah

Sekolah dasar adalah jenjang pendidikan enam tahun bagi anak usia tujuh sampai dua belas tahun.

## Jenis Sekolah Dasar Berdasarkan Cara Pengelolaan

- **Sekolah negeri**: dikelola pemerintah daerah.
- **Sekolah swasta**: dikelola yayasan.

## Cara Menyiapkan Bekal Pertama

1. Cuci tangan dan kotak bekal sampai bersih.
2. Masak nasi dan lauk sampai matang.
3. Tutup kotak bekal rapat-rapat.
)");
  // "langkah" is said by the steps' heading in its own word, "Cara"; and
  // "bekal pertama" is the first lunch box the heading names, not the
  // first step.
  Answer a =
      article.bot->ask("s", "Bagaimana langkah-langkah membuat bekal pertama di sekolah dasar?");
  INFO(a.text);
  CHECK(a.text.find("Cuci tangan") != std::string::npos);
  CHECK(a.text.find("Tutup kotak bekal") != std::string::npos);
}

TEST_CASE("kinds on several bases are of the thing the question names", "[bot][section]") {
  testing::ArticleBot article("bases-thing", "vaksin.md", R"(---
title: Vaksin Rotavirus
subject: Vaksin Rotavirus
---

# Vaksin Rotavirus

Vaksin rotavirus adalah vaksin tetes untuk mencegah diare berat pada bayi.

## Jenis Rotavirus Berdasarkan Golongannya

- **Rotavirus A**: paling sering menyerang anak.
- **Rotavirus B**: jarang ditemukan.

## Jenis Vaksin Rotavirus Berdasarkan Jumlah Dosisnya

- **Vaksin monovalen**: diberikan dua kali.
- **Vaksin pentavalen**: diberikan tiga kali.
)");
  // "Jenis Rotavirus" groups the virus; the vaccine's kinds are asked.
  Answer a = article.bot->ask("b", "Jenis vaksin rotavirus ada apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Vaksin monovalen") != std::string::npos);
  CHECK(a.text.find("Golongannya") == std::string::npos);
}

TEST_CASE("the ends of a span asked whole name no thing to search for", "[bot][section]") {
  testing::ArticleBot article("span-ends", "gigi.md", R"(---
title: Gigi Berlubang
subject: Gigi Berlubang
---

# Gigi Berlubang

Gigi berlubang adalah kerusakan permanen pada permukaan keras gigi.

## Tahapan Gigi Berlubang

1. **Demineralisasi email**: muncul bercak putih di permukaan gigi.
2. **Kerusakan dentin**: lubang mencapai lapisan di bawah email.
3. **Abses gigi**: terbentuk kantong nanah di ujung akar.

## Gejala Gigi Berlubang

Pada tahap awal, gigi berlubang tidak menimbulkan keluhan. Gejala yang parah baru terasa ketika lubang makin dalam.
)");
  const std::string how =
      article.bot->explain("Tahapan gigi berlubang dari awal sampai parah seperti apa?");
  INFO(how);
  CHECK(how.find("\"query\":[\"tahap\",\"gigi\",\"lubang\"]") != std::string::npos);
  Answer a = article.bot->ask("s", "Tahapan gigi berlubang dari awal sampai parah seperti apa?");
  INFO(a.text);
  CHECK(a.text.find("Abses gigi") != std::string::npos);
  // (Starting over is no span: "dari awal" alone is asked.)
  CHECK(article.bot->explain("Apakah harus diulang dari awal?").find("\"awal\"") !=
        std::string::npos);
}

TEST_CASE("a way asked is told by the steps of the part headed as it, not by its closing sentence",
          "[bot][section]") {
  testing::ArticleBot article("steps-over-summary", "plta.md", R"(---
title: PLTA
subject: PLTA
---

# PLTA

PLTA (Pembangkit Listrik Tenaga Air) adalah pembangkit yang memanfaatkan aliran air.

## Cara Kerja PLTA dari Waduk hingga ke Rumah

Proses pembangkitan listrik di PLTA cukup sederhana. Urutannya kira-kira seperti ini:

1. Air sungai ditampung oleh bendungan sehingga terbentuk waduk.
2. Air masuk melalui saringan menuju pipa pesat.
3. Air bertekanan tinggi menghantam sudu-sudu turbin dan membuatnya berputar.
4. Poros turbin memutar rotor generator, sehingga timbul arus listrik.

Jadi, cara kerja PLTA pada dasarnya adalah rangkaian perubahan energi: energi potensial menjadi energi listrik.

## Manfaat PLTA

PLTA menghasilkan listrik tanpa bahan bakar fosil.
)");
  Answer a = article.bot->ask("c", "Bagaimana cara kerja PLTA?");
  INFO(a.text);
  CHECK(a.text.find("pipa pesat") != std::string::npos);
  CHECK(a.text.find("rotor generator") != std::string::npos);
}

TEST_CASE("a colon inside a paragraph announces what the paragraph goes on to say",
          "[bot][section]") {
  testing::ArticleBot article("colon-in-paragraph", "giyanti.md", R"(---
title: "Perjanjian Giyanti 1755: Latar Belakang, Isi, dan Dampaknya bagi Mataram"
subject: Perjanjian Giyanti
---

# Perjanjian Giyanti 1755: Latar Belakang, Isi, dan Dampaknya bagi Mataram

## Pengertian Perjanjian Giyanti

Perjanjian Giyanti adalah perjanjian yang ditandatangani pada **13 Februari 1755** antara VOC, Pangeran Mangkubumi, dan pihak Pakubuwana III. Perjanjian ini membagi wilayah Mataram menjadi dua bagian yang sama besar: separuh tetap di bawah Kasunanan Surakarta, separuh lagi menjadi Kasultanan Yogyakarta. Dalam sumber-sumber Jawa, peristiwa ini dikenal sebagai **Palihan Nagari**, yaitu "pembelahan negara".

## Isi Perjanjian

1. Mataram dibagi dua.
2. Pangeran Mangkubumi bergelar Sultan Hamengkubuwana I.
)");
  Answer a = article.bot->ask("d", "Apa itu Perjanjian Giyanti?");
  INFO(a.text);
  CHECK(a.text.find("membagi wilayah Mataram") != std::string::npos);
}

TEST_CASE("a section on what a thing is answers from the sentence that defines it by either name",
          "[bot][section]") {
  testing::ArticleBot bot("section-defines-alias", "kolesterol.md", R"(---
title: Kolesterol Tinggi
subject: Kolesterol Tinggi
---

# Kolesterol Tinggi

Banyak orang baru tahu kadar kolesterolnya tinggi setelah pemeriksaan darah.

## Pengertian Kolesterol Tinggi

Sebelum membahas kondisinya, kita perlu memahami dulu kolesterol itu sendiri. Kolesterol adalah
zat lemak berbentuk seperti lilin yang diproduksi oleh hati.

Adapun kolesterol tinggi atau hiperkolesterolemia adalah kondisi ketika kadar kolesterol dalam
darah melebihi batas normal.
)");
  // Its paragraph opens with a connective and gives the other name before
  // the copula; the paragraph before defines only a word of it.
  Answer a = bot.bot->ask("a", "Apa itu kolesterol tinggi?");
  INFO(a.text);
  CHECK(a.text.find("melebihi batas normal") != std::string::npos);
  CHECK(a.text.find("seperti lilin") == std::string::npos);
}
