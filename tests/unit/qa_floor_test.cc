// The project's own question set (tests/qa/questions.jsonl), judged the way
// the shared scorer judges: a floor that fails the build when answers get
// worse. The questions are paraphrases nobody tuned the lexicon on one by one.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <utility>

#include "testing.h"

using namespace tanya;
using nlohmann::json;

namespace {

std::string norm(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), ::tolower);
  return s;
}

bool judge(const json& item, const Answer& a) {
  std::string text = norm(a.text);
  if (item.contains("intent_prefix"))
    return a.intent.rfind(item["intent_prefix"].get<std::string>(), 0) == 0;
  if (item.value("fallback", false)) return !a.found;
  if (!a.found || a.text.size() > 1200) return false;
  for (const auto& m : item.value("must", json::array())) {
    if (text.find(norm(m.get<std::string>())) == std::string::npos) return false;
  }
  for (const auto& m : item.value("must_not", json::array())) {
    if (text.find(norm(m.get<std::string>())) != std::string::npos) return false;
  }
  for (const auto& group : item.value("must_any", json::array())) {
    bool any = false;
    for (const auto& g : group)
      any = any || text.find(norm(g.get<std::string>())) != std::string::npos;
    if (!any) return false;
  }
  return true;
}

// Asks every conversation of the question set at `path` and judges the
// last answer of each: (good, total). Misses are reported as warnings.
std::pair<int, int> score(Bot& bot, const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  int total = 0, good = 0;
  for (std::string l; std::getline(in, l);) {
    if (l.empty()) continue;
    json item = json::parse(l);
    Answer last;
    for (const auto& turn : item["turns"])
      last = bot.ask("qa-" + item["id"].get<std::string>(), turn.get<std::string>());
    bool ok = judge(item, last);
    if (!ok) WARN("miss " << item["id"].get<std::string>() << ": " << last.text.substr(0, 100));
    good += ok ? 1 : 0;
    ++total;
  }
  return {good, total};
}

}  // namespace

TEST_CASE("the project's question sets stay above their floor", "[qa]") {
  // 95% for each set; lower for the later hold-outs, each just under what it
  // scores now (probe6 77/80, probe7 84/90, probe8 92/100, probe9 92/100,
  // probe10 94/100, probe11 86/100, probe12 92/100):
  // their last misses need synonyms or knowledge the article does not give
  // ("rahasia" for "informasi", "wasit" for "penengah").
  auto [file, floor] = GENERATE(table<std::string, double>({{"questions.jsonl", 95.0},
                                                            {"probe.jsonl", 95.0},
                                                            {"probe2.jsonl", 95.0},
                                                            {"probe3.jsonl", 95.0},
                                                            {"probe4.jsonl", 95.0},
                                                            {"probe5.jsonl", 95.0},
                                                            {"probe6.jsonl", 95.0},
                                                            {"probe7.jsonl", 92.0},
                                                            {"probe8.jsonl", 91.0},
                                                            {"probe9.jsonl", 88.0},
                                                            {"probe10.jsonl", 92.0},
                                                            {"probe11.jsonl", 85.0},
                                                            {"probe12.jsonl", 91.0}}));
  auto [good, total] = score(testing::bot(), testing::source_dir() + "/tests/qa/" + file);
  double accuracy = 100.0 * good / total;
  INFO("accuracy " << good << "/" << total);
  CHECK(total >= 40);
  CHECK(accuracy >= floor);
}

