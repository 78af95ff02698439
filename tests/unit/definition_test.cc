// Definitions in the shapes explainer articles use, on an article the bot
// data knows nothing about (bot/answerer.h find_definition).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "bot/scoring.h"
#include "testing.h"

using namespace tanya;

namespace {
const char* kArticle = R"(---
title: Tanah Longsor
source: contoh.id
language: id
category: Geografi
subject: Tanah Longsor
---

# Tanah Longsor

Tanah longsor bukan berarti bencana yang tidak bisa dicegah.

Tanah longsor adalah perpindahan material pembentuk lereng ke bawah.

## Jenis Gerakan Tanah

- **Rayapan**: gerakan tanah yang sangat lambat dan hampir tidak terlihat.
- **Longsoran translasi** (*translational slide*): massa tanah bergerak pada bidang yang datar.
- **Aliran**, yaitu gerakan yang cepat. Lumpur mengalir deras menuruni lembah sempit. Gejala ini disebut banjir bahan rombakan.
- **Nendatan**, yakni gerakan tanah yang berputar pada bidang lengkung.
- Terjadi pelapukan, yaitu hancurnya batuan karena cuaca dan air.

## Penyebab

Air hujan meresap dan membuat tanah jenuh sehingga bobotnya bertambah. Kondisi ini disebut kejenuhan lereng.

- **Kejenuhan lereng parsial**, yaitu jenuh hanya di lapisan atas.
- **Badan Geologi (BG)**, yaitu lembaga yang memetakan zona rawan longsor.

Menurut KBBI, lereng ialah tanah yang landai.

## Anggota Tim Siaga

- Relawan desa
- Petugas BPBD

## Perangkat Tim

- **Rapat anggota**, yaitu pemegang kekuasaan tertinggi dalam tim siaga.

Menurut peraturan tentang Zona Merah, zona merah adalah wilayah yang terlarang untuk dihuni.

- Pemegang izin tambang, yaitu perusahaan yang menggali di lereng bukit.

Salah satu lembaga pemantau adalah Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG), yang mengamati gunung api aktif. Peringatan dini dari PVMBG dikirim ke pemerintah daerah setiap hari.

Hutan yang ditebang habis meninggalkan tanah gundul atau lahan kritis yang mudah runtuh.
)";

std::string answer(Bot& bot, const std::string& session, const std::string& q) {
  Answer a = bot.ask(session, q);
  INFO(q << " -> " << a.text);
  CHECK(a.found);
  return a.text;
}
}  // namespace

