// Questions after one fact ("kapan", "berapa") are answered by the passage
// that states it (bot/answerer.cc passage_answer), on an article the bot
// data knows nothing about.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

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

TEST_CASE("'kapan' finds the dated sentence however far down its words rank it", "[bot][passage]") {
  // A blind test article, as it was written: the subject's words are in
  // nearly every chunk, and "terjadi" alone ranks the chronology's short
  // chunks first; the definition, a long one, is what dates it.
  const std::string text = testing::read_source("tests/qa/holdout132/puputan-margarana.md");
  REQUIRE(!text.empty());
  testing::ArticleBot article("when-every-chunk", "puputan.md", text);
  Answer a = article.bot->ask("k", "Kapan Puputan Margarana terjadi?");
  INFO(a.text);
  CHECK(a.text.find("20 November 1946") != std::string::npos);
}

TEST_CASE("the end of a range is an upper limit, as 'paling banyak' is", "[bot][passage]") {
  testing::ArticleBot article("range-end-limit", "pinjaman.md", R"(---
title: Pinjaman Usaha
subject: Pinjaman Usaha
---

# Pinjaman Usaha

Pinjaman usaha adalah kredit modal bagi pelaku usaha kecil.

## Jenis Pinjaman Usaha

- **Pinjaman Mikro**, yaitu pinjaman dengan plafon di atas Rp10 juta sampai Rp100 juta.
- **Pinjaman Kecil**, yaitu pinjaman dengan plafon di atas Rp100 juta sampai Rp500 juta.

## Jangka Waktu

Jangka waktunya paling lama 3 tahun untuk Pinjaman Mikro dan 4 tahun untuk Pinjaman Kecil.
)");
  // "sampai Rp500 juta" sets the most that is lent, as "paling lama"
  // sets the longest term.
  Answer a = article.bot->ask("p", "Plafon maksimal Pinjaman Kecil berapa?");
  INFO(a.text);
  CHECK(a.text.find("Rp500 juta") != std::string::npos);
}

TEST_CASE("'kapan' is answered by a sentence whose colon leads to the times", "[bot][passage]") {
  testing::ArticleBot article("when-colon", "vaksin.md", R"(---
title: Vaksin Kucing
source: contoh.id
language: id
category: Kesehatan Hewan
subject: Vaksin Kucing
---

# Vaksin Kucing

Vaksin kucing melindungi hewan peliharaan dari penyakit menular.

## Manfaat

Vaksin F3 mencegah flu kucing. Kucing yang divaksin jarang dirawat di klinik.

### Jadwal Vaksin

Menurut dokter hewan, F3 diberikan sebanyak 3 dosis: 1 dosis pada minggu ke-8, lalu 1 dosis pada minggu ke-12 dan 1 dosis pada minggu ke-16.
)");
  // The sentence that names F3 places no time; the one after its colon
  // does, and says nothing else.
  Answer a = article.bot->ask("j", "jadwal F3 kapan aja?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("minggu ke-8") != std::string::npos);
}

TEST_CASE("'berapa' counting a thing is answered by a figure of it beyond the best chunks",
          "[bot][passage]") {
  // "otot" is in most sentences, so the search ranks chunks by "tubuh
  // manusia", and the one that counts the muscles is not among the first.
  testing::ArticleBot article("count-noun", "gerak.md", R"(---
title: Sistem Gerak
subject: Sistem Gerak
---

# Sistem Gerak

Sistem gerak adalah kerja sama tulang, sendi, dan otot yang membuat tubuh manusia bergerak.

## Rangka Tubuh Manusia

Rangka tubuh manusia menopang tubuh dan otot. Tubuh orang dewasa memiliki 206 tulang.

## Fungsi Rangka bagi Tubuh

Rangka melindungi organ tubuh manusia yang lunak, seperti otak dan jantung di dalam tubuh. Otot menempel pada rangka.

## Tulang Tengkorak

Tengkorak melindungi otak manusia. Tulang tengkorak bayi belum menyatu di tubuh.

## Sendi

Sendi menghubungkan tulang di tubuh manusia dan digerakkan otot. Sendi lutut adalah sendi terbesar di tubuh.

## Tulang Belakang

Tulang belakang manusia dan otot punggung menopang tubuh bagian atas dan melindungi sumsum tulang belakang di tubuh.

## Otot

Otot adalah jaringan yang dapat berkontraksi. Otot rangka melekat pada tulang dan bekerja di bawah kesadaran, sedangkan otot polos melapisi dinding organ dalam dan bekerja tanpa disadari. Energi untuk kontraksi diperoleh dari ATP. Manusia memiliki lebih dari 600 otot, dan sebagian besar adalah otot rangka yang bekerja berpasangan.
)");
  Answer a = article.bot->ask("c", "Ada berapa otot di tubuh manusia?");
  INFO(a.text);
  CHECK(a.text.find("600 otot") != std::string::npos);
  CHECK(a.text.find("206 tulang") == std::string::npos);
}

TEST_CASE("a figure asked in named units is given only by a figure in them", "[bot][passage]") {
  const char* kArticle = R"(---
title: Kerajaan Kecil
source: contoh.id
language: id
category: Sejarah
subject: Kerajaan Kecil
---

# Kerajaan Kecil

Kerajaan Kecil adalah kerajaan pesisir di Jawa bagian barat.

## Raja-Raja

Suryadi (535–561 M), raja yang membuka hubungan lebih luas ke wilayah timur.
)";
  testing::ArticleBot article("figure-units", "kecil.md", kArticle);
  // Years are numbers, and "luas" and "wilayah" are there; no area is.
  Answer a = article.bot->ask("u1", "Berapa luas wilayah Kerajaan Kecil dalam kilometer persegi?");
  INFO(a.text);
  CHECK_FALSE(a.found);
  testing::ArticleBot stated(
      "figure-units-stated", "kecil.md",
      std::string(kArticle) + "\nWilayah Kerajaan Kecil diperkirakan seluas 3.500 km persegi.\n");
  Answer b = stated.bot->ask("u2", "Berapa luas wilayah Kerajaan Kecil dalam kilometer persegi?");
  INFO(b.text);
  CHECK(b.found);
  CHECK(b.text.find("3.500 km") != std::string::npos);
}

TEST_CASE("a sentence that says 'pada hari itu' is given with the one that names the day",
          "[bot][passage]") {
  testing::ArticleBot article("time-back", "siak.md", R"(---
title: Kesultanan Siak
subject: Kesultanan Siak
---

# Kesultanan Siak

Kesultanan Siak adalah kerajaan Melayu di Riau.

## Bergabung dengan Republik

Titik balik terjadi pada 17 November 1945. Pada hari itu, Sultan Syarif Kasim II menyerahkan mahkota kerajaan kepada pemerintah Republik. Ia juga menyumbangkan harta kerajaan untuk perjuangan.
)");
  Answer a = article.bot->ask("t", "Tanggal berapa Sultan Syarif Kasim II menyerahkan mahkota?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("17 November 1945") != std::string::npos);
}

TEST_CASE("an ordinal the article writes with '-nya' beside the noun names one thing",
          "[bot][passage]") {
  testing::ArticleBot article("ordinal-nya", "bone.md", R"(---
title: Kerajaan Bone
subject: Kerajaan Bone
---

# Kerajaan Bone

Kerajaan Bone adalah kerajaan Bugis di Sulawesi Selatan.

## Raja-Raja Terkenal

- Manurunge ri Matajang: raja pertama Bone.
- La Tenritatta Arung Palakka: raja Bone yang bersekutu dengan VOC.
- La Mappanyukki: raja Bone yang mendukung kemerdekaan.

## Akhir Kerajaan

Sesudah kemerdekaan, Bone menjadi bagian Republik. Raja terakhirnya, Andi Mappanyukki Putra, menjadi bupati pertama ketika Bone berubah menjadi kabupaten.
)");
  Answer a = article.bot->ask("o", "Siapa raja terakhir Bone?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Andi Mappanyukki Putra") != std::string::npos);
}

