#include "bot/render.h"

#include <cctype>
#include <string_view>

namespace tanya {

std::string Renderer::render(const std::string& source, const TemplateData& data) {
  auto it = cache_.find(source);
  if (it == cache_.end()) {
    kainjow::mustache::mustache m(source);
    m.set_custom_escape([](const std::string& s) { return s; });
    it = cache_.emplace(source, std::move(m)).first;
  }
  return it->second.render(data);
}

std::string capitalize(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string sentence_start(std::string s) {
  size_t end = 0;
  while (end < s.size() && std::islower(static_cast<unsigned char>(s[end]))) ++end;
  if (end > 0 && (end == s.size() || !std::isupper(static_cast<unsigned char>(s[end]))))
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string trim_end(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ' || s.back() == ':' || s.back() == ',' ||
                        s.back() == ';'))
    s.pop_back();
  return s;
}

std::string nested_items(const Knowledge& kb, int item, std::vector<int>* sentences) {
  std::string row;
  const int block = kb.nested_list(item);
  if (block < 0) return row;
  for (int si : kb.blocks[static_cast<size_t>(block)].sentences) {
    row += (row.empty() ? "" : "; ") + trim_end(kb.sentences[static_cast<size_t>(si)].text);
    sentences->push_back(si);
  }
  return row;
}

std::string fit_list(std::string text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  // A sentence ends at ". " before a capital, after a word too long to be
  // an abbreviation ("dr. Soetomo", "Jl. Pegangsaan", "Prof. Dr."); an
  // item keeps at least kMinItem bytes.
  constexpr size_t kMinItem = 24;
  auto ends_sentence = [](std::string_view line, size_t dot) {
    if (dot + 2 >= line.size() || !std::isupper(static_cast<unsigned char>(line[dot + 2])))
      return false;
    size_t word = line.rfind(' ', dot);
    word = word == std::string_view::npos ? 0 : word + 1;
    const size_t length = dot - word;
    return std::isupper(static_cast<unsigned char>(line[word])) ? length >= 5 : length >= 3;
  };
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + at, end - at);
    if (line.rfind("- ", 0) == 0) {
      for (size_t dot = line.find(". ", kMinItem); dot != std::string_view::npos;
           dot = line.find(". ", dot + 1)) {
        if (ends_sentence(line, dot)) {
          line = line.substr(0, dot);
          break;
        }
      }
    }
    out.append(line);
    if (end < text.size()) out.push_back('\n');
    at = end + 1;
  }
  return out;
}

}  // namespace tanya
