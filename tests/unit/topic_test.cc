// The topic strategy (bot/answerer.cc topic_answer and locate_topic): a
// topic asked of a named thing is answered from what the article says of
// that thing, on articles the bot data does not know.
#include <catch2/catch.hpp>

#include "testing.h"

using namespace tanya;

namespace {

const char kArticle[] = R"(---
title: Pilkades
subject: Pemilihan Kepala Desa
---

# Pemilihan Kepala Desa

Pemilihan kepala desa adalah cara warga desa memilih pemimpinnya secara langsung.
Masa jabatan kepala desa enam tahun.

## Kendala Pemilihan

- **Daftar pemilih ganda**, yaitu satu warga tercatat dua kali di daftar.
- **Surat cadangan (surcad)**, yaitu surat suara tambahan di tiap tempat pemungutan, yang berisiko disalahgunakan bila tidak dihitung. Penyebabnya antara lain:
  - cetakan rusak saat dikirim;
  - pemilih pindahan yang datang di hari pemungutan.
- **Kampanye hitam**, yaitu fitnah terhadap calon.

## Risiko Pemilihan

Pemilihan yang diulang memakan biaya besar dan memecah warga.
)";

}  // namespace

TEST_CASE("a named thing's item that announces a topic leads that thing's list on it",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-nested-lead", "pilkades.md", kArticle);
  // "surcad" is the item's short form; its item announces the causes and
  // the list nested under it gives them.
  Answer a = bot.bot->ask("c", "Apa penyebab adanya surcad?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("cetakan rusak") != std::string::npos);
  CHECK(a.text.find("pemilih pindahan") != std::string::npos);
}

TEST_CASE("a section that never names the thing does not answer a topic asked of it",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-entity-section", "pilkades.md", kArticle);
  // The section headed by the topic speaks of the whole election; the
  // item of the thing itself says what it is and its risk.
  bot.bot->ask("r", "Apa itu surcad?");
  Answer a = bot.bot->ask("r", "risikonya?");
  INFO(a.text);
  CHECK(a.text.find("disalahgunakan") != std::string::npos);
  CHECK(a.text.find("memakan biaya besar") == std::string::npos);
}

TEST_CASE("a heading naming institutions is no list of examples", "[bot][topic]") {
  testing::ArticleBot bot("topic-institutions", "sampah.md", R"(---
title: Bank Sampah
subject: Bank Sampah
---

# Bank Sampah

Bank sampah adalah tempat warga menabung sampah yang sudah dipilah.

## Lembaga Pengelola Sampah

- **Dinas Lingkungan Hidup**: membina bank sampah di tiap kota.
- **Pengurus RW**: mencatat tabungan warga.

## Jenis Bank Sampah

- **Bank sampah unit**: dikelola warga satu RW, seperti bank sampah di Kampung Gondolayu.
- **Bank sampah induk**: menampung setoran dari banyak bank sampah unit.
)");
  Answer a = bot.bot->ask("c", "kasih contoh bank sampah");
  INFO(a.text);
  CHECK(a.text.find("Dinas Lingkungan Hidup") == std::string::npos);
}

TEST_CASE("a word that stems like a topic word only by a taken particle is not it",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-particle", "pilkades.md", kArticle);
  // "masalah" stems to "masa" (a period): "masa jabatan" asks no risk.
  const std::string period = bot.bot->explain("berapa lama masa jabatan kepala desa?");
  INFO(period);
  CHECK(period.find("\"topics\":[]") != std::string::npos);
  const std::string problem = bot.bot->explain("masalah pemilihan kepala desa apa saja?");
  INFO(problem);
  CHECK(problem.find("\"topics\":[\"risks\"]") != std::string::npos);
}

TEST_CASE("the bare stem of a topic word listed only with affixes is another word",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-bare-stem", "teh.md", R"(---
title: Teh
subject: Teh
---

# Teh

Teh adalah minuman dari daun tanaman teh yang diseduh air panas.

## Daun Muda vs Daun Tua: Mana yang Lebih Baik?

Keduanya sama-sama enak diseduh, tetapi ada beberapa perbedaan yang perlu diketahui.

| Aspek | Daun muda | Daun tua |
|---|---|---|
| Pengolahan | Tidak difermentasi | Difermentasi penuh |
| Rasa | Segar | Pekat |

## Fungsi dan Manfaat Teh bagi Tubuh

Manfaat teh tidak berhenti pada rasa. Berikut beberapa perannya yang paling banyak diteliti:

- **Menjaga daya tahan tubuh** berkat antioksidan.
- **Membantu konsentrasi** karena kafein dalam kadar rendah.
)");
  // "kelebihan" (an advantage) stems to "lebih" (more): "Mana yang Lebih
  // Baik?" heads no list of benefits.
  Answer a = bot.bot->ask("t", "Apa manfaat teh?");
  INFO(a.text);
  CHECK(a.text.find("daya tahan tubuh") != std::string::npos);
  CHECK(a.text.find("difermentasi") == std::string::npos);
}

TEST_CASE("a topic's own word is not read toward the article's synonym of it", "[bot][topic]") {
  testing::ArticleBot bot("topic-word-kept", "gawai.md", R"(---
title: Gawai
subject: Gawai
---

# Gawai

Gawai adalah perangkat elektronik yang dibawa sehari-hari.

## Ancaman Gawai

- **Kecanduan**: anak sulit lepas dari layar.
- **Mata lelah**: terlalu lama menatap layar membuat mata kering.
)");
  // "bahaya" names the risks topic; the article's "ancaman" is its
  // synonym, but the question asks by its own topic word.
  const std::string how = bot.bot->explain("Apa bahayanya gawai buat anak?");
  INFO(how);
  CHECK(how.find("bahayanya\u2192") == std::string::npos);
  CHECK(how.find("\"risks\"") != std::string::npos);
}

namespace {

const char kAnnouncedArticle[] = R"(---
title: Bank Sampah
subject: Bank Sampah
---

# Bank Sampah

Bank sampah adalah tempat warga menabung sampah yang sudah dipilah.

## Mengapa Bank Sampah Bertambah?

Jumlah bank sampah di kota besar naik karena beberapa pendorong yang saling berkaitan.

- **Tempat pembuangan akhir yang penuh** di banyak kota.
- **Harga plastik bekas yang naik** sejak pabrik daur ulang bertambah.
)";

}  // namespace

TEST_CASE("an opening that announces a list is answered with the list", "[bot][topic]") {
  testing::ArticleBot bot("topic-announced-list", "bank-sampah.md", kAnnouncedArticle);
  // The heading asks why: its opening is the answer, and "beberapa
  // pendorong" counts a set it leaves unnamed, as a colon would.
  Answer a = bot.bot->ask("a", "Kenapa bank sampah bertambah?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Tempat pembuangan akhir") != std::string::npos);
  CHECK(a.text.find("Harga plastik bekas") != std::string::npos);
}

TEST_CASE("a topic given for each party in turn is answered from the party asked about",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-party-lead", "pasar.md", R"(---
title: Pasar Lelang
subject: Pasar Lelang
---

# Pasar Lelang

Pasar lelang adalah tempat jual beli hasil tani dengan harga tawaran tertinggi.

## Manfaat Pasar Lelang

Pasar lelang menguntungkan kedua belah pihak.

**Bagi petani:**
- **Harga lebih tinggi** daripada lewat tengkulak.
- **Pembayaran tunai** di hari yang sama.

**Bagi pedagang:**
- **Pasokan terjamin** setiap pekan.
- **Mutu barang terperiksa** sebelum lelang.
)");
  Answer a = bot.bot->ask("p", "Apa manfaat pasar lelang bagi pedagang?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Pasokan terjamin") != std::string::npos);
  CHECK(a.text.find("tengkulak") == std::string::npos);
  // Asked of no party, the first list answers as before.
  Answer b = bot.bot->ask("q", "Apa manfaat pasar lelang?");
  INFO(b.text);
  CHECK(b.text.find("Harga lebih tinggi") != std::string::npos);
}

