#include "index/entities.h"

#include <catch2/catch.hpp>

using namespace tanya;

namespace {
const EntityRecord* find(const std::vector<EntityRecord>& es, const std::string& name) {
  for (const auto& e : es) {
    if (e.name == name) return &e;
  }
  return nullptr;
}
}  // namespace

TEST_CASE("entities come from the article's own patterns", "[entities]") {
  Document d = parse_markdown("a", R"(# Judul

## Jenis

- Kerja sama bilateral
- Kerja sama regional

### #1 Kerja sama Bilateral

Menurut Kamus Besar Bahasa Indonesia (KBBI), artinya dua pihak.

- ASEAN (Association of Southeast Asian Nations)
- UN (United Nations) atau Persatuan Bangsa-Bangsa
- Uni Eropa atau European Union (EU)
- World Bank atau Bank Dunia
- Menjaga perdamaian.
- Memiliki latar belakang historis (sejarah).
)");
  auto es = extract_entities(d);

  const EntityRecord* sub = find(es, "Kerja sama Bilateral");
  REQUIRE(sub != nullptr);
  CHECK(sub->kind == "subtype");
  CHECK(sub->section == 2);
  CHECK(find(es, "Kerja sama regional") != nullptr);  // listed, but a named item only

  const EntityRecord* kbbi = find(es, "KBBI");
  REQUIRE(kbbi != nullptr);
  CHECK(kbbi->expansion == "Kamus Besar Bahasa Indonesia");

  const EntityRecord* asean = find(es, "ASEAN");
  REQUIRE(asean != nullptr);
  CHECK(asean->expansion == "Association of Southeast Asian Nations");
  CHECK(asean->item == 0);

  const EntityRecord* un = find(es, "UN");
  REQUIRE(un != nullptr);
  CHECK(un->aliases == std::vector<std::string>{"Persatuan Bangsa-Bangsa", "PBB"});

  const EntityRecord* eu = find(es, "EU");
  REQUIRE(eu != nullptr);
  CHECK(eu->expansion == "European Union");
  CHECK(eu->aliases.front() == "Uni Eropa");

  const EntityRecord* wb = find(es, "World Bank");
  REQUIRE(wb != nullptr);
  CHECK(wb->kind == "named");
  CHECK(wb->aliases.front() == "Bank Dunia");

  // Sentences and lowercase parentheses are not entities.
  CHECK(find(es, "Menjaga perdamaian") == nullptr);
  CHECK(find(es, "sejarah") == nullptr);
}

TEST_CASE("initials make acronyms of capitalised names", "[entities]") {
  CHECK(initials("Persatuan Bangsa-Bangsa") == "PBB");
  CHECK(initials("Gerakan Non Blok") == "GNB");
  CHECK(initials("Bank Dunia").empty());        // too short to be useful
  CHECK(initials("kerja sama islam").empty());  // not a name
}

TEST_CASE("a digit in an acronym repeats the letter before it", "[entities]") {
  Document d = parse_markdown("c", R"(# Judul

Siapkan kotak Pertolongan Pertama Pada Kecelakaan (P3K) di rumah.
Imunisasi melindungi dari Penyakit yang Dapat Dicegah dengan Imunisasi (PD3I), seperti campak.
Pemiliknya membayar Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) setiap tahun.
Wabah Corona Virus Disease (COVID-19) melanda dunia.
Sekolah dulu mengajarkan Pedoman Penghayatan dan Pengamalan Pancasila (P4).
)");
  auto es = extract_entities(d);
  // One capital and its count is an acronym too: "P4" is "PPPP".
  const EntityRecord* p4 = find(es, "P4");
  REQUIRE(p4 != nullptr);
  CHECK(p4->expansion == "Pedoman Penghayatan dan Pengamalan Pancasila");
  const EntityRecord* p3k = find(es, "P3K");
  REQUIRE(p3k != nullptr);
  CHECK(p3k->expansion == "Pertolongan Pertama Pada Kecelakaan");
  const EntityRecord* pd3i = find(es, "PD3I");
  REQUIRE(pd3i != nullptr);
  CHECK(pd3i->expansion == "Penyakit yang Dapat Dicegah dengan Imunisasi");
  // A hyphen stands for nothing.
  const EntityRecord* pbb = find(es, "PBB-P2");
  REQUIRE(pbb != nullptr);
  CHECK(pbb->expansion == "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan");
  // A number that is not a count of letters spells nothing.
  CHECK(find(es, "COVID-19") == nullptr);
}

