// Import: articles from where publishers keep them, as corpus Markdown.
//
//   ImportResult r = import_html("page.html", bytes);   // one saved web page
//   ImportResult r = import_wxr("export.xml", bytes);   // a WordPress export: every post
//   for (auto& a : r.articles) write corpus/<a.slug>.md with a.markdown
//
// A page's article body is found (the <article>, else <main>, else the block
// holding the most paragraph text) and its navigation, ads, scripts, share
// and "baca juga" boxes are dropped; headings, paragraphs, lists, tables
// and emphasis become Markdown, under a YAML front matter (title, category,
// date, source, subject). Parsing is libxml2's, which recovers from broken
// HTML and never fetches anything over the network. Nothing here throws on
// bad input: what cannot be imported is an error line in the result, and
// the rest is still imported.
#ifndef TANYA_IMPORT_IMPORTER_H_
#define TANYA_IMPORT_IMPORTER_H_

#include <string>
#include <string_view>
#include <vector>

namespace tanya {

struct ImportedArticle {
  std::string slug;      // file name without .md: lowercase letters, digits and hyphens
  std::string markdown;  // front matter and body
};

struct ImportResult {
  std::vector<ImportedArticle> articles;
  std::vector<std::string> errors;  // "<name>: <why>", one per file or entry not imported
};

// Largest input accepted, in bytes.
inline constexpr size_t kMaxImportBytes = 32 * 1024 * 1024;

// One saved HTML page; `name` (its file name) names errors and, when the page
// gives no better one, the slug.
ImportResult import_html(std::string_view name, std::string_view html);

// A WordPress WXR export: every published post and page, each with its
// title, category, date and slug.
ImportResult import_wxr(std::string_view name, std::string_view xml);

// The subject an explainer's title names: the title before a colon or a
// dash, without a leading framing phrase ("Pengertian", "Apa Itu",
// "Mengenal") when `body` speaks of the rest. ("Pengertian Inflasi: Jenis,
// Penyebab..." names "Inflasi".)
std::string subject_of_title(std::string_view title, std::string_view body);

}  // namespace tanya

#endif  // TANYA_IMPORT_IMPORTER_H_
