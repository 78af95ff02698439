// "Kenapa X bisa ...?" is answered with the sentence that gives the reason
// (bot/answerer.cc gives_reason), on an article the bot data does not know.
#include <catch2/catch.hpp>

#include "testing.h"

using namespace tanya;

TEST_CASE("a causal question gets the sentence that gives the reason", "[bot][reason]") {
  const char* article = R"(---
title: Embun Pagi
subject: Embun Pagi
---

# Embun Pagi

Embun pagi adalah titik air yang menempel di daun pada pagi hari.

## Kapan Embun Terbentuk

Embun paling banyak terlihat setelah malam yang cerah. Embun terbentuk karena udara di dekat daun mendingin sampai titik embun sehingga uap air mengembun.

## Manfaat Embun

- Menyiram tanaman kecil secara alami.
- Menjadi sumber air bagi serangga.
)";
  testing::ArticleBot bot("reason", "embun.md", article);
  Answer why = bot.bot->ask("r1", "Kenapa embun bisa terbentuk?");
  CHECK(why.found);
  CHECK(why.text.find("karena udara di dekat daun mendingin") != std::string::npos);
}

TEST_CASE("'Itulah sebabnya ...' after a list is answered with that list", "[bot][reason]") {
  testing::ArticleBot bot("reason-list", "telinga.md", R"(---
title: Telinga
subject: Telinga
---

# Telinga

Telinga adalah alat pendengaran.

## Bagian Telinga Luar

Liang telinga dilengkapi beberapa pelindung:

- **Rambut halus**, yaitu penahan serangga kecil.
- **Kelenjar serumen**, yaitu penghasil kotoran telinga yang menangkap debu.

Itulah sebabnya kotoran telinga tidak perlu dibersihkan terlalu sering.
)");
  Answer why = bot.bot->ask("w", "Kenapa kotoran telinga tidak perlu dibersihkan terlalu sering?");
  INFO(why.text);
  CHECK(why.text.find("menangkap debu") != std::string::npos);
}

TEST_CASE("'kenapa' about a thing the importance list does not name gets the passage's reason",
          "[bot][reason]") {
  testing::ArticleBot bot("reason-default-topic", "sarapan.md", R"(---
title: Sarapan
subject: Sarapan
---

# Sarapan

Sarapan adalah makan pagi sebelum beraktivitas.

## Mengapa Sarapan Penting?

Ada beberapa alasan sarapan tidak boleh dilewatkan:

- Otak butuh gula darah untuk berkonsentrasi di kelas.
- Tubuh butuh tenaga setelah berpuasa semalaman.

Sayangnya, kebiasaan sarapan di kalangan remaja kota masih rendah. Penyebabnya antara lain bangun kesiangan dan jarak rumah ke sekolah yang jauh.
)");
  Answer why = bot.bot->ask("w", "Kenapa kebiasaan sarapan remaja masih rendah?");
  INFO(why.text);
  CHECK(why.text.find("bangun kesiangan") != std::string::npos);
}

TEST_CASE("'Kenapa jumlah X naik?' asks why, and gets the reasons its paragraph announces",
          "[bot][reason]") {
  testing::ArticleBot bot("reason-count", "sepeda.md", R"(---
title: Bersepeda ke Kantor
subject: Bersepeda ke Kantor
---

# Bersepeda ke Kantor

Bersepeda ke kantor makin digemari.

## Mengapa Pesepeda Bertambah?

Dari tahun ke tahun, jumlah pesepeda di kota besar terus naik. Ada beberapa alasan yang mendorong hal tersebut:

1. **Jalur khusus sepeda**: kota membangun jalur yang aman.
2. **Biaya murah**: tidak perlu membeli bensin.
)");
  CHECK(bot.bot->explain("Kenapa jumlah pesepeda terus naik?").find("\"qtype\":\"reason\"") !=
        std::string::npos);
  Answer why = bot.bot->ask("w", "Kenapa jumlah pesepeda terus naik?");
  INFO(why.text);
  CHECK(why.text.find("Jalur khusus") != std::string::npos);
  // Without an interrogative, "jumlah" still asks how many.
  CHECK(bot.bot->explain("jumlah pesepeda di kota besar?").find("\"qtype\":\"number\"") !=
        std::string::npos);
}

