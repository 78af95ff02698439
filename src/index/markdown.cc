// Articles are read with md4c, a CommonMark parser with GFM tables, rather
// than by hand: articles written elsewhere use nested lists, tables, links,
// emphasis and Setext headings, and a hand-written reader got those wrong.
// md4c is a SAX parser; its callbacks feed a Builder that keeps only what the
// index needs. The front matter is YAML and is read with yaml-cpp.
#include <md4c.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "index/document.h"
#include "text/utf8.h"

namespace tanya {

namespace {

// ASCII whitespace only: the C locale's isspace would also be right, but
// this needs no cast and cannot depend on a locale.
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A bold term without the punctuation that joins it to what follows
// ("Risiko pasar:" -> "Risiko pasar"); `also` may name one more mark.
std::string_view bare_term(std::string_view t, char also = ':') {
  while (!t.empty() && (t.back() == ':' || t.back() == also || is_space(t.back())))
    t.remove_suffix(1);
  return t;
}

// Runs of whitespace become one space, with none at either end: line breaks
// and indentation in the source mean nothing in the text we index.
std::string collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

void append_utf8(std::string* out, uint32_t cp) {
  // NUL, surrogates and values past Unicode are not characters: CommonMark
  // replaces them with U+FFFD.
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  utf8::append(static_cast<int>(cp), out);
}

// md4c hands entities over verbatim ("&amp;", "&#8211;") and knows no names.
// Numeric ones are decoded, and the named ones articles (often exported
// from HTML) actually use; any other name is kept as written.
void append_entity(std::string* out, std::string_view e) {
  if (e.size() < 3 || e.front() != '&' || e.back() != ';') {
    out->append(e);
    return;
  }
  std::string_view name = e.substr(1, e.size() - 2);
  if (name.size() >= 2 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    uint32_t cp = 0;
    // md4c allows at most 7 digits, so this cannot overflow; the cap keeps
    // it so if that ever changes.
    for (char c : name.substr(hex ? 2 : 1)) {
      uint32_t d;
      if (c >= '0' && c <= '9') {
        d = static_cast<uint32_t>(c - '0');
      } else if (hex && c >= 'a' && c <= 'f') {
        d = static_cast<uint32_t>(c - 'a' + 10);
      } else if (hex && c >= 'A' && c <= 'F') {
        d = static_cast<uint32_t>(c - 'A' + 10);
      } else {
        out->append(e);
        return;
      }
      cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + d;
    }
    append_utf8(out, cp);
    return;
  }
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},         {"lt", "<"},         {"gt", ">"},          {"quot", "\""},
      {"apos", "'"},        {"nbsp", " "},       {"ndash", "\u2013"},  {"mdash", "\u2014"},
      {"hellip", "\u2026"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"},  {"ldquo", "\u201C"},
      {"rdquo", "\u201D"},  {"laquo", "\u00AB"}, {"raquo", "\u00BB"},  {"times", "\u00D7"},
      {"divide", "\u00F7"}, {"deg", "\u00B0"},   {"plusmn", "\u00B1"}, {"middot", "\u00B7"},
      {"bull", "\u2022"},   {"copy", "\u00A9"},  {"reg", "\u00AE"},    {"trade", "\u2122"},
      {"euro", "\u20AC"},   {"minus", "\u2212"}, {"shy", ""},
  };
  for (const auto& [n, text] : kNamed) {
    if (n == name) {
      out->append(text);
      return;
    }
  }
  out->append(e);
}

// ---------------------------------------------------------------------------
// Front matter

struct FrontMatter {
  bool present = false;
  std::string_view yaml;  // between the "---" lines
  std::string_view body;  // the Markdown after them (all of it when absent)
};

// "---" on the first line, then YAML up to a "---" or "..." line. Without
// the closing line there is no front matter: the old reader swallowed the
// whole article then, but a lone "---" is far more likely a rule.
FrontMatter split_front_matter(std::string_view text) {
  // Editors on Windows save a byte order mark; it must not hide the "---".
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  FrontMatter fm;
  fm.body = text;
  size_t pos = 0;
  auto next_line = [&](std::string_view* line) {
    if (pos >= text.size()) return false;
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    *line = text.substr(pos, nl - pos);
    pos = nl + 1;
    return true;
  };
  std::string_view line;
  if (!next_line(&line) || trim(line) != "---") return fm;
  size_t start = pos;
  while (true) {
    size_t line_start = pos;
    if (!next_line(&line)) return fm;
    std::string_view t = trim(line);
    if (t == "---" || t == "...") {
      fm.present = true;
      fm.yaml = text.substr(start, line_start - start);
      fm.body = pos >= text.size() ? std::string_view() : text.substr(pos);
      return fm;
    }
  }
}

std::string* field_for(Document* doc, std::string_view key) {
  if (key == "title") return &doc->title;
  if (key == "source") return &doc->source;
  if (key == "language") return &doc->language;
  if (key == "category") return &doc->category;
  if (key == "subject") return &doc->subject;
  return nullptr;  // unknown keys are someone else's metadata
}

// A value as text: a scalar as written (quotes removed by YAML), a list of
// scalars joined by ", " ("category: [Investasi, Milenial]" reads like the
// plain "category: Investasi, Milenial"); anything else is not text.
std::string yaml_text(const YAML::Node& node) {
  if (node.IsScalar()) return collapse(node.Scalar());
  std::string out;
  if (node.IsSequence()) {
    for (const auto& item : node) {
      if (!item.IsScalar()) continue;
      std::string s = collapse(item.Scalar());
      if (s.empty()) continue;
      if (!out.empty()) out += ", ";
      out += s;
    }
  }
  return out;
}

void read_yaml_map(const YAML::Node& root, Document* doc) {
  if (!root.IsMap()) return;
  for (const auto& kv : root) {
    if (!kv.first.IsScalar()) continue;
    if (std::string* field = field_for(doc, kv.first.Scalar())) *field = yaml_text(kv.second);
  }
}

// A single "key: value" line that YAML rejects, read the way the old reader
// did. Only for plain values: "title: Diabetes: Pengertian" (a colon YAML
// refuses unquoted) is a common slip whose meaning is clear, while a broken
// quoted or flow value ('"Judul', '[a, b') has no safe reading and is left
// out.
void read_plain_line(std::string_view entry, Document* doc) {
  entry = trim(entry);
  if (entry.find('\n') != std::string_view::npos) return;
  size_t colon = entry.find(':');
  if (colon == std::string_view::npos) return;
  std::string_view value = trim(entry.substr(colon + 1));
  if (value.empty()) return;
  char first = value.front();
  if (first == '"' || first == '\'' || first == '[' || first == '{') return;
  if (std::string* field = field_for(doc, trim(entry.substr(0, colon)))) *field = collapse(value);
}

// Reads the front matter one entry at a time (an entry is a line at column
// 0 with its indented continuation), so that a broken value costs only its
// own key. Parsing the whole block at once would not: yaml-cpp 0.7 lets an
// unclosed quote run to the end of the document when it ends with a line
// break, and the title would swallow every key after it. Front matter is a
// flat map of simple keys, so nothing is lost by reading it in pieces.
// Never throws: yaml-cpp reports syntax errors (and too deep nesting) by
// throwing, and such an entry is skipped or read as a plain line.
void read_front_matter(std::string_view yaml, Document* doc) {
  std::vector<std::string_view> entries;
  size_t pos = 0;
  while (pos < yaml.size()) {
    size_t nl = yaml.find('\n', pos);
    if (nl == std::string_view::npos) nl = yaml.size();
    std::string_view line = yaml.substr(pos, nl - pos);
    char c = line.empty() ? ' ' : line.front();
    // Blank, indented, comment and "- item" lines continue the entry above
    // ("category:\n- a\n- b" is one entry).
    bool starts_entry = !is_space(c) && c != '#' && c != '-';
    if (starts_entry || entries.empty()) {
      entries.push_back(line);
    } else {
      size_t begin = static_cast<size_t>(entries.back().data() - yaml.data());
      entries.back() = yaml.substr(begin, nl - begin);
    }
    pos = nl + 1;
  }
  for (std::string_view entry : entries) {
    entry = trim(entry);  // no final line break: see above
    if (entry.empty()) continue;
    try {
      read_yaml_map(YAML::Load(std::string(entry)), doc);
    } catch (const std::exception&) {
      read_plain_line(entry, doc);
    }
  }
}

// ---------------------------------------------------------------------------
// Markdown body

// Lists nested deeper than this are folded into the text of their deepest
// kept item: no article means anything by such depth, and the cap bounds the
// blocks (each repeating its lead) that hostile input could make.
constexpr size_t kMaxListDepth = 8;

constexpr size_t kNone = static_cast<size_t>(-1);

// The text of one paragraph, heading, list item or table cell as md4c hands
// it over, with the strong spans in it.
struct Inline {
  std::string raw;                  // collapsed when the block ends
  std::vector<size_t> strong_open;  // where in `raw` the open strong spans began
  bool strong_opens_text = false;   // the open outermost strong span began the text
  std::vector<std::string> strong;  // closed outermost strong spans
  std::string term;                 // the strong text the block opens with
};

// A list or table block while it is read, with where it hangs: its parent
// block in the same group and the index of the parent's item.
struct PendingBlock {
  Block block;
  size_t parent = kNone;
  size_t parent_item = 0;
};

struct OpenList {
  size_t block;  // in Builder::group_
  Inline item;   // the item being read
  bool in_item = false;
  bool item_has_children = false;  // a nested list or table hangs on the item
};

struct OpenTable {
  size_t block;  // in Builder::group_
  bool in_head = false;
  std::vector<std::string> header, row;
};

// Turns md4c's events into sections and blocks. Text goes to the innermost
// open thing that keeps text (a table cell, a heading, a list item, a
// paragraph); inside a list item every paragraph, quote or heading is part of
// the item. A top-level list or table and everything nested in it is a
// "group", written to the section when it ends, because a nested block's
// lead (its parent item) is only complete then.
class Builder {
 public:
  explicit Builder(Document* doc) : doc_(*doc) {
    open_section(doc_.title.empty() ? doc_.id : doc_.title, 1);
  }

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    // Only a top-level paragraph may go on a run of bold-led paragraphs.
    if (!(type == MD_BLOCK_P && lists_.empty() && !table_) && type != MD_BLOCK_DOC) flush_run();
    if (label_) {
      // A label names the list or table right below it; before anything
      // else it was an ordinary paragraph.
      const bool names_block =
          (type == MD_BLOCK_UL || type == MD_BLOCK_OL || type == MD_BLOCK_TABLE) &&
          lists_.empty() && !table_;
      if (names_block) {
        open_labelled_section();
      } else {
        doc_.sections.back().blocks.push_back(std::move(*label_));
        label_.reset();
      }
    }
    switch (type) {
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        ++skip_;
        break;
      case MD_BLOCK_P:
        if (lists_.empty() && !table_) {
          in_paragraph_ = true;
          paragraph_ = Inline();
        } else {
          separate();
        }
        break;
      case MD_BLOCK_H:
        // A heading cannot open a section in the middle of a list: there
        // it is item text like any other.
        if (lists_.empty() && !table_ && detail != nullptr) {
          in_heading_ = true;
          heading_level_ = static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level;
          heading_ = Inline();
        } else {
          separate();
        }
        break;
      case MD_BLOCK_UL:
        open_list(Block::Kind::kBulletList);
        break;
      case MD_BLOCK_OL:
        open_list(Block::Kind::kOrderedList);
        break;
      case MD_BLOCK_LI:
        open_item();
        break;
      case MD_BLOCK_TABLE:
        open_table();
        break;
      case MD_BLOCK_THEAD:
        if (table_) table_->in_head = true;
        break;
      case MD_BLOCK_TBODY:
        if (table_) table_->in_head = false;
        break;
      case MD_BLOCK_TR:
        if (table_) table_->row.clear();
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        in_cell_ = true;
        cell_ = Inline();
        break;
      case MD_BLOCK_DOC:
      case MD_BLOCK_QUOTE:  // its paragraphs are ordinary paragraphs
      case MD_BLOCK_HR:
        break;
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type, void* /*detail*/) {
    switch (type) {
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        if (skip_ > 0) --skip_;
        break;
      case MD_BLOCK_P:
        if (in_paragraph_) {
          in_paragraph_ = false;
          add_paragraph();
        } else {
          separate();
        }
        break;
      case MD_BLOCK_H:
        if (in_heading_) {
          in_heading_ = false;
          add_heading();
        } else {
          separate();
        }
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        close_list();
        break;
      case MD_BLOCK_LI:
        close_item();
        break;
      case MD_BLOCK_TABLE:
        close_table();
        break;
      case MD_BLOCK_THEAD:
        if (table_) table_->in_head = false;
        break;
      case MD_BLOCK_TR:
        if (table_ && !table_->in_head) add_row();
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        if (in_cell_ && table_) {
          in_cell_ = false;
          (table_->in_head ? table_->header : table_->row).push_back(collapse(cell_.raw));
        }
        in_cell_ = false;
        break;
      case MD_BLOCK_TBODY:
      case MD_BLOCK_DOC:
      case MD_BLOCK_QUOTE:
      case MD_BLOCK_HR:
        break;
    }
    return 0;
  }