TEST_CASE("a species named by its genus's initial is a short form of its full name", "[entities]") {
  Document d = parse_markdown("h", R"(# Judul

Penyebab utamanya infeksi Helicobacter pylori (H. pylori), bakteri yang hidup di lambung.
Ia memakai obat (M. aspirin) tanpa resep.
)");
  auto es = extract_entities(d);
  const EntityRecord* h = find(es, "H. pylori");
  REQUIRE(h != nullptr);
  CHECK(h->expansion == "Helicobacter pylori");
  // The initial must open the word before the species, which must follow it.
  CHECK(find(es, "M. aspirin") == nullptr);
}

TEST_CASE("an acronym may open with a count", "[entities]") {
  Document d = parse_markdown("g", R"(# Judul

Standarnya disusun oleh 3GPP (3rd Generation Partnership Project) sejak 2017.
Jaringan 5G lebih cepat dari 4G.
)");
  auto es = extract_entities(d);
  const EntityRecord* g = find(es, "3GPP");
  REQUIRE(g != nullptr);
  CHECK(g->expansion == "3rd Generation Partnership Project");
  // A generation's number and one capital is no acronym.
  CHECK(find(es, "5G") == nullptr);
}

TEST_CASE("an English name written in closed compounds gives its acronym a letter of each part",
          "[entities]") {
  Document d = parse_markdown("c", R"(# Judul

Di pasar modal dikenal **Securities Crowdfunding (SCF)**, yaitu layanan urun dana berbasis efek.
Pemerintah Kota Bogor (PKB) ikut mendukung.
)");
  auto es = extract_entities(d);
  const EntityRecord* scf = find(es, "SCF");
  REQUIRE(scf != nullptr);
  CHECK(scf->expansion == "Securities Crowdfunding");
  // Each word gives its initial first: "Pemerintah Kota Bogor" spells PKB
  // by initials, and no capitalized word before a name gives none.
  const EntityRecord* pkb = find(es, "PKB");
  REQUIRE(pkb != nullptr);
  CHECK(pkb->expansion == "Pemerintah Kota Bogor");
}

TEST_CASE("acronyms in both orders, mixed case and syllable blends", "[entities]") {
  Document d = parse_markdown("b", R"(# Judul

Pengawasnya adalah Otoritas Jasa Keuangan (OJK), dibantu Kementerian Kesehatan (Kemenkes).
Layanan SaaS (Software as a Service) dipakai luas, begitu pula Usaha Mikro, Kecil, dan Menengah (UMKM).
Programnya dipimpin Kementerian Komunikasi dan Informatika (Kominfo) dan Badan Pusat Statistik (BPS).

## Infrastructure as a Service (IaaS)

Server disewakan.

- Periksa keamanan, meliputi:
- Bukan (singkatan) apa pun di sini
)");
  auto es = extract_entities(d);
  const EntityRecord* ojk = find(es, "OJK");
  REQUIRE(ojk != nullptr);
  CHECK(ojk->expansion == "Otoritas Jasa Keuangan");
  const EntityRecord* blend = find(es, "Kemenkes");
  REQUIRE(blend != nullptr);
  CHECK(blend->expansion == "Kementerian Kesehatan");
  // A blend that leaves out the head of the name keeps it in the expansion.
  const EntityRecord* kominfo = find(es, "Kominfo");
  REQUIRE(kominfo != nullptr);
  CHECK(kominfo->expansion == "Kementerian Komunikasi dan Informatika");
  const EntityRecord* bps = find(es, "BPS");
  REQUIRE(bps != nullptr);
  CHECK(bps->expansion == "Badan Pusat Statistik");
  const EntityRecord* saas = find(es, "SaaS");
  REQUIRE(saas != nullptr);
  CHECK(saas->expansion == "Software as a Service");
  const EntityRecord* umkm = find(es, "UMKM");
  REQUIRE(umkm != nullptr);
  CHECK(umkm->expansion == "Usaha Mikro, Kecil, dan Menengah");
  // A heading that is a name and its acronym: a section about that thing.
  const EntityRecord* iaas = find(es, "IaaS");
  REQUIRE(iaas != nullptr);
  CHECK(iaas->kind == "subtype");
  CHECK(iaas->expansion == "Infrastructure as a Service");
  // An item that introduces a nested list is no name.
  CHECK(find(es, "Periksa keamanan, meliputi:") == nullptr);
  CHECK(find(es, "singkatan") == nullptr);
}

