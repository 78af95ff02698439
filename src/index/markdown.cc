// A deliberately small Markdown reader: articles use headings, paragraphs and
// flat lists only, and a full CommonMark parser would bring a dependency
// without changing what we index.
#include <cctype>
#include <string>
#include <unordered_map>

#include "index/document.h"

namespace tanya {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "- item", "* item", "+ item" -> item; "12. item" / "12) item" -> item.
bool list_item(std::string_view line, Block::Kind* kind, std::string_view* text) {
  line = trim(line);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    *kind = Block::Kind::kBulletList;
    *text = trim(line.substr(2));
    return true;
  }
  size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i > 0 && i < 10 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') &&
      line[i + 1] == ' ') {
    *kind = Block::Kind::kOrderedList;
    *text = trim(line.substr(i + 2));
    return true;
  }
  return false;
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
  size_t pos = 0;
  auto next_line = [&](std::string_view* line) {
    if (pos >= text.size()) return false;
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    *line = text.substr(pos, nl - pos);
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    pos = nl + 1;
    return true;
  };

  // Front matter: "---" on the first line, "key: value" lines, "---".
  std::string_view line;
  size_t save = pos;
  if (next_line(&line) && trim(line) == "---") {
    while (next_line(&line) && trim(line) != "---") {
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string key(trim(line.substr(0, colon)));
      std::string value(trim(line.substr(colon + 1)));
      if (key == "title")
        doc.title = value;
      else if (key == "source")
        doc.source = value;
      else if (key == "language")
        doc.language = value;
      else if (key == "category")
        doc.category = value;
      else if (key == "subject")
        doc.subject = value;
    }
  } else {
    pos = save;
  }

  std::unordered_map<std::string, int> anchors;
  std::vector<std::string> path;  // headings of levels 2.. currently open
  auto open_section = [&](std::string heading, int level) {
    Section s;
    s.level = level;
    if (level > 1) {
      path.resize(static_cast<size_t>(level - 2));
      path.push_back(heading);
    }
    s.path = path;
    std::string anchor = slugify(heading);
    int n = anchors[anchor]++;
    s.anchor = n == 0 ? anchor : anchor + "-" + std::to_string(n + 1);
    s.heading = std::move(heading);
    doc.sections.push_back(std::move(s));
  };
  open_section(doc.title.empty() ? std::string(id) : doc.title, 1);

  std::string para;
  auto end_paragraph = [&] {
    if (!para.empty()) {
      Block b;
      b.text = std::move(para);
      doc.sections.back().blocks.push_back(std::move(b));
    }
    para.clear();
  };

  while (next_line(&line)) {
    std::string_view t = trim(line);
    if (t.empty()) {
      end_paragraph();
      continue;
    }
    if (t[0] == '#') {
      size_t level = 0;
      while (level < t.size() && t[level] == '#') ++level;
      if (level <= 6 && level < t.size() && t[level] == ' ') {
        end_paragraph();
        std::string heading(trim(t.substr(level)));
        if (level == 1) {
          // The H1 repeats the title: it names the lead section.
          if (doc.title.empty()) doc.title = heading;
          doc.sections.front().heading = doc.title;
          continue;
        }
        open_section(std::move(heading), static_cast<int>(level));
        continue;
      }
    }
    Block::Kind kind;
    std::string_view item;
    if (list_item(t, &kind, &item)) {
      end_paragraph();
      auto& blocks = doc.sections.back().blocks;
      if (blocks.empty() || blocks.back().kind != kind) {
        Block b;
        b.kind = kind;
        blocks.push_back(std::move(b));
      }
      blocks.back().items.emplace_back(item);
      continue;
    }
    // A continuation line: joins the paragraph, or the last list item when
    // the list is still open.
    auto& blocks = doc.sections.back().blocks;
    if (para.empty() && !blocks.empty() && blocks.back().is_list() &&
        std::isspace(static_cast<unsigned char>(line[0]))) {
      blocks.back().items.back() += " " + std::string(t);
      continue;
    }
    if (!para.empty()) para.push_back(' ');
    para += t;
  }
  end_paragraph();
  if (doc.subject.empty()) doc.subject = doc.title;
  return doc;
}

}  // namespace tanya