TEST_CASE("of two sentences that say the same, 'kenapa' gets the one that gives a reason",
          "[bot][reason]") {
  testing::ArticleBot bot("reason-connective", "jati.md", R"(---
title: Pohon Jati
subject: Pohon Jati
---

# Pohon Jati

Pohon jati adalah pohon berkayu keras yang tumbuh di hutan tropis.

## Musim Kemarau

Di musim kemarau, daun jati gugur.

Ada alasan yang jelas untuk hal ini bagi para petani hutan dan peneliti. Daun jati gugur di musim kemarau karena pohon menghemat air lewat daunnya.
)");
  Answer why = bot.bot->ask("w", "Kenapa daun jati gugur di musim kemarau?");
  INFO(why.text);
  CHECK(why.found);
  CHECK(why.text.find("menghemat air") != std::string::npos);
}

TEST_CASE("'kenapa' is not answered by a lead's cue sentence that holds nothing it names",
          "[bot][reason]") {
  testing::ArticleBot bot("reason-cue-only", "cacar.md", R"(---
title: Cacar Air
subject: Cacar Air
---

# Cacar Air

Cacar air banyak menyerang anak sekolah dasar dan orang dewasa yang berat badannya turun. Angkanya naik setiap musim pancaroba. Karena itu, penting untuk memahami apa itu cacar air dan cara mencegahnya.

## Pengertian

Cacar air adalah infeksi virus varicella yang menimbulkan bintil berisi cairan.

## Kelompok Berisiko

Beberapa kelompok lebih berisiko mengalami cacar air berat, yaitu bayi yang belum divaksin dan orang dewasa dengan daya tahan tubuh lemah.
)");
  Answer why = bot.bot->ask("w", "Mengapa orang dewasa rentan mengalami cacar air berat?");
  INFO(why.text);
  CHECK(why.text.find("daya tahan tubuh lemah") != std::string::npos);
}

TEST_CASE("a 'kenapa' topic guessed where nothing asked is named yields to a reason passage",
          "[bot][reason]") {
  testing::ArticleBot bot("reason-guessed-topic", "teh.md", R"(---
title: Teh Hijau
subject: Teh Hijau
---

# Teh Hijau

Teh hijau adalah teh dari daun yang tidak difermentasi. Teh ini sering dianggap minuman sehat.
Rasanya segar dan sedikit pahit.

## Pentingnya Teh Hijau

- Mengandung antioksidan katekin.
- Membantu menjaga daya tahan tubuh.

## Memilih Teh Hijau

Pilih daun asli yang berwarna hijau cerah. Simpan dalam wadah kedap udara.
Perlu dicatat, minuman kemasan rasa teh hijau sebenarnya bukan teh hijau, karena isinya
lebih banyak gula dan perisa daripada daun teh.
)");
  // The type alone ("kenapa") points to the importance list, which names
  // nothing the question asks; the passage that gives the reason does.
  Answer why =
      bot.bot->ask("k", "knp minuman kemasan yg segar pahit gitu ga dianggep teh hijau asli");
  INFO(why.text);
  CHECK(why.found);
  CHECK(why.text.find("lebih banyak gula") != std::string::npos);
}

TEST_CASE("why a thing is called so is answered where the article says where its name comes from",
          "[bot][reason]") {
  testing::ArticleBot article("reason-name-origin", "bandung.md", R"(---
title: "Kota Bandung: Sejarah dan Perkembangannya"
source: contoh.id
language: id
category: Sejarah
subject: Kota Bandung
---

# Kota Bandung: Sejarah dan Perkembangannya

Kota Bandung adalah ibu kota Provinsi Jawa Barat yang terletak di dataran tinggi.

## Sejarah Kota Bandung

Pada masa lalu, dataran Bandung tergenang air dan membentuk danau purba. Nama Bandung berasal dari kata bendung, karena aliran sungai di daerah ini pernah terbendung lahar. Kota ini resmi berdiri pada 25 September 1810.

## Faktor Pendorong Pertumbuhan Kota

- Udara sejuk menarik banyak pendatang.
- Banyak perguruan tinggi berdiri di kota ini.
)");
  // Not the article's reasons for something else ("Faktor Pendorong ...").
  Answer a = article.bot->ask("no1", "Kenapa kota ini dinamakan Bandung?");
  CHECK(a.found);
  CHECK(a.text.find("berasal dari kata bendung") != std::string::npos);
  CHECK(a.text.find("Udara sejuk") == std::string::npos);
}

