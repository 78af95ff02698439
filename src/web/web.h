// The web front end served by `tanya serve`: the embeddable chat widget's
// static files and the demo page that renders the corpus like a blog post.
// Owned by the widget work (issue 4); the HTTP server only calls these.
#ifndef TANYA_WEB_WEB_H_
#define TANYA_WEB_WEB_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/document.h"

namespace tanya::web {

struct Asset {
  std::string content_type;  // "application/javascript; charset=utf-8"
  std::string body;
  std::string etag;           // strong ETag, quoted: "\"3f2a...\""
  std::string cache_control;  // "public, max-age=3600"
};

// Static file for a request path such as "/widget.js" or "/widget.css";
// nullopt when there is no such asset. Safe against "..": only known names.
std::optional<Asset> find_asset(std::string_view path);

// The demo page ("/"): the articles as HTML with section anchors matching
// Source::anchor, and the widget's <script> tag.
std::string render_demo_page(const std::vector<Document>& documents);

// One article's page ("/a/<id>"), whose widget is scoped to the article
// (data-article="<id>").
std::string render_article_page(const Document& document);

// The site's index ("/" of a corpus of several articles): each article's
// title, category and a short summary, linking to its page, and a
// site-wide widget.
std::string render_index_page(const std::vector<Document>& documents);

// Every page `tanya serve` renders, by request path: "/a/<id>" for each
// article, and "/": the index, or the article itself when there is one.
using Pages = std::map<std::string, std::string, std::less<>>;
Pages render_site(const std::vector<Document>& documents);

}  // namespace tanya::web

#endif  // TANYA_WEB_WEB_H_
