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

TEST_CASE("a claim the article says the opposite of is answered 'Tidak'", "[bot][yesno]") {
  testing::ArticleBot article("yesno-opposite", "longsor.md", R"(---
title: Tanah Longsor
subject: Tanah Longsor
---

# Tanah Longsor

Tanah longsor adalah perpindahan massa tanah menuruni lereng.

## Jenis Tanah Longsor

Para ahli membedakan longsor menurut kecepatannya. **Rayapan tanah** berlangsung sangat lambat, hanya beberapa sentimeter per tahun. Sebaliknya, **longsoran bahan rombakan** terjadi jauh lebih cepat setelah hujan deras.

## Tokoh

Penelitian longsor di Jawa dirintis oleh seorang perempuan bernama Sitti Aminah pada tahun 1950.
)");
  // thesaurus: "cepat" [ant] "lambat", "laki-laki" [ant] "perempuan".
  Answer a = article.bot->ask("o1", "Apakah rayapan tanah berlangsung cepat?");
  INFO(a.text);
  CHECK(a.text.rfind("Tidak", 0) == 0);
  CHECK(a.text.find("sangat lambat") != std::string::npos);
  Answer b =
      article.bot->ask("o2", "Apakah penelitian longsor di Jawa dirintis oleh seorang laki-laki?");
  INFO(b.text);
  CHECK(b.text.rfind("Tidak", 0) == 0);
  CHECK(b.text.find("perempuan") != std::string::npos);
  // The claim as the article says it is still "Ya".
  Answer c = article.bot->ask("o3", "Apakah rayapan tanah berlangsung lambat?");
  INFO(c.text);
  CHECK(c.text.rfind("Ya", 0) == 0);
}

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

  // Any "-kah" interrogative asks yes or no.
  Answer kah = bot.ask("y7", "Bolehkah penderita hipertensi mengonsumsi garam berlebihan?");
  CHECK(starts(kah, "Tidak."));
  Answer bisakah = bot.ask("y8", "Bisakah garam beryodium mencegah gondok?");
  CHECK(starts(bisakah, "Ya."));

  // Not a yes/no question: no verdict.
  Answer plain = bot.ask("y5", "Apa itu garam dapur?");
  CHECK_FALSE(starts(plain, "Ya."));
  CHECK_FALSE(starts(plain, "Tidak."));
}

TEST_CASE("a claim that a table or a contrast gives to something else is no", "[bot][yesno]") {
  testing::ArticleBot article("yesno-cross", "garam.md", R"(---
title: Garam
source: contoh.id
language: id
category: Pangan
subject: Garam
---

# Garam

Garam adalah bumbu dapur yang asin.

## Perbedaan Garam Laut dan Garam Tambang

| Aspek | Garam Laut | Garam Tambang |
|---|---|---|
| Asal | Penguapan air laut | Batuan di perut bumi |

## Pengelolaan

Petambak rakyat mengolah garam laut tradisional, sedangkan garam tambang diolah perusahaan besar.
)");
  auto& bot = *article.bot;
  Answer row = bot.ask("x1", "Apakah garam laut berasal dari batuan?");
  INFO(row.text);
  CHECK(starts(row, "Tidak."));
  Answer same_row = bot.ask("x2", "Apakah garam laut berasal dari penguapan air laut?");
  INFO(same_row.text);
  CHECK(starts(same_row, "Ya."));
  Answer contrast = bot.ask("x3", "Apakah garam tambang diolah petambak rakyat?");
  INFO(contrast.text);
  CHECK(starts(contrast, "Tidak."));
  Answer one_side = bot.ask("x4", "Apakah garam tambang diolah perusahaan besar?");
  INFO(one_side.text);
  CHECK(starts(one_side, "Ya."));
}

