// Follow-ups answered from where the last answer came from
// (bot/answerer.h near_answer), on an article the bot data knows nothing about.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

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
TEST_CASE("'kalau yang X Y?' asks again with the words before a shared last word replaced",
          "[followup]") {
  testing::ArticleBot article("reframe-before-shared", "migrain.md", testing::kMigraineKinds);
  auto& bot = *article.bot;
  bot.ask("m", "Apa itu migrain dengan aura?");
  Answer again = bot.ask("m", "kalau yang tanpa aura?");
  INFO(again.text);
  CHECK(again.text.find("paling umum") != std::string::npos);
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

TEST_CASE("'contohnya?' after one thing's definition: its own example, or its list's",
          "[bot][followup]") {
  testing::ArticleBot article("followup-defined", "pemilu.md", R"(---
title: Pemilihan Umum
source: contoh.id
language: id
category: Kewarganegaraan
subject: Pemilihan Umum
---

# Pemilihan Umum

Pemilihan umum adalah sarana rakyat memilih wakilnya.

## Asas Pemilihan Umum

Pemilu di Indonesia memegang beberapa asas. Asas langsung berarti pemilih memberikan suaranya sendiri tanpa perantara. Contohnya, pemilih datang ke TPS dan mencoblos sendiri.

Asas rahasia berarti pilihan pemilih tidak boleh diketahui orang lain.

## Contoh Pemilihan Umum

- Pemilihan presiden dan wakil presiden.
- Pemilihan anggota DPR.

## Pelanggaran

Setiap perbuatan yang melanggar aturan pemilu disebut pelanggaran pemilu (PP). PP dibedakan menjadi dua:

- **Pelanggaran administratif**, misalnya kampanye di luar jadwal.
- **Pelanggaran pidana**, misalnya politik uang.
)");
  auto& bot = *article.bot;
  // The article's list of examples is about the subject; the example in the
  // defined thing's own item is about it.
  REQUIRE(bot.ask("a", "Apa itu asas langsung?").found);
  Answer own = bot.ask("a", "contohnya gimana?");
  INFO(own.text);
  CHECK(has(own, "mencoblos sendiri"));
  // A definition whose paragraph announces a list: the examples are in it.
  REQUIRE(bot.ask("p", "Apa itu PP?").found);
  Answer listed = bot.ask("p", "contohnya?");
  INFO(listed.text);
  CHECK(listed.found);
  CHECK((has(listed, "kampanye di luar jadwal") || has(listed, "politik uang")));
}

TEST_CASE("'pemicunya apa aja?' after a defined item: what that item goes on to list",
          "[bot][followup]") {
  testing::ArticleBot article("followup-item-list", "kulit.md", R"(---
title: Penyakit Kulit
source: contoh.id
language: id
category: Kesehatan
subject: Penyakit Kulit
---

# Penyakit Kulit

Penyakit kulit banyak dialami anak-anak.

## Penyebab Penyakit Kulit

- **Infeksi**, yaitu penyakit yang disebabkan kuman:
  - Kurap: infeksi jamur pada kulit yang lembap.
- **Alergi**, yaitu penyakit yang tidak menular:
  - Eksim: peradangan kulit yang membuat kulit kering dan gatal. Pemicunya antara lain sabun keras, debu, dan udara dingin.
)");
  auto& bot = *article.bot;
  REQUIRE(bot.ask("e", "Apa itu eksim?").found);
  Answer a = bot.ask("e", "pemicunya apa aja?");
  INFO(a.text);
  CHECK(has(a, "sabun keras"));
  // Its own item, not the whole list of causes it is part of.
  CHECK_FALSE(has(a, "Kurap"));
}

TEST_CASE("'kalau X?' asks the last question again of X", "[bot][followup]") {
  testing::ArticleBot article("followup-again", "tarif.md", R"(---
title: Tarif Parkir
source: contoh.id
language: id
category: Umum
subject: Tarif Parkir
---

# Tarif Parkir

Tarif parkir ditetapkan pemerintah kota.

## Besaran Tarif

| Kendaraan | Tarif per jam |
|---|---|
| Motor kecil | Rp2.000 |
| Motor besar | Rp3.000 |
| Mobil pribadi | Rp5.000 |

## Jam Berlaku

Tarif siang berlaku pukul 06.00 sampai 18.00. Pada tahun 2022 tarif naik 10 persen, sedangkan pada tahun 2023 tarif naik 15 persen.
)");
  auto& bot = *article.bot;
  REQUIRE(bot.ask("a", "Berapa tarif parkir motor kecil?").found);
  Answer big = bot.ask("a", "kalau motor besar?");
  INFO(big.text);
  CHECK(has(big, "Rp3.000"));
  REQUIRE(bot.ask("y", "Berapa persen tarif naik pada tahun 2022?").found);
  Answer year = bot.ask("y", "kalau 2023?");
  INFO(year.text);
  CHECK(has(year, "15 persen"));
}

TEST_CASE("a follow-up that does not name the thing talked about asks about it",
          "[bot][followup]") {
  testing::ArticleBot article("followup-entity", "perpus.md", R"(---
title: Perpustakaan Keliling
subject: Perpustakaan Keliling
---

# Perpustakaan Keliling

Perpustakaan keliling adalah layanan buku yang datang ke warga.

## Layanan

Warga juga bisa datang ke Taman Bacaan Masyarakat (TBM). Layanan TBM (Taman Bacaan Masyarakat) tersedia di balai desa, masjid, dan pos ronda.

Mobil perpustakaan keliling berhenti di setiap kelurahan.
)");
  Answer first = article.bot->ask("f", "TBM itu apa?");
  INFO(first.text);
  REQUIRE(first.found);
  Answer where = article.bot->ask("f", "ada di mana saja?");
  INFO(where.text);
  CHECK(where.found);
  CHECK(where.text.find("balai desa") != std::string::npos);
}

TEST_CASE("a short question that finds nothing of its own leans on the last answer",
          "[bot][followup]") {
  testing::ArticleBot article("followup-leans", "banjir.md", R"(---
title: Banjir Bandang
subject: Banjir Bandang
---

# Banjir Bandang

Banjir bandang adalah banjir besar yang datang tiba-tiba dari hulu sungai.

## Peristiwa Besar

Banjir bandang Wasior terjadi pada 4 Oktober 2010 dan menewaskan lebih dari 150 orang. Peristiwa itu kemudian diperingati warga setempat setiap tahun.

Hari Sungai Nasional diperingati setiap 27 Juli. Peringatan ini ditetapkan oleh Presiden pada tahun 2011.

## Pencegahan

Warga menanam pohon di hulu dan tidak membuang sampah ke sungai.
)");
  auto& bot = *article.bot;
  bot.ask("a", "Kapan Hari Sungai Nasional?");
  Answer who = bot.ask("a", "siapa yang menetapkan?");
  INFO(who.text);
  CHECK(who.found);
  CHECK(who.text.find("ditetapkan oleh Presiden") != std::string::npos);
  // "korbannya": a word the article never uses does not stop the nearby
  // sentence that gives the number.
  bot.ask("b", "Kapan banjir bandang Wasior terjadi?");
  Answer many = bot.ask("b", "korbannya berapa orang?");
  INFO(many.text);
  CHECK(many.found);
  CHECK(many.text.find("150 orang") != std::string::npos);
}

TEST_CASE("a question of one word leans on the last answer even when the word is elsewhere",
          "[bot][followup]") {
  testing::ArticleBot article("one-word-leans", "laut.md", R"(---
title: Pelestarian Laut
source: contoh.id
language: id
category: Lingkungan
subject: Pelestarian laut
---

# Pelestarian Laut

Pelestarian laut adalah upaya menjaga laut agar tetap sehat.

## Program Pemerintah

Pemerintah menjalankan program BLUE (Bersih Laut Untuk Esok) bersama nelayan dan sekolah, yang
dimulai sejak 2005 di sepuluh provinsi pesisir dengan dana daerah dan bantuan lembaga dunia.

## Kesimpulan

Mulailah hari ini.
)");
  auto& bot = *article.bot;
  bot.ask("a", "Apa itu BLUE?");
  // "mulai" alone also fits the closing sentence ("Mulailah ..."), but a
  // question of one word after an answer asks about that answer.
  Answer since = bot.ask("a", "mulai tahun berapa?");
  INFO(since.text);
  CHECK(since.found);
  CHECK(since.text.find("2005") != std::string::npos);
}

TEST_CASE("'yang pertama' after a passage that brought a list names its first item",
          "[bot][followup]") {
  testing::ArticleBot bot("passage-items", "gizi.md", R"(---
title: Gizi Buruk
source: contoh.id
language: id
category: Kesehatan
subject: Gizi Buruk
---

# Gizi Buruk

Gizi buruk adalah keadaan kurang gizi tingkat berat pada anak.

## Komplikasi Gizi Buruk

Gizi buruk yang lama dapat merusak banyak organ anak.

### Komplikasi Berdasarkan Waktu Munculnya

1. **Komplikasi akut**, yang muncul tiba-tiba dan mengancam nyawa, antara lain:
   - *Hipotermia*, yaitu suhu tubuh turun di bawah 35 derajat.
   - *Dehidrasi*, yaitu tubuh kekurangan cairan karena diare.
2. **Komplikasi kronis**, yang berkembang perlahan selama bertahun-tahun.

### Komplikasi Berdasarkan Organ

- **Otak**: perkembangan kecerdasan terhambat.
- **Jantung**: otot jantung melemah.
)");
  Answer a = bot.bot->ask("k", "Komplikasi akut apa saja?");
  INFO(a.text);
  REQUIRE(a.found);
  CHECK(a.items.size() == 2);
  Answer b = bot.bot->ask("k", "yang pertama maksudnya apa?");
  INFO(b.text);
  CHECK(b.text.find("35 derajat") != std::string::npos);
  CHECK(b.text.find("diare") == std::string::npos);
}

TEST_CASE("'kalau X?' asks again a question that has no question type", "[bot][followup]") {
  testing::ArticleBot article("reframe-untyped", "tawuran.md", R"(---
title: Tawuran Pelajar
source: contoh.id
language: id
category: Pendidikan
subject: Tawuran pelajar
---

# Tawuran Pelajar

Tawuran pelajar adalah perkelahian massal antarsekolah.

## Dampak bagi Pelaku

Pelaku tawuran bisa dikeluarkan dari sekolah dan diproses hukum.

## Dampak bagi Sekolah

Nama baik terpuruk dan pendaftar baru berkurang.

## Pencegahan

Sekolah mengadakan kegiatan bersama antarsekolah dan sekolah menggelar patroli pada jam pulang
sekolah.
)");
  auto& bot = *article.bot;
  // "Apa dampak ... bagi pelaku?" has no question type the lexicon names
  // ("dampak" is neither good nor bad), yet it is the question asked again.
  bot.ask("a", "Apa dampak tawuran bagi pelaku?");
  Answer again = bot.ask("a", "kalau bagi sekolah?");
  INFO(again.text);
  CHECK(again.found);
  CHECK(again.text.find("pendaftar baru") != std::string::npos);
}

TEST_CASE("'kalau X?' that repeats a word of the question replaces what followed it",
          "[bot][followup]") {
  testing::ArticleBot article("reframe-shared-word", "padi.md", R"(---
title: Padi
source: contoh.id
language: id
category: Pertanian
subject: Padi
---

# Padi

Padi adalah tanaman penghasil beras.

## Jenis Padi Berdasarkan Bentuk Bulir

- Padi bulir panjang, misalnya IR64.
- Padi bulir bulat, misalnya Ciherang.

## Jenis Padi Berdasarkan Lahan

- Padi sawah, yang ditanam di lahan tergenang.
- Padi gogo, yang ditanam di lahan kering.
)");
  auto& bot = *article.bot;
  bot.ask("a", "Apa saja jenis padi berdasarkan bentuk bulir?");
  // "berdasarkan lahan": the basis after the shared word is replaced whole,
  // not "berdasarkan bentuk lahan".
  Answer again = bot.ask("a", "kalau berdasarkan lahan?");
  INFO(again.text);
  CHECK(again.found);
  CHECK(again.text.find("Padi gogo") != std::string::npos);
  CHECK(again.text.find("IR64") == std::string::npos);
}

TEST_CASE("'kalau X?' with the topic word the last question said asks that question again",
          "[bot][followup]") {
  testing::ArticleBot article("reframe-topic-word", "saham.md", R"(---
title: Saham
source: contoh.id
language: id
category: Keuangan
subject: Saham
---

# Saham

Saham adalah bukti kepemilikan atas sebuah perusahaan.

## Risiko Saham

1. **Risiko likuiditas.** Saham tidak selalu bisa dijual cepat.
2. **Risiko gagal bayar.** Perusahaan bisa tidak mampu membayar kewajibannya.
3. **Risiko pasar.** Harga saham turun bersama pasar.
)");
  auto& bot = *article.bot;
  Answer first = bot.ask("r", "Apa itu risiko likuiditas?");
  INFO(first.text);
  CHECK(first.text.find("dijual cepat") != std::string::npos);
  // "risiko" is a topic's word, but the last question said it too: this
  // asks what the other risk is, not for all the risks.
  Answer again = bot.ask("r", "kalau risiko gagal bayar?");
  INFO(again.text);
  CHECK(again.text.find("tidak mampu membayar") != std::string::npos);
  CHECK(again.text.find("turun bersama pasar") == std::string::npos);
}

TEST_CASE("a short question of one fact that names nothing asks it of the last thing asked",
          "[bot][followup]") {
  testing::ArticleBot article("one-fact", "makassar.md", R"(---
title: Peninggalan Makassar
subject: Peninggalan Makassar
---

# Peninggalan Makassar

Peninggalan Makassar adalah bangunan dan benda dari masa kerajaan.

## Jenis Peninggalan

- **Pertahanan**: Benteng Somba Opu, dibangun pada 1525 dengan tembok setinggi 7 meter.
- **Keagamaan**: Masjid Katangka, yang diyakini berdiri sejak 1603 dan disebut masjid tertua di Sulawesi Selatan.
)");
  auto& bot = *article.bot;
  bot.ask("k", "Apa itu Masjid Katangka?");
  Answer a = bot.ask("k", "dibangun tahun berapa?");
  INFO(a.text);
  CHECK(a.text.find("1603") != std::string::npos);
  CHECK(a.text.find("1525") == std::string::npos);
  // "-nya" written apart by a hyphen points back as it does joined.
  CHECK(bot.explain("tembok-nya setinggi apa?").find("\"followup\":true") != std::string::npos);
}

TEST_CASE("'contohnya?' after a definition that names its examples with 'seperti'",
          "[bot][followup]") {
  testing::ArticleBot article("near-such-as", "tabungan.md", R"(---
title: Instrumen Keuangan
source: contoh.id
language: id
category: Keuangan
subject: Instrumen keuangan
---

# Instrumen Keuangan

Instrumen keuangan adalah sarana menyimpan atau mengembangkan uang, misalnya tabungan.

## Jenis Instrumen Keuangan

1. **Instrumen pasar uang**: surat berharga berjangka pendek seperti SBI dan sertifikat deposito. Risikonya paling rendah.
2. **Instrumen pasar modal**: surat berharga berjangka panjang. Risikonya lebih tinggi.
3. **Instrumen campuran**: gabungan pasar uang dan pasar modal.

## Contoh Penggunaan

Contoh instrumen keuangan yang paling umum adalah tabungan di bank.
)");
  auto& bot = *article.bot;
  bot.ask("a", "Apa itu instrumen pasar uang?");
  Answer such = bot.ask("a", "contohnya?");
  INFO(such.text);
  CHECK(such.found);
  CHECK(such.text.find("SBI") != std::string::npos);
  CHECK(such.text.find("tabungan di bank") == std::string::npos);
}

TEST_CASE("'contohnya?' after a list of kinds finds the example its items give",
          "[bot][followup]") {
  testing::ArticleBot article("near-after-list", "hibah.md", R"(---
title: Hibah
source: contoh.id
language: id
category: Pendidikan
subject: Hibah
---

# Hibah

Hibah adalah pemberian dana tanpa kewajiban mengembalikan.

## Jenis Hibah Berdasarkan Pemberinya

- **Hibah pemerintah**: dibiayai negara, contohnya Hibah Riset Nasional.
- **Hibah swasta**: diberikan perusahaan atau yayasan.

## Catatan

Contoh hibah paling umum adalah dana penelitian kampus.
)");
  auto& bot = *article.bot;
  bot.ask("a", "Apa saja jenis hibah berdasarkan pemberinya?");
  Answer ex = bot.ask("a", "contohnya?");
  INFO(ex.text);
  CHECK(ex.found);
  CHECK(ex.text.find("Hibah Riset Nasional") != std::string::npos);
}

TEST_CASE("an ordinal the article writes with its noun names one thing, and 'yang kedua?' the next",
          "[bot][followup]") {
  testing::ArticleBot article("followup-ordinal", "candi.md", R"(---
title: Candi Sewu
source: contoh.id
language: id
category: Sejarah
subject: Candi Sewu
---

# Candi Sewu

Candi Sewu adalah kompleks candi Buddha di Jawa Tengah.

## Perjalanan Candi Sewu

Berikut tonggak penting perjalanan candi sejak ditemukan kembali:

- **1806**: Candi ditemukan kembali oleh seorang insinyur Belanda.
- **1908–1911**: Pemugaran pertama dipimpin Theodoor van Erp.
- **1981–1993**: Pemugaran kedua dilakukan pemerintah Indonesia.

## Relief Candi Sewu

Candi Sewu memiliki 400 panel relief. Berdasarkan fungsinya, relief tersebut dibagi menjadi dua:

- **Relief naratif**: panel yang menceritakan kisah.
- **Relief dekoratif**: panel yang berfungsi sebagai hiasan.
)");
  // "pemugaran pertama" is what the article calls one restoration, not the
  // first item of the list the answer quotes (the rediscovery).
  Answer first = article.bot->ask("o1", "Siapa yang memimpin pemugaran pertama?");
  INFO(first.text);
  CHECK(first.text.find("Theodoor van Erp") != std::string::npos);
  CHECK(first.text.find("1806") == std::string::npos);
  // "yang kedua?" asks the same of the second.
  Answer second = article.bot->ask("o1", "yang kedua?");
  INFO(second.text);
  CHECK(second.text.find("1981") != std::string::npos);
}

TEST_CASE("'tugasnya apa?' after what a short form stands for asks what it does",
          "[bot][followup]") {
  testing::ArticleBot article("followup-acronym-role", "pajak.md", R"(---
title: Pajak Kendaraan
subject: Pajak Kendaraan
---

# Pajak Kendaraan

Pajak kendaraan dibayar setiap tahun.

## Layanan

Sistem Administrasi Manunggal Satu Atap (Samsat) menerima pembayaran pajak kendaraan dan menerbitkan STNK baru.
)");
  Answer what = article.bot->ask("s", "Samsat singkatan dari apa?");
  CHECK(what.text.find("Sistem Administrasi Manunggal Satu Atap") != std::string::npos);
  // A word of its own ("tugas") asks anew of the same thing; it does not
  // repeat the last kind of question.
  Answer role = article.bot->ask("s", "tugasnya apa?");
  INFO(role.text);
  CHECK(role.found);
  CHECK(role.text.find("menerima pembayaran") != std::string::npos);
}

TEST_CASE("'yang internal?' over items with lists of their own says each with its list",
          "[bot][followup]") {
  testing::ArticleBot article("followup-part-nested", "kenakalan.md", R"(---
title: Kenakalan Remaja
subject: Kenakalan Remaja
---

# Kenakalan Remaja

## Faktor Penyebab Kenakalan Remaja

Penyebabnya biasanya dibagi menjadi dua:

1. **Faktor internal**, yaitu faktor yang berasal dari diri remaja:
   - krisis identitas;
   - kontrol diri yang lemah.
2. **Faktor eksternal**, yaitu faktor yang berasal dari luar diri remaja:
   - keluarga yang kurang harmonis;
   - pergaulan dengan teman sebaya yang buruk.
)");
  Answer first = article.bot->ask("f", "Apa saja faktor eksternal kenakalan remaja?");
  CHECK(first.text.find("pergaulan") != std::string::npos);
  Answer other = article.bot->ask("f", "yang internal?");
  INFO(other.text);
  CHECK(other.text.find("krisis identitas") != std::string::npos);
  CHECK(other.text.find("pergaulan") == std::string::npos);
}

TEST_CASE("'contohnya?' after an item with a list under it is that list", "[bot][followup]") {
  testing::ArticleBot article("followup-nested-examples", "jaringan.md", R"(---
title: Jaringan Sensor
subject: Jaringan Sensor
---

# Jaringan Sensor

## Jenis Jaringan

Jaringan sensor dapat dibagi sebagai berikut:

- **Jaringan jarak pendek**: cocok untuk perangkat di dalam rumah.
  - Zigbee, dipakai pada lampu pintar.
  - Bluetooth, dipakai pada jam tangan.
- **Jaringan area luas**: dikenal sebagai LPWAN (Low Power Wide Area Network).
  - LoRaWAN, jangkauannya sampai 15 km.
  - Sigfox, untuk paket data kecil.
)");
  REQUIRE(article.bot->ask("n", "LPWAN itu apa?").found);
  Answer ex = article.bot->ask("n", "contohnya?");
  INFO(ex.text);
  CHECK(ex.text.find("LoRaWAN") != std::string::npos);
  CHECK(ex.text.find("Zigbee") == std::string::npos);
}

TEST_CASE("a follow-up asks the list an item announces by the topic it names", "[bot][followup]") {
  testing::ArticleBot article("followup-announced-nested", "zakat.md", R"(---
title: Zakat
subject: Zakat
---

# Zakat

## Jenis Zakat

1. **Zakat fitrah**, yaitu zakat yang dibayar menjelang Idulfitri. Zakat fitrah bisa berbentuk:
   - Beras, sebanyak 2,5 kilogram per orang.
   - Uang, senilai harga beras itu.
2. **Zakat mal**, yaitu zakat atas harta yang disimpan selama setahun.
)");
  REQUIRE(article.bot->ask("z", "Apa itu zakat fitrah?").found);
  // "Zakat fitrah bisa berbentuk:" announces its list by the forms topic.
  Answer forms = article.bot->ask("z", "bentuknya apa aja?");
  INFO(forms.text);
  CHECK(forms.text.find("Beras") != std::string::npos);
  CHECK(forms.text.find("Uang") != std::string::npos);
}

TEST_CASE("a follow-up stays with the last answer over a passage that introduces another list",
          "[bot][followup]") {
  testing::ArticleBot article("followup-over-passage-list", "malaria.md", R"(---
title: Malaria
subject: Malaria
---

# Malaria

Malaria adalah penyakit yang ditularkan nyamuk Anopheles.

## Pengobatan Malaria

Malaria diobati dengan obat antimalaria yang diminum setiap hari, dalam dua tahap:

- **Tahap awal** selama 3 hari, dengan tiga obat: artemisinin, piperakuin, dan primakuin.
- **Tahap lanjutan** selama 14 hari, dengan obat primakuin.

### Manfaat Menuntaskan Pengobatan

Minum obat sampai tuntas memberikan banyak manfaat, antara lain:

- pasien dapat sembuh total;
- mencegah parasit menjadi kebal obat.
)");
  REQUIRE(article.bot->ask("n", "Bagaimana pengobatan malaria?").found);
  // "obatnya" points back at the treatment just given, which names the
  // drugs; a passage elsewhere that says "obat" and introduces a list of
  // benefits is no list asked for.
  Answer drugs = article.bot->ask("n", "obatnya apa aja?");
  INFO(drugs.text);
  CHECK(drugs.text.find("artemisinin") != std::string::npos);
  CHECK(drugs.text.find("sembuh total") == std::string::npos);
}

TEST_CASE("'kalau yang X?' replaces the word the article writes beside the same neighbour",
          "[bot][followup]") {
  testing::ArticleBot article("reframe-by-pair", "tifus.md", R"(---
title: Tifus
subject: Tifus
---

# Tifus

Tifus adalah infeksi bakteri Salmonella typhi.

## Pengobatan Tifus

Untuk tifus ringan obat, pengobatan berlangsung sekitar 7 hari di rumah.

Adapun tifus berat obat membutuhkan perawatan yang lebih panjang, yaitu sekitar 14 hari di rumah sakit.
)");
  REQUIRE(article.bot->ask("t", "Berapa lama pengobatan tifus ringan obat?").found);
  // "berat" stands where "ringan" stood: the article writes both before
  // "obat".
  Answer a = article.bot->ask("t", "kalau yang berat?");
  INFO(a.text);
  CHECK(a.text.find("14 hari") != std::string::npos);
}

TEST_CASE("a short follow-up looks in the last answer's own sentences first", "[bot][followup]") {
  testing::ArticleBot article("followup-own-sentence", "tsunami.md", R"(---
title: Tsunami
subject: Tsunami
---

# Tsunami

Tsunami adalah gelombang laut besar yang dipicu gempa atau letusan di dasar laut.

## Tsunami Terbesar

Sejarah mencatat besarnya dampak tsunami. Tsunami Aceh 2004 menewaskan sekitar 170.000 jiwa di Indonesia. Tsunami Palu terjadi pada 28 September 2018 setelah gempa bermagnitudo 7,4 dan menewaskan lebih dari 4.300 orang.
)");
  REQUIRE(article.bot->ask("p", "Kapan tsunami Palu terjadi?").found);
  // The toll asked is Palu's, in the sentence just given, not the figure of
  // the sentence before it in the paragraph.
  Answer toll = article.bot->ask("p", "korbannya berapa?");
  INFO(toll.text);
  CHECK(toll.text.find("4.300") != std::string::npos);
  CHECK(toll.text.find("170.000") == std::string::npos);
}

TEST_CASE("'kalau X?' swaps a kind for another kind of the same list", "[bot][followup]") {
  testing::ArticleBot article("reframe-by-kind", "teh.md", R"(---
title: Teh Indonesia
subject: Teh Indonesia
---

# Teh Indonesia

Teh Indonesia adalah minuman dari pucuk daun tanaman teh yang ditanam di dataran tinggi.

## Jenis Tanaman Teh

1. **Assamica** (*varietas India*), yaitu teh yang tumbuh baik di ketinggian 800–1.500 mdpl dengan daun lebar.
2. **Sinensis** (*varietas Cina*), yaitu teh berdaun kecil yang cocok di lahan lebih sejuk, sekitar 1.500–2.000 mdpl.
)");
  REQUIRE(article.bot->ask("t", "Teh assamica tumbuh di ketinggian berapa?").found);
  // "sinensis" is the other kind the list names: it stands where
  // "assamica" stood, and its own item answers, though the other item
  // shares more of the question's words.
  Answer other = article.bot->ask("t", "kalau sinensis?");
  INFO(other.text);
  CHECK(other.text.find("1.500–2.000") != std::string::npos);
  CHECK(other.text.find("800–1.500") == std::string::npos);
}

TEST_CASE("'yang X gimana?' after a list picks the one item whose name has X", "[bot][followup]") {
  testing::ArticleBot article("pick-by-name", "siklus.md", R"(---
title: Siklus Air
subject: Siklus Air
---

# Siklus Air

Siklus air adalah perputaran air dari bumi ke atmosfer dan kembali lagi.

## Jenis Siklus Air Berdasarkan Panjang Jalurnya

Berdasarkan panjang jalur yang ditempuh, siklus air dibedakan menjadi tiga jenis.

### 1. Siklus Pendek

Pada siklus pendek, air laut menguap dan turun lagi sebagai hujan di atas laut.

### 2. Siklus Sedang

Pada siklus sedang, awan terbawa angin dan hujan turun di daratan.

### 3. Siklus Panjang

Pada siklus panjang, awan terbawa angin ke pegunungan. Uap air berubah menjadi salju. Salju menumpuk membentuk gletser.
)");
  REQUIRE(article.bot->ask("p", "Sebutkan jenis siklus air berdasarkan panjang jalurnya").found);
  // "panjang" is also in the heading and its opening ("panjang jalur"),
  // but among the items only one is named by it; its part says what it is
  // over more than one sentence.
  Answer a = article.bot->ask("p", "yang panjang gimana?");
  INFO(a.text);
  CHECK(a.text.find("awan terbawa angin ke pegunungan") != std::string::npos);
  CHECK(a.text.find("membentuk gletser") != std::string::npos);
  CHECK(a.text.find("tiga jenis") == std::string::npos);
}

TEST_CASE("'solusinya?' after the challenges asks how they are overcome", "[bot][followup]") {
  testing::ArticleBot article("followup-solutions", "sepeda.md", R"(---
title: Sepeda Kota
subject: Sepeda Kota
---

# Sepeda Kota

Sepeda kota adalah sepeda yang dipakai untuk perjalanan sehari-hari di dalam kota.

## Tantangan Bersepeda di Kota

Bersepeda di kota menghadapi sejumlah tantangan:

- Jalur sepeda yang terputus-putus.
- Udara panas pada siang hari.

Untuk mengatasi masalah jalur, pemerintah kota membangun jalur sepeda terlindung sepanjang 60 km.

## Manfaat Sepeda Kota

- Tubuh lebih bugar.
- Udara lebih bersih.
)");
  Answer first = article.bot->ask("s", "Apa tantangan bersepeda di kota?");
  INFO(first.text);
  CHECK(first.text.find("terputus-putus") != std::string::npos);
  Answer next = article.bot->ask("s", "terus solusinya apa?");
  INFO(next.text);
  CHECK(next.found);
  CHECK(next.text.find("jalur sepeda terlindung") != std::string::npos);
}

TEST_CASE("kinds of a kind under a heading with a basis, then one of them with its own list",
          "[bot][followup]") {
  testing::ArticleBot bot("kinds-basis", "iuran.md", R"(---
title: Iuran
source: contoh.id
language: id
category: Sosial
subject: Iuran
---

# Iuran

Iuran adalah uang yang dikumpulkan warga untuk keperluan bersama.

## Jenis Iuran

Secara umum, iuran dibagi menjadi dua macam:

1. **Iuran wajib**, yaitu iuran yang dibayar setiap keluarga setiap bulan.
2. **Iuran sukarela**, yaitu iuran yang besarnya bebas dan dibayar kapan saja.

## Jenis Iuran Wajib Berdasarkan Tujuan Pemakaiannya

Iuran wajib masih terbagi lagi menurut tujuan pemakaiannya:

- **Iuran kebersihan**: dipakai untuk membayar petugas sampah.
- **Iuran keamanan**: dipakai untuk membayar petugas ronda malam.
  - Besarnya Rp20.000 per bulan
  - Dibayar setiap awal bulan
- **Iuran sosial**: dipakai untuk menjenguk warga yang sakit.
)");
  // The heading's basis ("Berdasarkan Tujuan Pemakaiannya") is how the kinds
  // asked are told apart, nothing beyond the question.
  Answer kinds = bot.bot->ask("k", "Apa saja jenis iuran wajib?");
  INFO(kinds.text);
  CHECK(kinds.text.find("Iuran kebersihan") != std::string::npos);
  // One of them, then, with the list under it.
  Answer one = bot.bot->ask("k", "yang keamanan gimana?");
  INFO(one.text);
  CHECK(one.text.find("Rp20.000") != std::string::npos);
}

TEST_CASE("'kalau X?' after what was asked of another named thing asks it of X",
          "[bot][followup]") {
  testing::ArticleBot article("followup-entity-swap", "lembaga.md", R"(---
title: Lembaga Desa
subject: Lembaga Desa
---

# Lembaga Desa

Lembaga desa adalah badan yang menjalankan pemerintahan desa, misalnya BPD dan LPM.

## Lembaga Utama

### Badan Permusyawaratan Desa (BPD)

BPD beranggotakan wakil warga. Wewenang BPD meliputi:

- Membahas peraturan desa bersama kepala desa.
- Mengawasi kinerja kepala desa.

### Lembaga Pemberdayaan Masyarakat (LPM)

Lembaga Pemberdayaan Masyarakat adalah mitra kepala desa dalam pembangunan. LPM menyusun rencana
pembangunan secara partisipatif dan menggerakkan swadaya gotong royong warga.

## Perbedaan BPD dan LPM

Singkatnya, LPM adalah penggerak pembangunan, sedangkan BPD adalah wakil warga di pemerintahan desa.
)");
  article.bot->ask("s", "Apa saja wewenang Badan Permusyawaratan Desa?");
  // "wewenang" is no topic: only the last question says it was asked.
  Answer a = article.bot->ask("s", "kalau LPM?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("swadaya gotong royong") != std::string::npos);
}

TEST_CASE("a definition asked of nothing named defines what the conversation is about",
          "[bot][followup]") {
  testing::ArticleBot article("defines-context", "kebun.md", R"(---
title: Kebun Sekolah
subject: Kebun Sekolah
---

# Kebun Sekolah

Kebun sekolah adalah lahan di sekolah tempat murid menanam sayur dan tanaman obat.

## Manfaat Kebun Sekolah

- Mengajarkan murid merawat tanaman sejak benih.
- Menyediakan sayur segar untuk kantin sekolah.
)");
  Bot& bot = *article.bot;
  // Right after the benefits, "its definition" is the subject's, not the
  // benefits again.
  CHECK(bot.ask("a", "Apa manfaatnya?").text.find("sayur segar") != std::string::npos);
  Answer def = bot.ask("a", "pengertiannya apa?");
  INFO(def.text);
  CHECK(def.text.find("lahan di sekolah") != std::string::npos);
  CHECK(def.text.find("sayur segar") == std::string::npos);
  // First thing asked: the subject.
  CHECK(bot.ask("b", "artinya apa?").text.find("lahan di sekolah") != std::string::npos);
}

TEST_CASE("a bare question word asks the last question again by it", "[followup]") {
  // A blind test article as written, where IDA is named in several places.
  const std::string text = testing::read_source("tests/qa/holdout58/polusi-cahaya.md");
  REQUIRE(!text.empty());
  testing::ArticleBot article("followup-question-word", "cahaya.md", text);
  auto& bot = *article.bot;
  bot.ask("q", "Kapan IDA didirikan?");
  // "di mana?" asks where IDA was founded, not where it is mentioned.
  Answer where = bot.ask("q", "di mana?");
  INFO(where.text);
  CHECK(where.text.find("Tucson") != std::string::npos);
}

TEST_CASE("a name alone after a question asks that question of it", "[followup]") {
  // A blind test article as written: "NPWP badan" is also a thing of its
  // own, with a list of documents.
  const std::string text = testing::read_source("tests/qa/holdout57/npwp.md");
  REQUIRE(!text.empty());
  testing::ArticleBot article("followup-bare-name", "npwp.md", text);
  auto& bot = *article.bot;
  bot.ask("n", "Berapa batas lapor SPT tahunan orang pribadi?");
  // "badan?" is "kalau badan?": the deadline for a company.
  Answer company = bot.ask("n", "badan?");
  INFO(company.text);
  CHECK(company.text.find("30 April") != std::string::npos);
}

TEST_CASE("a topic's word in a relative clause beside the last answer does not answer it",
          "[bot][followup]") {
  testing::ArticleBot article("relative-cue", "asuransi.md", R"(---
title: Asuransi Jiwa
source: contoh.id
language: id
category: Keuangan
subject: Asuransi Jiwa
---

# Asuransi Jiwa

Asuransi jiwa adalah perlindungan finansial bagi keluarga bila tertanggung meninggal.

## Jenis Asuransi Jiwa

- **Unit link**: premi dipecah dua, sebagian untuk asuransi dan sebagian diinvestasikan. Pemegang polis bisa memilih dana investasi, antara lain:
  - Dana pasar uang, yang risikonya paling rendah;
  - Dana saham, untuk jangka panjang.
- **Asuransi jiwa berjangka**: perlindungan selama jangka waktu tertentu.

## Risiko Asuransi Jiwa

- **Klaim ditolak** karena data tidak jujur.
- **Nilai investasi turun** pada unit link saat pasar lesu.
)");
  Answer a = article.bot->ask("u", "Apa itu unit link?");
  INFO(a.text);
  REQUIRE(a.text.find("premi dipecah dua") != std::string::npos);
  // "yang risikonya paling rendah" says how risky one fund is, not what
  // the risks of unit link are.
  Answer b = article.bot->ask("u", "risikonya?");
  INFO(b.text);
  CHECK(b.text.find("Nilai investasi turun") != std::string::npos);
}

TEST_CASE("'kalau X-nya?' asks the last question again of the item X", "[bot][followup]") {
  // A written article: "pupa" and "larva" are items of one list of stages;
  // "pupanya" names the pupa with a clitic.
  const std::string text = testing::read_source("tests/qa/holdout66/metamorfosis.md");
  testing::ArticleBot article("again-clitic", "metamorfosis.md", text);
  Answer first = article.bot->ask("s", "Berapa lama tahap larva kupu-kupu?");
  INFO(first.text);
  CHECK(first.text.find("2\xE2\x80\x93"
                        "4 minggu") != std::string::npos);
  Answer again = article.bot->ask("s", "kalau pupanya?");
  INFO(again.text);
  CHECK(again.text.find("10\xE2\x80\x93"
                        "14 hari") != std::string::npos);
}

TEST_CASE("a number asked after an item that opens a list is the item's own figure",
          "[bot][followup]") {
  testing::ArticleBot article("followup-lead-figure", "cacar.md", R"(---
title: Cacar
subject: Cacar
---

# Cacar

Cacar adalah penyakit menular yang ditandai ruam berisi cairan.

## Tahapan Cacar

1. **Masa inkubasi**, yaitu masa sejak virus masuk sampai gejala muncul, sekitar 10-21 hari.
2. **Stadium awal (prodromal)**, berlangsung 1-2 hari dengan gejala:
   - demam yang bisa mencapai 39°C;
   - lemas dan nyeri kepala.
3. **Stadium ruam**, yaitu saat bintil berisi cairan muncul di seluruh tubuh.
)");
  auto& bot = *article.bot;
  REQUIRE(bot.ask("p1", "Apa itu stadium awal pada cacar?").found);
  Answer length = bot.ask("p1", "berapa lama?");
  INFO(length.text);
  CHECK(has(length, "1-2 hari"));
}

TEST_CASE("'dia' after a 'siapa' question is the person the answer named", "[bot][followup]") {
  // A blind test article, as it was written.
  const std::string text = testing::read_source("tests/qa/holdout126/kesultanan-tidore.md");
  REQUIRE(!text.empty());
  testing::ArticleBot article("followup-person", "tidore.md", text);
  auto& bot = *article.bot;
  // "... pada masa Sultan Nuku ...": "dia" is Sultan Nuku.
  REQUIRE(bot.ask("p1", "Siapa pemimpin yang membawa Tidore ke puncak kejayaan?").found);
  Answer died = bot.ask("p1", "kapan dia wafat?");
  INFO(died.text);
  CHECK(has(died, "14 November 1805"));
  // A question that names the person asks who that is: "dia" is still the
  // one it named, not another name its answer gives.
  REQUIRE(bot.ask("p2", "Siapa Sultan Nuku?").found);
  Answer same = bot.ask("p2", "kapan dia wafat?");
  INFO(same.text);
  CHECK(has(same, "14 November 1805"));
}