TEST_CASE("an acronym that closes a name with another acronym in it", "[entities]") {
  Document d = parse_markdown("t", R"(# Judul

Keluarga pasien menjalani Terapi Pencegahan TBC (TPT).
)");
  auto es = extract_entities(d);
  // "TBC (TPT)" is no acronym and its expansion: the capitals in the
  // parentheses are a short form themselves, of the name before them.
  const EntityRecord* tpt = find(es, "TPT");
  REQUIRE(tpt != nullptr);
  CHECK(tpt->expansion == "Terapi Pencegahan TBC");
  CHECK(find(es, "TBC") == nullptr);
}

TEST_CASE("a short abbreviation of one word in parentheses", "[entities]") {
  Document d = parse_markdown("h", R"(# Judul

Anemia terjadi bila kadar hemoglobin (Hb) rendah. Zat besi (Fe) dibutuhkan tubuh.
Warga kota (Kta) tidak disingkat begitu.
)");
  auto es = extract_entities(d);
  const EntityRecord* hb = find(es, "Hb");
  REQUIRE(hb != nullptr);
  CHECK(hb->expansion == "hemoglobin");
  // Not the word's own letters from its first: no abbreviation of it.
  CHECK(find(es, "Fe") == nullptr);
  // Too short a word for the letters it would spell.
  CHECK(find(es, "Kta") == nullptr);
}

TEST_CASE("a name in small letters before its acronym, each word its initial", "[entities]") {
  Document d = parse_markdown("p", R"(# Judul

Batasi konsumsi gula, garam, dan lemak (GGL) setiap hari.
Perusahaan butuh sumber daya manusia (SDM) yang terlatih.
Warga memakai kartu tanda penduduk elektronik (KTP) di kantor.
)");
  auto es = extract_entities(d);
  const EntityRecord* ggl = find(es, "GGL");
  REQUIRE(ggl != nullptr);
  CHECK(ggl->expansion == "gula, garam, dan lemak");
  const EntityRecord* sdm = find(es, "SDM");
  REQUIRE(sdm != nullptr);
  CHECK(sdm->expansion == "sumber daya manusia");
  // A word left over that gives no letter: not its name.
  const EntityRecord* ktp = find(es, "KTP");
  CHECK((ktp == nullptr || ktp->expansion.empty()));
}

TEST_CASE("a syllable blend may take a later word's last syllable", "[entities]") {
  Document d = parse_markdown("p", R"(# Judul

Warga bisa datang ke Pos Bantuan Hukum (Posbakum) di pengadilan negeri.
Sekolahnya dekat Pusat Kesehatan Masyarakat (Puskesmas).
Dia membeli Buku Tulis (Bolpen) kemarin.
)");
  auto es = extract_entities(d);
  const EntityRecord* posbakum = find(es, "Posbakum");
  REQUIRE(posbakum != nullptr);
  CHECK(posbakum->expansion == "Pos Bantuan Hukum");
  const EntityRecord* puskesmas = find(es, "Puskesmas");
  REQUIRE(puskesmas != nullptr);
  CHECK(puskesmas->expansion == "Pusat Kesehatan Masyarakat");
  // Letters the words do not have ("o" in "Buku Tulis") spell nothing.
  CHECK(find(es, "Bolpen") == nullptr);
}

