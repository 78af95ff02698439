#include "index/knowledge.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "index/indexer.h"
#include "text/sentences.h"

namespace tanya {

namespace {

void add_words(Knowledge& k, Tokenizer& tok, const std::string& text, Terms* terms,
               std::vector<std::string>* words = nullptr) {
  tok.tokenize(text, [&](const Token& t) {
    k.words.emplace(t.word, t.term);
    k.terms.insert(t.term);
    if (terms) terms->push_back(t.term);
    if (words) words->push_back(t.word);
  });
}

// Adds `alias` to the subject's other names, unless empty, the subject's
// own name, or there already.
void add_alias(KDocument& d, Terms alias) {
  if (alias.empty() || alias == d.subject_terms ||
      std::find(d.subject_aliases.begin(), d.subject_aliases.end(), alias) !=
          d.subject_aliases.end())
    return;
  d.subject_aliases.push_back(std::move(alias));
}

// Whether `clause`, the words before "disebut" or "dikenal sebagai", opens
// with the subject or a pointer back to it ("kondisi ini"), after nothing
// or a comma ("Di masyarakat, diabetes ..."), with only adverbs after it
// ("juga sering"): "Kebalikan dari inflasi disebut deflasi" names another
// thing.
bool names_subject_first(std::string clause, const std::string& subject) {
  auto trim = [](std::string& t) {
    while (!t.empty() && t.back() == ' ') t.pop_back();
  };
  auto ends_with = [](const std::string& t, std::string_view end) {
    return t.size() >= end.size() && t.compare(t.size() - end.size(), end.size(), end) == 0;
  };
  static constexpr std::string_view kAdverbs[] = {" juga",  " sering", " pun",   " lebih",
                                                  " kerap", " biasa",  " akrab", " lazim"};
  trim(clause);
  // "... berkat dompet digital atau yang sering disebut e-wallet": the
  // name right before "atau yang" is the one named, wherever it stands.
  bool or_which = false;
  for (std::string_view joint : {std::string_view(" atau yang"), std::string_view(" atau")}) {
    if (!or_which && ends_with(clause, joint)) {
      clause.resize(clause.size() - joint.size());
      trim(clause);
      or_which = true;
    }
  }
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view adverb : kAdverbs) {
      if (ends_with(clause, adverb)) {
        clause.resize(clause.size() - adverb.size());
        trim(clause);
        cut = true;
      }
    }
  }
  std::string rest;
  if (or_which) return ends_with(" " + clause, " " + subject);
  if (ends_with(" " + clause, " " + subject)) {
    rest = clause.substr(0, clause.size() - subject.size());
  } else if (ends_with(clause, " ini")) {
    rest = clause.substr(0, clause.size() - 4);
    const size_t space = rest.rfind(' ');
    rest = space == std::string::npos ? "" : rest.substr(0, space);
  } else if (ends_with(" " + clause, " ia") || ends_with(" " + clause, " dia") ||
             ends_with(" " + clause, " beliau")) {
    // (A person the opening is about is "ia" after the first sentence:
    // "Oleh rakyat, ia akrab disapa Pak Dirman".)
    rest = clause.substr(0, clause.rfind(' ') == std::string::npos ? 0 : clause.rfind(' '));
  } else {
    return false;
  }
  trim(rest);
  return rest.empty() || rest.back() == ',';
}

