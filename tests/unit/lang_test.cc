// Tests of the readers of Debian's Indonesian language resources, against
// the installed packages (mythes-id, dict-freedict-eng-ind, hunspell-id)
// and against small files written here for the format edge cases.
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/files.h"
#include "bot/lexicon.h"
#include "testing.h"
#include "text/english.h"
#include "text/speller.h"
#include "text/thesaurus.h"
#include "text/wordnet.h"

using namespace tanya;

namespace {

const char kThesaurus[] = "/usr/share/mythes/th_id_ID_v2";
const char kEnglish[] = "/usr/share/dictd/freedict-eng-ind";
const char kSpeller[] = "/usr/share/hunspell/id_ID";

// Loaded once per process: each is immutable (or locked) and shared.
const Thesaurus& thesaurus() {
  static const std::unique_ptr<Thesaurus> t = [] {
    std::string error;
    auto p = Thesaurus::load(kThesaurus, &error);
    if (!p) FAIL("cannot load the thesaurus: " << error);
    return p;
  }();
  return *t;
}

const EnglishDictionary& english() {
  static const std::unique_ptr<EnglishDictionary> d = [] {
    std::string error;
    auto p = EnglishDictionary::load(kEnglish, &error);
    if (!p) FAIL("cannot load the English dictionary: " << error);
    return p;
  }();
  return *d;
}

const Speller& speller() {
  static const std::unique_ptr<Speller> s = [] {
    std::string error;
    auto p = Speller::load(kSpeller, &error);
    if (!p) FAIL("cannot load the speller: " << error);
    return p;
  }();
  return *s;
}

const WordNet& wordnet() {
  static const std::unique_ptr<WordNet> w = [] {
    std::string error;
    auto p = WordNet::load("/usr/share/wordnet", &error);
    if (!p) FAIL("cannot load WordNet: " << error);
    return p;
  }();
  return *w;
}

std::vector<std::string> words(const std::vector<Synonym>& synonyms) {
  std::vector<std::string> out;
  for (const Synonym& s : synonyms) out.push_back(s.word);
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

int sense_of(const std::vector<Synonym>& synonyms, const std::string& word) {
  for (const Synonym& s : synonyms) {
    if (s.word == word) return s.sense;
  }
  return -1;
}

// A scratch directory removed at the end of the test.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("tanya-lang-test-" + std::to_string(::getpid()) + "-" + name)) {
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }

  void write(const std::string& name, const std::string& content) const {
    std::ofstream out(file(name), std::ios::binary);
    out << content;
  }

 private:
  std::filesystem::path path_;
};

std::vector<std::string> index_headwords(const std::string& path, char separator) {
  std::vector<std::string> out;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    const size_t sep = line.find(separator);
    if (sep != std::string::npos) out.push_back(line.substr(0, sep));
  }
  return out;
}

std::string dictd_b64(size_t n) {
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  do {
    out.insert(out.begin(), kAlphabet[n % 64]);
    n /= 64;
  } while (n > 0);
  return out;
}

bool has_digit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// ---------------------------------------------------------------- wordnet

TEST_CASE("wordnet gives the base forms of inflected English words", "[lang][wordnet]") {
  CHECK(contains(wordnet().base_forms("proclaimed"), "proclaim"));
  CHECK(contains(wordnet().base_forms("raised"), "raise"));
  CHECK(contains(wordnet().base_forms("children"), "child"));  // irregular: noun.exc
  CHECK(contains(wordnet().base_forms("cities"), "city"));
  CHECK(wordnet().base_forms("reduce").front() == "reduce");
  CHECK(wordnet().base_forms("xqzv").empty());
}

TEST_CASE("wordnet gives synonyms by sense and derived words", "[lang][wordnet]") {
  const std::vector<std::string> reduce = wordnet().synonyms("reduce");
  CHECK(contains(reduce, "cut down"));  // a phrase, with its space
  CHECK_FALSE(contains(reduce, "reduce"));
  CHECK(contains(wordnet().derived("proclaim"), "proclamation"));
  CHECK(contains(wordnet().derived("educate"), "education"));
  // Derived from the word itself, not from a synonym in its synset.
  CHECK_FALSE(contains(wordnet().derived("proclaim"), "laudation"));
  CHECK(wordnet().synonyms("xqzv").empty());
}

TEST_CASE("wordnet gives a word's own antonyms", "[lang][wordnet]") {
  CHECK(contains(wordnet().antonyms("incomplete"), "complete"));
  CHECK(contains(wordnet().antonyms("complete"), "incomplete"));
  CHECK(contains(wordnet().antonyms("unhealthy"), "healthy"));
  // Opposite of the word itself, not of a synonym in its synset: "partial"
  // shares "incomplete"'s sense but has no antonym of its own there.
  CHECK_FALSE(contains(wordnet().antonyms("partial"), "complete"));
  // Derivations are no antonyms.
  CHECK_FALSE(contains(wordnet().antonyms("proclaim"), "proclamation"));
  CHECK(wordnet().antonyms("xqzv").empty());
}

TEST_CASE("wordnet reports a missing directory", "[lang][wordnet]") {
  std::string error;
  CHECK(WordNet::load("/nonexistent/wordnet", &error) == nullptr);
  CHECK(error.find("index.noun") != std::string::npos);
}

// ---------------------------------------------------------------- thesaurus

TEST_CASE("thesaurus loads every entry of mythes-id", "[lang][thesaurus]") {
  CHECK(thesaurus().entries() == 20852);
}

TEST_CASE("thesaurus gives synonyms, never antonyms", "[lang][thesaurus]") {
  const auto manfaat = thesaurus().synonyms("manfaat");
  const auto w = words(manfaat);
  CHECK(contains(w, "faedah"));
  CHECK(contains(w, "guna"));
  CHECK(contains(w, "keuntungan"));
  CHECK_FALSE(contains(w, "mudarat"));  // [ant]
  CHECK_FALSE(contains(w, "rugi"));     // [ant]
  CHECK_FALSE(contains(w, "manfaat"));
  CHECK(w.front() == "arti");  // file order
  CHECK(sense_of(manfaat, "faedah") == 0);
}

TEST_CASE("thesaurus numbers senses in file order", "[lang][thesaurus]") {
  const auto dampak = thesaurus().synonyms("dampak");
  const auto w = words(dampak);
  CHECK(contains(w, "akibat"));
  CHECK(contains(w, "efek"));
  CHECK(contains(w, "pengaruh"));
  CHECK(sense_of(dampak, "akibat") == 0);
  CHECK(sense_of(dampak, "benturan") == 1);
  CHECK(sense_of(dampak, "tumbukan") == 1);
}

TEST_CASE("thesaurus gives each synonym its sense's word class", "[lang][thesaurus]") {
  auto class_of = [](const std::vector<Synonym>& syns, const std::string& word) {
    for (const Synonym& s : syns) {
      if (s.word == word) return s.word_class;
    }
    return std::string("?");
  };
  const auto lewat = thesaurus().synonyms("lewat");  // [v], [a], [adv], [p] senses
  CHECK(class_of(lewat, "melalui") == "v");
  CHECK(class_of(lewat, "via") == "p");
  CHECK(class_of(lewat, "setelah") == "adv");
  CHECK(class_of(thesaurus().synonyms("harga"), "nilai") == "n");
  CHECK(class_of(thesaurus().synonyms("mahal"), "langka") == "a");
  CHECK(class_of(thesaurus().synonyms("selagi"), "sementara") == "adv");
}

TEST_CASE("thesaurus handles multi-word entries and synonyms", "[lang][thesaurus]") {
  const auto w = words(thesaurus().synonyms("kerja sama"));
  CHECK(w == std::vector<std::string>{"kolaborasi", "kooperasi", "partisipasi"});
  CHECK(contains(words(thesaurus().synonyms("negara")), "tanah air"));
  CHECK(words(thesaurus().synonyms("kerja  sama")) == w);  // spaces folded
}

TEST_CASE("thesaurus gives antonyms apart from synonyms", "[lang][thesaurus]") {
  CHECK(contains(words(thesaurus().antonyms("cepat")), "lambat"));
  CHECK(contains(words(thesaurus().antonyms("laki-laki")), "perempuan"));
  CHECK_FALSE(contains(words(thesaurus().synonyms("cepat")), "lambat"));
  CHECK_FALSE(contains(words(thesaurus().antonyms("cepat")), "segera"));
  CHECK(thesaurus().antonyms("xqzvk").empty());
}

TEST_CASE("thesaurus gives nothing for unknown words", "[lang][thesaurus]") {
  CHECK(thesaurus().synonyms("xqzvk").empty());
  CHECK(thesaurus().synonyms("").empty());
  CHECK(thesaurus().synonyms("kerja").size() > 0);
  CHECK(thesaurus().synonyms("kerj").empty());  // no prefix matches
}

TEST_CASE("thesaurus repairs the broken lines of mythes-id", "[lang][thesaurus]") {
  // "[a]|kuat|perkasabertinggung|1": the next header is glued to a word,
  // and the line after it belongs to "bertinggung".
  const auto bertenaga = words(thesaurus().synonyms("bertenaga"));
  CHECK(contains(bertenaga, "perkasa"));
  CHECK(contains(bertenaga, "kuat"));
  CHECK_FALSE(contains(bertenaga, "perkasabertinggung"));
  CHECK_FALSE(contains(bertenaga, "berjongkok"));
  CHECK_FALSE(contains(bertenaga, "1"));
  const auto berkeliling = words(thesaurus().synonyms("berkeliling"));
  CHECK(contains(berkeliling, "mengitar"));
  CHECK_FALSE(contains(berkeliling, "berkunjung"));  // bermanjau's synonym
  // "alang": "[ant]cukup|pas|sedang", antonyms with the marker glued on.
  const auto alang = words(thesaurus().synonyms("alang"));
  CHECK(alang == std::vector<std::string>{"kepalang", "setengah-setengah", "tanggung"});
  // "kurang": "[a]|[adv]|minim|rendah", an empty sense.
  const auto kurang = thesaurus().synonyms("kurang");
  CHECK(sense_of(kurang, "minim") == 0);
  CHECK(sense_of(kurang, "minus") == 1);
  // "[n]|listrik [n]|partikel": a marker inside the line starts a sense.
  const auto elektrik = thesaurus().synonyms("elektrik");
  CHECK(sense_of(elektrik, "listrik") == 0);
  CHECK(sense_of(elektrik, "partikel") == 1);
  // "[n]|ki] sesepuh|tokoh"
  CHECK(contains(words(thesaurus().synonyms("orang tua")), "sesepuh"));
  // Duplicated entries ("bersuai" twice) give each synonym once.
  const auto bersuai = words(thesaurus().synonyms("bersuai"));
  CHECK(bersuai.size() == 3);
  // Digits typed into words: "sarapan1", "di0 fusi".
  CHECK(contains(words(thesaurus().synonyms("makanan pagi-pagi")), "sarapan"));
  const auto baur = words(thesaurus().synonyms("baur"));
  CHECK(contains(baur, "campur"));
  CHECK_FALSE(contains(baur, "di0 fusi"));
  CHECK(contains(words(thesaurus().synonyms("emas murni")), "emas 24 karat"));
}

TEST_CASE("thesaurus prefers the lowercase entry of a word", "[lang][thesaurus]") {
  // "jabar" (to explain) and "Jabar" (a name of God) are both in the file.
  const auto jabar = words(thesaurus().synonyms("jabar"));
  CHECK(contains(jabar, "menjelaskan"));
  CHECK_FALSE(contains(jabar, "mahakuasa"));
  // Capitalised-only entries are found from lowercase input, lowercased.
  CHECK(contains(words(thesaurus().synonyms("allah")), "tuhan"));
}