TEST_CASE("a word of small letters blending the words before it is their short form",
          "[entities]") {
  Document d = parse_markdown("b", R"(# Judul

Banyak warga memilih menjadi golongan putih (golput) karena kecewa.
Hasilnya diumumkan lewat pemilihan umum (pemilu) berikutnya.
Uangnya disimpan sebagai valuta asing (valas) di bank.
Pelajar membawa buku tulis (dua buah) dan pensil (misalnya 2B).
Ia menunjukkan kartu identitas (kid) miliknya.
)");
  auto es = extract_entities(d);
  const EntityRecord* golput = find(es, "golput");
  REQUIRE(golput != nullptr);
  CHECK(golput->expansion == "golongan putih");
  const EntityRecord* pemilu = find(es, "pemilu");
  REQUIRE(pemilu != nullptr);
  CHECK(pemilu->expansion == "pemilihan umum");
  const EntityRecord* valas = find(es, "valas");
  REQUIRE(valas != nullptr);
  CHECK(valas->expansion == "valuta asing");
  // Words in parentheses that no run of the words before spells.
  CHECK(find(es, "dua buah") == nullptr);
  CHECK(find(es, "misalnya 2B") == nullptr);
  // One letter of the first word is an initial, not a syllable.
  CHECK(find(es, "kid") == nullptr);
}

TEST_CASE("a blend may take syllables from inside its words or skip a small one", "[entities]") {
  Document d = parse_markdown("l", R"(# Judul

- **Badan Pengawas Pemilu (Bawaslu)**: mengawasi semua tahapan.
- **Pemilihan Presiden dan Wakil Presiden (Pilpres)**, yaitu pemilu untuk presiden.
- **Pemilihan Kepala Daerah (Pilkada)**, yaitu pemilihan gubernur.

Warga Jawa Tengah (Jateng) ikut memilih. Ia bertemu Pak Budi (Anto) di sana.
Laporan dikirim ke Kantor Pusat (Kanwil) kemarin.
)");
  auto es = extract_entities(d);
  const EntityRecord* bawaslu = find(es, "Bawaslu");
  REQUIRE(bawaslu != nullptr);
  CHECK(bawaslu->expansion == "Badan Pengawas Pemilu");
  const EntityRecord* pilpres = find(es, "Pilpres");
  REQUIRE(pilpres != nullptr);
  CHECK(pilpres->expansion == "Pemilihan Presiden dan Wakil Presiden");
  const EntityRecord* pilkada = find(es, "Pilkada");
  REQUIRE(pilkada != nullptr);
  CHECK(pilkada->expansion == "Pemilihan Kepala Daerah");
  const EntityRecord* jateng = find(es, "Jateng");
  REQUIRE(jateng != nullptr);
  CHECK(jateng->expansion == "Jawa Tengah");
  // A name that starts with another letter, or whose last letter is not in
  // the last word ("l" of Kanwil is nowhere in "Pusat"), is no blend of them.
  CHECK(find(es, "Anto") == nullptr);
  CHECK(find(es, "Kanwil") == nullptr);
}

TEST_CASE("a blend before its name in parentheses is spelled as after it", "[entities]") {
  Document d = parse_markdown("b", R"(# Judul

Bawa anak ke Posyandu (Pos Pelayanan Terpadu) setiap bulan. Warga Bandung (Jawa Barat)
datang ke Kemenkes (Kementerian Kesehatan). Desa Penglipuran (Bali Timur) ramai.
)");
  auto es = extract_entities(d);
  const EntityRecord* posyandu = find(es, "Posyandu");
  REQUIRE(posyandu != nullptr);
  CHECK(posyandu->expansion == "Pos Pelayanan Terpadu");
  const EntityRecord* kemenkes = find(es, "Kemenkes");
  REQUIRE(kemenkes != nullptr);
  CHECK(kemenkes->expansion == "Kementerian Kesehatan");
  // A place named with its region is no blend of it.
  CHECK(find(es, "Bandung") == nullptr);
  CHECK(find(es, "Penglipuran") == nullptr);
}

