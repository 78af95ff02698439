// Builds the SQLite index (index/schema.sql) from the corpus: documents,
// sections, blocks, list items, searchable chunks with FTS5, entities and
// errata. The database is written to a temporary file next to the target
// and renamed into place, so a crash never leaves a half-built index, and a
// reader that has the old file open keeps a consistent view.
#ifndef TANYA_INDEX_INDEXER_H_
#define TANYA_INDEX_INDEXER_H_

#include <map>
#include <string>
#include <vector>

#include "base/files.h"
#include "index/document.h"

namespace tanya {

// Bump when index/schema.sql or what the indexer writes changes.
inline constexpr int kSchemaVersion = 29;  // 2: md4c; 3: rewrites; 4: nested list leads;
                                           // 5: blends keep their head; 6: initials
                                           // end no sentence; 7: "P3K", "PBB-P2";
                                           // 8: "hemoglobin (Hb)"; 9: "Posbakum";
                                           // 10: table rows are no names;
                                           // 11: bold labels head parts;
                                           // 12: "Posyandu (Pos ...)";
                                           // 13: bold-led paragraphs are a list;
                                           // 14: indexes by article;
                                           // 15: a hash per article;
                                           // 16: curated answers;
                                           // 17: "PPh" spelled by parts;
                                           // 18: "(Tri Pusat Pendidikan)" names
                                           // its heading's part;
                                           // 19: "X adalah singkatan dari Y";
                                           // 20: "Undang-Undang ... (UU LLAJ)";
                                           // 21: "... Bahan Bakar Umum (SPBU)";
                                           // 22: "R.A. Kartini" ends no sentence;
                                           // 23: "**Hibah**" alone on its line
                                           // is set off by a colon; 24: "Di
                                           // Pulau X" names "Pulau X", "Panjang:
                                           // 100 km" names nothing; 25: "Jl."
                                           // ends no sentence; 26: "EM4 (Effective
                                           // Microorganisms 4)"; 27: loose
                                           // capital acronyms; 28: no sentence
                                           // ends inside a parenthesis; 29:
                                           // "Kepanjangannya adalah ..."
                                           // after a definition

struct Erratum {
  std::string document;  // document id
  std::string wrong, correct, note;
};

// A reader's phrase for one article's own words ("negara sekawasan" ->
// "regional"), from the article's own data file: it applies to that article
// only, never to another.
struct Rewrite {
  std::string document;  // document id
  std::string from, to;
};

// An editor's answer to a question the article leaves open or answers
// badly (corpus/<id>.json "curated"): the readers' phrasings and one answer,
// optionally citing a section by its heading.
struct Curated {
  std::string document;  // document id
  std::vector<std::string> questions;
  std::string answer;
  std::string section;
};

struct Corpus {
  std::vector<Document> documents;
  std::vector<Erratum> errata;
  std::vector<Rewrite> rewrites;
  std::vector<Curated> curated;
  std::string fingerprint;  // hash of the files, the schema and the tokenizer versions
  // Per document id, the hash of what the article's rows are made from:
  // its Markdown, its errata and rewrites, the schema and tokenizer versions.
  std::map<std::string, std::string> document_hashes;
};

// Parses the corpus files: every "*.md" is an article; "<id>.json" beside it
// is optional data for that article only: {"rewrites": {"reader's phrase":
// "the article's words"}, "errata": [{"wrong","right","note"}], "curated":
// [{"questions": ["...", ...], "answer": "...", "section": "heading"}]}; and the
// older "errata.json" maps a document id to errata. Throws
// std::runtime_error on a malformed JSON file.
Corpus load_corpus(const std::vector<DataFile>& files);

struct IndexStats {
  int documents = 0, sections = 0, chunks = 0, entities = 0;  // written
  int unchanged = 0, removed = 0;                             // by update_index
  bool full = true;                                           // the whole index was written anew
  double milliseconds = 0;
};

// Writes the index for `corpus` to `path` atomically. Throws on failure.
IndexStats build_index(const Corpus& corpus, const std::string& path);

// Brings the index at `path` up to `corpus` article by article: an article
// added or changed is written, one removed is deleted, the others are not
// touched (their rows keep their ids), in one transaction. An index that is
// missing or of another schema is built whole (build_index). Throws on
// failure, leaving the index as it was.
IndexStats update_index(const Corpus& corpus, const std::string& path);

// True when `path` holds an index of this schema version built from a corpus
// with this fingerprint. Never throws.
bool index_is_current(const std::string& path, const std::string& fingerprint);

// The sentence that introduces a list: the last sentence of the paragraph
// just before it, when that ends with ':' ("... terdiri dari tiga bentuk:").
std::string list_lead(const Section& section, size_t block);

}  // namespace tanya

#endif  // TANYA_INDEX_INDEXER_H_