// Other names the article's opening says its subject goes by: "Dalam
// obrolan sehari-hari, kondisi ini juga sering disebut adiksi gawai atau
// kecanduan gadget", "diabetes lebih dikenal sebagai penyakit gula atau
// kencing manis". Only in the opening, and only in a sentence that names
// the subject or points back at it ("kondisi ini"): further on, "X
// dikenal sebagai ..." describes a part. A name is short; "disebut sebagai
// soko guru perekonomian" gives a description, not a name. (A person is
// called by a name too: "akrab disapa Pak Dirman", "dipanggil Kartini".)
void add_named_aliases(Knowledge& k, Tokenizer& tok, int doc, const std::string& subject) {
  static constexpr std::string_view kNamedBy[] = {" lebih dikenal sebagai ",
                                                  " juga dikenal sebagai ",
                                                  " dikenal juga sebagai ",
                                                  " dikenal sebagai ",
                                                  " sering disebut ",
                                                  " juga disebut ",
                                                  " disebut juga ",
                                                  " disebut ",
                                                  " disapa ",
                                                  " dipanggil ",
                                                  " dijuluki "};
  constexpr size_t kOpeningSections = 2;  // the lead and the first section
  constexpr size_t kLongestName = 3;      // words
  KDocument& d = k.docs[static_cast<size_t>(doc)];
  size_t seen = 0;
  for (size_t s = 0; s < k.sections.size() && seen < kOpeningSections; ++s) {
    if (k.sections[s].doc != doc) continue;
    ++seen;
    for (int bi : k.sections[s].blocks) {
      if (k.blocks[static_cast<size_t>(bi)].list) continue;
      for (int si : k.blocks[static_cast<size_t>(bi)].sentences) {
        const std::string text = ascii_lower(k.sentences[static_cast<size_t>(si)].text);
        for (std::string_view marker : kNamedBy) {
          const size_t at = text.find(marker);
          if (at == std::string::npos) continue;
          if (!names_subject_first(text.substr(0, at), subject)) break;
          std::string rest = text.substr(at + marker.size());
          if (rest.rfind("sebagai ", 0) == 0) break;
          rest = rest.substr(0, rest.find_first_of(",.;:"));
          // "disebut Penyakit Ginjal Kronis (PGK) atau dalam bahasa Inggris
          // CKD (Chronic Kidney Disease)": a parenthesis after a name gives
          // it again, short or in another language; the names go on after
          // it, and one may be led in by the language it is in.
          std::vector<std::string> names;
          for (size_t from = 0; from < rest.size();) {
            const size_t open = rest.find('(', from);
            const size_t close = open == std::string::npos ? open : rest.find(')', open);
            if (close == std::string::npos) {
              names.push_back(rest.substr(from));
              break;
            }
            names.push_back(rest.substr(from, open - from));
            names.push_back(rest.substr(open + 1, close - open - 1));
            from = close + 1;
          }
          auto trim = [](std::string& t) {
            const size_t first = t.find_first_not_of(' ');
            t = first == std::string::npos ? ""
                                           : t.substr(first, t.find_last_not_of(' ') - first + 1);
          };
          std::vector<std::string> split;
          for (const std::string& part : names) {
            for (size_t from = 0; from < part.size();) {
              size_t atau = part.find(" atau ", from);
              if (atau == std::string::npos) atau = part.size();
              std::string name = part.substr(from, atau - from);
              from = atau + 6;
              trim(name);
              if (name.rfind("atau ", 0) == 0) name = name.substr(5);
              if (name.rfind("dalam bahasa ", 0) == 0) {
                const size_t language_end = name.find(' ', 13);
                name = language_end == std::string::npos ? "" : name.substr(language_end + 1);
              }
              trim(name);
              if (!name.empty()) split.push_back(std::move(name));
            }
          }
          for (const std::string& name : split) {
            // (An acronym, "(PGK)", is a name of its own the article
            // expands; the reader who asks for it asks what it stands for.)
            const std::string& written = k.sentences[static_cast<size_t>(si)].text;
            if (written.find(ascii_upper(name)) != std::string::npos) continue;
            Terms alias;
            add_words(k, tok, name, &alias);
            if (alias.size() > kLongestName ||
                std::count(name.begin(), name.end(), ' ') + 1 > static_cast<long>(kLongestName))
              continue;
            add_alias(d, std::move(alias));
          }
          break;
        }
      }
    }
  }
}

}  // namespace

std::vector<Knowledge::ArticleRow> Knowledge::articles(const sql::Db& db) {
  std::vector<ArticleRow> rows;
  sql::Stmt docs(db, "SELECT id, slug, hash FROM documents ORDER BY slug");
  while (docs.step()) rows.push_back({docs.int64(0), docs.text(1), docs.text(2)});
  return rows;
}

std::shared_ptr<const Knowledge> Knowledge::load(const sql::Db& db, Tokenizer& tok) {
  return load_article(db, tok, 0);
}