TEST_CASE("a negation inside a name the article writes tells it from the opposite's list",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-negated-name", "plastik.md", R"(---
title: Plastik Terurai
source: contoh.id
language: id
category: Lingkungan
subject: Plastik terurai
---

# Plastik Terurai

Plastik terurai adalah plastik yang dapat diurai mikroba dalam beberapa bulan.

## Contoh Plastik Terurai di Indonesia

Beberapa produk yang sudah beredar:

- kantong dari pati singkong;
- sedotan dari PLA;
- gelas dari ampas tebu.

## Perbedaan

Contoh plastik tidak terurai adalah botol PET dan styrofoam, yang bertahan ratusan tahun.
Plastik tidak terurai harus didaur ulang.
)");
  // Without "tidak", the question would be "Contoh plastik terurai?", which
  // the list of examples answers: the negation is searched and must be
  // covered, as a word of the name the article writes.
  auto content = [&](std::string_view question) {
    const std::string e = bot.bot->explain(question);
    const size_t from = e.find("\"content\":[");
    return from == std::string::npos ? std::string() : e.substr(from, e.find(']', from) - from);
  };
  CHECK(content("Contoh plastik tidak terurai apa saja?").find("tidak") != std::string::npos);
  // Elsewhere it negates what is said ("tidak mahal" is no name here).
  CHECK(content("Contoh plastik terurai yang tidak mahal apa saja?").find("tidak") ==
        std::string::npos);
}

TEST_CASE("a topic heading over labelled parts is answered with every part", "[bot][topic]") {
  testing::ArticleBot bot("topic-labelled-parts", "gizi.md", R"(---
title: Gizi Buruk
subject: gizi buruk
---

# Gizi Buruk

Gizi buruk adalah keadaan kurang gizi tingkat berat pada anak.

## Dampak dan Risiko Gizi Buruk

Gizi buruk berdampak dalam waktu dekat maupun saat anak dewasa.

**Dampak jangka pendek:**

- Berat badan turun drastis.
- Mudah terserang infeksi.

**Dampak jangka panjang:**

- Prestasi belajar rendah.
- Produktivitas kerja menurun.

## Cara Mencegah Gizi Buruk

Berikan makanan bergizi seimbang setiap hari.
)");
  // The topic's heading opens with one sentence; its parts hold the lists.
  Answer all = bot.bot->ask("a", "Apa saja risiko gizi buruk?");
  INFO(all.text);
  CHECK(all.found);
  CHECK(all.text.find("Mudah terserang infeksi") != std::string::npos);
  CHECK(all.text.find("Prestasi belajar rendah") != std::string::npos);
  // One part asked by its label is that part alone.
  Answer one = bot.bot->ask("b", "Dampak jangka panjang gizi buruk apa saja?");
  INFO(one.text);
  CHECK(one.found);
  CHECK(one.text.find("Produktivitas kerja menurun") != std::string::npos);
  CHECK(one.text.find("Mudah terserang infeksi") == std::string::npos);
}

TEST_CASE("the basis of a grouping in a heading names no topic", "[bot][topic]") {
  testing::ArticleBot bot("topic-basis", "polis.md", R"(---
title: Asuransi Jiwa
subject: Asuransi Jiwa
---

# Asuransi Jiwa

Asuransi jiwa adalah perlindungan finansial bagi keluarga bila tertanggung meninggal.

## Jenis Asuransi Jiwa Berdasarkan Manfaat

- Asuransi jiwa berjangka, yang melindungi selama masa tertentu.
- Asuransi jiwa seumur hidup, yang melindungi sampai tertanggung wafat.

## Manfaat Punya Asuransi Jiwa

**Keluarga tetap aman.** Uang pertanggungan menggantikan penghasilan yang hilang.

**Utang tidak diwariskan.** Cicilan rumah bisa dilunasi dari uang pertanggungan.

**Klaim cepat.** Dengan polis digital, uang pertanggungan cair dalam sehari.
)");
  // "Berdasarkan Manfaat" groups kinds; the benefits are under "Manfaat ...".
  Answer a = bot.bot->ask("b", "Apa saja manfaat memiliki asuransi jiwa?");
  INFO(a.text);
  CHECK(a.text.find("Keluarga tetap aman") != std::string::npos);
  CHECK(a.text.find("berjangka") == std::string::npos);
  // So by another word for it, which no heading holds.
  Answer gain = bot.bot->ask("g", "Keuntungan pakai polis digital apa?");
  INFO(gain.text);
  CHECK(gain.text.find("cair dalam sehari") != std::string::npos);
  // Asked by that basis, the grouping answers.
  Answer kinds = bot.bot->ask("k", "Jenis asuransi jiwa berdasarkan manfaat apa saja?");
  INFO(kinds.text);
  CHECK(kinds.text.find("berjangka") != std::string::npos);
}

TEST_CASE("a list's answer opens with what its lead paragraph says of the topic first",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-lead-paragraph", "asma.md", R"(---
title: Asma
subject: Asma
---

# Asma

Asma adalah penyakit peradangan kronis pada saluran pernapasan.

## Penyebab dan Faktor Risiko Asma

Hingga kini, penyebab pasti asma belum diketahui. Para ahli meyakini asma muncul dari kombinasi
faktor genetik dan lingkungan. Seseorang lebih berisiko terkena asma jika memiliki:

- Riwayat keluarga dengan asma atau alergi
- Berat badan berlebih (obesitas)
)");
  Answer a = bot.bot->ask("a", "Apa penyebab asma?");
  INFO(a.text);
  CHECK(a.text.find("faktor genetik dan lingkungan") != std::string::npos);
  CHECK(a.text.find("Riwayat keluarga") != std::string::npos);
}

TEST_CASE("every word of a grouping's basis is the basis, not a topic", "[bot][topic]") {
  testing::ArticleBot bot("topic-basis-words", "rumah.md", R"(---
title: Asuransi Rumah
subject: Asuransi Rumah
---

# Asuransi Rumah

Asuransi rumah adalah perlindungan atas kerusakan rumah dan isinya.

## Jenis Asuransi Rumah Berdasarkan Cakupan Risiko

1. **Asuransi kebakaran**, yaitu polis yang menjamin kebakaran, petir dan ledakan.
2. **Asuransi all risk**, yaitu polis yang menjamin semua kerusakan mendadak.

## Risiko dan Tantangan yang Perlu Diwaspadai

Asuransi rumah bukan tanpa kekurangan:

1. **Underinsurance**, yaitu nilai pertanggungan di bawah nilai rumah sebenarnya.
2. **Klaim ditolak** karena terlambat melapor.
)");
  // "Cakupan Risiko" groups the kinds by what they cover; the risks of
  // the insurance are under the heading that opens with them.
  Answer a = bot.bot->ask("r", "Apa saja kekurangan atau risiko dari asuransi rumah?");
  INFO(a.text);
  CHECK(a.text.find("Underinsurance") != std::string::npos);
  CHECK(a.text.find("petir") == std::string::npos);
  // Asked by that basis, the grouping answers.
  Answer kinds = bot.bot->ask("k", "Jenis asuransi rumah berdasarkan cakupan risikonya apa saja?");
  INFO(kinds.text);
  CHECK(kinds.text.find("all risk") != std::string::npos);
}

TEST_CASE("an item that names what is asked and announces the topic leads its own list",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-item-list", "polis.md", R"(---
title: Asuransi Mobil
subject: Asuransi Mobil
---

# Asuransi Mobil

Asuransi mobil adalah perlindungan atas kerusakan dan kehilangan kendaraan. Banyak pemilik
kecewa ketika klaimnya ditolak karena tidak membaca polis.

## Penyebab Premi Mahal

- Mobil baru dan mahal.
- Wilayah rawan pencurian.

## Kekurangan Asuransi Mobil

- **Premi naik tiap tahun.** Harga premi disesuaikan dengan umur mobil.
- **Klaim ditolak.** Penyebabnya antara lain:
  - Pengemudi tidak punya SIM yang berlaku
  - Kerusakan karena banjir yang tidak ditanggung polis
)");
  Answer a = bot.bot->ask("k", "Apa saja penyebab klaim asuransi mobil ditolak?");
  INFO(a.text);
  CHECK(a.text.find("tidak punya SIM") != std::string::npos);
  CHECK(a.text.find("rawan pencurian") == std::string::npos);
}

