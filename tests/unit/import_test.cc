// Importing articles from saved pages and WordPress exports (import/importer.h):
// the clutter of real pages is dropped, broken input is an error per file
// and never a fault, and an imported article answers as its hand-written
// Markdown does.
#include <md4c.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "import/importer.h"
#include "testing.h"

using namespace tanya;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string fixture(const std::string& name) {
  return read(testing::source_dir() + "/tests/fixtures/import/" + name);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A hand-written article as a publisher's page: its Markdown rendered to
// HTML (through md4c's parser, which the index uses too), inside a page
// with a menu, ads, share buttons, a "Baca juga" box, related posts,
// comments and scripts.
std::string as_cluttered_page(const std::string& markdown) {
  std::string body = markdown, title;
  if (body.rfind("---\n", 0) == 0) {
    const size_t end = body.find("\n---\n", 4);
    const std::string front = body.substr(4, end - 4);
    const size_t t = front.find("title:");
    if (t != std::string::npos) {
      title = front.substr(t + 6, front.find('\n', t) - t - 6);
      while (!title.empty() && (title.front() == ' ' || title.front() == '"')) title.erase(0, 1);
      while (!title.empty() && (title.back() == ' ' || title.back() == '"')) title.pop_back();
    }
    body = body.substr(end + 5);
  }
  struct Out {
    std::string html;
  } out;
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES;
  auto block_tag = [](MD_BLOCKTYPE type, void* detail) -> std::string {
    switch (type) {
      case MD_BLOCK_H:
        return "h" + std::to_string(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
      case MD_BLOCK_P:
        return "p";
      case MD_BLOCK_UL:
        return "ul";
      case MD_BLOCK_OL:
        return "ol";
      case MD_BLOCK_LI:
        return "li";
      case MD_BLOCK_QUOTE:
        return "blockquote";
      case MD_BLOCK_TABLE:
        return "table";
      case MD_BLOCK_THEAD:
        return "thead";
      case MD_BLOCK_TBODY:
        return "tbody";
      case MD_BLOCK_TR:
        return "tr";
      case MD_BLOCK_TH:
        return "th";
      case MD_BLOCK_TD:
        return "td";
      default:
        return "";
    }
  };
  static std::function<std::string(MD_BLOCKTYPE, void*)> tag_of;
  tag_of = block_tag;
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* user) {
    const std::string t = tag_of(type, detail);
    if (!t.empty()) static_cast<Out*>(user)->html += "<" + t + ">";
    return 0;
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void* detail, void* user) {
    const std::string t = tag_of(type, detail);
    if (!t.empty()) static_cast<Out*>(user)->html += "</" + t + ">\n";
    return 0;
  };
  parser.enter_span = [](MD_SPANTYPE type, void*, void* user) {
    if (type == MD_SPAN_STRONG) static_cast<Out*>(user)->html += "<strong>";
    if (type == MD_SPAN_EM) static_cast<Out*>(user)->html += "<em>";
    return 0;
  };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* user) {
    if (type == MD_SPAN_STRONG) static_cast<Out*>(user)->html += "</strong>";
    if (type == MD_SPAN_EM) static_cast<Out*>(user)->html += "</em>";
    return 0;
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
    std::string& h = static_cast<Out*>(user)->html;
    if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) {
      h += ' ';
      return 0;
    }
    for (MD_SIZE i = 0; i < size; ++i) {
      if (text[i] == '<')
        h += "&lt;";
      else if (text[i] == '>')
        h += "&gt;";
      else if (text[i] == '&')
        h += "&amp;";
      else
        h += text[i];
    }
    return 0;
  };
  md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &out);
  return "<!DOCTYPE html><html><head><title>" + title +
         " | Situs Contoh</title><script>var x=1;</script></head><body>"
         "<header><nav><a href='/'>Beranda</a> <a href='/kategori'>Kategori</a></nav></header>"
         "<div class='ads'>IKLAN PROMO</div><main><article><h1>" +
         title +
         "</h1>"
         "<div class='share'>Bagikan</div><p>Baca juga: Artikel Lain yang Menarik</p>" +
         out.html +
         "<div class='related-posts'><h3>Artikel Terkait</h3><ul><li>Lain</li></ul></div>"
         "</article><section class='comments'><p>Komentar pembaca.</p></section></main>"
         "<aside class='sidebar'>Populer</aside><footer>Hak cipta</footer></body></html>";
}

}  // namespace

TEST_CASE("import: a cluttered page keeps the article and drops the rest", "[import]") {
  ImportResult r = import_html("tests/kompos.html", fixture("kompos.html"));
  REQUIRE(r.errors.empty());
  REQUIRE(r.articles.size() == 1);
  const ImportedArticle& a = r.articles.front();
  CHECK(a.slug == "kompos");
  const std::string& md = a.markdown;
  INFO(md);
  for (const char* part :
       {"title: \"Pengertian Kompos: Jenis, Manfaat, dan Cara Membuatnya\"", "subject: \"Kompos\"",
        "category: \"Lingkungan\"", "source: \"https://bloghijau.example/kompos\"",
        "## Jenis Kompos", "- **Kompos aerob**, yaitu", "1. Menyuburkan tanah",
        "| Bahan hijau | sisa sayur, kulit buah, rumput segar |"}) {
    INFO(part);
    CHECK(has(md, part));
  }
  for (const char* clutter :
       {"IKLAN", "Bagikan", "Baca juga", "Artikel Terkait", "Komentar", "newsletter", "Beranda",
        "Hak cipta", "dataLayer", "loadAd", "Populer", "Ditulis oleh"}) {
    INFO(clutter);
    CHECK_FALSE(has(md, clutter));
  }
}

