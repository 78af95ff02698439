// The widget's static files and the demo page, both served from the files
// embedded from web/ (see src/web/CMakeLists.txt), so `tanya serve` needs
// nothing on disk.
#include "web/web.h"

#include <algorithm>
#include <cstdint>
#include <kainjow/mustache.hpp>
#include <map>
#include <string>

#include "base/embedded.h"

namespace tanya::web {
namespace {

namespace mstch = kainjow::mustache;

constexpr std::string_view kTemplatePath = "demo.html.mustache";

// Only these file kinds are served; everything else under web/ (the page
// template, notes) stays internal even though it is embedded.
std::string_view content_type_for(std::string_view path) {
  auto ends_with = [path](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  if (ends_with(".js")) return "text/javascript; charset=utf-8";
  if (ends_with(".css")) return "text/css; charset=utf-8";
  if (ends_with(".svg")) return "image/svg+xml";
  if (ends_with(".png")) return "image/png";
  if (ends_with(".ico")) return "image/x-icon";
  return {};
}

// FNV-1a, 64 bit: tiny, deterministic across builds and platforms (unlike
// std::hash), and plenty to tell two versions of a file apart. The ETag only
// has to change when the bytes change; it is not a security boundary.
std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string strong_etag(std::string_view body) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t h = fnv1a64(body);
  std::string tag(18, '"');
  for (int i = 16; i >= 1; --i) {
    tag[i] = kHex[h & 0xF];
    h >>= 4;
  }
  return tag;
}

using AssetTable = std::map<std::string, Asset, std::less<>>;

AssetTable build_assets() {
  AssetTable table;
  for (const auto& file : embedded::web()) {
    std::string_view type = content_type_for(file.path);
    if (type.empty()) continue;
    Asset a;
    a.content_type = std::string(type);
    a.body = std::string(file.data);
    a.etag = strong_etag(file.data);
    // The embed snippet's URL never changes (no version in the name), so
    // browsers may keep it only briefly; the ETag makes revalidation a
    // cheap 304 and lets a new release reach readers within minutes.
    a.cache_control = "public, max-age=300";
    table.emplace("/" + std::string(file.path), std::move(a));
  }
  return table;
}

// Built once (thread-safe static init): the embedded files never change while
// the process runs, so hashing them again per request would be wasted work.
const AssetTable& assets() {
  static const AssetTable table = build_assets();
  return table;
}

std::string_view demo_template() {
  for (const auto& file : embedded::web()) {
    if (file.path == kTemplatePath) return file.data;
  }
  return {};
}

mstch::data string_list(const std::vector<std::string>& items) {
  mstch::list list;
  for (const auto& item : items) list.push_back(mstch::data(item));
  return mstch::data(list);
}

mstch::data block_data(const Block& block) {
  mstch::data d;
  switch (block.kind) {
    case Block::Kind::kParagraph:
      d.set("paragraph", true);
      d.set("text", block.text);
      break;
    case Block::Kind::kBulletList:
    case Block::Kind::kTable:  // a table's rows, each "Header: cell; ...", read as a list
      d.set("bullets", true);
      d.set("items", string_list(block.items));
      break;
    case Block::Kind::kOrderedList:
      d.set("ordered", true);
      d.set("items", string_list(block.items));
      break;
  }
  return d;
}

mstch::data document_data(const Document& doc) {
  mstch::data d;
  d.set("id", doc.id);
  d.set("title", doc.title);
  d.set("language", doc.language.empty() ? std::string("id") : doc.language);
  // Absent rather than empty: an empty string still opens a mustache section.
  if (!doc.category.empty()) d.set("category", doc.category);
  if (!doc.source.empty()) d.set("source", doc.source);

  mstch::list sections;
  // The table of contents is two levels deep: the article's main headings,
  // each with its subsections (deeper levels are folded into the second).
  struct TocEntry {
    const Section* section;
    std::vector<const Section*> children;
  };
  std::vector<TocEntry> toc;
  for (const auto& section : doc.sections) {
    mstch::data s;
    s.set("anchor", section.anchor);
    s.set("level", std::to_string(section.level));
    // The lead section's heading is the title, already shown as the <h1>.
    bool show_heading = section.level > 1 && !section.heading.empty();
    s.set("show_heading", show_heading);
    s.set("heading", section.heading);
    s.set("heading_level", std::to_string(std::clamp(section.level, 2, 6)));
    mstch::list blocks;
    for (const auto& block : section.blocks) blocks.push_back(block_data(block));
    s.set("blocks", blocks);
    sections.push_back(s);
    if (!show_heading) continue;
    if (section.level <= 2 || toc.empty()) {
      toc.push_back({&section, {}});
    } else {
      toc.back().children.push_back(&section);
    }
  }
  auto link = [](const Section& section) {
    mstch::data entry;
    entry.set("anchor", section.anchor);
    entry.set("heading", section.heading);
    return entry;
  };
  mstch::list toc_data;
  std::size_t headings = 0;
  for (const auto& entry : toc) {
    mstch::data item = link(*entry.section);
    mstch::list children;
    for (const Section* child : entry.children) children.push_back(link(*child));
    item.set("has_children", !children.empty());
    item.set("children", children);
    toc_data.push_back(item);
    headings += 1 + entry.children.size();
  }
  // A table of contents only helps once there is something to skip over.
  d.set("has_toc", headings >= 3);
  d.set("toc", toc_data);
  d.set("sections", sections);
  return d;
}

}  // namespace

std::optional<Asset> find_asset(std::string_view path) {
  // Exact lookup in the table of embedded names: "..", "//" or encoded
  // variants simply do not match anything.
  const auto& table = assets();
  auto it = table.find(path);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

namespace {

// The first paragraph of the article, cut at a word to about `max` bytes.
std::string summary_of(const Document& doc) {
  constexpr std::size_t kMax = 220;
  for (const auto& section : doc.sections) {
    for (const auto& block : section.blocks) {
      if (block.kind != Block::Kind::kParagraph || block.text.empty()) continue;
      if (block.text.size() <= kMax) return block.text;
      std::size_t cut = block.text.rfind(' ', kMax);
      if (cut == std::string::npos) cut = kMax;
      // Never split a UTF-8 sequence: back up over continuation bytes.
      while (cut > 0 && (static_cast<unsigned char>(block.text[cut]) & 0xC0) == 0x80) --cut;
      return block.text.substr(0, cut) + " \u2026";
    }
  }
  return {};
}

// Renders the page template with `documents` shown whole, or listed as an
// index; `article` scopes the widget ("" for site-wide).
std::string render_page(const std::vector<Document>& documents, bool index,
                        const std::string& article) {
  std::string_view source = demo_template();
  mstch::mustache page{std::string(source)};
  if (source.empty() || !page.is_valid()) {
    // Only reachable with a broken build; still answer with valid HTML.
    return "<!doctype html><meta charset=\"utf-8\"><title>Tanya</title>"
           "<p>Demo page template missing.</p><script src=\"/widget.js\" async></script>";
  }

  mstch::data d;
  mstch::list docs, entries;
  for (const auto& doc : documents) {
    if (!index) {
      docs.push_back(document_data(doc));
      continue;
    }
    mstch::data e;
    e.set("id", doc.id);
    e.set("title", doc.title);
    if (!doc.category.empty()) e.set("category", doc.category);
    e.set("summary", summary_of(doc));
    entries.push_back(e);
  }
  d.set("documents", docs);
  if (index) d.set("index", entries);
  d.set("is_index", index);
  if (!article.empty()) d.set("article", article);
  d.set("lang", documents.empty() || documents.front().language.empty()
                    ? std::string("id")
                    : documents.front().language);
  d.set("page_title", documents.size() == 1 && !index ? documents.front().title + " · Tanya"
                                                      : std::string("Tanya · Artikel"));
  d.set("tagline", "Demo: tanya jawab tentang artikel");
  d.set("skip_label", index ? "Langsung ke daftar artikel" : "Langsung ke artikel");
  d.set("toc_label", "Daftar isi");
  d.set("index_label", "Artikel");
  d.set("source_label", "Sumber:");
  d.set("empty_label", "Belum ada artikel.");
  d.set("hint", index ? "Punya pertanyaan? Klik tombol Tanya di pojok kanan bawah dan tanyakan "
                        "apa saja tentang artikel-artikel di situs ini."
                      : "Punya pertanyaan tentang artikel ini? Klik tombol Tanya di pojok kanan "
                        "bawah dan tanyakan langsung.");
  d.set("footer", "Dibuat dengan Tanya. Artikel milik penerbit aslinya.");
  return page.render(d);
}

}  // namespace

std::string render_demo_page(const std::vector<Document>& documents) {
  return render_page(documents, false, "");
}

std::string render_article_page(const Document& document) {
  return render_page({document}, false, document.id);
}

std::string render_index_page(const std::vector<Document>& documents) {
  return render_page(documents, true, "");
}

Pages render_site(const std::vector<Document>& documents) {
  Pages pages;
  for (const auto& doc : documents) pages["/a/" + doc.id] = render_article_page(doc);
  pages["/"] = documents.size() == 1 ? render_demo_page(documents) : render_index_page(documents);
  return pages;
}

}  // namespace tanya::web
