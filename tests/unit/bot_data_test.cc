// bot/ holds general language and behaviour only. Every article the project
// has (the corpus, the quality sets and the sealed hold-outs) is read, and
// what it is about must not appear anywhere in bot/: its subject, the names
// and expansions of its acronyms and named things, and the terms it defines.
// What one article needs goes beside it, in corpus/<id>.json.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "base/files.h"
#include "bot/lexicon.h"
#include "index/document.h"
#include "index/entities.h"
#include "testing.h"
#include "text/speller.h"
#include "text/thesaurus.h"
#include "text/tokenizer.h"

using namespace tanya;

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every string in a JSON document, keys included.
void strings_of(const nlohmann::json& j, std::vector<std::string>* out) {
  if (j.is_string()) out->push_back(j.get<std::string>());
  if (j.is_object()) {
    for (auto& [k, v] : j.items()) {
      out->push_back(k);
      strings_of(v, out);
    }
  }
  if (j.is_array()) {
    for (const auto& v : j) strings_of(v, out);
  }
}

}  // namespace

TEST_CASE("bot/ names no article's subject, acronyms or defined terms", "[bot][data]") {
  Tokenizer tok;
  auto words = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tok.tokenize(text)) out.push_back(t.word);
    return out;
  };
  std::vector<std::vector<std::string>> bot_texts;
  std::vector<std::string> raw_bot;
  for (const auto& f : std::filesystem::directory_iterator(testing::source_dir() + "/bot")) {
    std::vector<std::string> all;
    strings_of(nlohmann::json::parse(read(f.path())), &all);
    for (const auto& s : all) {
      bot_texts.push_back(words(s));
      raw_bot.push_back(s);
    }
  }
  REQUIRE(bot_texts.size() > 500);
  // A word the general thesaurus knows, and never as a noun ("langsung",
  // "terbuka"), is language even where an article defines it as a term:
  // subjects are named by nouns.
  std::string error;
  const auto thesaurus = Thesaurus::load("/usr/share/mythes/th_id_ID_v2", &error);
  REQUIRE(thesaurus);
  const auto speller = Speller::load("/usr/share/hunspell/id_ID", &error);
  REQUIRE(speller);
  auto never_noun = [&](const std::string& word) {
    const std::vector<Synonym> senses = thesaurus->synonyms(word);
    return !senses.empty() && std::none_of(senses.begin(), senses.end(), [](const Synonym& s) {
      return s.word_class == "n" || s.word_class.empty();
    });
  };
  // The phrases readers ask with ("pengertian", "penyebab", a topic's
  // "cara mengatasi") are language, even where an article heads a
  // comparison row with one.
  std::set<std::string> asking;
  auto phrase_of = [&](const std::string& text) {
    std::string out;
    for (const std::string& x : words(text)) out += (out.empty() ? "" : " ") + x;
    return out;
  };
  {
    const auto lexicon = nlohmann::json::parse(read(testing::source_dir() + "/bot/lexicon.json"));
    for (const auto& set : lexicon.at("qtypes")) {
      for (const auto& p : set.at("phrases")) asking.insert(phrase_of(p.get<std::string>()));
    }
    const auto topics = nlohmann::json::parse(read(testing::source_dir() + "/bot/topics.json"));
    for (const auto& topic : topics.at("topics")) {
      for (const auto& p : topic.at("synonyms")) asking.insert(phrase_of(p.get<std::string>()));
    }
  }

  size_t articles = 0, checked = 0;
  // The shipped corpus and every test article set (tests/qa/*/).
  std::vector<std::string> dirs{testing::source_dir() + "/corpus"};
  for (const auto& d : std::filesystem::directory_iterator(testing::source_dir() + "/tests/qa")) {
    if (d.is_directory()) dirs.push_back(d.path().string());
  }
  for (const std::string& dir : dirs) {
    for (const auto& f : std::filesystem::directory_iterator(dir)) {
      if (f.path().extension() != ".md") continue;
      Document doc = parse_markdown(f.path().stem().string(), read(f.path()));
      ++articles;
      // (phrase, whether case matters): a short acronym ("WHO", "BI") is
      // only itself in capitals; bot/ is lowercase by design.
      std::vector<std::pair<std::string, bool>> names{{doc.subject, false}};
      for (const EntityRecord& e : extract_entities(doc)) {
        bool acronym = e.kind == "acronym" && e.name.size() < 4;
        // A list item of one dictionary word ("- Perbankan") is a field
        // named in everyday words, not a name the article coins.
        const std::vector<std::string> name = words(e.name);
        if (e.kind == "named" && name.size() == 1 && speller->valid(name[0])) continue;
        names.emplace_back(e.name, acronym);
        if (!e.expansion.empty()) names.emplace_back(e.expansion, false);
      }
      // A term a list item opens with is checked when it is a phrase: one
      // word there is mostly a label in everyday words ("Pemeriksaan",
      // "Perbankan"), which general English glosses must be free to use.
      for (const Section& s : doc.sections) {
        for (const Block& b : s.blocks) {
          for (const std::string& term : b.item_terms) {
            // (Unless Debian's thesaurus lists the phrase as a word of the
            // language, "bencana alam": an item term, not a coined name.)
            const std::vector<std::string> w = words(term);
            std::string joined;
            for (const std::string& x : w) joined += (joined.empty() ? "" : " ") + x;
            if (w.size() > 1 && thesaurus->synonyms(joined).empty())
              names.emplace_back(term, false);
          }
        }
      }
      for (const auto& [name, exact] : names) {
        ++checked;
        if (exact) {
          // (As a word of its own: "Si" is in "Silakan", and names nothing.)
          auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
          for (const std::string& s : raw_bot) {
            bool found = false;
            for (size_t at = s.find(name); at != std::string::npos && !found;
                 at = s.find(name, at + 1)) {
              const size_t end = at + name.size();
              found = (at == 0 || !letter(s[at - 1])) && (end == s.size() || !letter(s[end]));
            }
            INFO(f.path().filename().string() << ": \"" << name << "\" in bot/: " << s);
            CHECK_FALSE(found);
          }
          continue;
        }
        std::vector<std::string> phrase = words(name);
        // One short everyday word ("Gejala", "Usia") is language, not a subject.
        if (phrase.empty() || (phrase.size() == 1 && phrase[0].size() < 8)) continue;
        if (asking.count(phrase_of(name)) || (phrase.size() == 1 && never_noun(phrase[0])))
          continue;
        for (const auto& text : bot_texts) {
          INFO(f.path().filename().string() << ": \"" << name << "\" in bot/");
          CHECK(find_phrase(text, phrase) < 0);
        }
      }
    }
  }
  CHECK(articles >= 9);
  CHECK(checked > 100);
}

