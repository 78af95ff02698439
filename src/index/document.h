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
  // kTable is a GFM table whose body rows are kept as items
  // ("Header1: cell1; Header2: cell2"), so it is indexed like a list.
  enum class Kind { kParagraph, kBulletList, kOrderedList, kTable };
  Kind kind = Kind::kParagraph;
  std::string text;                // paragraph text (empty for lists)
  std::vector<std::string> items;  // list items (empty for paragraphs)
  // Texts of the **strong** / __strong__ spans of a paragraph, in order
  // (empty for lists): the words the author marked as key terms.
  std::vector<std::string> strong;
  // One entry per item, aligned with `items` (lists and tables): the strong
  // text the item opens with, without a trailing ':' ("**Risiko pasar**,
  // yaitu ..." -> "Risiko pasar"), "" when it opens with something else. For
  // a table row it is the first cell, the row's label.
  std::vector<std::string> item_terms;
  // For a list (or table) nested under a list item: that item's text. Nested
  // blocks come right after their top-level list's block, in the order they
  // start in the text (a child before its own children). "" at top level.
  std::string lead;
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

// Parses a Markdown article (CommonMark with GFM tables and strikethrough)
// with a YAML front matter between "---" lines (title, source, language,
// category, subject; other keys ignored). ATX and Setext headings of level 2
// and deeper open sections; an H1 names the lead section and is the title
// when the front matter has none. Paragraphs (also those in block quotes)
// and list items keep their text without inline markup, whitespace
// collapsed; code blocks, raw HTML and rules are dropped. Never fails or
// throws: a malformed front matter keeps the entries that parse, and any
// byte string gives a document.
Document parse_markdown(std::string_view id, std::string_view text);

// Slug for a heading: lowercased ASCII letters and digits joined by '-'.
std::string slugify(std::string_view heading);

}  // namespace tanya

#endif  // TANYA_INDEX_DOCUMENT_H_
