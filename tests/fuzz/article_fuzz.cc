// Fuzz target: the article reader, from bytes to what the bot loads
// (src/index/document.h, markdown.cc, entities.h, indexer.h, knowledge.h).
// The input is one corpus/*.md file: YAML front matter and CommonMark with
// tables. It is parsed into a Document, its entities extracted, indexed into
// SQLite with the FTS5 tokenizer and loaded back as Knowledge, the way
// `tanya index` and the bot do. An article is the operator's own file, but a
// broken one must stop nothing: parse_markdown() promises a document for any
// bytes, and the indexer must take whatever the parser gives.
#include <set>

#include "fuzz_support.h"
#include "index/entities.h"
#include "index/indexer.h"
#include "index/knowledge.h"
#include "index/sqlite.h"

namespace {

// The Document's own promises (index/document.h).
void check_document(const tanya::Document& doc) {
  TANYA_FUZZ_CHECK(!doc.sections.empty());
  TANYA_FUZZ_CHECK(doc.sections.front().level == 1);
  std::set<std::string> anchors;
  for (const tanya::Section& section : doc.sections) {
    TANYA_FUZZ_CHECK(!section.anchor.empty());
    // Anchors are the ids of the demo page's sections and of the sources'
    // links: a repeated one sends a reader to the wrong section.
    TANYA_FUZZ_CHECK(anchors.insert(section.anchor).second);
    for (const tanya::Block& block : section.blocks) {
      if (block.is_list()) {
        TANYA_FUZZ_CHECK(!block.items.empty());
        TANYA_FUZZ_CHECK(block.item_terms.size() == block.items.size());
      } else {
        TANYA_FUZZ_CHECK(!block.text.empty() && block.items.empty());
      }
    }
  }
}

// Each entity points into the document: the indexer looks them up unchecked.
void check_entities(const tanya::Document& doc, const std::vector<tanya::EntityRecord>& entities) {
  for (const tanya::EntityRecord& e : entities) {
    TANYA_FUZZ_CHECK(!e.name.empty());
    TANYA_FUZZ_CHECK(e.section >= 0 && static_cast<size_t>(e.section) < doc.sections.size());
    const auto& blocks = doc.sections[static_cast<size_t>(e.section)].blocks;
    TANYA_FUZZ_CHECK(e.block >= -1 && e.block < static_cast<int>(blocks.size()));
    if (e.item >= 0) {
      TANYA_FUZZ_CHECK(e.block >= 0);
      TANYA_FUZZ_CHECK(static_cast<size_t>(e.item) <
                       blocks[static_cast<size_t>(e.block)].items.size());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tanya::Document doc = tanya::parse_markdown("fuzz-article", tanya::fuzz::as_text(data, size));
  check_document(doc);
  check_entities(doc, tanya::extract_entities(doc));
  for (const tanya::Section& section : doc.sections) {
    for (size_t b = 0; b < section.blocks.size(); ++b) {
      if (section.blocks[b].is_list()) tanya::list_lead(section, b);
    }
  }

  tanya::Corpus corpus;
  corpus.documents.push_back(doc);
  corpus.fingerprint = "fuzz";
  const std::string path = tanya::fuzz::scratch_dir() + "/article.db";
  tanya::build_index(corpus, path);
  tanya::sql::Db db(path, SQLITE_OPEN_READONLY);
  tanya::Tokenizer tokenizer;
  auto knowledge = tanya::Knowledge::load(db, tokenizer);
  TANYA_FUZZ_CHECK(knowledge->docs.size() == 1);
  TANYA_FUZZ_CHECK(knowledge->sections.size() == doc.sections.size());
  return 0;
}
