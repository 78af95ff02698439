#include "import/importer.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <memory>

#include "base/strings.h"
#include "index/document.h"

namespace tanya {

namespace {

struct FreeDoc {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using Doc = std::unique_ptr<xmlDoc, FreeDoc>;

std::string name_of(const xmlNode* n) {
  return n != nullptr && n->name != nullptr ? ascii_lower(reinterpret_cast<const char*>(n->name))
                                            : std::string();
}

std::string attr(const xmlNode* n, const char* key) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(key));
  if (v == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// Whitespace runs become one space; the ends are trimmed.
std::string squeeze(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string text_of(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (v == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return squeeze(out);
}

// Elements that are never the article: page furniture, scripts, forms.
bool furniture(const std::string& tag) {
  static const char* kTags[] = {"script", "style",  "noscript", "nav",    "header",
                                "footer", "aside",  "form",     "iframe", "svg",
                                "button", "select", "input",    "figure", "template",
                                "canvas", "video",  "audio",    "object", "embed"};
  return std::find_if(std::begin(kTags), std::end(kTags),
                      [&](const char* t) { return tag == t; }) != std::end(kTags);
}

// A class or id naming a box beside the article: ads, sharing, related
// posts, comments... Matched by whole word of the class ("ads-box": "ads").
bool clutter_class(const xmlNode* n) {
  static const char* kWords[] = {
      "ad",      "ads",      "advert",     "advertisement", "iklan",      "banner",    "sponsor",
      "share",   "sharing",  "social",     "related",       "terkait",    "bacajuga",  "baca",
      "comment", "comments", "komentar",   "sidebar",       "newsletter", "subscribe", "promo",
      "popup",   "modal",    "breadcrumb", "breadcrumbs",   "tags",       "author",    "widget",
      "cookie",  "menu",     "navigation", "footer",        "header",     "pagination"};
  const std::string both = ascii_lower(attr(n, "class") + " " + attr(n, "id"));
  std::string word;
  auto hit = [&] {
    return !word.empty() && std::find_if(std::begin(kWords), std::end(kWords), [&](const char* w) {
                              return word == w;
                            }) != std::end(kWords);
  };
  for (char c : both) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
      continue;
    }
    if (hit()) return true;
    word.clear();
  }
  return hit();
}

// "Baca juga: ..." and its kin: a link to another post inside the text.
bool read_also(const std::string& text) {
  static const char* kOpenings[] = {"baca juga",       "baca pula", "lihat juga", "simak juga",
                                    "artikel terkait", "read also", "see also"};
  const std::string l = ascii_lower(text.substr(0, 24));
  return std::any_of(std::begin(kOpenings), std::end(kOpenings),
                     [&](const char* o) { return l.rfind(o, 0) == 0; });
}

bool skipped(const xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE) return false;
  const std::string tag = name_of(n);
  if (furniture(tag) || clutter_class(n)) return true;
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  const std::string style = ascii_lower(attr(n, "style"));
  return style.find("display:none") != std::string::npos ||
         style.find("display: none") != std::string::npos;
}

// Markdown's own characters in text are escaped, so that the text stays text.
std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::strchr("\\`*_[]<>|", c) != nullptr) out += '\\';
    out += c;
  }
  // A line may not open a heading, a list or a quote by accident.
  if (!out.empty() && (out[0] == '#' || out[0] == '-' || out[0] == '+' || out[0] == '=')) {
    out.insert(out.begin(), '\\');
  }
  size_t digits = 0;
  while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
  if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')'))
    out.insert(digits, "\\");
  return out;
}

// The inline text of an element: emphasis kept, links as their text.
void inline_of(const xmlNode* n, std::string* out) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      *out += escape(reinterpret_cast<const char*>(c->content ? c->content : BAD_CAST ""));
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || skipped(c)) continue;
    const std::string tag = name_of(c);
    if (tag == "br") {
      *out += ' ';
    } else if (tag == "ul" || tag == "ol" || tag == "table") {
      continue;  // a block inside a list item: written as its own block
    } else if (tag == "strong" || tag == "b" || tag == "em" || tag == "i") {
      std::string inner;
      inline_of(c, &inner);
      inner = squeeze(inner);
      if (inner.empty()) continue;
      // Emphasis hugs its text ("**X**"): spaces inside would undo it.
      const char* mark = tag == "strong" || tag == "b" ? "**" : "*";
      *out += mark + inner + mark;
    } else {
      inline_of(c, out);
    }
  }
}