TEST_CASE("articles nobody tuned for stay above their floor, each alone in a corpus", "[qa]") {
  // tests/qa/articles/: six explainers written with their questions by
  // people who had not seen the code, before any fix for them. Their first
  // runs are kept in tests/qa/articles/first-run/; each floor is just under
  // what the article scores now. Every article is read alone, as a new
  // user's corpus would be, with the repository's bot/ data.
  // tests/qa/holdout/: two more, written the same way and kept sealed until
  // all the fixes were in; their first runs are the honest figure. Then
  // gempa-bumi and hak-cipta (articles/, fixed on) and holdout2/ (sealed
  // until the next round of fixes was in), then holdout3/ after a third,
  // holdout4/ after a fourth, holdout5/ after a fifth, holdout6/ and
  // holdout7/ after a sixth and a seventh, holdout8/ and holdout9/ before
  // and after an eighth, holdout10/, holdout11/ and holdout12/ before,
  // during and after a ninth, holdout13/ and holdout14/ before and during a
  // tenth, holdout15/ and holdout16/ before and during an eleventh, holdout17/
  // and holdout18/ during and after a twelfth, holdout19/ and holdout20/
  // during and after a thirteenth, holdout21/, holdout22/ and holdout23/
  // before, during and after a fourteenth, holdout24/, holdout25/ and
  // holdout26/ during, after and at the end of a fifteenth, holdout27/,
  // holdout28/ and holdout29/ at the start, in the middle and at the end of
  // a sixteenth, holdout30/, holdout31/ and holdout32/ at the start, in the
  // middle and late in a seventeenth, holdout33/, holdout34/ and holdout35/
  // at the start, in the middle and late in an eighteenth, holdout36/ and
  // holdout37/ at the start and in the middle of a nineteenth, holdout38/
  // and holdout39/, holdout40/ and holdout41/, holdout42/ and holdout43/ at
  // the start, in the middle and late in a twentieth, holdout44/ to
  // holdout47/ at the start, early, in the middle and late in a
  // twenty-first, holdout48/ after the site work of issue 11, holdout49/
  // to holdout52/ early, in the middle, late and at the end of a
  // twenty-third, holdout53/ and holdout54/ in a twenty-fourth, and
  // holdout55/ to holdout58/ at the start, in the middle, late and at the
  // end of a twenty-sixth, holdout59/ and holdout60/ early and in the
  // middle of a twenty-seventh, and holdout61/, holdout62/ and holdout63/
  // at the start, in the middle and late in a twenty-eighth, and
  // holdout64/ to holdout67/ at the start, early, in the middle and late
  // in a twenty-ninth, holdout68/ to holdout71/ at the start, early, in
  // the middle and late in a thirtieth, holdout72/ to holdout74/
  // early, in the middle and late in a thirty-first, and holdout75/ to
  // holdout82/ early, in the middle and late in a thirty-second, and
  // holdout83/ to holdout96/ at the start, early, in the middle, late and
  // at the end of a thirty-third, holdout97/ to holdout112/ from the
  // start to the end of a thirty-fourth, and holdout113/ to holdout124/
  // from the start to the end of a thirty-fifth, and holdout125/ to
  // holdout128/ at the start of a thirty-sixth and holdout129/ to
  // holdout142/ early, in the middle and late in it, and holdout143/ to
  // holdout148/ early, in the middle and late in a thirty-seventh, and
  // holdout149/ to holdout154/ at the start, early and in the middle of a
  // thirty-eighth, and holdout155/ to holdout167/ from the start to the
  // end of a thirty-ninth.
  auto [set, id, floor] = GENERATE(
      table<std::string, std::string, double>({{"articles", "reksa-dana", 91.0},
                                               {"articles", "inflasi", 88.0},
                                               {"articles", "otonomi-daerah", 89.0},
                                               {"articles", "fotosintesis", 82.0},
                                               {"articles", "diabetes", 90.0},
                                               {"articles", "komputasi-awan", 85.0},
                                               {"articles", "gempa-bumi", 85.0},
                                               {"articles", "hak-cipta", 80.0},
                                               {"holdout", "hidroponik", 88.0},
                                               {"holdout", "sumpah-pemuda", 77.0},
                                               {"holdout2", "energi-terbarukan", 88.0},
                                               {"holdout2", "literasi-digital", 92.0},
                                               {"holdout3", "koperasi", 89.0},
                                               {"holdout3", "sistem-pernapasan", 86.0},
                                               {"holdout4", "pajak-daerah", 86.0},
                                               {"holdout4", "imunisasi", 86.0},
                                               {"holdout5", "umkm", 84.0},
                                               {"holdout5", "anemia", 84.0},
                                               {"holdout6", "bantuan-hukum", 72.0},
                                               {"holdout6", "kompos", 87.0},
                                               {"holdout7", "batik", 80.0},
                                               {"holdout7", "deposito", 85.0},
                                               {"holdout8", "pemilu", 89.0},
                                               {"holdout8", "mangrove", 87.0},
                                               {"holdout9", "dbd", 86.0},
                                               {"holdout9", "ai", 85.0},
                                               {"holdout10", "bpjs", 82.0},
                                               {"holdout10", "ecommerce", 82.0},
                                               {"holdout11", "sampah-plastik", 85.0},
                                               {"holdout11", "tata-surya", 86.0},
                                               {"holdout12", "vitamin-d", 81.0},
                                               {"holdout12", "kartu-kredit", 86.0},
                                               {"holdout13", "terumbu-karang", 87.0},
                                               {"holdout13", "perundungan-sekolah", 84.0},
                                               {"holdout14", "banjir", 82.0},
                                               {"holdout14", "beasiswa", 84.0},
                                               {"holdout15", "desa-wisata", 86.0},
                                               {"holdout15", "stunting", 88.0},
                                               {"holdout16", "asuransi-kesehatan", 76.0},
                                               {"holdout16", "gerhana", 75.0},
                                               {"holdout17", "majapahit", 88.0},
                                               {"holdout17", "phishing", 80.0},
                                               {"holdout18", "ekspor-impor", 84.0},
                                               {"holdout18", "polusi-udara", 84.0},
                                               {"holdout19", "pinjol", 85.0},
                                               {"holdout19", "borobudur", 81.0},
                                               {"holdout20", "hipertensi", 82.0},
                                               {"holdout20", "kopi", 79.0},
                                               {"holdout21", "hak-asasi-manusia", 86.0},
                                               {"holdout21", "pemanasan-global", 82.0},
                                               {"holdout22", "internet-of-things", 81.0},
                                               {"holdout22", "proklamasi", 71.0},
                                               {"holdout23", "kesehatan-mental", 82.0},
                                               {"holdout23", "saham", 82.0},
                                               {"holdout24", "tuberkulosis", 91.0},
                                               {"holdout24", "blockchain", 96.0},
                                               {"holdout25", "gunung-api", 84.0},
                                               {"holdout25", "sriwijaya", 74.0},
                                               {"holdout26", "pancasila", 80.0},
                                               {"holdout26", "cacar-air", 82.0},
                                               {"holdout27", "kurikulum-merdeka", 87.0},
                                               {"holdout27", "siklus-air", 90.0},
                                               {"holdout28", "rantai-makanan", 86.0},
                                               {"holdout28", "ekonomi-kreatif", 81.0},
                                               {"holdout29", "demokrasi", 82.0},
                                               {"holdout29", "bank-sampah", 80.0},
                                               {"holdout30", "wayang-kulit", 79.0},
                                               {"holdout30", "kecanduan-gawai", 79.0},
                                               {"holdout31", "hujan-asam", 87.0},
                                               {"holdout31", "investasi-emas", 77.0},
                                               {"holdout32", "pubertas", 79.0},
                                               {"holdout32", "transportasi-umum", 83.0},
                                               {"holdout33", "zakat", 79.0},
                                               {"holdout33", "gizi-seimbang", 85.0},
                                               {"holdout34", "peredaran-darah", 88.0},
                                               {"holdout34", "perlindungan-konsumen", 76.0},
                                               {"holdout35", "panas-bumi", 80.0},
                                               {"holdout35", "mataram-islam", 75.0},
                                               {"holdout36", "obligasi", 79.0},
                                               {"holdout36", "demam-tifoid", 82.0},
                                               {"holdout37", "lembaga-negara", 79.0},
                                               {"holdout37", "pltn", 81.0},
                                               {"holdout38", "dana-pensiun", 70.0},
                                               {"holdout38", "osteoporosis", 86.0},
                                               {"holdout39", "kutai", 80.0},
                                               {"holdout39", "jaringan-5g", 90.0},
                                               {"holdout40", "nilai-tukar", 77.0},
                                               {"holdout40", "gastritis", 77.0},
                                               {"holdout41", "bpk", 74.0},
                                               {"holdout41", "gelombang-bunyi", 84.0},
                                               {"holdout42", "asuransi-jiwa", 80.0},
                                               {"holdout42", "demak", 76.0},
                                               {"holdout43", "kata-sandi", 78.0},
                                               {"holdout43", "cacingan", 77.0},
                                               {"holdout44", "rabies", 86.0},
                                               {"holdout44", "tarumanegara", 82.0},
                                               {"holdout45", "erosi-tanah", 83.0},
                                               {"holdout45", "urun-dana", 78.0},
                                               {"holdout46", "gowa-tallo", 74.0},
                                               {"holdout46", "paylater", 82.0},
                                               {"holdout47", "glaukoma", 77.0},
                                               {"holdout47", "plts-atap", 81.0},
                                               {"holdout48", "kebakaran-hutan", 78.0},
                                               {"holdout48", "singasari", 73.0},
                                               {"holdout49", "mikroplastik", 90.0},
                                               {"holdout49", "pasar-modal-syariah", 95.0},
                                               {"holdout50", "anemia-remaja", 80.0},
                                               {"holdout50", "tanda-tangan-elektronik", 87.0},
                                               {"holdout51", "kekeringan", 92.0},
                                               {"holdout51", "asuransi-kendaraan", 84.0},
                                               {"holdout52", "energi-angin", 82.0},
                                               {"holdout52", "pbb", 83.0},
                                               {"holdout53", "limbah-b3", 81.0},
                                               {"holdout53", "kur", 86.0},
                                               {"holdout54", "sistem-imun", 85.0},
                                               {"holdout54", "cagar-budaya", 75.0},
                                               {"holdout55", "sampah-elektronik", 90.0},
                                               {"holdout55", "bpr", 80.0},
                                               {"holdout56", "ketahanan-pangan", 84.0},
                                               {"holdout56", "migrain", 84.0},
                                               {"holdout57", "abrasi-pantai", 81.0},
                                               {"holdout57", "npwp", 73.0},
                                               {"holdout58", "polusi-cahaya", 80.0},
                                               {"holdout58", "dana-darurat", 77.0},
                                               {"holdout59", "qris", 82.0},
                                               {"holdout59", "tsunami", 77.0},
                                               {"holdout60", "sertifikat-halal", 76.0},
                                               {"holdout60", "asam-urat", 77.0},
                                               {"holdout61", "tapera", 69.0},
                                               {"holdout61", "mpox", 81.0},
                                               {"holdout62", "lapisan-ozon", 79.0},
                                               {"holdout62", "angklung", 80.0},
                                               {"holdout63", "kartu-prakerja", 78.0},
                                               {"holdout63", "sistem-pencernaan", 87.0},
                                               {"holdout64", "bumdes", 85.0},
                                               {"holdout64", "sistem-gerak", 91.0},
                                               {"holdout65", "ppn", 77.0},
                                               {"holdout65", "tari-saman", 82.0},
                                               {"holdout66", "ppdb", 83.0},
                                               {"holdout66", "metamorfosis", 85.0},
                                               {"holdout67", "autp", 79.0},
                                               {"holdout67", "perang-diponegoro", 70.0},
                                               {"holdout68", "sim", 72.0},
                                               {"holdout68", "sistem-saraf", 87.0},
                                               {"holdout69", "ki-hajar-dewantara", 72.0},
                                               {"holdout69", "mpasi", 76.0},
                                               {"holdout70", "toga", 86.0},
                                               {"holdout70", "pilkada", 75.0},
                                               {"holdout71", "tenun-ikat", 80.0},
                                               {"holdout71", "vaksin-hpv", 70.0},
                                               {"holdout72", "ransomware", 85.0},
                                               {"holdout72", "devisa", 77.0},
                                               {"holdout73", "cut-nyak-dhien", 71.0},
                                               {"holdout73", "listrik-statis", 80.0},
                                               {"holdout74", "pajak-kendaraan", 71.0},
                                               {"holdout74", "diare", 73.0},
                                               {"holdout75", "norma-sosial", 79.0},
                                               {"holdout75", "gigi-berlubang", 78.0},
                                               {"holdout76", "kpr", 82.0},
                                               {"holdout76", "sel", 87.0},
                                               {"holdout77", "kediri", 71.0},
                                               {"holdout77", "pencemaran-air", 89.0},
                                               {"holdout78", "ekosistem", 87.0},
                                               {"holdout78", "kartini", 80.0},
                                               {"holdout79", "sembelit", 76.0},
                                               {"holdout79", "ojk", 85.0},
                                               {"holdout80", "pph21", 88.0},
                                               {"holdout80", "gotong-royong", 82.0},
                                               {"holdout81", "pertumbuhan-ekonomi", 84.0},
                                               {"holdout81", "badak-jawa", 82.0},
                                               {"holdout82", "obesitas", 78.0},
                                               {"holdout82", "gerabah", 77.0},
                                               {"holdout83", "linggarjati", 75.0},
                                               {"holdout83", "fermentasi", 82.0},
                                               {"holdout84", "jamu", 85.0},
                                               {"holdout84", "apbn", 86.0},
                                               {"holdout85", "soedirman", 69.0},
                                               {"holdout85", "magnet", 86.0},
                                               {"holdout86", "lele", 77.0},
                                               {"holdout86", "prambanan", 78.0},
                                               {"holdout87", "spt-tahunan", 84.0},
                                               {"holdout87", "sistem-ekskresi", 78.0},
                                               {"holdout88", "cv", 84.0},
                                               {"holdout88", "krakatau", 79.0},
                                               {"holdout89", "puasa-intermiten", 89.0},
                                               {"holdout89", "sarekat-islam", 65.0},
                                               {"holdout90", "merek", 87.0},
                                               {"holdout90", "reog", 85.0},
                                               {"holdout91", "plta", 84.0},
                                               {"holdout91", "pattimura", 69.0},
                                               {"holdout92", "daur-ulang-kertas", 82.0},
                                               {"holdout92", "hak-anak", 71.0},
                                               {"holdout93", "tanah-longsor", 85.0},
                                               {"holdout93", "dompet-digital", 90.0},
                                               {"holdout94", "miopi", 78.0},
                                               {"holdout94", "ternate", 73.0},
                                               {"holdout95", "ekonomi-sirkular", 82.0},
                                               {"holdout95", "danau-toba", 72.0},
                                               {"holdout96", "gamelan", 84.0},
                                               {"holdout96", "kredit-motor", 83.0},
                                               {"holdout97", "biomassa", 85.0},
                                               {"holdout97", "kesultanan-aceh", 76.0},
                                               {"holdout98", "asi-eksklusif", 84.0},
                                               {"holdout98", "bung-hatta", 80.0},
                                               {"holdout99", "pajak-karbon", 80.0},
                                               {"holdout99", "rumah-gadang", 89.0},
                                               {"holdout100", "gps", 84.0},
                                               {"holdout100", "pertempuran-surabaya", 71.0},
                                               {"holdout101", "hutan-hujan-tropis", 89.0},
                                               {"holdout101", "samudera-pasai", 84.0},
                                               {"holdout102", "mahkamah-konstitusi", 81.0},
                                               {"holdout102", "hepatitis-b", 80.0},
                                               {"holdout103", "sukuk", 80.0},
                                               {"holdout103", "keris", 87.0},
                                               {"holdout104", "batu-ginjal", 86.0},
                                               {"holdout104", "sultan-agung", 75.0},
                                               {"holdout105", "literasi-keuangan", 90.0},
                                               {"holdout105", "perjanjian-giyanti", 71.0},
                                               {"holdout106", "maggot-bsf", 72.0},
                                               {"holdout106", "bpupki", 77.0},
                                               {"holdout107", "usaha-laundry", 82.0},
                                               {"holdout107", "gajah-mada", 79.0},
                                               {"holdout108", "air-bersih", 72.0},
                                               {"holdout108", "dewi-sartika", 71.0},
                                               {"holdout109", "pupuk-organik-cair", 82.0},
                                               {"holdout109", "perang-padri", 72.0},
                                               {"holdout110", "ojek-online", 75.0},
                                               {"holdout110", "sisingamangaraja", 79.0},
                                               {"holdout111", "herpes-zoster", 74.0},
                                               {"holdout111", "konferensi-asia-afrika", 82.0},
                                               {"holdout112", "kendaraan-listrik", 79.0},
                                               {"holdout112", "kesultanan-banten", 73.0},
                                               {"holdout113", "tanam-paksa", 75.0},
                                               {"holdout113", "campak", 76.0},
                                               {"holdout114", "sbn-ritel", 76.0},
                                               {"holdout114", "kota-pintar", 92.0},
                                               {"holdout115", "perang-banjar", 77.0},
                                               {"holdout115", "sleep-apnea", 76.0},
                                               {"holdout116", "waralaba", 81.0},
                                               {"holdout116", "planet-mars", 78.0},
                                               {"holdout117", "tari-kecak", 78.0},
                                               {"holdout117", "aset-kripto", 68.0},
                                               {"holdout118", "vertigo", 83.0},
                                               {"holdout118", "lubang-hitam", 86.0},
                                               {"holdout119", "perang-aceh", 69.0},
                                               {"holdout119", "cuti-melahirkan", 72.0},
                                               {"holdout120", "tetanus", 78.0},
                                               {"holdout120", "komputer-kuantum", 79.0},
                                               {"holdout121", "mataram-kuno", 84.0},
                                               {"holdout121", "bpjs-ketenagakerjaan", 76.0},
                                               {"holdout122", "jerawat", 73.0},
                                               {"holdout122", "pertanian-organik", 84.0},
                                               {"holdout123", "kerajaan-kalingga", 87.0},
                                               {"holdout123", "gadai-emas", 66.0},
                                               {"holdout124", "alergi-makanan", 87.0},
                                               {"holdout124", "satelit-buatan", 76.0},
                                               {"holdout125", "gondongan", 81.0},
                                               {"holdout125", "asuransi-perjalanan", 76.0},
                                               {"holdout126", "kesultanan-tidore", 84.0},
                                               {"holdout126", "printer-3d", 80.0},
                                               {"holdout127", "hujan-meteor", 76.0},
                                               {"holdout127", "sewa-guna-usaha", 90.0},
                                               {"holdout128", "rubella", 83.0},
                                               {"holdout128", "perang-bubat", 75.0},
                                               {"holdout129", "demensia", 87.0},
                                               {"holdout129", "pkh", 78.0},
                                               {"holdout130", "kerajaan-pajajaran", 81.0},
                                               {"holdout130", "sel-bahan-bakar", 85.0},
                                               {"holdout131", "osteoartritis", 83.0},
                                               {"holdout131", "asuransi-pendidikan", 86.0},
                                               {"holdout132", "puputan-margarana", 81.0},
                                               {"holdout132", "drone", 86.0},
                                               {"holdout133", "hipertiroid", 83.0},
                                               {"holdout133", "bea-meterai", 77.0},
                                               {"holdout134", "rengasdengklok", 76.0},
                                               {"holdout134", "realitas-virtual", 87.0},
                                               {"holdout135", "batu-empedu", 86.0},
                                               {"holdout135", "arisan", 81.0},
                                               {"holdout136", "perjanjian-renville", 84.0},
                                               {"holdout136", "pemanenan-air-hujan", 88.0},
                                               {"holdout137", "skoliosis", 79.0},
                                               {"holdout137", "pesangon", 79.0},
                                               {"holdout138", "kesultanan-cirebon", 79.0},
                                               {"holdout138", "serat-optik", 85.0},
                                               {"holdout139", "gerd", 76.0},
                                               {"holdout139", "bank-syariah", 86.0},
                                               {"holdout140", "budi-utomo", 67.0},
                                               {"holdout140", "baterai-litium", 78.0},
                                               {"holdout141", "katarak", 76.0},
                                               {"holdout141", "slik-ojk", 80.0},
                                               {"holdout142", "pertempuran-ambarawa", 77.0},
                                               {"holdout142", "irigasi-tetes", 80.0},
                                               {"holdout143", "sinusitis", 89.0},
                                               {"holdout143", "perjanjian-roem-roijen", 82.0},
                                               {"holdout144", "asuransi-properti", 78.0},
                                               {"holdout144", "energi-pasang-surut", 78.0},
                                               {"holdout145", "asma", 85.0},
                                               {"holdout145", "pemberontakan-peta-blitar", 81.0},
                                               {"holdout146", "bi-fast", 75.0},
                                               {"holdout146", "semikonduktor", 83.0},
                                               {"holdout147", "kolesterol", 78.0},
                                               {"holdout147", "serangan-umum-1-maret", 67.0},
                                               {"holdout148", "tabungan-haji", 89.0},
                                               {"holdout148", "radar", 89.0},
                                               {"holdout149", "ombudsman", 79.0},
                                               {"holdout149", "tinitus", 87.0},
                                               {"holdout150", "komputasi-tepi", 89.0},
                                               {"holdout150", "perjanjian-bongaya", 79.0},
                                               {"holdout151", "tabungan-berjangka", 91.0},
                                               {"holdout151", "insomnia", 84.0},
                                               {"holdout152", "upah-minimum", 78.0},
                                               {"holdout152", "dna", 89.0},
                                               {"holdout153", "wakaf", 80.0},
                                               {"holdout153", "kista-ovarium", 81.0},
                                               {"holdout154", "enkripsi", 92.0},
                                               {"holdout154", "dekrit-presiden-1959", 84.0},
                                               {"holdout155", "kdrt", 79.0},
                                               {"holdout155", "gagal-ginjal-kronis", 75.0},
                                               {"holdout156", "konferensi-meja-bundar", 77.0},
                                               {"holdout156", "sistem-operasi", 84.0},
                                               {"holdout157", "resesi", 76.0},
                                               {"holdout157", "usus-buntu", 84.0},
                                               {"holdout158", "bandung-lautan-api", 80.0},
                                               {"holdout158", "el-nino", 77.0},
                                               {"holdout159", "sertifikat-tanah", 81.0},
                                               {"holdout159", "psoriasis", 85.0},
                                               {"holdout160", "perjanjian-tordesillas", 68.0},
                                               {"holdout160", "bioteknologi", 88.0},
                                               {"holdout161", "paten", 71.0},
                                               {"holdout161", "ispa", 77.0},
                                               {"holdout162", "pertempuran-lima-hari", 72.0},
                                               {"holdout162", "pencemaran-tanah", 82.0},
                                               {"holdout163", "utang-luar-negeri", 91.0},
                                               {"holdout163", "talasemia", 82.0},
                                               {"holdout164", "wali-songo", 87.0},
                                               {"holdout164", "big-data", 84.0},
                                               {"holdout165", "kartu-debit", 76.0},
                                               {"holdout165", "kusta", 78.0},
                                               {"holdout166", "medan-area", 77.0},
                                               {"holdout166", "robotika", 81.0},
                                               {"holdout167", "cuaca-ekstrem", 84.0}}));
  const std::string dir = testing::source_dir() + "/tests/qa/" + set + "/";
  std::ifstream article(dir + id + ".md");
  REQUIRE(article);
  std::string text((std::istreambuf_iterator<char>(article)), std::istreambuf_iterator<char>());
  testing::ArticleBot bot("floor-" + id, id + ".md", text);
  auto [good, total] = score(*bot.bot, dir + id + ".jsonl");
  double accuracy = 100.0 * good / total;
  INFO(id << ": accuracy " << good << "/" << total);
  // (As many as tests/qa/BRIEF.md asks of a set at the least.)
  CHECK(total >= 45);
  CHECK(accuracy >= floor);
}