TEST_CASE("a number question may name a unit the article writes another way", "[bot][passage]") {
  testing::ArticleBot article("unit-asked", "pohon.md", R"(---
title: Menanam Pohon
subject: Menanam Pohon
---

# Menanam Pohon

Menanam pohon membuat kota lebih sejuk.

## Manfaat

Satu pohon trembesi dapat menyerap sekitar 28 kg karbon dioksida per tahun. Akarnya menahan air hujan.
)");
  // "kilo" and the article's "kg" tell one measure: the unit the reader
  // says does not make the question one about something else.
  Answer a = article.bot->ask("u", "Satu pohon trembesi menyerap berapa kilo karbon dioksida?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("28 kg") != std::string::npos);
}

TEST_CASE("an item is about what the lead of its list names", "[bot][passage]") {
  testing::ArticleBot article("lead-entity", "lemak.md", R"(---
title: Lemak Darah
source: contoh.id
language: id
category: Kesehatan
subject: Lemak Darah
---

# Lemak Darah

Kadar trigliserida (Tg) diukur di laboratorium. Tg yang tinggi berbahaya bagi jantung.

## Batas Normal

Seseorang dinyatakan sehat jika kadar trigliseridanya:

- kurang dari 150 mg/dL pada orang dewasa;
- kurang dari 90 mg/dL pada anak sekolah.

## Pemeriksaan

Pemeriksaan Tg dilakukan pagi hari setelah puasa 10 jam.
)");
  Answer a = article.bot->ask("g", "Berapa batas Tg untuk orang dewasa?");
  INFO(a.text);
  CHECK(a.text.find("150 mg/dL") != std::string::npos);
}

TEST_CASE("a how question answered in a paragraph that announces steps gets the steps",
          "[bot][passage][steps]") {
  testing::ArticleBot article("announced-steps", "sim.md", R"(---
title: Surat Izin Mengemudi
source: contoh.id
language: id
category: Umum
subject: Surat Izin Mengemudi
---

# Surat Izin Mengemudi

Pengendara wajib membawa surat izin mengemudi.

## Cara Memperpanjang Lewat Aplikasi

Agar tetap sah, pemilik surat izin perlu memperpanjangnya sebelum habis. Kini perpanjangan bisa lewat aplikasi. Berikut langkah-langkahnya:

1. Unduh aplikasi dan buat akun.
2. Unggah foto diri dan tanda tangan.
3. Bayar biaya lewat bank.
)");
  Answer a =
      article.bot->ask("p", "Bagaimana cara memperpanjang surat izin mengemudi supaya tetap sah?");
  INFO(a.text);
  CHECK(a.text.find("Unggah foto diri") != std::string::npos);
}

TEST_CASE("a next sentence that points back at the passage goes on saying it", "[bot][passage]") {
  testing::ArticleBot article("points-back", "obat.md", R"(---
title: Obat Cacing
source: contoh.id
language: id
category: Kesehatan
subject: Obat Cacing
---

# Obat Cacing

Obat cacing diminum dua kali setahun.

## Efek Obat

Obat cacing kadang menimbulkan perut mulas. Keluhan ini wajar dan hilang dalam sehari.
)");
  Answer a = article.bot->ask("m", "Apakah perut mulas setelah minum obat cacing berbahaya?");
  INFO(a.text);
  CHECK(a.text.find("wajar") != std::string::npos);
}

TEST_CASE(
    "a sentence about the article itself answers nothing; the article's own question "
    "leads to its answer",
    "[bot][passage]") {
  testing::ArticleBot article("guides", "batik.md", R"(---
title: Batik Tulis
subject: Batik Tulis
---

# Batik Tulis

Batik tulis dikenal di seluruh dunia. Lalu, apa sebenarnya batik tulis, apa saja warnanya, dan bagaimana cara membuatnya? Simak penjelasannya di artikel ini.

## Membuat Batik

Kain dilukis dengan lilin panas memakai canting. Warna batik tulis yang terkenal antara lain cokelat soga dan biru indigo.

Lantas, kenapa batik tulis mahal? Setiap lembar dikerjakan dengan tangan selama berminggu-minggu.
)");
  Answer colours = article.bot->ask("c", "Apa saja warna batik tulis?");
  INFO(colours.text);
  CHECK(colours.text.find("biru indigo") != std::string::npos);
  Answer why = article.bot->ask("w", "Kenapa batik tulis mahal?");
  INFO(why.text);
  CHECK(why.text.find("dengan tangan") != std::string::npos);
}

TEST_CASE("'berapa lama' is answered by a number of time units", "[bot][passage][number]") {
  testing::ArticleBot article("duration", "tempe.md", R"(---
title: Tempe
subject: Tempe
---

# Tempe

Tempe adalah makanan dari kedelai yang difermentasi dengan ragi.

## Harga dan Fermentasi

Tempe dijual sekitar 5 ribu rupiah per potong di pasar. Tempe matang setelah difermentasi selama 2 hari.
)");
  Answer a = article.bot->ask("d", "berapa lama tempe jadi?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("2 hari") != std::string::npos);
}

TEST_CASE("a number question looks past the chunks that only repeat the subject",
          "[bot][passage][number]") {
  std::string text = R"(---
title: Tempe
subject: Tempe
---

# Tempe

Tempe adalah makanan dari kedelai yang difermentasi dengan ragi.

## Cerita Tempe

)";
  // Short paragraphs full of the subject outrank, by bm25, the long list
  // that states the number.
  for (const char* line : {"Tempe enak.", "Tempe murah.", "Tempe bergizi.", "Tempe disukai.",
                           "Tempe dijual.", "Tempe digoreng.", "Tempe dibakar.", "Tempe dikukus."})
    text += std::string(line) + " Tempe tempe tempe.\n\n";
  text += R"(## Cara Membuat

1. Rebus kedelai sampai lunak lalu kupas kulit arinya dengan tangan.
2. Tiriskan kedelai, dinginkan, lalu taburi ragi secara merata ke seluruh biji.
3. Bungkus dengan daun pisang atau plastik berlubang agar udara tetap masuk.
4. Simpan di tempat hangat, dan tempe matang setelah 2 hari.
)";
  testing::ArticleBot article("number-wide", "tempe.md", text);
  Answer a = article.bot->ask("n", "berapa lama tempe jadi?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("2 hari") != std::string::npos);
}

TEST_CASE("a sentence that opens with a noun pointed at is said with the sentence it points to",
          "[bot][passage]") {
  testing::ArticleBot article("pointed-noun", "pers.md", R"(---
title: Pers Nasional
subject: Pers Nasional
---

# Pers Nasional

Setiap tanggal 9 Februari, para wartawan di seluruh Indonesia berkumpul untuk merayakan kebebasan pers. Tanggal itu diperingati sebagai Hari Pers Nasional.

## Pengertian

Pers nasional adalah lembaga yang menjalankan kegiatan jurnalistik di Indonesia.

## Kebebasan

Wartawan boleh mencari dan menyiarkan berita tanpa izin pemerintah. Karena itulah pers sering disebut pilar keempat demokrasi.

Pers juga wajib akurat, berimbang, dan menghormati privasi. Ironisnya, aturan-aturan inilah yang paling sering dilanggar media daring.
)");
  Answer a = article.bot->ask("p", "Hari Pers Nasional diperingati tanggal berapa?");
  INFO(a.text);
  CHECK(a.text.find("9 Februari") != std::string::npos);
  // "Karena itulah ...", "... inilah ...": the reason and the rules are in
  // the sentence before.
  Answer why = article.bot->ask("w", "Kenapa pers disebut pilar keempat demokrasi?");
  INFO(why.text);
  CHECK(why.text.find("tanpa izin pemerintah") != std::string::npos);
  Answer rules =
      article.bot->ask("r", "Aturan pers apa yang paling sering dilanggar media daring?");
  INFO(rules.text);
  CHECK(rules.text.find("berimbang") != std::string::npos);
}

TEST_CASE("a superlative question is not answered by a passage that ranks nothing",
          "[bot][passage][superlative]") {
  testing::ArticleBot article("superlative", "danau.md", R"(---
title: Danau di Indonesia
subject: Danau
---

# Danau di Indonesia

Danau adalah cekungan di daratan yang terisi air.

## Danau Vulkanik

Danau vulkanik terbentuk dari kawah gunung api yang terisi air hujan, misalnya Danau Kelimutu di Flores.

## Danau Tektonik

Danau tektonik terbentuk karena patahan kerak bumi. Danau Toba di Sumatra Utara adalah danau tektonik terbesar di Asia Tenggara.
)");
  // The article ranks tectonic lakes by size, and volcanic lakes by nothing.
  Answer big = article.bot->ask("b", "Danau tektonik yang paling besar apa?");
  INFO(big.text);
  CHECK(big.text.find("Danau Toba") != std::string::npos);
  // A passage that names the thing but ranks nothing is weaker evidence.
  Answer plain = article.bot->ask("p", "Kawah gunung api di Flores apa?");
  Answer high = article.bot->ask("h", "Kawah gunung api yang paling tinggi di Flores apa?");
  INFO(plain.text << " / " << high.text);
  CHECK(plain.intent == "passage");
  CHECK(high.confidence < 0.75 * plain.confidence);
}

TEST_CASE("a fact asked as it stands now needs a passage that says now",
          "[bot][passage][present]") {
  testing::ArticleBot article("present", "wisata.md", R"(---
title: Desa Wisata
subject: Desa Wisata
---

# Desa Wisata

Desa wisata adalah desa yang mengelola potensi alam dan budayanya untuk pariwisata.

## Pembinaan

Pembinaan desa wisata dilakukan oleh Kementerian Pariwisata bersama pemerintah daerah. Kementerian Pariwisata juga menerbitkan panduan pengelolaan desa wisata setiap tahun.

## Jumlah

Tiket masuk desa wisata biasanya Rp10.000 per orang. Saat ini tercatat lebih dari 6.000 desa wisata di seluruh Indonesia. Jumlah pengunjungnya pada 2023 mencapai 12 juta orang.
)");
  // "biasanya Rp10.000" is no figure for this month.
  CHECK_FALSE(article.bot->ask("t", "Berapa tiket masuk desa wisata bulan ini?").found);
  Answer count = article.bot->ask("c", "Ada berapa desa wisata saat ini?");
  INFO(count.text);
  CHECK(count.text.find("6.000") != std::string::npos);
  // The latest dated figure is the article's "now".
  Answer visitors = article.bot->ask("v", "Berapa jumlah pengunjung desa wisata sekarang?");
  INFO(visitors.text);
  CHECK(visitors.text.find("12 juta") != std::string::npos);
  // Who does a thing is said as it stands, with or without a "now".
  Answer who = article.bot->ask("w", "Siapa yang membina desa wisata saat ini?");
  INFO(who.text);
  CHECK(who.text.find("Kementerian Pariwisata") != std::string::npos);
}

TEST_CASE("'Kekurangannya, ...' tells the topic of what the sentence before names",
          "[bot][passage]") {
  testing::ArticleBot bot("topic-nya-opener", "sekolah.md", R"(---
title: Sekolah Daring
subject: Pembelajaran Daring
---

# Pembelajaran Daring

Pembelajaran daring adalah kegiatan belajar lewat internet.

## Sekolah Sepanjang Hari

Banyak kota mencoba sistem sekolah sepanjang hari sejak 2017 untuk mengurangi tawuran. Kelebihannya, orang tua yang bekerja merasa lebih tenang. Kekurangannya, murid mudah lelah dan waktu bermain berkurang.

Sistem sekolah sepanjang hari juga dipakai di beberapa desa.
)");
  Answer minus = bot.bot->ask("k", "Apa kekurangan sistem sekolah sepanjang hari?");
  INFO(minus.text);
  CHECK(minus.found);
  CHECK(minus.text.find("mudah lelah") != std::string::npos);
  // Said with the sentence that names whose shortcoming it is.
  CHECK(minus.text.find("sejak 2017") != std::string::npos);
  Answer plus = bot.bot->ask("l", "Apa kelebihan sistem sekolah sepanjang hari?");
  INFO(plus.text);
  CHECK(plus.text.find("lebih tenang") != std::string::npos);
}

TEST_CASE("'Apa saja X?' where the lead names X gets the whole list, not one item",
          "[bot][passage]") {
  testing::ArticleBot bot("whole-list", "teh.md", R"(---
title: Teh
subject: Teh
---

# Teh

Teh adalah minuman dari daun tanaman teh.

## Dari Kebun ke Cangkir

Daun teh dipetik pagi hari. Ada empat tahap pengolahan daun yang umum:

- Pelayuan: daun teh dibiarkan layu agar kadar airnya turun.
- Penggulungan: daun digulung sampai sel-selnya pecah.
- Oksidasi: daun dibiarkan bereaksi dengan udara sampai warnanya gelap.
- Pengeringan: daun dipanaskan sampai kering dan awet.
)");
  Answer all = bot.bot->ask("a", "Tahap pengolahan daun teh apa saja?");
  INFO(all.text);
  CHECK(all.text.find("Pelayuan") != std::string::npos);
  CHECK(all.text.find("Pengeringan") != std::string::npos);
  // A word only one item has asks about that item.
  Answer one = bot.bot->ask("b", "Tahap yang membuat warna daun gelap apa saja?");
  INFO(one.text);
  CHECK(one.text.find("Oksidasi") != std::string::npos);
  CHECK(one.text.find("Penggulungan") == std::string::npos);
}

TEST_CASE("the subject's own acronym names the subject, not a thing inside it", "[bot][passage]") {
  testing::ArticleBot bot("subject-acronym", "isk.md", R"(---
title: Infeksi Saluran Kemih
subject: Infeksi Saluran Kemih
---

# Infeksi Saluran Kemih (ISK)

Infeksi Saluran Kemih (ISK) adalah infeksi pada ginjal, kandung kemih, atau saluran kencing.

## Pengobatan

Dokter memberi antibiotik sesuai jenis bakteri. Penderita tidak boleh minum minuman bersoda karena bisa memperparah iritasi kandung kemih.

## Pencegahan

Minum air putih yang cukup membantu membilas bakteri. ISK lebih sering dialami perempuan.
)");
  // The sentence that answers does not repeat "ISK": the whole article is
  // about it.
  Answer a = bot.bot->ask("s", "Kenapa penderita ISK tidak boleh minum minuman bersoda?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("memperparah iritasi") != std::string::npos);
  // What it stands for is still its expansion.
  CHECK(bot.bot->ask("t", "ISK singkatan dari apa?").text.find("Infeksi Saluran Kemih") !=
        std::string::npos);
}

TEST_CASE("the whole list also when the question names a word of the subject the lead lacks",
          "[bot][passage]") {
  testing::ArticleBot bot("whole-list-subject", "gondok.md", R"(---
title: Penyakit Gondok
subject: Penyakit Gondok
---

# Penyakit Gondok

Penyakit gondok adalah pembesaran kelenjar tiroid di leher. Yuk, kenali lebih jauh tahap, penyebab, dan cara mencegah gondok.

## Tiga Langkah

Ada tiga tahap pengobatan yang biasa dijalani:

- Tahap pertama gondok: dokter memeriksa kadar hormon tiroid.
- Tahap kedua gondok: pasien minum obat atau suplemen yodium.
- Tahap ketiga gondok: operasi bila benjolan menekan saluran napas.
)");
  // "gondok" is the subject's word, which frames every part; the teaser
  // sentence that names "tahap" answers nothing.
  Answer a = bot.bot->ask("g", "Tahap pengobatan gondok apa saja?");
  INFO(a.text);
  CHECK(a.text.find("kadar hormon") != std::string::npos);
  CHECK(a.text.find("suplemen yodium") != std::string::npos);
  CHECK(a.text.find("menekan saluran napas") != std::string::npos);
  CHECK(a.text.find("kenali lebih jauh") == std::string::npos);
}

TEST_CASE("a table row the question names by its number is said without the next row",
          "[bot][passage]") {
  testing::ArticleBot bot("row-number", "parkir.md", R"(---
title: Tarif Parkir
source: contoh.id
language: id
category: Layanan Publik
subject: Tarif Parkir
---

# Tarif Parkir

Tarif parkir di gedung kota dibedakan menurut zona.

## Tarif per Zona

Berdasarkan peraturan wali kota tahun 2024, rinciannya sebagai berikut:

| Zona | Tarif per jam |
|------|---------------|
| Zona 1 | Rp5.000 |
| Zona 2 | Rp3.000 |
)");
  Answer a = bot.bot->ask("z", "Berapa tarif zona 1 per jam?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Rp5.000") != std::string::npos);
  CHECK(a.text.find("Rp3.000") == std::string::npos);
  // A one-digit label is searched like any word: the second row.
  Answer c = bot.bot->ask("x", "Zona 2 tarifnya berapa?");
  INFO(c.text);
  CHECK(c.text.find("Rp3.000") != std::string::npos);
  CHECK(c.text.find("Rp5.000") == std::string::npos);
  // Asked as it stands now: the row is dated by its table's lead.
  Answer d = bot.bot->ask("w", "Berapa tarif zona 1 sekarang?");
  INFO(d.text);
  CHECK(d.found);
  CHECK(d.text.find("Rp5.000") != std::string::npos);
  // Asked without a number, the rows together still answer.
  Answer b = bot.bot->ask("y", "Berapa tarif per jam tiap zona?");
  INFO(b.text);
  CHECK(b.text.find("Rp5.000") != std::string::npos);
  CHECK(b.text.find("Rp3.000") != std::string::npos);
}

TEST_CASE("an ordinal after what a list counts asks for that item of it", "[bot][passage]") {
  testing::ArticleBot bot("ordinal-item", "sabun.md", R"(---
title: Membuat Sabun
source: contoh.id
language: id
category: Kerajinan
subject: Sabun Cair
---

# Sabun Cair

Sabun cair adalah sabun berbentuk cairan yang dibuat dari minyak dan basa kalium.

## Cara Membuat Sabun Cair

Agar hasilnya jernih, ikuti langkah-langkah berikut.

1. Timbang minyak kelapa dan larutan basa kalium.
2. Aduk campuran sampai mengental seperti pasta.
3. Encerkan pasta dengan air hangat, lalu diamkan semalam.

)");
  // "diamkan" matches the third step best; the question asks the first.
  Answer a = bot.bot->ask("a", "Langkah pertama membuat sabun cair yang didiamkan apa?");
  INFO(a.text);
  CHECK(a.text.find("Timbang minyak") != std::string::npos);
  CHECK(a.text.find("diamkan") == std::string::npos);
  Answer b = bot.bot->ask("b", "Langkah terakhir membuat sabun cair apa?");
  INFO(b.text);
  CHECK(b.text.find("Encerkan pasta") != std::string::npos);
  CHECK(b.text.find("Timbang minyak") == std::string::npos);
}

TEST_CASE("on equal evidence the sentence with the topic's cue word answers", "[bot][passage]") {
  testing::ArticleBot bot("cue-tie", "langit.md", R"(---
title: Benda Langit
source: contoh.id
language: id
category: Sains
subject: Tata surya
---

# Tata Surya

## Pengertian Tata Surya

**Tata surya** adalah sekumpulan benda langit dengan Matahari sebagai pusatnya. Objek-objek itu
meliputi delapan planet, planet kerdil, satelit alami, asteroid, komet, dan meteoroid.

## Anggota Tata Surya

### Benda Langit Lain Selain Planet

Di luar planet, tata surya juga dihuni oleh beragam benda langit berikut:

- **Planet kerdil**, yaitu benda yang cukup besar hingga berbentuk hampir bulat. Contohnya Pluto dan Ceres.
- **Satelit alami**: benda yang mengorbit planet, misalnya Bulan yang mengitari Bumi serta Ganymede yang mengitari Jupiter.
- **Asteroid**, yaitu bongkahan batuan dan logam di antara orbit Mars dan Jupiter.
)");
  // Both the enumeration and the item hold "satelit alami"; the one that
  // gives examples ("misalnya") says what is asked.
  Answer a = bot.bot->ask("c", "Contoh satelit alami apa saja?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Ganymede") != std::string::npos);
}