std::string inline_text(const xmlNode* n) {
  std::string out;
  inline_of(n, &out);
  return squeeze(out);
}

// Writes the blocks under `n` as Markdown into `out`.
class Writer {
 public:
  explicit Writer(std::string* title) : title_(title) {}

  void blocks(const xmlNode* n, int depth = 0) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) block(c, depth);
  }
  std::string take() { return std::move(out_); }

 private:
  void paragraph(const std::string& text) {
    if (text.empty() || read_also(text)) return;
    out_ += text + "\n\n";
  }

  void block(const xmlNode* n, int depth) {
    if (n->type == XML_TEXT_NODE) {
      paragraph(
          squeeze(escape(reinterpret_cast<const char*>(n->content ? n->content : BAD_CAST ""))));
      return;
    }
    if (n->type != XML_ELEMENT_NODE || skipped(n)) return;
    const std::string tag = name_of(n);
    if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
      const std::string text = inline_text(n);
      if (text.empty() || read_also(text)) return;
      if (tag == "h1") {
        // The page's title, once; another <h1> is a section.
        if (title_->empty()) {
          *title_ = squeeze(text_of(n));
          return;
        }
        if (squeeze(text_of(n)) == *title_) return;
      }
      const int level = std::max(2, tag[1] - '0');
      out_ += std::string(static_cast<size_t>(level), '#') + " " + text + "\n\n";
    } else if (tag == "p") {
      paragraph(inline_text(n));
    } else if (tag == "ul" || tag == "ol") {
      list(n, tag == "ol", depth);
      if (depth == 0) out_ += "\n";
    } else if (tag == "table") {
      table(n);
    } else if (tag == "blockquote") {
      Writer inner(title_);
      inner.blocks(n);
      std::string text = inner.take();
      for (size_t at = 0; at < text.size();) {
        size_t nl = text.find('\n', at);
        if (nl == std::string::npos) nl = text.size();
        out_ += (nl > at ? "> " + text.substr(at, nl - at) : std::string(">")) + "\n";
        at = nl + 1;
      }
      out_ += "\n";
    } else if (tag == "pre") {
      paragraph(escape(squeeze(text_of(n))));
    } else if (tag == "dl") {
      for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string t = name_of(c);
        if (t == "dt") out_ += "- **" + inline_text(c) + "**";
        if (t == "dd") out_ += ": " + inline_text(c) + "\n";
      }
      out_ += "\n";
    } else if (tag == "li") {
      paragraph(inline_text(n));
    } else {
      // A container (div, section, span...): its inline text, if it has
      // some of its own, is a paragraph; its blocks are blocks.
      bool has_block = false;
      for (const xmlNode* c = n->children; c != nullptr && !has_block; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        static const char* kBlocks[] = {"p",       "div",     "ul",  "ol", "table", "h1",
                                        "h2",      "h3",      "h4",  "h5", "h6",    "blockquote",
                                        "section", "article", "pre", "dl", "main"};
        const std::string t = name_of(c);
        has_block = std::find_if(std::begin(kBlocks), std::end(kBlocks),
                                 [&](const char* b) { return t == b; }) != std::end(kBlocks);
      }
      if (has_block) {
        blocks(n, depth);
      } else {
        paragraph(inline_text(n));
      }
    }
  }

  void list(const xmlNode* n, bool ordered, int depth) {
    int number = 0;
    for (const xmlNode* li = n->children; li != nullptr; li = li->next) {
      if (li->type != XML_ELEMENT_NODE || name_of(li) != "li" || skipped(li)) continue;
      const std::string text = inline_text(li);
      if (text.empty() || read_also(text)) continue;
      const std::string indent(static_cast<size_t>(depth) * 3, ' ');
      out_ +=
          indent + (ordered ? std::to_string(++number) + ". " : std::string("- ")) + text + "\n";
      for (const xmlNode* c = li->children; c != nullptr; c = c->next) {
        const std::string t = name_of(c);
        if (c->type == XML_ELEMENT_NODE && (t == "ul" || t == "ol") && !skipped(c))
          list(c, t == "ol", depth + 1);
      }
    }
  }

  void table(const xmlNode* n) {
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> header;
    std::function<void(const xmlNode*)> walk = [&](const xmlNode* x) {
      for (const xmlNode* c = x->children; c != nullptr; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string t = name_of(c);
        if (t == "tr") {
          std::vector<std::string> cells;
          bool all_th = true;
          for (const xmlNode* cell = c->children; cell != nullptr; cell = cell->next) {
            const std::string ct = name_of(cell);
            if (cell->type != XML_ELEMENT_NODE || (ct != "td" && ct != "th")) continue;
            all_th = all_th && ct == "th";
            cells.push_back(inline_text(cell));
          }
          if (!cells.empty()) {
            rows.push_back(std::move(cells));
            header.push_back(all_th);
          }
        } else if (t == "thead" || t == "tbody" || t == "tfoot") {
          walk(c);
        }
      }
    };
    walk(n);
    if (rows.empty()) return;
    size_t width = 0;
    for (const auto& r : rows) width = std::max(width, r.size());
    auto line = [&](const std::vector<std::string>& r) {
      std::string s = "|";
      for (size_t i = 0; i < width; ++i) s += " " + (i < r.size() ? r[i] : std::string()) + " |";
      return s + "\n";
    };
    // A table without a header row gets its first row as the header.
    out_ += line(rows.front());
    std::string rule = "|";
    for (size_t i = 0; i < width; ++i) rule += " --- |";
    out_ += rule + "\n";
    for (size_t r = 1; r < rows.size(); ++r) out_ += line(rows[r]);
    out_ += "\n";
    (void)header;
  }

  std::string* title_;
  std::string out_;
};