TEST_CASE("a passage that holds the article's rare words anchors a question with one unknown word",
          "[bot][yesno][scoring]") {
  testing::ArticleBot article("rare-anchor", "jadwal.md", R"(---
title: Jadwal Kesehatan Sekolah
source: contoh.id
language: id
category: Kesehatan
subject: Jadwal Kesehatan Sekolah
---

# Jadwal Kesehatan Sekolah

Sekolah punya jadwal pemeriksaan kesehatan setiap semester.

## Pemeriksaan

Petugas puskesmas memeriksa gigi dan mata semua murid. Vaksin HPV diberikan kepada murid perempuan kelas 5 dan kelas 6. Hasilnya dicatat di buku rapor kesehatan.
)");
  // "negeri" is not in the article; "HPV" and "perempuan" are, once, in
  // the sentence that answers.
  Answer a =
      article.bot->ask("a", "Apakah vaksin HPV diberikan untuk murid perempuan kelas 6 negeri?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(starts(a, "Ya."));
  // A name the article lacks ("G20") is what the question is about.
  Answer g = article.bot->ask("g", "Apakah vaksin HPV diberikan untuk murid perempuan G20?");
  INFO(g.text);
  CHECK_FALSE(g.found);
}

TEST_CASE("a belief the article reports to correct it is answered 'Tidak'", "[bot][yesno]") {
  testing::ArticleBot article("belief", "jamur.md", R"(---
title: Jamur Pangan
source: contoh.id
language: id
category: Pangan
subject: Jamur Pangan
---

# Jamur Pangan

Jamur pangan tumbuh di kayu lapuk.

## Salah Kaprah

Banyak orang menganggap jamur merang sama dengan jamur tiram. Padahal, keduanya adalah jenis yang berbeda.
)");
  Answer a = article.bot->ask("b", "Apakah jamur merang sama dengan jamur tiram?");
  INFO(a.text);
  CHECK(starts(a, "Tidak."));
  CHECK(a.text.find("berbeda") != std::string::npos);
}

TEST_CASE("a claim the article makes of another named thing is answered 'Tidak'", "[bot][yesno]") {
  testing::ArticleBot article("yesno-other-agent", "sekolah.md", R"(---
title: Pengelolaan Sekolah
subject: Pengelolaan Sekolah
---

# Pengelolaan Sekolah

Pengelolaan sekolah adalah cara sekolah mengatur guru, murid, dan dana.

## Lembaga

- **Komite Sekolah (KS)**: memberi pertimbangan dan mengawasi penggunaan dana.
- **Dinas Pendidikan (Disdik)**: mengangkat kepala sekolah dan menetapkan kalender akademik.
- **Organisasi Siswa Intra Sekolah (OSIS)**: mengadakan kegiatan murid.
)");
  auto& bot = *article.bot;
  Answer no = bot.ask("n", "Apakah OSIS yang menetapkan kalender akademik?");
  INFO(no.text);
  CHECK(no.found);
  CHECK(starts(no, "Tidak."));
  CHECK(no.text.find("Dinas Pendidikan") != std::string::npos);
  Answer yes = bot.ask("y", "Apakah Disdik yang menetapkan kalender akademik?");
  INFO(yes.text);
  CHECK(starts(yes, "Ya."));
}

TEST_CASE("'Apakah X merupakan Y?' checks a claim; 'Apakah yang dimaksud X?' defines",
          "[bot][yesno]") {
  testing::ArticleBot article("yesno-copula", "garam.md", kArticle);
  auto& bot = *article.bot;
  const std::string claim = bot.explain("Apakah garam dapur merupakan senyawa dua unsur?");
  INFO(claim);
  CHECK(claim.find("\"qtype\":\"yesno\"") != std::string::npos);
  Answer yes = bot.ask("c", "Apakah garam dapur merupakan senyawa dua unsur?");
  INFO(yes.text);
  CHECK(starts(yes, "Ya."));
  const std::string meant = bot.explain("Apakah yang dimaksud dengan garam dapur?");
  INFO(meant);
  CHECK(meant.find("\"qtype\":\"definition\"") != std::string::npos);
}

TEST_CASE("a claim that gives a value the article states otherwise is answered 'Tidak'",
          "[bot][yesno]") {
  testing::ArticleBot article("yesno-wrong-value", "festival.md", R"(---
title: Festival Layang-Layang
subject: Festival Layang-Layang
---

# Festival Layang-Layang

Festival layang-layang adalah lomba menerbangkan layang-layang hias.

## Sejarah

Festival layang-layang pertama diadakan di Pangandaran pada 12 Juli 1998. Pesertanya datang dari delapan provinsi.
)");
  auto& bot = *article.bot;
  Answer place = bot.ask("p", "Apakah festival layang-layang pertama diadakan di Bandung?");
  INFO(place.text);
  CHECK(place.found);
  CHECK(starts(place, "Tidak."));
  CHECK(place.text.find("Pangandaran") != std::string::npos);
  Answer date = bot.ask("d", "Apakah festival layang-layang pertama diadakan pada bulan Agustus?");
  INFO(date.text);
  CHECK(starts(date, "Tidak."));
  CHECK(date.text.find("12 Juli 1998") != std::string::npos);
  Answer right = bot.ask("r", "Apakah festival layang-layang pertama diadakan di Pangandaran?");
  INFO(right.text);
  CHECK(starts(right, "Ya."));
}

TEST_CASE("a claim with a code the article gives another number of is answered Tidak",
          "[bot][yesno]") {
  testing::ArticleBot article("yesno-code", "beasiswa.md", R"(---
title: Beasiswa Pendidikan
source: contoh.id
language: id
category: Pendidikan
subject: Beasiswa pendidikan
---

# Beasiswa Pendidikan

Beasiswa pendidikan adalah bantuan biaya sekolah atau kuliah.

## Jenis Berdasarkan Jenjang

- Jenjang sarjana (D3, D4, dan S1), misalnya beasiswa daerah.
- Jenjang pascasarjana (S2 dan S3), misalnya BPI.

## Program

Beasiswa Pendidikan Indonesia (BPI) adalah program pemerintah yang membiayai studi S2 dan S3.
Beasiswa daerah dibiayai pemerintah provinsi untuk kuliah sarjana.
)");
  Answer a = article.bot->ask("c1", "Apakah BPI membiayai kuliah S1?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.rfind("Tidak", 0) == 0);
  CHECK(a.text.find("S2 dan S3") != std::string::npos);
}

TEST_CASE("whether a thing may be done is answered by what the article permits or forbids",
          "[bot][yesno]") {
  testing::ArticleBot article("yesno-deontic", "kucing.md", R"(---
title: Merawat Kucing
source: contoh.id
language: id
category: Hewan
subject: Kucing
---

# Merawat Kucing

Kucing adalah hewan peliharaan yang mandiri.

## Makanan Kucing

Kucing perlu diberi pakan dua kali sehari dengan takaran yang sesuai usianya. Hindari memberi cokelat karena zat di dalamnya beracun bagi kucing. Kucing dewasa tidak dapat mencerna laktosa dengan baik, jadi susu sapi memicu diare. Air bersih sebaiknya tersedia setiap saat.

## Kebiasaan Kucing

Kucing tidur hingga enam belas jam sehari. Kucing menjilati bulunya untuk membersihkan diri.
)");
  auto& bot = *article.bot;
  // "Hindari" forbids what "boleh" asks, though the article never writes
  // "boleh" nor the question's verb.
  Answer chocolate = bot.ask("d1", "Apakah kucing boleh makan cokelat?");
  CHECK(chocolate.found);
  CHECK(starts(chocolate, "Tidak."));
  CHECK(chocolate.text.find("Hindari memberi cokelat") != std::string::npos);
  Answer snack = bot.ask("d3", "Apakah kucing boleh ngemil cokelat?");
  CHECK(snack.found);
  CHECK(starts(snack, "Tidak."));
  // What cannot be done ("tidak dapat") may not be.
  Answer milk = bot.ask("d2", "Kucing dewasa boleh dikasih laktosa gak?");
  CHECK(milk.found);
  CHECK(milk.text.find("tidak dapat mencerna laktosa") != std::string::npos);
}

TEST_CASE("a yes/no question is answered by a statement, not a section's list", "[bot][yesno]") {
  // A section "D2 vs D3: Mana yang Lebih Baik?" over a table names all that
  // is asked, but its table says no yes or no; the sentence after it does.
  const std::string text = testing::read_source("tests/qa/holdout12/vitamin-d.md");
  REQUIRE(!text.empty());
  testing::ArticleBot article("yesno-not-section", "vitamin-d.md", text);
  Answer a = article.bot->ask("y", "Apakah vitamin D2 lebih efektif daripada D3?");
  INFO(a.text);
  CHECK(a.intent == "yesno");
  CHECK(a.text.find("D3 lebih efektif") != std::string::npos);
}

TEST_CASE("a statement ending in 'ga' asks whether it holds, and the tag negates nothing",
          "[bot][yesno]") {
  testing::ArticleBot article("tag-question", "hujan-asam.md", R"(---
title: Hujan Asam
subject: Hujan Asam
---

# Hujan Asam

Hujan asam adalah hujan yang keasamannya lebih tinggi dari hujan biasa.

## Dampak bagi Perairan

Hujan asam melarutkan aluminium dari tanah sehingga meracuni ikan di danau.

## Dampak bagi Manusia

Berjalan di bawah hujan asam tidak langsung membahayakan kulit.
)");
  CHECK(article.bot->explain("ikan bisa mati gara2 hujan asam ga").find("\"qtype\":\"yesno\"") !=
        std::string::npos);
  Answer fish = article.bot->ask("f", "hujan asam meracuni ikan ga");
  INFO(fish.text);
  CHECK(starts(fish, "Ya."));
  Answer skin = article.bot->ask("s", "hujan asam bakal membahayakan kulit gak");
  INFO(skin.text);
  CHECK(starts(skin, "Tidak."));
}

TEST_CASE("'tidak hanya ..., tetapi juga ...' affirms both and answers 'Ya'", "[bot][yesno]") {
  testing::ArticleBot article("not-only", "kompos.md", R"(---
title: Kompos
subject: Kompos
---

# Kompos

Kompos adalah pupuk dari sisa bahan organik yang sudah terurai.

## Manfaat Kompos

Manfaat kompos tidak hanya dirasakan tanaman, tetapi juga lingkungan sekitar.
)");
  Answer a = article.bot->ask("n", "Apakah kompos bermanfaat bagi lingkungan?");
  INFO(a.text);
  CHECK(starts(a, "Ya."));
}

TEST_CASE("a noun that names kinds ('jenis') in an 'Apakah' question leaves it a yes/no question",
          "[bot][yesno]") {
  testing::ArticleBot article("kind-noun-yesno", "reaktor.md", R"(---
title: Reaktor
subject: Reaktor
---

# Reaktor

Reaktor adalah alat tempat reaksi fisi berlangsung.

## Jenis Reaktor

- **Reaktor air bertekanan**: airnya dijaga bertekanan tinggi.
- **Reaktor air didih**: airnya dibiarkan mendidih di dalam bejana.
)");
  // "jenis" names what is asked about, not a list to give: "Apakah" asks.
  CHECK(article.bot->explain("Apakah reaktor air didih memakai jenis bejana bertekanan?")
            .find("\"qtype\":\"yesno\"") != std::string::npos);
  // Without a yes/no word it still asks for the kinds.
  CHECK(article.bot->explain("reaktor ada jenis apa").find("\"qtype\":\"list\"") !=
        std::string::npos);
}

TEST_CASE("a claim that a thing holds only or always is denied where the article says it does not",
          "[bot][yesno]") {
  testing::ArticleBot article("denies-limit", "kurs.md", R"(---
title: Nilai Tukar Rupiah
subject: Nilai Tukar Rupiah
---

# Nilai Tukar Rupiah

Nilai tukar rupiah adalah harga mata uang asing dalam rupiah. Jadi, kurs tidak sekadar angka harian.

## Dampak Rupiah Melemah

Rupiah yang melemah tidak selalu kabar buruk. Eksportir justru diuntungkan.

### Risiko

- Harga barang impor naik sehingga merugikan konsumen.
- Beban utang luar negeri membengkak.

## Catatan

Perlu diingat, tidak semua rupiah melemah karena faktor dalam negeri.
)");
  // 8. "selalu" in the claim; "tidak selalu" in the article.
  Answer a = article.bot->ask("s", "Apakah rupiah melemah selalu merugikan?");
  INFO(a.text);
  CHECK(a.text.rfind("Tidak.", 0) == 0);
  CHECK(a.text.find("tidak selalu kabar buruk") != std::string::npos);
  // Of two denials, the one of the claim's own word.
  Answer b = article.bot->ask("m", "Apakah semua rupiah melemah karena faktor dalam negeri?");
  INFO(b.text);
  CHECK(b.text.find("tidak semua rupiah") != std::string::npos);
  // A claim with no "only" or "always" is judged by its evidence.
  Answer c = article.bot->ask("n", "Apakah rupiah melemah merugikan konsumen?");
  INFO(c.text);
  CHECK(c.text.find("tidak selalu") == std::string::npos);
}

TEST_CASE("'no guarantee of always' denies a claim that something always holds", "[bot][yesno]") {
  testing::ArticleBot article("no-guarantee", "emas.md", R"(---
title: Investasi Emas
subject: Investasi Emas
---

# Investasi Emas

Investasi emas adalah menyimpan kekayaan dalam bentuk logam mulia.

## Manfaat Investasi Emas

- **Lindung nilai**: harga emas cenderung naik saat inflasi.
- **Mudah dicairkan**: emas bisa dijual di banyak toko.

## Risiko

Harga yang naik bertahun-tahun bukan jaminan pasti untung. Harga emas bisa turun dalam jangka pendek.
)");
  Answer a = article.bot->ask("a", "Apakah investasi emas pasti untung?");
  INFO(a.text);
  CHECK(a.text.rfind("Tidak.", 0) == 0);
  CHECK(a.text.find("bukan jaminan") != std::string::npos);
}

TEST_CASE(
    "of two alternatives a claim offers, one the article never names does not count against it",
    "[bot][yesno]") {
  testing::ArticleBot article("choice-alternative", "pensiun.md", R"(---
title: Dana Pensiun
subject: Dana Pensiun
---

# Dana Pensiun

Dana pensiun adalah uang yang dikumpulkan selama masa kerja untuk hari tua.

## Pengawasan

Kata dana pensiun merujuk pada uangnya dan lembaga yang mengurusnya. Semua lembaga tersebut diawasi oleh Otoritas Jasa Keuangan (OJK).
)");
  Answer a = article.bot->ask("o", "Apakah dana pensiun diawasi pemerintah atau OJK?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("diawasi oleh Otoritas Jasa Keuangan") != std::string::npos);
}

TEST_CASE("a word the article lacks after a preposition costs less than the thing asked",
          "[bot][yesno]") {
  // "ke bayi yang dikandungnya": the article says "ke janin"; the word it
  // lacks is where the disease goes, not what is asked about.
  const std::string text = testing::read_source("tests/qa/holdout61/mpox.md");
  testing::ArticleBot article("framed-unknown", "mpox.md", text);
  Answer a =
      article.bot->ask("f", "Apakah mpox bisa menular dari ibu hamil ke bayi yang dikandungnya?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("janin") != std::string::npos);
  // (A thing compared "dengan" is what is asked about.)
  const std::string cloud = testing::read_source("tests/qa/articles/komputasi-awan.md");
  testing::ArticleBot other("framed-compared", "komputasi-awan.md", cloud);
  Answer b = other.bot->ask("c", "Apa bedanya cloud computing dengan blockchain?");
  INFO(b.text);
  CHECK_FALSE(b.found);
}
