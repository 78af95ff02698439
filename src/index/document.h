// The article model: a document is a list of sections, a section a list of
// blocks (paragraphs and lists). It is what the Markdown parser produces,
// what the indexer chunks, and what the demo page renders.
#ifndef TANYA_INDEX_DOCUMENT_H_
#define TANYA_INDEX_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

namespace tanya {

struct Block {
  enum class Kind { kParagraph, kBulletList, kOrderedList };
  Kind kind = Kind::kParagraph;
  std::string text;                // paragraph text (empty for lists)
  std::vector<std::string> items;  // list items (empty for paragraphs)
  bool is_list() const { return kind != Kind::kParagraph; }
};

struct Section {
  std::string heading;  // "Tujuan Kerja Sama Internasional"; the title for the lead section
  int level = 1;        // 1 for the lead section (before the first heading), then 2, 3...
  std::string anchor;   // unique slug within the document: "tujuan-kerja-sama-internasional"
  std::vector<std::string>
      path;  // headings from the top: {"Bentuk ...", "#1 Kerja sama Bilateral"}
  std::vector<Block> blocks;
};

struct Document {
  std::string id;  // file name without extension: "kerja-sama-internasional"
  std::string title;
  std::string source;  // where the article comes from (URL or publisher)
  std::string language;
  std::string category;
  std::string subject;  // what the article is about: "Kerja Sama Internasional" (default: title)
  std::vector<Section> sections;
};

// Parses a Markdown article with YAML-like front matter (title, source,
// language, category). Supported: ATX headings (#..####), paragraphs,
// "- " / "* " bullet lists and "1. " ordered lists. Never fails: anything
// unrecognised is kept as paragraph text.
Document parse_markdown(std::string_view id, std::string_view text);

// Slug for a heading: lowercased ASCII letters and digits joined by '-'.
std::string slugify(std::string_view heading);

}  // namespace tanya

#endif  // TANYA_INDEX_DOCUMENT_H_