TEST_CASE("a name's origin said of 'kerajaan ini' is the subject's, with the words it lists",
          "[bot][reason]") {
  testing::ArticleBot article("name-origin-ini", "sunda.md", R"(---
title: "Kerajaan Sundapura: Sejarah dan Raja-Rajanya"
source: contoh.id
language: id
category: Sejarah
subject: Kerajaan Sundapura
---

# Kerajaan Sundapura

Kalau kamu sedang belajar sejarah, nama Sundapura pasti sering muncul di buku pelajaran.

## Pengertian

**Kerajaan Sundapura** adalah kerajaan Hindu di Jawa bagian barat.

Nama kerajaan ini berasal dari dua kata, yaitu:

- **Sunda**, yaitu nama wilayah di barat Pulau Jawa.
- **Pura**, yaitu kata Sanskerta yang berarti kota.

## Raja-Raja

Raja pertamanya adalah Wirasena yang memerintah pada abad ke-5.
)");
  Answer a = article.bot->ask("o1", "Nama Sundapura artinya apa sih?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("berasal dari dua kata") != std::string::npos);
  CHECK(a.text.find("berarti kota") != std::string::npos);
}

TEST_CASE("a sentence opening with a pronoun is about whom the sentence before names",
          "[bot][reason]") {
  testing::ArticleBot article("pronoun-back", "pasai.md", R"(---
title: "Kesultanan Pasir: Sejarah dan Peninggalan"
source: contoh.id
language: id
category: Sejarah
subject: Kesultanan Pasir
---

# Kesultanan Pasir

Kesultanan Pasir adalah kerajaan Islam di pesisir timur Kalimantan.

## Sejarah

Menurut hikayat setempat, Kesultanan Pasir didirikan oleh Aji Mas Patih Indra pada tahun 1516. Ia adalah seorang pedagang yang pindah dari Gresik karena kotanya diserang bajak laut. Pelabuhannya kemudian ramai dikunjungi kapal dagang.

## Peninggalan

Masjid tua dan makam para sultan masih bisa dikunjungi hingga kini.
)");
  Answer a = article.bot->ask("p1", "Mengapa Aji Mas Patih Indra pergi dari Gresik?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("diserang bajak laut") != std::string::npos);
  // The answer says who "Ia" is.
  CHECK(a.text.find("didirikan oleh Aji Mas Patih Indra") != std::string::npos);
  Answer b = article.bot->ask("p2", "Kenapa pedagang itu pindah dari Gresik?");
  INFO(b.text);
  CHECK(b.text.find("didirikan oleh Aji Mas Patih Indra") != std::string::npos);
}

TEST_CASE("'kepada' and 'daripada' are prepositions, not what a question asks about",
          "[bot][reason]") {
  testing::ArticleBot article("prepositions", "modal.md", R"(---
title: Modal Usaha
subject: Modal Usaha
---

# Modal Usaha

Modal usaha adalah dana untuk memulai dan menjalankan usaha.

## Tantangan

Bank enggan memberi pinjaman karena pelaku usaha kecil jarang punya agunan. Dana diberikan pada awal tahun.
)");
  const std::string explained =
      article.bot->explain("Mengapa bank enggan memberi pinjaman kepada pelaku usaha?");
  INFO(explained);
  // ("kepada" stems to "pada", which the article has in another sense.)
  const size_t query = explained.find("\"query\":[");
  REQUIRE(query != std::string::npos);
  const std::string searched = explained.substr(query, explained.find(']', query) - query);
  CHECK(searched.find("\"pada\"") == std::string::npos);
  Answer a = article.bot->ask("k", "Mengapa bank enggan memberi pinjaman kepada pelaku usaha?");
  INFO(a.text);
  CHECK(a.text.find("agunan") != std::string::npos);
}

TEST_CASE("a sentence giving the reason for all a 'kenapa' names beats the type's topic list",
          "[bot][reason]") {
  testing::ArticleBot article("reason-sentence", "deposito.md", R"(---
title: Deposito
subject: Deposito
---

# Deposito

Deposito adalah simpanan berjangka di bank.

## Mengapa Bunga Deposito Lebih Tinggi dan Berbeda-beda?

Bunga deposito lebih tinggi daripada bunga tabungan karena bank bisa memakai dana nasabah dengan lebih leluasa. Meski begitu, besar bunga di tiap bank tidak sama. Beberapa faktor penyebabnya antara lain:

- **Suku bunga acuan**: ketika bank sentral menaikkan suku bunga, bunga deposito ikut naik.
- **Kebutuhan likuiditas bank**: bank yang butuh dana menawarkan bunga lebih tinggi.
- **Nominal dan tenor**: dana yang lebih besar sering mendapat bunga spesial.
)");
  // The list's items name "bunga" and "tinggi" too, but only the sentence
  // gives the reason for the whole claim, "tabungan" included.
  Answer a = article.bot->ask("r", "Kenapa bunga deposito lebih tinggi daripada bunga tabungan?");
  INFO(a.text);
  CHECK(a.text.find("lebih leluasa") != std::string::npos);
}

TEST_CASE("'apa yang menyebabkan X' asks the cause of X, 'X menyebabkan apa' does not",
          "[bot][reason]") {
  testing::ArticleBot bot("cause-of", "jantung.md", R"(---
title: Kesehatan Jantung
subject: Kesehatan Jantung
---

# Kesehatan Jantung

Kesehatan jantung adalah keadaan jantung yang bekerja dengan baik.

## Gangguan Jantung

- **Penyakit Jantung Koroner (PJK)**: penyempitan arteri koroner akibat tumpukan plak kolesterol.
- **Gagal jantung**: jantung tidak mampu memompa darah dengan cukup.

## Fakta

Menurut WHO, penyakit kardiovaskular merupakan penyebab kematian nomor satu di dunia. PJK termasuk
yang paling banyak memakan korban.
)");
  CHECK(bot.bot->explain("Apa yang menyebabkan penyakit jantung koroner?")
            .find("\"qtype\":\"reason\"") != std::string::npos);
  CHECK(bot.bot->explain("Plak kolesterol bisa menyebabkan apa?").find("\"qtype\":\"reason\"") ==
        std::string::npos);
  // The reason is the item that says what it comes of ("akibat"), not the
  // sentence that shares the word "penyebab".
  Answer a = bot.bot->ask("c1", "Apa yang menyebabkan penyakit jantung koroner?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("tumpukan plak") != std::string::npos);
}

TEST_CASE("a reason given for part of what is asked does not outweigh a part naming it all",
          "[bot][reason]") {
  testing::ArticleBot article("reason-part", "retribusi.md", R"(---
title: Retribusi Pasar
subject: Retribusi Pasar
---

# Retribusi Pasar

Retribusi pasar adalah pungutan atas pemakaian kios di pasar milik pemerintah.

### Alasan Retribusi Pasar Dialihkan ke Daerah

Dulu retribusi pasar dipungut pemerintah pusat. Lewat undang-undang baru, retribusi pasar dialihkan menjadi pungutan daerah. Alasannya antara lain:

- kios tidak bisa berpindah tempat, sehingga paling tepat dipungut oleh daerah tempat kios itu berada;
- pemerintah daerah lebih memahami kondisi pasar di wilayahnya.

## Jenis Retribusi Pasar

1. **Retribusi kios harian**, yaitu pungutan atas kios yang dipakai harian, kecuali untuk pasar grosir. Pengelolanya adalah pemerintah kabupaten melalui Dinas Pasar Daerah.
2. **Retribusi kios bulanan**, yaitu pungutan atas kios sewa bulanan.
)");
  // The kinds' item gives a reason ("untuk") and names the managing
  // "daerah", but the part headed by the reason names all that is asked.
  Answer a = article.bot->ask(
      "a", "Mengapa pengelolaan retribusi pasar dipindahkan dari pusat ke daerah?");
  INFO(a.text);
  CHECK(a.text.find("tidak bisa berpindah tempat") != std::string::npos);
}

TEST_CASE("a reason asked of a consequence is given with what it follows from", "[bot][reason]") {
  testing::ArticleBot article("consequence", "gamelan.md", R"(---
title: Gamelan
source: contoh.id
language: id
category: Budaya
subject: Gamelan
---

# Gamelan

Gamelan adalah ansambel musik tradisional Jawa.

## Sejarah Gamelan

Pada abad ke-19 banyak perajin perunggu beralih menjadi petani karena harga timah melonjak. Akibatnya, jumlah gamelan baru sempat menurun tajam selama puluhan tahun.

Kini gamelan dipelajari di banyak negara.
)");
  Answer a = article.bot->ask("r", "Kenapa jumlah gamelan baru sempat menurun?");
  INFO(a.text);
  CHECK(a.text.find("harga timah melonjak") != std::string::npos);
}

TEST_CASE("'kenapa' answered by a fact reaches the sentence after next that gives its reason",
          "[bot][reason]") {
  testing::ArticleBot bot("reason-after-next", "gigi.md", R"(---
title: Gigi Manusia
subject: Gigi Manusia
---

# Gigi Manusia

Gigi manusia adalah organ keras di mulut untuk mengunyah makanan.

## Jumlah Gigi

Orang dewasa memiliki 32 gigi permanen. Menariknya, anak kecil hanya memiliki 20 gigi susu. Jumlahnya bertambah karena gigi geraham tumbuh setelah gigi susu tanggal. Perawatan gigi sebaiknya dimulai sejak dini.

## Merawat Gigi

- Sikat gigi dua kali sehari.
- Periksa gigi ke dokter setiap enam bulan.
)");
  Answer a = bot.bot->ask("r", "Kenapa orang dewasa punya gigi lebih banyak?");
  INFO(a.text);
  CHECK(a.text.find("karena gigi geraham tumbuh") != std::string::npos);
  CHECK(a.text.find("sejak dini") == std::string::npos);
}

TEST_CASE("'kenapa disebut Y' is answered by the sentence that gives the reason for the name",
          "[bot][reason]") {
  testing::ArticleBot bot("name-reason", "rafflesia.md", R"(---
title: Rafflesia Arnoldii
subject: Rafflesia Arnoldii
---

# Rafflesia Arnoldii

Rafflesia arnoldii adalah tumbuhan parasit yang tumbuh di hutan Sumatra. Nama rafflesia diambil dari nama Thomas Stamford Raffles.

## Ciri-Ciri

Karena baunya seperti daging busuk, rafflesia dijuluki "bunga bangkai". Bunganya bisa mencapai diameter satu meter.
)");
  // The name's origin is said of another name; "dijuluki" with "karena"
  // says why this one.
  Answer a = bot.bot->ask("n", "Kenapa rafflesia disebut bunga bangkai?");
  INFO(a.text);
  CHECK(a.text.find("daging busuk") != std::string::npos);
}

TEST_CASE("'kenapa disebut Y' is answered by the reason before a sentence pointing back at it",
          "[bot][reason]") {
  testing::ArticleBot bot("name-reason-before", "mk.md", R"(---
title: "Mahkamah Konstitusi: Pengertian, Sejarah, Wewenang, dan Putusan Pentingnya"
source: HukumKita.id
subject: Mahkamah Konstitusi
language: id
category: Hukum dan Kenegaraan
---

Mahkamah Konstitusi adalah lembaga negara pelaku kekuasaan kehakiman yang bertugas menjaga agar Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 (UUD 1945) benar-benar dijalankan. Karena itu MK kerap dijuluki **pengawal konstitusi** (*the guardian of the constitution*) sekaligus **penafsir akhir konstitusi**.

- Pasal 24 ayat (2) dan Pasal 24C UUD 1945.
- UU Nomor 24 Tahun 2003 tentang Mahkamah Konstitusi, yang telah diubah tiga kali:
  - UU Nomor 8 Tahun 2011 (perubahan pertama);
  - UU Nomor 4 Tahun 2014, yang berasal dari Perppu Nomor 1 Tahun 2013 dan kemudian dibatalkan oleh MK sendiri;
  - UU Nomor 7 Tahun 2020 (perubahan ketiga).
- Peraturan Mahkamah Konstitusi (PMK) sebagai aturan teknis beracara.
)");
  // "Karena itu" points back: the reason is the sentence before.
  Answer a = bot.bot->ask("n", "Kenapa MK disebut pengawal konstitusi?");
  INFO(a.text);
  CHECK(a.text.find("benar-benar dijalankan") != std::string::npos);
  CHECK(a.text.find("pengawal konstitusi") != std::string::npos);
}

TEST_CASE("'kenapa disebut X' is answered by the sentence that says so over X's own section",
          "[bot][reason]") {
  // The part "Apa Itu PPN?" names all of X surely; its sentence that says
  // why X bears the name is still the answer, not the part's list of terms.
  testing::ArticleBot bot("name-reason-section", "ppn.md", R"(---
title: "Pengertian PPN: Jenis, Cara Menghitung, dan Contohnya"
source: DompetRapi.id
subject: Pajak Pertambahan Nilai
language: id
category: Pajak
---

# Pengertian PPN: Jenis, Cara Menghitung, dan Contohnya untuk Konsumen dan UMKM

Pernahkah kamu memperhatikan struk belanja di minimarket atau tagihan langganan streaming, lalu menemukan baris kecil bertuliskan "PPN"? Tanpa disadari, hampir setiap hari kita ikut membayar pajak ini. Bagi pelaku usaha kecil, memahami PPN juga penting karena pada titik tertentu mereka bisa diwajibkan memungutnya dari pembeli.

Artikel ini membahas pengertian PPN, jenis-jenisnya, cara menghitung, hingga risiko yang perlu diwaspadai, dengan bahasa yang sederhana.

## Apa Itu PPN?

**Pajak Pertambahan Nilai (PPN)** adalah pajak yang dikenakan atas konsumsi barang dan jasa di dalam daerah pabean Indonesia. Disebut "pertambahan nilai" karena pajak ini dipungut pada setiap tahap produksi dan distribusi, sesuai nilai tambah yang tercipta di tahap tersebut, mulai dari pabrik, distributor, hingga pengecer.

Dasar hukum PPN adalah Undang-Undang Nomor 8 Tahun 1983 yang telah beberapa kali diubah, terakhir melalui Undang-Undang Harmonisasi Peraturan Perpajakan (UU HPP), yaitu UU Nomor 7 Tahun 2021.

PPN termasuk **pajak tidak langsung**, yaitu pajak yang bebannya bisa dialihkan kepada pihak lain. Yang menyetor ke kas negara memang penjual, tetapi yang menanggung bebannya pada akhirnya adalah konsumen akhir.

Beberapa istilah yang sering muncul:

- **Barang Kena Pajak (BKP)**: barang yang dikenai PPN, baik berwujud maupun tidak berwujud.
- **Jasa Kena Pajak (JKP)**: jasa yang atas penyerahannya dikenai PPN.
- **Pengusaha Kena Pajak (PKP)**: pengusaha yang wajib memungut, menyetor, dan melaporkan PPN.
- **DPP (Dasar Pengenaan Pajak)**: nilai yang menjadi dasar perhitungan PPN, misalnya harga jual atau nilai impor.

## Karakteristik PPN

Ada beberapa ciri yang membedakan PPN dari jenis pajak lain:

1. **Pajak objektif**, artinya pengenaannya melihat objek (barang atau jasa), bukan kondisi pembayarnya. Pengusaha kaya maupun mahasiswa membayar tarif yang sama untuk produk yang sama.
2. **Bertingkat (multi-stage)**, yaitu dipungut di setiap mata rantai peredaran barang.
3. **Nonkumulatif**, karena PPN yang sudah dibayar di tahap sebelumnya boleh dikreditkan sehingga tidak terjadi pajak berganda.
4. **Pajak atas konsumsi dalam negeri**, sehingga barang yang diekspor dikenai tarif 0%.

## Mengapa PPN Dipungut?

Pemerintah punya sejumlah alasan memungut PPN:

- **Sumber penerimaan negara yang besar.** PPN merupakan salah satu penyumbang terbesar penerimaan pajak setelah Pajak Penghasilan (PPh).
- **Basis pajak yang luas.** Karena melekat pada konsumsi, hampir semua lapisan masyarakat ikut berkontribusi.
- **Sulit dihindari.** Pajak sudah menempel pada harga, sehingga peluang penghindaran lebih kecil dibanding pajak yang harus dilaporkan sendiri.
- **Mendorong ekspor.** Dengan tarif 0% untuk ekspor, produk Indonesia lebih mudah bersaing di pasar luar negeri.

)");
  Answer a = bot.bot->ask("n", "Kenapa disebut pajak pertambahan nilai?");
  INFO(a.text);
  CHECK(a.text.find("karena pajak ini dipungut pada setiap tahap") != std::string::npos);
  CHECK(a.text.find("Barang Kena Pajak") == std::string::npos);
}

TEST_CASE("a reason's cue that points back says it with the sentence before", "[bot][reason]") {
  // "... motif tenun ikat sudah ditentukan sejak tahap benang. Itulah
  // sebabnya tepi motif tenun ikat biasanya tampak sedikit kabur ...": the
  // reason is the sentence "itulah" points back to.
  const std::string text = testing::read_source("tests/qa/holdout71/tenun-ikat.md");
  testing::ArticleBot article("cue-back", "tenun-ikat.md", text);
  Answer a =
      article.bot->ask("k", "Kenapa pinggiran motif tenun ikat kelihatan kabur atau bergeser?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("sejak tahap benang") != std::string::npos);
  CHECK(a.text.find("Itulah sebabnya") != std::string::npos);
}

TEST_CASE("a reason is of what stands on the effect's side of its connective", "[bot][reason]") {
  testing::ArticleBot bot("reason-side", "sembelit.md", R"(---
title: Sembelit
subject: Sembelit
---

# Sembelit

Sembelit adalah kondisi ketika buang air besar menjadi jarang dan sulit.

## Komplikasi

Fisura ani adalah robekan kecil pada kulit anus karena feses yang keras.

## Usus Besar

Di usus besar, air diserap terlalu banyak, sehingga feses menjadi kering dan keras.
)");
  // "karena feses yang keras" gives hard stool as the reason of a tear;
  // "sehingga feses menjadi keras" tells what makes it hard.
  Answer why = bot.bot->ask("r", "Kenapa feses bisa jadi keras?");
  INFO(why.text);
  CHECK(why.text.find("diserap terlalu banyak") != std::string::npos);
}

TEST_CASE("'alasan mengapa X ...' announces the reasons for X, which a 'why' is answered with",
          "[bot][reason]") {
  testing::ArticleBot bot("reason-announced", "sepeda.md", R"(---
title: Sepeda Listrik
subject: Sepeda Listrik
---

# Sepeda Listrik

Sepeda listrik adalah sepeda yang dibantu motor listrik. Sepeda ini pertama kali dikembangkan
di Eropa untuk membantu pengendara menanjak.

## Mengapa Sepeda Listrik Dibutuhkan?

Ada beberapa alasan mengapa sepeda listrik berkembang pesat di kota besar:

1. **Kemacetan**. Perjalanan pendek lebih cepat ditempuh tanpa terjebak antrean mobil.
2. **Harga bahan bakar**. Mengisi baterai jauh lebih murah daripada membeli bensin.

## Cara Merawat

Simpan baterai di tempat kering.
)");
  // The opening's "dikembangkan ... untuk" shares the asked word and a
  // connective; the lead that says it gives the reasons for the growth.
  Answer a = bot.bot->ask("r1", "Apa alasan perkembangan sepeda listrik?");
  INFO(a.text);
  CHECK(a.text.find("Kemacetan") != std::string::npos);
}
