// The web front end served by `tanya serve`: the embeddable chat widget's
// static files and the demo page that renders the corpus like a blog post.
// Owned by the widget work (issue 4); the HTTP server only calls these.
#ifndef TANYA_WEB_WEB_H_
#define TANYA_WEB_WEB_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/document.h"

namespace tanya::web {

struct Asset {
  std::string content_type;   // "application/javascript; charset=utf-8"
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

}  // namespace tanya::web

#endif  // TANYA_WEB_WEB_H_