  int enter_span(MD_SPANTYPE type) {
    Inline* in = sink();
    if (in == nullptr || type != MD_SPAN_STRONG) return 0;
    if (in->strong_open.empty()) in->strong_opens_text = trim(in->raw).empty();
    in->strong_open.push_back(in->raw.size());
    return 0;
  }

  int leave_span(MD_SPANTYPE type) {
    Inline* in = sink();
    if (in == nullptr || type != MD_SPAN_STRONG || in->strong_open.empty()) return 0;
    size_t start = in->strong_open.back();
    in->strong_open.pop_back();
    // "***a** b*" nests spans; only the outermost strong span is a term.
    if (!in->strong_open.empty() || start > in->raw.size()) return 0;
    std::string text = collapse(std::string_view(in->raw).substr(start));
    if (text.empty()) return 0;
    if (in->strong_opens_text && in->term.empty()) in->term = text;
    in->strong.push_back(std::move(text));
    return 0;
  }

  int text(MD_TEXTTYPE type, std::string_view s) {
    Inline* in = sink();
    if (in == nullptr) return 0;
    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_CODE:  // code spans keep their text
      case MD_TEXT_LATEXMATH:
        in->raw.append(s);
        break;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR:
        break_line(in);
        break;
      case MD_TEXT_NULLCHAR:
        in->raw.push_back(' ');
        break;
      case MD_TEXT_ENTITY:
        append_entity(&in->raw, s);
        break;
      case MD_TEXT_HTML:
        // Inline tags are dropped; a <br> still separates words.
        if (s.size() >= 3 && s[0] == '<' && (s[1] == 'b' || s[1] == 'B') &&
            (s[2] == 'r' || s[2] == 'R')) {
          in->raw.push_back(' ');
        }
        break;
    }
    return 0;
  }

