// Unit tests for src/web: the demo page must never let article text become
// markup, must carry the anchors the widget's source links point at, and the
// widget assets must be served with stable validators.
#define CATCH_CONFIG_MAIN
#include "web/web.h"

#include <catch2/catch.hpp>
#include <string>

#include "index/document.h"

namespace {

using tanya::Block;
using tanya::Document;
using tanya::Section;

Block paragraph(std::string text) {
  Block b;
  b.kind = Block::Kind::kParagraph;
  b.text = std::move(text);
  return b;
}

Block list(Block::Kind kind, std::vector<std::string> items) {
  Block b;
  b.kind = kind;
  b.items = std::move(items);
  return b;
}

Section section(std::string heading, int level, std::string anchor, std::vector<Block> blocks) {
  Section s;
  s.heading = std::move(heading);
  s.level = level;
  s.anchor = std::move(anchor);
  s.blocks = std::move(blocks);
  return s;
}

Document sample() {
  Document d;
  d.id = "kerja-sama";
  d.title = "Bentuk Kerja Sama <script>alert(1)</script>";
  d.source = "Ajaib.co.id";
  d.language = "id";
  d.category = "Investasi";
  d.sections.push_back(
      section(d.title, 1, "bentuk-kerja-sama",
              {paragraph("Pembuka dengan <img src=x onerror=alert(2)> di dalamnya.")}));
  d.sections.push_back(section("Bentuk Kerja Sama Internasional", 2,
                               "bentuk-kerja-sama-internasional",
                               {paragraph("Terdiri dari tiga bentuk:"),
                                list(Block::Kind::kBulletList,
                                     {"Kerja sama bilateral", "Kerja sama \"regional\" & lain"})}));
  d.sections.push_back(section("#1 Kerja sama Bilateral", 3, "1-kerja-sama-bilateral",
                               {list(Block::Kind::kOrderedList, {"ASEAN", "APEC"})}));
  d.sections.push_back(section("Tujuan Kerja Sama Internasional", 2,
                               "tujuan-kerja-sama-internasional", {paragraph("Tujuannya.")}));
  return d;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("demo page escapes article text", "[web]") {
  const std::string html = tanya::web::render_demo_page({sample()});
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("<img src=x") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
  CHECK(html.find("Kerja sama &quot;regional&quot; &amp; lain") != std::string::npos);
  // The only script on the page is the widget.
  CHECK(count(html, "<script") == 1);
  CHECK(html.find("<script src=\"/widget.js\" async></script>") != std::string::npos);
}

TEST_CASE("demo page has every section anchor and the article structure", "[web]") {
  const std::string html = tanya::web::render_demo_page({sample()});
  for (const auto& s : sample().sections) {
    INFO(s.anchor);
    CHECK(html.find("<section id=\"" + s.anchor + "\"") != std::string::npos);
  }
  CHECK(html.find("<h2>Bentuk Kerja Sama Internasional</h2>") != std::string::npos);
  CHECK(html.find("<h3>#1 Kerja sama Bilateral</h3>") != std::string::npos);
  CHECK(html.find("<li>Kerja sama bilateral</li>") != std::string::npos);
  CHECK(html.find("<ol><li>ASEAN</li><li>APEC</li></ol>") != std::string::npos);
  CHECK(html.find("<html lang=\"id\">") != std::string::npos);
  // The table of contents nests subsections under their section.
  CHECK(html.find("<li><a href=\"#bentuk-kerja-sama-internasional\">Bentuk Kerja Sama "
                  "Internasional</a><ul><li><a href=\"#1-kerja-sama-bilateral\">") !=
        std::string::npos);
  CHECK(html.find("<li><a href=\"#tujuan-kerja-sama-internasional\">") != std::string::npos);
  // The title is the page's one <h1>; the lead section does not repeat it.
  CHECK(count(html, "<h1>") == 1);
}

TEST_CASE("demo page without documents is still a page with the widget", "[web]") {
  const std::string html = tanya::web::render_demo_page({});
  CHECK(html.find("<!doctype html>") == 0);
  CHECK(html.find("/widget.js") != std::string::npos);
}

TEST_CASE("widget assets have types, cache headers and stable strong ETags", "[web]") {
  auto js = tanya::web::find_asset("/widget.js");
  auto css = tanya::web::find_asset("/widget.css");
  REQUIRE(js);
  REQUIRE(css);
  CHECK(js->content_type.rfind("text/javascript", 0) == 0);
  CHECK(css->content_type.rfind("text/css", 0) == 0);
  CHECK(js->cache_control.find("max-age=") != std::string::npos);
  REQUIRE(js->etag.size() == 18);
  CHECK(js->etag.front() == '"');
  CHECK(js->etag.back() == '"');
  CHECK(js->etag.rfind("W/", 0) == std::string::npos);  // strong, so byte ranges stay valid
  CHECK(tanya::web::find_asset("/widget.js")->etag == js->etag);
  CHECK(js->etag != css->etag);
  CHECK(js->body.find("attachShadow") != std::string::npos);
}

TEST_CASE("only known asset names are served", "[web]") {
  for (const char* path :
       {"/", "", "widget.js", "/../widget.js", "/web/widget.js", "/widget.js?v=1",
        "/demo.html.mustache", "//widget.js", "/WIDGET.JS", "/widget.js/"}) {
    INFO(path);
    CHECK_FALSE(tanya::web::find_asset(path));
  }
}

TEST_CASE("widget never builds HTML from strings", "[web]") {
  // The widget's safety rule (server text only via textContent/DOM calls) is
  // cheap to keep honest statically; the browser test checks it live.
  const std::string js = tanya::web::find_asset("/widget.js")->body;
  for (const char* sink :
       {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("}) {
    INFO(sink);
    CHECK(js.find(sink) == std::string::npos);
  }
}

TEST_CASE("a site renders each article at /a/<id> with a scoped widget, and an index", "[web]") {
  Document other;
  other.id = "bank-sampah\"><script>";
  other.title = "Bank Sampah";
  other.category = "Lingkungan";
  std::string long_text(400, 'x');
  long_text.replace(100, 1, " ");
  other.sections.push_back(section(other.title, 1, "bank-sampah", {paragraph(long_text)}));
  const tanya::web::Pages pages = tanya::web::render_site({sample(), other});
  REQUIRE(pages.count("/"));
  REQUIRE(pages.count("/a/kerja-sama"));
  const std::string& article = pages.at("/a/kerja-sama");
  CHECK(article.find("<script src=\"/widget.js\" data-article=\"kerja-sama\" async>") !=
        std::string::npos);
  CHECK(article.find("<section id=\"1-kerja-sama-bilateral\"") != std::string::npos);
  // The index lists every article with its category, a link and a summary,
  // escaped, and its widget is site-wide.
  const std::string& index = pages.at("/");
  CHECK(index.find("<a href=\"/a/kerja-sama\">Bentuk Kerja Sama &lt;script&gt;") !=
        std::string::npos);
  CHECK(index.find("Lingkungan") != std::string::npos);
  CHECK(index.find("Pembuka dengan &lt;img") != std::string::npos);
  CHECK(index.find("data-article") == std::string::npos);
  CHECK(index.find("<section") == std::string::npos);  // no article text beyond summaries
  CHECK(index.find("bank-sampah&quot;&gt;&lt;script&gt;") != std::string::npos);
  CHECK(count(index, "<script") == 1);
  // A long opening paragraph is cut at a word.
  CHECK(index.find(std::string(100, 'x') + " \u2026") != std::string::npos);
  // One article: "/" is the article itself.
  const tanya::web::Pages one = tanya::web::render_site({sample()});
  CHECK(one.at("/").find("<section id=\"1-kerja-sama-bilateral\"") != std::string::npos);
  CHECK(one.count("/a/kerja-sama") == 1);
}