// `only` = 0 reads every article (rowids start at 1).
std::shared_ptr<const Knowledge> Knowledge::load_article(const sql::Db& db, Tokenizer& tok,
                                                         int64_t only) {
  auto k = std::make_shared<Knowledge>();
  std::map<int64_t, int> doc_index, section_index, block_index;
  // One article is read through the indexes by article (schema.sql); the
  // whole index by scans. (A "?1 = 0 OR ..." test would defeat the indexes:
  // SQLite plans before it sees the value.)
  // (`?1 = 0` keeps the parameter in the statement, bound to 0.)
  auto where = [only](const char* column) {
    return only != 0 ? std::string(" WHERE ") + column + " = ?1" : std::string(" WHERE ?1 = 0");
  };

  sql::Stmt docs(
      db, "SELECT id, slug, title, subject, source FROM documents" + where("id") + " ORDER BY id");
  docs.bind(1, only);
  while (docs.step()) {
    KDocument d;
    d.slug = docs.text(1);
    d.title = docs.text(2);
    d.subject = docs.text(3);
    d.source = docs.text(4);
    d.hash = docs.text(5);
    add_words(*k, tok, d.subject, &d.subject_terms);
    // "Pemilihan Umum (Pemilu) di Indonesia" names the subject twice over:
    // readers say "pemilihan umum di Indonesia", "pemilu di Indonesia",
    // "pemilu" or "pemilihan umum", never both names at once.
    const size_t open = d.subject.find('('), close = d.subject.find(')');
    if (open != std::string::npos && close != std::string::npos && open < close) {
      const std::string rest = d.subject.substr(close + 1);
      const std::string inside = d.subject.substr(open + 1, close - open - 1);
      d.subject_terms.clear();
      add_words(*k, tok, d.subject.substr(0, open) + rest, &d.subject_terms);
      // The name ends at the parenthesis; what follows qualifies it.
      for (const std::string& name : {inside + rest, inside, d.subject.substr(0, open)}) {
        Terms alias;
        add_words(*k, tok, name, &alias);
        add_alias(d, std::move(alias));
      }
    }
    doc_index[docs.int64(0)] = static_cast<int>(k->docs.size());
    k->docs.push_back(std::move(d));
  }

  sql::Stmt secs(db, "SELECT id, document_id, level, heading, anchor, path FROM sections" +
                         where("document_id") + " ORDER BY document_id, ord");
  secs.bind(1, only);
  std::vector<int> open;  // innermost open section per level, for parents
  int last_doc = -1;
  while (secs.step()) {
    KSection s;
    s.doc = doc_index[secs.int64(1)];
    s.level = secs.integer(2);
    s.heading = secs.text(3);
    s.anchor = secs.text(4);
    s.path = secs.text(5);
    add_words(*k, tok, s.heading, &s.heading_terms, &s.heading_words);
    s.fts_heading_terms = tok.terms(s.path.empty() ? s.heading : s.path);
    int index = static_cast<int>(k->sections.size());
    if (s.doc != last_doc) open.clear();
    last_doc = s.doc;
    while (!open.empty() && k->sections[static_cast<size_t>(open.back())].level >= s.level)
      open.pop_back();
    s.parent = open.empty() ? -1 : open.back();
    open.push_back(index);
    section_index[secs.int64(0)] = index;
    k->sections.push_back(std::move(s));
  }

  sql::Stmt blocks(db,
                   "SELECT b.id, b.section_id, b.kind, b.text, c.id FROM blocks b "
                   "JOIN chunks c ON c.block_id = b.id JOIN sections s ON s.id = b.section_id" +
                       where("s.document_id") + " ORDER BY b.section_id, b.ord");
  blocks.bind(1, only);
  sql::Stmt items(db, "SELECT text FROM items WHERE block_id = ?1 ORDER BY ord");
  while (blocks.step()) {
    KBlock b;
    b.section = section_index[blocks.int64(1)];
    b.list = blocks.text(2) != "paragraph";
    b.chunk_id = blocks.int64(4);
    int bi = static_cast<int>(k->blocks.size());
    auto& sec = k->sections[static_cast<size_t>(b.section)];
    auto add_sentence = [&](const std::string& text, int item) {
      KSentence s;
      s.text = text;
      s.block = bi;
      s.item = item;
      tok.tokenize(text, [&](const Token& t) {
        k->words.emplace(t.word, t.term);
        k->terms.insert(t.term);
        s.terms.push_back(t.term);
        s.words.push_back(t.word);
        s.begins.push_back(t.begin);
      });
      b.sentences.push_back(static_cast<int>(k->sentences.size()));
      k->sentences.push_back(std::move(s));
    };
    if (b.list && !blocks.text(3).empty()) {
      // A nested list: its lead is the item it hangs from.
      b.lead = blocks.text(3);
      tok.tokenize(b.lead, [&](const Token& t) {
        b.lead_terms.push_back(t.term);
        b.lead_words.push_back(t.word);
      });
    }
    if (b.list) {
      // Else the lead is the last sentence of the paragraph before the list.
      if (b.lead.empty() && !sec.blocks.empty()) {
        const KBlock& prev = k->blocks[static_cast<size_t>(sec.blocks.back())];
        if (!prev.list && !prev.sentences.empty()) {
          const std::string& last = k->sentences[static_cast<size_t>(prev.sentences.back())].text;
          if (!last.empty() && last.back() == ':') {
            b.lead = last;
            b.lead_terms = k->sentences[static_cast<size_t>(prev.sentences.back())].terms;
            b.lead_words = k->sentences[static_cast<size_t>(prev.sentences.back())].words;
          }
        }
      }
      items.bind(1, blocks.int64(0));
      int n = 0;
      while (items.step()) add_sentence(items.text(0), n++);
      items.reset();
    } else {
      for (const std::string& s : split_sentences(blocks.text(3))) add_sentence(s, -1);
    }
    block_index[blocks.int64(0)] = bi;
    k->block_of_chunk[b.chunk_id] = bi;
    sec.blocks.push_back(bi);
    k->blocks.push_back(std::move(b));
  }

  sql::Stmt ents(db,
                 "SELECT id, document_id, name, expansion, kind, section_id, block_id, item_ord "
                 "FROM entities" +
                     where("document_id") + " ORDER BY id");
  ents.bind(1, only);
  sql::Stmt aliases(db, "SELECT alias FROM aliases WHERE entity_id = ?1");
  while (ents.step()) {
    KEntity e;
    e.doc = doc_index[ents.int64(1)];
    e.name = ents.text(2);
    e.expansion = ents.text(3);
    e.kind = ents.text(4);
    e.section = section_index[ents.int64(5)];
    e.block = ents.is_null(6) ? -1 : block_index[ents.int64(6)];
    e.item = ents.is_null(7) ? -1 : ents.integer(7);
    aliases.bind(1, ents.int64(0));
    while (aliases.step()) e.aliases.push_back(aliases.text(0));
    aliases.reset();
    for (const std::string* n : {&e.name, &e.expansion}) {
      if (n->empty()) continue;
      e.name_terms.emplace_back();
      add_words(*k, tok, *n, &e.name_terms.back());
    }
    for (const std::string& a : e.aliases) {
      e.name_terms.emplace_back();
      add_words(*k, tok, a, &e.name_terms.back());
    }
    if (e.kind == "subtype")
      k->sections[static_cast<size_t>(e.section)].subtype = static_cast<int>(k->entities.size());
    k->entities.push_back(std::move(e));
  }

  // Every article after the first is an entity named by its subject, scoped
  // to its lead section (which encloses all of its sections).
  for (size_t d = 1; d < k->docs.size(); ++d) {
    const KDocument& doc = k->docs[d];
    if (doc.subject_terms.empty()) continue;
    for (size_t s = 0; s < k->sections.size(); ++s) {
      if (k->sections[s].doc != static_cast<int>(d) || k->sections[s].parent >= 0) continue;
      KEntity e;
      e.doc = static_cast<int>(d);
      e.name = doc.subject;
      e.kind = "subject";
      e.section = static_cast<int>(s);
      e.name_terms.push_back(doc.subject_terms);
      k->sections[s].subtype = static_cast<int>(k->entities.size());
      k->entities.push_back(std::move(e));
      break;
    }
  }

  // Other names of each article's subject, as the article gives them: a
  // parenthesis right after it ("Komputasi Awan (Cloud Computing)"), in the
  // title, a heading or the text. Readers ask with either name.
  for (size_t d = 0; d < k->docs.size(); ++d) {
    KDocument& doc = k->docs[d];
    const std::string subject = ascii_lower(doc.subject);
    if (subject.empty()) continue;
    std::vector<const std::string*> texts{&doc.title};
    for (const KSection& sec : k->sections) {
      if (sec.doc == static_cast<int>(d)) texts.push_back(&sec.heading);
    }
    // (Not an acronym the article spells out as another name: "Urun Dana
    // (SCF)" in a heading, where "Securities Crowdfunding (SCF)" is one
    // kind of it.)
    std::unordered_set<std::string> others_acronyms;
    for (const KEntity& e : k->entities) {
      if (e.doc == static_cast<int>(d) && !e.expansion.empty() &&
          ascii_lower(e.expansion) != subject)
        others_acronyms.insert(ascii_lower(e.name));
    }
    const size_t headings = texts.size();
    for (const KSentence& sent : k->sentences) {
      const KBlock& b = k->blocks[static_cast<size_t>(sent.block)];
      if (k->sections[static_cast<size_t>(b.section)].doc == static_cast<int>(d))
        texts.push_back(&sent.text);
    }
    for (size_t ti = 0; ti < texts.size(); ++ti) {
      const std::string* text = texts[ti];
      const std::string folded = ascii_lower(*text);
      // In running text (not a title or heading, which capitalize every
      // word), a capitalized word before the subject begins a longer name
      // whose head it is: "Segitiga Terumbu Karang (Coral Triangle)" names
      // a region, not the reef.
      const bool running = ti >= headings;
      auto inside_longer_name = [&](size_t at) {
        if (!running || at < 2 || (*text)[at - 1] != ' ') return false;
        size_t start = text->rfind(' ', at - 2);
        start = start == std::string::npos ? 0 : start + 1;
        const bool opens_sentence = start == 0;
        // (So does a word that opens the sentence or item, before the
        // subject in small letters: "Pemberi waralaba (franchisor), yaitu
        // ..." glosses the giver, not the franchise.)
        return std::isupper(static_cast<unsigned char>((*text)[start])) &&
               (opens_sentence || std::isupper(static_cast<unsigned char>((*text)[at])));
      };
      for (size_t at = folded.find(subject); at != std::string::npos;
           at = folded.find(subject, at + 1)) {
        if (inside_longer_name(at)) continue;
        size_t paren = at + subject.size();
        if (paren + 1 >= folded.size() || folded.compare(paren, 2, " (") != 0) continue;
        size_t close = folded.find(')', paren + 2);
        if (close == std::string::npos || close - paren - 2 > 60) continue;
        // "(Artificial Intelligence/AI)": each name the slash sets apart.
        const std::string inside = text->substr(paren + 2, close - paren - 2);
        for (size_t from = 0; from <= inside.size();) {
          size_t slash = inside.find('/', from);
          if (slash == std::string::npos) slash = inside.size();
          const std::string name = inside.substr(from, slash - from);
          from = slash + 1;
          if (others_acronyms.count(ascii_lower(name))) continue;
          Terms alias;
          add_words(*k, tok, name, &alias);
          add_alias(doc, std::move(alias));
        }
      }
    }
    add_named_aliases(*k, tok, static_cast<int>(d), subject);
  }

  sql::Stmt rewrites(
      db, "SELECT document_id, phrase, replacement FROM rewrites" + where("document_id"));
  rewrites.bind(1, only);
  while (rewrites.step()) {
    k->docs[static_cast<size_t>(doc_index[rewrites.int64(0)])].rewrites.emplace_back(
        rewrites.text(1), rewrites.text(2));
  }

  sql::Stmt curated(db, "SELECT document_id, questions, answer, section FROM curated" +
                            where("document_id") + " ORDER BY document_id, ord");
  curated.bind(1, only);
  while (curated.step()) {
    KDocument::Curated c;
    nlohmann::json questions = nlohmann::json::parse(curated.text(1), nullptr, false);
    if (questions.is_array()) {
      for (const auto& q : questions) {
        if (q.is_string()) c.questions.push_back(q.get<std::string>());
      }
    }
    c.answer = curated.text(2);
    c.section = curated.text(3);
    k->docs[static_cast<size_t>(doc_index[curated.int64(0)])].curated.push_back(std::move(c));
  }

  sql::Stmt errata(db,
                   "SELECT document_id, wrong, correct, note FROM errata" + where("document_id"));
  errata.bind(1, only);
  while (errata.step()) {
    k->docs[static_cast<size_t>(doc_index[errata.int64(0)])].errata.push_back(
        {errata.text(1), errata.text(2), errata.text(3)});
  }

  // An entity whose name holds a known mistake ("World Trade Center
  // Organization") is also named the right way, as readers will write it.
  for (KEntity& e : k->entities) {
    for (const auto& erratum : k->docs[static_cast<size_t>(e.doc)].errata) {
      for (const std::string* n : {&e.name, &e.expansion}) {
        size_t at = erratum.wrong.empty() ? std::string::npos : n->find(erratum.wrong);
        if (at == std::string::npos) continue;
        std::string right = *n;
        right.replace(at, erratum.wrong.size(), erratum.correct);
        e.name_terms.emplace_back();
        add_words(*k, tok, right, &e.name_terms.back());
      }
    }
  }

  for (const KSentence& s : k->sentences) {
    std::unordered_set<std::string> seen(s.terms.begin(), s.terms.end());
    for (const auto& t : seen) ++k->term_sentences[t];
  }
  return k;
}