TEST_CASE("words that name an item are not the topic asked, nor everyday", "[bot][topic]") {
  testing::ArticleBot article("topic-item-name", "penyakit.md", R"(---
title: "Penyakit Tanaman: Jenis dan Cara Mencegahnya"
source: contoh.id
language: id
category: Pertanian
subject: Penyakit Tanaman
---

# Penyakit Tanaman: Jenis dan Cara Mencegahnya

Penyakit tanaman adalah gangguan yang membuat tanaman tidak tumbuh normal.

## Jenis-Jenis Penyakit Tanaman

Secara umum, penyakit tanaman dibagi menjadi beberapa jenis berdasarkan penyebabnya:

1. **Penyakit tipe 1**, yaitu penyakit yang disebabkan jamur. Daun tampak berbintik cokelat.
2. **Penyakit tipe lain**, misalnya kerusakan akibat kekurangan unsur hara atau cuaca ekstrem.

## Cara Mencegah Penyakit Tanaman

1. **Periksa tanaman secara berkala**, termasuk daun, batang, dan akar.
2. **Rajin merawat tanah**, minimal sebulan sekali, misalnya:
   - menambah kompos setiap musim tanam;
   - menggemburkan tanah sebelum menanam.

## Serangan Hama

- **Serangan ringan**: kurang dari sepuluh persen daun rusak.
- **Serangan kelompok**: hama datang bersama-sama, contohnya belalang kembara.
)");
  Bot& bot = *article.bot;
  // "tipe" in "Penyakit tipe 1" is the item's name, not the question's
  // "forms" topic: the item answers, not the first "misalnya" of the article.
  const std::string tipe = bot.explain("Penyakit tipe 1 contohnya apa?");
  CHECK(tipe.find("\"forms\"") == std::string::npos);
  Answer a = bot.ask("in1", "Penyakit tipe 1 contohnya apa?");
  CHECK(a.text.find("disebabkan jamur") != std::string::npos);
  CHECK(a.text.find("kompos") == std::string::npos);
  // "kelompok" is an everyday word, but here it ends a name the article
  // gives an item: it tells that item from the rest.
  const std::string kelompok = bot.explain("Contoh serangan kelompok seperti apa?");
  const auto key = kelompok.find("\"key_content\"");
  REQUIRE(key != std::string::npos);
  CHECK(kelompok.find("\"serang\",\"lompok\"", key) == kelompok.find("[", key) + 1);
}

TEST_CASE("a verb phrase that asks a topic is the question's frame, not words to find",
          "[bot][topic]") {
  testing::ArticleBot article("topic-verb-phrase", "sampah.md", R"(---
title: "Sampah Rumah Tangga: Jenis dan Cara Mengelolanya"
source: contoh.id
language: id
category: Lingkungan
subject: Sampah
---

# Sampah Rumah Tangga: Jenis dan Cara Mengelolanya

Sampah adalah sisa kegiatan sehari-hari manusia yang berbentuk padat.

## Sampah di Kota Besar

Sampah di kota besar terus bertambah setiap tahun. Warga sebaiknya membagikan informasi pemilahan sampah kepada tetangga agar sifat sampah dipahami.

## Jenis Sampah Berdasarkan Sumbernya

- **Sampah rumah tangga**: sampah dari kegiatan di rumah.
- **Sampah industri**: sampah dari kegiatan pabrik.

## Jenis Sampah Berdasarkan Sifatnya

- **Sampah organik**: sampah yang mudah membusuk, seperti sisa sayur.
- **Sampah anorganik**: sampah yang sulit membusuk, seperti plastik dan kaleng.
)");
  // "dibagi jadi" asks the kinds; its "bagi" is not the "membagikan" of
  // another part, which holds the basis word too.
  Answer a = article.bot->ask("vp1", "Kalau dilihat dari sifatnya, sampah dibagi jadi apa aja?");
  CHECK(a.text.find("Sampah organik") != std::string::npos);
  CHECK(a.text.find("membagikan") == std::string::npos);
}

TEST_CASE("a topic asked of a named thing its part names is the article's answer on the topic",
          "[bot][topic]") {
  testing::ArticleBot article("topic-named-part", "paru.md", R"(---
title: "Penyakit Paru: Jenis, Bahaya, dan Cara Merawat Paru"
source: contoh.id
language: id
category: Kesehatan
subject: Penyakit Paru
---

# Penyakit Paru: Jenis, Bahaya, dan Cara Merawat Paru

Penyakit paru adalah gangguan yang menyerang organ pernapasan.

## Jenis Penyakit Paru

- **Asma**: penyempitan saluran napas akibat alergi.
- **PPOK (Penyakit Paru Obstruktif Kronis)**: penyempitan saluran napas yang menahun.

## Bahaya Penyakit Paru

Penyakit paru yang tidak diobati bisa mengancam nyawa. PPOK termasuk penyebab kematian terbanyak di dunia. Berikut risikonya:

- Sesak napas berat saat beraktivitas ringan.
- Gagal napas yang membutuhkan alat bantu.
- Masker kain biasa tidak cukup aman untuk penderita.

## Cara Aman Merawat Paru

- Hindari asap rokok dan polusi.
- Pakai masker di tempat berdebu.
)");
  Bot& bot = *article.bot;
  // PPOK has no dangers of its own, but the part on dangers names it.
  Answer risks = bot.ask("np1", "Apa bahaya PPOK?");
  CHECK(risks.found);
  CHECK(risks.text.find("Gagal napas") != std::string::npos);
  // Asked how, with a word of its own, a follow-up leaves that topic.
  Answer how = bot.ask("np1", "terus cara amannya?");
  CHECK(how.text.find("Pakai masker") != std::string::npos);
  // Asked more than the topic, it is not the guess.
  Answer more = bot.ask("np2", "Apa bahaya PPOK bagi pekerja tambang?");
  CHECK(more.text.find("Gagal napas") == std::string::npos);
}

TEST_CASE("one of a subject's two things asked alone narrows a list of parts to it",
          "[bot][topic]") {
  testing::ArticleBot article("topic-conjunct", "dagang.md", R"(---
title: "Ekspor dan Impor: Pengertian dan Tujuannya"
source: contoh.id
language: id
category: Ekonomi
subject: Ekspor dan Impor
---

# Ekspor dan Impor: Pengertian dan Tujuannya

Ekspor adalah kegiatan menjual barang ke luar negeri, sedangkan impor adalah kegiatan membeli barang dari luar negeri.

## Tujuan Ekspor dan Impor

Keduanya punya tujuan yang jelas:

- **Tujuan ekspor**:
  - memperluas pasar produk dalam negeri;
  - menambah devisa negara.
- **Tujuan impor**:
  - memenuhi kebutuhan yang belum bisa diproduksi sendiri;
  - memperoleh bahan baku industri.
)");
  Bot& bot = *article.bot;
  // "impor" alone is what is asked, not the frame of the whole article.
  Answer imports = bot.ask("cj1", "Tujuan impor apa saja?");
  CHECK(imports.text.find("bahan baku industri") != std::string::npos);
  CHECK(imports.text.find("memperluas pasar") == std::string::npos);
  // Both named: both parts.
  Answer both = bot.ask("cj2", "Apa tujuan ekspor dan impor?");
  CHECK(both.text.find("bahan baku industri") != std::string::npos);
  CHECK(both.text.find("memperluas pasar") != std::string::npos);
}