// Characters of paragraphs directly under `n` (how much article it holds).
size_t paragraph_text(const xmlNode* n) {
  size_t total = 0;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && name_of(c) == "p" && !skipped(c)) total += text_of(c).size();
  }
  return total;
}

// The element holding the article: the <article> with the most text, else
// <main> or role=main, else the element with the most paragraph text of
// its own.
const xmlNode* body_of(const xmlNode* root) {
  const xmlNode* best_article = nullptr;
  const xmlNode* main = nullptr;
  const xmlNode* densest = nullptr;
  size_t article_text = 0, most = 0;
  std::function<void(const xmlNode*)> walk = [&](const xmlNode* n) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || skipped(c)) continue;
      const std::string tag = name_of(c);
      if (tag == "article") {
        const size_t t = text_of(c).size();
        if (t > article_text) article_text = t, best_article = c;
      }
      if ((tag == "main" || attr(c, "role") == "main") && main == nullptr) main = c;
      const size_t p = paragraph_text(c);
      if (p > most) most = p, densest = c;
      walk(c);
    }
  };
  walk(root);
  if (best_article != nullptr) return best_article;
  if (main != nullptr) return main;
  return densest != nullptr ? densest : root;
}

const xmlNode* find_element(const xmlNode* n, const std::string& tag) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (name_of(c) == tag) return c;
    if (const xmlNode* f = find_element(c, tag)) return f;
  }
  return nullptr;
}

// <meta property|name="key" content="...">
std::string meta(const xmlNode* root, const std::string& key) {
  std::string found;
  std::function<void(const xmlNode*)> walk = [&](const xmlNode* n) {
    for (const xmlNode* c = n->children; c != nullptr && found.empty(); c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (name_of(c) == "meta" && (attr(c, "property") == key || attr(c, "name") == key))
        found = squeeze(attr(c, "content"));
      walk(c);
    }
  };
  walk(root);
  return found;
}

// An article id from a file name or a title: the rule of section anchors
// (slugify), at most 80 characters; "" when the text has no letter or digit.
std::string slug_of(std::string_view text) {
  if (std::none_of(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c) != 0; }))
    return {};
  constexpr size_t kMaxSlug = 80;
  std::string out = slugify(text);
  if (out.size() > kMaxSlug) out.resize(kMaxSlug);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string yaml_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') c = ' ';
    out += c;
  }
  return out + "\"";
}