TEST_CASE("import: a WordPress export brings every published post", "[import]") {
  ImportResult r = import_wxr("ekspor.xml", fixture("ekspor.xml"));
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].slug == "literasi-digital");
  CHECK(r.articles[1].slug == "kantin-sehat");
  const std::string& post = r.articles[0].markdown;
  INFO(post);
  for (const char* part : {"subject: \"Literasi Digital\"", "category: \"Teknologi\"",
                           "date: \"2026-11-02 08:00:00\"", "## Manfaat Literasi Digital"}) {
    INFO(part);
    CHECK(has(post, part));
  }
  CHECK_FALSE(has(post, "Baca juga"));
  CHECK_FALSE(has(post, "alert"));
  // Paragraphs WordPress keeps as text between blank lines stay paragraphs.
  CHECK(has(r.articles[1].markdown, "bergizi.\n\nKantin sehat diawasi"));
  // The draft, the post without a title and the one without text are
  // reported; the attachment is not a post.
  REQUIRE(r.errors.size() == 3);
  CHECK(has(r.errors[0], "draft"));
  CHECK(has(r.errors[1], "no title"));
  CHECK(has(r.errors[2], "no content"));
}

TEST_CASE("import: broken input is an error per file, never a fault", "[import]") {
  CHECK(import_html("kosong.html", "").errors.size() == 1);
  CHECK(import_html("biner.html", std::string("PK\x03\x04\0\0data", 10)).errors.size() == 1);
  CHECK(import_html("teks.html", "<html><body><nav>Menu</nav></body></html>").articles.empty());
  CHECK(import_html("besar.html", std::string(kMaxImportBytes + 1, 'a')).errors.size() == 1);
  // Unclosed tags are recovered.
  ImportResult loose = import_html("tanpa-penutup.html", fixture("tanpa-penutup.html"));
  REQUIRE(loose.articles.size() == 1);
  CHECK(has(loose.articles[0].markdown, "- Mencegah genangan"));
  CHECK_FALSE(has(loose.articles[0].markdown, "iklan"));
  CHECK(has(import_wxr("rusak.xml", fixture("rusak.xml")).errors.at(0), "not well-formed XML"));
  CHECK(has(import_wxr("x.xml", "<html><p>bukan ekspor</p></html>").errors.at(0), "WXR"));
  // An export never reads files or the network through its entities.
  ImportResult xxe = import_wxr("xxe.xml", R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY bocor SYSTEM "file:///etc/passwd">]>
<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><item><title>Judul</title><content:encoded>&bocor; teks biasa yang panjang.</content:encoded>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>)");
  for (const ImportedArticle& a : xxe.articles) CHECK_FALSE(has(a.markdown, "root:"));
  // Markdown's own characters in the text stay text.
  ImportResult marks = import_html(
      "tanda.html", "<article><h1>Tanda</h1><p># bukan judul *bukan miring* [x](y)</p></article>");
  REQUIRE(marks.articles.size() == 1);
  CHECK(has(marks.articles[0].markdown, "\\# bukan judul \\*bukan miring\\* \\[x\\](y)"));
}

TEST_CASE("import: the title names the subject", "[import]") {
  CHECK(subject_of_title("Pengertian Inflasi: Jenis dan Penyebabnya", "inflasi adalah ...") ==
        "Inflasi");
  CHECK(subject_of_title("Apa Itu Literasi Digital? Ini Penjelasannya", "literasi digital ...") ==
        "Literasi Digital");
  // A framing word is kept where the article does not speak of the rest alone.
  CHECK(subject_of_title("Sejarah Indonesia", "bangsa ini...") == "Sejarah Indonesia");
  CHECK(subject_of_title("Kantin Sehat", "") == "Kantin Sehat");
}

TEST_CASE("import: an imported page answers as its hand-written article does", "[import]") {
  for (const char* name : {"inflasi", "diabetes"}) {
    const std::string dir = testing::source_dir() + "/tests/qa/articles/";
    const std::string markdown = read(dir + name + std::string(".md"));
    ImportResult r = import_html(std::string(name) + ".html", as_cluttered_page(markdown));
    REQUIRE(r.articles.size() == 1);
    testing::ArticleBot original(std::string("orig-") + name, name + std::string(".md"), markdown);
    testing::ArticleBot imported(std::string("imp-") + name, name + std::string(".md"),
                                 r.articles[0].markdown);
    // Every question of the article's set, first turns only.
    std::ifstream questions(dir + name + std::string(".jsonl"));
    int asked = 0, same = 0, found_before = 0, found_after = 0;
    for (std::string line; std::getline(questions, line);) {
      if (line.empty()) continue;
      const auto q = nlohmann::json::parse(line)["turns"][0].get<std::string>();
      Answer a = original.bot->ask("o", q), b = imported.bot->ask("i", q);
      ++asked;
      same += a.text == b.text ? 1 : 0;
      found_before += a.found ? 1 : 0;
      found_after += b.found ? 1 : 0;
    }
    INFO(name << ": " << same << " of " << asked << " answers the same; found " << found_before
              << " -> " << found_after);
    CHECK(found_after >= found_before - 1);
    CHECK(same * 10 >= asked * 9);
  }
}