TEST_CASE("a topic's list that names nothing asked loses to a cued passage that does",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-cued-passage", "koperasi.md", R"(---
title: Koperasi Sekolah
source: contoh.id
language: id
category: Ekonomi
subject: Koperasi Sekolah
---

# Koperasi Sekolah

Koperasi sekolah adalah koperasi yang anggotanya siswa. Harga barang di koperasi lebih terjangkau.
Hasil penjualan dibagikan kepada anggota setiap tahun.

## Jenis Usaha Koperasi Sekolah

- **Koperasi konsumsi**: menyediakan kebutuhan sehari-hari anggota, misalnya buku tulis, pensil, dan
  seragam.
- **Koperasi simpan pinjam**: menerima tabungan dan memberi pinjaman kecil.

## Contoh Kegiatan Koperasi Sekolah

- Rapat anggota setiap akhir semester.
- Pelatihan pembukuan untuk pengurus.
)");
  // "Contoh barang yang dijual koperasi konsumsi?": the article's list of
  // examples is of activities, which says nothing of the shop's goods.
  Answer a = bot.bot->ask("c1", "Contoh barang yang dijual koperasi konsumsi apa saja?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("buku tulis") != std::string::npos);
  CHECK(a.text.find("Rapat anggota") == std::string::npos);
}

TEST_CASE("a topic word after a condition marker says when, not what is asked", "[bot][topic]") {
  testing::ArticleBot bot("topic-condition", "garam.md", R"(---
title: Garam Dapur
source: contoh.id
language: id
category: Pangan
subject: Garam Dapur
---

# Garam Dapur

Garam dapur adalah senyawa natrium klorida. Kelebihan garam dapur memicu tekanan darah tinggi.

## Manfaat Garam Dapur

- Memberi rasa asin pada masakan.

## Bahaya Garam Dapur

- Tekanan darah tinggi bila dikonsumsi berlebihan.
)");
  // "kelebihan" (an advantage, or an excess) after "kalau" is the excess
  // the danger comes from, not a second topic.
  const std::string read = bot.bot->explain("Apa bahayanya kalau kelebihan garam dapur?");
  INFO(read);
  CHECK(read.find("\"topics\":[\"risks\"]") != std::string::npos);
  // Before the marker, both are asked.
  CHECK(bot.bot->explain("Apa kelebihan dan bahaya garam dapur?").find("\"topics\":[\"risks\"]") ==
        std::string::npos);
}

TEST_CASE("an item announcing its own list on a topic beats a topic list that names it inside",
          "[bot][topic]") {
  testing::ArticleBot article("item-over-topic", "saham.md", R"(---
title: Saham
subject: Saham
---

# Saham

Saham adalah bukti kepemilikan atas sebuah perusahaan.

## Jenis Saham Berdasarkan Bentuknya

Ada dua bentuk saham:

- Saham biasa, yang memberi hak suara dalam RUPS.
- Saham preferen, yang didahulukan saat pembagian dividen.

## Keuntungan Saham

1. **Dividen**, yaitu bagian laba yang dibagikan kepada pemegang saham. Dividen bisa berbentuk:
   - Dividen tunai, dibayarkan dalam bentuk uang.
   - Dividen saham, dibayarkan dalam bentuk tambahan lembar saham.
2. **Capital gain**, yaitu selisih harga jual dan harga beli.
)");
  Answer a = article.bot->ask("d", "Dividen bentuknya ada berapa macam?");
  INFO(a.text);
  CHECK(a.text.find("Dividen tunai") != std::string::npos);
  CHECK(a.text.find("Saham preferen") == std::string::npos);
}

TEST_CASE("a cause the definition gives opens the answer on what causes the thing",
          "[bot][topic]") {
  testing::ArticleBot article("cause-in-definition", "kolera.md", R"(---
title: Kolera
subject: Kolera
---

# Kolera

Kolera adalah penyakit diare akut yang disebabkan oleh bakteri Vibrio cholerae.

## Penyebab Kolera

Beberapa faktor membuat seseorang lebih mudah terkena kolera:

- Minum air yang tidak dimasak.
- Tinggal di lingkungan dengan sanitasi buruk.
)");
  // The heading's list gives only what makes it likelier; the cause itself
  // is said where the article says what kolera is.
  Answer a = article.bot->ask("c", "Apa penyebab kolera?");
  INFO(a.text);
  CHECK(a.text.find("Vibrio cholerae") != std::string::npos);
  CHECK(a.text.find("sanitasi buruk") != std::string::npos);
}

TEST_CASE("a section that states its topic outright opens the answer with that statement",
          "[bot][topic]") {
  testing::ArticleBot article("topic-stated", "cacar.md", R"(---
title: Gondongan
subject: Gondongan
---

# Gondongan

Gondongan adalah infeksi pada kelenjar ludah.

## Penyebab Gondongan

Penyebab gondongan adalah virus mumps dari keluarga Paramyxoviridae. Virus ini berpindah
melalui beberapa cara:

- Percikan ludah saat penderita batuk atau bersin.
- Kontak langsung dengan penderita.

Itulah sebabnya penderita dianjurkan beristirahat di rumah.
)");
  // The list says how it spreads; the sentence before it names the cause.
  Answer a = article.bot->ask("c", "Apa penyebab gondongan?");
  INFO(a.text);
  CHECK(a.text.find("virus mumps") != std::string::npos);
  CHECK(a.text.find("Percikan ludah") != std::string::npos);
  // A sentence that only uses the topic's word ("sebabnya") states nothing.
  CHECK(a.text.find("beristirahat") == std::string::npos);
}

TEST_CASE("'dipakai di mana' asks where a thing is applied: its examples", "[bot][topic]") {
  testing::ArticleBot article("used-where-examples", "sensor.md", R"(---
title: Sensor Cahaya
subject: Sensor Cahaya
---

# Sensor Cahaya

## Jenis Sensor Berdasarkan Bahannya

- **Light Dependent Resistor (LDR)**, yaitu resistor yang dipakai oleh lampu taman. Dipakai oleh:
  - lampu jalan
  - lampu taman
- **Fotodioda Silikon (FDS)**, yaitu dioda yang mengubah cahaya menjadi arus listrik. Contohnya:
  - kamera ponsel
  - pembaca kode batang
)");
  // Where a thing is used is where it is applied: its examples.
  const std::string read = article.bot->explain("LDR digunakan di mana saja?");
  INFO(read);
  CHECK(read.find("\"topics\":[\"examples\"]") != std::string::npos);
  REQUIRE(article.bot->ask("u", "Apa itu Fotodioda Silikon?").found);
  Answer a = article.bot->ask("u", "dipakai di mana aja?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("pembaca kode batang") != std::string::npos);
}

TEST_CASE("challenges are the article's negative side", "[bot][topic]") {
  testing::ArticleBot article("challenges-are-risks", "ojek.md", R"(---
title: Ojek Daring
subject: Ojek Daring
---

# Ojek Daring

Ojek daring adalah layanan ojek yang dipesan lewat aplikasi.

## Manfaat Ojek Daring

- Tarif jelas sebelum berangkat.
- Mudah dipesan kapan saja.

## Tantangan dalam Mengelola Ojek Daring

- Persaingan tarif antaraplikasi yang ketat.
- Perlindungan sosial pengemudi yang belum merata.
)");
  // "hambatan" and "kendala" ask what the article heads "Tantangan".
  for (const char* q : {"Apa hambatan ojek daring?", "Kendala ojek daring apa saja?"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << " -> " << a.text);
    CHECK(a.text.find("Persaingan tarif") != std::string::npos);
    CHECK(a.text.find("Tarif jelas") == std::string::npos);
  }
}

TEST_CASE("an ordinal that labels one item picks it out of the topic's list", "[bot][topic]") {
  testing::ArticleBot article("ordinal-label", "tertib.md", R"(---
title: Tata Tertib Sekolah
subject: Tata Tertib Sekolah
---

# Tata Tertib Sekolah

Tata tertib sekolah adalah aturan yang wajib dipatuhi seluruh warga sekolah.

## Contoh Penerapan Tata Tertib

1. **Aturan pertama**: datang ke sekolah sebelum pukul 07.00.
2. **Aturan kedua**: memakai seragam sesuai jadwal harian.
3. **Aturan ketiga**: menjaga kebersihan kelas bersama petugas piket.
)");
  // "aturan kedua" is the item the list labels so, whatever topic asks.
  Answer a = article.bot->ask("o", "Contoh penerapan aturan kedua apa?");
  INFO(a.text);
  CHECK(a.text.find("seragam") != std::string::npos);
  CHECK(a.text.find("pukul 07.00") == std::string::npos);
}

TEST_CASE("an adjective after a noun in a heading describes the noun and names no topic",
          "[bot][topic]") {
  testing::ArticleBot article("adjective-heading", "hutan-kota.md", R"(---
title: Hutan Kota
subject: Hutan Kota
---

# Hutan Kota

Hutan kota adalah kumpulan pohon di tengah kota yang tumbuh rapat.

## Latar Belakang Hutan Kota

Ada beberapa faktor yang mendorong pemerintah membangun hutan kota, antara lain:

- Polusi udara yang terus naik
- Suhu kota yang makin panas

## Fakta Penting seputar Hutan Kota

- Jakarta memiliki lebih dari 20 hutan kota
- Luas minimal satu hutan kota adalah 0,25 hektare
)");
  // "Fakta Penting" is about facts, not about why the subject is
  // important: "kenapa" finds the factors instead.
  Answer a = article.bot->ask("p", "Kenapa hutan kota dibuat?");
  INFO(a.text);
  CHECK(a.text.find("Polusi udara") != std::string::npos);
  CHECK(a.text.find("0,25 hektare") == std::string::npos);
}

TEST_CASE("an adjective after a noun in a list's lead describes the noun and names no topic",
          "[bot][topic]") {
  testing::ArticleBot article("adjective-lead", "danau.md", R"(---
title: Danau
subject: Danau
---

# Danau

Danau adalah genangan air yang luas di daratan.

## Apa Itu Danau?

Danau adalah cekungan di daratan yang terisi air dan dikelilingi tanah.

Beberapa istilah penting yang perlu dipahami:

- **Cekungan**, yaitu bagian permukaan bumi yang lebih rendah dari sekitarnya.
- **Sedimen**, yaitu endapan lumpur dan pasir di dasar danau.

## Penyebab Terbentuknya Danau

Danau terbentuk karena cekungan terisi air hujan. Cekungan bisa terisi karena letaknya lebih rendah dan karena air tanah merembes ke dalamnya. Ada dua proses utama yang memicu hal ini:

1. **Tektonik**, yaitu patahan kerak bumi yang membentuk cekungan.
2. **Vulkanik**, yaitu kawah gunung api yang terisi air.
)");
  // "istilah penting" are terms worth knowing; the list is not why the
  // subject is important, the topic a bare "kenapa" falls back to.
  Answer a = article.bot->ask("p", "Kenapa sedimen bisa ada di dasar danau?");
  INFO(a.text);
  CHECK(a.text.find("pentingnya") == std::string::npos);
  CHECK(a.text.find("endapan lumpur") != std::string::npos);
}

TEST_CASE("a word of a list's lead focuses on no item, though one item repeats it",
          "[bot][topic]") {
  testing::ArticleBot article("lead-word", "kopi.md", R"(---
title: Kedai Kopi
subject: Kedai Kopi
---

# Kedai Kopi

Kedai kopi adalah tempat usaha yang menjual minuman kopi siap saji.

## Faktor Pendorong Kedai Kopi

Ada beberapa faktor yang membuat kedai kopi terus tumbuh pesat:

1. **Bonus demografi**: anak muda yang tumbuh bersama media sosial gemar nongkrong.
2. **Harga terjangkau**: segelas kopi susu dijual di bawah dua puluh ribu rupiah.
3. **Bahan lokal**: petani kopi dalam negeri memasok biji yang segar.
)");
  // "tumbuh" and "pesat" are in the lead, so said of every item; the first
  // item's "tumbuh" picks it out no more than the rest.
  Answer a = article.bot->ask("t", "Kenapa kedai kopi bisa tumbuh pesat?");
  INFO(a.text);
  CHECK(a.text.find("Bonus demografi") != std::string::npos);
  CHECK(a.text.find("Harga terjangkau") != std::string::npos);
  CHECK(a.text.find("Bahan lokal") != std::string::npos);
}

TEST_CASE("a word that is an item's one-word head picks that item of the topic's list",
          "[bot][topic]") {
  testing::ArticleBot article("head-label", "rantai.md", R"(---
title: Rantai Makanan
subject: Rantai Makanan
---

# Rantai Makanan

Rantai makanan adalah urutan makan dan dimakan antarmakhluk hidup.

## Contoh Rantai Makanan di Berbagai Ekosistem

Berikut beberapa contoh yang mudah ditemui:

- **Sawah**: padi → tikus → ular sawah → burung elang.
- **Laut**: fitoplankton → zooplankton → ikan teri → hiu.
- **Hutan**: rumput → rusa → harimau.
)");
  // "laut" names the topic's item as a label does, though the question
  // names the topic itself.
  Answer a = article.bot->ask("l", "Contoh rantai makanan di laut?");
  INFO(a.text);
  CHECK(a.text.find("fitoplankton") != std::string::npos);
  CHECK(a.text.find("ular sawah") == std::string::npos);
}

TEST_CASE("'tersusun dari' and 'dibedakan jadi', like 'terdiri dari', ask a thing's forms",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-made-of", "pilkades.md", kArticle);
  for (const char* q : {"Panitia tersusun dari apa saja?", "Panitia terdiri atas apa saja?",
                        "Panitia dibedakan jadi apa?", "Panitia dikelompokkan menjadi apa?"}) {
    const std::string read = bot.bot->explain(q);
    INFO(read);
    CHECK(read.find("\"topics\":[\"forms\"]") != std::string::npos);
  }
}

TEST_CASE("the kinds of one kind are the list nested under its item, not the list it is in",
          "[bot][topic]") {
  testing::ArticleBot bot("topic-kinds-of-a-kind", "enterik.md", R"(---
title: Demam Enterik
subject: Demam Enterik
---

# Demam Enterik

Demam enterik adalah infeksi bakteri yang menyerang seluruh tubuh.

## Jenis Demam Enterik

Jenisnya dibedakan menurut bakteri penyebabnya:

1. **Demam tifoid**, yaitu infeksi oleh bakteri typhi. Jenis inilah yang paling sering terjadi.
2. **Demam paratifoid**, yaitu infeksi oleh bakteri paratyphi. Jenis ini dibagi lagi menjadi:
   - Paratifoid A
   - Paratifoid B
)");
  // The list of kinds names "paratifoid" in its items only; the item of
  // that kind announces its own kinds, and its nested list gives them.
  Answer a = bot.bot->ask("k", "Demam paratifoid terbagi menjadi berapa macam?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Paratifoid B") != std::string::npos);
  CHECK(a.text.find("Jenis inilah") == std::string::npos);
}

TEST_CASE("two topics joined by 'dan' are both answered, each in turn", "[bot][topic]") {
  testing::ArticleBot bot("two-topics", "panel.md", R"(---
title: Panel Surya
subject: Panel Surya
---

# Panel Surya

Panel surya adalah alat yang mengubah cahaya matahari menjadi listrik.

## Kelebihan Panel Surya

- Tidak menghasilkan emisi saat beroperasi.
- Biaya perawatannya rendah.

## Kekurangan Panel Surya

- Biaya pemasangan awal mahal.
- Produksi listrik turun saat mendung.
)");
  Answer a = bot.bot->ask("k", "Apa kelebihan dan kekurangan panel surya?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("perawatannya rendah") != std::string::npos);
  CHECK(a.text.find("turun saat mendung") != std::string::npos);
  // Chat writes "n" for "dan".
  Answer b = bot.bot->ask("c", "kelebihan n kekurangan panel surya apa aj");
  INFO(b.text);
  CHECK(b.text.find("turun saat mendung") != std::string::npos);
}

TEST_CASE("how many of a topic does not count a list headed as another topic's", "[bot][topic]") {
  testing::ArticleBot article("count-other-topic", "bpk.md", R"(---
title: Badan Pemeriksa Keuangan
subject: Badan Pemeriksa Keuangan
---

# Badan Pemeriksa Keuangan

Badan Pemeriksa Keuangan (BPK) adalah lembaga negara yang memeriksa keuangan negara.

## Susunan dan Syarat Anggota BPK

BPK dipimpin oleh 9 orang anggota dengan masa jabatan 5 tahun.

Beberapa syarat menjadi anggota BPK:

- warga negara Indonesia;
- berusia paling rendah 35 tahun;
- berpendidikan paling rendah S1.
)");
  Answer a = article.bot->ask("n", "Berapa jumlah anggota BPK?");
  INFO(a.text);
  CHECK(a.text.find("9 orang") != std::string::npos);
  CHECK(a.text.find("Ada tiga") == std::string::npos);
}

TEST_CASE(
    "under a heading of two words for one topic, the reader's word is answered by its own "
    "paragraph",
    "[bot][topic]") {
  testing::ArticleBot article("readers-topic-word", "sandi.md", R"(---
title: Keamanan Kata Sandi
subject: Keamanan Kata Sandi
---

# Keamanan Kata Sandi

Keamanan kata sandi adalah upaya melindungi akun dengan kata sandi yang kuat.

## Risiko dan Tantangan

Kata sandi yang lemah membuka jalan bagi berbagai risiko:

- Pengambilalihan akun oleh orang lain.
- Pencurian identitas.

Di sisi lain, menjaga kata sandi juga punya tantangan tersendiri. Pengguna kini memiliki puluhan akun, sehingga muncul kelelahan kata sandi.
)");
  Answer a = article.bot->ask("t", "Tantangan menjaga keamanan kata sandi apa?");
  INFO(a.text);
  CHECK(a.text.find("kelelahan kata sandi") != std::string::npos);
  // The list's own word still gets the list.
  Answer b = article.bot->ask("r", "Apa risiko kata sandi yang lemah?");
  INFO(b.text);
  CHECK(b.text.find("Pengambilalihan akun") != std::string::npos);
}

TEST_CASE("how many kinds, where the list's lead states the count, is told in the lead's words",
          "[bot][topic]") {
  testing::ArticleBot article("lead-counts", "lampu.md", R"(---
title: Lampu Jalan
subject: Lampu Jalan
---

# Lampu Jalan

Lampu jalan adalah penerangan di tepi jalan umum.

## Jenis Lampu Jalan

Peraturan menteri membagi lampu jalan menjadi tiga golongan:

- **Lampu jalan tunggal**, yaitu satu lampu pada satu tiang.
- **Lampu jalan ganda**, yaitu dua lampu pada satu tiang.
- **Lampu jalan surya**, yaitu lampu dengan panel surya.
)");
  Answer a = article.bot->ask("a", "Lampu jalan dibagi jadi berapa jenis?");
  INFO(a.text);
  CHECK(a.text.find("tiga golongan") != std::string::npos);
  CHECK(a.text.find("Lampu jalan surya") != std::string::npos);
}

TEST_CASE("examples of a named thing are where the cue stands beside its name", "[bot][topic]") {
  testing::ArticleBot article("cue-beside", "ttd.md", R"(---
title: Tanda Tangan Digital
subject: Tanda Tangan Digital
---

# Tanda Tangan Digital

Tanda tangan digital adalah tanda tangan yang dibuat dengan sertifikat elektronik.

## Jenis Tanda Tangan Digital

1. **Tanda tangan tersertifikasi**, yaitu tanda tangan dari Lembaga Penerbit Sertifikat (LPS) resmi.
2. **Tanda tangan biasa**, yaitu tanda tangan tanpa jasa LPS (Lembaga Penerbit Sertifikat). Contohnya gambar tanda tangan yang ditempel di berkas.

## Cara Membuat Tanda Tangan Digital

1. **Pilih LPS resmi**: pastikan terdaftar di kementerian. Contoh LPS swasta antara lain Arunika dan Sentosa Sign.
2. **Daftar akun**: isi alamat surel dan nomor ponsel.
)");
  // The item under the kinds names LPS and gives an example, but of
  // another thing; "Contoh LPS" is said of LPS, in another part.
  Answer a = article.bot->ask("a", "Apa contoh LPS?");
  INFO(a.text);
  CHECK(a.text.find("Arunika") != std::string::npos);
  // So after "Apa itu LPS?", "contohnya?" asks it of LPS, not of the
  // sentence beside that answer.
  article.bot->ask("f", "Apa itu LPS?");
  Answer f = article.bot->ask("f", "contohnya?");
  INFO(f.text);
  CHECK(f.text.find("Arunika") != std::string::npos);
}

TEST_CASE("examples of a thing named in the question's own words", "[bot][topic]") {
  testing::ArticleBot article("instances-beside", "lahan.md", R"(---
title: Konservasi Lahan
subject: Konservasi Lahan
---

# Konservasi Lahan

Konservasi lahan adalah upaya menjaga tanah tetap subur. Pemerintah memberi bantuan, misalnya bibit dan pupuk, kepada petani.

## Objek Konservasi

1. **Lahan kritis**: bekas tambang, lereng gundul, tanah longsor, dan lahan tandus.
2. **Lahan produktif**, yaitu lahan yang masih ditanami.

## Cara Konservasi Lahan

1. **Menanam tanaman penutup tanah**, seperti kacang-kacangan atau rumput, agar hujan tidak memukul tanah.
2. **Membuat terasering** di lereng, misalnya teras bangku.
3. Memakai alat modern seperti tanaman penutup tanah buatan pabrik.
)");
  // A cue right after the thing the question names.
  Answer a = article.bot->ask("a", "Tanaman penutup tanah contohnya apa?");
  INFO(a.text);
  CHECK(a.text.find("kacang-kacangan") != std::string::npos);
  // An item that opens with it and enumerates after a colon.
  Answer b = article.bot->ask("b", "Contoh lahan kritis apa saja?");
  INFO(b.text);
  CHECK(b.text.find("bekas tambang") != std::string::npos);
  // "seperti" before a name makes it an instance of another thing: the
  // third step names no examples of "tanaman penutup tanah".
  CHECK(a.text.find("buatan pabrik") == std::string::npos);
}

TEST_CASE("a topic told in parts that each name it is answered with all the parts",
          "[bot][topic]") {
  testing::ArticleBot article("topic-parts", "abrasi.md", R"(---
title: Abrasi Pantai
source: contoh.id
language: id
category: Lingkungan
subject: Abrasi Pantai
---

# Abrasi Pantai

Abrasi pantai adalah pengikisan pantai oleh gelombang laut.

## Penyebab Abrasi Pantai

Abrasi tidak muncul dari satu sebab saja.

### Faktor Alam

- **Gelombang dan arus laut** yang terus-menerus menghantam pantai.
- **Angin kencang dan badai** yang memperbesar gelombang.

### Faktor Manusia

- **Penebangan hutan mangrove** untuk tambak udang.
- **Penambangan pasir pantai** yang mengurangi sedimen.

## Dampak Abrasi

Garis pantai mundur dan rumah warga rusak.
)");
  // "penyebab" names the parent; "faktor" names each part alike.
  Answer a = article.bot->ask("a", "Apa saja penyebab abrasi pantai?");
  INFO(a.text);
  CHECK(a.text.find("Gelombang") != std::string::npos);
  CHECK(a.text.find("mangrove") != std::string::npos);
  // A part asked in its own word is that part alone.
  Answer b = article.bot->ask("b", "Apa saja faktor manusia penyebab abrasi?");
  INFO(b.text);
  CHECK(b.text.find("mangrove") != std::string::npos);
  CHECK(b.text.find("Gelombang") == std::string::npos);
}

TEST_CASE("why a thing is made by a doer named in passing is why the subject is", "[bot][topic]") {
  testing::ArticleBot article("why-doer", "gpn.md", R"(---
title: "Pengertian GPN: Manfaat dan Cara Kerjanya"
source: contoh.id
language: id
category: Keuangan
subject: GPN
---

# Pengertian GPN: Manfaat dan Cara Kerjanya

GPN (Gerbang Pembayaran Nasional) adalah sistem yang menghubungkan kartu debit dari berbagai bank. Sistem ini diluncurkan Bank Indonesia (BI) pada 2017.

## Mengapa GPN Diperlukan?

Ada beberapa alasan yang melatarbelakangi lahirnya GPN:

1. **Biaya transaksi mahal**, karena transaksi domestik diproses di luar negeri.
2. **Data transaksi tersebar**, sehingga sulit diawasi.

## Cara Kerja GPN

Transaksi kartu berlogo GPN diproses oleh lembaga switching di dalam negeri.
)");
  // BI is only the doer; it has no say of its own on why.
  Answer a = article.bot->ask("w", "Kenapa Bank Indonesia sampai membuat GPN?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Biaya transaksi mahal") != std::string::npos);
}

TEST_CASE("a modal before a verb in a heading names no topic", "[bot][topic]") {
  testing::ArticleBot article("modal-heading", "cacing.md", R"(---
title: Cacingan pada Anak
source: contoh.id
language: id
category: Kesehatan
subject: Cacingan
---

# Cacingan pada Anak

Cacingan adalah infeksi cacing di saluran cerna.

## Gejala Cacingan yang Perlu Dikenali

- Perut buncit dan sering nyeri.
- Gatal di sekitar anus pada malam hari.

## Mengapa Cacingan Banyak Ditemukan?

Cacingan banyak ditemukan di daerah tropis yang lembap dan hangat, tempat telur cacing bertahan lama di tanah.
)");
  // "Perlu Dikenali" (need to be recognised) says nothing of why cacingan
  // matters; a "kenapa" question is not answered with the symptoms.
  Answer a = article.bot->ask("k", "Kenapa cacingan penting diperhatikan orang tua?");
  INFO(a.text);
  CHECK(a.text.find("Perut buncit") == std::string::npos);
}

TEST_CASE("a topic's phrase is read by the words' own stems where the article leads a term away",
          "[bot][topic]") {
  testing::ArticleBot article("topic-own-stem", "sampah.md", R"(---
title: Sampah
subject: Sampah
---

# Sampah

Sampah adalah sisa kegiatan manusia. Para ahli mengelompokkan sampah dengan beberapa cara.

## Jenis Sampah Berdasarkan Sumbernya

- Sampah rumah tangga.
- Sampah industri.

## Jenis Sampah Berdasarkan Sifatnya

- Sampah organik.
- Sampah anorganik.
)");
  // The article's "mengelompokkan" stems to "elompok", and the question's
  // "dikelompokkan" is led to it; the topic's phrase stems to "kelompok".
  const std::string how = article.bot->explain("Sampah dikelompokkan berdasarkan apa saja?");
  INFO(how);
  CHECK(how.find("\"topics\":[\"forms\"]") != std::string::npos);
  Answer a = article.bot->ask("k", "Sampah dikelompokkan berdasarkan apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Sumbernya") != std::string::npos);
  CHECK(a.text.find("Sifatnya") != std::string::npos);
}