TEST_CASE("thesaurus synonyms are clean for every entry", "[lang][thesaurus]") {
  const auto headwords = index_headwords(std::string(kThesaurus) + ".idx", '|');
  REQUIRE(headwords.size() == 20852);
  size_t with_synonyms = 0;
  for (const std::string& h : headwords) {
    std::string lower = h;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    const auto synonyms = thesaurus().synonyms(lower);
    if (!synonyms.empty()) ++with_synonyms;
    int last_sense = 0;
    for (const Synonym& s : synonyms) {
      INFO(h << " -> '" << s.word << "'");
      CHECK(!s.word.empty());
      CHECK(s.word != lower);
      CHECK(s.word.find_first_of("[]|\t") == std::string::npos);
      CHECK(s.word.front() != ' ');
      CHECK(s.word.back() != ' ');
      CHECK(s.word.find("  ") == std::string::npos);
      CHECK(
          std::none_of(s.word.begin(), s.word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
      CHECK(s.sense >= last_sense);  // senses only go forward
      last_sense = s.sense;
    }
  }
  // A few entries hold only antonyms or broken lines.
  CHECK(with_synonyms > 20000);
}

TEST_CASE("thesaurus converts ISO-8859-1 to UTF-8", "[lang][thesaurus]") {
  TempDir dir("latin1");
  // "café" with É/é as single Latin-1 bytes; the offset of its entry is 11.
  dir.write("th.idx", "ISO-8859-1\n1\ncaf\xE9|11\n");
  dir.write("th.dat",
            "ISO-8859-1\ncaf\xE9|2\n[n]|kedai|K\xC9"
            "DAI KOPI\n[ant]|rumah\n");
  std::string error;
  auto th = Thesaurus::load(dir.file("th"), &error);
  REQUIRE(th != nullptr);
  CHECK(th->entries() == 1);
  const auto w = words(th->synonyms("caf\xC3\xA9"));
  CHECK(w == std::vector<std::string>{"kedai",
                                      "k\xC3\xA9"
                                      "dai kopi"});
}

TEST_CASE("thesaurus reports missing and malformed files", "[lang][thesaurus]") {
  std::string error;
  CHECK(Thesaurus::load("/nonexistent/th_id_ID_v2", &error) == nullptr);
  CHECK(error.find("/nonexistent/th_id_ID_v2.idx") != std::string::npos);
  CHECK(Thesaurus::load("/nonexistent/th", nullptr) == nullptr);  // no error wanted

  TempDir dir("malformed");
  dir.write("th.dat", "ISO-8859-1\nkata|1\n[n]|kalimat\n");
  dir.write("th.idx", "ISO-8859-1\n1\nkata|999999\n");  // offset past the end
  error.clear();
  CHECK(Thesaurus::load(dir.file("th"), &error) == nullptr);
  CHECK(error.find("malformed") != std::string::npos);
  dir.write("th.idx", "ISO-8859-1\n2\nkata|11\n");  // count says 2
  error.clear();
  CHECK(Thesaurus::load(dir.file("th"), &error) == nullptr);
  CHECK(!error.empty());
  dir.write("th.idx", "KOI8-R\n1\nkata|11\n");
  error.clear();
  CHECK(Thesaurus::load(dir.file("th"), &error) == nullptr);
  CHECK(error.find("encoding") != std::string::npos);
  dir.write("th.idx", "ISO-8859-1\n1\nkata|11\n");
  REQUIRE(Thesaurus::load(dir.file("th"), &error) != nullptr);
  CHECK(words(Thesaurus::load(dir.file("th"), &error)->synonyms("kata")) ==
        std::vector<std::string>{"kalimat"});
}

// ------------------------------------------------------------------ english

TEST_CASE("english loads the FreeDict dictionary", "[lang][english]") {
  CHECK(english().entries() == 10296);  // as its header says: "Size: 10296 headwords"
  CHECK(english().longest_headword_words() >= 5);
}

TEST_CASE("english tells a headword's parts of speech", "[lang][english]") {
  CHECK(english().parts_of_speech("count") == std::vector<std::string>{"v"});
  CHECK(contains(english().parts_of_speech("threshold"), "n"));
  CHECK(english().parts_of_speech("xqzvk").empty());
  CHECK(english().parts_of_speech("").empty());
}

TEST_CASE("english gives the translations of one part of speech", "[lang][english]") {
  // "sign" is "tanda" as a noun and "menandatangani" as a verb.
  const auto verb = english().translations("sign", "v");
  CHECK(contains(verb, "menandatangani"));
  CHECK_FALSE(contains(verb, "tanda"));
  CHECK(contains(english().translations("sign", "n"), "tanda"));
  CHECK(english().translations("sign", "adj").empty());
  CHECK(english().translations("xqzvk", "v").empty());
}

TEST_CASE("an English verb the article lacks does not sink an English question", "[bot][english]") {
  testing::ArticleBot article("english-verb-everyday", "darah.md", R"(---
title: Trombosit
source: contoh.id
language: id
category: Kesehatan
subject: Trombosit
---

# Trombosit

Trombosit adalah keping darah yang membantu pembekuan.

## Nilai Normal

Jumlah trombosit normal adalah 150.000 sampai 450.000 per mikroliter darah.
)");
  // "count" is only a verb in FreeDict: it says what is done, like an
  // Indonesian verb the article lacks, and is no unknown thing asked about.
  Answer a = article.bot->ask("v1", "What is a normal platelet count?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("150.000") != std::string::npos);
}

TEST_CASE("english translates words and phrases", "[lang][english]") {
  const auto cooperation = english().translations("cooperation");
  CHECK(contains(cooperation, "kerja sama"));
  CHECK(cooperation.front() == "kerja sama");
  CHECK(english().translations("tax") == std::vector<std::string>{"pajak", "cukai"});
  // Numbered senses with extra glosses ("1. bank 2.\ninstitution\n 3.\n...").
  const auto bank = english().translations("bank");
  CHECK(contains(bank, "bank"));
  CHECK(contains(bank, "gosong"));
  // Entries for several parts of speech are merged ("book" <n> and <v>).
  const auto book = english().translations("book");
  CHECK(contains(book, "buku"));
  CHECK(contains(book, "pesan"));
  CHECK(contains(english().translations("a little"), "sedikit"));
  CHECK(contains(english().translations("water"), "air"));
}

TEST_CASE("english lookup is case-insensitive and ignores punctuation", "[lang][english]") {
  CHECK(english().translations("Tax") == english().translations("tax"));
  CHECK(english().translations("COOPERATION") == english().translations("cooperation"));
  // dictd indexes "good-for-nothing" as "goodfornothing".
  CHECK(contains(english().translations("good-for-nothing"), "brengsek"));
  CHECK(contains(english().translations("  a   little "), "sedikit"));
  // A compound hyphenated where FreeDict writes it open ("value added tax").
  CHECK(contains(english().translations("value-added tax"), "pajak pertambahan nilai"));
}

TEST_CASE("an English acronym the dictionary lacks is read through WordNet's full name",
          "[lang][english]") {
  testing::ArticleBot article("english-acronym", "pajak.md", R"(---
title: Pajak Pertambahan Nilai
subject: Pajak Pertambahan Nilai
---

# Pajak Pertambahan Nilai

Pajak pertambahan nilai (PPN) adalah pajak atas konsumsi barang dan jasa di dalam negeri. PPN dipungut oleh penjual setiap kali barang berpindah tangan.

## Tarif PPN

Tarif umum PPN saat ini adalah 12% dari harga jual.
)");
  // "VAT" is WordNet's "value-added tax", which FreeDict has open.
  Answer a = article.bot->ask("vat", "What is VAT?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("pajak atas konsumsi") != std::string::npos);
}

TEST_CASE("english gives nothing for unknown words", "[lang][english]") {
  CHECK(english().translations("xqzvk").empty());
  CHECK(english().translations("").empty());
  CHECK(english().translations("00databaseinfo").empty());  // dictd metadata
  CHECK(english().translations("coop").empty());            // no prefix matches
}

TEST_CASE("english cleans wiki links, notes and sense numbers", "[lang][english]") {
  // "[[kemudi|mengemudi(kan)]]"
  CHECK(contains(english().translations("drive"), "mengemudi"));
  // "abang, saudara, [[adik laki-laki]], [[kakak laki-laki]]"
  CHECK(contains(english().translations("brother"), "adik laki-laki"));
  // "(orang) brengsek"
  CHECK(contains(english().translations("goodfornothing"), "brengsek"));
  // "apa kabar?"
  CHECK(contains(english().translations("how do you do"), "apa kabar"));
  // "saya perlu ..." is a template, not a translation.
  CHECK(english().translations("i need").empty());
  // Digits stay only where the headword has them.
  CHECK(english().translations("10th") == std::vector<std::string>{"ke-10"});
}

TEST_CASE("english translations are clean for every headword", "[lang][english]") {
  const auto headwords = index_headwords(std::string(kEnglish) + ".index", '\t');
  REQUIRE(headwords.size() > 10000);
  size_t translated = 0;
  for (const std::string& h : headwords) {
    if (h.rfind("00database", 0) == 0) continue;
    const auto translations = english().translations(h);
    if (!translations.empty()) ++translated;
    for (const std::string& t : translations) {
      INFO(h << " -> '" << t << "'");
      CHECK(!t.empty());
      CHECK(t.front() != ' ');
      CHECK(t.back() != ' ');
      CHECK(t.find("  ") == std::string::npos);
      CHECK(t.find_first_of("<>()[]{}|/\n\t,;!?") == std::string::npos);
      CHECK(t.find("...") == std::string::npos);
      if (!has_digit(h)) CHECK_FALSE(has_digit(t));
      CHECK(std::none_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
      CHECK(std::count(t.begin(), t.end(), ' ') < 12);
    }
    CHECK(std::set<std::string>(translations.begin(), translations.end()).size() ==
          translations.size());
  }
  CHECK(translated > 10000);
}

TEST_CASE("english decodes dictd indexes and reads plain .dict files", "[lang][english]") {
  TempDir dir("dictd");
  const std::string header = "00-database-info\nA test dictionary\n";
  const std::string entry1 = "tax //taks// <n>\npajak, cukai\nmoney taken by government\n";
  const std::string entry2 =
      "run /r/ <v>\n1. menjalankan 2.\nto be in charge of\n 3.\nto execute\n2. berlari\nto move\n";
  const std::string text = header + entry1 + entry2;
  const size_t off1 = header.size();
  const size_t off2 = off1 + entry1.size();
  dir.write("d.index", "00databaseinfo\tA\t" + dictd_b64(header.size()) + "\nRun\t" +
                           dictd_b64(off2) + "\t" + dictd_b64(entry2.size()) + "\ntax\t" +
                           dictd_b64(off1) + "\t" + dictd_b64(entry1.size()) + "\n");
  {
    gzFile gz = gzopen(dir.file("d.dict.dz").c_str(), "wb");
    REQUIRE(gz != nullptr);
    gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
    gzclose(gz);
  }
  std::string error;
  auto d = EnglishDictionary::load(dir.file("d"), &error);
  REQUIRE(d != nullptr);
  CHECK(d->entries() == 2);
  CHECK(d->translations("tax") == std::vector<std::string>{"pajak", "cukai"});
  CHECK(d->translations("run") == std::vector<std::string>{"menjalankan", "berlari"});

  std::filesystem::remove(dir.file("d.dict.dz"));
  dir.write("d.dict", text);
  d = EnglishDictionary::load(dir.file("d"), &error);
  REQUIRE(d != nullptr);
  CHECK(d->translations("tax") == std::vector<std::string>{"pajak", "cukai"});

  dir.write("d.index", "tax\tA\t" + dictd_b64(text.size() + 1) + "\n");  // past the end
  error.clear();
  CHECK(EnglishDictionary::load(dir.file("d"), &error) == nullptr);
  CHECK(error.find("malformed") != std::string::npos);
  dir.write("d.index", "tax\tA*\tB\n");  // not base64
  error.clear();
  CHECK(EnglishDictionary::load(dir.file("d"), &error) == nullptr);
  CHECK(error.find("malformed") != std::string::npos);
}

TEST_CASE("english reports missing files", "[lang][english]") {
  std::string error;
  CHECK(EnglishDictionary::load("/nonexistent/freedict-eng-ind", &error) == nullptr);
  CHECK(error.find("/nonexistent/freedict-eng-ind.index") != std::string::npos);
  TempDir dir("nodict");
  dir.write("d.index", "tax\tA\tB\n");
  error.clear();
  CHECK(EnglishDictionary::load(dir.file("d"), &error) == nullptr);
  CHECK(error.find("d.dict.dz") != std::string::npos);
}

// ------------------------------------------------------------------ speller

TEST_CASE("speller accepts Indonesian words", "[lang][speller]") {
  CHECK(speller().valid("negara"));
  CHECK(speller().valid("kerja"));
  CHECK(speller().valid("bekerja"));  // affix rules
  CHECK_FALSE(speller().valid("xqzvk"));
  CHECK_FALSE(speller().valid(""));
  CHECK_FALSE(speller().valid("\xE6\x97\xA5\xE6\x9C\xAC"));  // not Latin-1: cannot be a word
  CHECK_FALSE(speller().valid(std::string(300, 'a')));
}

TEST_CASE("speller suggests corrections", "[lang][speller]") {
  const auto s = speller().suggest("negra");
  REQUIRE_FALSE(s.empty());
  CHECK(contains(s, "negara"));
  for (const std::string& w : s) {
    CHECK(std::none_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
  }
  CHECK(speller().suggest("").empty());
}

TEST_CASE("speller finds the stems chat shorthand abbreviates", "[lang][speller]") {
  CHECK(contains(speller().abbreviated("tlat"), "telat"));
  CHECK(contains(speller().abbreviated("dftr"), "daftar"));
  // A doubled letter and the "g" of "ng" are kept once ("yg" for "yang").
  CHECK(contains(speller().abbreviated("yg"), "yang"));
  // Only longer words: a word is not its own shorthand.
  for (const std::string& w : speller().abbreviated("bayar")) CHECK(w.size() > 5);
  CHECK(speller().abbreviated("").empty());
  CHECK(speller().abbreviated("caf\xC3\xA9").empty());
}

TEST_CASE("speller finds a word's roots through the nasal prefixes", "[lang][speller]") {
  // Snowball leaves "unggak" of "menunggak" and "tungga" of "tunggakan".
  CHECK(contains(speller().roots("menunggak"), "tunggak"));
  CHECK(contains(speller().roots("tunggakan"), "tunggak"));
  CHECK(contains(speller().roots("pengurangan"), "kurang"));
  CHECK(speller().roots("xqzvk").empty());
  CHECK(speller().roots("").empty());
}

TEST_CASE("speller splits closed compounds", "[lang][speller]") {
  CHECK(speller().split_compound("kerjasama") == std::vector<std::string>{"kerja", "sama"});
  // Hunspell suggests "sum berdaya" first; the balanced split wins.
  CHECK(speller().split_compound("sumberdaya") == std::vector<std::string>{"sumber", "daya"});
  CHECK(speller().split_compound("tanggungjawab") == std::vector<std::string>{"tanggung", "jawab"});
  CHECK(speller().split_compound("rumahsakit") == std::vector<std::string>{"rumah", "sakit"});
  CHECK(speller().split_compound("negara").empty());
  // Valid words are never split, though Hunspell offers "dam pak".
  CHECK(speller().split_compound("dampak").empty());
  CHECK(speller().split_compound("xqzvk").empty());
  CHECK(speller().split_compound("").empty());
}

TEST_CASE("speller is safe to share between threads", "[lang][speller]") {
  const Speller& s = speller();
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (size_t t = 0; t < ok.size(); ++t) {
    threads.emplace_back([&s, &ok, t] {
      for (int i = 0; i < 20; ++i) {
        if (s.valid("negara") && !s.valid("xqzvk") && s.split_compound("kerjasama").size() == 2) {
          ++ok[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(ok == std::vector<int>(4, 20));
}

TEST_CASE("speller reports missing files", "[lang][speller]") {
  std::string error;
  CHECK(Speller::load("/nonexistent/id_ID", &error) == nullptr);
  CHECK(error.find("/nonexistent/id_ID.aff") != std::string::npos);
}

TEST_CASE("English loanwords are respelled the Indonesian way", "[text][loanword]") {
  Tokenizer tok;
  Lexicon lx = Lexicon::load(read_data_files(testing::source_dir() + "/bot", {}), tok);
  auto first = [&](const char* english) {
    auto s = lx.loanwords.spellings(english);
    return s.empty() ? std::string() : s.front();
  };
  CHECK(first("hydroponics") == "hidroponik");
  CHECK(first("chlorophyll") == "klorofil");
  CHECK(first("autonomy") == "otonomi");
  CHECK(first("technology") == "teknologi");
  CHECK(first("democracy") == "demokrasi");
  CHECK(first("photosynthesis") == "fotosintesis");
  // "qu" is "ku": "kuota", "kualitas", "frekuensi".
  CHECK(first("quota") == "kuota");
  CHECK(first("quality") == "kualitas");
  CHECK(first("frequency") == "frekuensi");
  // An ending Indonesian spells two ways gives both, in the order listed.
  auto puberty = lx.loanwords.spellings("puberty");
  CHECK(std::find(puberty.begin(), puberty.end(), "pubertas") != puberty.end());
  CHECK(first("property") == "properti");
  auto consumer = lx.loanwords.spellings("consumer");
  CHECK(std::find(consumer.begin(), consumer.end(), "konsumen") != consumer.end());
  // "-ics" is "-ik" ("politik") or "-ika" ("matematika", "robotika").
  auto robotics = lx.loanwords.spellings("robotics");
  CHECK(std::find(robotics.begin(), robotics.end(), "robotika") != robotics.end());
  CHECK(first("hydroponics") == "hidroponik");
  // A plural is tried in its singular too.
  auto reactions = lx.loanwords.spellings("reactions");
  CHECK(std::find(reactions.begin(), reactions.end(), "reaksi") != reactions.end());
  auto products = lx.loanwords.spellings("products");
  CHECK(std::find(products.begin(), products.end(), "produk") != products.end());
  // A letter group Indonesian spells two ways gives both, the first listed
  // first: "au" is "o" in "otonomi", kept in "augmentasi".
  auto augmentation = lx.loanwords.spellings("augmentation");
  CHECK(std::find(augmentation.begin(), augmentation.end(), "augmentasi") != augmentation.end());
  // A Greek "-ia" may lose its "a": "myopia" is "miopi".
  auto myopia = lx.loanwords.spellings("myopia");
  CHECK(std::find(myopia.begin(), myopia.end(), "miopi") != myopia.end());
  // An Arabic word by way of English takes the "-ah" Indonesian writes.
  auto sharia = lx.loanwords.spellings("sharia");
  CHECK(std::find(sharia.begin(), sharia.end(), "syariah") != sharia.end());
  CHECK(first("media") == "media");
  // Not a Latin word at all, or too short to guess: nothing.
  CHECK(lx.loanwords.spellings("cat").empty());
  CHECK(lx.loanwords.spellings("Ünïcode").empty());
}

TEST_CASE("an English question finds the article's loanword", "[bot][loanword]") {
  testing::ArticleBot article("loanword", "hidro.md", R"(---
title: Hidroponik
source: contoh.id
language: id
category: Pertanian
subject: Hidroponik
---

# Hidroponik

Hidroponik adalah cara bercocok tanam tanpa tanah. Istilah hydroponics dipakai sejak 1937.

## Nutrisi

Klorofil tanaman hidroponik tetap hijau bila larutan nutrisi cukup.
)");
  Answer a = article.bot->ask("l1", "What is hydroponics?");
  CHECK(a.found);
  CHECK(a.text.find("tanpa tanah") != std::string::npos);
  // A loanword the article has, not its subject: read as the article's word.
  CHECK(article.bot->explain("Is chlorophyll green?").find("chlorophyll\u2192klorofil") !=
        std::string::npos);
}

TEST_CASE("an English word the article glosses once is read as the word it uses",
          "[bot][loanword]") {
  testing::ArticleBot article("gloss", "literasi.md", R"(---
title: Literasi Keuangan
source: contoh.id
language: id
category: Ekonomi
subject: Literasi Keuangan
---

# Literasi Keuangan

Literasi keuangan (financial literacy) adalah kemampuan mengelola uang dengan bijak.

## Manfaat

Literasi yang baik membantu keluarga menabung. Tingkat literasi di desa masih rendah.

## Domain Publik

Karya di public domain boleh dipakai siapa saja; public domain berlaku setelah masa hak habis.
)");
  // The article glosses "literacy" once and writes "literasi" everywhere else.
  CHECK(article.bot->explain("Why is literacy important?").find("literacy\u2192literasi") !=
        std::string::npos);
  // An English word the article itself uses as much as its Indonesian
  // spelling stays as the reader wrote it.
  CHECK(article.bot->explain("What is public domain?").find("public\u2192") == std::string::npos);
}

TEST_CASE(
    "an English question reads a word glossed in passing as the Indonesian written throughout",
    "[bot][english]") {
  testing::ArticleBot article("passing-gloss", "kertas.md", R"(---
title: Daur Ulang Kertas
source: contoh.id
language: id
category: Lingkungan
subject: Daur Ulang Kertas
---

# Daur Ulang Kertas

Daur ulang kertas adalah proses mengolah kertas bekas menjadi lembaran kertas baru.

## Jenis Kertas Bekas

- **Mutu tinggi**: kertas kantor putih dan kertas HVS.
- **Mutu rendah**: kardus dan kertas campuran (*mixed paper*).

## Cara Bayar Iuran secara Online

Iuran bank sampah dibayar lewat aplikasi daring. Layanan daring buka setiap hari, dan
transfer daring tidak dipungut biaya.
)");
  // "paper" is in the article once, inside an English gloss; "kertas" is
  // its word throughout.
  const std::string paper = article.bot->explain("What is paper recycling?");
  CHECK(paper.find("paper\u2192kertas") != std::string::npos);
  Answer a = article.bot->ask("p1", "What is paper recycling?");
  INFO(a.text);
  CHECK(a.text.find("proses mengolah kertas bekas") != std::string::npos);
  // A question in Indonesian keeps the English word as its reader wrote it.
  CHECK(article.bot->explain("Apa itu mixed paper?").find("paper\u2192") == std::string::npos);
  // A heading's word names its section, whatever the article writes else.
  CHECK(article.bot->explain("How do I pay online?").find("online\u2192") == std::string::npos);
}

TEST_CASE("a derived English word reads by a synonym's sense the article writes throughout",
          "[bot][english]") {
  testing::ArticleBot article("derived-sense", "tani.md", R"(---
title: Pertanian Organik
subject: Pertanian Organik
---

# Pertanian Organik

Pertanian organik adalah sistem pertanian tanpa pupuk kimia sintetis. Pertanian ini
menjaga kesuburan tanah.

## Manfaat

Hasil pertanian organik lebih sehat, dan lahan pertanian tetap subur. Sayur dari kebun
warga banyak dicari.
)");
  // FreeDict reads "farming" by "farm", "kebun", written once here;
  // WordNet's "agriculture" is "pertanian", written throughout.
  CHECK(article.bot->explain("What is organic farming?").find("farming\u2192pertanian") !=
        std::string::npos);
  // A word FreeDict lists keeps its own senses.
  CHECK(article.bot->explain("What is a farm?").find("farm\u2192pertanian") == std::string::npos);
}

TEST_CASE("an English two-word name reads by WordNet's other name for it the article writes",
          "[bot][english]") {
  testing::ArticleBot article("wordnet-pair", "rubela.md", R"(---
title: Rubela
subject: Rubela
---

# Rubella (Campak Jerman)

Rubella adalah infeksi virus menular yang ditandai dengan ruam kemerahan pada kulit.
)");
  // Neither FreeDict nor the lexicon has "German measles"; WordNet gives
  // it as "rubella", the article's word.
  CHECK(article.bot->explain("What is German measles?").find("german measles\u2192rubella") !=
        std::string::npos);
  Answer a = article.bot->ask("g1", "What is German measles?");
  INFO(a.text);
  CHECK(a.text.find("infeksi virus menular") != std::string::npos);
  // In an Indonesian question the pair is the reader's own words.
  CHECK(article.bot->explain("Apa itu german measles?").find("\u2192rubella") == std::string::npos);
}

TEST_CASE("another form of an English word the article uses reads as that word does",
          "[bot][loanword]") {
  testing::ArticleBot article("english-form", "koperasi.md", R"(---
title: Koperasi
source: contoh.id
language: id
category: Ekonomi
subject: Koperasi
---

# Koperasi

Kata koperasi berasal dari bahasa Inggris cooperation. Koperasi adalah badan usaha yang
beranggotakan orang-seorang berdasar asas kekeluargaan.
)");
  // FreeDict reads "cooperation" as "koperasi"; "cooperative", one letter
  // pair away, is no headword of its own and reads the same.
  Answer a = article.bot->ask("c1", "What is a cooperative?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("badan usaha") != std::string::npos);
  CHECK(article.bot->explain("What is a cooperative?").find("cooperative\u2192koperasi") !=
        std::string::npos);
}

TEST_CASE("a hyphened word typed closed reads as the article writes it", "[bot][slang]") {
  testing::ArticleBot article("hyphen-closed", "dompet.md", R"(---
title: Dompet Digital
source: contoh.id
language: id
category: Teknologi
subject: E-wallet
---

# E-wallet

E-wallet adalah aplikasi penyimpan uang elektronik di ponsel.

## Cara Mengisi Saldo

Saldo diisi lewat transfer bank atau gerai ritel.
)");
  // "e" is one letter, too short to close with its neighbour in general;
  // the hyphen says the two are one word.
  Answer a = article.bot->ask("h1", "ewallet tu apaan sih");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("uang elektronik") != std::string::npos);
}

TEST_CASE("a name of two-letter and longer words typed closed reads as the article writes it",
          "[bot][slang]") {
  testing::ArticleBot article("short-part-closed", "enso.md", R"(---
title: El Nino dan La Nina
subject: El Nino
---

# El Nino dan La Nina

## Pengertian

El Nino adalah fenomena memanasnya suhu muka laut di Samudra Pasifik.

La Nina adalah kebalikan dari El Nino, yaitu mendinginnya suhu muka laut di Pasifik.

## Pemantauan

BMKG memantau suhu laut dari satelit dan pelampung setiap hari.
)");
  Answer a = article.bot->ask("e1", "lanina tu apa");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("mendinginnya") != std::string::npos);
}

TEST_CASE("shorthand of a word the article writes otherwise reads as the article's word",
          "[bot][slang]") {
  testing::ArticleBot article("shorthand-hunspell", "air.md", R"(---
title: Tagihan Air
source: contoh.id
language: id
category: Layanan Publik
subject: Tagihan Air
---

# Tagihan Air

Tagihan air dibayar setiap bulan paling lambat tanggal 20.

## Denda

Pelanggan yang terlambat membayar tagihan dikenai denda Rp10.000 per bulan.
)");
  // "tlat" drops a vowel of "telat", which Hunspell knows and the article
  // writes "terlambat".
  CHECK(article.bot->explain("tlat bayar kena denda gk").find("tlat\u2192terlambat") !=
        std::string::npos);
  Answer a = article.bot->ask("t1", "tlat bayar kena denda gk");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Rp10.000") != std::string::npos);
}

TEST_CASE("of synonyms the article uses equally, the one of the same word class stands in",
          "[bot][thesaurus]") {
  testing::ArticleBot article("synonym-class", "raja.md", R"(---
title: Raja Kecil
source: contoh.id
language: id
category: Sejarah
subject: Raja Kecil
---

# Raja Kecil

Raja Kecil adalah penguasa Siak pada abad ke-18.

## Akhir Hidupnya

Raja Kecil tewas di tangan pasukan lawan pada 1746.

## Istana

Istananya kini tenang dan sering dikunjungi wisatawan.
)");
  // mythes-id lists "mati" under "tewas" (a verb) and under "tenang" (an
  // adjective, "still"); the article uses each once.
  const std::string e = article.bot->explain("raja kecil mati kapan");
  INFO(e);
  CHECK(e.find("mati\u2192tewas") != std::string::npos);
}

TEST_CASE("chat ng- before a vowel may stand for a dropped h", "[bot][slang]") {
  testing::ArticleBot article("ng-h", "kurs.md", R"(---
title: Kurs
source: contoh.id
language: id
category: Ekonomi
subject: Kurs
---

# Kurs

Kurs adalah harga satu mata uang dalam mata uang lain.

## Cara Menghitung Konversi

Kalikan jumlah dolar dengan kurs jual bank pada hari itu.
)");
  // "ngitung" is spoken "menghitung": ng- and the root "hitung" without
  // its "h".
  const std::string e = article.bot->explain("cara ngitung konversi gmn");
  INFO(e);
  CHECK(e.find("\"ngitung\"") == std::string::npos);
  Answer a = article.bot->ask("n1", "cara ngitung konversi gmn");
  INFO(a.text);
  CHECK(a.text.find("kurs jual") != std::string::npos);
}

TEST_CASE("an English question reads the subject's words in the article's order first",
          "[bot][english]") {
  testing::ArticleBot article("english-subject-order", "taruma.md", R"(---
title: "Kerajaan Taruma: Sejarah dan Raja-Raja"
source: contoh.id
language: id
category: Sejarah
subject: Kerajaan Taruma
---

# Kerajaan Taruma

**Kerajaan Taruma** adalah kerajaan Hindu di Jawa bagian barat.

## Sejarah

Menurut naskah kuno, Taruma didirikan oleh Jayasinga pada tahun 358 M.

## Keruntuhan

Putri raja terakhir menikah dengan Tarusa yang kemudian mendirikan kerajaan lain.
)");
  // "founded Taruma kingdom": "Taruma didirikan" is written once, but
  // "kerajaan Taruma" is the subject's name.
  const std::string e = article.bot->explain("Who founded the Taruma kingdom?");
  INFO(e);
  CHECK(e.find("\"subject\":true") != std::string::npos);
  Answer a = article.bot->ask("e1", "Who founded the Taruma kingdom?");
  INFO(a.text);
  CHECK(a.text.find("Jayasinga") != std::string::npos);
}

TEST_CASE("an English word's listed translation beats a synonym the article writes a little more",
          "[bot][english]") {
  testing::ArticleBot article("english-listed", "parit.md", R"(---
title: Parit Kuno
source: contoh.id
language: id
category: Sejarah
subject: Parit Kuno
---

# Parit Kuno

Parit kuno adalah saluran air buatan yang digali pada musim kemarau.

## Pembangunan

Penggalian parit selesai dalam 21 hari. Air parit dipakai pada musim hujan.
)");
  // The lexicon lists "days" as "hari"; the thesaurus gives "musim" as a
  // synonym of "hari", written twice here against once.
  const std::string e = article.bot->explain("How many days did the digging take?");
  INFO(e);
  CHECK(e.find("days\u2192hari") != std::string::npos);
}

TEST_CASE("an English noun none of whose translations the article has reads by their synonym",
          "[bot][english]") {
  testing::ArticleBot article("english-noun-synonym", "irigasi.md", R"(---
title: Irigasi Sawah
source: contoh.id
language: id
category: Pertanian
subject: Irigasi Sawah
---

# Irigasi Sawah

Irigasi sawah adalah pengairan lahan padi lewat saluran buatan.

## Pembangunan

Saluran induk digali sepanjang 11 km dalam waktu 21 hari.
)");
  // FreeDict gives "canal" as "terusan, kanal"; the thesaurus pairs "kanal"
  // with "saluran" in its first sense, both ways.
  const std::string e = article.bot->explain("How long is the canal?");
  INFO(e);
  CHECK(e.find("canal\u2192saluran") != std::string::npos);
  // In a question asked in Indonesian an English word is mostly a term.
  CHECK(article.bot->explain("Berapa panjang canal itu?").find("canal\u2192") == std::string::npos);
  // An English verb the lexicon reads in its prefixed form ("take" is
  // "mengambil") names no other thing to ask about.
  const std::string t = article.bot->explain("How many days did it take to dig the canal?");
  INFO(t);
  CHECK(t.find("\"unknown\":[]") != std::string::npos);
  Answer a = article.bot->ask("c1", "How many days did it take to dig the canal?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("21 hari") != std::string::npos);
}

TEST_CASE("words of a name the reader writes as the article does are not closed into a compound",
          "[bot][english]") {
  testing::ArticleBot article("name-not-closed", "paylater.md", R"(---
title: Paylater
subject: Paylater
---

# Paylater

Paylater adalah metode bayar nanti di aplikasi belanja. Di luar negeri, layanan serupa dikenal dengan istilah Buy Now Pay Later (BNPL).

## Risiko Paylater

- Bunga paylater bisa menumpuk.
- Paylater membuat belanja terasa ringan.
)");
  // The article writes "paylater" closed throughout, but "Pay Later" is
  // part of the name it glosses.
  const std::string e = article.bot->explain("What does buy now pay later mean?");
  INFO(e);
  CHECK(e.find("pay later\u2192") == std::string::npos);
  CHECK(e.find("\"entities\":[\"BNPL\"]") != std::string::npos);
}

TEST_CASE("a word beside one the article lacks is not read as the article's synonym",
          "[bot][thesaurus]") {
  testing::ArticleBot article("lacked-phrase", "polis.md", R"(---
title: Asuransi Jiwa
subject: Asuransi Jiwa
---

# Asuransi Jiwa

Asuransi jiwa adalah perjanjian yang memberi uang pertanggungan saat tertanggung meninggal.

## Pembatalan Polis

Polis bisa batal bila premi tidak dibayar selama masa tenggang. Nasabah dapat membayar premi lewat transfer bank.
)");
  // "kasus gagal bayar": the article has no "kasus", so "gagal" beside it
  // is no "batal" of the article's.
  const std::string e = article.bot->explain("Apa yang terjadi pada kasus gagal bayar Jiwasraya?");
  INFO(e);
  CHECK(e.find("gagal\u2192") == std::string::npos);
  // Beside words the article has, the synonym still stands in.
  CHECK(article.bot->explain("kenapa polis bisa gagal?").find("gagal\u2192batal") !=
        std::string::npos);
}

TEST_CASE("a word is the article's word of the same root by Hunspell's affix rules",
          "[bot][morphology]") {
  testing::ArticleBot article("root-family", "kartu.md", R"(---
title: Kartu Kredit
source: contoh.id
language: id
category: Keuangan
subject: Kartu kredit
---

# Kartu Kredit

Kartu kredit adalah alat pembayaran yang tagihannya dibayar belakangan. Kartu ini ditemukan oleh
bank pada tahun 1950.

## Biaya

Setiap bulan pemegang kartu menerima lembar tagihan. Pada akhirnya, bunga menambah beban.

## Tunggakan

Tunggakan yang dibiarkan membuat skor kredit buruk, karena tercatat di SLIK. Pengajuan pinjaman
lain bisa ditolak.
)");
  // "menunggak" is the article's "tunggakan", though Snowball stems them
  // apart; "akibatnya" is a question word with a clitic, not read toward
  // the article's "akhirnya" or any other synonym.
  const std::string e = article.bot->explain("Apa akibatnya kalau tagihan kartu kredit menunggak?");
  CHECK(e.find("akibatnya\u2192") == std::string::npos);
  Answer a = article.bot->ask("m1", "Apa akibatnya kalau tagihan kartu kredit menunggak?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("skor kredit buruk") != std::string::npos);
  // A doer's noun ("penemu") is not the doing ("ditemukan").
  CHECK(article.bot->explain("Siapa penemu kartu kredit?").find("\"penemu\"") != std::string::npos);
}

TEST_CASE("a root with a verb suffix and no prefix is the article's word of that root",
          "[bot][morphology]") {
  testing::ArticleBot article("bare-suffixed-root", "surat.md", R"(---
title: Surat Utang
source: contoh.id
language: id
category: Keuangan
subject: Surat utang
---

# Surat Utang

Surat utang adalah bukti pinjaman yang dijual kepada investor.

## Mengapa Perusahaan Menerbitkan Surat Utang?

Perusahaan menerbitkan surat utang karena bunganya lebih rendah daripada bunga kredit bank.
)");
  // Chat says "terbitkan" for the article's "menerbitkan"; Hunspell lists
  // no such form, but it does list "terbit", the root without "-kan".
  const std::string e = article.bot->explain("kenapa perusahaan terbitkan surat utang");
  INFO(e);
  CHECK(e.find("\"unknown\":[]") != std::string::npos);
  Answer a = article.bot->ask("t1", "kenapa perusahaan terbitkan surat utang");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("lebih rendah") != std::string::npos);
}

TEST_CASE("'ber-' before a root's own 'r' is 'be-': 'berisiko' is the article's 'risiko'",
          "[bot][morphology]") {
  testing::ArticleBot article("be-prefix", "rawa.md", R"(---
title: Demam Rawa
source: contoh.id
language: id
category: Kesehatan
subject: Demam Rawa
---

# Demam Rawa

Demam rawa adalah infeksi yang ditularkan lewat air rawa.

## Faktor Risiko

Siapa saja bisa terkena demam rawa, tetapi risikonya lebih tinggi pada:

- Petani yang bekerja di sawah tanpa sepatu bot.
- Anak yang bermain di genangan air.
)");
  // Snowball leaves "isiko" of "berisiko", and Hunspell does not list it.
  const std::string e = article.bot->explain("Siapa saja yang lebih berisiko terkena demam rawa?");
  INFO(e);
  CHECK(e.find("\"unknown\":[]") != std::string::npos);
  Answer a = article.bot->ask("r", "Siapa saja yang lebih berisiko terkena demam rawa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("genangan air") != std::string::npos);
}

TEST_CASE("an English word the article writes only in a gloss reads as its one translation",
          "[bot][english]") {
  testing::ArticleBot article("gloss-translation", "reaktor.md", R"(---
title: Reaktor Nuklir
source: contoh.id
language: id
category: Sains
subject: Reaktor Nuklir
---

# Reaktor Nuklir

Reaktor nuklir adalah alat tempat reaksi fisi nuklir berlangsung secara terkendali. Bahan bakar
nuklir yang umum dipakai adalah uranium.

## Pengawas

Tingkat keparahan kecelakaan nuklir diukur dengan INES (International Nuclear and Radiological
Event Scale) yang berskala 0 sampai 7.

- **NEPIO** (Nuclear Energy Program Implementation Organization): wadah koordinasi untuk menyiapkan
  program reaktor nuklir.
)");
  // "nuclear" is written once, in a name; FreeDict's one sense of it,
  // "nuklir", is the article's word for the thing.
  const std::string e = article.bot->explain("Is nuclear dangerous?");
  INFO(e);
  CHECK(e.find("nuclear\u2192nuklir") != std::string::npos);
  // A question in Indonesian that writes the article's English name keeps it.
  CHECK(article.bot->explain("Apa itu Nuclear Energy Program?").find("\"nuclear\"") !=
        std::string::npos);
}

TEST_CASE("an English word reads as its own Indonesian spelling where the article writes that most",
          "[bot][english]") {
  testing::ArticleBot article("spelling-over-translation", "konsumen.md", R"(---
title: Hak Konsumen
source: contoh.id
language: id
category: Hukum
subject: Hak Konsumen
---

# Hak Konsumen

Hak konsumen adalah hak setiap konsumen atas barang yang aman. Konsumen boleh mengadu bila
dirugikan, dan pemakai jasa pun dilindungi.

## Cara Mengadu

Konsumen mengadu lewat lembaga perlindungan konsumen di kotanya.
)");
  // FreeDict gives "pemakai" for "consumer"; the article's word is its
  // loanword, "konsumen".
  const std::string e = article.bot->explain("Where can a consumer complain?");
  INFO(e);
  CHECK(e.find("consumer\u2192konsumen") != std::string::npos);
}

TEST_CASE("an English word reads as a word derived from it that the article glosses",
          "[bot][english]") {
  testing::ArticleBot article("wordnet-gloss", "desa.md", R"(---
title: Kepala Desa
source: contoh.id
language: id
category: Kewarganegaraan
subject: Kepala Desa
---

# Kepala Desa

Kepala desa adalah pemimpin pemerintahan desa yang dipilih warga.

## Cara Memberhentikan Kepala Desa (Impeachment)

Badan desa mengusulkan pemberhentian kepada bupati, lalu bupati memutuskannya.
)");
  // FreeDict lacks "impeached"; WordNet derives "impeachment" from it.
  const std::string e = article.bot->explain("How is a village head impeached?");
  INFO(e);
  CHECK(e.find("impeached\u2192impeachment") != std::string::npos);
}

TEST_CASE("two English words the article glosses read as the pair it writes", "[bot][english]") {
  testing::ArticleBot article("english-gloss-pair", "penyu.md", R"(---
title: Penyu Laut
source: contoh.id
language: id
category: Sains
subject: Penyu laut
---

# Penyu Laut

Penyu laut (sea turtle) adalah reptil yang hidup di laut dan bertelur di pantai. Penyu laut
bernapas dengan paru-paru.

## Ancaman

Penyu laut terancam oleh perburuan telur dan sampah plastik. Program Sea Turtle Watch mencatat
sarang di pantai.
)");
  // "sea" and "turtle" are words of the article (its gloss and a
  // program's name), but it writes "penyu laut" everywhere else: FreeDict's
  // words for them, in the article's order, are what the reader means.
  const std::string e = article.bot->explain("What threatens sea turtles?");
  CHECK(e.find("sea\u2192laut") != std::string::npos);
  CHECK(e.find("turtles\u2192penyu") != std::string::npos);
  Answer a = article.bot->ask("g1", "What threatens sea turtles?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("perburuan telur") != std::string::npos);
}

TEST_CASE("a term the article glosses in English reads as the article's term", "[bot][english]") {
  testing::ArticleBot article("english-gloss", "timbun.md", R"(---
title: Penimbunan Barang
source: contoh.id
language: id
category: Ekonomi
subject: Penimbunan barang
---

# Penimbunan Barang

Penimbunan atau *hoarding* adalah tindakan menyimpan barang dalam jumlah besar untuk dijual saat
harga naik. Penimbunan dilarang oleh undang-undang.

## Pemicu

Penimbunan sering dipicu pembelian panik (*panic buying*) ketika stok menipis. Pembelian panik
membuat rak toko kosong dalam sehari.

## Pengawasan

Harga di pasar diawasi juru pemantau harga (jurmaha) dan layanan daring (PriceWatch). Layanan
daring itu gratis. Stok atau buffer dijaga secukupnya oleh pedagang.
)");
  auto& bot = *article.bot;
  // "X atau Y adalah": the article's term, defined, with its English name.
  CHECK(bot.explain("What is hoarding?").find("hoarding\u2192penimbunan") != std::string::npos);
  // "X (Y)": a term of as many words as its gloss, at least.
  CHECK(bot.explain("apa itu panic buying").find("panic buying\u2192pembelian panik") !=
        std::string::npos);
  // The English verb in Indonesian dress reads as the article's "-ing" noun.
  CHECK(bot.explain("kenapa pedagang suka ngehoard").find("hoarding\u2192penimbunan") !=
        std::string::npos);
  // An abbreviation, a name in capitals and alternatives are no glosses.
  CHECK(bot.explain("apa itu jurmaha").find("jurmaha\u2192") == std::string::npos);
  CHECK(bot.explain("apa itu pricewatch").find("pricewatch\u2192") == std::string::npos);
  CHECK(bot.explain("apa itu buffer").find("buffer\u2192") == std::string::npos);
  Answer a = bot.ask("h1", "What is hoarding?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("menyimpan barang") != std::string::npos);
}

TEST_CASE("a two-word English headword is read before its words one by one", "[bot][english]") {
  testing::ArticleBot article("english-pair", "surya.md", R"(---
title: Tata Surya
source: contoh.id
language: id
category: Sains
subject: Tata surya
---

# Tata Surya

**Tata surya** adalah sekumpulan benda langit dengan Matahari sebagai pusatnya. Objek-objeknya
meliputi planet, komet, dan asteroid. Istilah ini juga dikenal sebagai sistem tata surya.

## Umur

Tata surya terbentuk sekitar 4,6 miliar tahun lalu dari awan gas. Jupiter adalah planet terbesar.
)");
  // FreeDict has "solar system" as "sistem tatasurya", closed where the
  // article writes "tata surya"; "system" alone would be "sistem".
  CHECK(article.bot->explain("What is the solar system?")
            .find("solar system\u2192sistem tata surya") != std::string::npos);
  // A superlative is the article's "ter-" form of its base word's
  // translation ("large" is "besar"; the article writes "terbesar").
  CHECK(article.bot->explain("Which planet is the largest?").find("largest\u2192terbesar") !=
        std::string::npos);
  // "Istilah ini ... dikenal sebagai sistem tata surya" names what the
  // paragraph's first sentence says, not the sentence just before it.
  Answer a = article.bot->ask("e1", "What is the solar system?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Matahari sebagai pusatnya") != std::string::npos);
}

TEST_CASE("an English phrase the article writes as its own term is kept, not translated",
          "[bot][english]") {
  testing::ArticleBot article("english-own-term", "hoaks.md", R"(---
title: Hoaks di Media Sosial
subject: Hoaks di Media Sosial
---

# Hoaks di Media Sosial

Hoaks makin mudah menyebar lewat grup percakapan keluarga. Survei Global Fake News Index memotret
penyebarannya di banyak negara.

## Istilah

- **Fake news**, yaitu berita palsu yang sengaja dibuat mirip berita asli.
- **Kesehatan mental**, yaitu keadaan batin yang sejahtera. Kesehatan mental remaja dipantau
  lewat survei Adolescent Mental Health Survey.

## Cara Mengenali

Fake news biasanya memakai judul yang memancing emosi dan tidak menyebut sumbernya.
)");
  // The lexicon reads "fake news" as "berita palsu"; this article writes
  // the English term itself, more often than that translation.
  CHECK(article.bot->explain("What is fake news?").find("fake news\u2192") == std::string::npos);
  Answer a = article.bot->ask("s1", "Yang dimaksud fake news itu apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("sengaja dibuat") != std::string::npos);
  // "mental health" only in a name's gloss is still read as the article's
  // "kesehatan mental", which it writes more.
  CHECK(article.bot->explain("What is mental health?").find("health\u2192kesehatan") !=
        std::string::npos);
  Answer m = article.bot->ask("s2", "What is mental health?");
  INFO(m.text);
  CHECK(m.text.find("keadaan batin") != std::string::npos);
}

TEST_CASE("an English word reads as the translation the article uses most", "[bot][english]") {
  testing::ArticleBot article("english-most-used", "limbah.md", R"(---
title: Sampah Rumah Tangga
source: contoh.id
language: id
category: Lingkungan
subject: Sampah Rumah Tangga
---

# Sampah Rumah Tangga

Sampah rumah tangga adalah sisa kegiatan sehari-hari di rumah. Sampah dapur, sampah kertas, dan
sampah plastik dipilah sebelum diangkut. Lantai yang kotor dibersihkan setiap hari.
)");
  // "waste" is "limbah", whose synonyms list "kotoran" before "sampah".
  CHECK(article.bot->explain("What is household waste?").find("waste\u2192sampah") !=
        std::string::npos);
}

TEST_CASE("an English word reads as the phrase the article writes, not its words' sum",
          "[bot][english]") {
  testing::ArticleBot article("english-phrase-uses", "gempa.md", R"(---
title: Gempa Bumi
source: contoh.id
language: id
category: Sains
subject: Gempa Bumi
---

# Gempa Bumi

Gempa bumi adalah getaran di permukaan bumi. Gempa terjadi karena lempeng bergeser. Gempa kecil
sering tidak terasa, tetapi gempa besar merusak. Banyak orang di Indonesia pernah merasakan gempa.
Orang tua mengajari anak cara berlindung saat gempa datang.

## Bantuan Hukum Korban

Korban gempa berhak atas bantuan hukum di bawah hukum Indonesia.
)");
  // "Indonesian" is "Indonesia", "bahasa Indonesia" or "orang Indonesia":
  // "orang" is a common word, not a reason to read "orang Indonesia".
  CHECK(article.bot->explain("Is Indonesian law clear?").find("indonesian\u2192indonesia\"") !=
        std::string::npos);
  // "earthquake" is "gempa bumi" or "gempa": the article writes "gempa"
  // alone more, but "gempa bumi" is its subject.
  CHECK(article.bot->explain("What is an earthquake?").find("earthquake\u2192gempa bumi") !=
        std::string::npos);
  // A preposition parts two phrases, each in the article's order:
  // "legal aid under Indonesian law" is "bantuan hukum" ... "hukum Indonesia".
  CHECK(article.bot->explain("What is legal aid under Indonesian law?")
            .find("\"words\":[\"apa\",\"itu\",\"bantuan\",\"hukum\",\"bawah\",\"hukum\","
                  "\"indonesia\"]") != std::string::npos);
}

TEST_CASE("chat abbreviations read as the words they shorten", "[bot][slang]") {
  testing::ArticleBot article("slang", "kompos.md", R"(---
title: Kompos
source: contoh.id
language: id
category: Pertanian
subject: Kompos
---

# Kompos

Kompos adalah pupuk dari sisa bahan organik yang sudah terurai.

## Cara Membuat Kompos

1. Kumpulkan sisa sayur dan daun kering.
2. Aduk campuran itu setiap minggu.
)");
  Answer a = article.bot->ask("s1", "gmn cr bikin kompos");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("daun kering") != std::string::npos);
  // "mn" (mana), "pk" (pakai), "lwt" (lewat): no unknown words left.
  const std::string how = article.bot->explain("kompos bikinnya pk bahan dr mn lwt apa");
  INFO(how);
  CHECK(how.find("\"unknown\":[]") != std::string::npos);
}

TEST_CASE("a shorthand of several words is read as the one the article writes", "[bot][slang]") {
  testing::ArticleBot article("slang-readings", "teh.md", R"(---
title: Minum Teh
subject: Teh
---

# Minum Teh

Teh adalah minuman dari daun teh yang diseduh.

## Waktu Minum Teh

Hindari minum teh sesudah makan karena tanin menghambat penyerapan zat besi.
Makan sayur hijau juga membantu, dan makan buah menambah vitamin C.
)");
  // "mkn" is chat for "mungkin" and for "makan"; this article is about
  // eating, and writes "makan". "ngeteh" is "teh" with the spoken nge-.
  const std::string read = article.bot->explain("abis mkn boleh ngeteh gk");
  INFO(read);
  CHECK(read.find("\"makan\"") != std::string::npos);
  CHECK(read.find("\"mungkin\"") == std::string::npos);
  CHECK(read.find("\"teh\"") != std::string::npos);
  CHECK(read.find("\"unknown\":[]") != std::string::npos);
  Answer a = article.bot->ask("r1", "abis mkn boleh ngeteh gk");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("tanin") != std::string::npos);
}

TEST_CASE("the article's acronym in small letters is the acronym, not chat", "[bot][slang]") {
  testing::ArticleBot article("slang-acronym", "hutan.md", R"(---
title: Hutan Kota
subject: Hutan Kota
---

# Hutan Kota

Hutan kota adalah kawasan pohon di tengah kota.

## Pengelola

Hutan kota dirawat oleh Lembaga Bina Hutan (LBH) bersama warga.
)");
  // "lbh" is also chat for "lebih"; the article's acronym comes first.
  Answer a = article.bot->ask("a1", "lbh tuh singkatan apaan");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Lembaga Bina Hutan") != std::string::npos);
}

TEST_CASE("a conjunction is no content word", "[bot][stopwords]") {
  testing::ArticleBot article("conjunctions", "vaksin.md", R"(---
title: Vaksinasi
source: contoh.id
language: id
category: Kesehatan
subject: Vaksinasi
---

# Vaksinasi

Vaksinasi adalah pemberian vaksin untuk membentuk kekebalan.

## Setelah Vaksinasi

Tunggu sekitar 30 menit di fasilitas kesehatan untuk memantau reaksi yang muncul.
)");
  // "sebaiknya" (stemmed "sebaik") is how the reader asks, not what about.
  Answer a = article.bot->ask("c1", "Berapa lama sebaiknya menunggu di fasilitas kesehatan?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("30 menit") != std::string::npos);
}

TEST_CASE("'kata' before a term asks about the term", "[bot][stopwords]") {
  testing::ArticleBot article("word-of", "ikrar.md", R"(---
title: Ikrar Pelajar
source: contoh.id
language: id
category: Sejarah
subject: Ikrar Pelajar
---

# Ikrar Pelajar

Ikrar pelajar dibacakan setiap upacara sekolah.

## Asal Usul

Menurut KBBI, ikrar berarti janji yang sungguh-sungguh. Naskahnya disusun oleh para guru.
)");
  Answer a = article.bot->ask("k1", "Apa arti kata ikrar menurut KBBI?");
  INFO(a.text);
  CHECK(a.text.find("janji yang sungguh-sungguh") != std::string::npos);
}

TEST_CASE("a verb the article does not use is no sign of another subject", "[bot][verbs]") {
  testing::ArticleBot article("verbs", "banjir.md", R"(---
title: Banjir Bandang
source: contoh.id
language: id
category: Geografi
subject: Banjir Bandang
---

# Banjir Bandang

Banjir bandang adalah banjir besar yang datang tiba-tiba dari hulu sungai.

## Kerugian

Petani di hulu sungai sering kehilangan panen akibat banjir bandang.

Anggota tim penyelamat banjir bandang berjumlah 25 orang relawan.
)");
  // "menderita" is a real word in a verb's form: what is done, not what about.
  Answer a = article.bot->ask("v1", "Siapa yang menderita kehilangan panen akibat banjir bandang?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Petani") != std::string::npos);
  // A noun the article lacks still points elsewhere.
  CHECK_FALSE(article.bot->ask("v2", "Berapa harga tiket kereta saat banjir bandang?").found);
  // ...above all the one a "berapa" asks for, even in a question about the
  // article's subject.
  CHECK(article.bot->ask("v3", "Berapa jumlah anggota tim penyelamat banjir bandang?").found);
  CHECK_FALSE(article.bot->ask("v4", "Berapa gaji anggota tim penyelamat banjir bandang?").found);
  // So is the one an opening "apa" asks for.
  CHECK_FALSE(
      article.bot->ask("v5", "Apa sanksi bagi petani di hulu sungai saat banjir bandang?").found);
}

TEST_CASE("an English name the article gives its subject asks about the subject",
          "[bot][english]") {
  testing::ArticleBot article("english-name", "angin.md", R"(---
title: Energi Angin
source: contoh.id
language: id
category: Energi
subject: Energi Angin
---

# Energi Angin

Energi angin adalah energi dari gerakan udara yang memutar baling-baling turbin. Dalam bahasa Inggris, istilah ini dikenal sebagai wind power.

## Manfaat

- Tidak menghasilkan emisi karbon.
)");
  Answer a = article.bot->ask("e1", "What is wind power?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("gerakan udara") != std::string::npos);
}

TEST_CASE("a verb of a topic named by nouns only does not ask about that topic", "[bot][topics]") {
  testing::ArticleBot article("nouns-only", "klub.md", R"(---
title: Klub Sains
source: contoh.id
language: id
category: Pendidikan
subject: Klub Sains
---

# Klub Sains

Klub sains adalah kelompok siswa yang meneliti bersama. Klub ini dibentuk oleh guru.

## Bentuk Kegiatan

- Percobaan mingguan.
- Lomba karya ilmiah.
)");
  // "membentuk" is to set up; "bentuk" is a form.
  CHECK(article.bot->explain("Siapa yang membentuk klub sains?").find("\"forms\"") ==
        std::string::npos);
  CHECK(article.bot->explain("Apa saja bentuk kegiatan klub sains?").find("\"forms\"") !=
        std::string::npos);
  // A verb of a topic that is not only nouns still asks about it
  // ("merugikan" asks about the harm).
  CHECK(article.bot->explain("Kenapa klub sains merugikan siswa?").find("\"risks\"") !=
        std::string::npos);
}

TEST_CASE("'di' or 'ke' written onto the next word is read apart", "[bot][typo]") {
  testing::ArticleBot article("clitic-di", "listrik.md", R"(---
title: Hemat Listrik
source: contoh.id
language: id
category: Energi
subject: Hemat Listrik
---

# Hemat Listrik

Hemat listrik di rumah dimulai dari kebiasaan kecil.

## Cara Hemat Listrik di Rumah

- Matikan lampu saat siang.
- Cabut pengisi daya yang tidak dipakai.
)");
  const std::string read = article.bot->explain("gmn cara hemat listrik dirumah");
  INFO(read);
  CHECK(read.find("dirumah\u2192di rumah") != std::string::npos);
  // A real word that starts so is left as it is.
  CHECK(article.bot->explain("kapan lampu dimatikan").find("dimatikan\u2192") == std::string::npos);
  Answer a = article.bot->ask("h", "gmn cara hemat listrik dirumah");
  CHECK(a.text.find("Matikan lampu") != std::string::npos);
  // So is one written onto chat shorthand: "dirmh" is "di rumah".
  CHECK(article.bot->explain("gmn cara hemat listrik dirmh").find("dirmh\u2192di rumah") !=
        std::string::npos);
}

TEST_CASE("a word with '-nya' finds the article's synonym of its root", "[bot][thesaurus]") {
  testing::ArticleBot article("clitic-synonym", "kaleng.md", R"(---
title: Minuman Kaleng
subject: Minuman Kaleng
---

# Minuman Kaleng

Minuman kaleng adalah minuman yang dikemas dalam kaleng aluminium.

## Gula

Setiap kaleng memiliki kandungan gula sebanyak 30 gram.
)");
  // mythes-id: "isi" and "kandungan" are each other's first-sense synonyms.
  Answer a = article.bot->ask("n1", "Gula isinya berapa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("30 gram") != std::string::npos);
}

TEST_CASE("a synonym is read as the one of its synonyms the article uses most",
          "[bot][thesaurus]") {
  testing::ArticleBot article("most-used-synonym", "kemarau.md", R"(---
title: Kemarau Panjang
subject: Kemarau Panjang
---

# Kemarau Panjang

Kemarau panjang adalah musim kering yang berlangsung lebih lama dari biasanya.

## Dampak Kemarau Panjang

Dampak pertama adalah sawah kering. Dampak kedua adalah sumur warga surut.
Dampak ketiga adalah harga sayur naik akibat panen yang gagal.
)");
  // mythes-id: "imbas" lists "akibat" before "dampak", both first-sense
  // synonyms that list it back. The article says "akibat" once in passing
  // and "dampak" throughout: "dampak" is its word for the thing.
  const std::string read = article.bot->explain("imbas kemarau panjang apa saja?");
  INFO(read);
  CHECK(read.find("imbas\u2192dampak") != std::string::npos);
}

TEST_CASE("a word the thesaurus knows only as no noun is no sign of another subject",
          "[bot][verbs]") {
  testing::ArticleBot article("word-class", "sumur.md", R"(---
title: Sumur Bor
subject: Sumur Bor
---

# Sumur Bor

Sumur bor adalah sumur yang dibuat dengan mesin bor sampai lapisan air tanah.

## Air Sumur

Air sumur bor naik ke permukaan melalui pipa besi dan pompa listrik.

## Hari Air Sedunia

Hari Air Sedunia diperingati setiap 22 Maret.
)");
  // "lewat" (a verb, adverb or particle in mythes-id): how, not what about.
  Answer a = article.bot->ask("w1", "air naik lewat apa?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("pipa besi") != std::string::npos);
  // A noun the article lacks still asks about something else...
  CHECK_FALSE(article.bot->ask("w2", "Berapa harga pipa sumur bor?").found);
  // ...and so does an adjective the reader wrote as part of a name.
  CHECK_FALSE(article.bot->ask("w3", "Kapan Hari Air Internasional diperingati?").found);
}

TEST_CASE(
    "an English question is asked by its first word; 'when' or 'should I' later join a "
    "clause",
    "[bot][english]") {
  testing::ArticleBot article("english-clause", "kompos.md", R"(---
title: Kompos
subject: Kompos
---

# Kompos

Kompos adalah pupuk dari sisa bahan organik yang sudah terurai.

## Gas dari Sampah

Sampah organik di tempat pembuangan menghasilkan gas metana yang memperparah pemanasan global.

## Rasio Bahan

Rasio karbon dan nitrogen yang dianjurkan adalah 30 banding 1.
)");
  Answer gas = article.bot->ask("e1", "What gas does organic waste produce when it rots?");
  INFO(gas.text);
  CHECK(gas.found);
  CHECK(gas.text.find("metana") != std::string::npos);
  Answer ratio = article.bot->ask("e2", "What carbon nitrogen ratio should I use?");
  INFO(ratio.text);
  CHECK(ratio.text.find("30 banding 1") != std::string::npos);
  CHECK(ratio.text.rfind("Ya.", 0) != 0);
  CHECK(ratio.text.rfind("Tidak.", 0) != 0);
}

TEST_CASE("a real short word is not corrected into an article word", "[bot][typo]") {
  testing::ArticleBot article("short-real-word", "rekening.md", R"(---
title: Rekening
subject: Rekening
---

# Rekening

Rekening adalah catatan simpanan nasabah di bank, bukan dompet digital.

## Cara Membuka Rekening

Nasabah membuka rekening di kantor cabang dengan KTP.
)");
  // "buka" is a word of its own, one letter short of the article's "bukan".
  const std::string how = article.bot->explain("cara buka rekening");
  INFO(how);
  CHECK(how.find("\"buka\"") != std::string::npos);
  CHECK(how.find("bukan") == std::string::npos);
}

TEST_CASE("a clipped form of the subject's word is the subject", "[bot][slang]") {
  testing::ArticleBot article("clipped-subject", "perpustakaan.md", R"(---
title: Perpustakaan Sekolah
subject: Perpustakaan Sekolah
---

# Perpustakaan Sekolah

Perpustakaan sekolah adalah ruang koleksi buku yang dikelola sekolah untuk siswa dan guru.

## Jam Buka

Perpustakaan sekolah buka setiap hari pukul 07.00 sampai 14.00.
)");
  // "perpus", as readers shorten "perpustakaan".
  Answer a = article.bot->ask("c", "perpus sekolah tu apaan sih");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("ruang koleksi buku") != std::string::npos);
}

TEST_CASE("a word typed without its vowels is the one article word it can shorten",
          "[bot][slang]") {
  testing::ArticleBot article("vowels-dropped", "tenun.md", R"(---
title: Tenun Ikat
subject: Tenun Ikat
---

# Tenun Ikat

Tenun ikat adalah kain yang benangnya diikat dan dicelup sebelum ditenun.

## Cara Menenun

Penenun memakai alat tenun bukan mesin (ATBM) atau gedogan. Benang lusi
dipasang lebih dulu, lalu benang pakan disisipkan baris demi baris.

## Bahan Pewarna

Pewarna alami dibuat dari daun tarum, kulit kayu mengkudu, dan batang kunyit.
)");
  // "tnn" shortens "tenun" alone; "bnng" shortens "benang".
  const std::string how = article.bot->explain("tnn ikat bnng nya dipasang gmn");
  INFO(how);
  CHECK(how.find("tnn\u2192tenun") != std::string::npos);
  CHECK(how.find("bnng\u2192benang") != std::string::npos);
  // "btg" could be "batang" only; "kt" is too short to stand for one word.
  const std::string short_one = article.bot->explain("kt btg kunyit");
  INFO(short_one);
  CHECK(short_one.find("btg\u2192batang") != std::string::npos);
  CHECK(short_one.find("kt\u2192") == std::string::npos);
}

TEST_CASE("shorthand that fits two article words is not guessed", "[bot][slang]") {
  testing::ArticleBot article("vowels-ambiguous", "batu.md", R"(---
title: Batu dan Bata
subject: Batu Bata
---

# Batu dan Bata

Batu bata adalah bahan bangunan dari tanah liat yang dibakar. Batu alam
diambil dari sungai, sedangkan bata dicetak di tempat pembakaran.
)");
  const std::string how = article.bot->explain("bt itu apa");
  INFO(how);
  CHECK(how.find("bt\u2192") == std::string::npos);
  const std::string three = article.bot->explain("btu alam dari mana");
  INFO(three);
  CHECK(three.find("btu\u2192batu") != std::string::npos);
}

TEST_CASE("'What is the minimum X?' asks for a value, not what X is", "[bot][english]") {
  testing::ArticleBot article("english-value", "sim.md", R"(---
title: SIM
subject: Surat Izin Mengemudi
---

# Surat Izin Mengemudi

Surat izin mengemudi adalah bukti bahwa seseorang boleh mengemudikan kendaraan.

## Syarat

- **Usia minimal**: 17 tahun untuk SIM C dan SIM A.
- **Sehat jasmani**: dibuktikan dengan surat keterangan dokter.
)");
  const std::string how = article.bot->explain("What is the minimum age?");
  INFO(how);
  CHECK(how.find("\"qtype\":\"number\"") != std::string::npos);
  Answer a = article.bot->ask("e", "What is the minimum age?");
  INFO(a.text);
  CHECK(a.text.find("17 tahun") != std::string::npos);
}

TEST_CASE("'What does X do?' asks what X is for", "[bot][english]") {
  testing::ArticleBot article("english-does", "sel.md", R"(---
title: Sel
subject: Sel
---

# Sel

Sel adalah unit terkecil makhluk hidup. Setiap bagian sel punya tugas masing-masing. Sel hewan dan
sel tumbuhan sama-sama memiliki ribosom, lisosom, dan badan Golgi.

## Bagian Sel dan Fungsinya

- **Ribosom**: tempat sintesis protein.
- **Badan Golgi**: mengemas dan mengirimkan protein ke tempat tujuannya.
- **Lisosom**: mencerna zat sisa di dalam sel.
)");
  Answer a = article.bot->ask("d", "What does the Golgi apparatus do?");
  INFO(a.text);
  CHECK(a.text.find("mengemas") != std::string::npos);
}

TEST_CASE("'What is the X for Y?' asks what X is there, not what X means", "[bot][english]") {
  testing::ArticleBot article("english-qualified", "perpus.md", R"(---
title: Perpustakaan Sekolah
subject: Perpustakaan Sekolah
---

# Perpustakaan Sekolah

Perpustakaan sekolah adalah tempat siswa meminjam buku. Denda adalah uang yang dibayar peminjam sebagai hukuman.

## Aturan Peminjaman

Buku boleh dipinjam paling lama tujuh hari. Denda untuk keterlambatan pengembalian buku sebesar Rp1.000 per hari.
)");
  Answer qualified = article.bot->ask("q", "What is the penalty for late return?");
  INFO(qualified.text);
  CHECK(qualified.text.find("Rp1.000") != std::string::npos);
  // With nothing after the thing, the question asks what it is.
  Answer bare = article.bot->ask("b", "What is the penalty?");
  INFO(bare.text);
  CHECK(bare.text.find("sebagai hukuman") != std::string::npos);
}

TEST_CASE("an English word inside the article's English name stays that name", "[bot][english]") {
  testing::ArticleBot article("english-name", "syok.md", R"(---
title: Syok
subject: Syok
---

# Syok

Syok adalah kondisi darurat saat aliran darah ke organ tubuh tidak cukup. Pasien syok tampak pucat.
Syok berat perlu segera ditangani.

## Jenis

Syok karena kehilangan cairan dikenal sebagai Syok Hipovolemik atau Hypovolemic Shock (HS), kondisi yang paling sering terjadi.
)");
  // Alone, "shock" reads as the word the article uses ("syok"); in the name
  // the article gives in English, it is that name.
  const std::string alone = article.bot->explain("what is shock?");
  INFO(alone);
  CHECK(alone.find("shock\u2192syok") != std::string::npos);
  const std::string name = article.bot->explain("Apa itu Hypovolemic Shock?");
  INFO(name);
  CHECK(name.find("shock\u2192syok") == std::string::npos);
  CHECK(name.find("\"entities\":[\"HS\"]") != std::string::npos);
}

// The front matter and title of the two short articles on table salt below.
const std::string kGaramDapur = R"(---
title: Garam Dapur
source: contoh.id
language: id
category: Pangan
subject: Garam Dapur
---

# Garam Dapur

)";

TEST_CASE("spoken 'e' for 'a' in a last syllable reads as the article's word", "[bot][slang]") {
  testing::ArticleBot article(
      "spoken-e", "garam.md",
      kGaramDapur +
          R"(Garam dapur adalah senyawa natrium klorida yang mudah larut dalam air. WHO menganjurkan asupan garam kurang dari 5 gram per
hari. Warung terdekat biasanya menjual garam beryodium.
)");
  // "garem", "deket": "garam", "dekat" as they are said.
  const std::string read = article.bot->explain("garem sehari maksimal brp gram");
  INFO(read);
  CHECK(read.find("\"words\":[\"garam\"") != std::string::npos);
  CHECK(read.find("\"unknown\":[]") != std::string::npos);
  CHECK(article.bot->explain("warung deket jual garam beryodium ga").find("\"dekat\"") !=
        std::string::npos);
  // "ae" for "ai": "aer" is the article's "air".
  CHECK(article.bot->explain("garem larut di aer ga").find("\"air\"") != std::string::npos);
}

TEST_CASE("a dropped initial 'h' reads as the article's word", "[bot][slang]") {
  testing::ArticleBot article(
      "spoken-h", "garam.md",
      kGaramDapur +
          R"(Garam dapur adalah senyawa natrium klorida. Garam yang tersimpan lembap bisa menggumpal saat hujan.
Alamnya yang hangat membuat petani garam bekerja di musim kemarau.
)");
  // "ujan" as it is said is the article's "hujan"; "alamnya", a word of
  // its own, stays.
  CHECK(article.bot->explain("garam bisa menggumpal pas ujan ga").find("\"hujan\"") !=
        std::string::npos);
  CHECK(article.bot->explain("alamnya gimana").find("\"halamnya\"") == std::string::npos);
}

TEST_CASE("a blend of two words the article writes together reads as them", "[bot][slang]") {
  testing::ArticleBot article(
      "blend", "garam.md",
      kGaramDapur +
          R"(Garam dapur adalah senyawa natrium klorida. Kementerian Kesehatan mengampanyekan pembatasan garam
harian. Pemerintah provinsi ikut membagikan garam beryodium. Garam juga dikirim dengan transportasi umum.
)");
  // "Kemenkes", "Pemprov": the opening syllables of each word of a name.
  const std::string read = article.bot->explain("Kemenkes bilang garam maksimal berapa?");
  INFO(read);
  CHECK(read.find("kemenkes\u2192kementerian kesehatan") != std::string::npos);
  // The last part may keep two letters: "transum" is "transportasi umum".
  CHECK(article.bot->explain("garam dikirim pakai transum ga")
            .find("transum\u2192transportasi umum") != std::string::npos);
  CHECK(article.bot->explain("pemprov bagi garam apa").find("pemprov\u2192pemerintah provinsi") !=
        std::string::npos);
  // A word that is no such blend stays as it is.
  CHECK(article.bot->explain("kemarin garam mahal?").find("kemarin\u2192") == std::string::npos);
}

TEST_CASE("a synonym costs as filler, unless it is the very thing a fact question asks for",
          "[bot][thesaurus]") {
  testing::ArticleBot article("synonym-cost", "jerawat.md", R"(---
title: Jerawat pada Remaja
subject: Jerawat pada Remaja
---

# Jerawat pada Remaja

Jerawat adalah peradangan pada pori-pori kulit yang tersumbat minyak.

## Faktor Pemicu Jerawat

Beberapa faktor membuat kulit lebih peka terhadap jerawat:

- **Faktor biologis**: perubahan hormon saat pubertas membuat kelenjar minyak lebih aktif.
- **Faktor kebiasaan**: jarang mencuci muka setelah berolahraga.

## Klinik Kecantikan

Klinik kecantikan mendapat pendapatan sekitar Rp300.000 dari setiap kunjungan pasien jerawat.
)");
  // mythes-id: "rentan" and "peka" are each other's first-sense synonyms.
  // The article says "peka"; the reader's "rentan" qualifies what is asked.
  Answer a = article.bot->ask("r", "Faktor biologis yang bikin kulit rentan apa saja?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("perubahan hormon") != std::string::npos);
  // "gaji" is what "berapa" asks, and the article gives no wage: the
  // synonym it does have ("pendapatan", of a clinic) is another thing.
  Answer b = article.bot->ask("b", "Berapa gaji klinik kecantikan?");
  INFO(b.text);
  CHECK_FALSE(b.found);
}

TEST_CASE("an English word FreeDict lacks reaches the article through WordNet", "[bot][wordnet]") {
  testing::ArticleBot article("wordnet-english", "dekrit.md", R"(---
title: Dekrit Presiden
subject: Dekrit Presiden
---

# Dekrit Presiden

Dekrit Presiden adalah keputusan presiden yang berlaku tanpa persetujuan parlemen.

## Sejarah

Proklamasi dekrit dibacakan di Istana Merdeka pada 5 Juli 1959.

## Pengaruh Dekrit

Dekrit membawa pengaruh besar pada sistem pemerintahan.
)");
  // FreeDict has neither "proclaim" nor "affect"; WordNet derives
  // "proclamation" (the article's "proklamasi") from the one and gives
  // "impact" (FreeDict: "pengaruh") for the other.
  const std::string read = article.bot->explain("When was the decree proclaimed?");
  INFO(read);
  CHECK(read.find("proclaimed\u2192proklamasi") != std::string::npos);
  Answer when = article.bot->ask("w", "When was the decree proclaimed?");
  INFO(when.text);
  CHECK(when.text.find("5 Juli 1959") != std::string::npos);
  // A word FreeDict has keeps the senses FreeDict gives.
  CHECK(article.bot->explain("stock split").find("split\u2192") == std::string::npos);
}

TEST_CASE("of an English word's translations, the one the article writes most in any form",
          "[bot][english]") {
  testing::ArticleBot article("affixed-count", "roket.md", R"(---
title: Roket Cuaca
subject: Roket Cuaca
---

# Roket Cuaca

Roket cuaca adalah roket kecil yang membawa alat ukur ke udara.

## Sejarah

Roket cuaca pertama diluncurkan pada 12 Maret 1958. Sejak itu roket diluncurkan setiap musim hujan.
Peluncuran dilakukan dari pantai selatan, dan roket kedua diluncurkan setahun kemudian.

## Petugas

Petugas lapangan menjalankan pemeriksaan alat pada 3 Januari setiap tahun.
)");
  // "launch" is "meluncurkan, menjalankan": the article writes the first
  // only as "diluncurkan", but three times.
  Answer a = article.bot->ask("l", "When was the weather rocket launched?");
  INFO(a.text);
  CHECK(a.text.find("12 Maret 1958") != std::string::npos);
  CHECK(a.text.find("3 Januari") == std::string::npos);
}

TEST_CASE("'How does X differ from Y?' compares, and '-tional' is spelled '-sional'",
          "[bot][english]") {
  testing::ArticleBot article("differ", "sepeda.md", R"(---
title: Sepeda Listrik
subject: Sepeda Listrik
---

# Sepeda Listrik

Sepeda listrik adalah sepeda yang digerakkan motor listrik bertenaga baterai.

## Perbedaan Sepeda Listrik dan Sepeda Konvensional

| Aspek | Sepeda Listrik | Sepeda Konvensional |
|---|---|---|
| Tenaga | Motor dan baterai | Kayuhan kaki |
| Harga | Relatif mahal | Terjangkau |
)");
  Answer a =
      article.bot->ask("d", "How does an electric bicycle differ from a conventional bicycle?");
  INFO(a.text);
  CHECK(a.text.find("Kayuhan kaki") != std::string::npos);
  CHECK(a.text.find("Relatif mahal") != std::string::npos);
}

TEST_CASE("'waste bank' is the article's 'bank sampah': the rendering it uses most, head first",
          "[bot][english]") {
  testing::ArticleBot article("waste", "bank-sampah.md", R"(---
title: Bank Sampah
subject: Bank Sampah
---

# Bank Sampah

Bank sampah adalah tempat warga menabung sampah anorganik yang sudah dipilah.

## Limbah Pabrik

Limbah B3 dari pabrik tidak diterima oleh bank sampah.
)");
  Answer a = article.bot->ask("w", "What is a waste bank?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("menabung sampah") != std::string::npos);
}

TEST_CASE("a spoken verb without its 'me-' is the article's verb with it", "[bot][slang]") {
  testing::ArticleBot article("spoken-me", "tabungan.md", R"(---
title: Bank Sampah
subject: Bank Sampah
---

# Bank Sampah

Bank sampah adalah tempat warga mengumpulkan sampah yang sudah dipilah.

## Cara Menabung di Bank Sampah

Bagi warga yang ingin menjadi nasabah, caranya cukup mudah:

1. Daftar sebagai nasabah dengan membawa KTP.
2. Setor sampah yang sudah dipilah, lalu sampah ditimbang.

## Manfaat

Saldo tabungan bisa dicairkan menjadi uang tunai.
)");
  // "nabung" is "menabung", whose stem Snowball cuts to "abung"; read as
  // its root "tabung" it would find only "tabungan".
  const std::string explained = article.bot->explain("gmn cr nabung d bank sampah");
  INFO(explained);
  CHECK(explained.find("\"menabung\"") != std::string::npos);
  Answer a = article.bot->ask("n", "gmn cr nabung d bank sampah");
  INFO(a.text);
  CHECK(a.text.find("Daftar sebagai nasabah") != std::string::npos);
}

TEST_CASE("'sekilo' is 'per kg'", "[bot][slang]") {
  testing::ArticleBot article("sekilo", "harga.md", R"(---
title: Harga Sampah
subject: Harga Sampah
---

# Harga Sampah

Harga sampah adalah nilai uang yang dibayar pengepul untuk sampah yang dipilah.

## Daftar Harga

| Jenis Sampah | Harga per kg |
|---|---|
| Kardus | Rp1.500 |
| Botol plastik | Rp3.000 |
)");
  Answer a = article.bot->ask("k", "hrga botol plastik brp sekilo");
  INFO(a.text);
  CHECK(a.text.find("Rp3.000") != std::string::npos);
}

TEST_CASE("an English word reads as another form of the article's word its translation has",
          "[bot][english]") {
  testing::ArticleBot article("english-other-form", "kurs.md", R"(---
title: Nilai Tukar Rupiah
subject: Nilai Tukar Rupiah
---

# Nilai Tukar Rupiah

Nilai tukar rupiah adalah harga satu mata uang asing dalam rupiah. Kurs dipengaruhi banyak hal.

## Faktor Penyebab

Beberapa faktor utama penyebabnya antara lain:

- Inflasi yang tinggi.
- Suku bunga acuan.
)");
  // The lexicon says "affect" is "memengaruhi"; the article writes
  // "dipengaruhi".
  const std::string u = article.bot->explain("What factors affect the rupiah exchange rate?");
  INFO(u);
  CHECK(u.find("\"affect\"") == std::string::npos);
}

TEST_CASE("an English word is the loanword the article writes beside the question's next word",
          "[bot][english]") {
  testing::ArticleBot article("english-loan-pair", "bunyi.md", R"(---
title: Gelombang Bunyi
subject: Gelombang Bunyi
---

# Gelombang Bunyi

Gelombang bunyi adalah gelombang mekanik. Kebisingan berdampak buruk bagi pendengaran.

## Efek Doppler

Efek Doppler adalah perubahan frekuensi yang didengar akibat gerak sumber bunyi.
)");
  // The lexicon lists "effect" as "dampak"; the article writes "Efek
  // Doppler".
  Answer a = article.bot->ask("d", "What is the Doppler effect?");
  INFO(a.text);
  CHECK(a.text.find("perubahan frekuensi") != std::string::npos);
}

TEST_CASE("an English word the article writes in a name, as the question does, stays as written",
          "[bot][english]") {
  testing::ArticleBot article("name-as-written", "asuransi.md", R"(---
title: Asuransi Perjalanan
subject: Asuransi Perjalanan
---

# Asuransi Perjalanan

Asuransi perjalanan adalah perlindungan selama bepergian.

## Jenis Polis

1. **All Risk**, yaitu polis yang menanggung hampir semua kerugian selama perjalanan.
2. **Basic**, yaitu polis yang hanya menanggung biaya medis darurat.

## Risiko Perjalanan

- Bagasi hilang di bandara.
)");
  // "risk" is English for "risiko", but here it is half the name "All Risk".
  Answer a = article.bot->ask("a", "polis all risk tu nanggung apa aja");
  INFO(a.text);
  CHECK(a.text.find("hampir semua kerugian") != std::string::npos);
}

TEST_CASE("two words Snowball stems alike but Hunspell roots apart are two words", "[bot][stems]") {
  testing::ArticleBot article("stems-apart", "limbah.md", R"(---
title: Limbah Pabrik
subject: Limbah Pabrik
---

# Limbah Pabrik

Limbah pabrik adalah sisa produksi industri.

## Penilaian

Pabrik yang mengelola limbahnya dengan baik mendapat peringkat hijau dalam penilaian pemerintah.
)");
  // "meningkat" (of "tingkat") and "peringkat" both stem to "ingkat".
  const std::string read = article.bot->explain("Kenapa limbah pabrik terus meningkat?");
  INFO(read);
  CHECK(read.find("\"ingkat\"") == std::string::npos);
  Answer a = article.bot->ask("a", "Kenapa limbah pabrik terus meningkat?");
  INFO(a.text);
  CHECK(a.text.find("peringkat hijau") == std::string::npos);
}

TEST_CASE("a basis said inside a topic's phrase leaves the phrase whole", "[bot][topic]") {
  testing::ArticleBot article("basis-inside", "situs.md", R"(---
title: Situs Sejarah
subject: Situs Sejarah
---

# Situs Sejarah

Situs sejarah adalah lokasi peninggalan masa lalu.

## Jenis Situs Sejarah Berdasarkan Peringkatnya

- **Peringkat nasional**: situs yang ditetapkan menteri.
- **Peringkat provinsi**: situs yang ditetapkan gubernur.

## Jenis Situs Sejarah Berdasarkan Bentuknya

- **Candi**: bangunan batu.
- **Makam**: kubur tokoh.
)");
  // "dibagi menurut peringkat menjadi" is "dibagi menjadi" by rank.
  const std::string read =
      article.bot->explain("Situs sejarah dibagi menurut peringkat menjadi apa saja?");
  INFO(read);
  CHECK(read.find("\"forms\"") != std::string::npos);
  Answer a = article.bot->ask("a", "Situs sejarah dibagi menurut peringkat menjadi apa saja?");
  INFO(a.text);
  CHECK(a.text.find("Peringkat provinsi") != std::string::npos);
  CHECK(a.text.find("Candi") == std::string::npos);
}

TEST_CASE("a slip that spells a real word is the article's word the article writes beside the next",
          "[bot][typo]") {
  testing::ArticleBot article("slip-real-word", "langit.md", R"(---
title: Polusi Cahaya
subject: Polusi Cahaya
---

# Polusi Cahaya

Polusi cahaya adalah cahaya buatan yang berlebihan pada malam hari.

## Dampak bagi Astronomi

Tingkat kegelapan langit diukur dengan skala Bortle, yaitu skala sembilan tingkat yang diperkenalkan John E. Bortle pada 2001. Kemasan plastik dipakai ulang oleh warga.
)");
  // "bortel" (a bottle) is a word Hunspell knows, one transposition from
  // the name the article writes right after "skala".
  Answer a = article.bot->ask("b", "skala bortel tuh apaan");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("sembilan tingkat") != std::string::npos);
  // Two slips away, a real word stays itself even beside an article word.
  const std::string how = article.bot->explain("kalau kemasan plastik dibakar gimana");
  INFO(how);
  CHECK(how.find("dipakai") == std::string::npos);
}

TEST_CASE("an English verb is the article's word of its translation's root", "[bot][english]") {
  testing::ArticleBot article("english-root", "giyanti.md", R"(---
title: Perjanjian Giyanti
subject: Perjanjian Giyanti
---

# Perjanjian Giyanti

Perjanjian Giyanti ditandatangani pada 13 Februari 1755. Perjanjian ini membagi Mataram menjadi dua.
)");
  // FreeDict gives "sign" as "menandatangani", which Snowball stems apart
  // from the article's "ditandatangani"; Hunspell roots them together.
  const std::string how = article.bot->explain("When was the Treaty of Giyanti signed?");
  INFO(how);
  CHECK(how.find("signed\xE2\x86\x92"
                 "ditandatangani") != std::string::npos);
  Answer a = article.bot->ask("g", "When was the Treaty of Giyanti signed?");
  INFO(a.text);
  CHECK(a.text.find("13 Februari 1755") != std::string::npos);
}

TEST_CASE("a superlative, English or Indonesian, asks which thing, not what a term means",
          "[bot][english]") {
  testing::ArticleBot article("superlative-which", "kutai.md", R"(---
title: Kerajaan Kutai
subject: Kerajaan Kutai
---

# Kerajaan Kutai

Kerajaan Kutai berdiri di tepi Sungai Mahakam. Rajanya yang terkenal adalah Mulawarman, dan upacara keagamaan Hindu dilakukan di sana. Kutai dianggap kerajaan tertua di Indonesia karena prasastinya merupakan tulisan tertua yang pernah ditemukan di Nusantara.

## Peninggalan

Tujuh yupa ditemukan di Muara Kaman. Yupa yang lama tersimpan di museum.
)");
  // "oldest" is "old" with "-est": the article's "tertua", not "lama".
  const std::string how = article.bot->explain("What is the oldest Hindu kingdom in Indonesia?");
  INFO(how);
  CHECK(how.find("oldest\xE2\x86\x92tertua") != std::string::npos);
  for (const char* q : {"What is the oldest Hindu kingdom in Indonesia?",
                        "Apa itu kerajaan Hindu tertua di Indonesia?"}) {
    Answer a = article.bot->ask("k", q);
    INFO(q << " -> " << a.text);
    CHECK(a.found);
    CHECK(a.text.find("Kutai dianggap kerajaan tertua") != std::string::npos);
  }
}

TEST_CASE("a name the reader capitalises is not mended into another word", "[bot][typo]") {
  testing::ArticleBot article("name-not-typo", "tsunami.md", R"(---
title: Tsunami
subject: Tsunami
---

# Tsunami

Tsunami adalah rangkaian gelombang laut besar. Tsunami Aceh menelan korban sekitar 230.000 jiwa, dan tinggi gelombangnya mencapai lebih dari 30 meter. Tsunami Palu melanda Donggala pada 2018.
)");
  // "Mentawai" is two edits from the article's "mencapai": a place the
  // article never names, asked of.
  const std::string how = article.bot->explain("Berapa korban tsunami Mentawai tahun 2010?");
  INFO(how);
  CHECK(how.find("mencapai") == std::string::npos);
  Answer a = article.bot->ask("m", "Berapa korban tsunami Mentawai tahun 2010?");
  INFO(a.text);
  CHECK_FALSE(a.found);
  // One slip in a capitalised word is still mended.
  CHECK(article.bot->explain("Kapan tsunami melanda Donggla?")
            .find("donggla\xE2\x86\x92"
                  "donggala") != std::string::npos);
}

TEST_CASE("an English content word is not read as an Indonesian function word", "[bot][english]") {
  testing::ArticleBot article("english-no-stopword", "urat.md", R"(---
title: Asam Urat
subject: Asam Urat
---

# Asam Urat

Asam urat adalah zat sisa pemecahan purin. Kadar normal pada wanita 2,4–6,0 mg/dL, bahkan bisa lebih rendah pada remaja.
)");
  // WordNet gives "level" the sense "even", which FreeDict reads "bahkan":
  // a noun of the question is no such word.
  const std::string how = article.bot->explain("What is the normal uric acid level for women?");
  INFO(how);
  CHECK(how.find("bahkan") == std::string::npos);
}

TEST_CASE("an English past form reads as the verb the article writes in its own affixes",
          "[bot][english]") {
  testing::ArticleBot article("english-affixes", "tokoh.md", R"(---
title: Tokoh Pesisir
subject: Tokoh Pesisir
---

# Tokoh Pesisir

Tokoh Pesisir adalah julukan bagi Raden Anom, pemimpin perlawanan di pantai utara.

## Akhir Hidup

Raden Anom diasingkan pada 1906. Ia wafat pada 1908 dan dimakamkan di Gunung Puyuh.
)");
  // "buried" is "bury" (a "y" the suffix turned into "i"); the lexicon's
  // "memakamkan", which the stemmer cuts apart from "dimakamkan", is read
  // as the article writes it.
  const std::string read = article.bot->explain("Where was Raden Anom buried?");
  INFO(read);
  CHECK(read.find("buried\u2192dimakamkan") != std::string::npos);
  Answer a = article.bot->ask("b", "Where was Raden Anom buried?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Gunung Puyuh") != std::string::npos);
}

TEST_CASE("a name and its number run together are read as the article writes them apart",
          "[bot][spelling]") {
  testing::ArticleBot article("numbered-name", "pph.md", R"(---
title: PPh 21
subject: PPh 21
---

# PPh 21

PPh 21 adalah pajak atas penghasilan dari pekerjaan. Tarif PPh 21 paling rendah adalah 5%.
)");
  const std::string how = article.bot->explain("tarif pph21 plg kecil brp persen");
  INFO(how);
  CHECK(how.find("pph21\u2192pph 21") != std::string::npos);
  Answer a = article.bot->ask("p", "tarif pph21 plg kecil brp persen");
  INFO(a.text);
  CHECK(a.text.find("5%") != std::string::npos);
  // (Not a word the article writes as it is.)
  CHECK(article.bot->explain("covid19").find("covid19\u2192") == std::string::npos);
}

TEST_CASE("spoken n- before d, j or c and m- before b keep the root's letter", "[bot][slang]") {
  testing::ArticleBot article("spoken-nasal", "si.md", R"(---
title: Sarekat Islam
subject: Sarekat Islam
---

# Sarekat Islam

Sarekat Islam adalah organisasi pergerakan nasional. Organisasi ini didirikan oleh Haji Samanhudi
dan menjual batik ke seluruh Jawa.
)");
  const std::string how = article.bot->explain("siapa yg ndiriin sarekat islam");
  INFO(how);
  CHECK(how.find("\"unknown\":[]") != std::string::npos);
  CHECK(how.find("\"diri\"") != std::string::npos);
}

TEST_CASE("English 'formed' is the article's 'terbentuk'", "[lang][english]") {
  testing::ArticleBot article("english-formed", "danau.md", R"(---
title: Danau Toba
subject: Danau Toba
---

# Danau Toba

Danau Toba adalah danau vulkanik terbesar di Indonesia. Danau ini terbentuk akibat letusan
supervulkan sekitar 74.000 tahun yang lalu.
)");
  const std::string how = article.bot->explain("How was Lake Toba formed?");
  INFO(how);
  CHECK(how.find("\"terbentuk\"") != std::string::npos);
}

TEST_CASE("an English verb is read in the lexicon's general sense before FreeDict's one",
          "[lang][english]") {
  testing::ArticleBot article("english-verb-sense", "batak.md", R"(---
title: Sisingamangaraja XII
subject: Sisingamangaraja XII
---

# Sisingamangaraja XII

Sisingamangaraja XII adalah raja Batak yang namanya dipakai untuk jalan di banyak kota dan
jalan protokol di Medan.

## Perang Batak

Perang Batak dimulai pada Februari 1878 ketika pasukannya menyerang pos Belanda di Bahal Batu.
)");
  // FreeDict gives "start" one sense, "menjalankan" (a machine's); the
  // article's "jalan" is a road.
  const std::string u = article.bot->explain("When did the Batak War start?");
  INFO(u);
  CHECK(u.find("start\u2192mulai") != std::string::npos);
  Answer a = article.bot->ask("s", "When did the Batak War start?");
  INFO(a.text);
  CHECK(a.text.find("1878") != std::string::npos);
}

TEST_CASE("a question opening 'When was' is English, and its participle reads as the verb",
          "[bot][english]") {
  testing::ArticleBot article("when-signed", "perjanjian.md", R"(---
title: Perjanjian Saragosa
subject: Perjanjian Saragosa
---

# Perjanjian Saragosa

Perjanjian Saragosa adalah perjanjian antara Portugis dan Spanyol yang ditandatangani pada 22 April
1529 di kota Saragosa.

## Isi

Perjanjian ini menetapkan garis batas di Samudra Pasifik. Tim gabungan direncanakan untuk menandai
garis ini, tetapi rencana itu tidak pernah terlaksana. Naskahnya ditandatangani kedua raja dan
disimpan di Lisboa.
)");
  Answer a = article.bot->ask("w", "When was the Treaty of Saragosa signed?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("22 April") != std::string::npos);
}

TEST_CASE("an English pair reads as the translation the article writes most", "[bot][english]") {
  testing::ArticleBot article("pair-most-used", "demokrasi.md", R"(---
title: Demokrasi di Indonesia
subject: Demokrasi
---

# Demokrasi di Indonesia

Demokrasi adalah pemerintahan dari rakyat, oleh rakyat, dan untuk rakyat: rakyat memegang
kekuasaan tertinggi. Salah satu wujudnya adalah pemilihan umum yang jujur dan adil.

## Sejarah

Pemilu pertama digelar pada tahun 1955 untuk memilih anggota DPR dan Konstituante. Sejak 2004,
presiden dipilih langsung lewat pemilu. Pemilu kini digelar setiap lima tahun.
)");
  Answer a = article.bot->ask("p", "When did Indonesia hold its first general election?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("1955") != std::string::npos);
}

TEST_CASE("'what' and 'cannot' read as 'apa' and 'tidak bisa' in an English question",
          "[bot][english]") {
  testing::ArticleBot article("what-cannot", "paten.md", R"(---
title: Hak Paten
subject: Hak Paten
---

# Hak Paten

Hak paten adalah hak eksklusif yang diberikan negara kepada inventor atas invensinya.

## Apa Saja yang Tidak Dapat Dipatenkan?

Invensi berikut tidak dapat diberi paten:

- Teori dan metode di bidang ilmu pengetahuan dan matematika
- Makhluk hidup, kecuali jasad renik

## Jangka Waktu

Paten biasa berlaku selama 20 tahun.
)");
  Answer a = article.bot->ask("w", "What things cannot be patented?");
  INFO(a.text);
  CHECK(a.found);
  CHECK(a.text.find("Makhluk hidup") != std::string::npos);
}