double Knowledge::weight(const std::string& term) const {
  auto it = term_sentences.find(term);
  double df = it == term_sentences.end() ? 0 : it->second;
  return 1.0 + std::log((1.0 + static_cast<double>(sentences.size())) / (1.0 + df));
}

int Knowledge::nested_list(int item) const {
  if (item < 0 || static_cast<size_t>(item) >= sentences.size()) return -1;
  const KSentence& s = sentences[static_cast<size_t>(item)];
  if (s.item < 0) return -1;
  const KBlock& b = blocks[static_cast<size_t>(s.block)];
  for (int bi : sections[static_cast<size_t>(b.section)].blocks) {
    const KBlock& nested = blocks[static_cast<size_t>(bi)];
    if (bi != s.block && nested.list && !nested.sentences.empty() && nested.lead == s.text)
      return bi;
  }
  return -1;
}

int Knowledge::parent_item(int block) const {
  if (block < 0 || static_cast<size_t>(block) >= blocks.size()) return -1;
  const int section = blocks[static_cast<size_t>(block)].section;
  int parent = -1;
  for (int bi = block - 1; bi >= 0 && blocks[static_cast<size_t>(bi)].section == section; --bi) {
    for (int si : blocks[static_cast<size_t>(bi)].sentences) {
      if (nested_list(si) == block) parent = si;
    }
    if (parent >= 0) break;
  }
  return parent;
}