  // Writes what is still open when md4c stops early (it only does when a
  // callback failed): completed items are worth keeping.
  void finish() {
    flush_run();
    if (label_) doc_.sections.back().blocks.push_back(std::move(*label_));
    label_.reset();
    lists_.clear();
    table_.reset();
    flush_group();
  }

 private:
  Inline* sink() {
    if (skip_ > 0) return nullptr;
    if (in_cell_) return &cell_;
    if (in_heading_) return &heading_;
    if (!lists_.empty() && lists_.back().in_item) return &lists_.back().item;
    if (in_paragraph_) return &paragraph_;
    return nullptr;
  }

  // Paragraphs and nested blocks inside one item must not run words together.
  void separate() {
    if (Inline* in = sink()) break_line(in);
  }

  // A bold term alone on its line ("1. **Hibah**", then "Hibah adalah ...")
  // is the title of what follows, as "**Hibah**: ..." would be: the line's
  // end is read as that colon, so the term does not run into the sentence.
  static void break_line(Inline* in) {
    const std::string_view so_far = trim(in->raw);
    if (!in->term.empty() && in->strong_open.empty() && collapse(so_far) == in->term &&
        std::string_view(".:;,!?").find(so_far.back()) == std::string_view::npos)
      in->raw.push_back(':');
    in->raw.push_back(' ');
  }