// The article as corpus Markdown, or "" when it has no text.
std::string compose(const std::string& title, const std::string& body, const std::string& category,
                    const std::string& date, const std::string& source) {
  if (squeeze(body).empty()) return {};
  std::string md = "---\ntitle: " + yaml_quoted(title) + "\n";
  const std::string subject = subject_of_title(title, body);
  if (!subject.empty() && subject != title) md += "subject: " + yaml_quoted(subject) + "\n";
  if (!category.empty()) md += "category: " + yaml_quoted(category) + "\n";
  if (!date.empty()) md += "date: " + yaml_quoted(date) + "\n";
  if (!source.empty()) md += "source: " + yaml_quoted(source) + "\n";
  md += "language: id\n---\n\n# " + escape(title) + "\n\n" + body;
  while (md.size() > 1 && md[md.size() - 1] == '\n' && md[md.size() - 2] == '\n') md.pop_back();
  return md;
}

std::string base_name(std::string_view name) {
  const size_t slash = name.find_last_of('/');
  std::string_view file = slash == std::string_view::npos ? name : name.substr(slash + 1);
  const size_t dot = file.find_last_of('.');
  return std::string(dot == std::string_view::npos ? file : file.substr(0, dot));
}

// Converts an HTML fragment or page; `page`: find the article body in it.
bool convert_html(std::string_view html, bool page, std::string* title, std::string* body,
                  std::string* category, std::string* source) {
  Doc doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_NONET | HTML_PARSE_COMPACT));
  if (!doc) return false;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return false;
  std::string h1;
  const xmlNode* from = root;
  if (page) {
    from = body_of(root);
    // The title: the article's own heading, else the page's metadata.
    if (const xmlNode* h = find_element(from, "h1")) h1 = squeeze(text_of(h));
    if (h1.empty()) h1 = meta(root, "og:title");
    if (h1.empty()) {
      if (const xmlNode* t = find_element(root, "title")) h1 = squeeze(text_of(t));
    }
    if (category->empty()) *category = meta(root, "article:section");
    if (source->empty()) source->assign(meta(root, "og:url"));
  }
  if (title->empty()) *title = h1;
  std::string seen_title = *title;
  Writer w(&seen_title);
  w.blocks(from);
  *body = w.take();
  return true;
}

// The first child element of `n` with this name (and namespace prefix).
const xmlNode* child(const xmlNode* n, const char* prefix, const char* local) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(c->name), local))
      continue;
    const char* p = c->ns != nullptr && c->ns->prefix != nullptr
                        ? reinterpret_cast<const char*>(c->ns->prefix)
                        : "";
    if (std::strcmp(p, prefix) == 0) return c;
  }
  return nullptr;
}