TEST_CASE("a how question prefers, on equal words, a step of a list named as steps",
          "[bot][passage]") {
  testing::ArticleBot article("how-step-item", "napas.md", R"(---
title: Kesehatan Napas
source: contoh.id
language: id
category: Kesehatan
subject: Kesehatan napas
---

# Kesehatan Napas

Kesehatan napas adalah kondisi saluran napas yang bekerja baik.

## Jenis Pernapasan

Pernapasan perut sering dianjurkan untuk latihan relaksasi karena tarikan napasnya lebih dalam.

## Cara Menjaga Kesehatan Napas

1. Hindari asap rokok dan polusi.
2. Berlatih pernapasan perut: tarik napas lewat hidung selama 4 hitungan, lalu embuskan perlahan.
3. Minum air putih yang cukup.
)");
  Answer a = article.bot->ask("h1", "Bagaimana cara latihan pernapasan perut?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("4 hitungan") != std::string::npos);
}

TEST_CASE("'kapan' is answered by a sentence that says under what condition", "[bot][passage]") {
  testing::ArticleBot article("when-condition", "sim.md", R"(---
title: Surat Izin Mengemudi
source: contoh.id
language: id
category: Layanan Publik
subject: Surat izin mengemudi
---

# Surat Izin Mengemudi

Surat izin mengemudi (SIM) adalah bukti kecakapan mengemudi.

## Ketentuan

SIM berlaku lima tahun sejak diterbitkan.

## Sanksi

SIM dapat dicabut apabila pemiliknya berulang kali melanggar lalu lintas.
)");
  Answer a = article.bot->ask("k1", "Kapan SIM bisa dicabut?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("berulang kali") != std::string::npos);
}

TEST_CASE("what is said under a heading that names a thing is said of it", "[bot][passage]") {
  testing::ArticleBot article("heading-names-entity", "hibah.md", R"(---
title: Hibah Riset
source: contoh.id
language: id
category: Pendidikan
subject: Hibah riset
---

# Hibah Riset

Hibah riset adalah dana yang diberikan untuk membiayai penelitian.

## Contoh Program Hibah

### 1. DRPM

Direktorat Riset dan Pengabdian Masyarakat (DRPM) adalah unit yang membiayai penelitian dosen
dan mahasiswa S2. Beberapa ketentuannya:

- Usia maksimal 45 tahun untuk ketua peneliti.
- Proposal diajukan paling lambat bulan Maret.

### 2. Hibah Daerah

Hibah daerah dibiayai pemerintah provinsi untuk peneliti lokal, tanpa batas usia.
)");
  // The items never name DRPM: their heading does.
  Answer a = article.bot->ask("d1", "Berapa batas usia maksimal ketua peneliti DRPM?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("45 tahun") != std::string::npos);
}

TEST_CASE("a short sentence is said with the next sentence of its paragraph", "[bot][passage]") {
  testing::ArticleBot article("short-goes-on", "vaksin.md", R"(---
title: Vaksin Anak
subject: Vaksin Anak
---

# Vaksin Anak

Vaksin anak diberikan sesuai jadwal dari dokter.

## Jika Terlambat

Kalau jadwal vaksin terlewat, orang tua tidak perlu panik. Anak cukup mengikuti vaksin kejar tanpa mengulang dari awal. Puskesmas mencatat semua vaksin yang sudah diterima.

## Efek Vaksin

Demam ringan setelah vaksin adalah reaksi yang wajar dan biasanya hilang dalam satu sampai dua hari setelah penyuntikan, sehingga orang tua cukup memberi kompres hangat serta memastikan anak banyak minum. Jadwal berikutnya tetap diikuti seperti biasa.
)");
  Answer a = article.bot->ask("s", "Kalau jadwal vaksin terlewat harus bagaimana?");
  INFO(a.text);
  CHECK(a.text.find("tidak perlu panik") != std::string::npos);
  CHECK(a.text.find("vaksin kejar") != std::string::npos);
  // Only the next: the paragraph is not said whole.
  CHECK(a.text.find("Puskesmas") == std::string::npos);
  // A sentence long enough to say an answer stands alone.
  Answer b = article.bot->ask("l", "Apakah demam ringan setelah vaksin wajar?");
  INFO(b.text);
  CHECK(b.text.find("kompres hangat") != std::string::npos);
  CHECK(b.text.find("Jadwal berikutnya") == std::string::npos);
}

TEST_CASE("a classifier ('seorang', 'seekor') names no thing to look for", "[bot][passage]") {
  testing::ArticleBot article("classifier", "gizi.md", R"(---
title: Gizi Kurang
subject: Gizi Kurang
---

# Gizi Kurang

Gizi kurang adalah keadaan asupan gizi anak yang tidak mencukupi.

## Ciri

Anak dikatakan gizi kurang bila berat badannya di bawah garis merah pada kartu menuju sehat.

## Peran Orang Tua

Orang tua sebaiknya menimbang anak setiap bulan sejak tahun pertama.
)");
  Answer a = article.bot->ask("c", "Kapan seorang anak bisa dikatakan gizi kurang?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("garis merah") != std::string::npos);
}

TEST_CASE("'berapa harga' is answered by a figure in its units, or not at all",
          "[bot][passage][number]") {
  testing::ArticleBot article("measures", "desa.md", R"(---
title: Desa Adat
subject: Desa Adat
---

# Desa Adat

Desa adat adalah desa yang dikelola menurut hukum adat setempat.

## Contoh

Desa Tenganan di Bali dihuni sekitar 700 warga dan dikelilingi hutan seluas 900 hektare.
Tiket masuk Desa Tenganan sebesar Rp20.000 per orang, dengan 3 pemandu desa.

## Rumah Adat

Rumah adat Desa Wae Rebo berbentuk kerucut setinggi 15 meter.
)");
  Answer price = article.bot->ask("p", "Berapa harga tiket Desa Tenganan?");
  INFO(price.text);
  CHECK(price.found);
  CHECK(price.text.find("Rp20.000") != std::string::npos);
  // The article gives other figures of Wae Rebo, but no price.
  CHECK_FALSE(article.bot->ask("w", "Berapa harga menginap di Desa Wae Rebo?").found);
  // A height is a length.
  Answer height = article.bot->ask("h", "Berapa tinggi rumah adat Wae Rebo?");
  INFO(height.text);
  CHECK(height.text.find("15 meter") != std::string::npos);
  // The question that names its unit, or counts, is not asked a measure.
  Answer count = article.bot->ask("c", "Desa Tenganan punya berapa pemandu?");
  INFO(count.text);
  CHECK(count.text.find("3 pemandu") != std::string::npos);
}

TEST_CASE("a letter that labels a name is no unit the question names", "[bot][passage][number]") {
  testing::ArticleBot article("letter-label", "kartu.md", R"(---
title: Kartu Nelayan
subject: Kartu Nelayan
---

# Kartu Nelayan

Kartu nelayan adalah tanda pengenal bagi nelayan yang terdaftar.

## Syarat Membuat Kartu Nelayan

### Syarat Usia

- 17 tahun untuk Kartu A dan Kartu C
- 21 tahun untuk Kartu B

## Biaya dan Masa Berlaku Kartu

Biaya kartu diatur pemerintah daerah. Rinciannya sebagai berikut:

| Golongan | Penerbitan Baru | Perpanjangan |
|---|---|---|
| Kartu A | Rp120.000 | Rp80.000 |
| Kartu C | Rp100.000 | Rp75.000 |
)");
  // "C" after "Kartu" names the card, as "30 C" would name Celsius: the
  // cost asked is still a figure in rupiah.
  Answer a = article.bot->ask("c", "Berapa biaya membuat Kartu C?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Rp100.000") != std::string::npos);
}

TEST_CASE("a year the article never names dates what it does not tell", "[bot][passage][number]") {
  const std::string text = testing::read_source("tests/qa/holdout72/devisa.md");
  testing::ArticleBot article("year-untold", "devisa.md", text);
  Answer told = article.bot->ask("a", "Berapa cadangan devisa Indonesia tahun 2024?");
  INFO(told.text);
  CHECK(told.found);
  CHECK(told.text.find("155,7 miliar") != std::string::npos);
  // 2015 is in no sentence: the figures of other years do not answer it.
  Answer untold = article.bot->ask("b", "Berapa cadangan devisa Indonesia tahun 2015?");
  INFO(untold.text);
  CHECK_FALSE(untold.found);
  // A claim with a wrong year is still judged.
  Answer claim = article.bot->ask(
      "c", "Apakah cadangan devisa Indonesia tahun 2015 sebesar 155,7 miliar dolar AS?");
  INFO(claim.text);
  CHECK(claim.found);
  // Nor does a topic the question names beside it: the losses listed are
  // of no year.
  const std::string other = testing::read_source("tests/qa/holdout72/ransomware.md");
  testing::ArticleBot ransomware("year-untold-topic", "ransomware.md", other);
  Answer losses = ransomware.bot->ask(
      "d", "Berapa total kerugian akibat ransomware di seluruh dunia pada tahun 2023?");
  INFO(losses.text);
  CHECK_FALSE(losses.found);
}

TEST_CASE("a value asked as it stands today is given by no dated figure",
          "[bot][passage][number]") {
  const std::string text = testing::read_source("tests/qa/holdout72/devisa.md");
  testing::ArticleBot article("today", "devisa.md", text);
  // "saat ini": the latest figure the article dates is what it knows now.
  Answer now = article.bot->ask("a", "Berapa cadangan devisa Indonesia saat ini?");
  INFO(now.text);
  CHECK(now.found);
  CHECK(now.text.find("155,7 miliar") != std::string::npos);
  // "hari ini": a rate that changes by the day; the 1998 rate is no answer.
  Answer today = article.bot->ask("b", "Berapa kurs dolar terhadap rupiah hari ini?");
  INFO(today.text);
  CHECK_FALSE(today.found);
}

TEST_CASE("a sentence that makes definite a noun the sentence before names is said with it",
          "[bot][passage]") {
  testing::ArticleBot article("passage-definite", "kerajaan.md", R"(---
title: Kerajaan Seberang
source: contoh.id
language: id
category: Sejarah
subject: Kerajaan Seberang
---

# Kerajaan Seberang

Kerajaan Seberang adalah kerajaan pesisir yang makmur pada abad ke-14.

## Masa Kejayaan

Raja Anom memerintah selama tiga puluh tahun dan membangun banyak pelabuhan. Pada 1357, Raja Anom hendak menikahi Dyah Ayu, putri Kerajaan Hulu. Patih kerajaan justru menuntut agar sang putri diserahkan sebagai tanda takluk, sehingga pecahlah Perang Lapangan yang menewaskan rombongan Hulu. Setelah itu hubungan kedua kerajaan memburuk.
)");
  // "sang putri" is Dyah Ayu, whom the sentence before names.
  Answer a = article.bot->ask("df1", "Mengapa terjadi Perang Lapangan?");
  CHECK(a.found);
  CHECK(a.text.find("Dyah Ayu") != std::string::npos);
  CHECK(a.text.find("sang putri") != std::string::npos);
}

TEST_CASE("a measure asked by a synonym is answered by a figure in its units", "[bot][passage]") {
  testing::ArticleBot article("passage-measure-synonym", "raja.md", R"(---
title: Raja-Raja Kerajaan Seberang
source: contoh.id
language: id
category: Sejarah
subject: Kerajaan Seberang
---

# Raja-Raja Kerajaan Seberang

Kerajaan Seberang pernah dipimpin oleh beberapa raja besar.

## Daftar Raja

1. **Raja Anom (1300–1320)**, pendiri kerajaan yang membuka hutan di tepi sungai.
2. **Raja Sepuh (1320–1350)**. Ia naik takhta pada usia 16 tahun dan memperluas wilayah ke pesisir.
3. **Ratu Kencana (1350–1375)**, yang memajukan perdagangan rempah.
)");
  // "umur" is the article's "usia": the figure in years says what is asked.
  Answer a = article.bot->ask("ms1", "Berapa umur Raja Sepuh waktu naik takhta?");
  CHECK(a.found);
  CHECK(a.text.find("16 tahun") != std::string::npos);
}

TEST_CASE("the number of a law dated by its year counts nothing", "[bot][passage]") {
  testing::ArticleBot article("passage-law-number", "ekspor.md", R"(---
title: Ekspor Indonesia
source: contoh.id
language: id
category: Ekonomi
subject: Ekspor
---

# Ekspor Indonesia

Ekspor adalah kegiatan menjual barang ke luar negeri.

## Aturan Ekspor

Aturan ekspor Indonesia tercantum dalam UU Nomor 10 Tahun 1995 yang diubah dengan UU Nomor 17 Tahun 2006.

## Nilai Ekspor

Sepanjang 2022, nilai ekspor Indonesia mencapai US$291,98 miliar, rekor tertinggi sepanjang sejarah.
)");
  // "10 Tahun" and "17 Tahun" count no years: they number laws.
  Answer a = article.bot->ask("ln1", "Berapa nilai ekspor Indonesia tahun 2022?");
  CHECK(a.found);
  CHECK(a.text.find("291,98") != std::string::npos);
}

TEST_CASE("on equal evidence, the sentence that opens with the thing asked about",
          "[bot][passage]") {
  testing::ArticleBot article("passage-opens-with", "polutan.md", R"(---
title: Polutan Udara
source: contoh.id
language: id
category: Lingkungan
subject: Polutan Udara
---

# Polutan Udara

Polutan udara adalah zat yang mencemari udara.

## Jenis Polutan Berdasarkan Wujudnya

- **Polutan gas**: polutan berbentuk gas seperti karbon monoksida, sulfur dioksida, dan ozon.
- **Partikulat**: butiran padat atau cair yang melayang di udara.

## Polutan dan Pengaruhnya

- **Karbon monoksida (CO)**: gas tidak berwarna dan tidak berbau. Paparan tinggi menyebabkan pusing dan pingsan.
- **Sulfur dioksida (SO2)**: gas berbau tajam yang mengiritasi saluran napas.
)");
  Answer a = article.bot->ask("ow1", "Bahayanya karbon monoksida apa?");
  CHECK(a.text.find("pusing") != std::string::npos);
}

TEST_CASE("'bagaimana langkah-langkah X' asks for the whole list of steps", "[bot][steps]") {
  testing::ArticleBot bot("steps-whole", "museum.md", R"(---
title: Museum Kota
source: contoh.id
language: id
category: Wisata
subject: Museum Kota
---

# Museum Kota

Museum Kota adalah museum sejarah yang dibuka untuk umum setiap hari.

## Ancaman bagi Museum

- *Kepadatan pengunjung*: jumlah wisatawan yang terlalu banyak mempercepat kerusakan.
- *Kelembapan*: udara lembap merusak koleksi kertas.

## Panduan bagi Pengunjung

Untuk menjaga koleksi, sejak 2023 pengunjung yang ingin naik ke menara dibatasi 500 orang per
hari. Pengunjung lain tetap dapat menikmati taman museum. Berikut langkah-langkah berkunjung:

1. **Pesan tiket secara daring** jauh hari sebelumnya, khususnya tiket naik ke menara pandang.
2. **Pilih sesi kunjungan** yang sesuai, lalu simpan bukti pemesanan.
3. **Kenakan gelang pengunjung** yang dibagikan petugas.
4. **Ikuti pemandu** di setiap ruang pamer.

Selain itu, ada beberapa aturan yang wajib dipatuhi:

- dilarang menyentuh koleksi;
- dilarang membawa makanan ke ruang pamer.
)");
  // The words of two steps ("naik", "kunjungan") do not make one of them
  // the answer: the question names the steps.
  Answer a = bot.bot->ask("s1", "Bagaimana langkah-langkah berkunjung dan naik ke Museum Kota?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Pesan tiket") != std::string::npos);
  CHECK(a.text.find("gelang pengunjung") != std::string::npos);
  CHECK(a.text.find("Ikuti pemandu") != std::string::npos);
}

TEST_CASE("steps asked with nothing beyond what the list is about get the whole list",
          "[bot][steps]") {
  testing::ArticleBot bot("steps-named", "kereta.md", R"(---
title: Kereta Kota
source: contoh.id
language: id
category: Transportasi
subject: Kereta Kota
---

# Kereta Kota

Kereta Kota adalah layanan kereta listrik untuk warga kota. KRL (Kereta Rel Listrik) melayani rute pinggiran.

## Cara Menggunakan Kereta Kota

Bagi yang baru pertama kali mencoba, ikuti langkah-langkah berikut:

1. **Rencanakan rute** lewat aplikasi resmi operator.
2. **Isi ulang kartu** sebelum berangkat.
3. **Tempelkan kartu** di gerbang masuk, lalu tunggu di belakang garis kuning.
4. **Tempelkan kartu lagi saat keluar**, karena tarif KRL dihitung berdasarkan jarak.
)");
  // The only words the question asks by beyond the steps are what one
  // item happens to name ("KRL"): the steps are asked, not that item.
  Answer a = bot.bot->ask("s1", "Langkah-langkah naik KRL gimana?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Rencanakan rute") != std::string::npos);
  CHECK(a.text.find("Isi ulang kartu") != std::string::npos);
  CHECK(a.text.find("saat keluar") != std::string::npos);
}

TEST_CASE("a year the question gives is where the answer is", "[bot][passage]") {
  testing::ArticleBot bot("year-asked", "candi.md", R"(---
title: Candi Sewu
source: contoh.id
language: id
category: Sejarah
subject: Candi Sewu
---

# Candi Sewu

Candi Sewu adalah kompleks candi Buddha di Jawa Tengah.

## Nilai Penting Candi Sewu

- **Nilai religius**: Candi Sewu masih menjadi tempat ibadah. Setiap tahun, perayaan Waisak yang
  terjadi di sini dihadiri ribuan umat.
- **Nilai ilmu**: reliefnya menjadi bahan kajian sejarah.

## Ancaman

- *Gempa bumi*: pada 27 Mei 2006, gempa merusak puluhan arca.
- *Pencurian*: kepala arca kerap hilang dicuri.

## Jumlah Pengunjung

Jumlah pengunjung Candi Sewu pada 2024 mencapai 300 ribu orang. Angka ini naik dari 250 ribu
orang pada 2023.
)");
  // The words of another sentence ("tahun", "terjadi", the subject) do not
  // outvote the year.
  Answer a = bot.bot->ask("y1", "Kerusakan apa yang terjadi pada Candi Sewu pada tahun 2006?");
  INFO(a.text);
  CHECK(a.text.find("gempa merusak") != std::string::npos);
  // A year in the sentence that goes on with the one asked brings both.
  Answer b = bot.bot->ask("y2", "Jumlah pengunjung Candi Sewu tahun 2023 ada berapa?");
  INFO(b.text);
  CHECK(b.found);
  CHECK(b.text.find("250 ribu") != std::string::npos);
}

TEST_CASE("a part's heading names what its opening explains, and what 'Misalnya' exemplifies",
          "[bot][passage]") {
  testing::ArticleBot bot("named-part", "harga.md", R"(---
title: Inflasi
source: contoh.id
language: id
category: Ekonomi
subject: Inflasi
---

# Inflasi

Inflasi adalah naiknya harga barang secara umum dalam waktu tertentu. Inflasi diukur setiap bulan.

## Penyebab Inflasi

### 1. Dorongan Permintaan (*Demand-Pull Inflation*)

Demand-pull inflation terjadi karena permintaan naik lebih cepat daripada pasokan. Pedagang lalu
menaikkan harga jual. Misalnya, menjelang Lebaran permintaan daging melonjak sehingga harganya naik.

### 2. Dorongan Biaya (*Cost-Push Inflation*)

Cost-push inflation disebabkan oleh naiknya biaya produksi. Produsen kemudian membebankan kenaikan
biaya kepada konsumen. Misalnya, ketika harga solar naik pada September 2022, ongkos angkutan ikut
naik.
)");
  // "Apa itu X?" where X is what a heading names: its opening explains it,
  // though it says "disebabkan oleh", not "adalah".
  Answer what = bot.bot->ask("p1", "Apa itu cost-push inflation?");
  INFO(what.text);
  CHECK(what.found);
  CHECK(what.text.find("naiknya biaya produksi") != std::string::npos);
  // "Misalnya, ..." gives an example of what its paragraph is about, two
  // sentences back.
  Answer example = bot.bot->ask("p2", "Contoh demand-pull inflation apa?");
  INFO(example.text);
  CHECK(example.text.find("permintaan daging") != std::string::npos);
}

TEST_CASE("'jam berapa' asks the clock time the article gives with 'pukul'", "[bot][passage]") {
  testing::ArticleBot article("clock-time", "upacara.md", R"(---
title: Upacara Bendera
subject: Upacara Bendera
---

# Upacara Bendera

## Jadwal

Upacara bendera di sekolah dimulai pukul 07.00 setiap hari Senin. Teks Pancasila dibacakan oleh pembina upacara.
)");
  Answer a = article.bot->ask("j", "Jam berapa upacara bendera dimulai?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("07.00") != std::string::npos);
  // A chat verb in "-in" is the article's own word for it, "dibacakan",
  // not another form of its root that is no word ("dibacai").
  const std::string u = article.bot->explain("teksnya dibacain siapa");
  INFO(u);
  CHECK(u.find("\"dibacakan\"") != std::string::npos);
}

TEST_CASE("'setelah X, lalu apa?' asks the step after the one that does X", "[bot][passage]") {
  testing::ArticleBot bot("next-step", "paspor.md", R"(---
title: Paspor
subject: Paspor
---

# Paspor

Paspor adalah dokumen perjalanan resmi dari negara.

## Cara Membuat Paspor

1. **Daftar antrean** lewat aplikasi M-Paspor dan pilih kantor imigrasi.
2. **Bayar biaya** di bank atau kantor pos sesuai tagihan yang muncul.
3. **Datang ke kantor imigrasi** untuk wawancara dan foto.
4. **Ambil paspor** sekitar empat hari kerja setelah foto.
)");
  // The reader has paid: what comes next is the step after paying.
  Answer after = bot.bot->ask("a", "Setelah bayar biaya, apa yang harus dilakukan?");
  INFO(after.text);
  CHECK(after.found);
  CHECK(after.text.find("wawancara") != std::string::npos);
  Answer next = bot.bot->ask("b", "Sesudah bayar biaya di bank, langkahnya apa?");
  INFO(next.text);
  CHECK(next.text.find("wawancara") != std::string::npos);
}

TEST_CASE("'Pada artikel kali ini, kita akan mengulas ...' speaks of the article, not its subject",
          "[bot][passage]") {
  testing::ArticleBot article("guides-kali-ini", "tarumanegara.md", R"(---
title: Kerajaan Tarumanegara
subject: Kerajaan Tarumanegara
---

# Kerajaan Tarumanegara

Tarumanegara adalah kerajaan Hindu di Jawa Barat. Pada artikel kali ini, kita akan mengulas raja-rajanya hingga sebab kerajaan ini runtuh.

## Akhir Kerajaan

Pada abad ke-7, Tarumanegara runtuh karena ditaklukkan Sriwijaya.
)");
  Answer a = article.bot->ask("r", "Apa sebab kerajaan ini runtuh?");
  INFO(a.text);
  CHECK(a.text.find("ditaklukkan Sriwijaya") != std::string::npos);
  CHECK(a.text.find("artikel kali ini") == std::string::npos);
}

TEST_CASE("a letter the article writes after a word labels one of a set", "[bot][passage]") {
  testing::ArticleBot article("letter-label", "rapor.md", R"(---
title: Fase Belajar
subject: Fase Belajar
---

# Fase Belajar

Fase belajar adalah tahap capaian murid yang disusun per jenjang.

## Pembagian Fase

- **Jenjang SD**:
  - Fase A untuk kelas 1 dan 2.
  - Fase B untuk kelas 3 dan 4.
- **Jenjang SMP**: Fase D untuk kelas 7 sampai 9.

## Pigmen Daun

- **Pigmen a**: berwarna hijau kebiruan dan menyerap cahaya merah.
- **Pigmen b**: berwarna hijau kekuningan dan menyerap cahaya biru.
)");
  // "d" is too short for a word, but the article writes "Fase D".
  Answer d = article.bot->ask("d", "fase d buat kelas brp");
  INFO(d.text);
  CHECK(d.text.find("kelas 7") != std::string::npos);
  CHECK(d.text.find("kelas 1") == std::string::npos);
  // "a" is an English article elsewhere; here it is the article's label,
  // one side of the two compared, each said in its own line.
  Answer a = article.bot->ask("a", "Bedanya pigmen a dan pigmen b apa?");
  INFO(a.text);
  CHECK(a.text.find("- Pigmen a: berwarna hijau kebiruan") != std::string::npos);
  CHECK(a.text.find("- Pigmen b: berwarna hijau kekuningan") != std::string::npos);
}

TEST_CASE("a question that negates its verb is answered by the sentence that negates it",
          "[bot][passage]") {
  testing::ArticleBot article("negated-verb", "bank-sampah.md", R"(---
title: Bank Sampah
subject: Bank Sampah
---

# Bank Sampah

Bank sampah adalah tempat warga menabung sampah yang sudah dipilah.

## Jenis Sampah yang Diterima Bank Sampah

Bank sampah umumnya hanya menerima sampah anorganik yang bernilai jual, seperti:

- Kertas: kardus dan koran bekas
- Plastik: botol dan gelas plastik

Sebaliknya, sisa makanan dan baterai bekas umumnya tidak diterima.
)");
  // The list is what is accepted; "tidak diterima" asks the opposite.
  Answer a = article.bot->ask("n", "Sampah apa yang tidak diterima oleh bank sampah?");
  INFO(a.text);
  CHECK(a.text.find("sisa makanan") != std::string::npos);
  CHECK(a.text.find("kardus") == std::string::npos);
  // Asked without the negation, the list answers.
  Answer b = article.bot->ask("p", "Sampah apa yang diterima oleh bank sampah?");
  INFO(b.text);
  CHECK(b.text.find("kardus") != std::string::npos);
}

TEST_CASE("'sejak tahun berapa' asks for a year, which 'ketika' alone does not give",
          "[bot][passage]") {
  testing::ArticleBot article("year-asked", "pilpres.md", R"(---
title: Pemilihan Presiden
subject: Pemilihan Presiden
---

# Pemilihan Presiden

Pemilihan presiden adalah cara rakyat menentukan kepala negara.

## Pemilihan Langsung

Unsur pemilihan langsung tampak ketika rakyat memilih presiden secara langsung di bilik suara.

## Sejarah

- Pemilu pertama digelar pada tahun 1955.
- Sejak 2004 presiden dipilih langsung oleh rakyat.
)");
  Answer a = article.bot->ask("y", "Sejak tahun berapa presiden dipilih langsung oleh rakyat?");
  INFO(a.text);
  CHECK(a.text.find("2004") != std::string::npos);
}

TEST_CASE("a date given in the sentence after the one that says what it dates answers with both",
          "[bot][passage]") {
  testing::ArticleBot article("date-after", "tari-saman.md", R"(---
title: Tari Saman
subject: Tari Saman
---

# Tari Saman

Tari Saman adalah tarian suku Gayo dari Aceh yang dibawakan berbaris sambil duduk.

## Pengakuan

Keindahan tari ini diakui dunia. Organisasi PBB untuk pendidikan dan kebudayaan (UNESCO) mencatat saman sebagai warisan budaya tak benda pada 24 November 2011.

## Gerakan

Para penari bertepuk tangan dan menepuk dada dengan tempo yang makin cepat.
)");
  // "diakui" is only in the sentence before the date; together they say
  // when the dance was recognised.
  Answer a = article.bot->ask("d", "Kapan saman diakui UNESCO?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("24 November 2011") != std::string::npos);
  CHECK(a.text.find("diakui dunia") != std::string::npos);
  Answer yes = article.bot->ask("y", "Apakah saman sudah diakui UNESCO?");
  INFO(yes.text);
  CHECK(yes.found);
  CHECK(yes.text.find("diakui dunia") != std::string::npos);
}

TEST_CASE("a part's parent heading frames what its sentences say", "[bot][passage]") {
  testing::ArticleBot article("parent-heading", "begadang.md", R"(---
title: Kebiasaan Begadang
subject: Kebiasaan Begadang
---

# Kebiasaan Begadang

Kebiasaan begadang adalah kebiasaan tidur jauh lewat tengah malam. Banyak anak sekolah
mengalaminya. Anak usia sekolah butuh tidur sembilan jam. Pihak sekolah bisa membantu. Jam masuk sekolah
pun berpengaruh.

## Perbandingan

| Aspek | Tidur cukup | Kebiasaan begadang |
|---|---|---|
| Kegiatan lain | Sekolah dan bermain tetap berjalan | Sekolah dan olahraga terbengkalai |

## Dampak Kebiasaan Begadang

### Dampak Akademik

- Prestasi belajar menurun karena sulit berkonsentrasi di kelas.
- Sering terlambat masuk kelas pada pagi hari.
)");
  // "kebiasaan begadang" is said of the part by the heading above it; the
  // table row has "sekolah" and the subject's words, but not the
  // achievement asked about.
  Answer a = article.bot->ask("b", "Apa pengaruh kebiasaan begadang terhadap prestasi sekolah?");
  INFO(a.text);
  CHECK(a.text.find("Prestasi belajar menurun") != std::string::npos);
}

TEST_CASE("a passage that ends by announcing a list ends with the list", "[bot][passage]") {
  testing::ArticleBot article("ends-announcing", "tempe.md", R"(---
title: Tempe
subject: Tempe
---

# Tempe

Tempe adalah makanan dari kedelai yang difermentasi dengan kapang.

## Cara Membuat Tempe

Proses pembuatan tempe disebut peragian. Langkah-langkahnya sebagai berikut:

1. **Merendam kedelai**: kedelai direndam semalam lalu dikupas.
2. **Merebus kedelai**: kedelai direbus sampai empuk lalu didinginkan.
3. **Menaburkan ragi**: ragi tempe ditaburkan merata.
4. **Membungkus**: kedelai dibungkus daun pisang dan didiamkan dua hari.
)");
  // The sentence that answers is short, so the next one, which announces
  // the steps, comes with it; an answer cannot stop at its colon.
  Answer a = article.bot->ask("t", "Setelah peragian, tempe diapain?");
  INFO(a.text);
  CHECK(a.text.find("sebagai berikut:") != std::string::npos);
  CHECK(a.text.find("Merebus kedelai") != std::string::npos);
}

TEST_CASE("a number counts what is asked only in a sentence about the thing asked",
          "[bot][passage]") {
  testing::ArticleBot article("counts-asked", "ramayana.md", R"(---
title: Sendratari Ramayana
subject: Sendratari Ramayana
---

# Sendratari Ramayana

Sendratari Ramayana adalah pertunjukan tari tanpa dialog yang mengisahkan Rama dan Sinta.

## Pemain

Pertunjukan besar melibatkan penari, sinden, dan penabuh gamelan yang jumlahnya bisa mencapai
40 orang.

## Tokoh

### Wanara

Wanara adalah seratus prajurit kera pimpinan Hanoman yang membantu Rama menyerang Alengka.
)");
  // "40 orang" counts other people; the sentence about the Wanara gives
  // their number in a word.
  Answer a = article.bot->ask("w", "Jumlah wanara berapa orang?");
  INFO(a.text);
  CHECK(a.text.find("seratus prajurit") != std::string::npos);
}

TEST_CASE("asked for a measure, the sentence that states a figure of it wins though both name it",
          "[bot][passage]") {
  testing::ArticleBot article("measure-stated", "perak.md", R"(---
title: Investasi Perak untuk Pemula
subject: Investasi Perak
---

# Investasi Perak untuk Pemula

Investasi perak adalah menyimpan kekayaan dalam bentuk logam perak. Perak dibeli dengan uang
tunai. Uang juga bisa ditransfer. Simpan uang darurat lebih dulu. Jangan memakai uang pinjaman.

## Keuntungan Investasi Perak

- **Modal terjangkau**: lewat perak digital, pemula bisa mulai dengan uang receh tanpa harus
  membeli satu batang penuh.
- **Mudah dijual**: toko perak ada di banyak kota.

## Perbandingan

| Aspek | Perak batangan | Perak digital |
|---|---|---|
| Modal awal | Sekitar Rp500.000 untuk 50 gram | Mulai Rp10.000 |
| Penyimpanan | Di rumah atau brankas | Di akun aplikasi |
)");
  // Both name "modal" and say "mulai", and the item says "uang" too; the
  // table row gives the figure in rupiah, the item only counts a bar.
  Answer a = article.bot->ask("m", "Berapa modal uang untuk mulai?");
  INFO(a.text);
  CHECK(a.text.find("Rp10.000") != std::string::npos);
}

TEST_CASE("a sentence that opens by pointing back is about what the one before it names",
          "[bot][passage]") {
  testing::ArticleBot article("points-back-entity", "angkutan.md", R"(---
title: Angkutan Kota
subject: Angkutan Kota
---

# Angkutan Kota

Angkutan kota adalah layanan angkutan penumpang di dalam kota.

## Contoh Layanan

- BRT (Bus Rapid Transit) melayani koridor utama kota.
- Angkot melayani jalan-jalan kecil.

## Di Semarang

Di Semarang, tulang punggungnya adalah BRT Trans Semarang. Tarifnya Rp4.000 untuk sekali jalan,
dan pelajar cukup membayar Rp1.000.

## Parkir

Tarif parkir mobil di pusat kota Rp5.000 per jam.
)");
  // "Tarifnya" is the fare of the BRT the sentence before names.
  Answer a = article.bot->ask("t", "Berapa tarif BRT Trans Semarang?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Rp4.000") != std::string::npos);
}

TEST_CASE("two things told only by the list they are in are compared by the passage on both",
          "[bot][passage]") {
  testing::ArticleBot article("compare-by-passage", "kereta.md", R"(---
title: Kereta Kota
subject: Kereta Kota
---

# Kereta Kota

Kereta kota adalah angkutan rel untuk penumpang di kawasan perkotaan.

## Contoh

- **Angkutan massal**: berkapasitas besar. Contohnya KRL (Kereta Rel Listrik), MRT (Mass Rapid
  Transit), dan LRT.

## Perbedaan KRL dan MRT

KRL dan MRT sama-sama kereta listrik, tetapi keduanya berbeda:

- **Jenis jalur**: jalur KRL di permukaan tanah, sedangkan jalur MRT layang dan bawah tanah.
- **Operator**: KRL dijalankan KAI Commuter, sedangkan MRT dijalankan PT MRT Jakarta.
)");
  Answer a = article.bot->ask("k", "Jalur MRT dan KRL bedanya gimana?");
  INFO(a.text);
  CHECK(a.text.find("permukaan tanah") != std::string::npos);
  CHECK(a.text.find("Angkutan massal") == std::string::npos);
}

TEST_CASE("an early year the era marks ('907 M') is a year", "[bot][passage]") {
  testing::ArticleBot article("era-year", "gamelan.md", R"(---
title: Gamelan
subject: Gamelan
---

# Gamelan

Gamelan adalah ansambel musik tradisional Jawa dan Bali.

## Sejarah

- Relief Candi Borobudur dari sekitar 800 M menggambarkan alat musik pukul.
- Prasasti Kuti dari tahun 840 M menyebut para penabuh gamelan istana.
- Pada 1600-an, gamelan dimainkan di keraton Mataram.
)");
  Answer a = article.bot->ask("y", "Prasasti yang menyebut penabuh itu dari tahun berapa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("840 M") != std::string::npos);
}

TEST_CASE("a unit named as the article does not write it is the article's unit", "[bot][passage]") {
  testing::ArticleBot bot("unit-names", "gizi.md", R"(---
title: Zat Gizi
source: contoh.id
language: id
category: Kesehatan
subject: Zat Gizi
---

# Zat Gizi

Zat gizi adalah kandungan makanan yang dibutuhkan tubuh.

## Energi dari Zat Gizi

Zat gizi makro menghasilkan energi. Termasuk di dalamnya:

- karbohidrat, menghasilkan 4 kkal per gram;
- lemak, menghasilkan 9 kkal per gram.

## Sumber Zat Gizi

Sayur dan buah adalah sumber vitamin yang baik.
)");
  // "kalori" is the reader's name for the article's "kkal".
  Answer a = bot.bot->ask("u1", "Satu gram lemak menghasilkan berapa kalori?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("9 kkal") != std::string::npos);
  // And so, in English, is "calories".
  CHECK(bot.bot->explain("How many calories does a gram of fat give?").find("calories\u2192kkal") !=
        std::string::npos);
}

TEST_CASE("a sentence of a part's opening paragraph that opens with the term it names explains it",
          "[bot][passage]") {
  testing::ArticleBot bot("opens-with-term", "piring.md", R"(---
title: Pola Makan Sehat
source: contoh.id
language: id
category: Kesehatan
subject: Pola Makan Sehat
---

# Pola Makan Sehat

Pola makan sehat adalah kebiasaan makan yang memenuhi kebutuhan tubuh.

## Panduan Piring Gizi dari Dinas

Untuk memudahkan warga, dinas kesehatan memperkenalkan panduan **Piring Gizi** sejak 2017. Piring
Gizi menggambarkan pembagian porsi dalam satu piring untuk sekali makan:

- setengah piring berisi sayur dan buah;
- setengah piring lainnya berisi makanan pokok dan lauk pauk.

## Manfaat Pola Makan Sehat

Pola makan sehat menjaga berat badan dan daya tahan tubuh.
)");
  // It says "menggambarkan", not "adalah", and is the paragraph's second
  // sentence: the one before only names the term in passing.
  Answer a = bot.bot->ask("t1", "Piring Gizi itu maksudnya apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("pembagian porsi") != std::string::npos);
  CHECK(a.text.find("sayur dan buah") != std::string::npos);
}

TEST_CASE("a figure asked, a weak best among the top chunks sends the search further down",
          "[bot][passage]") {
  testing::ArticleBot bot("wider-search", "aktif.md", R"(---
title: Hidup Aktif
source: contoh.id
language: id
category: Kesehatan
subject: Hidup Aktif
---

# Hidup Aktif

Hidup aktif adalah kebiasaan bergerak setiap hari agar tubuh tetap bugar.

## Pedoman Hidup Aktif

Pedoman hidup aktif disusun para ahli gizi, dokter, pelatih, guru olahraga, dan petugas puskesmas dari berbagai daerah agar mudah diikuti keluarga:

1. **Makan beragam**, yaitu mengonsumsi sayur, buah, lauk pauk, dan makanan pokok secara bergantian setiap hari di rumah maupun di sekolah.
2. **Minum air putih**, yaitu sekitar delapan gelas sehari, lebih banyak saat cuaca panas atau setelah berkeringat.
3. **Melakukan aktivitas fisik**, yaitu bergerak aktif minimal 30 menit per hari, seperti jalan cepat, bersepeda, atau berenang bersama teman.
4. **Tidur cukup**, yaitu tujuh sampai sembilan jam setiap malam agar tubuh pulih dan konsentrasi terjaga.
5. **Memantau berat badan**, yaitu menimbang badan secara rutin setiap bulan di posyandu atau puskesmas terdekat.

## Sejarah

Aktivitas warga kota mulai dicatat pada 2010.

## Data

Survei fisik pelajar dilakukan pada 2015.

## Program

Program aktivitas sekolah diluncurkan pada 2018.

## Kebijakan

Pemeriksaan fisik berkala diwajibkan sejak 2019.

## Kampanye

Kampanye aktivitas keluarga dimulai pada 2021.

## Penelitian

Uji kebugaran fisik nasional digelar pada 2022.
)");
  // Six short dated paragraphs outrank the long list whose item gives the
  // length; the best of them holds less than half of what is asked.
  Answer a = bot.bot->ask("w1", "Berapa lama aktivitas fisik yang dianjurkan?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("30 menit") != std::string::npos);
}

TEST_CASE("'X apa saja?' whose list lead says most of what is asked gets the whole list",
          "[bot][passage]") {
  testing::ArticleBot bot("lead-says-most", "tifoid.md", R"(---
title: Demam Tifoid
subject: Demam Tifoid
---

# Demam Tifoid

Demam tifoid adalah infeksi bakteri Salmonella typhi pada usus.

## Fase Demam Tifoid: Naik Turunnya Suhu

Ada tiga fase yang perlu dipahami:

- **Minggu pertama**: suhu naik perlahan, disertai sakit kepala dan lemas.
- **Minggu kedua**: demam tinggi menetap dan perut terasa nyeri.
- **Minggu ketiga**: suhu turun dan nafsu makan membaik.

## Sumber Penularan

Beberapa sumber penularan tifoid antara lain:

- **Sumber makanan**, yaitu jajanan yang dicuci dengan air tercemar.
- **Sumber air**, yaitu sumur yang dekat dengan septic tank.
)");
  // "penyakit" is said only by one item ("sakit kepala"); the lead and
  // heading say the rest.
  Answer all = bot.bot->ask("a", "Apa saja fase-fase penyakit demam tifoid?");
  INFO(all.text);
  CHECK(all.text.find("Minggu pertama") != std::string::npos);
  CHECK(all.text.find("Minggu ketiga") != std::string::npos);
}

TEST_CASE("steps asked by a step word whose lead and heading say most of the question get them all",
          "[bot][steps]") {
  testing::ArticleBot bot("steps-lead-most", "jantung.md", R"(---
title: Jantung Manusia
subject: Jantung Manusia
---

# Jantung Manusia

Jantung manusia adalah organ berotot sebesar kepalan tangan.

## Cara Kerja Jantung

Proses kerja jantung berlangsung dengan urutan sebagai berikut:

1. Darah kotor masuk ke serambi kanan.
2. Bilik kanan memompa darah ke paru-paru.
3. Darah bersih kembali ke serambi kiri.
4. Bilik kiri memompa darah ke seluruh tubuh.
)");
  // Only the last step says "tubuh"; the lead and heading say the rest.
  Answer steps =
      bot.bot->ask("s", "Bagaimana proses kerja jantung ke tubuh, langkah demi langkah?");
  INFO(steps.text);
  CHECK(steps.text.find("serambi kanan") != std::string::npos);
  CHECK(steps.text.find("seluruh tubuh") != std::string::npos);
}

TEST_CASE("a heading of two things frames a sentence that names one of them as about that one",
          "[bot][passage]") {
  testing::ArticleBot bot("two-thing-heading", "kerajaan.md", R"(---
title: Kerajaan Sari
subject: Kerajaan Sari
---

# Kerajaan Sari

Kerajaan Sari berdiri di pesisir utara.

## Perjanjian Wetan dan Perjanjian Kulon

Puncak perpecahan terjadi lewat Perjanjian Wetan yang ditandatangani pada 13 Februari 1755.
Perjanjian ini membagi kerajaan menjadi dua.

Dua tahun kemudian, Perjanjian Kulon ditandatangani pada 17 Maret 1757. Lewat perjanjian ini,
seorang pangeran mendapat sebagian wilayah.
)");
  // "Kulon" in the heading does not make the sentence on Wetan one about
  // Kulon, though that sentence shares "terjadi" with the question.
  Answer a = bot.bot->ask("k", "Perjanjian Kulon terjadi tahun berapa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("1757") != std::string::npos);
  CHECK(a.text.find("1755") == std::string::npos);
}

TEST_CASE("of two list leads that hold the question alike, the one in the reader's topic word wins",
          "[bot][passage]") {
  testing::ArticleBot article("topic-word-lead", "rawa.md", R"(---
title: "Demam Rawa: Pengertian, Penularan, dan Pencegahan"
source: contoh.id
language: id
category: Kesehatan
subject: Demam Rawa
---

# Demam Rawa: Pengertian, Penularan, dan Pencegahan

Demam rawa adalah infeksi yang ditularkan lewat air rawa yang tercemar.

## Cara Mencegah Demam Rawa

Merebus air minum mencegah sebagian besar penularan.

### Vaksin Rawa dan Manfaatnya

Manfaat vaksin rawa antara lain:

- Menurunkan risiko tertular bagi anak.
- Mengurangi kebutuhan obat.

Ada beberapa jenis vaksin rawa, di antaranya:

- Vaksin suntik untuk usia 2 tahun ke atas.
- Vaksin tetes untuk bayi.
)");
  // Both leads hold "vaksin rawa"; "jenis", the reader's word for the
  // kinds asked, is written in one of them only.
  Answer a = article.bot->ask("j", "Vaksin rawa ada jenis apa aja?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Vaksin tetes") != std::string::npos);
  CHECK(a.text.find("kebutuhan obat") == std::string::npos);
}

TEST_CASE("a list asked by what its heading says is given whole, though an item has its own list",
          "[bot][passage]") {
  testing::ArticleBot bot("whole-list-nested", "atom.md", R"(---
title: Pusat Atom
subject: Pusat Atom
---

# Pusat Atom

Pusat atom adalah lembaga yang mengoperasikan reaktor riset untuk penelitian dan produksi isotop.

## Komponen Utama Reaktor Riset

Komponen utama sebuah reaktor riset antara lain:

1. **Teras reaktor**, yaitu bagian tempat reaksi berlangsung. Di dalamnya terdapat:
   - **Batang bahan bakar**: tabung berisi pelet uranium.
   - **Batang kendali**: pengatur laju reaksi.
2. **Pendingin**, yaitu air yang mengambil panas dari teras.
3. **Kolam reaktor**: wadah air tempat teras direndam.
)");
  // The item "Teras reaktor" holds "bagian" and "reaktor", which the
  // heading says too: the parts asked are the whole list.
  Answer all = bot.bot->ask("a", "Bagian-bagian utama reaktor riset apa saja?");
  INFO(all.text);
  CHECK(all.text.find("Pendingin") != std::string::npos);
  CHECK(all.text.find("Kolam reaktor") != std::string::npos);
}

TEST_CASE("a number question wants a figure, not a name with a digit it says itself",
          "[bot][passage]") {
  testing::ArticleBot article("name-with-digit", "5g.md", R"(---
title: Jaringan 5G
subject: Jaringan 5G
---

# Jaringan 5G

**Jaringan 5G** adalah generasi kelima dari teknologi jaringan seluler.

## Kecepatan

Berdasarkan target IMT-2020, 5G dirancang mencapai kecepatan unduh hingga 20 Gbps dan latensi serendah 1 milidetik.

## Kesimpulan

Jaringan 5G membawa lompatan besar dalam kecepatan, latensi, dan kapasitas.
)");
  // "sampai" frames the figure ("bisa sampai berapa"); it is not asked.
  const std::string u = article.bot->explain("Latensi 5G bisa sampai berapa?");
  INFO(u);
  CHECK(u.find("\"query\":[\"latensi\",\"5g\"]") != std::string::npos);
  Answer a = article.bot->ask("l", "Latensi 5G bisa sampai berapa?");
  INFO(a.text);
  CHECK(a.text.find("1 milidetik") != std::string::npos);
}

TEST_CASE(
    "asked of a named thing, a heading that holds all the other words asked frames the passage",
    "[bot][passage]") {
  testing::ArticleBot article("heading-frames", "5g.md", R"(---
title: Jaringan 5G
subject: Jaringan 5G
---

# Jaringan 5G

**Jaringan 5G** adalah generasi kelima dari teknologi jaringan seluler.

## Jenis Layanan 5G Berdasarkan Skenario Penggunaan

- **URLLC (Ultra-Reliable Low Latency Communications)**: koneksi yang sangat andal.
  - Contohnya mobil otonom dan robot pabrik.
- **mMTC (massive Machine Type Communications)**: koneksi untuk jutaan perangkat.
  - Contohnya sensor pertanian.
)");
  Answer a = article.bot->ask("u", "Contoh penggunaan URLLC apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("mobil otonom") != std::string::npos);
}

TEST_CASE("'X terjadi karena apa?' asks why, and the sentence that says it in that order answers",
          "[bot][passage]") {
  testing::ArticleBot article("karena-apa", "bunyi.md", R"(---
title: Gelombang Bunyi
subject: Gelombang Bunyi
---

# Gelombang Bunyi

Gelombang bunyi adalah gelombang mekanik yang merambat secara longitudinal. Karena butuh medium, bunyi tidak bisa merambat di ruang hampa.

## Dari Mana Bunyi Berasal?

Bunyi terjadi karena ada benda yang bergetar. Agar sebuah bunyi bisa sampai dan terdengar oleh kita, ada tiga syarat:

1. **Sumber bunyi**, yaitu benda yang bergetar, misalnya senar gitar yang dipetik.
2. **Medium perambatan**, baik padat, cair, maupun gas.

## Sifat Bunyi

- **Dapat dipantulkan (refleksi).** Pantulan bunyi dibedakan lagi menjadi:
  - **Gema**: bunyi pantul terdengar setelah bunyi asli selesai, sehingga kata yang diucapkan terdengar berulang dengan jelas. Biasanya terjadi di tebing atau lembah.
  - **Gaung** atau kerdam: bunyi pantul datang ketika bunyi asli belum selesai, sehingga suara jadi tidak jelas. Sering terjadi di aula kosong.
- **Dapat dibiaskan (refraksi).** Suara petir terdengar lebih keras pada malam hari karena bunyi dibelokkan.
)");
  const std::string u = article.bot->explain("Bunyi itu terjadi karena apa?");
  INFO(u);
  CHECK(u.find("\"qtype\":\"reason\"") != std::string::npos);
  Answer a = article.bot->ask("b", "Bunyi itu terjadi karena apa?");
  INFO(a.text);
  CHECK(a.text.find("benda yang bergetar") != std::string::npos);
}

TEST_CASE("a year asked may be given by the sentence right after the one that holds the question",
          "[bot][passage]") {
  testing::ArticleBot article("year-next", "demak.md", R"(---
title: Kerajaan Demak
subject: Kerajaan Demak
---

# Kerajaan Demak

Kerajaan Demak adalah kerajaan Islam pertama di Pulau Jawa.

## Sejarah

Tahun berdirinya masih diperdebatkan. Banyak buku pelajaran mencantumkan 1478 sebagai awalnya.

## Raja-Raja

Raden Patah memimpin hingga wafat.
)");
  Answer a = article.bot->ask("y", "Kerajaan Demak berdiri tahun berapa?");
  INFO(a.text);
  CHECK(a.text.find("1478") != std::string::npos);
}

TEST_CASE("on equal evidence, a sentence that gives the year itself beats one whose next does",
          "[bot][passage]") {
  testing::ArticleBot article("year-itself", "majapahit.md", R"(---
title: Kerajaan Majapahit
subject: Kerajaan Majapahit
---

# Kerajaan Majapahit

Kerajaan Majapahit adalah kerajaan Hindu-Buddha di Jawa Timur.

## Pendiri

Pendiri Majapahit adalah Raden Wijaya. Pada 1292, Singasari diserang Jayakatwang.

## Sejarah

Kerajaan Majapahit adalah kerajaan besar yang berpusat di Trowulan dan berdiri sejak tahun 1293 hingga awal abad ke-16, ketika pengaruhnya meluas ke banyak pulau di Nusantara.
)");
  Answer a = article.bot->ask("k", "Kapan Majapahit berdiri?");
  INFO(a.text);
  CHECK(a.text.find("1293") != std::string::npos);
}

TEST_CASE("a figure said against the one it replaced is how things stand now", "[bot][passage]") {
  testing::ArticleBot article("replaced-figure", "retribusi.md", R"(---
title: Retribusi Parkir
subject: Retribusi Parkir
---

# Retribusi Parkir

Retribusi parkir adalah pungutan daerah atas layanan parkir di tepi jalan umum.

## Tarif

Adapun tarif parkir motor paling tinggi Rp3.000, naik dari batas Rp2.000 pada aturan lama.
)");
  Answer a = article.bot->ask("a", "Berapa tarif parkir motor paling tinggi sekarang?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Rp3.000") != std::string::npos);
}

TEST_CASE("a figure asked counts once however often a sentence gives one", "[bot][passage]") {
  testing::ArticleBot article("figure-once", "kredit.md", R"(---
title: Kredit Usaha
subject: Kredit Usaha
---

# Kredit Usaha

Kredit usaha adalah pinjaman bank untuk modal usaha.

## Jenis Kredit Usaha

- **Kredit Modal Kerja**, yaitu kredit untuk kebutuhan sehari-hari.
  - Jangka waktunya paling lama 3 tahun untuk kredit mikro dan 4 tahun untuk kredit kecil.
- **Kredit Investasi**, yaitu kredit untuk membeli aset produktif.
  - Jangka waktunya paling lama 5 tahun.
)");
  // The first sub-item gives two lengths in years, but it is not said of
  // the kind asked; the second, under "Kredit Investasi", is.
  Answer a = article.bot->ask("a", "Jangka waktu paling lama untuk kredit investasi berapa tahun?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("5 tahun") != std::string::npos);
}

TEST_CASE("a list's lead that says it holds now answers a question asked of now",
          "[bot][passage]") {
  testing::ArticleBot article("lead-now", "pinjaman.md", R"(---
title: Pinjaman Desa
subject: Pinjaman Desa
---

# Pinjaman Desa

Pinjaman desa adalah pinjaman modal dari koperasi desa.

## Bunga

Berikut ringkasan bunga pinjaman desa yang berlaku saat ini:

| Jenis | Bunga per Tahun |
|---|---|
| Mikro | 3% |
| Kecil | 6% |
)");
  Answer a = article.bot->ask("a", "bunga pinjaman desa brp persen skrg");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("3%") != std::string::npos);
}

TEST_CASE("a limit asked is said by any limit of its direction", "[bot][passage]") {
  testing::ArticleBot article("limits", "limbah.md", R"(---
title: Limbah Bengkel
subject: Limbah Bengkel
---

# Limbah Bengkel

Limbah bengkel adalah sisa oli, aki dan kain lap dari bengkel.

## Aturan Penting

Beberapa ketentuan yang perlu diketahui:

- **Penyimpanan** di Gudang Sementara (GS):
  - paling lama 90 hari untuk bengkel besar;
  - paling lama 180 hari untuk bengkel kecil.
- **Pelatihan** petugas gudang dilakukan paling sedikit 2 kali setahun.
)");
  // "maksimal" is said by "paling lama"; "boleh", in a number question,
  // by the limit it sets.
  Answer a = article.bot->ask("a", "Berapa lama maksimal limbah bengkel boleh disimpan di GS?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("90 hari") != std::string::npos);
  // A minimum asked is no maximum given, nor the reverse.
  Answer b = article.bot->ask("b", "Pelatihan petugas minimal berapa kali?");
  INFO(b.text);
  CHECK(b.text.find("2 kali") != std::string::npos);
}

TEST_CASE("degrees asked of a figure the article writes in °C", "[bot][passage]") {
  testing::ArticleBot bot("degrees", "cairan.md", R"(---
title: Cairan Berbahaya
subject: Cairan Berbahaya
---

# Cairan Berbahaya

Cairan berbahaya adalah cairan yang bisa melukai orang atau merusak lingkungan.

## Sifat

Cairan disebut mudah menyala bila titik nyala di bawah 60°C. Cairan korosif merusak logam.
)");
  // "derajat" is the reader's name for the article's "°C"; "nyalanya" is
  // its "nyala" with "-nya", not a spoken "ny-" for "s-".
  const std::string read = bot.bot->explain("titik nyalanya di bawah berapa derajat?");
  INFO(read);
  CHECK(read.find("derajat\u2192c") != std::string::npos);
  CHECK(read.find("salai") == std::string::npos);
  Answer a = bot.bot->ask(
      "a", "Cairan dianggap mudah menyala jika titik nyalanya di bawah berapa derajat?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("60°C") != std::string::npos);
}

TEST_CASE("a choice by a quality of a named aspect is told where the aspect is", "[bot][passage]") {
  testing::ArticleBot article("choice-aspect", "kredit.md", R"(---
title: Kredit Usaha Desa
subject: Kredit Usaha Desa
---

# Kredit Usaha Desa

Kredit usaha desa adalah pinjaman modal bersubsidi untuk usaha kecil.

## Perbedaan Kredit Usaha Desa dan Kredit Komersial

Padahal, keduanya cukup berbeda:

| Aspek | Kredit Usaha Desa | Kredit Komersial |
|---|---|---|
| Bunga | 3%–9% per tahun | 10%–20% per tahun |
| Agunan | Tidak wajib | Hampir selalu wajib |

Singkatnya, kredit usaha desa cocok untuk usaha kecil yang butuh modal murah, sedangkan kredit komersial pas bagi usaha mapan.
)");
  // "murah" is the reader's judgment of the interest ("bunga"), which the
  // table gives in figures.
  Answer a =
      article.bot->ask("a", "Bunganya lebih murah mana, kredit usaha desa atau kredit komersial?");
  INFO(a.text);
  CHECK(a.text.find("3%") != std::string::npos);
}

TEST_CASE("a figure asked of a thing is looked for further when the best chunk names none of it",
          "[passage]") {
  // A blind test article as written: "Status migrenosus ... berlangsung
  // lebih dari 72 jam" and the MOH paragraph rank above the long list of
  // phases whose item says how long an aura lasts.
  const std::string text = testing::read_source("tests/qa/holdout56/migrain.md");
  REQUIRE(!text.empty());
  testing::ArticleBot article("passage-wider", "migrain.md", text);
  Answer a = article.bot->ask("a", "Berapa lama aura migrain?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("5–60 menit") != std::string::npos);
}

TEST_CASE("what a thing is for is said by a purpose clause", "[passage]") {
  testing::ArticleBot article("passage-purpose", "abrasi.md", R"(---
title: Abrasi Pantai
subject: Abrasi Pantai
---

# Abrasi Pantai

Abrasi pantai adalah pengikisan daratan di tepi pantai oleh gelombang laut.

## Cara Mencegah Abrasi

Berikut langkah-langkahnya:

1. **Menanam kembali mangrove** di sepanjang pantai yang gundul.
2. **Memasang Alat Pemecah Ombak (APO)** di lepas pantai untuk meredam energi gelombang sebelum
   mencapai daratan.
3. **Membangun tanggul laut** di pantai yang padat penduduk.
)");
  // "gunanya" is said by "untuk ...": the purpose, not a list of benefits.
  Answer a = article.bot->ask("g", "Alat pemecah ombak gunanya buat apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("meredam energi gelombang") != std::string::npos);
}

TEST_CASE("a change asked by a synonym is given by the figure it is written in, any unit",
          "[bot][passage]") {
  testing::ArticleBot article("change-any-unit", "langit.md", R"(---
title: Polusi Cahaya
source: contoh.id
language: id
category: Lingkungan
subject: Polusi Cahaya
---

# Polusi Cahaya

Polusi cahaya adalah cahaya buatan yang berlebihan di malam hari.

Lampu jalan membuat langit kota terang.

## Dalam Angka

Peningkatan jumlah lampu jalan membuat langit kota makin terang.

- Sebuah studi mencatat kecerahan langit malam meningkat sekitar 9,6% per tahun.
- Permukaan laut di pesisir kota meningkat sekitar 3,7 mm per tahun.
- Kota ini memasang 12.000 lampu jalan baru pada 2020.
)");
  // "kenaikan" is read as the article's "peningkatan" (a synonym, right
  // after "berapa"): what is asked, stated as a figure of a change.
  Answer a = article.bot->ask("k", "Berapa kenaikan kecerahan langit malam setiap tahunnya?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("9,6%") != std::string::npos);
  // A change in millimetres is a change as much as one in percent.
  Answer b = article.bot->ask("m", "Berapa kenaikan permukaan laut per tahun?");
  INFO(b.text);
  CHECK(b.found);
  CHECK(b.text.find("3,7 mm") != std::string::npos);
}

TEST_CASE("a greeting word inside a question that the article uses is the article's word",
          "[bot][passage][smalltalk]") {
  testing::ArticleBot article("greeting-inside", "malam.md", R"(---
title: Langit Kota
source: contoh.id
language: id
category: Lingkungan
subject: Langit Kota
---

# Langit Kota

Lampu jalan membuat langit kota terang.

## Warna

Pada musim kemarau, langit kota tampak kelabu karena debu dari jalan raya. Pada malam hari, langit kota tampak jingga karena cahaya lampu dipantulkan awan.
)");
  // "malam" tells the two sentences apart: it is searched for, not taken
  // as "selamat malam".
  const std::string how = article.bot->explain("Kenapa langit kota berwarna aneh waktu malam?");
  INFO(how);
  CHECK(how.find("\"smalltalk\":\"\"") != std::string::npos);
  CHECK(how.find("\"query\":[\"langit\",\"kota\",\"warna\",\"aneh\",\"waktu\",\"malam\"]") !=
        std::string::npos);
  // At the opening of a message it still greets.
  Answer b = article.bot->ask("g", "malam");
  CHECK(b.intent == "greeting");
}

TEST_CASE("the unit a rate is told per counts nothing a number question asks", "[bot][passage]") {
  // A written article, where "15 tahun" (an age) sits right after the
  // figure asked ("59.000 kematian setiap tahun").
  const std::string text = testing::read_source("tests/qa/holdout44/rabies.md");
  testing::ArticleBot article("rate-unit", "rabies.md", text);
  Answer a =
      article.bot->ask("r", "Berapa banyak orang meninggal karena rabies setiap tahun di dunia?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("59.000") != std::string::npos);
}

TEST_CASE("how two things differ, where a table compares them, is the whole table",
          "[bot][passage][comparison]") {
  testing::ArticleBot article("compare-table", "gelombang.md", R"(---
title: Tsunami
source: contoh.id
language: id
category: Sains
subject: Tsunami
---

# Tsunami

Tsunami adalah rangkaian gelombang laut besar yang dipicu gempa bawah laut.

## Perbedaan Tsunami dan Gelombang Laut Biasa

Tsunami bukan sekadar ombak tinggi. Perbedaannya bisa dilihat pada tabel berikut:

| Aspek | Tsunami | Gelombang biasa (ombak) |
|---|---|---|
| Penyebab | Gempa, letusan gunung api, longsor | Angin di permukaan laut |
| Kecepatan | 700–800 km/jam | Di bawah 100 km/jam |
| Jeda antargelombang | 10 menit hingga 1 jam | 5–20 detik |
| Air yang bergerak | Seluruh kolom air | Hanya lapisan permukaan |
)");
  Answer a = article.bot->ask("c", "Apa perbedaan tsunami dengan ombak biasa?");
  INFO(a.text);
  CHECK(a.text.find("Penyebab") != std::string::npos);
  CHECK(a.text.find("Seluruh kolom air") != std::string::npos);
}

TEST_CASE("a one-fact question whose fact the answer never says is declined",
          "[bot][passage][scope]") {
  // A written article that names Borobudur often and architects once, but
  // never who designed Borobudur.
  const std::string text = testing::read_source("tests/qa/holdout54/cagar-budaya.md");
  testing::ArticleBot article("fact-unsaid", "cagar-budaya.md", text);
  Answer a = article.bot->ask("p", "Siapa arsitek yang merancang Candi Borobudur?");
  INFO(a.text);
  CHECK_FALSE(a.found);
  // A limit is given by its figure, though the answer says no "batas".
  const std::string anemia = testing::read_source("tests/qa/holdout5/anemia.md");
  testing::ArticleBot other("fact-limit", "anemia.md", anemia);
  Answer b = other.bot->ask("b", "Berapa batas kadar Hb untuk wanita dewasa?");
  INFO(b.text);
  CHECK(b.found);
  CHECK(b.text.find("12 g/dL") != std::string::npos);
}

TEST_CASE("a superlative is ranked by its own quality, and a limit asked as a number is no rank",
          "[bot][passage]") {
  testing::ArticleBot article("rank-quality", "gunung.md", R"(---
title: Gunung Api
source: contoh.id
language: id
category: Sains
subject: Gunung Api
---

# Gunung Api

Gunung api adalah bukaan kerak bumi tempat magma keluar ke permukaan.

## Gunung Api Terkenal

Berikut beberapa gunung api terkenal di Indonesia: Gunung Merapi (2.930 mdpl) di Jawa Tengah, salah satu gunung api paling aktif di dunia.

## Laporan Erupsi

Setelah erupsi, laporan kerusakan wajib dikirim paling lambat 14 hari kepada pemerintah daerah.
)");
  // "paling aktif" ranks nothing by height.
  Answer a = article.bot->ask("t", "Gunung api apa yang paling tinggi di dunia?");
  INFO(a.text);
  CHECK_FALSE(a.found);
  Answer b = article.bot->ask("a", "Gunung api apa yang paling aktif di dunia?");
  INFO(b.text);
  CHECK(b.text.find("Merapi") != std::string::npos);
  // "paling lambat berapa hari" asks a limit, which the article states.
  Answer c = article.bot->ask("l", "Laporan kerusakan paling lambat berapa hari dikirim?");
  INFO(c.text);
  CHECK(c.text.find("14 hari") != std::string::npos);
}

TEST_CASE("an item quoted beside the answer that announces its own list is said with it",
          "[bot][passage]") {
  testing::ArticleBot article("item-announces", "asuransi.md", R"(---
title: Asuransi Kesehatan
source: contoh.id
language: id
category: Keuangan
subject: Asuransi Kesehatan
---

# Asuransi Kesehatan

Asuransi kesehatan adalah perlindungan biaya berobat dengan membayar premi.

## Risiko yang Sering Dikeluhkan

Beberapa hal berikut sering dikeluhkan nasabah:

- **Premi hangus.** Premi yang sudah dibayar tidak dikembalikan meskipun peserta tidak pernah klaim.
- **Klaim ditolak.** Penyebabnya antara lain:
  - Penyakit yang sudah ada sebelum polis terbit
  - Dokumen tidak lengkap
- **Selisih biaya.** Kamar yang lebih mahal dari plafon dibayar sendiri.
)");
  Answer a = article.bot->ask("k", "knp klaim gw ditolak ya pdhl udh bayar premi");
  INFO(a.text);
  CHECK(a.text.find("Dokumen tidak lengkap") != std::string::npos);
}

TEST_CASE("'kapan' of a table's row is the row's date", "[bot][passage]") {
  // A written article: the row "Tsunami Selat Sunda | 22 Desember 2018"
  // and a sentence elsewhere that names the event and its year.
  const std::string text = testing::read_source("tests/qa/holdout59/tsunami.md");
  testing::ArticleBot article("when-row", "tsunami.md", text);
  Answer a = article.bot->ask("k", "Kapan tsunami Selat Sunda terjadi?");
  INFO(a.text);
  CHECK(a.text.find("22 Desember 2018") != std::string::npos);
}

TEST_CASE("examples are given where a cue follows the thing asked", "[bot][passage]") {
  // A written article: "Gunakan APD (Alat Pelindung Diri) seperti masker dan
  // sarung tangan saat merawat penderita" against a risk group "Tenaga
  // kesehatan, terutama yang merawat pasien tanpa memakai Alat Pelindung
  // Diri", which shares one more of the question's words and gives none.
  const std::string text = testing::read_source("tests/qa/holdout61/mpox.md");
  testing::ArticleBot article("cue-beside", "mpox.md", text);
  Answer a =
      article.bot->ask("c", "Contoh alat pelindung yang dipakai saat merawat penderita mpox?");
  INFO(a.text);
  CHECK(a.text.find("masker") != std::string::npos);
  // (A cue in the next sentence of an item gives examples of what the item
  // is about: "... dari sumbernya ke udara. Contohnya karbon monoksida".)
  const std::string air = testing::read_source("tests/qa/holdout18/polusi-udara.md");
  testing::ArticleBot other("cue-clause", "polusi-udara.md", air);
  Answer b = other.bot->ask("c", "Sumber polusi dalam ruangan contohnya apa?");
  INFO(b.text);
  CHECK(b.text.find("asap rokok") != std::string::npos);
}

TEST_CASE("'tanggal berapa' is answered by the sentence that gives a 'tanggal'", "[bot][passage]") {
  // A written article: "Iuran disetor paling lambat tanggal 10 bulan
  // berikutnya" beside a worked example that "wajib menyetor" a sum "per
  // bulan", which shares more of the question's other words.
  const std::string text = testing::read_source("tests/qa/holdout61/tapera.md");
  testing::ArticleBot article("when-unit", "tapera.md", text);
  Answer a = article.bot->ask("t", "Tanggal berapa iuran Tapera harus disetor?");
  INFO(a.text);
  CHECK(a.text.find("tanggal 10") != std::string::npos);
}

TEST_CASE("'di mana' is answered by the sentence that places it after 'di'", "[bot][passage]") {
  testing::ArticleBot article("where-di", "urat.md", R"(---
title: Asam Urat
source: contoh.id
language: id
category: Kesehatan
subject: Asam Urat
---

# Asam Urat

Asam urat adalah zat sisa pemecahan purin.

## Tahapan

1. **Gout kronis bertofus**: tahap lanjut dengan benjolan tofus, biasanya muncul setelah sekitar 10 tahun tanpa pengobatan.

## Komplikasi

- **Tofus**: benjolan keras berisi kristal urat yang muncul di bawah kulit, misalnya di jari, siku, atau daun telinga.
- **Batu ginjal**: kristal urat mengendap di saluran kemih.
)");
  Answer a = article.bot->ask("t", "Tofus biasanya muncul di mana?");
  INFO(a.text);
  CHECK(a.text.find("daun telinga") != std::string::npos);
  // "berasal dari" asks an origin: no place after "di" answers it.
  const std::string text = testing::read_source("tests/qa/holdout49/mikroplastik.md");
  testing::ArticleBot other("where-from", "mikroplastik.md", text);
  Answer b = other.bot->ask("f", "Where do microplastics come from?");
  INFO(b.text);
  CHECK(b.found);
  CHECK(b.text.find("Richard Thompson") == std::string::npos);
}

TEST_CASE("a long name asked of what the answer names by its acronym is no name elsewhere",
          "[bot][passage]") {
  // A written article: "Satuan Dobson atau DU (Dobson Unit)", two sentences
  // before "Satu DU setara dengan lapisan ozon murni setebal 0,01
  // milimeter ...".
  const std::string text = testing::read_source("tests/qa/holdout62/lapisan-ozon.md");
  testing::ArticleBot article("acronym-held", "lapisan-ozon.md", text);
  Answer a = article.bot->ask("d", "Satu Dobson Unit itu setara dengan berapa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("0,01 milimeter") != std::string::npos);
}

TEST_CASE("'Hukum apa yang mengatur X?' asks which of a kind, and gets the list its lead announces",
          "[bot][passage]") {
  testing::ArticleBot article("which-kind", "koperasi.md", R"(---
title: Koperasi Sekolah
subject: Koperasi Sekolah
---

# Koperasi Sekolah

Koperasi sekolah adalah koperasi yang anggotanya siswa dan guru di satu sekolah.

## Dasar Hukum Koperasi Sekolah

Keberadaan koperasi sekolah diatur oleh beberapa peraturan berikut:

1. **UU Nomor 25 Tahun 1992 tentang Perkoperasian**, yaitu undang-undang pokok tentang koperasi di Indonesia.
2. **Peraturan Menteri Koperasi Nomor 9 Tahun 2018**, yaitu aturan yang menegaskan status koperasi sebagai badan hukum.
3. **Surat Keputusan Bersama Menteri Pendidikan**, yaitu aturan tentang pembinaan koperasi di sekolah.

## Manfaat Koperasi Sekolah

- Melatih siswa berwirausaha.
- Menyediakan alat tulis dengan harga murah.
)");
  // The second item says "badan hukum", a legal entity: no better a law
  // than the others its lead names.
  for (const char* q :
       {"Hukum apa yang mengatur koperasi sekolah?", "Which law regulates the koperasi sekolah?"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << " -> " << a.text);
    CHECK(a.text.find("UU Nomor 25 Tahun 1992") != std::string::npos);
    CHECK(a.text.find("Surat Keputusan Bersama") != std::string::npos);
  }
  // English names the kind after "which"; Indonesian before "apa".
  CHECK(article.bot->explain("Which law regulates the koperasi sekolah?")
            .find("\"words\":[\"atur\",\"apa\"") != std::string::npos);
}

TEST_CASE("'kapan' is answered by a sentence its paragraph dates in the sentence before it",
          "[bot][passage]") {
  testing::ArticleBot article("dated-before", "reog.md", R"(---
title: Reog Ponorogo
subject: Reog Ponorogo
---

# Reog Ponorogo

Reog Ponorogo adalah seni pertunjukan dari Ponorogo, Jawa Timur, dengan topeng dadak merak yang besar.

## Pengakuan

Pengakuan dunia datang pada 3 Desember 2024. Dalam sidang di Paraguay, UNESCO menetapkan Reog Ponorogo sebagai warisan budaya takbenda. Sejak itu, festival reog digelar makin meriah.

## Pemain Reog

- Warok, yaitu tokoh sakti yang memimpin rombongan.
- Jathil, yaitu penari berkuda kepang.
)");
  Answer a = article.bot->ask("k", "Kapan UNESCO menetapkan Reog Ponorogo?");
  INFO(a.text);
  CHECK(a.text.find("3 Desember 2024") != std::string::npos);
  CHECK(a.text.find("UNESCO menetapkan") != std::string::npos);
}

TEST_CASE("'berapa lama' is answered by a length of time beyond the best chunks",
          "[bot][passage]") {
  // A written article: the chunks richest in "kupu-kupu", "tahap" and
  // "pupa" state no length of time; the pupa's item of the butterfly's
  // stages does ("Tahap ini berlangsung sekitar 10–14 hari").
  const std::string text = testing::read_source("tests/qa/holdout66/metamorfosis.md");
  testing::ArticleBot article("length-asked", "metamorfosis.md", text);
  Answer a = article.bot->ask("l", "Berapa lama kupu-kupu berada dalam tahap pupa?");
  INFO(a.text);
  CHECK(a.text.find("10\xE2\x80\x93"
                    "14 hari") != std::string::npos);
}

TEST_CASE("a minimum asked is said by a figure its list sets as a requirement", "[bot][passage]") {
  testing::ArticleBot article("requirement-minimum", "lisensi.md", R"(---
title: Lisensi Pilot
subject: Lisensi Pilot
---

# Lisensi Pilot

Lisensi pilot adalah izin menerbangkan pesawat yang diterbitkan otoritas penerbangan. Jenisnya antara lain Student Pilot License (SPL), Private Pilot License (PPL) dan Commercial Pilot License (CPL).

## Syarat Usia

- 16 tahun untuk SPL
- 17 tahun untuk PPL
- 18 tahun untuk CPL

## Catatan

Pilot berusia di atas 65 tahun hanya boleh terbang sebagai kopilot, dengan batas maksimal dua penerbangan sehari.
)");
  // "Syarat Usia": what is required is the least allowed, so the item says
  // the "minimal" asked though it never writes the word.
  Answer a = article.bot->ask("m", "Berapa usia minimal untuk CPL?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("18 tahun untuk CPL") != std::string::npos);
}

TEST_CASE("a pronoun points back past a sentence that points back itself", "[bot][passage]") {
  // A written biography: "**Ki Hajar Dewantara** adalah ... Nama lahirnya
  // adalah .... Ia lahir di Pakualaman ...": "Ia" is the man the paragraph
  // opens with, past the sentence between that points back too. (Its
  // introduction says "2 Mei adalah hari lahir Ki Hajar Dewantara".)
  const std::string text = testing::read_source("tests/qa/holdout69/ki-hajar-dewantara.md");
  testing::ArticleBot article("pronoun-chain", "ki-hajar-dewantara.md", text);
  Answer a = article.bot->ask("p", "Di mana tempat Ki Hajar Dewantara dilahirkan?");
  INFO(a.text);
  CHECK(a.text.find("Pakualaman") != std::string::npos);
}

TEST_CASE("'berapa batas' is told by a figure the article sets as a limit", "[bot][passage]") {
  testing::ArticleBot article("figure-limit", "herbal.md", R"(---
title: Tanaman Obat
subject: Tanaman Obat
---

# Tanaman Obat

Tanaman obat adalah tumbuhan yang dipakai untuk menjaga kesehatan hingga mengobati penyakit ringan.

## Hal yang Perlu Diperhatikan

- **Dosis berlebihan**: jahe sebaiknya tidak lebih dari 4 gram per hari untuk orang dewasa karena dapat memicu nyeri ulu hati.
- **Kehamilan**: ibu hamil sebaiknya menghindari sambiloto.
)");
  // "batas" is a figure noun, which "tidak lebih dari 4 gram" gives; and
  // it is no "perhinggaan", whose stem the article has only as "hingga".
  const std::string how = article.bot->explain("Berapa batas aman jahe per hari?");
  INFO(how);
  CHECK(how.find("perhinggaan") == std::string::npos);
  Answer a = article.bot->ask("f", "Berapa batas aman jahe per hari untuk orang dewasa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("4 gram") != std::string::npos);
}

TEST_CASE("the introduction's sentence before 'Yuk, simak ...' names what the article covers",
          "[bot][passage]") {
  testing::ArticleBot article("intro-teaser", "pilwalkot.md", R"(---
title: Pemilihan Wali Kota
subject: Pemilihan Wali Kota
---

# Pemilihan Wali Kota

Setiap lima tahun warga kota memilih pemimpinnya. Meski rutin digelar, masih banyak yang bingung soal dasar hukumnya, siapa penyelenggaranya, hingga bagaimana sengketanya diselesaikan. Yuk, simak penjelasan lengkapnya di bawah ini.

## Apa Itu Pemilihan Wali Kota?

Pemilihan wali kota adalah proses memilih wali kota secara langsung oleh warga kota. Penyelenggaranya adalah KPU kota.

Dasar hukum pemilihan wali kota antara lain:

- UUD 1945 Pasal 18 ayat (4)
- UU Nomor 10 Tahun 2016
)");
  // The teaser holds every word asked; the list says what is asked.
  Answer a = article.bot->ask("i", "Apa dasar hukum penyelenggaraan pemilihan wali kota?");
  INFO(a.text);
  CHECK(a.text.find("UU Nomor 10 Tahun 2016") != std::string::npos);
  CHECK(a.text.find("masih banyak yang bingung") == std::string::npos);
}

TEST_CASE("'di bagian tubuh mana?' asks where, told by an instance of the kind asked",
          "[bot][passage]") {
  testing::ArticleBot article("where-kind", "vaksin-tetanus.md", R"(---
title: Vaksin Tetanus
subject: Vaksin Tetanus
---

# Vaksin Tetanus

Vaksin tetanus adalah vaksin yang melindungi tubuh dari racun bakteri tetanus.

## Cara Mendapatkan Vaksin Tetanus

1. Datang ke puskesmas terdekat.
2. Jalani pemeriksaan singkat, misalnya pengukuran suhu tubuh.
3. Terima suntikan, lalu tunggu 15 menit.

## Jadwal Vaksin Tetanus

Vaksin disuntikkan ke otot lengan atas dengan takaran 0,5 ml per dosis.
)");
  const std::string how = article.bot->explain("Vaksin tetanus disuntikkan di bagian tubuh mana?");
  CHECK(how.find("\"qtype\":\"where\"") != std::string::npos);
  Answer a = article.bot->ask("w", "Vaksin tetanus disuntikkan di bagian tubuh mana?");
  INFO(a.text);
  CHECK(a.text.find("lengan atas") != std::string::npos);
}

TEST_CASE("a sentence that repeats the head of the last one's phrase on a name is about that name",
          "[bot][passage]") {
  testing::ArticleBot article("head-repeated", "sembelit.md", R"(---
title: Sembelit
subject: Sembelit
---

# Sembelit

Sembelit adalah kondisi ketika BAB (buang air besar) menjadi jarang dan sulit.

## Frekuensi

Perlu diketahui, frekuensi BAB setiap orang berbeda-beda. Frekuensi yang dianggap normal berkisar antara tiga kali sehari hingga tiga kali seminggu.

## Penyebab

Penyebab sembelit antara lain kurang serat dan kurang minum.
)");
  Answer a = article.bot->ask("f", "Berapa kali BAB yang masih dianggap normal?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("tiga kali sehari") != std::string::npos);
}

TEST_CASE("a sentence cut at a colon inside its paragraph is said with what follows",
          "[bot][passage]") {
  testing::ArticleBot article("colon-inside", "ekosistem.md", R"(---
title: Ekosistem
subject: Ekosistem
---

# Ekosistem

Ekosistem adalah kesatuan makhluk hidup dan lingkungannya.

## Aliran Energi

Energi berpindah melalui peristiwa makan dan dimakan. Urutan peristiwa ini disebut **rantai makanan**, contohnya: padi → tikus → ular → elang. Kumpulan rantai makanan membentuk jaring-jaring makanan.
)");
  Answer a = article.bot->ask("c", "Apa contoh rantai makanan?");
  INFO(a.text);
  CHECK(a.text.find("tikus") != std::string::npos);
}

TEST_CASE("a paragraph ending in a colon is said with the one line set apart after it",
          "[bot][passage]") {
  testing::ArticleBot article("colon-line", "ekonomi.md", R"(---
title: Pertumbuhan Ekonomi
subject: Pertumbuhan Ekonomi
---

# Pertumbuhan Ekonomi

Pertumbuhan ekonomi adalah kenaikan produksi barang dan jasa suatu negara.

## Cara Mengukur

Untuk menghitung laju pertumbuhan ekonomi, yang dipakai adalah PDB riil. Rumusnya:

**Laju pertumbuhan ekonomi = (PDB tahun ini − PDB tahun lalu) ÷ PDB tahun lalu × 100%**

Kalau hasilnya negatif, ekonomi mengalami kontraksi.
)");
  Answer a = article.bot->ask("r", "rumus laju pertumbuhan ekonomi gmn");
  INFO(a.text);
  CHECK(a.text.find("× 100%") != std::string::npos);
}

TEST_CASE("when a thing starts is told by the time a start word gives", "[bot][passage]") {
  testing::ArticleBot article("start-time", "ter.md", R"(---
title: Pajak Karyawan
subject: Pajak Karyawan
---

# Pajak Karyawan

Pajak karyawan dipotong setiap bulan. Sejak 1 Januari 2024 pemerintah memakai skema TER untuk pemotongannya.

## Skema TER

TER hanya berlaku untuk masa Januari sampai November. Pada bulan Desember pajak dihitung ulang.
)");
  Answer a = article.bot->ask("t", "Kapan skema TER mulai berlaku?");
  INFO(a.text);
  CHECK(a.text.find("1 Januari 2024") != std::string::npos);
}

// One history paragraph that dates its narrative once, and one whose
// question words are split over two sentences.
const char kGotongRoyong[] = R"(---
title: Gotong Royong
subject: Gotong Royong
---

# Gotong Royong

Gotong royong adalah kegiatan yang dikerjakan bersama-sama secara sukarela.

## Sejarah

Dalam sidang BPUPKI pada 1 Juni 1945, Soekarno menyampaikan pidato tentang dasar negara. Menurutnya, kelima sila dapat diperas menjadi Trisila. Trisila pun masih bisa diperas lagi menjadi Ekasila, yaitu gotong royong.

## Kehidupan Sehari-hari

Dahulu sebagian besar warga desa hidup sebagai petani sawah. Menanam dan memanen dilakukan bersama-sama karena mustahil dikerjakan sendirian.

## Manfaat

Gotong royong mempererat hubungan antarwarga.
)";

TEST_CASE("a paragraph's date is when its undated sentences after it happened", "[bot][passage]") {
  testing::ArticleBot article("dated-back", "gotong.md", kGotongRoyong);
  Answer a = article.bot->ask("k", "Kapan gotong royong disebut sebagai Ekasila?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("1 Juni 1945") != std::string::npos);
}

TEST_CASE("two sentences said together are as sure as what they hold together", "[bot][passage]") {
  testing::ArticleBot article("joined-cover", "gotong.md", kGotongRoyong);
  // The first sentence holds who ("petani desa"), the second what and why.
  Answer a = article.bot->ask("j", "Mengapa petani desa dulu menanam secara bersama-sama?");
  INFO(a.text << " " << a.confidence);
  CHECK(a.text.find("mustahil dikerjakan sendirian") != std::string::npos);
  CHECK(a.confidence > 0.75);
}

constexpr const char* kLele = R"(---
title: Budidaya Lele
subject: Budidaya Lele
---

# Budidaya Lele

Budidaya lele adalah kegiatan memelihara ikan lele di kolam.

## Menjaga Kualitas Air

Beberapa parameter yang perlu dipantau:

- **Suhu**: 25–30°C.
- **Oksigen terlarut**: minimal 3 mg/liter.
- **pH**: 6,5–8.
- **Amonia**: di bawah 0,1 mg/liter.

## Risiko

Hujan deras membuat suhu dan pH air anjlok.
)";

TEST_CASE("two things asked together that a list gives in two items are both said",
          "[bot][passage]") {
  testing::ArticleBot article("joined-items", "lele.md", kLele);
  Answer a = article.bot->ask("j", "Berapa suhu dan pH air untuk lele?");
  INFO(a.text);
  CHECK(a.text.find("25–30°C") != std::string::npos);
  CHECK(a.text.find("6,5–8") != std::string::npos);
  CHECK(a.text.find("0,1 mg") == std::string::npos);
}

TEST_CASE("'ideal' qualifies the figure asked, it names nothing the article lacks",
          "[bot][passage]") {
  testing::ArticleBot article("ideal-figure", "lele.md", kLele);
  Answer a = article.bot->ask("i", "Berapa suhu air yang ideal untuk lele?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("25–30°C") != std::string::npos);
}

TEST_CASE(
    "a sentence closing its section announcing what follows is said with the names of its parts",
    "[bot][passage]") {
  testing::ArticleBot article("announced-parts", "urin.md", R"(---
title: Sistem Ekskresi
subject: Sistem Ekskresi
---

# Sistem Ekskresi

Sistem ekskresi adalah sistem pembuangan zat sisa.

## Proses Pembentukan Urin

Ginjal bekerja sangat keras. Setiap menit, sekitar 1.200 mL darah mengalir melewati kedua ginjal.
Kecepatan penyaringannya disebut Laju Filtrasi Glomerulus (LFG), yang pada orang dewasa sehat
kira-kira 125 mL per menit atau setara 180 liter per hari. Dalam dunia medis, GFR (Glomerular
Filtration Rate) inilah yang dipakai dokter untuk menilai apakah ginjal masih berfungsi baik,
terutama pada pasien yang menderita diabetes atau tekanan darah tinggi dalam waktu lama.

Pembentukan urin berlangsung dalam tiga tahap berikut.

### 1. Filtrasi (Penyaringan)

Darah disaring di glomerulus.

### 2. Reabsorpsi (Penyerapan Kembali)

Zat yang berguna diserap kembali.

### 3. Augmentasi (Penambahan)

Zat sisa ditambahkan.
)");
  Answer a = article.bot->ask("u", "Tahapan pembentukan urin ada apa aja?");
  INFO(a.text);
  CHECK(a.text.find("Filtrasi") != std::string::npos);
  CHECK(a.text.find("Reabsorpsi") != std::string::npos);
  CHECK(a.text.find("Augmentasi") != std::string::npos);
}

constexpr const char* kSarekat = R"(---
title: "Sarekat Islam: Sejarah Berdiri, Tujuan, Tokoh, dan Perpecahannya"
subject: Sarekat Islam
---

# Sarekat Islam: Sejarah Berdiri, Tujuan, Tokoh, hingga Perpecahan SI Putih dan SI Merah

Kalau membahas masa pergerakan nasional, nama Sarekat Islam hampir selalu disebut bersama Budi Utomo. Bedanya, Sarekat Islam tumbuh jauh lebih besar dan lebih cepat. Dalam waktu kurang dari satu dasawarsa, perkumpulan yang berawal dari para pedagang batik di Solo ini menjelma menjadi gerakan massa pertama di Hindia Belanda. Yuk, simak sejarah lengkapnya di bawah ini!

## Pengertian Sarekat Islam

**Sarekat Islam (SI)** adalah organisasi pergerakan nasional berasaskan Islam yang lahir dari perkumpulan pedagang pribumi bernama Sarekat Dagang Islam (SDI). Perkumpulan ini didirikan oleh **Haji Samanhudi**, saudagar batik dari Laweyan, Surakarta, pada 16 Oktober 1905. Sebagian sejarawan justru menyebut tahun 1911 sebagai tahun berdirinya SDI, karena pada tahun itulah kegiatannya mulai tercatat dengan jelas.

Pada 1912, SDI berganti nama menjadi Sarekat Islam. Perubahan ini didorong oleh **Haji Oemar Said (H.O.S.) Tjokroaminoto**, yang ingin organisasi tidak hanya mengurus dagang, tetapi juga terbuka bagi seluruh lapisan rakyat. Di bawah kepemimpinannya SI berkembang pesat, sampai-sampai orang Belanda menjulukinya "Raja Jawa Tanpa Mahkota".

## Latar Belakang Berdirinya Sarekat Islam

Ada beberapa alasan yang mendorong lahirnya SDI dan kemudian SI, antara lain:

1. **Persaingan dagang**: pedagang batik pribumi terdesak oleh pedagang Tionghoa yang menguasai perdagangan bahan baku batik, seperti kain mori dan zat pewarna.
2. **Politik diskriminatif kolonial**: pemerintah Hindia Belanda mengistimewakan orang Eropa dan Timur Asing, sementara pribumi ditempatkan di kelas paling bawah.
3. **Semangat persaudaraan Islam**: Islam dipandang sebagai pengikat yang mampu menyatukan rakyat dari berbagai suku dan daerah.
4. **Kesadaran kebangsaan**: kaum terpelajar mulai yakin bahwa nasib rakyat hanya bisa diperbaiki lewat organisasi.

## Tujuan Sarekat Islam

Menurut anggaran dasar tahun 1912, tujuan SI adalah:

- Memajukan perdagangan di kalangan pribumi.
- Membantu anggota yang mengalami kesulitan ekonomi.
- Memajukan kecerdasan serta kehidupan rohani dan jasmani rakyat.
- Memajukan kehidupan agama Islam dan meluruskan paham yang keliru tentangnya.
)";

TEST_CASE("a longer name said whole is that thing, not a shorter name whose words it holds",
          "[bot][passage]") {
  testing::ArticleBot article("longer-name", "si.md", kSarekat);
  const std::string how = article.bot->explain("Kapan Sarekat Dagang Islam berdiri?");
  INFO(how);
  CHECK(how.find("\"subject\":false") != std::string::npos);
  CHECK(how.find("\"entities\":[\"SDI\"]") != std::string::npos);
}

TEST_CASE("a sentence that opens with a noun pointed at is about the name the one before gives",
          "[bot][passage]") {
  testing::ArticleBot article("pointed-at", "si.md", kSarekat);
  Answer a = article.bot->ask("s", "Kapan Sarekat Dagang Islam didirikan?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("16 Oktober 1905") != std::string::npos);
}

TEST_CASE("a Roman numeral after a name labels the thing asked, as written", "[bot][passage]") {
  testing::ArticleBot article("roman-label", "agresi.md", R"(---
title: Perjanjian Linggarjati
subject: Perjanjian Linggarjati
---

# Perjanjian Linggarjati

Perjanjian Linggarjati adalah perundingan antara Indonesia dan Belanda pada November 1946.

## Perbedaan Tafsir dan Agresi Militer Belanda I

Masalah terbesar Perjanjian Linggarjati adalah perbedaan tafsir. Pada 20 Juli 1947, Belanda
menyatakan tidak lagi terikat pada perjanjian. Keesokan harinya, 21 Juli 1947, Belanda melancarkan
Agresi Militer Belanda I dengan sandi Operatie Product. Serangan ini berlangsung dua minggu.
)");
  Answer first = article.bot->ask("a", "Kapan Agresi Militer Belanda I terjadi?");
  INFO(first.text);
  CHECK(first.text.find("21 Juli 1947") != std::string::npos);
  // (Not read as the number "dua", which any figure of the article holds.)
  const std::string how = article.bot->explain("Kapan Agresi Militer Belanda II terjadi?");
  INFO(how);
  CHECK(how.find("\"ii\"") != std::string::npos);
  CHECK(how.find("\"dua\"") == std::string::npos);
}

TEST_CASE("'waktu' after 'berapa lama' restates the length asked", "[bot][passage]") {
  testing::ArticleBot article("length-restated", "fermentasi.md", R"(---
title: Fermentasi Makanan
subject: Fermentasi Makanan
---

# Fermentasi Makanan

Fermentasi makanan adalah proses perubahan bahan pangan oleh mikroorganisme.

## Contoh Makanan Fermentasi

| Produk | Bahan baku | Lama fermentasi |
|---|---|---|
| Tempe | Kedelai | 36–48 jam |
| Tape | Singkong | 2–3 hari |
)");
  const std::string how = article.bot->explain("Berapa lama waktu fermentasi tempe?");
  INFO(how);
  CHECK(how.find("\"unknown\":[]") != std::string::npos);
  Answer a = article.bot->ask("w", "Berapa lama waktu fermentasi tempe?");
  INFO(a.text);
  CHECK(a.text.find("36–48 jam") != std::string::npos);
}

TEST_CASE("'di mana lokasinya' is answered by a place the article gives without the word",
          "[bot][passage]") {
  testing::ArticleBot article("place-asked", "candi.md", R"(---
title: Candi Prambanan
subject: Candi Prambanan
---

# Candi Prambanan

Candi Prambanan adalah kompleks candi Hindu terbesar di Indonesia. Kompleks ini terletak di perbatasan Kabupaten Sleman dan Kabupaten Klaten.

## Sejarah

Candi ini dibangun pada abad ke-9 oleh Rakai Pikatan. Pembangunannya selesai sekitar tahun 856.

## Info Berkunjung: Lokasi dan Tiket

Harga tiketnya Rp50.000 untuk wisatawan dewasa.
)");
  for (const char* q : {"Di mana lokasi Candi Prambanan?", "prambanan tu lokasinya d mana"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << " -> " << a.text);
    CHECK(a.found);
    CHECK(a.text.find("Sleman") != std::string::npos);
  }
}

TEST_CASE("a sentence that points back at the subject named before it is about the subject",
          "[bot][passage]") {
  // (A real article, cut down to what still shows it: which sentence wins
  // depends on how often the article writes each word.)
  testing::ArticleBot article("subject-pointed-at", "si.md", R"(---
title: "Sarekat Islam: Sejarah Berdiri, Tujuan, Tokoh, dan Perpecahannya"
source: JejakSejarah.id
subject: Sarekat Islam
language: id
category: Sejarah
---

## Pengertian Sarekat Islam

**Sarekat Islam (SI)** adalah organisasi pergerakan nasional berasaskan Islam yang lahir dari perkumpulan pedagang pribumi bernama Sarekat Dagang Islam (SDI). Perkumpulan ini didirikan oleh **Haji Samanhudi**, saudagar batik dari Laweyan, Surakarta, pada 16 Oktober 1905. Sebagian sejarawan justru menyebut tahun 1911 sebagai tahun berdirinya SDI, karena pada tahun itulah kegiatannya mulai tercatat dengan jelas.

## Latar Belakang Berdirinya Sarekat Islam

Ada beberapa alasan yang mendorong lahirnya SDI dan kemudian SI, antara lain:

1. **Persaingan dagang**: pedagang batik pribumi terdesak oleh pedagang Tionghoa yang menguasai perdagangan bahan baku batik, seperti kain mori dan zat pewarna.
2. **Politik diskriminatif kolonial**: pemerintah Hindia Belanda mengistimewakan orang Eropa dan Timur Asing, sementara pribumi ditempatkan di kelas paling bawah.
3. **Semangat persaudaraan Islam**: Islam dipandang sebagai pengikat yang mampu menyatukan rakyat dari berbagai suku dan daerah.
4. **Kesadaran kebangsaan**: kaum terpelajar mulai yakin bahwa nasib rakyat hanya bisa diperbaiki lewat organisasi.

## Tujuan Sarekat Islam

1. **Kongres pertama** di Surabaya, 26 Januari 1913, yang menegaskan SI bukan partai politik dan tidak bermaksud melawan pemerintah.
2. **Kongres Nasional Pertama** di Bandung, 1916, yang memunculkan tuntutan zelfbestuur.
3. **Kongres Nasional Kedua** di Batavia, 1917, saat pengaruh kiri mulai terasa.
4. **Kongres Surabaya** 1921, yang menetapkan disiplin partai.
5. **Kongres Madiun** 1923, yang mengubah SI menjadi Partai Sarekat Islam (PSI).

## Cara SI Menggalang Dukungan Rakyat

1. **SDI (Sarekat Dagang Islam)**, 1905–1912: perkumpulan pedagang batik.
2. **Sarekat Islam**, 1912–1923: organisasi massa.
3. **Partai Sarekat Islam (PSI)**, 1923–1929: partai politik.
4. **PSII (Partai Sarekat Islam Indonesia)**, sejak 1929: partai yang memilih sikap nonkooperatif terhadap Belanda. Setelah kemerdekaan, PSII melebur ke dalam Partai Persatuan Pembangunan (PPP) pada 5 Januari 1973.

1. **Perpecahan internal** antara SI Putih dan SI Merah yang menguras tenaga organisasi.
2. **Tekanan pemerintah kolonial**, terutama setelah Peristiwa Garut 1919 yang dikaitkan dengan kelompok rahasia SI Afdeling B. Banyak pemimpin ditangkap; Tjokroaminoto sendiri sempat ditahan pada 1921.
3. **Munculnya organisasi baru**, seperti Partai Nasional Indonesia (PNI) yang didirikan Soekarno pada 1927 dan menarik kaum muda nasionalis sekuler.
4. **Perpecahan lanjutan** di tubuh PSII, misalnya saat kelompok Agus Salim membentuk Barisan Penyadar PSII pada 1936.
5. **Wafatnya Tjokroaminoto** pada 17 Desember 1934, yang membuat SI kehilangan figur pemersatu.

## Perbandingan Sarekat Islam dan Budi Utomo

Budi Utomo berdiri pada 20 Mei 1908 di Batavia. Organisasi ini didirikan oleh Soetomo bersama pelajar STOVIA (School tot Opleiding van Inlandsche Artsen) atas gagasan dr. Wahidin Soedirohoesodo, dan tanggal berdirinya diperingati sebagai Hari Kebangkitan Nasional. Meski sama-sama pelopor, keduanya cukup berbeda:

| Aspek | Budi Utomo | Sarekat Islam |
|---|---|---|
| Tahun berdiri | 1908 | 1905 (sebagai SDI) |
| Pendiri | Soetomo dan pelajar STOVIA | Haji Samanhudi |
| Dasar | Kebudayaan Jawa | Agama Islam |
| Anggota | Priyayi dan kaum terpelajar Jawa | Rakyat dari semua lapisan |
| Jangkauan | Awalnya Jawa dan Madura | Hampir seluruh Hindia Belanda |
| Sifat | Moderat dan kooperatif | Lebih radikal dan berbasis massa |
)");
  const char* q = "siapa yg ndiriin sarikat islam";
  Answer a = article.bot->ask(q, q);
  INFO(a.text);
  CHECK(a.text.find("Samanhudi") != std::string::npos);
}

TEST_CASE("a name said as the other party to what is asked does not decide what it is about",
          "[bot][passage]") {
  testing::ArticleBot article("partner-entity", "bongaya.md", R"(---
title: Perjanjian Bongaya
subject: Perjanjian Bongaya
---

# Perjanjian Bongaya

Perjanjian Bongaya adalah perjanjian damai antara Kerajaan Gowa dan Vereenigde Oostindische
Compagnie (VOC) yang ditandatangani pada 18 November 1667.

## Jalannya Perang

VOC mengirim armada besar ke Makassar pada 1666. Pertempuran berlangsung berbulan-bulan.

## Menuju Perundingan

Setelah kehilangan banyak prajurit dan wilayah, Gowa bersedia membuka perundingan.
)");
  // VOC is named after "dengan": the one Gowa negotiates with. The sentence
  // that says all the rest is the answer, though it never names VOC.
  Answer a =
      article.bot->ask("p1", "Apa yang membuat Gowa akhirnya bersedia berunding dengan VOC?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("kehilangan banyak prajurit") != std::string::npos);
}

TEST_CASE("a figure right after the measure's own word gives it in whatever unit",
          "[bot][passage][number]") {
  testing::ArticleBot article("measure-named", "enkripsi.md", R"(---
title: Enkripsi Data
subject: Enkripsi Data
---

# Enkripsi Data

Enkripsi data adalah proses mengubah informasi menjadi kode acak.

## Sejarah

Pemerintah Amerika Serikat menetapkan Data Encryption Standard (DES) pada tahun 1977 dengan
panjang kunci 56 bit. Panjang kunci itu tidak berubah selama 20 tahun.
)");
  // "bit" is no unit of length, but the figure follows "panjang kunci"
  // itself. (Not "20 tahun": a figure in another measure's unit.)
  Answer a = article.bot->ask("m1", "Berapa panjang kunci DES?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("56 bit") != std::string::npos);
}

TEST_CASE("an acronym of a name the opening gives the subject asks about the whole article",
          "[bot][passage]") {
  testing::ArticleBot article("subject-acronym", "ginjal.md", R"(---
title: Gagal Ginjal Kronis
subject: Gagal Ginjal Kronis
---

# Gagal Ginjal Kronis

**Gagal ginjal kronis** adalah kondisi ketika ginjal kehilangan fungsinya secara bertahap selama
lebih dari 3 bulan. Dalam dunia medis, kondisi ini disebut Penyakit Ginjal Kronis (PGK) atau dalam
bahasa Inggris CKD (Chronic Kidney Disease).

## Penyebab

Penyebab tersering adalah diabetes dan hipertensi yang tidak terkontrol.

## Pengobatan

Dokter akan menyarankan beberapa hal berikut:

- Mengendalikan tekanan darah dengan target di bawah 130/80 mmHg.
- Membatasi asupan garam dan protein.
)");
  Answer a = article.bot->ask("g", "Target tekanan darah untuk pasien PGK berapa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("130/80") != std::string::npos);
}