TEST_CASE("a name given in the paragraph that defines the subject is the subject's",
          "[bot][topic]") {
  testing::ArticleBot article("subject-other-name", "paylater.md", R"(---
title: Paylater
source: contoh.id
language: id
category: Keuangan
subject: Paylater
---

# Paylater

## Apa Itu Paylater?

Paylater adalah metode pembayaran yang memungkinkan konsumen membeli barang lebih dulu lalu melunasinya kemudian. Di luar negeri, layanan serupa dikenal dengan istilah Buy Now Pay Later (BNPL).

## Risiko Paylater

- **Perilaku konsumtif**: pengguna cenderung membeli barang yang tidak dibutuhkan.
- **Bunga dan denda menumpuk** bila tagihan terlambat dibayar.
)");
  Answer a = article.bot->ask("r", "Apa risiko BNPL?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Perilaku konsumtif") != std::string::npos);
}

TEST_CASE("a kind of the list of kinds asked by its own name answers with its own parts",
          "[bot][topic]") {
  // A written article: under "Jenis Mpox Berdasarkan Klade Virus", items
  // "Klade I, ... Klade ini terbagi lagi menjadi:" and "Klade II, ... Klade
  // ini terdiri atas:", each over a nested list of its own subclades. The
  // heading names the word asked, "klade", and so does every item.
  const std::string text = testing::read_source("tests/qa/holdout61/mpox.md");
  testing::ArticleBot article("item-parts", "mpox.md", text);
  Answer a = article.bot->ask("a", "Klade I terbagi lagi menjadi apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Klade Ib") != std::string::npos);
  CHECK(a.text.find("Klade IIa") == std::string::npos);
  // The kinds themselves are still the list of kinds.
  Answer all = article.bot->ask("b", "Klade mpox ada apa saja?");
  INFO(all.text);
  CHECK(all.text.find("Klade II,") != std::string::npos);
}