std::string child_text(const xmlNode* n, const char* prefix, const char* local) {
  const xmlNode* c = child(n, prefix, local);
  if (c == nullptr) return {};
  xmlChar* v = xmlNodeGetContent(c);
  if (v == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// WordPress stores a post's paragraphs as text between blank lines (its
// editor adds the <p> when it shows them): such text becomes paragraphs
// here too. Blocks already in tags stay as they are.
std::string paragraphs(const std::string& content) {
  std::string text;
  for (char c : content)
    if (c != '\r') text += c;
  std::string out;
  size_t at = 0;
  while (at <= text.size()) {
    size_t end = text.find("\n\n", at);
    if (end == std::string::npos) end = text.size();
    const std::string chunk = squeeze(text.substr(at, end - at));
    if (!chunk.empty()) {
      static const char* kBlocks[] = {"<p",      "<h",          "<ul",     "<ol",  "<div",
                                      "<table",  "<blockquote", "<figure", "<!--", "<pre",
                                      "<script", "<style",      "<section"};
      const std::string l = ascii_lower(chunk.substr(0, 12));
      const bool block = std::any_of(std::begin(kBlocks), std::end(kBlocks),
                                     [&](const char* b) { return l.rfind(b, 0) == 0; });
      out += block ? chunk : "<p>" + chunk + "</p>";
      out += "\n";
    }
    at = end + 2;
  }
  return out;
}

}  // namespace

std::string subject_of_title(std::string_view title, std::string_view body) {
  std::string t = squeeze(title);
  for (const char* cut : {":", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", "?"}) {
    const size_t at = t.find(cut);
    if (at != std::string::npos && at > 0) t = squeeze(t.substr(0, at));
  }
  // Framing phrases explainer titles open with. What follows is the
  // subject, if the article speaks of it.
  static const char* kFraming[] = {"apa yang dimaksud dengan",
                                   "apa yang dimaksud",
                                   "apa itu",
                                   "pengertian",
                                   "mengenal",
                                   "memahami",
                                   "definisi",
                                   "penjelasan",
                                   "arti",
                                   "sejarah"};
  const std::string l = ascii_lower(t);
  const std::string text = ascii_lower(body);
  for (const char* f : kFraming) {
    const std::string frame = std::string(f) + " ";
    if (l.rfind(frame, 0) != 0 || l.size() <= frame.size()) continue;
    const std::string rest = t.substr(frame.size());
    if (text.find(ascii_lower(rest)) != std::string::npos) return rest;
  }
  return t;
}

namespace {
// An input too large to import is refused before it is parsed.
bool too_large(const std::string& file, std::string_view bytes, ImportResult* r) {
  if (bytes.size() <= kMaxImportBytes) return false;
  r->errors.push_back(file + ": larger than " + std::to_string(kMaxImportBytes) + " bytes");
  return true;
}
}  // namespace

ImportResult import_html(std::string_view name, std::string_view html) {
  ImportResult r;
  const std::string file(name);
  if (too_large(file, html, &r)) return r;
  if (squeeze(html).empty()) {
    r.errors.push_back(file + ": empty");
    return r;
  }
  if (html.find('\0') != std::string_view::npos) {
    r.errors.push_back(file + ": not a text file");
    return r;
  }
  std::string title, body, category, source;
  if (!convert_html(html, true, &title, &body, &category, &source)) {
    r.errors.push_back(file + ": not an HTML page");
    return r;
  }
  if (title.empty()) title = base_name(name);
  std::string md = compose(title, body, category, "", source);
  if (md.empty()) {
    r.errors.push_back(file + ": no article text found");
    return r;
  }
  std::string slug = slug_of(base_name(name));
  if (slug.empty()) slug = slug_of(title);
  r.articles.push_back({slug, std::move(md)});
  return r;
}

ImportResult import_wxr(std::string_view name, std::string_view xml) {
  ImportResult r;
  const std::string file(name);
  if (too_large(file, xml, &r)) return r;
  // No network, no external entities or DTDs (XML_PARSE_NOENT and
  // XML_PARSE_DTDLOAD stay off): an export is read as it is.
  Doc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8",
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) {
    r.errors.push_back(file + ": not well-formed XML");
    return r;
  }
  const xmlNode* rss = xmlDocGetRootElement(doc.get());
  const xmlNode* channel = rss != nullptr ? child(rss, "", "channel") : nullptr;
  if (channel == nullptr) {
    r.errors.push_back(file + ": not a WordPress export (WXR)");
    return r;
  }
  int n = 0;
  for (const xmlNode* item = channel->children; item != nullptr; item = item->next) {
    if (item->type != XML_ELEMENT_NODE ||
        std::strcmp(reinterpret_cast<const char*>(item->name), "item") != 0)
      continue;
    ++n;
    const std::string type = child_text(item, "wp", "post_type");
    const std::string status = child_text(item, "wp", "status");
    if (!type.empty() && type != "post" && type != "page") continue;  // attachments, menus
    const std::string title = squeeze(child_text(item, "", "title"));
    const std::string label =
        file + " item " + std::to_string(n) + (title.empty() ? std::string() : " (" + title + ")");
    if (!status.empty() && status != "publish") {
      r.errors.push_back(label + ": not published (" + status + "), skipped");
      continue;
    }
    if (title.empty()) {
      r.errors.push_back(label + ": no title");
      continue;
    }
    std::string category;
    for (const xmlNode* c = item->children; c != nullptr && category.empty(); c = c->next) {
      if (c->type == XML_ELEMENT_NODE &&
          std::strcmp(reinterpret_cast<const char*>(c->name), "category") == 0 &&
          attr(c, "domain") == "category")
        category = text_of(c);
    }
    std::string html = paragraphs(child_text(item, "content", "encoded"));
    std::string t = title, body, ignored, source = squeeze(child_text(item, "", "link"));
    if (squeeze(html).empty() || !convert_html(html, false, &t, &body, &ignored, &ignored)) {
      r.errors.push_back(label + ": no content");
      continue;
    }
    std::string md =
        compose(title, body, category, squeeze(child_text(item, "wp", "post_date")), source);
    if (md.empty()) {
      r.errors.push_back(label + ": no article text");
      continue;
    }
    std::string slug = slug_of(child_text(item, "wp", "post_name"));
    if (slug.empty()) slug = slug_of(title);
    r.articles.push_back({slug, std::move(md)});
  }
  return r;
}

}  // namespace tanya
