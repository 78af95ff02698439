#include <catch2/catch.hpp>

#include "index/fts_tokenizer.h"
#include "index/sqlite.h"
#include "text/casing.h"
#include "text/clitic.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "text/year.h"

using namespace tanya;

TEST_CASE("lower_but_acronyms: small letters inside a sentence, acronyms kept", "[text]") {
  CHECK(tanya::lower_but_acronyms("Kerja Sama Bilateral") == "kerja sama bilateral");
  CHECK(tanya::lower_but_acronyms("MA") == "MA");
  CHECK(tanya::lower_but_acronyms("Pembangkit Listrik Tenaga Nuklir (PLTN)") ==
        "pembangkit listrik tenaga nuklir (PLTN)");
  // One capital is a word's first letter; more are the word's own casing.
  CHECK(tanya::lower_but_acronyms("A dan IoT") == "a dan IoT");
}

TEST_CASE("written_as_name: capitalised inside a sentence", "[text]") {
  CHECK(tanya::written_as_name("pakistan", "Apa penyebab banjir di Pakistan?"));
  CHECK_FALSE(tanya::written_as_name("pakistan", "apa penyebab banjir di pakistan?"));
  // A capital that starts the text or a sentence is no sign of a name.
  CHECK_FALSE(tanya::written_as_name("banjir", "Banjir itu apa?"));
  CHECK_FALSE(tanya::written_as_name("banjir", "Halo. Banjir itu apa?"));
  // Whole words only.
  CHECK_FALSE(tanya::written_as_name("paki", "di Pakistan"));
  CHECK_FALSE(tanya::written_as_name("", "di Pakistan"));
}

