// Renders the bot's Mustache answer templates (bot/templates.json and the
// topic intros) as plain text: values are not HTML-escaped, because answers
// are text and each channel escapes for its own medium. Not thread-safe
// (kainjow's renderer keeps state): one Renderer per worker.
#ifndef TANYA_BOT_RENDER_H_
#define TANYA_BOT_RENDER_H_

#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <vector>

#include "index/knowledge.h"

namespace tanya {

using TemplateData = kainjow::mustache::data;

class Renderer {
 public:
  // Renders `source` (a template text), parsing it once and caching it.
  std::string render(const std::string& source, const TemplateData& data);

 private:
  std::map<std::string, kainjow::mustache::mustache> cache_;
};

// "kerja sama bilateral" -> "Kerja sama bilateral" (ASCII first letter only).
std::string capitalize(std::string s);
// `s` with a capital first letter where its first word is all in small
// letters ("pemegang ..." -> "Pemegang ..."; "pH ..." stays).
std::string sentence_start(std::string s);

// A sentence or list item without its closing punctuation ("naik harga;"
// -> "naik harga"), to be set in a line of an answer.
std::string trim_end(std::string s);

// The list nested under list item `item` (a Knowledge::sentences index) in
// one row ("Hipotermia ...; Dehidrasi ..."), its sentences appended to
// `sentences`; "" when the item has none.
std::string nested_items(const Knowledge& kb, int item, std::vector<int>* sentences);

// An answer longer than `max_bytes` whose lines are list items ("- ..."):
// each item cut to its first sentence, so that a reader who asked for the
// whole list ("Sebutkan tahapannya") sees every item rather than the first
// few in full. Other lines, and a text that fits, are returned as they are.
std::string fit_list(std::string text, size_t max_bytes);

}  // namespace tanya

#endif  // TANYA_BOT_RENDER_H_