TEST_CASE("a table row is no named thing", "[entities]") {
  Document d = parse_markdown("t", R"(# Judul

## Data

| Tahun | Inflasi |
|---|---|
| 2021 | 1,87 persen |

## Lembaga

- Bank Dunia
)");
  auto es = extract_entities(d);
  CHECK(find(es, "Tahun: 2021; Inflasi: 1,87 persen") == nullptr);
  // A short list item that is a name still is one.
  CHECK(find(es, "Bank Dunia") != nullptr);
}

TEST_CASE("a short form of two words spells its name as one", "[entities]") {
  Document d = parse_markdown("k", R"(# Judul

Pada 1993 dibentuk Komisi Nasional Hak Asasi Manusia (Komnas HAM) oleh presiden.
Pantau Satgas PASTI. Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI) merilis daftar.
Kartu dari Badan Penyelenggara Jaminan Sosial Kesehatan (BPJS Kesehatan) dibawa.
)");
  auto es = extract_entities(d);
  const EntityRecord* komnas = find(es, "Komnas HAM");
  REQUIRE(komnas != nullptr);
  CHECK(komnas->kind == "acronym");
  CHECK(komnas->expansion == "Komisi Nasional Hak Asasi Manusia");
  // A name does not run back past a full stop.
  const EntityRecord* satgas = find(es, "Satgas PASTI");
  REQUIRE(satgas != nullptr);
  CHECK(satgas->expansion == "Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal");
  // A long capitalized word is a word of the name, not a short form.
  CHECK(find(es, "BPJS Kesehatan") == nullptr);
}

TEST_CASE("a 2 between two capitals may be English 'to'", "[entities]") {
  Document d = parse_markdown("m", R"(# Judul

IoT sering disamakan dengan Machine to Machine (M2M). Transaksi Business to Business (B2B) juga ada.
)");
  auto es = extract_entities(d);
  const EntityRecord* m2m = find(es, "M2M");
  REQUIRE(m2m != nullptr);
  CHECK(m2m->expansion == "Machine to Machine");
  const EntityRecord* b2b = find(es, "B2B");
  REQUIRE(b2b != nullptr);
  CHECK(b2b->expansion == "Business to Business");
}

TEST_CASE("a digit in an acronym may be a word of its name as written", "[entities]") {
  Document d = parse_markdown("e", R"(# Judul

Petani biasanya memakai EM4 (Effective Microorganisms 4), yaitu cairan berisi bakteri. Kotak P3K (Pertolongan Pertama Pada Kecelakaan) tetap perlu.
)");
  auto es = extract_entities(d);
  const EntityRecord* em4 = find(es, "EM4");
  REQUIRE(em4 != nullptr);
  CHECK(em4->expansion == "Effective Microorganisms 4");
  // A count still repeats its letter.
  const EntityRecord* p3k = find(es, "P3K");
  REQUIRE(p3k != nullptr);
  CHECK(p3k->expansion == "Pertolongan Pertama Pada Kecelakaan");
}

TEST_CASE("sibling parts named as kinds of one thing are sub-types", "[entities]") {
  Document d = parse_markdown("a", R"(# Siklus Air

## Jenis Siklus Air

### 1. Siklus Pendek

Air laut menguap lalu turun lagi di laut.

### 2. Siklus Sedang

Hujan turun di daratan.

### 3. Siklus Panjang

Uap air menjadi salju.

## Jenis-Jenis Hujan

### Jenis Hujan Berdasarkan Asalnya

Hujan orografis dan hujan frontal.

### Jenis Hujan Berdasarkan Ukurannya

Gerimis dan hujan deras.

### Jenis Hujan Berdasarkan Waktunya

Hujan pagi dan hujan sore.
)");
  auto es = extract_entities(d);
  for (const char* name : {"Siklus Pendek", "Siklus Sedang", "Siklus Panjang"}) {
    const EntityRecord* kind = find(es, name);
    INFO(name);
    REQUIRE(kind != nullptr);
    CHECK(kind->kind == "subtype");
  }
  // Headings that share more than their first word group one thing by
  // several bases; they are no kinds of it.
  CHECK(find(es, "Jenis Hujan Berdasarkan Asalnya") == nullptr);
}