TEST_CASE("an item headed by a word before the thing asked announces that thing's kinds",
          "[bot][topic]") {
  // A written article: "**Bahan bambu**, yang biasanya dipilih dari jenis
  // berikut:" over "Bambu hitam", "Bambu temen" and "Bambu tali", among the
  // parts of an angklung.
  const std::string text = testing::read_source("tests/qa/holdout62/angklung.md");
  testing::ArticleBot article("item-head-before", "angklung.md", text);
  Answer a = article.bot->ask("b", "Bambu jenis apa saja yang dipakai untuk membuat angklung?");
  INFO(a.text);
  CHECK(a.text.find("Bambu hitam") != std::string::npos);
}

TEST_CASE("a word of a list's heading picks out none of its items", "[bot][topic]") {
  // A written article: "pasukan" is in "Penyebab Kekalahan Pasukan
  // Diponegoro", said of every cause listed under it, though one item
  // repeats it ("wabah ... yang menyerang pasukan").
  const std::string text = testing::read_source("tests/qa/holdout67/perang-diponegoro.md");
  testing::ArticleBot article("heading-word", "perang-diponegoro.md", text);
  Answer a = article.bot->ask("k", "Kenapa pasukan Diponegoro akhirnya kalah?");
  INFO(a.text);
  CHECK(a.text.find("Benteng Stelsel") != std::string::npos);
  CHECK(a.text.find("wabah penyakit") != std::string::npos);
}