  void open_section(std::string heading, int level) {
    Section s;
    s.level = level;
    if (level > 1) {
      path_.resize(static_cast<size_t>(level - 2));
      path_.push_back(heading);
    }
    s.path = path_;
    // A repeated slug gets "-2", "-3"...; that may be another heading's own
    // slug ("Manfaat", "Manfaat", "Manfaat 2"), so a suffix is taken only
    // when no section has the anchor yet.
    std::string anchor = slugify(heading);
    int& suffix = suffixes_[anchor];  // the last suffix given to this slug
    s.anchor = anchor;
    while (!anchors_.insert(s.anchor).second)
      s.anchor = anchor + "-" + std::to_string(++suffix + 1);
    s.heading = std::move(heading);
    doc_.sections.push_back(std::move(s));
  }

  void add_heading() {
    std::string text = collapse(heading_.raw);
    if (text.empty()) return;  // "##" alone names nothing
    if (heading_level_ <= 1) {
      // The H1 repeats the title: it names the lead section.
      if (doc_.title.empty()) doc_.title = text;
      doc_.sections.front().heading = doc_.title;
      return;
    }
    open_section(std::move(text), static_cast<int>(heading_level_));
    in_labelled_ = false;
  }

  void add_paragraph() {
    std::string text = collapse(paragraph_.raw);
    if (text.empty()) return;  // e.g. only an HTML tag or an image without alt text
    Block b;
    b.text = std::move(text);
    b.strong = std::move(paragraph_.strong);
    if (is_label(b, paragraph_.term)) {
      flush_run();
      label_ = std::move(b);  // waits for the next block to know what it is
      return;
    }
    // "**Melindungi tabungan.** Biaya besar dialihkan ...": a paragraph led
    // by a bold phrase, among others like it, is an item of a list written
    // as paragraphs.
    if (!paragraph_.term.empty() && !label_) {
      run_.push_back(std::move(b));
      run_terms_.emplace_back(bare_term(paragraph_.term, '.'));
      return;
    }
    flush_run();
    doc_.sections.back().blocks.push_back(std::move(b));
  }