TEST_CASE("sibling parts that share two words of a name and gloss it are kinds", "[entities]") {
  Document d = parse_markdown("aj", R"(# Asuransi Jiwa

## Jenis Asuransi Jiwa Berdasarkan Masa Perlindungan

### 1. Asuransi Jiwa Berjangka (Term Life)

Perlindungan diberikan untuk periode tertentu.

### 2. Asuransi Jiwa Seumur Hidup (Whole Life)

Perlindungan berlaku hingga usia 99 tahun.

### 3. Asuransi Jiwa Dwiguna (Endowment)

Disebut dwiguna karena punya dua kegunaan.

## Jenis Kompos

### Jenis Kompos Berdasarkan Bahan

Kompos hijau dan cokelat.

### Jenis Kompos Berdasarkan Proses

Kompos aerob dan anaerob.

### Jenis Kompos Berdasarkan Bentuk

Kompos padat dan cair.
)");
  auto es = extract_entities(d);
  const EntityRecord* whole = find(es, "Asuransi Jiwa Seumur Hidup");
  REQUIRE(whole != nullptr);
  CHECK(whole->kind == "subtype");
  CHECK(whole->aliases == std::vector<std::string>{"Whole Life"});
  CHECK(find(es, "Asuransi Jiwa Dwiguna") != nullptr);
  // Three shared words ("Jenis Kompos Berdasarkan") group one thing; no kinds.
  CHECK(find(es, "Jenis Kompos Berdasarkan Bahan") == nullptr);
}

TEST_CASE("initials may take a small letter from inside their word", "[entities]") {
  Document d = parse_markdown("p", R"(# Judul

PPh (Pajak Penghasilan) sendiri adalah pajak atas tambahan kemampuan ekonomis.
Setiap karyawan membayar Pajak Penghasilan (PPh) lewat pemotongan gaji.
Biaya itu masuk Anggaran Pendapatan dan Belanja Negara (APBN).
)");
  auto es = extract_entities(d);
  // "PPh": P(ajak) P(engh)asilan, in either order.
  const EntityRecord* pph = find(es, "PPh");
  REQUIRE(pph != nullptr);
  CHECK(pph->expansion == "Pajak Penghasilan");
  // Capitals throughout still spell by initials.
  const EntityRecord* apbn = find(es, "APBN");
  REQUIRE(apbn != nullptr);
  CHECK(apbn->expansion == "Anggaran Pendapatan dan Belanja Negara");
}

TEST_CASE("a long heading's name in parentheses names its part", "[entities]") {
  Document d = parse_markdown("p", R"(# Judul

## Prinsip Sekolah

### Prinsip Sekolah Rakyat Berdasarkan Lingkungan Belajar (Tri Pusat Belajar)

- **Alam keluarga**, yaitu tempat belajar pertama.
- **Alam sekolah**, yaitu tempat mengasah pikiran.

### Metamorfosis Lengkap (Holometabola)

Serangga melewati empat tahap.
)");
  auto es = extract_entities(d);
  const EntityRecord* tri = find(es, "Tri Pusat Belajar");
  REQUIRE(tri != nullptr);
  CHECK(tri->kind == "subtype");
  CHECK(tri->section == 2);
  // After a short heading, the name in parentheses is the heading's own
  // other name, not a part of its own.
  CHECK(find(es, "Holometabola") == nullptr);
}

TEST_CASE("a short form the text says the words of is an acronym of them", "[entities]") {
  Document d = parse_markdown("p", R"(# Judul

Pilkada adalah singkatan dari Pemilihan Kepala Daerah, yaitu proses memilih kepala daerah.
Sementara itu, Bawaslu merupakan kependekan dari Badan Pengawas Pemilihan Umum.
Kata ini adalah singkatan dari bahasa sehari-hari.
)");
  auto es = extract_entities(d);
  // A blend takes syllables from inside its words: no letters to spell.
  const EntityRecord* pilkada = find(es, "Pilkada");
  REQUIRE(pilkada != nullptr);
  CHECK(pilkada->kind == "acronym");
  CHECK(pilkada->expansion == "Pemilihan Kepala Daerah");
  const EntityRecord* bawaslu = find(es, "Bawaslu");
  REQUIRE(bawaslu != nullptr);
  CHECK(bawaslu->expansion == "Badan Pengawas Pemilihan Umum");
  // Words in small letters are no name it stands for.
  CHECK(find(es, "ini") == nullptr);
}