TEST_CASE("a topic's word anywhere in one half of a heading sets the other half's list aside",
          "[bot][topic]") {
  testing::ArticleBot article("topic-half", "makanan-bayi.md", R"(---
title: Makanan Bayi
subject: Makanan Bayi
---

# Makanan Bayi

Makanan bayi adalah makanan lunak yang diberikan setelah bayi berusia enam bulan.

## Makanan Pemicu Alergi dan Cara Mengenalkannya

Makanan yang paling sering memicu alergi antara lain telur, susu sapi, kacang tanah, dan udang.

Cara mengenalkannya:

1. Kenalkan satu jenis bahan baru dalam satu waktu.
2. Tunggu tiga hari sebelum mencoba bahan baru lainnya.
)");
  // "pemicu" is the factors' word; the list's lead says it is the other
  // half's, "Cara Mengenalkannya".
  Answer a = article.bot->ask("t", "Apa saja pemicu alergi pada bayi?");
  INFO(a.text);
  CHECK(a.text.find("telur") != std::string::npos);
  CHECK(a.text.find("Kenalkan satu jenis") == std::string::npos);
}

TEST_CASE("'khasiat' asks a thing's benefits", "[bot][topic]") {
  testing::ArticleBot article("topic-khasiat", "jamu.md", R"(---
title: Jamu
subject: Jamu
---

# Jamu

Jamu adalah minuman tradisional berkhasiat dari bahan alami.

## Manfaat Jamu

- **Beras kencur**: meredakan pegal-pegal.
- **Kunyit asam**: meredakan nyeri haid.

## Cara Membuat Jamu

1. Cuci bahan sampai bersih.
2. Rebus selama lima belas menit.
)");
  CHECK(
      article.bot->explain("Kunyit asam berkhasiat untuk apa?").find("\"topics\":[\"benefits\"]") !=
      std::string::npos);
  Answer a = article.bot->ask("k", "Kunyit asam berkhasiat untuk apa?");
  INFO(a.text);
  CHECK(a.text.find("nyeri haid") != std::string::npos);
}

TEST_CASE("a topic's phrase is said word for word, not by stems alone", "[bot][topic]") {
  testing::ArticleBot bot("topic-phrase-words", "pilkades.md", kArticle);
  // "bisa jadi" (may become) shares its stems with "bisa terjadi", a phrase
  // of the conditions topic, and is not it.
  const std::string become = bot.bot->explain("kenapa biaya pemilihan bisa jadi mahal?");
  INFO(become);
  CHECK(become.find("\"topics\":[]") != std::string::npos);
  const std::string happen = bot.bot->explain("pemilihan kepala desa bisa terjadi kapan?");
  INFO(happen);
  CHECK(happen.find("\"conditions\"") != std::string::npos);
}

TEST_CASE("the dangers of a disease are its complications, where the article names no risk",
          "[bot][topic]") {
  testing::ArticleBot article("risks-complications", "hepatitis.md", R"(---
title: Hepatitis B
subject: Hepatitis B
---

# Hepatitis B

Hepatitis B adalah peradangan hati yang disebabkan oleh infeksi virus hepatitis B.

## Gejala Hepatitis B

Gejalanya antara lain mual, lemas, dan kulit menguning.

## Komplikasi Hepatitis B

Jika tidak ditangani, hepatitis B kronis dapat menimbulkan komplikasi serius, seperti:

- **Sirosis**, yaitu pengerasan hati akibat jaringan parut.
- **Kanker hati**, terutama karsinoma hepatoseluler.
)");
  for (const char* q :
       {"Apa bahaya hepatitis B?", "Apa bahayanya kalau hepatitis B kronis dibiarkan?"}) {
    Answer a = article.bot->ask(q, q);
    INFO(q << " -> " << a.text);
    CHECK(a.text.find("Sirosis") != std::string::npos);
  }
}

TEST_CASE("a verb a topic lists in one voice is not that topic in the other", "[bot][topic]") {
  testing::ArticleBot article("topic-voice", "aceh.md", R"(---
title: Kesultanan Aceh
subject: Kesultanan Aceh
---

# Kesultanan Aceh

Kesultanan Aceh adalah kerajaan Islam di ujung utara Sumatra.

## Tujuan Pendirian

Tujuan utamanya adalah menyatukan kerajaan kecil di sekitarnya.

## Faktor Penyebab Kejayaan

- Letak pelabuhan yang ramai disinggahi kapal dagang
- Hasil bumi melimpah, terutama lada
)");
  // "ingin dicapai" asks the goals; "mencapai kejayaan" says what was
  // achieved.
  const std::string goal = article.bot->explain("Apa yang ingin dicapai Kesultanan Aceh?");
  INFO(goal);
  CHECK(goal.find("\"goals\"") != std::string::npos);
  const char* q = "Faktor apa yang membuat Aceh mencapai kejayaan?";
  const std::string reached = article.bot->explain(q);
  INFO(reached);
  CHECK(reached.find("\"goals\"") == std::string::npos);
  Answer a = article.bot->ask(q, q);
  INFO(a.text);
  CHECK(a.text.find("lada") != std::string::npos);
}

