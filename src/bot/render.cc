#include "bot/render.h"

#include <cctype>

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

}  // namespace tanya