TEST_CASE("the words a defined name stands for, said right after, make it an acronym",
          "[entities]") {
  Document d = parse_markdown("p", R"(# Judul

**BI-FAST** adalah sistem pembayaran ritel yang dikembangkan Bank Indonesia. Kepanjangannya
adalah Bank Indonesia Fast Payment.

Transfer ini cepat. Kepanjangannya adalah Sesuatu Yang Tidak Didefinisikan.
)");
  auto es = extract_entities(d);
  const EntityRecord* fast = find(es, "BI-FAST");
  REQUIRE(fast != nullptr);
  CHECK(fast->kind == "acronym");
  CHECK(fast->expansion == "Bank Indonesia Fast Payment");
  // A paragraph that opens by defining no name gives "-nya" nothing to
  // point back to.
  CHECK(find(es, "Transfer") == nullptr);
}

TEST_CASE("a hyphenated name gives an initial of each part", "[entities]") {
  Document d = parse_markdown("p", R"(# Judul

Dasarnya adalah Undang-Undang Lalu Lintas dan Angkutan Jalan (UU LLAJ) tahun 2009.
Anak-anak bermain di taman.
)");
  auto es = extract_entities(d);
  const EntityRecord* uu = find(es, "UU LLAJ");
  REQUIRE(uu != nullptr);
  CHECK(uu->expansion == "Undang-Undang Lalu Lintas dan Angkutan Jalan");
}

TEST_CASE("a compound's second word that opens with the first's letter may give none",
          "[entities]") {
  Document d = parse_markdown("p", R"(# Judul

Di Stasiun Pengisian Bahan Bakar Umum (SPBU), percikan kecil dapat menyulut uap bensin.
)");
  auto es = extract_entities(d);
  const EntityRecord* spbu = find(es, "SPBU");
  REQUIRE(spbu != nullptr);
  CHECK(spbu->expansion == "Stasiun Pengisian Bahan Bakar Umum");
}

TEST_CASE("a short item names a place without its preposition, and a label with its value nothing",
          "[entities]") {
  Document d = parse_markdown("t", R"(# Danau Toba

## Ukuran

- Panjang: sekitar 100 km
- Kedalaman maksimum: sekitar 505 meter

## Tempat Wisata

1. **Di Pulau Samosir**
   - Desa Tomok dengan makam raja-raja Batak.
   - Desa Tuktuk Siadong.
2. **Di daratan sekitar danau**
   - Air Terjun Sipiso-piso.
)");
  auto es = extract_entities(d);
  CHECK(find(es, "Pulau Samosir") != nullptr);
  CHECK(find(es, "Di Pulau Samosir") == nullptr);
  CHECK(find(es, "Panjang: sekitar 100 km") == nullptr);
}

TEST_CASE("capitals may take a later letter of a word and skip a word", "[entities]") {
  Document d = parse_markdown("l", R"(# Judul

Produknya meliputi:

- Obligasi Negara Ritel (ORI)
- Savings Bond Ritel (SBR)

Investor perlu Single Investor Identification (SID) dan rekening. Ia bertemu Pak Budi (BOS)
di sana.
)");
  auto es = extract_entities(d);
  const EntityRecord* ori = find(es, "ORI");
  REQUIRE(ori != nullptr);
  CHECK(ori->kind == "acronym");
  CHECK(ori->expansion == "Obligasi Negara Ritel");
  CHECK(find(es, "Obligasi Negara Ritel (ORI)") == nullptr);
  const EntityRecord* sid = find(es, "SID");
  REQUIRE(sid != nullptr);
  CHECK(sid->expansion == "Single Investor Identification");
  // Capitals the words before do not spell in order name nothing.
  CHECK(find(es, "BOS") == nullptr);
}