TEST_CASE("a template or question type the code needs fails loudly when missing", "[bot][data]") {
  Tokenizer tok;
  auto files = read_data_files(testing::source_dir() + "/bot", {});
  REQUIRE_NOTHROW(Lexicon::load(files, tok));
  for (const char* name : {"templates.json", "lexicon.json"}) {
    auto broken = files;
    for (DataFile& f : broken) {
      if (f.path != name) continue;
      auto j = nlohmann::json::parse(f.data);
      if (j.contains("classified")) j.erase("classified");
      if (j.contains("qtypes")) {
        auto& q = j["qtypes"];
        for (size_t i = 0; i < q.size(); ++i) {
          if (q[i]["type"] == "yesno") q.erase(i);
        }
      }
      f.data = j.dump();
    }
    INFO(name);
    CHECK_THROWS_WITH(Lexicon::load(broken, tok),
                      Catch::Contains(name) && Catch::Contains("missing"));
  }
  // A name the code asks for that is not declared is a programming error.
  Lexicon lx = Lexicon::load(files, tok);
  CHECK_THROWS_AS(lx.tmpl("no_such_template"), std::logic_error);
}

TEST_CASE("a chat shorthand listed with one reading fails loudly", "[bot][data]") {
  Tokenizer tok;
  auto files = read_data_files(testing::source_dir() + "/bot", {});
  for (DataFile& f : files) {
    if (f.path != "lexicon.json") continue;
    auto j = nlohmann::json::parse(f.data);
    j["slang"]["mkn"] = nlohmann::json::array({"makan"});
    f.data = j.dump();
  }
  // A list says the shorthand stands for several words; one is a plain entry.
  CHECK_THROWS_WITH(Lexicon::load(files, tok),
                    Catch::Contains("lexicon.json") && Catch::Contains("mkn"));
}