  // Two bold-led paragraphs or more in a row are a list; one is a paragraph.
  void flush_run() {
    std::vector<Block>& blocks = doc_.sections.back().blocks;
    if (run_.size() >= 2) {
      Block list;
      list.kind = Block::Kind::kBulletList;
      for (Block& b : run_) list.items.push_back(std::move(b.text));
      list.item_terms = std::move(run_terms_);
      blocks.push_back(std::move(list));
    } else {
      for (Block& b : run_) blocks.push_back(std::move(b));
    }
    run_.clear();
    run_terms_.clear();
  }

  // "**Dampak jangka pendek:**" alone on its line, over a list: blog posts
  // head the parts of a section this way as often as with "####". Such a
  // label is all one strong span, short, and no sentence.
  static bool is_label(const Block& b, std::string_view term) {
    constexpr size_t kMaxLabelWords = 8;
    if (b.strong.size() != 1 || term.empty()) return false;
    const std::string_view label = bare_term(term);
    if (label.empty() || bare_term(b.text) != label) return false;
    if (label.back() == '.' || label.back() == '?' || label.back() == '!') return false;
    return static_cast<size_t>(std::count(label.begin(), label.end(), ' ')) < kMaxLabelWords;
  }

  // The label heads a part of the current section, one level below the
  // last true heading; labels that follow one another are siblings.
  void open_labelled_section() {
    std::string heading(bare_term(label_->text));
    label_.reset();
    const int level = in_labelled_ ? doc_.sections.back().level : doc_.sections.back().level + 1;
    open_section(std::move(heading), level);
    in_labelled_ = true;
  }

