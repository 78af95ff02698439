// Knowledge: an immutable, in-memory snapshot of an index: the articles'
// sections, paragraphs, sentences, lists and entities, each already
// tokenized. Loaded once; shared by every thread without locks (only const
// members). Search itself goes through a Searcher (FTS5), one per thread.
#ifndef TANYA_INDEX_KNOWLEDGE_H_
#define TANYA_INDEX_KNOWLEDGE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "index/document.h"
#include "index/sqlite.h"
#include "text/tokenizer.h"

namespace tanya {

using Terms = std::vector<std::string>;

struct KDocument {
  std::string slug, title, subject, source;
  std::string hash;  // of the files it was read from (Corpus::document_hashes)
  Terms subject_terms;
  std::vector<Terms> subject_aliases;  // other names the article gives it ("Cloud Computing")
  // Readers' phrases for this article's words, from corpus/<id>.json.
  std::vector<std::pair<std::string, std::string>> rewrites;
  // An editor's curated answers, from corpus/<id>.json.
  struct Curated {
    std::vector<std::string> questions;
    std::string answer;
    std::string section;  // heading cited, "" for none
  };
  std::vector<Curated> curated;
  struct Erratum {
    std::string wrong, correct, note;
  };
  std::vector<Erratum> errata;
};

struct KSection {
  int doc = 0;
  int level = 1;
  int parent = -1;   // enclosing section (by heading level), -1 for the lead
  int subtype = -1;  // entity this section describes (a sub-type, another article's subject), or -1
  std::string heading, anchor;
  std::string path;  // "Bentuk Kerja Sama Internasional › #1 Kerja sama Bilateral"
  Terms heading_terms;
  std::vector<std::string> heading_words;  // folded words, aligned with heading_terms
  Terms fts_heading_terms;  // the terms of `path` (or the heading): a chunk's heading column
  std::vector<int> blocks;
};

// A paragraph sentence or a list item: the unit answers are cut from.
struct KSentence {
  std::string text;
  Terms terms;
  std::vector<std::string> words;  // folded words, aligned with terms
  std::vector<uint32_t> begins;    // byte offset of each token in text
  int block = 0;
  int item = -1;  // list item index, -1 for a paragraph sentence
};

struct KBlock {
  int section = 0;
  bool list = false;
  std::string lead;  // sentence introducing a list ("... yaitu:")
  Terms lead_terms;
  std::vector<std::string> lead_words;  // folded words, aligned with lead_terms
  std::vector<int> sentences;           // paragraph sentences, or one per list item
  int64_t chunk_id = 0;
};

struct KEntity {
  int doc = 0;
  // kind: "acronym", "named", "subtype" (a section describes it), or
  // "subject": the subject of an article after the first. The first
  // article's subject is the corpus's own scope (Understanding::subject);
  // any other article is reached by naming its subject, and is then asked
  // about like a sub-type: its whole text is about it.
  std::string name, expansion, kind;
  std::vector<std::string> aliases;
  std::vector<Terms> name_terms;  // terms of the name, the expansion and each alias
  int section = 0;
  int block = -1;
  int item = -1;

  // True when the entity has a section of its own that is all about it, so
  // that everything in it speaks of it without naming it.
  bool scoped() const { return kind == "subtype" || kind == "subject"; }
};

class Knowledge {
 public:
  // Reads everything from an open index; `tokenizer` must be the one the
  // index was built with. Throws sql::SqliteError on a broken index.
  static std::shared_ptr<const Knowledge> load(const sql::Db& db, Tokenizer& tokenizer);
  // Reads one article of the index (documents.id = `document_id`) as if it
  // were alone: its words, weights and entities only. Each article of a
  // site is answered from its own snapshot, so that another article's words
  // never weigh in its answers.
  static std::shared_ptr<const Knowledge> load_article(const sql::Db& db, Tokenizer& tokenizer,
                                                       int64_t document_id);
  // Every article in the index, in file-name order: its row id (for
  // load_article), its id (slug) and the hash of its files.
  struct ArticleRow {
    int64_t id = 0;
    std::string slug, hash;
  };
  static std::vector<ArticleRow> articles(const sql::Db& db);

  std::vector<KDocument> docs;
  std::vector<KSection> sections;
  std::vector<KBlock> blocks;
  std::vector<KSentence> sentences;
  std::vector<KEntity> entities;

  // Folded word -> term, for every word of the articles (typo correction,
  // "is this word in the article at all").
  std::unordered_map<std::string, std::string> words;
  std::unordered_set<std::string> terms;
  // Number of sentences containing each term; rarer terms say more.
  std::unordered_map<std::string, int> term_sentences;
  std::unordered_map<int64_t, int> block_of_chunk;

  // Inverse sentence frequency weight of a term, about 1 (common) to 4 (rare).
  double weight(const std::string& term) const;
  // True when section `s` is `ancestor` or lies inside it.
  bool within(int s, int ancestor) const;
  // The section that sentence `sentence` is in.
  int section_of(int sentence) const;
  // True when sentence `sentence` opens a list item whose name is one word
  // ("**Arabika** (*Coffea arabica*), yaitu ..."): one kind among the
  // list's items. ("Kopi Gayo" beside "Robusta Lampung" is not: names of
  // two words share a first word with other things.)
  bool named_by_one_word(int sentence) const;
  // The list nested under the item that is sentence `item` ("Di sekolah"
  // over "- Mengikuti upacara ..."): its block index, or -1 when none.
  int nested_list(int item) const;
  // The item that list block `block` is nested under ("Penyakit non-infeksi,
  // yaitu ...:" over "- Asma: ..."): its sentence index, or -1 when none.
  int parent_item(int block) const;
  // True when list block `block` hangs from an item of another list.
  bool nests(int block) const;
  // The sub-type section that `s` belongs to, or -1.
  int subtype_section(int s) const;
};

}  // namespace tanya

#endif  // TANYA_INDEX_KNOWLEDGE_H_