TEST_CASE("an item that names the thing asked and says what it comprises gives its forms",
          "[bot][topic]") {
  testing::ArticleBot article("item-comprises", "hak.md", R"(---
title: Hak Anak
subject: Hak Anak
---

# Hak Anak

Hak anak adalah bagian dari hak asasi manusia.

## Jenis Hak Anak

Hak anak terdiri dari empat bentuk:

- **Hak hidup**, yaitu hak untuk hidup sehat.
- **Hak tumbuh kembang**, yaitu hak untuk belajar dan bermain.
- **Hak perlindungan**, yaitu hak untuk dilindungi dari kekerasan.
- **Hak partisipasi**, yaitu hak untuk didengar.

## Bentuk Pelanggaran Hak Anak

Bentuk yang paling sering ditemui antara lain:

1. **Kekerasan terhadap anak**, yang meliputi:
   - kekerasan fisik, misalnya memukul;
   - kekerasan psikis, seperti membentak;
   - penelantaran.
2. **Pernikahan dini**, yaitu pernikahan sebelum usia 19 tahun.
)");
  Answer a = article.bot->ask("k", "Kekerasan terhadap anak ada bentuk apa saja?");
  INFO(a.text);
  CHECK(a.text.find("kekerasan fisik") != std::string::npos);
  CHECK(a.text.find("Hak partisipasi") == std::string::npos);
}

TEST_CASE("a word the paragraph announcing a list says is said of every item, it singles out none",
          "[bot][topic]") {
  testing::ArticleBot article("lead-paragraph", "magnet.md", R"(---
title: Magnet
subject: Magnet
---

# Magnet

Magnet adalah benda yang dapat menarik besi.

## Penyebab Magnet Kehilangan Kekuatannya

Sifat magnet bisa melemah atau hilang karena susunan magnet elementernya menjadi acak kembali. Penyebabnya antara lain:

- **Dipanaskan** pada suhu tinggi. Besi kehilangan sifat magnetnya pada suhu sekitar 770 °C.
- **Dipukul atau dijatuhkan** berulang-ulang dengan keras.
- **Dialiri arus bolak-balik** melalui kumparan yang melilitinya.
- **Disimpan sembarangan**, misalnya dengan kutub senama saling berdekatan.
)");
  Answer a = article.bot->ask("m", "Kenapa magnet bisa kehilangan sifat kemagnetannya?");
  INFO(a.text);
  CHECK(a.text.find("Dipukul") != std::string::npos);
  CHECK(a.text.find("arus bolak-balik") != std::string::npos);
}

TEST_CASE("a figure the article gives of what is counted beats counting a list's kinds",
          "[bot][topic]") {
  testing::ArticleBot article("count-by-figure", "kaa.md", R"(---
title: Konferensi Asia Afrika 1955
subject: Konferensi Asia Afrika
---

# Konferensi Asia Afrika 1955

Konferensi Asia Afrika (KAA) adalah pertemuan negara-negara Asia dan Afrika di Bandung pada 1955.

## Negara Peserta KAA

Dari 25 negara yang diundang, hanya Federasi Afrika Tengah yang berhalangan hadir. Jumlah peserta KAA akhirnya 29 negara, terdiri atas 5 negara sponsor dan 24 negara undangan.

### Jenis Peserta Berdasarkan Wilayah

Peserta KAA dibagi menjadi dua:

- **Asia** (23 negara), seperti Indonesia, India, dan Jepang.
- **Afrika** (6 negara), seperti Mesir, Ethiopia, dan Liberia.
)");
  Answer a = article.bot->ask("n", "Berapa jumlah negara peserta KAA?");
  INFO(a.text);
  CHECK(a.text.find("29 negara") != std::string::npos);
}

TEST_CASE("the subject said with its kind before it is the subject alone", "[bot][topic]") {
  testing::ArticleBot article("subject-kind", "gondok.md", R"(---
title: Gondok
subject: Gondok
---

# Gondok

Gondok adalah penyakit pembesaran kelenjar tiroid di leher. Penyakit ini sering ditemui di
daerah pegunungan, dan penyakit tersebut mudah dicegah.

## Penyebab Gondok

Penyebab gondok adalah kekurangan yodium dalam makanan sehari-hari.

## Pencegahan

Gunakan garam beryodium setiap hari.
)");
  // "penyakit" is what the article calls its subject, and asks nothing of
  // its own: the cause is the answer, not the sentences that say "penyakit".
  Answer a = article.bot->ask("k1", "Apa penyebab penyakit gondok?");
  INFO(a.text);
  CHECK(a.text.find("kekurangan yodium") != std::string::npos);
}

TEST_CASE("a word of a part's gloss or of the basis divided by names no one part", "[bot][topic]") {
  testing::ArticleBot article("part-heads", "obligasi.md", R"(---
title: Obligasi Ritel
subject: Obligasi Ritel
---

# Obligasi Ritel

Obligasi ritel adalah surat utang yang dijual kepada investor perorangan.

## Jenis Obligasi Ritel Berdasarkan Prinsip Penerbitan

- **Obligasi konvensional**, yaitu obligasi yang imbalannya berupa bunga. Produknya meliputi:
  - Obligasi Negara Ritel (ORI)
  - Savings Bond Ritel (SBR)
- **Obligasi syariah**, yaitu obligasi yang diterbitkan sesuai prinsip syariah dengan akad
  tertentu. Produknya meliputi:
  - Sukuk Ritel (SR)
  - Sukuk Tabungan (ST)

## Cara Membeli

Pembelian dilakukan lewat mitra distribusi resmi.
)");
  Answer a =
      article.bot->ask("h1", "Jenis obligasi ritel berdasarkan prinsip penerbitannya apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Obligasi konvensional") != std::string::npos);
  CHECK(a.text.find("Obligasi syariah") != std::string::npos);
}

TEST_CASE("a heading's part whose opening announces another part's list is told by its own prose",
          "[bot][topic]") {
  testing::ArticleBot article("joined-parts", "dewan.md", R"(---
title: Dewan Pengawas Layanan
subject: Dewan Pengawas Layanan
---

# Dewan Pengawas Layanan

Dewan Pengawas Layanan adalah lembaga yang mengawasi pelayanan publik di daerah.

## Tugas, Wewenang, dan Keanggotaan

Beberapa tugas utama dewan antara lain:

- Menerima laporan warga.
- Memeriksa laporan yang masuk.

Untuk menjalankan tugas tersebut, dewan berwenang meminta keterangan dan memeriksa dokumen.

Dewan beranggotakan 7 orang, terdiri atas 1 ketua dan 6 anggota. Mereka dipilih oleh DPRD.

## Cara Melapor

Laporan dikirim lewat laman resmi dewan.
)");
  // The list is the tasks' (its lead says so), and the section's opening
  // announces it: the members are in the paragraph that names them.
  Answer a = article.bot->ask("m1", "Berapa anggota Dewan Pengawas Layanan?");
  INFO(a.text);
  CHECK(a.text.find("7 orang") != std::string::npos);
  CHECK(a.text.find("Menerima laporan") == std::string::npos);
}

TEST_CASE("a thing's goal said only in its definition answers a goal asked of it", "[bot][topic]") {
  testing::ArticleBot article("goal-in-definition", "tinitus.md", R"(---
title: Tinitus
subject: Tinitus
---

# Tinitus

Tinitus adalah kondisi ketika seseorang mendengar bunyi di telinga tanpa sumber dari luar.

## Cara Mengatasi Tinitus

1. **Alat bantu dengar**, yaitu alat yang memperkeras suara dari luar.
2. **TRT (Tinnitus Retraining Therapy)**, yaitu terapi yang memadukan konseling dan terapi suara
   agar otak terbiasa dengan denging.
)");
  // No part says TRT's goal: its definition does, with "agar" (bot/topics.json
  // goals in_definition). The reader's "menjalani" is a verb of its own,
  // not the thesaurus's preposition "melalui".
  Answer a = article.bot->ask("g1", "Apa tujuan menjalani TRT?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("agar otak terbiasa") != std::string::npos);
  // A thing whose definition says no goal has none to give.
  Answer b = article.bot->ask("g2", "Apa tujuan alat bantu dengar?");
  INFO(b.text);
  CHECK(b.text.find("agar otak terbiasa") == std::string::npos);
}