  // A new list or table: nested under the current item of the innermost
  // open list, or the start of a new group.
  size_t add_pending(Block::Kind kind) {
    PendingBlock p;
    p.block.kind = kind;
    if (!lists_.empty()) {
      OpenList& parent = lists_.back();
      p.parent = parent.block;
      p.parent_item = group_[parent.block].block.items.size();  // the item being read
      parent.item_has_children = true;
    } else {
      flush_group();  // nothing should be pending here; keeps the order if it is
    }
    group_.push_back(std::move(p));
    return group_.size() - 1;
  }

  void open_list(Block::Kind kind) {
    if (lists_.size() >= kMaxListDepth) {
      ++flattened_;
      separate();
      return;
    }
    OpenList l;
    l.block = add_pending(kind);
    lists_.push_back(std::move(l));
  }

  void close_list() {
    // Folded lists are the innermost, so they close first.
    if (flattened_ > 0) {
      --flattened_;
      separate();
      return;
    }
    if (lists_.empty()) return;
    lists_.pop_back();
    if (lists_.empty() && !table_) flush_group();
  }

  void open_item() {
    if (flattened_ > 0 || lists_.empty()) {
      separate();
      return;
    }
    OpenList& l = lists_.back();
    l.item = Inline();
    l.in_item = true;
    l.item_has_children = false;
  }

  void close_item() {
    if (flattened_ > 0 || lists_.empty()) {
      separate();
      return;
    }
    OpenList& l = lists_.back();
    if (!l.in_item) return;
    l.in_item = false;
    std::string text = collapse(l.item.raw);
    // An empty item is noise, unless a nested block names it as its lead.
    if (text.empty() && !l.item_has_children) return;
    const std::string_view term = bare_term(l.item.term);
    Block& b = group_[l.block].block;
    b.items.push_back(std::move(text));
    b.item_terms.emplace_back(term);
  }

  void open_table() {
    if (table_) return;  // GFM tables do not nest
    OpenTable t;
    t.block = add_pending(Block::Kind::kTable);
    table_ = std::move(t);
  }

  void close_table() {
    if (!table_) return;
    table_.reset();
    if (lists_.empty()) flush_group();
  }

  // "Jenis: Pasar Uang; Tingkat Risiko: Rendah": each cell named by its
  // column, so a row still reads right as a list item on its own.
  void add_row() {
    const std::vector<std::string>& row = table_->row;
    const std::vector<std::string>& header = table_->header;
    std::string text;
    for (size_t i = 0; i < row.size(); ++i) {
      if (row[i].empty()) continue;
      if (!text.empty()) text += "; ";
      if (i < header.size() && !header[i].empty()) text += header[i] + ": ";
      text += row[i];
    }
    if (text.empty()) return;
    Block& b = group_[table_->block].block;
    b.items.push_back(std::move(text));
    b.item_terms.push_back(row.front());  // non-empty: text is not empty
  }