bool Knowledge::nests(int block) const {
  const KBlock& b = blocks[static_cast<size_t>(block)];
  if (!b.list || b.lead.empty()) return false;
  for (int bi : sections[static_cast<size_t>(b.section)].blocks) {
    const KBlock& other = blocks[static_cast<size_t>(bi)];
    if (bi == block || !other.list) continue;
    for (int si : other.sentences) {
      if (sentences[static_cast<size_t>(si)].text == b.lead) return true;
    }
  }
  return false;
}

bool Knowledge::within(int s, int ancestor) const {
  while (s >= 0) {
    if (s == ancestor) return true;
    s = sections[static_cast<size_t>(s)].parent;
  }
  return false;
}

bool Knowledge::named_by_one_word(int sentence) const {
  const KSentence& s = sentences[static_cast<size_t>(sentence)];
  if (s.item < 0 || s.words.empty() || s.begins.empty()) return false;
  const size_t end = s.text.find_first_of(",:.(");
  return s.begins.size() < 2 || s.begins[1] >= end;
}

int Knowledge::section_of(int sentence) const {
  return blocks[static_cast<size_t>(sentences[static_cast<size_t>(sentence)].block)].section;
}

int Knowledge::subtype_section(int s) const {
  while (s >= 0) {
    if (sections[static_cast<size_t>(s)].subtype >= 0) return s;
    s = sections[static_cast<size_t>(s)].parent;
  }
  return -1;
}

}  // namespace tanya