TEST_CASE("utf8::valid rejects ill-formed sequences", "[text]") {
  CHECK(utf8::valid("kerja sama"));
  CHECK(utf8::valid("\xC3\xA9konomi"));          // é
  CHECK_FALSE(utf8::valid("\xC3"));              // truncated
  CHECK_FALSE(utf8::valid("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(utf8::valid("\xED\xA0\x80"));      // UTF-16 surrogate
  CHECK_FALSE(utf8::valid("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(utf8::valid("abc\xFF"));
}

TEST_CASE("utf8::clean drops control characters and folds spaces", "[text]") {
  CHECK(utf8::clean(std::string("manfaat\0\a  kerja\t\nsama ", 22)) == "manfaat kerja sama");
  CHECK(utf8::clean("  ") == "");
  CHECK(utf8::clean("a\xFF"
                    "b") ==
        "a\xEF\xBF\xBD"
        "b");  // replaced by U+FFFD
}

TEST_CASE("utf8::truncate never splits a sequence", "[text]") {
  std::string s = "ab\xC3\xA9";  // "abé", 4 bytes
  CHECK(utf8::truncate(s, 3) == "ab");
  CHECK(utf8::truncate(s, 4) == s);
  CHECK(utf8::truncate("\xE2\x80\xA6", 2).empty());
}

TEST_CASE("fold lowercases and strips diacritics", "[text]") {
  CHECK(fold("KERJA") == "kerja");
  CHECK(fold("\xC3\x89konomi") == "ekonomi");  // Ékonomi
  CHECK(fold("na\xC3\xAFve") == "naive");
}

TEST_CASE("tokenizer normalizes Indonesian words", "[text]") {
  Tokenizer tok;
  auto words = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tok.tokenize(text)) out.push_back(t.word);
    return out;
  };
  SECTION("reduplication with a hyphen or a digit is one token") {
    CHECK(words("negara-negara") == std::vector<std::string>{"negara"});
    CHECK(words("bentuk2 kerja") == std::vector<std::string>{"bentuk", "kerja"});
    CHECK(words("Asia-Pacific") == std::vector<std::string>{"asia", "pacific"});
  }
  SECTION("words are kept as written: compounds are bridged toward each article") {
    // No built-in list of compounds: the understander reads "kerjasama"
    // as the article spells it (tests/unit/section_test.cc).
    CHECK(words("KerjaSama Internasional") ==
          std::vector<std::string>{"kerjasama", "internasional"});
  }
  SECTION("affixes are stemmed") {
    CHECK(tok.terms("manfaatnya") == tok.terms("manfaat"));
    CHECK(tok.terms("kepentingan")[0] == tok.terms("penting")[0]);
  }
  SECTION("FTS5 operators and punctuation never become tokens") {
    CHECK(words("\"tujuan\" AND (kerja OR sama) NOT * NEAR(a b) ^x -y col:z") ==
          std::vector<std::string>{"tujuan", "and", "kerja", "or", "sama", "not", "near", "a", "b",
                                   "x", "y", "col", "z"});
  }
  SECTION("offsets point into the original text") {
    std::string text = "Apa itu Kerja-sama?";
    auto toks = tok.tokenize(text);
    REQUIRE(toks.size() == 4);
    CHECK(text.substr(toks[2].begin, toks[2].end - toks[2].begin) == "Kerja");
  }
}

TEST_CASE("the FTS5 tokenizer produces the same terms as the query side", "[text][fts]") {
  sql::Db db(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  register_fts_tokenizer(db.get());
  db.exec(
      "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='tanya');"
      "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');");
  const std::string text =
      "Negara-negara menjalin KerjaSama bilateral, bentuk2 kepentingan-kepentingan!";
  sql::Stmt ins(db, "INSERT INTO t(body) VALUES (?1)");
  ins.bind(1, text).run();
  sql::Stmt q(db, "SELECT term FROM v ORDER BY offset");
  std::vector<std::string> indexed;
  while (q.step()) indexed.push_back(q.text(0));
  Tokenizer tok;
  CHECK(indexed == tok.terms(text));
}

TEST_CASE("unit symbols of figures are read as their words", "[text]") {
  Tokenizer tok;
  std::vector<std::string> words;
  auto tokens = tok.tokenize("Tarif 5% dan Rp10.000, atau Rp 2 juta.");
  for (const Token& t : tokens) words.push_back(t.word);
  CHECK(words == std::vector<std::string>{"tarif", "5", "persen", "dan", "rupiah", "10", "000",
                                          "atau", "rupiah", "2", "juta"});
  // Spans stay in the text, in order: the symbol's own.
  CHECK(tokens[2].begin == 7);
  CHECK(tokens[2].end == 8);
  CHECK(tokens[4].end - tokens[4].begin == 2);
  CHECK(tokens[5].begin == tokens[4].end);
  // Words that merely start with "rp" are words.
  CHECK(tok.tokenize("rpm")[0].word == "rpm");
}

TEST_CASE("sentences split at terminators followed by a space", "[text]") {
  auto s = split_sentences("Ajaib.co.id – Satu. Dua? Tiga: Empat");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "Ajaib.co.id – Satu.");
  CHECK(s[2] == "Tiga:");
}

TEST_CASE("no sentence ends inside a parenthesis", "[text]") {
  CHECK(split_sentences("Nama Budi Utomo (ejaan lama: Boedi Oetomo) berasal dari bahasa Jawa. "
                        "Kata budi berarti watak.") ==
        std::vector<std::string>{
            "Nama Budi Utomo (ejaan lama: Boedi Oetomo) berasal dari bahasa Jawa.",
            "Kata budi berarti watak."});
  // (One that never closes is no parenthesis to keep whole.)
  CHECK(split_sentences("Ada tanda ( di sini. Lalu lain.").size() == 2);
}

TEST_CASE("initials and numbered abbreviations do not end a sentence", "[text]") {
  CHECK(split_sentences("Skala ini dikembangkan oleh Charles F. Richter pada 1935. Kini lain.") ==
        std::vector<std::string>{"Skala ini dikembangkan oleh Charles F. Richter pada 1935.",
                                 "Kini lain."});
  CHECK(split_sentences("Hadir Mohammad Cai, R. Katjasoengkana, dan lainnya.").size() == 1);
  // Initials run together, before a name or opening the sentence.
  CHECK(
      split_sentences("R.A. Kartini adalah tokoh. Surat dikumpulkan J.H. Abendanon.") ==
      std::vector<std::string>{"R.A. Kartini adalah tokoh.", "Surat dikumpulkan J.H. Abendanon."});
  CHECK(split_sentences("Ia menggantikan UU No. 19 Tahun 2002. Sebelumnya lain.").size() == 2);
  // A capitalized word with no vowel is shortened ("Jl.", "Dr."); one in
  // capitals is an acronym that may end a sentence.
  CHECK(split_sentences("Candi ini beralamat di Jl. Raya Solo. Buka pukul 07.00.").size() == 2);
  CHECK(split_sentences("Ia dirawat Dr. Soetomo di Surabaya.").size() == 1);
  CHECK(split_sentences("Indonesia anggota PBB. Ia aktif.").size() == 2);
  // A letter that labels something may end its sentence.
  CHECK(split_sentences("Ada pekatan A dan pekatan B. Pekatan A berisi kalsium.").size() == 2);
  CHECK(split_sentences("Cincin berbentuk huruf C. Cincin ini kuat.").size() == 2);
  // A sentence may end in a number or a short word all the same.
  CHECK(split_sentences("Jumlahnya naik. 25 orang hadir.").size() == 2);
  CHECK(split_sentences("Ini F.").size() == 1);
}

TEST_CASE("'-nya' is a clitic after a stem of three letters or more", "[text]") {
  CHECK(has_nya("isinya"));
  CHECK(has_nya("kekuatannya"));
  CHECK_FALSE(has_nya("punya"));  // a word of its own
  CHECK_FALSE(has_nya("hanya"));
  CHECK_FALSE(has_nya("nya"));
  CHECK(without_nya("kekuatannya") == "kekuatan");
  CHECK(without_nya("hanya") == "hanya");
}

TEST_CASE("a year is four digits from 1000 to 2099, or digits its era marks", "[text]") {
  CHECK(has_year("2015"));
  CHECK(has_year("pada 17 Agustus 1945."));
  CHECK(has_year("sekitar 500 SM"));
  CHECK(has_year("tahun 907 M"));
  CHECK_FALSE(has_year("Rp100.000"));
  CHECK_FALSE(has_year("15000"));  // five digits: a count, no year
  CHECK_FALSE(has_year("3000"));
  CHECK_FALSE(has_year("500 SMP"));
}

TEST_CASE("holds_any finds any of several phrases as a contiguous run", "[text]") {
  const std::vector<std::string> words{"kini", "dikenal", "sebagai", "batik"};
  CHECK(holds_any(words, {{"disebut"}, {"dikenal", "sebagai"}}));
  CHECK_FALSE(holds_any(words, {{"sebagai", "dikenal"}}));
  CHECK_FALSE(holds_any(words, {}));
  CHECK_FALSE(holds_any(words, {{}}));  // an empty phrase never occurs
}

TEST_CASE("function words Snowball strips to a content word are their own terms", "[text]") {
  Tokenizer tok;
  // "berikut" (following) is no "ikut" (join), "tersebut" (that) no "disebut"
  // (named), "terhadap" (towards) no "menghadapi" (to face).
  CHECK(tok.terms("berikut") != tok.terms("ikut"));
  CHECK(tok.terms("tersebut") != tok.terms("disebut"));
  CHECK(tok.terms("terhadap") != tok.terms("menghadapi"));
  CHECK(tok.terms("terutama") != tok.terms("utama"));
  // Other words are stemmed as before.
  CHECK(tok.terms("mengikuti") == tok.terms("ikut"));
}

TEST_CASE("names in the spelling of before 1972 are read in today's", "[text]") {
  Tokenizer tok;
  CHECK(tok.terms("Tjokroaminoto") == tok.terms("Cokroaminoto"));
  CHECK(tok.terms("Soedirman") == tok.terms("Sudirman"));
  CHECK(tok.terms("Sjahrir") == tok.terms("Syahrir"));
  CHECK(tok.terms("Djuanda") == tok.terms("Juanda"));
  // Today's words are not respelled: "menjadi" keeps its "nj", "DJP" its
  // letters.
  CHECK(tok.terms("menjadi") == tok.terms("jadi"));
  CHECK(tok.terms("DJP") != tok.terms("JP"));
}

TEST_CASE("capital initials run together with dots are one word", "[text]") {
  Tokenizer tok;
  CHECK(tok.terms("H.O.S. Tjokroaminoto") == tok.terms("HOS Cokroaminoto"));
  CHECK(tok.terms("R.A. Kartini") == tok.terms("RA Kartini"));
  // Small letters abbreviate words, one initial stays a letter.
  CHECK(tok.terms("1 s.d. 5") == std::vector<std::string>{"1", "s", "d", "5"});
  CHECK(tok.terms("A. Gani").size() == 2);
}