  void flush_group() {
    if (group_.empty()) return;
    // Leads first: a parent block is moved out before its children.
    for (PendingBlock& p : group_) {
      if (p.parent >= group_.size()) continue;
      const std::vector<std::string>& items = group_[p.parent].block.items;
      if (p.parent_item < items.size()) p.block.lead = items[p.parent_item];
    }
    std::vector<Block>& blocks = doc_.sections.back().blocks;
    for (PendingBlock& p : group_) {
      if (!p.block.items.empty()) blocks.push_back(std::move(p.block));
    }
    group_.clear();
  }

  Document& doc_;
  std::unordered_set<std::string> anchors_;        // given to a section
  std::unordered_map<std::string, int> suffixes_;  // by slug
  std::vector<std::string> path_;                  // headings of levels 2.. currently open

  int skip_ = 0;  // depth of code and HTML blocks, whose text is dropped
  bool in_paragraph_ = false;
  Inline paragraph_;
  bool in_heading_ = false;
  unsigned heading_level_ = 1;
  std::optional<Block> label_;          // a paragraph that may head the list after it
  std::vector<Block> run_;              // bold-led paragraphs in a row, not yet written
  std::vector<std::string> run_terms_;  // their bold phrases
  bool in_labelled_ = false;            // the current section is headed by a label
  Inline heading_;

  std::vector<PendingBlock> group_;
  std::vector<OpenList> lists_;  // open lists, outermost first
  size_t flattened_ = 0;         // open lists past kMaxListDepth
  std::optional<OpenTable> table_;
  bool in_cell_ = false;
  Inline cell_;
};

// md4c is C: an exception must not unwind through it. A failing callback
// (in practice only std::bad_alloc) stops the parse instead.
template <typename F>
int guarded(F&& f) noexcept {
  try {
    return f();
  } catch (...) {
    return 1;
  }
}

int on_enter_block(MD_BLOCKTYPE type, void* detail, void* user) {
  return guarded([&] { return static_cast<Builder*>(user)->enter_block(type, detail); });
}
int on_leave_block(MD_BLOCKTYPE type, void* detail, void* user) {
  return guarded([&] { return static_cast<Builder*>(user)->leave_block(type, detail); });
}
int on_enter_span(MD_SPANTYPE type, void* /*detail*/, void* user) {
  return guarded([&] { return static_cast<Builder*>(user)->enter_span(type); });
}
int on_leave_span(MD_SPANTYPE type, void* /*detail*/, void* user) {
  return guarded([&] { return static_cast<Builder*>(user)->leave_span(type); });
}
int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
  return guarded(
      [&] { return static_cast<Builder*>(user)->text(type, std::string_view(text, size)); });
}

}  // namespace

std::string slugify(std::string_view heading) {
  std::string out;
  bool dash = false;
  for (unsigned char c : heading) {
    if (std::isalnum(c)) {
      if (dash && !out.empty()) out.push_back('-');
      out.push_back(static_cast<char>(std::tolower(c)));
      dash = false;
    } else {
      dash = true;
    }
  }
  return out.empty() ? "bagian" : out;
}

Document parse_markdown(std::string_view id, std::string_view text) {
  Document doc;
  doc.id = std::string(id);
  FrontMatter fm = split_front_matter(text);
  if (fm.present) read_front_matter(fm.yaml, &doc);

  Builder builder(&doc);
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
  parser.enter_block = on_enter_block;
  parser.leave_block = on_leave_block;
  parser.enter_span = on_enter_span;
  parser.leave_span = on_leave_span;
  parser.text = on_text;
  // md4c takes a 32-bit size; anything past 4 GiB is not an article.
  std::string_view body = fm.body;
  if (body.size() > std::numeric_limits<MD_SIZE>::max()) {
    body = body.substr(0, std::numeric_limits<MD_SIZE>::max());
  }
  // A non-zero result means a callback failed; what was read is kept.
  md_parse(body.empty() ? "" : body.data(), static_cast<MD_SIZE>(body.size()), &parser, &builder);
  builder.finish();

  if (doc.subject.empty()) doc.subject = doc.title;
  return doc;
}

}  // namespace tanya