TEST_CASE("a clause of 'yang' set off after a term, past its examples, defines it in place",
          "[bot][definition]") {
  // A blind test article, as it was written: "... berkebalikan dengan
  // **manufaktur subtraktif**, seperti pembubutan atau mesin CNC (...),
  // yang justru membuang bahan ...".
  const std::string text = testing::read_source("tests/qa/holdout126/printer-3d.md");
  REQUIRE(!text.empty());
  testing::ArticleBot article("relative-clause", "printer.md", text);
  Answer a = article.bot->ask("d", "Manufaktur subtraktif itu maksudnya gimana?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("membuang bahan") != std::string::npos);
}

TEST_CASE("definitions in every common shape", "[bot][definition]") {
  testing::ArticleBot article("definitions", "longsor.md", kArticle);
  auto& bot = *article.bot;
  // "X adalah ...", not the sentence that says what X is not.
  CHECK(answer(bot, "d1", "Apa itu tanah longsor?").find("perpindahan material") !=
        std::string::npos);
  // A list item that opens with its bold term and a colon.
  CHECK(answer(bot, "d2", "Apa yang dimaksud rayapan?").find("sangat lambat") != std::string::npos);
  // ... with a parenthesis between the term and the colon.
  CHECK(answer(bot, "d3", "Apa itu longsoran translasi?").find("bidang yang datar") !=
        std::string::npos);
  // "Kondisi ini disebut X.": the sentence before says what it is.
  std::string named = answer(bot, "d4", "Apa itu kejenuhan lereng?");
  CHECK(named.find("tanah jenuh") != std::string::npos);
  CHECK(named.find("disebut kejenuhan lereng") != std::string::npos);
  // ...not the longer term that starts with the same words.
  CHECK(named.find("lapisan atas") == std::string::npos);
  // A parenthesis between the term and its copula.
  CHECK(answer(bot, "d5", "Badan Geologi adalah?").find("memetakan zona") != std::string::npos);
  // Inside a list item: a term the item names, with the sentence it names...
  std::string in_item = answer(bot, "d7", "Apa itu banjir bahan rombakan?");
  CHECK(in_item.find("menuruni lembah") != std::string::npos);
  // ...and one it glosses after a comma.
  CHECK(answer(bot, "d8", "Apa itu pelapukan?").find("hancurnya batuan") != std::string::npos);
  // "yakni" is a copula like "yaitu".
  CHECK(answer(bot, "d9", "Apa itu nendatan?").find("berputar") != std::string::npos);

  // A gloss with "atau" defines the term where it stands.
  CHECK(answer(bot, "d10", "Apa yang dimaksud lahan kritis?").find("tanah gundul") !=
        std::string::npos);
  // The term where it is defined, not where it is first named.
  CHECK(answer(bot, "d11", "Apa itu zona merah?").find("terlarang") != std::string::npos);
  // A gloss after a longer noun phrase defines that phrase, not its tail.
  CHECK(bot.ask("d12", "Apa itu izin tambang?").text.find("perusahaan yang menggali") ==
        std::string::npos);
  // An acronym defined nowhere: its expansion and what the article says of it.
  std::string pvmbg = answer(bot, "d13", "PVMBG itu apa?");
  CHECK(pvmbg.find("Pusat Vulkanologi") != std::string::npos);
  CHECK(pvmbg.find("gunung api aktif") != std::string::npos);
  // A term holding a topic word ("anggota") is asked for what it is.
  CHECK(answer(bot, "d14", "Rapat anggota itu apa?").find("kekuasaan tertinggi") !=
        std::string::npos);
  // The source after "menurut" is not part of the term.
  CHECK(answer(bot, "d6", "Apa arti lereng menurut KBBI?").find("tanah yang landai") !=
        std::string::npos);
}

TEST_CASE("two things that are no entities are compared by their definitions",
          "[bot][definition]") {
  testing::ArticleBot article("compare-terms", "longsor.md", kArticle);
  Answer a = article.bot->ask("c1", "Apa bedanya rayapan dan longsoran translasi?");
  CHECK(a.intent == "comparison");
  CHECK(a.text.find("sangat lambat") != std::string::npos);
  CHECK(a.text.find("bidang yang datar") != std::string::npos);
}

TEST_CASE("a side named by a negation is the term the article writes with the other's head",
          "[bot][definition]") {
  testing::ArticleBot article("compare-negation", "pajak.md", R"(---
title: Pajak
subject: Pajak
---

# Pajak

Pajak adalah iuran wajib rakyat kepada negara.

## Jenis Pajak

- **Pajak langsung**, yaitu pajak yang bebannya ditanggung sendiri oleh wajib pajak.
- **Pajak tidak langsung**: pajak yang bebannya dapat dialihkan kepada konsumen.
)");
  Answer a = article.bot->ask("n", "bedanya pajak langsung sama tidak langsung apa");
  INFO(a.text);
  CHECK(a.intent == "comparison");
  CHECK(a.text.find("ditanggung sendiri") != std::string::npos);
  CHECK(a.text.find("dapat dialihkan") != std::string::npos);
  // Each side is named as the article names it, without "yaitu" or ":".
  CHECK(a.text.find("Pajak langsung: pajak") != std::string::npos);
  CHECK(a.text.find("Pajak tidak langsung: pajak") != std::string::npos);
}

TEST_CASE("a list question that names an acronym's expansion gets the list, not the acronym",
          "[bot][definition]") {
  testing::ArticleBot article("list-not-acronym", "imun.md", R"(---
title: Imunisasi
source: contoh.id
language: id
category: Kesehatan
subject: Imunisasi
---

# Imunisasi

Imunisasi adalah upaya membuat tubuh kebal terhadap penyakit.

## Manfaat

Imunisasi melindungi anak dari PD3I (Penyakit yang Dapat Dicegah dengan Imunisasi), seperti campak, polio, dan difteri.
)");
  Answer a = article.bot->ask("l1", "Imunisasi bisa mencegah penyakit apa saja?");
  INFO(a.text);
  CHECK(a.text.find("campak") != std::string::npos);
  // Asked for what it stands for, it is the acronym all the same.
  CHECK(article.bot->ask("l2", "PD3I singkatan dari apa?").text.find("Dapat Dicegah") !=
        std::string::npos);
}

TEST_CASE("a term named beside another in parentheses is explained where it stands",
          "[bot][definition]") {
  testing::ArticleBot article("gloss-in-place", "vaksin.md", R"(---
title: Vaksinasi
source: contoh.id
language: id
category: Kesehatan
subject: Vaksinasi
---

# Vaksinasi

Vaksinasi adalah pemberian vaksin untuk membentuk kekebalan.

## Manfaat

- Bagi masyarakat: membentuk kekebalan kelompok (herd immunity) yang ikut melindungi bayi yang belum bisa divaksin.
- Bagi anak: tubuh mengenali kuman lebih cepat.
)");
  for (const char* q : {"Apa itu kekebalan kelompok?", "Herd immunity itu apa?"}) {
    Answer a = article.bot->ask("g1", q);
    INFO(q << " -> " << a.text);
    CHECK(a.found);
    CHECK(a.text.find("melindungi bayi") != std::string::npos);
  }
  // A term merely used still defines nothing.
  CHECK_FALSE(article.bot->ask("g2", "Apa itu kuman?").found);
}

TEST_CASE("one word of a two-word subject, asked alone, is defined", "[bot][definition]") {
  testing::ArticleBot article("subject-word", "lindung.md", R"(---
title: Hutan Lindung
source: contoh.id
language: id
category: Lingkungan
subject: Hutan Lindung
---

# Hutan Lindung

Hutan lindung adalah kawasan hutan yang dijaga untuk melindungi tata air.

## Asal Kata

Secara bahasa, kata hutan berasal dari bahasa Melayu. Jadi, hutan bisa diartikan sebagai tanah luas yang ditumbuhi pepohonan.

## Fungsi

- Mencegah banjir dan longsor.
- Menjaga kesuburan tanah.
)");
  Answer a = article.bot->ask("w1", "Apa arti kata hutan?");
  INFO(a.text);
  CHECK(a.text.find("tanah luas") != std::string::npos);
}

TEST_CASE("a term with another name after 'atau' is defined, with the list it opens",
          "[bot][definition]") {
  testing::ArticleBot article("alias-atau", "digital.md", R"(---
title: Keamanan Digital
source: contoh.id
language: id
category: Teknologi
subject: Keamanan Digital
---

# Keamanan Digital

Keamanan digital adalah upaya melindungi diri di internet.

## Tantangan Keamanan Digital

Beberapa tantangan yang sering muncul antara lain:

1. **Hoaks**. Kabar bohong beredar lewat grup percakapan keluarga.
2. **Perundungan siber** atau *cyberbullying*, yaitu tindakan mengejek orang lain melalui media digital. Bentuknya beragam:
   - komentar menghina di media sosial;
   - mengucilkan seseorang dari grup daring.
3. **Pencurian data**, yakni pengambilan data pribadi tanpa izin.

Perundungan siber bahkan bisa berujung pada masalah hukum.
)");
  Answer a = article.bot->ask("a1", "Apa itu perundungan siber?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("tindakan mengejek") != std::string::npos);
  CHECK(a.text.find("komentar menghina") != std::string::npos);
}

TEST_CASE("what a thing is, is not said under a heading about one aspect of it",
          "[bot][definition][section]") {
  testing::ArticleBot article("aspect-heading", "retribusi.md", R"(---
title: "Retribusi Pasar: Pengertian dan Tarif"
source: contoh.id
language: id
category: Ekonomi
subject: Retribusi Pasar
---

# Retribusi Pasar

Pedagang di pasar membayar banyak pungutan setiap hari.

## Pengertian Retribusi Pasar

**Retribusi pasar** adalah pungutan atas pemakaian los dan kios pasar milik pemerintah daerah.

## Tarif Retribusi Pasar

Besarnya diatur dalam peraturan daerah masing-masing, sehingga tarif retribusi pasar bisa berbeda antardaerah.
)");
  for (const char* q : {"Apa itu retribusi pasar?", "retribusi pasar tu apaan"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << " -> " << a.text);
    CHECK(a.text.find("pemakaian los") != std::string::npos);
  }
  // The aspect's own question still finds its heading.
  Answer tarif = article.bot->ask("t", "Jelaskan tarif retribusi pasar");
  CHECK(tarif.text.find("peraturan daerah") != std::string::npos);
}

TEST_CASE("'Mengenal X' and a numbered heading introduce what X is", "[bot][definition][section]") {
  testing::ArticleBot article("defining-heading", "tahap.md", R"(---
title: Pembuatan Tempe
source: contoh.id
language: id
category: Pangan
subject: Pembuatan Tempe
---

# Pembuatan Tempe

Tempe dibuat dari kedelai.

## Mengenal Ragi Tempe

Ragi tempe berisi spora jamur Rhizopus yang tumbuh di atas kedelai rebus.

## Tahapan Pembuatan

### 1. Perendaman Kedelai

Perendaman kedelai adalah tahap yang melunakkan kulit ari biji. Urutannya seperti ini:

1. Cuci kedelai sampai bersih.
2. Rendam semalaman dalam air dingin.
)");
  Answer ragi = article.bot->ask("r", "Apa itu ragi tempe?");
  INFO(ragi.text);
  CHECK(ragi.text.find("spora jamur") != std::string::npos);
  // The prose says what the stage is; its list and the sentence announcing
  // it are the how, not the what.
  Answer stage = article.bot->ask("p", "Apa itu perendaman kedelai?");
  INFO(stage.text);
  CHECK(stage.text.find("melunakkan kulit ari") != std::string::npos);
  CHECK(stage.text.find("Urutannya") == std::string::npos);
}

TEST_CASE("between terms that stem alike, the one written as asked is defined",
          "[bot][definition]") {
  testing::ArticleBot article("as-written", "cipta.md", R"(---
title: Karya Cipta
source: contoh.id
language: id
category: Hukum
subject: Karya Cipta
---

# Karya Cipta

Undang-undang memakai beberapa istilah:

- **Pencipta**, yaitu orang yang menghasilkan karya.
- **Ciptaan**, yaitu hasil karya di bidang seni dan sastra.
)");
  Answer a = article.bot->ask("c", "Yang dimaksud ciptaan itu apa?");
  INFO(a.text);
  CHECK(a.text.find("seni dan sastra") != std::string::npos);
  Answer b = article.bot->ask("p", "pencipta itu apa?");
  INFO(b.text);
  CHECK(b.text.find("orang yang menghasilkan") != std::string::npos);
}

TEST_CASE("the everyday name an article gives its subject asks about the subject", "[bot][alias]") {
  testing::ArticleBot article("everyday-name", "varisela.md", R"(---
title: Varisela
source: contoh.id
language: id
category: Kesehatan
subject: Varisela
---

# Varisela

Varisela adalah infeksi virus yang menimbulkan bintil berisi cairan di kulit. Di masyarakat, varisela lebih dikenal sebagai cacar air atau cacar api.

## Mengapa Disebut Cacar Air

Bintilnya berisi cairan bening seperti air.

## Cara Mencegah Varisela

- Vaksinasi sejak anak berusia satu tahun.
- Menjauhi penderita yang sedang kambuh.
)");
  Answer prevent = article.bot->ask("p", "gimana cara mencegah cacar air?");
  INFO(prevent.text);
  CHECK(prevent.text.find("Vaksinasi") != std::string::npos);
  // A question about the name itself keeps the name.
  Answer why = article.bot->ask("w", "Kenapa varisela disebut cacar air?");
  INFO(why.text);
  CHECK(why.text.find("cairan bening") != std::string::npos);
}

TEST_CASE("a negation inside a term asked about is part of its name", "[bot][definition]") {
  testing::ArticleBot article("negated-term", "sampah.md", R"(---
title: Sampah Organik
source: contoh.id
language: id
category: Lingkungan
subject: Sampah Organik
---

# Sampah Organik

Sampah organik adalah sampah yang mudah membusuk, seperti sisa makanan.

## Lawannya

Sampah tidak organik adalah sampah yang sulit terurai, seperti plastik dan kaleng.
)");
  Answer a = article.bot->ask("n", "Apa yang dimaksud dengan sampah tidak organik?");
  INFO(a.text);
  CHECK(a.text.find("sulit terurai") != std::string::npos);
  Answer b = article.bot->ask("o", "Apa yang dimaksud dengan sampah organik?");
  INFO(b.text);
  CHECK(b.text.find("mudah membusuk") != std::string::npos);
}

TEST_CASE("what a word means or a thing is called, said in a sentence that holds all asked",
          "[bot][definition]") {
  testing::ArticleBot article("word-meaning", "geologi.md", R"(---
title: Batuan Beku
source: contoh.id
language: id
category: Geografi
subject: Batuan Beku
---

# Batuan Beku

Batuan beku terbentuk dari magma yang membeku.

## Asal Istilah

Istilah magma berasal dari bahasa Yunani *magma* yang berarti adonan kental. Adapun ilmu yang khusus mempelajari batuan dikenal sebagai petrologi.
)");
  Answer word = article.bot->ask("m", "Apa arti kata magma dalam bahasa Yunani?");
  INFO(word.text);
  CHECK(word.text.find("adonan kental") != std::string::npos);
  Answer named = article.bot->ask("p", "Ilmu yang mempelajari batuan namanya apa?");
  INFO(named.text);
  CHECK(named.text.find("petrologi") != std::string::npos);
  // "secara bahasa" asks for the meaning; it is not what is asked about.
  Answer literal = article.bot->ask("l", "magma secara bahasa artinya apa?");
  INFO(literal.text);
  CHECK(literal.text.find("adonan kental") != std::string::npos);
}

TEST_CASE("'X itu yang seperti apa?' asks what X is", "[bot][definition]") {
  testing::ArticleBot article("like-what", "usaha.md", R"(---
title: Usaha Rumahan
source: contoh.id
language: id
category: Ekonomi
subject: Usaha Rumahan
---

# Usaha Rumahan

Usaha rumahan adalah usaha yang dijalankan dari rumah, misalnya katering kecil dan penjahit.

## Skala Usaha

1. **Usaha kecil**, yaitu usaha dengan modal paling banyak Rp50 juta.
2. **Usaha sedang**, yaitu usaha dengan modal lebih dari Rp50 juta.
)");
  Answer a = article.bot->ask("k", "Usaha kecil itu yang seperti apa?");
  INFO(a.text);
  CHECK(a.text.find("paling banyak Rp50 juta") != std::string::npos);
  // After a noun it asks which: not a definition.
  CHECK(article.bot->explain("Usaha rumahan cocok untuk orang yang seperti apa?")
            .find("\"qtype\":\"definition\"") == std::string::npos);
}

TEST_CASE("a definition after a lead-in ('Menurut ..., X adalah') opens its clause",
          "[bot][definition]") {
  testing::ArticleBot article("lead-in", "zakat.md", R"(---
title: Zakat Fitrah
subject: Zakat Fitrah
---

# Zakat Fitrah

## Pengertian

Menurut Kamus Besar Bahasa Indonesia, zakat fitrah adalah derma wajib berupa bahan makanan pokok yang dikeluarkan menjelang Idulfitri.

## Perbandingan

Singkatnya, zakat fitrah merupakan kewajiban setiap jiwa, sedangkan sedekah bersifat sukarela.
)");
  Answer a = article.bot->ask("z", "Apa itu zakat fitrah?");
  INFO(a.text);
  CHECK(a.text.find("derma wajib") != std::string::npos);
}

TEST_CASE("a small-talk word inside the article's subject is part of the name",
          "[bot][smalltalk]") {
  testing::ArticleBot article("smalltalk-in-name", "pangan.md", R"(---
title: Bantuan Pangan
subject: Bantuan Pangan
---

# Bantuan Pangan

Bantuan pangan adalah pemberian beras dari negara kepada warga.

## Pihak dalam Bantuan Pangan

- **Penerima Bantuan Pangan**, yaitu keluarga miskin yang terdaftar dalam data terpadu.
)");
  // "bantuan" alone asks for help; in "bantuan pangan" it names the subject.
  const std::string how = article.bot->explain("Penerima bantuan pangan itu siapa saja?");
  INFO(how);
  CHECK(how.find("\"smalltalk\":\"\"") != std::string::npos);
  CHECK(how.find("\"bantu\"") != std::string::npos);
  CHECK(article.bot->ask("h", "bantuan").intent == "help");
  Answer a = article.bot->ask("w", "Penerima bantuan pangan itu siapa saja?");
  INFO(a.text);
  CHECK(a.text.find("keluarga miskin") != std::string::npos);
}

TEST_CASE("'X itu siapa?' for a term the article defines gets its definition",
          "[bot][definition]") {
  testing::ArticleBot article("who-defined", "kartu.md", R"(---
title: Kartu Pelajar
subject: Kartu Pelajar
---

# Kartu Pelajar

Kartu pelajar adalah tanda pengenal resmi bagi siswa sekolah.

## Istilah Penting

- **Pemegang kartu pelajar**, yaitu siswa yang terdaftar aktif di sekolah, termasuk siswa pindahan.
- **Penerbit**, yaitu sekolah yang mencetak kartu.

## Syarat Pembuatan

1. Isi formulir.
2. Serahkan dokumen berikut:
   - foto pemegang kartu pelajar;
   - rapor terakhir.
)");
  Answer a = article.bot->ask("w", "Pemegang kartu pelajar itu siapa?");
  INFO(a.text);
  CHECK(a.text.find("terdaftar aktif") != std::string::npos);
}

TEST_CASE("'Waspadai X' introduces what X is, as 'Mengenal X' does", "[bot][definition][section]") {
  testing::ArticleBot article("beware-heading", "arisan.md", R"(---
title: Arisan
subject: Arisan
---

# Arisan

Arisan adalah kegiatan menabung bersama yang diundi secara bergiliran.

## Manfaat Arisan

- Mempererat hubungan antarwarga.

## Waspadai Arisan Bodong

Belakangan marak arisan daring yang menjanjikan uang berlipat dalam waktu singkat. Pengelolanya sering menghilang setelah uang terkumpul.
)");
  Answer a = article.bot->ask("b", "Arisan bodong itu apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("uang berlipat") != std::string::npos);
}

TEST_CASE("an item opening with the asked term, less what its lead says, defines it",
          "[bot][definition]") {
  testing::ArticleBot bot("item-less-lead", "musyawarah.md", R"(---
title: Musyawarah Desa
subject: Musyawarah Desa
---

# Musyawarah Desa

Musyawarah desa adalah forum warga untuk memutuskan hal penting bagi desa.

## Cara Bermusyawarah

Musyawarah desa berpegang pada empat prinsip:

1. **Terbuka**, yaitu setiap warga boleh hadir dan berbicara.
2. **Setara**: suara kepala desa dan suara warga dihitung sama.
3. **Mufakat**, yaitu keputusan diambil bersama tanpa pemungutan suara.
4. **Tercatat**, yaitu hasilnya ditulis dalam berita acara.

Kepala desa memimpin jalannya musyawarah.
)");
  // "prinsip" is what the list's lead says; "setara" opens the item.
  Answer a = bot.bot->ask("s", "Apa arti prinsip setara dalam musyawarah?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("dihitung sama") != std::string::npos);
  CHECK(a.text.find("pemungutan suara") == std::string::npos);
}

TEST_CASE("an item 'X, <what it is>' defines X, and 'X tuh apaan' asks it", "[bot][definition]") {
  testing::ArticleBot bot("item-apposition", "kebun.md", R"(---
title: Kebun Vertikal
subject: Kebun Vertikal
---

# Kebun Vertikal

Kebun vertikal adalah kebun yang disusun tegak di dinding.

## Bahan

Media tanam yang umum dipakai:

- sabut kelapa, serat kasar dari kulit buah kelapa yang menahan air.
- sekam, kulit padi yang sudah dibakar.

Tanaman yang cocok antara lain:

- selada, bayam, kangkung, dan sawi.
)");
  // "tuh" is "itu" after a noun: the question asks what the thing is.
  Answer a = bot.bot->ask("a", "sabut kelapa tuh apaan");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("serat kasar") != std::string::npos);
  CHECK(bot.bot->explain("sabut kelapa tuh apaan").find("\"qtype\":\"definition\"") !=
        std::string::npos);
  // A run of names is no definition of its first.
  Answer b = bot.bot->ask("b", "selada itu apa?");
  INFO(b.text);
  CHECK(b.text.find("kangkung") == std::string::npos);
}

TEST_CASE("a subject written with its short form in parentheses is asked by either name",
          "[bot][definition]") {
  testing::ArticleBot bot("subject-parenthesis", "pilkades.md", R"(---
title: Pilkades di Jawa
subject: Pemilihan Kepala Desa (Pilkades) di Jawa
---

# Pilkades di Jawa

Pemilihan kepala desa adalah cara warga desa memilih pemimpinnya secara langsung.

## Tahapan

Panitia menyusun daftar pemilih, lalu calon berkampanye selama tiga hari.
)");
  for (const char* q : {"pilkades itu apa?", "Apa itu pilkades di Jawa?",
                        "apa itu pemilihan kepala desa di jawa"}) {
    const std::string how = bot.bot->explain(q);
    INFO(q << " " << how);
    CHECK(how.find("\"subject\":true") != std::string::npos);
  }
  Answer a = bot.bot->ask("p", "pilkades itu apa?");
  INFO(a.text);
  CHECK(a.text.find("memilih pemimpinnya") != std::string::npos);
}

TEST_CASE("'X itu <kind> apa?' is answered by X's definition, which says the kind",
          "[bot][definition]") {
  testing::ArticleBot bot("kind-of-thing", "ispa.md", R"(---
title: ISPA pada Anak
subject: Infeksi Saluran Pernapasan Akut
---

# ISPA pada Anak

Infeksi Saluran Pernapasan Akut (ISPA) adalah penyakit infeksi yang menyerang hidung, tenggorokan, dan paru-paru.

## Pencegahan ISPA

Anak yang sakit sebaiknya beristirahat di rumah. Jumlah kasus ISPA naik saat musim hujan, terutama pada anak penderita penyakit kronis.
)");
  Answer a = bot.bot->ask("k", "ISPA itu sebenarnya penyakit apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("menyerang hidung") != std::string::npos);
}

TEST_CASE("a subject's other names set apart by a slash are each its name", "[bot][definition]") {
  testing::ArticleBot bot("subject-slash", "rumah.md", R"(---
title: Rumah Pintar
subject: Rumah Pintar
---

# Rumah Pintar

**Rumah Pintar (Smart Home/SH)** adalah rumah yang perangkatnya saling terhubung dan bisa diatur dari ponsel.

## Contoh

Lampu pintar dan kunci pintu digital termasuk perangkat rumah pintar.
)");
  const std::string how = bot.bot->explain("What is a smart home?");
  INFO(how);
  CHECK(how.find("\"subject\":true") != std::string::npos);
  Answer a = bot.bot->ask("s", "What is a smart home?");
  INFO(a.text);
  CHECK(a.text.find("saling terhubung") != std::string::npos);
}

TEST_CASE("a term the article names in one place only is what that place says of it",
          "[bot][definition]") {
  testing::ArticleBot bot("one-place", "radio.md", R"(---
title: Radio
subject: Radio
---

# Radio

Radio adalah alat yang menerima siaran lewat gelombang elektromagnetik.

## Sejarah

- 1895: Guglielmo Marconi mengirim sinyal tanpa kabel dan memperkenalkan uji jarak jauh untuk membuktikan sinyal bisa melintasi bukit.
- 1920: Siaran radio komersial pertama mengudara di Amerika Serikat, mengikuti aturan hukum penyiaran setempat.
)");
  // Said there: the article's one word on it is the answer.
  Answer said = bot.bot->ask("a", "Uji jarak jauh itu apa?");
  INFO(said.text);
  CHECK(said.found);
  CHECK(said.text.find("melintasi bukit") != std::string::npos);
  // Named last in passing: nothing is said of it.
  Answer passing = bot.bot->ask("b", "Apa itu hukum penyiaran?");
  INFO(passing.text);
  CHECK_FALSE(passing.found);
}

TEST_CASE("a topic word the article defines as a term is asked for what it means",
          "[bot][definition]") {
  testing::ArticleBot bot("topic-word-term", "perpus.md", R"(---
title: Perpustakaan Desa
source: contoh.id
language: id
category: Pendidikan
subject: Perpustakaan Desa
---

# Perpustakaan Desa

Perpustakaan desa adalah perpustakaan yang dikelola pemerintah desa untuk warganya.

## Istilah

Beberapa istilah yang sering muncul dalam layanan perpustakaan desa:

- **Anggota**, yaitu setiap warga yang sudah mengisi formulir dan memegang kartu baca.
- **Pustakawan**, yaitu petugas yang mengelola koleksi buku.

## Jenis Anggota

Anggota perpustakaan desa dibagi menjadi dua:

1. **Anggota tetap**, yaitu warga desa itu sendiri.
2. **Anggota tamu**, yaitu warga dari desa lain.
)");
  // "anggota" is a topic word (members); the article defines it as a term.
  Answer a = bot.bot->ask("a", "Yang dimaksud anggota perpustakaan desa siapa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("kartu baca") != std::string::npos);
}

TEST_CASE("what a named thing does is said where the article says what it is",
          "[bot][definition]") {
  testing::ArticleBot article("role", "pilkades.md", R"(---
title: Pilkades
subject: Pemilihan Kepala Desa
---

# Pemilihan Kepala Desa

Pemilihan kepala desa adalah cara warga memilih pemimpin desanya.

## Lembaga

- **Panitia Pengawas Desa (Panwasdes)**: mengawasi pemungutan suara dan menerima laporan kecurangan.
- **Badan Permusyawaratan Desa (BPD)**: membentuk panitia pemilihan.

## Hari Pemilihan

Petugas di tempat pemungutan suara membagikan surat suara kepada warga.
)");
  // "tugas" is only in "Petugas", of another thing.
  Answer a = article.bot->ask("r", "Apa tugas Panwasdes?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("mengawasi pemungutan suara") != std::string::npos);
  Answer b = article.bot->ask("s", "BPD perannya apa saja?");
  INFO(b.text);
  CHECK(b.text.find("membentuk panitia") != std::string::npos);
}

TEST_CASE("what a named thing does is said by the part headed by its name", "[bot][definition]") {
  testing::ArticleBot article("role-own-section", "lembaga.md", R"(---
title: Lembaga Desa
subject: Lembaga Desa
---

# Lembaga Desa

Lembaga desa adalah badan yang menjalankan pemerintahan di tingkat desa, misalnya BPD dan LPM.

## Lembaga Utama

### Badan Permusyawaratan Desa (BPD)

BPD beranggotakan wakil warga dari setiap dusun. BPD memiliki dua fungsi:

1. **Fungsi legislasi**: membahas peraturan desa bersama kepala desa.
2. **Fungsi pengawasan**: mengawasi kinerja kepala desa.
)");
  // The expansion of "BPD" says what it stands for, not what it does.
  Answer a = article.bot->ask("r", "Apa tugas BPD?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("mengawasi kinerja") != std::string::npos);
  // "kerjanya" asks the same of it.
  Answer b = article.bot->ask("k", "BPD kerjanya apa?");
  INFO(b.text);
  CHECK(b.text.find("mengawasi kinerja") != std::string::npos);
}

TEST_CASE("an item over its kinds is no answer to what it is or to another topic",
          "[bot][definition]") {
  testing::ArticleBot article("item-kinds", "hujan.md", R"(---
title: Hujan
subject: Hujan
---

# Hujan

Hujan adalah air yang jatuh dari awan.

## Jenis Hujan Berdasarkan Asalnya

1. **Hujan orografis**, yaitu hujan yang terjadi ketika udara naik di lereng gunung.
2. **Hujan zenithal**, yaitu hujan akibat udara panas yang naik di daerah khatulistiwa.

## Jenis Hujan Berdasarkan Ukuran Butirnya

- Hujan orografis
  - **Hujan orografis gerimis**: butirnya sangat halus.
  - **Hujan orografis deras**: butirnya besar dan jatuh cepat.
- Hujan zenithal
  - **Hujan zenithal lebat**: turun singkat tetapi sangat deras.

## Waspada di Pegunungan

Hujan orografis membawa bahaya di daerah pegunungan, antara lain:

- Tanah longsor di lereng yang gundul.
- Banjir bandang di lembah sungai.
)");
  // What it is: its definition, not the list of its kinds.
  Answer what = article.bot->ask("w", "Hujan orografis itu maksudnya apa?");
  INFO(what.text);
  CHECK(what.text.find("lereng gunung") != std::string::npos);
  // Its kinds: the list under it, which a heading names as kinds.
  Answer kinds = article.bot->ask("k", "Macam-macam hujan orografis ada apa saja?");
  INFO(kinds.text);
  CHECK(kinds.text.find("gerimis") != std::string::npos);
  // A kind named by the thing's name and more is that kind.
  Answer kind = article.bot->ask("d", "Apa itu hujan orografis deras?");
  INFO(kind.text);
  CHECK(kind.text.find("butirnya besar") != std::string::npos);
  // Another topic: not its kinds.
  Answer risk = article.bot->ask("r", "Apa bahaya hujan orografis?");
  INFO(risk.text);
  CHECK(risk.text.find("gerimis") == std::string::npos);
  CHECK(risk.text.find("Tanah longsor") != std::string::npos);
}

TEST_CASE("a term asked in a field the article does not name is still defined",
          "[bot][definition]") {
  testing::ArticleBot article("definition-field", "penipuan.md", R"(---
title: Penipuan Daring
source: contoh.id
language: id
category: Teknologi
subject: Penipuan Daring
---

# Penipuan Daring

Penipuan daring adalah kejahatan siber yang memakai internet untuk menipu korban. Keamanan akun adalah tanggung jawab setiap pengguna.

## Jenis Penipuan Daring

- **Smishing**: penipuan lewat pesan singkat yang berisi tautan palsu.
- **Whaling**: penipuan yang mengincar pejabat tinggi perusahaan.
)");
  // "dalam dunia keamanan siber" says where the word is meant, not more of
  // the thing to define.
  Answer a = article.bot->ask("f1", "Whaling dalam dunia keamanan siber artinya apa?");
  CHECK(a.found);
  CHECK(a.text.find("mengincar pejabat tinggi") != std::string::npos);
}

TEST_CASE("two terms that stem alike are compared by the words the reader wrote",
          "[bot][comparison]") {
  testing::ArticleBot article("comparison-stems", "bayangan.md", R"(---
title: Bayangan
source: contoh.id
language: id
category: Sains
subject: Bayangan
---

# Bayangan

Bayangan terbentuk ketika cahaya terhalang oleh benda.

## Bagian Bayangan

Bayangan benda yang disinari sumber cahaya besar terdiri atas dua bagian:

- **Umbra**, yaitu bayangan inti yang gelap pekat.
- **Penumbra**, yaitu bayangan kabur di sekeliling umbra.

## Bayangan dalam Kehidupan

Bayangan pohon membuat halaman terasa sejuk pada siang hari.
)");
  // "penumbra" stems to "umbra": the definitions are told apart as written.
  Answer a = article.bot->ask("cs1", "Beda umbra sama penumbra apa?");
  CHECK(a.intent == "comparison");
  CHECK(a.text.find("gelap pekat") != std::string::npos);
  CHECK(a.text.find("bayangan kabur") != std::string::npos);
}

TEST_CASE("two acronyms asked at once are both expanded", "[bot][acronym]") {
  testing::ArticleBot article("acronym-two", "dagang.md", R"(---
title: Istilah Perdagangan
source: contoh.id
language: id
category: Ekonomi
subject: Istilah Perdagangan
---

# Istilah Perdagangan

Ekspor memakai beberapa istilah harga.

## Istilah Harga

- **FOB (Free on Board)**: harga barang sampai di atas kapal pelabuhan asal.
- **CIF (Cost, Insurance, and Freight)**: harga barang termasuk asuransi dan ongkos kirim.
)");
  Answer a = article.bot->ask("ac1", "FOB dan CIF itu singkatan apa?");
  CHECK(a.intent == "acronym");
  CHECK(a.text.find("Free on Board") != std::string::npos);
  CHECK(a.text.find("Cost, Insurance, and Freight") != std::string::npos);
}

TEST_CASE("a name given by 'disingkat' or 'disebut' is defined by what it names",
          "[bot][definition]") {
  testing::ArticleBot article("definition-named", "aplikasi.md", R"(---
title: Aplikasi Pinjaman
source: contoh.id
language: id
category: Keuangan
subject: Aplikasi Pinjaman
---

# Aplikasi Pinjaman

Aplikasi pinjaman adalah layanan pinjam uang lewat ponsel. Pengguna mengunduh aplikasi, mengisi
data, lalu menunggu persetujuan.

## Izin Akses Ponsel

Aplikasi yang terdaftar hanya boleh mengakses kamera, mikrofon, dan lokasi ponsel. Ketiganya sering
disingkat "CAMILAN". Akses ke daftar kontak dilarang oleh aturan.

## Posisi Benda

Kedudukan tiga benda yang sejajar ini dalam ilmu ukur disebut **kolinear** atau segaris. Saat
benda segaris, bayangan jatuh lurus.
)");
  // "Ketiganya" counts back to the sentence that says what the name is;
  // "dalam aturan" names the field, which that sentence need not repeat.
  Answer a = article.bot->ask("n1", "Apa yang dimaksud CAMILAN dalam aturan aplikasi?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("kamera, mikrofon, dan lokasi") != std::string::npos);
  CHECK(article.bot->explain("Apa yang dimaksud CAMILAN dalam aturan aplikasi?")
            .find("\"key_content\":[\"camil\"]") != std::string::npos);
  // A sentence that gives the asked term after a naming verb is what the
  // article says it means, though it says it in passing.
  Answer b = article.bot->ask("n2", "Istilah kolinear artinya apa?");
  INFO(b.text);
  CHECK(b.found);
  CHECK(b.text.find("tiga benda yang sejajar") != std::string::npos);
}

TEST_CASE("a class noun before a term is not part of what to define", "[bot][definition]") {
  testing::ArticleBot article("definition-class-noun", "pemilu.md", R"(---
title: Pemilu
source: contoh.id
language: id
category: Politik
subject: Pemilu
---

# Pemilu

Pemilu adalah sarana rakyat memilih wakilnya. Sistem yang dipakai menentukan cara suara menjadi
kursi, dan sistem itu bisa berubah lewat undang-undang.

## Cara Menghitung Kursi

- **Proporsional terbuka**: pemilih mencoblos nama calon, dan kursi jatuh ke calon dengan suara
  terbanyak.
- **Proporsional tertutup**: pemilih mencoblos logo partai, dan kursi jatuh ke calon menurut nomor
  urut.
)");
  // "sistem proporsional tertutup": the article defines "Proporsional
  // tertutup"; "sistem" says what kind of thing it is.
  Answer a = article.bot->ask("c1", "Apa itu sistem proporsional tertutup?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("nomor urut") != std::string::npos);
  CHECK(a.text.find("nama calon") == std::string::npos);
}

TEST_CASE("'X itu siapa?' of one word the article defines is its definition", "[bot][definition]") {
  testing::ArticleBot article("who-one-word", "jiwa.md", R"(---
title: Kesehatan Jiwa
subject: Kesehatan Jiwa
---

# Kesehatan Jiwa

## Tempat Meminta Bantuan

- **Psikolog**, yaitu tenaga profesional yang memberikan konseling.
- **Psikiater**, yaitu dokter spesialis kedokteran jiwa yang dapat meresepkan obat.

Bedanya, psikolog tidak meresepkan obat, sedangkan psikiater bisa memberikan obat.
)");
  Answer a = article.bot->ask("p", "Psikiater itu sebenarnya siapa sih?");
  INFO(a.text);
  CHECK(a.text.find("dokter spesialis kedokteran jiwa") != std::string::npos);
}

TEST_CASE("what a name means is where it comes from", "[bot][definition]") {
  testing::ArticleBot article("name-meaning", "mataram.md", R"(---
title: Kerajaan Mataram Kuno
subject: Kerajaan Mataram Kuno
---

# Kerajaan Mataram Kuno

Kerajaan Mataram Kuno adalah kerajaan Hindu-Buddha di Jawa Tengah pada abad ke-8.

## Sejarah Singkat

Nama Mataram berasal dari bahasa Sanskerta *mataram* yang berarti "ibu pertiwi".

## Raja-Raja

Raja pertamanya adalah Sanjaya, yang memerintah sejak 732 M. Nama raja-raja Mataram tercatat dalam Prasasti Mantyasih.
)");
  Answer a = article.bot->ask("n", "Apa arti nama Mataram?");
  INFO(a.text);
  CHECK(a.text.find("ibu pertiwi") != std::string::npos);
  // What the kingdom is, is still its definition.
  Answer b = article.bot->ask("d", "Apa itu Kerajaan Mataram Kuno?");
  INFO(b.text);
  CHECK(b.text.find("Hindu-Buddha") != std::string::npos);
}

TEST_CASE("'X adalah proses apa?' is answered by what X is, in the definition's own words",
          "[bot][definition]") {
  testing::ArticleBot article("genus", "embun.md", R"(---
title: Embun
subject: Embun
---

# Embun

Embun adalah titik air yang menempel di permukaan benda pada pagi hari.

## Tahapan Terbentuknya Embun

1. **Pendinginan**, yaitu turunnya suhu permukaan benda pada malam hari.
2. **Kondensasi**, yaitu pengembunan uap air menjadi titik air di permukaan yang dingin.

Seluruh proses ini berlangsung tanpa bantuan manusia.
)");
  // "proses" is the kind of thing asked about; the definition need not
  // repeat it.
  Answer a = article.bot->ask("g", "Kondensasi adalah proses apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("pengembunan uap air") != std::string::npos);
}

TEST_CASE("kinds with parts of their own and no definition are compared by their openings",
          "[bot][definition][comparison]") {
  testing::ArticleBot article("kinds-compared", "siklus.md", R"(---
title: Perputaran Air
subject: Perputaran Air
---

# Perputaran Air

Perputaran air adalah siklus air dari bumi ke atmosfer dan kembali lagi.

## Jenis Siklus

### 1. Siklus Pendek

Pada siklus pendek, air laut menguap dan turun lagi sebagai hujan di atas laut.

### 2. Siklus Sedang

Pada siklus sedang, awan terbawa angin dan hujan turun di daratan.

### 3. Siklus Panjang

Pada siklus panjang, uap air menjadi salju di pegunungan dan membentuk gletser.
)");
  Answer a = article.bot->ask("c", "bedanya siklus sedang ama siklus pendek apa");
  INFO(a.text);
  // Both sides, in the order asked.
  const size_t sedang = a.text.find("hujan turun di daratan");
  const size_t pendek = a.text.find("hujan di atas laut");
  CHECK(sedang != std::string::npos);
  CHECK(pendek != std::string::npos);
  CHECK(sedang < pendek);
  CHECK(a.text.find("gletser") == std::string::npos);
}

TEST_CASE("'X, singkatan dari Y' says what X is", "[bot][definition]") {
  testing::ArticleBot article("short-form", "ekraf.md", R"(---
title: Usaha Kreatif
subject: Usaha Kreatif
---

# Usaha Kreatif

Usaha kreatif adalah usaha yang menjual gagasan dan desain.

## Pelaku

Pelakunya biasa disebut pelaku ekraf, singkatan populer dari pelaku ekonomi kreatif.
)");
  Answer a = article.bot->ask("s", "ekraf tu apaan sih");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("pelaku ekonomi kreatif") != std::string::npos);
}

TEST_CASE("'Apa yang disebut dengan X?' asks what X is", "[bot][definition]") {
  testing::ArticleBot article("called", "rantai.md", R"(---
title: Rantai Makanan
subject: Rantai Makanan
---

# Rantai Makanan

Rantai makanan adalah urutan makan dan dimakan antarmakhluk hidup.

## Komponen

Produsen menyediakan energi, konsumen menyalurkannya, dan dekomposer mengembalikan zat hara ke alam.

- **Produsen**, yaitu makhluk hidup yang membuat makanannya sendiri.
- **Dekomposer** (pengurai), yaitu organisme yang menguraikan sisa makhluk hidup yang sudah mati.

## Kesimpulan

Tanpa dekomposer, sisa makhluk hidup akan menumpuk.
)");
  Answer a = article.bot->ask("c", "Apa yang disebut dengan dekomposer?");
  INFO(a.text);
  CHECK(a.text.find("menguraikan sisa") != std::string::npos);
}

TEST_CASE("'Yang disebut X di <subject> itu siapa?' is answered by what the article calls X",
          "[bot][definition]") {
  testing::ArticleBot article("who-is-called", "bank-sampah.md", R"(---
title: Bank Sampah
subject: Bank Sampah
---

# Bank Sampah

Bank sampah adalah tempat pengumpulan sampah yang memiliki nilai ekonomi. Konsepnya meniru perbankan: warga yang menyetor sampah disebut **nasabah**, setiap setoran ditimbang lalu dicatat di **buku tabungan**.

## Cara Kerja

1. Nasabah memilah sampah di rumah berdasarkan jenisnya.
2. Hasil penjualan dibagi, misalnya 85% untuk nasabah dan 15% untuk pengurus.

## Perbedaan Bank Sampah dan TPS3R

Singkatnya, bank sampah menekankan nilai ekonomi sampah bagi nasabah, sedangkan TPS3R mengolah sampah campuran.
)");
  // The subject's words frame the question; "nasabah" is what is asked.
  Answer a = article.bot->ask("w", "Yang disebut nasabah di bank sampah itu siapa?");
  INFO(a.text);
  CHECK(a.text.find("menyetor sampah") != std::string::npos);
}

TEST_CASE("a term that opens a sentence inside a list item is defined there", "[bot][definition]") {
  testing::ArticleBot article("item-sentence-term", "perak.md", R"(---
title: Investasi Perak
subject: Investasi Perak
---

# Investasi Perak

Investasi perak adalah menyimpan kekayaan dalam bentuk logam perak.

## Risiko Investasi Perak

1. **Selisih harga (spread)**. Harga jual kembali, yaitu harga ketika toko membeli lagi perak Anda,
   selalu lebih rendah daripada harga belinya.
2. **Harga berfluktuasi**. Harga perak bisa turun tajam dalam sebulan.
)");
  // "Harga jual kembali" follows a stop, not the noun "(spread)": it
  // stands alone, and "yaitu" defines it.
  Answer a = article.bot->ask("h", "Harga jual kembali itu apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("toko membeli lagi") != std::string::npos);
}

TEST_CASE("'sebenarnya' asks nothing, and what a thing is seen as names it", "[bot][definition]") {
  testing::ArticleBot article("seen-as", "langit.md", R"(---
title: Benda Langit
subject: Benda Langit
---

# Benda Langit

Benda langit adalah semua benda alami di luar atmosfer Bumi.

## Benda Langit Kecil

- **Komet**, bongkahan es dan debu yang berekor saat mendekati Matahari.
- **Meteor**, batuan angkasa yang terbakar di atmosfer sehingga tampak sebagai bintang jatuh.
)");
  CHECK(article.bot->explain("komet itu sebenarnya apa?").find("\"qtype\":\"definition\"") !=
        std::string::npos);
  // The reader's name for it is what the meteor is seen as.
  Answer a = article.bot->ask("b", "bintang jatuh itu sebenarnya apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Meteor") != std::string::npos);
}

TEST_CASE("asked who several are, a definition goes on with the sentence that names them",
          "[bot][definition]") {
  testing::ArticleBot article("several-named", "ludruk.md", R"(---
title: Ludruk
subject: Ludruk
---

# Ludruk

Ludruk adalah teater rakyat Jawa Timur yang dimainkan dengan bahasa sehari-hari.

## Tokoh

**Pelawak** adalah para pemain yang bertugas membuat penonton tertawa di sela cerita. Mereka
biasanya terdiri atas Cak Kartolo, Cak Sapari, Cak Basman, dan Cak Munali. Penampilan mereka
selalu ditunggu.
)");
  Answer a = article.bot->ask("p", "Siapa saja pelawak?");
  INFO(a.text);
  CHECK(a.text.find("membuat penonton tertawa") != std::string::npos);
  CHECK(a.text.find("Cak Kartolo") != std::string::npos);
  // Asked what one is, the definition stands alone.
  Answer one = article.bot->ask("q", "Pelawak itu apa?");
  INFO(one.text);
  CHECK(one.text.find("Cak Kartolo") == std::string::npos);
}

TEST_CASE(
    "a definition that says nothing the question names beyond the term gives way to a passage",
    "[bot][definition]") {
  testing::ArticleBot article("definition-qualified", "koperasi-sekolah.md", R"(---
title: Koperasi Sekolah
subject: Koperasi Sekolah
---

# Koperasi Sekolah

Koperasi sekolah adalah koperasi yang didirikan dan dikelola oleh siswa di lingkungan sekolah.

## Dasar Hukum

Pengertian koperasi sekolah tertulis dalam Peraturan Menteri Nomor 12 Tahun 2015 tentang
perkoperasian siswa.

## Manfaat

- Siswa belajar mengelola uang.
- Kebutuhan alat tulis terpenuhi.
)");
  // "menurut peraturan" qualifies what is asked; the definition itself
  // never names the regulation.
  Answer a = article.bot->ask("p", "Pengertian koperasi sekolah menurut peraturan apa?");
  INFO(a.text);
  CHECK(a.text.find("Nomor 12 Tahun 2015") != std::string::npos);
}

TEST_CASE("a term named after the sentences that describe it is answered with all of them",
          "[bot][definition]") {
  testing::ArticleBot article("named-after-description", "rawa.md", R"(---
title: Demam Rawa
source: contoh.id
language: id
category: Kesehatan
subject: Demam Rawa
---

# Demam Rawa

Demam rawa adalah infeksi yang sering ditemukan di desa pesisir.

## Gejala

Gejalanya demam tinggi dan sakit perut.

## Penyebab

Penyebab utama demam rawa adalah bakteri yang hidup di usus manusia. Bakteri ini keluar lewat tinja
lalu mencemari air sumur warga. Pola ini disebut **penularan fekal-oral**.
)");
  // "Pola ini" points at the sentence right before it, which the opening
  // sentence of the paragraph (that says what causes it) does not say.
  Answer a = article.bot->ask("d", "Maksud dari penularan fekal-oral apa ya?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("mencemari air sumur") != std::string::npos);
  CHECK(a.text.find("Pola ini disebut") != std::string::npos);
}

TEST_CASE("a clause that opens with 'Dalam X,' sets the field; what follows is defined",
          "[bot][definition]") {
  testing::ArticleBot article("field-clause", "pensiun.md", R"(---
title: Dana Pensiun
subject: Dana Pensiun
---

# Dana Pensiun

Dana pensiun adalah uang yang dikumpulkan selama masa kerja untuk hari tua.

Ada dua istilah yang sering muncul. Orang yang ikut program disebut **peserta**, dan setoran rutin yang dibayarkan disebut **iuran**.

## Jenis Program

Program pensiun iuran pasti mematok besar setorannya.
)");
  Answer a = article.bot->ask("f", "Dalam program pensiun, yang disebut iuran itu apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("setoran rutin") != std::string::npos);
}

TEST_CASE("an acronym that spells a function word is that word in small letters",
          "[bot][acronym]") {
  testing::ArticleBot article("itu-acronym", "5g.md", R"(---
title: Jaringan 5G
subject: Jaringan 5G
---

# Jaringan 5G

**Jaringan 5G** adalah generasi kelima dari teknologi jaringan seluler. Persyaratannya ditetapkan oleh International Telecommunication Union (ITU).

## Kecepatan

Kecepatan unduh 5G bisa mencapai 20 Gbps.
)");
  Answer a = article.bot->ask("a", "5g tu apaan sih");
  INFO(a.text);
  CHECK(a.text.find("generasi kelima") != std::string::npos);
  // In capitals it is the acronym.
  Answer b = article.bot->ask("b", "ITU itu apa?");
  INFO(b.text);
  CHECK(b.text.find("International Telecommunication Union") != std::string::npos);
}

TEST_CASE("an acronym that spells an English question word is that word unless in capitals",
          "[bot][acronym]") {
  testing::ArticleBot article("who-acronym", "campak.md", R"(---
title: Campak
subject: Campak
---

# Campak

**Campak** adalah penyakit menular yang disebabkan virus. Menurut WHO (World Health Organization), campak masih menyebabkan banyak kematian anak.

## Sejarah Vaksin

Vaksin campak pertama dikembangkan oleh ilmuwan Amerika, John Enders, pada tahun 1963.
)");
  const std::string e = article.bot->explain("Who developed the first vaccine?");
  INFO(e);
  CHECK(e.find("\"entities\":[]") != std::string::npos);
  CHECK(e.find("\"qtype\":\"who\"") != std::string::npos);
  Answer a = article.bot->ask("w", "Who developed the first vaccine?");
  INFO(a.text);
  CHECK(a.text.find("John Enders") != std::string::npos);
  // In capitals it is the acronym.
  CHECK(article.bot->explain("WHO itu apa?").find("\"entities\":[\"WHO\"]") != std::string::npos);
}

TEST_CASE("an item that sets its term apart as a sentence defines it, asked of a named thing",
          "[bot][definition]") {
  testing::ArticleBot article("item-term-sentence", "urun.md", R"(---
title: Urun Dana
subject: Urun Dana
---

# Urun Dana

Urun dana adalah cara menghimpun dana dari banyak orang. Di pasar modal dikenal **Securities Crowdfunding (SCF)**, yaitu urun dana berbasis efek.

## Risiko Urun Dana

1. **Risiko likuiditas.** Saham SCF tidak bisa dijual setiap saat seperti saham di bursa.
2. **Risiko dilusi.** Kepemilikan pemodal dapat mengecil apabila penerbit menerbitkan saham baru.

## Ketentuan SCF

- Penerbit dapat menghimpun dana paling banyak Rp10 miliar dalam jangka waktu 12 bulan.
- Pemodal wajib memiliki rekening efek.

## Perbedaan Urun Dana (SCF) dan IPO

IPO ditujukan bagi perusahaan besar, sedangkan urun dana bagi usaha kecil. Batas dana urun dana lebih kecil.
)");
  Answer a = article.bot->ask("d1", "Apa itu risiko dilusi?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("dapat mengecil") != std::string::npos);
  CHECK(a.text.find("likuiditas") == std::string::npos);
  // Asked of SCF, the risk is still the term asked.
  Answer b = article.bot->ask("d2", "Apa yang dimaksud risiko dilusi pada SCF?");
  INFO(b.text);
  CHECK(b.text.find("dapat mengecil") != std::string::npos);
  // "Urun Dana (SCF)" in a heading does not make SCF the subject's other
  // name: the article spells SCF out as something else.
  CHECK(article.bot->explain("Apa itu SCF?").find("\"subject\":false") != std::string::npos);
  Answer c = article.bot->ask("d3", "SCF singkatan dari apa?");
  INFO(c.text);
  CHECK(c.text.find("Securities Crowdfunding") != std::string::npos);
  Answer e = article.bot->ask("d4", "Berapa maksimal dana yang boleh dihimpun penerbit lewat SCF?");
  INFO(e.text);
  CHECK(e.text.find("Rp10 miliar") != std::string::npos);
}

TEST_CASE("a term said after an opening connective is explained where its part opens",
          "[bot][definition]") {
  testing::ArticleBot article("connective-term", "banjir.md", R"(---
title: Banjir
subject: Banjir
---

# Banjir

Banjir adalah meluapnya air hingga menggenangi daratan.

## Banjir Kiriman vs Banjir Rob

Para ahli membedakan banjir menurut asal airnya. **Banjir kiriman** datang dari hulu sungai setelah hujan deras. Sebaliknya, **banjir rob** terjadi karena air laut pasang naik ke daratan pesisir.

| Aspek | Banjir Kiriman | Banjir Rob |
|---|---|---|
| Asal air | Hulu sungai | Laut pasang |
| Wilayah | Dataran rendah di hilir | Pesisir |
)");
  Answer a = article.bot->ask("r", "Apa yang dimaksud dengan banjir rob?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("air laut pasang naik") != std::string::npos);
}

TEST_CASE("the subject's other name inside a longer name the article writes stays that name",
          "[bot][definition]") {
  testing::ArticleBot article("alias-in-name", "urun.md", R"(---
title: "Urun Dana (Crowdfunding): Jenis dan Manfaatnya"
subject: Urun Dana
---

# Urun Dana (Crowdfunding)

Urun dana atau *crowdfunding* adalah cara menghimpun dana dari banyak orang secara daring. Urun dana kini diawasi pemerintah. Urun dana cocok bagi usaha kecil, dan urun dana butuh platform.

## Jenis Urun Dana

1. **Donation-based crowdfunding**, yaitu urun dana berbasis donasi tanpa imbalan.
2. **Reward-based crowdfunding**, yaitu pemodal menerima hadiah atau produk sebagai balas jasa.
3. **Equity-based crowdfunding**, yaitu urun dana berbasis saham usaha.

Setiap jenis urun dana punya aturan sendiri.
)");
  CHECK(article.bot->explain("Apa itu reward-based crowdfunding?").find("crowdfunding\u2192") ==
        std::string::npos);
  Answer a = article.bot->ask("r", "Apa itu reward-based crowdfunding?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("menerima hadiah") != std::string::npos);
  // Alone, it is the subject's other name.
  Answer b = article.bot->ask("c", "Apa itu crowdfunding?");
  INFO(b.text);
  CHECK(b.text.find("banyak orang") != std::string::npos);
}

TEST_CASE("'X itu <kind> apa?' of a term the article defines is answered by its definition",
          "[bot][definition]") {
  testing::ArticleBot article("kind-of-term", "donasi.md", R"(---
title: Donasi Daring
subject: Donasi Daring
---

# Donasi Daring

Donasi daring adalah sumbangan yang dikirim lewat aplikasi atau situs web.

## Contoh Platform

- **Kitabisa**: platform donasi untuk kampanye sosial seperti bantuan bencana.
- **Santara**: salah satu penyelenggara urun dana pertama yang berizin OJK.

Banyak aplikasi kini memudahkan orang berdonasi kapan saja.
)");
  Answer a = article.bot->ask("k", "santara tuh apk apaan");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.intent == "definition");
  CHECK(a.text.find("penyelenggara urun dana") != std::string::npos);
}

TEST_CASE("an acronym inside the subject's name, asked with the whole subject, asks the subject",
          "[bot][definition]") {
  testing::ArticleBot article("acronym-in-subject", "pltb.md", R"(---
title: "Pengertian PLTB Rumahan: Jenis dan Manfaat"
subject: PLTB rumahan
---

# Pengertian PLTB Rumahan

Di sinilah PLTB (Pembangkit Listrik Tenaga Bayu) rumahan mulai dilirik.

## Apa Itu PLTB Rumahan?

Pembangkit Listrik Tenaga Bayu (PLTB) rumahan adalah sistem pembangkit listrik kecil yang memanfaatkan kincir angin di halaman rumah.

## Manfaat PLTB Rumahan

- Menghemat tagihan listrik.
- Mengurangi emisi karbon PLTB konvensional.
)");
  Answer a = article.bot->ask("p", "Apa itu PLTB rumahan?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("kincir angin") != std::string::npos);
  // Alone, the acronym is still what it stands for.
  Answer b = article.bot->ask("q", "PLTB singkatan dari apa?");
  INFO(b.text);
  CHECK(b.text.find("Pembangkit Listrik Tenaga Bayu") != std::string::npos);
}

TEST_CASE("an acronym is said to be of a list only where it opens an item of it",
          "[bot][acronym]") {
  // A written article: BMKG is named inside an item of the causes of
  // floods ("**Curah hujan tinggi**: BMKG (...) mengategorikan ...").
  const std::string text = testing::read_source("tests/qa/holdout14/banjir.md");
  testing::ArticleBot article("acronym-context", "banjir.md", text);
  Answer a = article.bot->ask("b", "BMKG singkatan dari apa?");
  INFO(a.text);
  CHECK(a.text.find("Badan Meteorologi") != std::string::npos);
  CHECK(a.text.find("disebut sebagai") == std::string::npos);
  // The shipped article's ASEAN opens an item of its examples.
  Answer b = testing::bot().ask("c", "ASEAN singkatan dari apa?");
  INFO(b.text);
  CHECK(b.text.find("disebut sebagai contoh") != std::string::npos);
}

TEST_CASE("items over lists of what they are are compared by those lists", "[bot][definition]") {
  testing::ArticleBot article("nested-compare", "pensiun.md", R"(---
title: Dana Pensiun
subject: Dana Pensiun
---

# Dana Pensiun

Dana pensiun adalah uang yang dikumpulkan selama masa kerja untuk hari tua.

## Program Wajib

Dua program berikut sering tertukar:

- **Jaminan Hari Tua (JHT)**
  - Iurannya 5,7% dari upah.
  - Saldo dibayarkan sekaligus, bukan dicicil.
- **Jaminan Pensiun (JP)**
  - Iurannya 3% dari upah.
  - Dibayarkan tiap bulan.
)");
  // ("sama" is chat for "dan".)
  Answer a = article.bot->ask("c", "Beda JHT sama JP apa?");
  INFO(a.text);
  CHECK(a.intent == "comparison");
  CHECK(a.text.find("sekaligus") != std::string::npos);
  CHECK(a.text.find("tiap bulan") != std::string::npos);
}

TEST_CASE("a term of two words is defined where the article glosses its head and says the rest",
          "[bot][definition]") {
  testing::ArticleBot article("head-gloss", "maag.md", R"(---
title: Maag
subject: Maag
---

# Maag

Dalam dunia medis, **gastritis** adalah peradangan pada mukosa, yaitu lapisan pelindung yang melapisi dinding lambung.

## Gejala

- Perih di ulu hati.
- Mual dan kembung.
)");
  Answer a = article.bot->ask("m", "Mukosa lambung itu apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("lapisan pelindung") != std::string::npos);
}

TEST_CASE("'nama lengkapnya apa?' asks what a short form stands for", "[bot][acronym]") {
  testing::ArticleBot article("full-name", "maag.md", R"(---
title: Maag
subject: Maag
---

# Maag

Maag adalah peradangan pada dinding lambung.

## Penyebab

1. **Infeksi Helicobacter pylori (H. pylori)**. Bakteri ini ditemukan pada 1982.
2. **Pemakaian obat antiinflamasi nonsteroid (OAINS)** jangka panjang.
)");
  Answer a = article.bot->ask("h", "H. pylori nama lengkapnya apa?");
  INFO(a.text);
  CHECK(a.text.find("Helicobacter pylori") != std::string::npos);
  Answer b = article.bot->ask("o", "Nama lengkap OAINS apa?");
  INFO(b.text);
  CHECK(b.text.find("obat antiinflamasi nonsteroid") != std::string::npos);
}

TEST_CASE("an item that opens with the heading's word and the term asked defines the term",
          "[bot][definition]") {
  testing::ArticleBot article("item-heading-word", "cacingan.md", R"(---
title: Cacingan pada Anak
subject: Cacingan pada Anak
---

# Cacingan pada Anak

Cacingan adalah infeksi cacing parasit di dalam usus.

## Jenis Cacingan Berdasarkan Cacing Penyebabnya

1. **Cacing gelang**, yaitu cacing berwarna putih kemerahan.
2. **Cacing tambang**, yang terdiri atas dua spesies. Cacing ini menempel di dinding usus dan mengisap darah.
3. **Cacing kremi**, yaitu cacing kecil berwarna putih.
)");
  Answer a = article.bot->ask("t", "Apa itu cacing tambang?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("dua spesies") != std::string::npos);
}

TEST_CASE("a term the article only lists among others, once, is not defined by that list",
          "[bot][definition]") {
  testing::ArticleBot article("listed-once", "dana-darurat.md", R"(---
title: Dana Darurat
subject: Dana Darurat
---

# Dana Darurat

Dana darurat adalah tabungan yang disisihkan untuk kebutuhan mendadak.

## Tempat Menyimpan Dana Darurat

- Rekening tabungan yang mudah dicairkan kapan saja.
- Simpanan di luar deposito, reksa dana, atau emas batangan untuk sebagian kecilnya.
)");
  // "reksa dana" is named once, as one of several places; the sentence
  // says nothing of what it is. (Its "dana" is also the subject's word:
  // the term is followed to its end before a comma is looked for.)
  Answer a = article.bot->ask("t", "Apa itu reksa dana?");
  INFO(a.text);
  CHECK_FALSE(a.found);
  // Where the term is what the sentence is about, it still answers.
  CHECK(article.bot->ask("u", "Apa itu dana darurat?").text.find("kebutuhan mendadak") !=
        std::string::npos);
}

TEST_CASE("a short form the article gives a term names it; it does not define it",
          "[bot][definition]") {
  testing::ArticleBot article("short-form-named", "abrasi.md", R"(---
title: "Abrasi Pantai (Abpan): Pengertian dan Penyebab"
subject: Abrasi Pantai
---

# Abrasi Pantai (Abpan): Pengertian dan Penyebab

Garis pantai di banyak desa mundur setiap tahun. Semua itu berawal dari satu masalah: abrasi pantai, atau yang lebih akrab disingkat abpan.

## Pengertian Abrasi Pantai

Abrasi pantai (abpan) adalah pengikisan daratan pantai oleh gelombang dan arus laut yang merusak.
)");
  // "X, atau yang disingkat Y" gives X a name; "X (Y) adalah ..." says what it is.
  Answer a = article.bot->ask("a", "Apa itu abpan?");
  INFO(a.text);
  CHECK(a.text.find("pengikisan daratan") != std::string::npos);
}

TEST_CASE("a term named over a list is defined by that list", "[bot][definition]") {
  testing::ArticleBot article("named-over-list", "api.md", R"(---
title: Kebakaran Rumah
subject: Kebakaran Rumah
---

# Kebakaran Rumah

Kebakaran rumah adalah api yang membakar bangunan tempat tinggal.

## Penyebab Api

Api hanya bisa menyala jika tiga unsur bertemu. Ketiganya dikenal sebagai segitiga api:

- **Bahan bakar**, yaitu kayu, kertas, dan kain.
- **Oksigen**, yaitu udara di sekitar api.
- **Sumber panas**, yaitu percikan listrik atau korek api.
)");
  Answer a = article.bot->ask("a", "Apa yang dimaksud dengan segitiga api?");
  INFO(a.text);
  CHECK(a.text.find("segitiga api") != std::string::npos);
  CHECK(a.text.find("Oksigen") != std::string::npos);
  CHECK(a.text.find("Sumber panas") != std::string::npos);
}

TEST_CASE("a longer name that ends in the subject's is not another name of the subject",
          "[bot][definition]") {
  testing::ArticleBot article("longer-name", "karang.md", R"(---
title: Terumbu Karang
subject: Terumbu Karang
---

# Terumbu Karang

Terumbu karang adalah ekosistem bawah laut yang dibangun oleh hewan karang.

## Sebaran

Indonesia berada di kawasan Segitiga Terumbu Karang (Coral Triangle) yang memiliki keanekaragaman karang tertinggi di dunia.
)");
  // "Segitiga Terumbu Karang (Coral Triangle)" names a region: the
  // parenthesis is the region's other name, not the reef's.
  Answer a = article.bot->ask("a", "Apa itu coral triangle?");
  INFO(a.text);
  CHECK(a.text.find("keanekaragaman karang tertinggi") != std::string::npos);
  CHECK(a.text.find("ekosistem bawah laut") == std::string::npos);
}

TEST_CASE("'What are X?' in English asks what X is", "[bot][definition]") {
  testing::ArticleBot article("what-are", "mikro.md", R"(---
title: Mikroalga
subject: Mikroalga
---

# Mikroalga

Mikroalga adalah organisme bersel satu yang hidup di air dan berfotosintesis.

## Jenis Mikroalga

- **Diatom**: berdinding sel silika.
- **Alga hijau**: berklorofil banyak.
)");
  Answer a = article.bot->ask("a", "What are microalgae?");
  INFO(a.text);
  CHECK(a.text.find("organisme bersel satu") != std::string::npos);
}

TEST_CASE("a name in capitals set beside a common noun is glossed by what follows it",
          "[bot][definition]") {
  testing::ArticleBot article("name-beside-noun", "kediri.md", R"(---
title: Kerajaan Kediri
subject: Kerajaan Kediri
---

# Kerajaan Kediri

Kerajaan Kediri adalah kerajaan Hindu di Jawa Timur.

## Raja-Raja

1. **Jayabaya**
   - Dikenal lewat ramalan dan gagasan Ratu Adil Nusantara, yaitu cita-cita datangnya pemimpin yang membawa keadilan.
)");
  Answer a = article.bot->ask("a", "Apa yang dimaksud dengan Ratu Adil Nusantara?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("pemimpin yang membawa keadilan") != std::string::npos);
}

TEST_CASE("a term and its negation are each defined by their own item", "[bot][definition]") {
  testing::ArticleBot article("term-and-negation", "label.md", R"(---
title: Label Halal Elektronik
subject: Label Halal Elektronik
---

# Label Halal Elektronik

Label halal elektronik adalah tanda halal yang dipasang secara digital pada kemasan.

## Jenis Label Halal Elektronik

1. **Label halal elektronik tersertifikasi**, yaitu label yang diterbitkan lembaga resmi setelah audit.
2. **Label halal elektronik tidak tersertifikasi**, yaitu label yang dibuat sendiri oleh produsen tanpa audit.
)");
  Answer a =
      article.bot->ask("a", "Apa yang dimaksud dengan label halal elektronik tersertifikasi?");
  INFO(a.text);
  CHECK(a.text.find("lembaga resmi") != std::string::npos);
  Answer b =
      article.bot->ask("b", "Apa pengertian label halal elektronik yang tidak tersertifikasi?");
  INFO(b.text);
  CHECK(b.text.find("dibuat sendiri") != std::string::npos);
}

TEST_CASE("a term no sentence defines but a table column heads is told by its column",
          "[bot][definition]") {
  testing::ArticleBot article("table-column", "serat.md", R"(---
title: Serat Pangan
subject: Serat Pangan
---

# Serat Pangan

Serat pangan adalah bagian tumbuhan yang tidak dicerna usus halus.

## Dua Bentuk Serat

Serat dari makanan terbagi menjadi dua bentuk, yaitu serat larut dan serat tak larut.

| Aspek | Serat Larut | Serat Tak Larut |
|---|---|---|
| Sumber | Oat dan apel | Gandum utuh dan sayur |
| Manfaat utama | Menurunkan kolesterol | Melancarkan buang air besar |
)");
  Answer a = article.bot->ask("a", "Apa itu serat larut?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Menurunkan kolesterol") != std::string::npos);
  CHECK(a.text.find("Gandum utuh") == std::string::npos);
}

TEST_CASE("'fungsinya' asks what the thing does, where the article writes 'manfaat' elsewhere",
          "[bot][definition]") {
  testing::ArticleBot article("role-clitic", "darah.md", R"(---
title: Sel Darah Merah
subject: Sel Darah Merah
---

# Sel Darah Merah

Sel darah merah adalah sel darah yang paling banyak jumlahnya.

Di dalamnya terdapat **hemoglobin (Hb)**, yaitu protein yang bertugas mengangkut oksigen ke seluruh tubuh.

## Manfaat Makanan Kaya Zat Besi

- Menjaga kadar Hb tetap normal.
)");
  // "fungsinya" is no reader's word for "manfaat" here: it asks the role,
  // which the definition says.
  Answer a = article.bot->ask("a", "Hemoglobin itu apa sih fungsinya?");
  INFO(a.text);
  CHECK(a.text.find("mengangkut oksigen") != std::string::npos);
}

TEST_CASE("'semua X adalah Y' claims something of every X; it does not define X",
          "[bot][definition]") {
  testing::ArticleBot article("universal-claim", "kartu.md", R"(---
title: Kartu Pembayaran
subject: Kartu Pembayaran
---

# Kartu Pembayaran

Kartu pembayaran adalah kartu yang dipakai untuk membayar tanpa uang tunai.

## Bentuk Kartu Pembayaran

- **Kartu kredit**: kartu yang memakai dana talangan bank dan dibayar kemudian.
- **Kartu debit**: kartu yang langsung memotong saldo tabungan.

Jadi, semua kartu kredit adalah kartu pembayaran, tetapi tidak semua kartu pembayaran adalah kartu kredit.
)");
  Answer a = article.bot->ask("a", "Kartu kredit itu maksudnya apa?");
  INFO(a.text);
  CHECK(a.text.find("dana talangan") != std::string::npos);
}

TEST_CASE("a topic's word that opens a longer term the article defines names that term",
          "[bot][definition]") {
  testing::ArticleBot article("topic-word-term", "polis.md", R"(---
title: Asuransi Rumah
subject: Asuransi Rumah
---

# Asuransi Rumah

Asuransi rumah adalah perlindungan atas kerugian pada bangunan tempat tinggal.

## Istilah Penting

- **Manfaat tambahan** atau *rider*, yaitu perlindungan ekstra yang dibeli terpisah dari polis utama.

## Manfaat Asuransi Rumah

- Mengganti biaya perbaikan setelah kebakaran.
- Menenangkan pemilik rumah.
)");
  // "manfaat" is a topic's word; "manfaat tambahan" is a term defined.
  Answer a = article.bot->ask("a", "Yang dimaksud manfaat tambahan itu apa?");
  INFO(a.text);
  CHECK(a.text.find("perlindungan ekstra") != std::string::npos);
}

TEST_CASE("who is meant by a term, asked within a field, is told by the term's definition",
          "[bot][definition]") {
  testing::ArticleBot article("who-in-field", "retribusi.md", R"(---
title: Retribusi Sampah
subject: Retribusi Sampah
---

# Retribusi Sampah

Retribusi sampah adalah pungutan daerah atas layanan angkut sampah.

Pihak yang wajib membayar disebut wajib retribusi, yaitu orang pribadi atau badan yang memakai layanan angkut sampah.

## Risiko Menunggak

Bagi wajib retribusi, menunda pembayaran punya sejumlah risiko:

- Denda 2% per bulan.
- Layanan angkut dihentikan.
)");
  Answer a = article.bot->ask("a", "Siapa saja yang disebut wajib retribusi dalam aturan daerah?");
  INFO(a.text);
  CHECK(a.text.find("orang pribadi atau badan") != std::string::npos);
}

TEST_CASE("'ada' (there is) ties no term to what it is, though it stems as 'adalah'",
          "[bot][definition]") {
  testing::ArticleBot article("ada-no-copula", "limbah.md", R"(---
title: Limbah Bengkel
subject: Limbah Bengkel
---

# Limbah Bengkel

Sebagian besar sisa bengkel memang sampah biasa, tetapi ada juga buangan yang menyimpan zat berbahaya.

## Perbedaan Limbah Bengkel dan Sampah Biasa

| Aspek | Limbah Bengkel | Sampah biasa |
|---|---|---|
| Sifat | Berbahaya | Umumnya tidak berbahaya |
| Contoh | Oli bekas, aki bekas | Kertas, daun kering |
)");
  const Answer a = article.bot->ask("a", "Apa perbedaan limbah bengkel dengan sampah biasa?");
  INFO(a.text);
  CHECK(a.text.find("ada juga buangan") == std::string::npos);
  CHECK(a.text.find("tidak berbahaya") != std::string::npos);
}

TEST_CASE("a term said with the small words between its words is defined as written",
          "[definition]") {
  testing::ArticleBot article("definition-spoken", "migrain.md", testing::kMigraineKinds);
  // Not "Aura, yaitu ...": "dengan" is a small word, not nothing.
  Answer a = article.bot->ask("d", "Apa itu migrain dengan aura?");
  INFO(a.text);
  CHECK(a.text.find("didahului atau disertai aura") != std::string::npos);
  Answer b = article.bot->ask("a", "Apa itu aura?");
  INFO(b.text);
  CHECK(b.text.find("gangguan penglihatan sementara") != std::string::npos);
}

TEST_CASE("a kind named before a term is the heading over its definition", "[definition]") {
  // A blind test article as written: "**Pemanfaatan (utilization)**: ..."
  // under "## Empat Pilar Ketahanan Pangan".
  const std::string text = testing::read_source("tests/qa/holdout56/ketahanan-pangan.md");
  REQUIRE(!text.empty());
  testing::ArticleBot article("definition-kind-noun", "pangan.md", text);
  // "pilar" is no part of the term: the heading says it is a pillar.
  Answer a =
      article.bot->ask("p", "Yang dimaksud pilar pemanfaatan dalam ketahanan pangan itu apa?");
  INFO(a.text);
  CHECK(a.text.find("cara tubuh menyerap") != std::string::npos);
}

TEST_CASE("another name of a thing is the one a naming verb gives it", "[definition]") {
  testing::ArticleBot article("other-name", "abrasi.md", R"(---
title: Abrasi Pantai
subject: Abrasi Pantai
---

# Abrasi Pantai

Abrasi pantai adalah proses pengikisan daratan di tepi pantai oleh tenaga gelombang laut. Karena
tenaga penggeraknya berasal dari laut, abrasi sering juga disebut erosi marin atau erosi laut.

## Bentang Alam Hasil Abrasi

Beberapa bentang alam hasil abrasi antara lain:

- **Tebing pantai**, yaitu dinding curam yang terbentuk karena ombak.
- **Gua laut**: lubang di kaki tebing.
)");
  for (const char* q : {"Abrasi itu nama lainnya apa?", "Nama lain abrasi apa?",
                        "Abrasi disebut juga apa?", "What is another name for abrasion?"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << " -> " << a.text);
    CHECK(a.text.find("erosi marin") != std::string::npos);
  }
  // A thing the article names no other way gets no such answer.
  Answer b = article.bot->ask("gua", "Nama lain gua laut apa?");
  INFO(b.text);
  CHECK(b.text.find("erosi marin") == std::string::npos);
}

TEST_CASE("an item opened by a class noun its heading names defines the term after it",
          "[bot][definition]") {
  testing::ArticleBot article("class-noun-item", "halal.md", R"(---
title: Sertifikasi Halal
subject: Sertifikasi Halal
---

# Sertifikasi Halal

Sertifikasi halal adalah pengakuan kehalalan produk oleh negara.

## Jenis Sertifikasi Halal Berdasarkan Jalur Pengajuan

1. **Jalur reguler**, yaitu jalur yang melibatkan pemeriksaan oleh lembaga pemeriksa.
2. **Jalur self-declare**, yaitu pernyataan mandiri dari pelaku usaha mikro dan kecil.

## Biaya

- **Reguler**: sekitar Rp650.000 untuk usaha kecil.
- **Self-declare**: gratis lewat program pemerintah.
)");
  // "Self-declare:" over its cost labels a row; "Jalur self-declare,
  // yaitu ..." says what it is, the heading naming its class noun.
  Answer a = article.bot->ask("s", "Apa itu self-declare?");
  INFO(a.text);
  CHECK(a.text.find("pernyataan mandiri") != std::string::npos);
}

TEST_CASE("an acronym asked with more than its expansion is said where the article names it",
          "[bot][acronym]") {
  testing::ArticleBot article("acronym-more", "halal.md", R"(---
title: Sertifikasi Halal
subject: Sertifikasi Halal
---

# Sertifikasi Halal

Sertifikasi halal adalah pengakuan kehalalan produk oleh negara.

## Lembaga yang Terlibat

- **BPJPH (Badan Penyelenggara Jaminan Produk Halal)**: lembaga pemerintah yang menerbitkan sertifikat halal.
- **LPH (Lembaga Pemeriksa Halal)**: lembaga yang memeriksa dan menguji kehalalan produk melalui auditor halal.
)");
  Answer a = article.bot->ask("l", "Apa kepanjangan LPH dan apa tugasnya?");
  INFO(a.text);
  CHECK(a.text.find("Lembaga Pemeriksa Halal") != std::string::npos);
  CHECK(a.text.find("memeriksa dan menguji") != std::string::npos);
  // The expansion alone, asked alone.
  Answer b = article.bot->ask("m", "Apa kepanjangan LPH?");
  INFO(b.text);
  CHECK(b.intent == "acronym");
}

TEST_CASE("a rare term asked among other words is defined where the article glosses it",
          "[bot][definition]") {
  // "wong cilik" is glossed in place by "atau" ("rakyat biasa atau wong
  // cilik"); the question wraps it in words the sentence lacks.
  const std::string text = testing::read_source("tests/qa/holdout35/mataram-islam.md");
  testing::ArticleBot article("rare-gloss", "mataram-islam.md", text);
  Answer a = article.bot->ask("w", "Istilah wong cilik dalam masyarakat Mataram artinya apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("rakyat biasa atau wong cilik") != std::string::npos);
  // (A name the article lacks beside a term it glosses is not asked of the
  // term: "Matter" is no "smart home".)
  const std::string iot = testing::read_source("tests/qa/holdout22/internet-of-things.md");
  testing::ArticleBot other("rare-gloss-other", "iot.md", iot);
  Answer b = other.bot->ask("m", "Standar smart home Matter itu apa?");
  INFO(b.text);
  CHECK_FALSE(b.found);
}

TEST_CASE("the subject asked of in a place or field is the subject's definition",
          "[bot][definition]") {
  // "di Indonesia" is where Tapera is, which the definition need not say;
  // read as asked, "Indonesia" would find the rule for foreign workers.
  const std::string text = testing::read_source("tests/qa/holdout61/tapera.md");
  testing::ArticleBot article("subject-field", "tapera.md", text);
  for (const char* q : {"Apa itu Tapera di Indonesia?", "What is Tapera in Indonesia?"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << ": " << a.text);
    CHECK(a.text.find("Tabungan Perumahan Rakyat (Tapera) adalah") != std::string::npos);
  }
  // (One word of the subject's name asked in the subject's field is that
  // word's meaning: "Bangunan dalam konteks PBB" is no "Apa itu PBB?".)
  const std::string pbb = testing::read_source("tests/qa/holdout52/pbb.md");
  testing::ArticleBot other("part-field", "pbb.md", pbb);
  Answer b = other.bot->ask("b", "Bangunan dalam konteks PBB itu maksudnya apa?");
  INFO(b.text);
  CHECK(b.text.find("konstruksi teknik") != std::string::npos);
}

TEST_CASE("an item's term glossed in parentheses before 'yaitu' defines it", "[bot][definition]") {
  testing::ArticleBot article("item-gloss", "gamelan.md", R"(---
title: Gamelan
source: contoh.id
language: id
category: Budaya
subject: Gamelan
---

# Gamelan

Gamelan adalah ansambel musik tradisional Jawa dan Bali.

## Cara Memainkan Gamelan

Ada tiga teknik utama yang perlu dikuasai penabuh:

- **Tabuh** (pukul), yaitu memukul bilah dengan alat pemukul dari kayu.
- **Tutup** (redam), yaitu menahan bilah dengan tangan kiri agar bunyinya berhenti.
- **Gembyang** (rangkap), yaitu memukul dua bilah bernada sama sekaligus.
)");
  Answer a = article.bot->ask("t", "Apa yang dimaksud dengan teknik tutup?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("menahan bilah") != std::string::npos);
}

TEST_CASE("a long subject said with one inner word left out is the subject", "[bot][definition]") {
  // A written article on "Asuransi Usaha Tani Padi": a reader drops
  // "usaha" (and misspells the rest).
  const std::string text = testing::read_source("tests/qa/holdout67/autp.md");
  testing::ArticleBot article("subject-short-inner", "autp.md", text);
  Answer a = article.bot->ask("d", "asurasni tani padi tuh apaan");
  INFO(a.text);
  CHECK(a.text.find("adalah program asuransi pertanian") != std::string::npos);
}

TEST_CASE("a part named in its heading's parentheses is told by its list", "[bot][definition]") {
  testing::ArticleBot article("gloss-part", "sekolah.md", R"(---
title: Sekolah Rakyat
subject: Sekolah Rakyat
---

# Sekolah Rakyat

Sekolah rakyat adalah sekolah bagi anak bumiputra pada masa kolonial.

## Prinsip Sekolah Rakyat

### Prinsip Sekolah Rakyat Berdasarkan Nilai Dasar (Panca Dharma)

1. **Kodrat alam**: anak tumbuh sesuai bakatnya.
2. **Kemerdekaan**: murid bebas dan bertanggung jawab.
3. **Kebudayaan**: pendidikan berakar pada budaya sendiri.
4. **Kebangsaan**: menumbuhkan rasa satu bangsa.

### Prinsip Sekolah Rakyat Berdasarkan Lingkungan Belajar

- **Alam keluarga**, yaitu tempat belajar pertama.
- **Alam perguruan**, yaitu tempat mengasah pikiran.
)");
  // No sentence defines "Panca Dharma": the list its part opens with does.
  Answer what = article.bot->ask("g1", "Apa itu Panca Dharma?");
  INFO(what.text);
  CHECK(what.found);
  CHECK(what.text.find("Kodrat alam") != std::string::npos);
  CHECK(what.text.find("Kebangsaan") != std::string::npos);
  // Its principles asked are the whole list, not the items sharing most words.
  Answer all = article.bot->ask("g2", "Apa saja prinsip Panca Dharma sekolah rakyat?");
  INFO(all.text);
  CHECK(all.text.find("Kodrat alam") != std::string::npos);
  CHECK(all.text.find("Kebangsaan") != std::string::npos);
  CHECK(all.text.find("Alam keluarga") == std::string::npos);
}

TEST_CASE("a sentence that ends in the term and its other name defines it the other way round",
          "[bot][definition]") {
  testing::ArticleBot article("reverse-definition", "saraf.md", R"(---
title: Sistem Saraf
subject: Sistem Saraf
---

# Sistem Saraf

Sistem saraf mengatur seluruh kegiatan tubuh.

## Sel Saraf dan Bagiannya

Unit terkecil penyusun sistem saraf adalah sel saraf atau neuron. Neuron bertugas menghantarkan impuls, yaitu sinyal listrik antarbagian tubuh.

- **Dendrit**, yaitu serabut pendek penerima impuls neuron lain.
- **Akson**, yaitu serabut panjang pembawa impuls dari neuron.
)");
  Answer a = article.bot->ask("r", "Apa itu neuron?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Unit terkecil penyusun sistem saraf") != std::string::npos);
  CHECK(a.text.find("menghantarkan impuls") != std::string::npos);
}

TEST_CASE("where a name comes from says what it means", "[bot][definition]") {
  // The article never defines "gringsing"; it says where the name comes
  // from ("Nama gringsing sendiri berasal dari kata ..."), which is what
  // a reader asking its meaning wants, though the term is one word.
  const std::string text = testing::read_source("tests/qa/holdout71/tenun-ikat.md");
  testing::ArticleBot article("name-origin", "tenun-ikat.md", text);
  Answer a = article.bot->ask("g", "gringsing artinya apa y");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("berasal dari kata") != std::string::npos);
}

TEST_CASE("what the article says of a term it never defines answers, below a definition",
          "[bot][definition]") {
  // No sentence says what "kain gringsing" is; those about it (where it is
  // made, what its name means) are the article's word on it.
  const std::string text = testing::read_source("tests/qa/holdout71/tenun-ikat.md");
  testing::ArticleBot article("said-of", "tenun-ikat.md", text);
  Answer a = article.bot->ask("a", "Apa itu kain gringsing?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("gringsing") != std::string::npos);
  CHECK(a.confidence < tanya::scoring::kDefinitionOfWords);
  // A term named last in passing still is not explained.
  testing::ArticleBot other("passing", "tenun.md", R"(---
title: Tenun
subject: Tenun
---

# Tenun

Tenun adalah kain yang dibuat dengan menyilangkan benang lungsi dan benang pakan.

## Perawatan

- Simpan tenun di lemari yang kering, jauh dari kapur barus.
)");
  CHECK_FALSE(other.bot->ask("b", "Apa itu kapur barus?").found);
  // Named last before a colon, it is what the list after says.
  testing::ArticleBot rule("announced", "cadangan.md", R"(---
title: Cadangan Data
subject: Cadangan Data
---

# Cadangan Data

Cadangan data adalah salinan berkas yang disimpan di tempat lain.

## Cara Membuat Cadangan

1. Jadwalkan pencadangan setiap pekan.
2. Simpan salinan dengan aturan lima-dua:
   - lima salinan di rumah
   - dua salinan di kantor
)");
  Answer c = rule.bot->ask("c", "Aturan lima-dua itu seperti apa?");
  INFO(c.text);
  CHECK(c.found);
  CHECK(c.text.find("dua salinan di kantor") != std::string::npos);
}

TEST_CASE("an item that sets its name off by a colon says what the thing it describes is called",
          "[bot][definition]") {
  // "Devisa negara: devisa yang dimiliki ... Devisa inilah yang membentuk
  // cadangan devisa resmi.": asked the name of what forms the reserves,
  // the item gives it, though the words asked stand last in its sentence.
  const std::string text = testing::read_source("tests/qa/holdout72/devisa.md");
  testing::ArticleBot article("item-name", "devisa.md", text);
  Answer a = article.bot->ask("n", "Devisa yang membentuk cadangan devisa resmi disebut apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Devisa negara") != std::string::npos);
}

TEST_CASE("a named thing with a noun of its kind before apa asks what the thing is",
          "[bot][definition]") {
  // "Sistem Administrasi Manunggal Satu Atap (Samsat), layanan terpadu
  // ...": asked what kind of body Samsat is, its gloss says.
  const std::string text = testing::read_source("tests/qa/holdout74/pajak-kendaraan.md");
  testing::ArticleBot article("kind-apa", "pajak-kendaraan.md", text);
  CHECK(
      article.bot->explain("Samsat itu sebenarnya lembaga apa?").find("\"qtype\":\"definition\"") !=
      std::string::npos);
  Answer a = article.bot->ask("k", "Samsat itu sebenarnya lembaga apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("layanan terpadu") != std::string::npos);
  // "tugasnya apa" asks one aspect of it, not what it is.
  CHECK(article.bot->explain("Samsat tugasnya apa?").find("\"qtype\":\"definition\"") ==
        std::string::npos);
}

TEST_CASE("who the subject is, asked of nothing more, is what the article says it is",
          "[bot][definition]") {
  testing::ArticleBot article("who-subject", "tokoh.md", R"(---
title: "Biografi R.A. Kartini"
subject: R.A. Kartini
---

# Biografi R.A. Kartini

Setiap 21 April kita memperingati Hari Kartini di sekolah.

## Siapa R.A. Kartini?

**R.A. Kartini** adalah tokoh perempuan asal Jepara yang dikenal sebagai pelopor emansipasi.
Surat-suratnya dikumpulkan oleh J.H. Abendanon.

## Pendidikan

Kartini bersekolah di Europese Lagere School sampai berusia 12 tahun.
)");
  for (const char* question : {"Siapa R.A. Kartini?", "Siapa itu R.A. Kartini?"}) {
    Answer a = article.bot->ask(question, question);
    INFO(question << " -> " << a.text);
    CHECK(a.text.find("pelopor emansipasi") != std::string::npos);
  }
}

TEST_CASE("who coined a term, named after 'oleh', need not be in the sentence that defines it",
          "[bot][definition]") {
  testing::ArticleBot article("definition-agent", "gotong.md", R"(---
title: Gotong Royong
subject: Gotong Royong
---

# Gotong Royong

Gotong royong adalah kegiatan yang dikerjakan bersama-sama secara sukarela.

## Sejarah

Pada 1 Juni 1945, Soekarno berpidato tentang dasar negara. Kelima sila dapat diperas menjadi
Trisila. Trisila pun masih bisa diperas lagi menjadi Ekasila, yaitu gotong royong.
)");
  Answer a = article.bot->ask("e", "Yang dimaksud Ekasila oleh Soekarno itu apa?");
  INFO(a.text);
  CHECK(a.text.find("menjadi Ekasila, yaitu gotong royong") != std::string::npos);
}

TEST_CASE("the subject's words in another order around 'itu', then 'apa', ask what it is",
          "[bot][definition]") {
  testing::ArticleBot article("subject-reordered", "kediri.md", R"(---
title: Kerajaan Kediri
subject: Kerajaan Kediri
---

# Kerajaan Kediri

Kerajaan Kediri adalah kerajaan bercorak Hindu yang berdiri di Jawa Timur pada 1042–1222.

## Raja-Raja Kerajaan Kediri

- **Jayabaya**: masa kejayaan Kediri.
- **Kertajaya**: raja terakhir Kediri.
)");
  Answer a = article.bot->ask("k", "kediri tuh kerajaan apaan sih");
  INFO(a.text);
  CHECK(a.text.find("bercorak Hindu") != std::string::npos);
}

TEST_CASE("the first word of a two-word subject, asked alone and defined nowhere, is the subject",
          "[bot][definition]") {
  testing::ArticleBot article("subject-head", "fermentasi.md", R"(---
title: Fermentasi Makanan
subject: Fermentasi Makanan
---

# Fermentasi Makanan

Tempe dan tape lahir dari proses yang sama. Kedua jenis fermentasi ini sering ditemui di dapur.

## Pengertian

**Fermentasi makanan** adalah proses perubahan bahan pangan oleh aktivitas mikroorganisme.

## Perbandingan

Kedua jenis fermentasi ini hasilnya berbeda: fermentasi alkohol menghasilkan etanol, sedangkan
fermentasi asam laktat menghasilkan asam laktat.
)");
  Answer a = article.bot->ask("f", "Apa itu fermentasi?");
  INFO(a.text);
  CHECK(a.text.find("perubahan bahan pangan") != std::string::npos);
}

TEST_CASE("a name that goes on past the asked word names a longer term, not the word",
          "[bot][definition]") {
  testing::ArticleBot article("named-longer", "enkripsi.md", R"(---
title: Enkripsi Data
subject: Enkripsi Data
---

# Enkripsi Data

## Pengertian

Enkripsi data adalah proses mengubah informasi menjadi kode acak dengan bantuan kunci.

## Jenis

Browser memakai kunci publik untuk bertukar kunci sesi, lalu data dienkripsi secara simetris.
Pendekatan ini disebut enkripsi hibrida.
)");
  Answer a = article.bot->ask("e", "enkripsi itu apa sih");
  INFO(a.text);
  CHECK(a.text.find("kode acak") != std::string::npos);
  CHECK(a.text.find("hibrida") == std::string::npos);
}

TEST_CASE("a side of a comparison that is the subject's first word is the subject",
          "[bot][definition]") {
  testing::ArticleBot article("compare-head", "erosi.md", R"(---
title: Erosi Tanah
subject: Erosi Tanah
---

# Erosi Tanah

## Pengertian

Erosi tanah adalah proses pengikisan lapisan tanah oleh tenaga alam.

Erosi selalu diikuti oleh proses lain yang disebut **sedimentasi**, yaitu pengendapan material
hasil erosi di tempat yang lebih rendah.
)");
  Answer a = article.bot->ask("e", "Apa bedanya erosi dengan sedimentasi?");
  INFO(a.text);
  CHECK(a.text.find("pengikisan") != std::string::npos);
  CHECK(a.text.find("pengendapan") != std::string::npos);
}

TEST_CASE("another name given to the term the sentence before defines is defined by that sentence",
          "[bot][definition]") {
  testing::ArticleBot article("named-again", "os.md", R"(---
title: Sistem Operasi
subject: Sistem Operasi
---

# Sistem Operasi

## Pengertian

Sistem operasi adalah perangkat lunak sistem yang mengelola perangkat keras komputer. Dalam bahasa
Inggris, sistem operasi disebut Operating System (OS).

## Contoh

Contoh OS yang populer adalah Windows, Linux, dan Android.
)");
  Answer a = article.bot->ask("o", "os tu apaan sih");
  INFO(a.text);
  CHECK(a.text.find("perangkat lunak sistem") != std::string::npos);
}

TEST_CASE("an item that opens with a titled name says who the name is", "[bot][definition]") {
  testing::ArticleBot article("titled-item", "semarang.md", R"(---
title: Pertempuran Lima Hari di Semarang
subject: Pertempuran Lima Hari di Semarang
---

# Pertempuran Lima Hari di Semarang

## Tokoh

- **dr. Kariadi**: kepala laboratorium Rumah Sakit Purusara yang gugur ditembak.
- **Mr. Wongsonegoro**: Gubernur Jawa Tengah saat itu yang ikut dalam perundingan.

## Akhir Pertempuran

Pertempuran berakhir setelah perundingan yang melibatkan Mr. Wongsonegoro dan pimpinan tentara
Jepang.
)");
  Answer a = article.bot->ask("t", "wongsonegoro tu siapa sih");
  INFO(a.text);
  CHECK(a.text.find("Gubernur Jawa Tengah") != std::string::npos);
}

TEST_CASE("who a named one is, with nothing more asked, is what the article says they are",
          "[bot][definition]") {
  testing::ArticleBot article("who-named", "wali.md", R"(---
title: Mengenal Wali Songo
subject: Wali Songo
---

# Mengenal Wali Songo

Siapa yang belum pernah mendengar nama Sunan Kalijaga atau Sunan Ampel? Kisah mereka sudah kita kenal sejak bangku sekolah. Para wali ini menyebarkan Islam di Jawa dengan cara yang damai.

## Daftar Nama dan Wilayah Dakwah

Inilah sembilan wali beserta nama aslinya:

1. **Sunan Gresik** (Maulana Malik Ibrahim): berdakwah di Gresik dan dianggap wali tertua. Beliau wafat pada 1419 M.
2. **Sunan Ampel** (Raden Rahmat): mendirikan pesantren Ampel Denta di Surabaya.
3. **Sunan Bonang** (Raden Makdum Ibrahim): putra Sunan Ampel, berdakwah di Tuban.
4. **Sunan Drajat** (Raden Qasim): putra Sunan Ampel yang lain, berdakwah di Lamongan.
5. **Sunan Giri** (Raden Paku): mendirikan Giri Kedaton di Gresik.
6. **Sunan Kudus** (Ja'far Shadiq): berdakwah di Kudus.
7. **Sunan Kalijaga** (Raden Said): berdakwah di Demak dan wilayah sekitarnya, lalu dimakamkan di Kadilangu.
8. **Sunan Muria** (Raden Umar Said): putra Sunan Kalijaga yang berdakwah di lereng Gunung Muria.
9. **Sunan Gunung Jati** (Syarif Hidayatullah): berdakwah di Cirebon dan mendirikan Kesultanan Cirebon.

## Pembagian Para Wali

### Pembagian Berdasarkan Wilayah

- **Jawa Timur**: Sunan Gresik, Sunan Ampel, Sunan Bonang, Sunan Drajat, dan Sunan Giri.
- **Jawa Tengah**: Sunan Kudus, Sunan Kalijaga, dan Sunan Muria.
- **Jawa Barat**: Sunan Gunung Jati.

### Pembagian Berdasarkan Pendekatan

Sebagian ahli sejarah membagi mereka ke dalam dua aliran:

- **Aliran Giri**, yaitu kelompok yang lebih menekankan kemurnian syariat. Tokohnya antara lain:
  - Sunan Ampel
  - Sunan Giri
  - Sunan Drajat
- **Aliran Tuban**, yaitu kelompok yang memakai pendekatan budaya dan lentur terhadap tradisi. Tokohnya antara lain:
  - Sunan Kalijaga
  - Sunan Bonang
  - Sunan Kudus
  - Sunan Muria
)");
  Answer a = article.bot->ask("w", "Siapa Sunan Kalijaga?");
  INFO(a.text);
  CHECK(a.text.find("Raden Said") != std::string::npos);
}

TEST_CASE("the name a person is called by in the opening asks about the subject", "[bot][alias]") {
  testing::ArticleBot article("called-by", "dirman.md", R"(---
title: Jenderal Soedirman
subject: Jenderal Soedirman
---

# Jenderal Soedirman

Jenderal Soedirman adalah panglima besar pertama Tentara Nasional Indonesia. Oleh rakyat, ia akrab disapa **Pak Dirman**.

## Masa Kecil

Soedirman lahir pada 24 Januari 1916 di Desa Bodas Karangjati, Purbalingga.

## Teladan

Nilai-nilai perjuangan Pak Dirman tetap relevan sampai sekarang. Beberapa cara sederhana untuk meneladaninya:

- Bersikap disiplin dan bertanggung jawab, seperti dirinya saat menjadi guru
- Pantang menyerah dalam kondisi sulit
- Mengunjungi situs sejarahnya, misalnya Museum Sasmitaloka di Yogyakarta
)");
  const std::string how = article.bot->explain("pak dirman lahir dmn sih");
  INFO(how);
  CHECK(how.find("\"subject\":true") != std::string::npos);
  Answer a = article.bot->ask("d", "pak dirman lahir dmn sih");
  INFO(a.text);
  CHECK(a.text.find("Purbalingga") != std::string::npos);
}

TEST_CASE("'X atau yang sering disebut Y' in the opening gives the subject its other name",
          "[bot][alias]") {
  testing::ArticleBot article("or-which", "dompet.md", R"(---
title: Dompet Digital
subject: Dompet Digital
---

# Dompet Digital

Kini membayar parkir pun tak perlu uang tunai. Semua itu berkat **dompet digital** atau yang sering disebut *e-wallet*.

## Cara Membuat Akun

- Unduh aplikasi resmi.
- Buat PIN 6 digit yang sulit ditebak.

## Risiko

Akun bisa dibobol lewat phishing.
)");
  const std::string how = article.bot->explain("Tips membuat PIN e-wallet yang aman bagaimana?");
  INFO(how);
  CHECK(how.find("\"subject\":true") != std::string::npos);
}

TEST_CASE("a step that opens with the doing of a thing defines the thing after its colon",
          "[bot][definition]") {
  testing::ArticleBot article("bidden-step", "miopi.md", R"(---
title: Miopi
subject: Miopi
---

# Miopi

Miopi adalah gangguan refraksi yang membuat benda jauh tampak kabur.

## Cara Mencegah Miopi

1. **Terapkan aturan 20-20-20**: setiap 20 menit menatap layar, alihkan pandangan ke objek sejauh 20 kaki selama 20 detik.
2. **Perbanyak aktivitas di luar ruangan**, setidaknya 2 jam sehari.
)");
  Answer a = article.bot->ask("r", "Apa itu aturan 20-20-20?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("setiap 20 menit") != std::string::npos);
}

TEST_CASE("a name set off by a comma from a noun phrase is defined in place", "[bot][definition]") {
  testing::ArticleBot article("apposition", "sultan-agung.md", R"(---
title: Biografi Sultan Agung
subject: Sultan Agung
---

# Biografi Sultan Agung

Sultan Agung adalah raja ketiga Kesultanan Mataram yang memerintah pada tahun 1613–1645.

## Wafat

Sultan Agung wafat pada tahun 1645 dan digantikan putranya, Amangkurat I. Ia dimakamkan di Pajimatan Imogiri, kompleks makam raja-raja Mataram di Bukit Merak, Kabupaten Bantul. Kompleks ini dibangun atas perintahnya sejak 1632.

## Serangan ke Batavia

Setelah tiba di Batavia, pasukan Mataram menyerang benteng VOC pada 1628.
)");
  Answer a = article.bot->ask("p", "Apa itu Pajimatan Imogiri?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("kompleks makam") != std::string::npos);
}

TEST_CASE("a sentence saying a topic of the term does not define the term", "[bot][definition]") {
  testing::ArticleBot article("aspect-of-term", "maggot.md", R"(---
title: "Maggot BSF: Pengertian, Siklus Hidup, dan Manfaatnya"
subject: Maggot BSF
---

# Maggot BSF: Pengertian, Siklus Hidup, dan Manfaatnya

## Apa Itu Maggot BSF?

**Maggot BSF** adalah larva dari lalat Black Soldier Fly (BSF) atau lalat tentara hitam. Larva ini rakus melahap bahan organik.

## Hitung-hitungan Ekonomi

Harga maggot segar umumnya Rp5.000-8.000 per kg. Bagi rumah tangga, keuntungan utama maggot sebenarnya adalah penghematan pakan, bukan penghasilan besar.
)");
  // "keuntungan utama maggot ... adalah" says its benefit, not what it is.
  Answer a = article.bot->ask("m", "maggot tu apaan sih");
  INFO(a.text);
  CHECK(a.text.find("larva dari lalat") != std::string::npos);
}

TEST_CASE("a gloss after a longer name ending in the subject's word is that name's",
          "[bot][definition]") {
  testing::ArticleBot article("longer-gloss", "waralaba.md", R"(---
title: Waralaba
subject: Waralaba
---

# Waralaba

Waralaba adalah hak khusus atas sistem bisnis yang telah terbukti berhasil.

Dalam setiap waralaba selalu ada dua pihak:

- **Pemberi waralaba (franchisor)**, yaitu pemilik merek yang memberikan hak pemakaiannya.
- **Penerima waralaba (franchisee)**, yaitu orang yang membeli hak tersebut.

## Biaya

Biaya awal dibayar sekali di muka. Franchisee membayar royalti bulanan kepada franchisor,
dan franchisor memberi pelatihan kepada franchisee.
)");
  // "franchisor" glosses "Pemberi waralaba", not the subject "waralaba".
  Answer a = article.bot->ask("g1", "Apa itu franchisor?");
  INFO(a.text);
  CHECK(a.text.find("pemilik merek") != std::string::npos);
  Answer b = article.bot->ask("g2", "Franchisee artinya apa?");
  INFO(b.text);
  CHECK(b.text.find("membeli hak") != std::string::npos);
}

TEST_CASE("a thing the text names by 'bernama' is what it is said to be", "[bot][definition]") {
  testing::ArticleBot article("definition-named", "cip.md", R"(---
title: Cip
subject: Cip
---

# Cip

Cip adalah kepingan kecil bahan semikonduktor.

## Cara Membuat Cip

1. **Penarikan kristal**: silikon dilelehkan lalu ditarik menjadi batang kristal tunggal.
2. **Pemotongan**: batang kristal diiris menjadi cakram tipis bernama wafer, berdiameter 300 mm.
3. **Oksidasi**: permukaan dipanaskan agar tertutup lapisan oksida.
)");
  Answer a = article.bot->ask("w", "Apa itu wafer?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("cakram tipis") != std::string::npos);
}

TEST_CASE("each English name the opening gives its subject, one per 'atau', asks about it",
          "[bot][definition]") {
  testing::ArticleBot article("english-names", "irigasi.md", R"(---
title: "Pengertian Irigasi Tetes: Jenis, Komponen, Manfaat, dan Cara Membuatnya"
source: KebunTani.id
subject: Irigasi Tetes
language: id
category: Pertanian
---

# Pengertian Irigasi Tetes: Jenis, Komponen, Manfaat, dan Cara Membuatnya

Musim kemarau yang makin panjang membuat banyak petani pusing memikirkan air. Sumur mulai kering, biaya pompa membengkak, sementara tanaman tetap harus disiram setiap hari. Di sinilah irigasi tetes mulai dilirik, baik oleh petani hortikultura di lahan luas maupun oleh pehobi yang berkebun di pekarangan rumah.

Dalam artikel ini, Sobat Tani akan mengenal apa itu irigasi tetes, komponen penyusunnya, jenis-jenisnya, manfaat dan kekurangannya, hingga cara membuat sistem sederhana untuk kebun di rumah.

## Apa Itu Irigasi Tetes?

Irigasi tetes adalah metode pemberian air secara perlahan dan terus-menerus langsung ke zona perakaran tanaman melalui jaringan pipa, selang, dan penetes. Dalam bahasa Inggris, sistem ini dikenal sebagai *drip irrigation* atau *trickle irrigation*. Air tidak disebar ke seluruh permukaan lahan, melainkan diteteskan sedikit demi sedikit tepat di sekitar pangkal batang, sehingga hampir tidak ada air yang terbuang karena penguapan atau limpasan.

Teknologi irigasi tetes modern berkembang di Israel, negara yang sebagian besar wilayahnya berupa gurun. Insinyur air Simcha Blass bersama putranya merancang penetes plastik pertama, lalu pada tahun 1965 berdirilah perusahaan Netafim di Kibbutz Hatzerim yang memproduksinya secara massal. Sejak itu, irigasi tetes menyebar ke berbagai negara, termasuk Indonesia.
)");
  for (const char* q : {"What is drip irrigation?", "What is trickle irrigation?"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << " -> " << a.text);
    CHECK(a.text.find("zona perakaran") != std::string::npos);
    // (Read as the subject, not as "drip" beside "irigasi".)
    const std::string read = article.bot->explain(q);
    INFO(read);
    CHECK(read.find("\"subject\":true") != std::string::npos);
  }
  // Named beside the subject, the name is what is asked about, not read
  // as the subject again.
  const std::string u = article.bot->explain("Apakah irigasi tetes sama dengan drip irrigation?");
  INFO(u);
  CHECK(u.find("drip") != std::string::npos);
}

TEST_CASE("two acronyms a heading joins pair with each other, not with the way it is about",
          "[bot][definition]") {
  testing::ArticleBot article("acronym-paren", "upah.md", R"(---
title: Upah Minimum
subject: Upah Minimum
---

# Upah Minimum

Upah minimum adalah upah bulanan terendah yang ditetapkan pemerintah.

## Jenis Upah Minimum Berdasarkan Wilayah

1. **Upah Minimum Provinsi (UMP)**, yaitu upah minimum yang berlaku untuk seluruh kabupaten dan
   kota di dalam satu provinsi.
2. **UMK (Upah Minimum Kabupaten/Kota)**, yaitu upah minimum yang berlaku khusus di satu
   kabupaten atau kota.

## Cara Penetapan UMP dan UMK

Proses penetapan upah minimum melibatkan banyak pihak. Dewan pengupahan memberi rekomendasi.
)");
  // The heading joins UMP and UMK under the way both are set, which says
  // nothing of what UMK is.
  Answer a = article.bot->ask("d1", "Apa yang dimaksud UMK?");
  INFO(a.text);
  CHECK(a.text.find("satu kabupaten atau kota") != std::string::npos);
  CHECK(a.text.find("Proses penetapan") == std::string::npos);
}

TEST_CASE("an English word's kin the article glosses once reads as the article's own word",
          "[bot][definition]") {
  testing::ArticleBot article("english-kin", "kista.md", R"(---
title: Kista Ovarium
subject: Kista Ovarium
---

# Kista Ovarium

Kista ovarium adalah kantong berisi cairan yang terbentuk di dalam atau di permukaan ovarium.
Ovarium menghasilkan sel telur dan hormon.

## Bedanya dengan PCOS

Kista ovarium berbeda dengan PCOS (Polycystic Ovary Syndrome), gangguan hormon pada ovarium.
)");
  // "ovarian" is "ovary" to WordNet, which the article writes once, in a
  // gloss: the reader means its "ovarium".
  const std::string u = article.bot->explain("What is an ovarian cyst?");
  INFO(u);
  CHECK(u.find("ovarian\u2192ovarium") != std::string::npos);
  Answer a = article.bot->ask("e1", "What is an ovarian cyst?");
  INFO(a.text);
  CHECK(a.text.find("kantong berisi cairan") != std::string::npos);
}
