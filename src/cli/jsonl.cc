#include "cli/jsonl.h"

#include <nlohmann/json.hpp>

#include "base/json.h"
#include "text/utf8.h"

namespace tanya {

namespace {

std::string error_line(const std::string& code, const std::string& message) {
  return dump_json({{"error", code}, {"message", message}});
}

// Like std::getline, but keeps at most `cap` bytes; *truncated tells whether
// more were discarded. False at end of input with nothing read.
bool read_line(std::istream& in, std::string* line, size_t cap, bool* truncated) {
  line->clear();
  *truncated = false;
  bool any = false;
  std::streambuf* sb = in.rdbuf();
  for (;;) {
    int c = sb->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (line->size() < cap) {
      line->push_back(static_cast<char>(c));
    } else {
      *truncated = true;
    }
  }
}

}  // namespace

std::string answer_jsonl_line(Bot& bot, std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (!utf8::valid(line)) return error_line("invalid_utf8", question_error_message("invalid_utf8"));
  nlohmann::json req = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  if (req.is_discarded()) return error_line("invalid_json", "The line is not valid JSON.");
  if (!req.is_object()) return error_line("invalid_request", "Expected a JSON object.");
  auto text = req.find("text");
  if (text == req.end() || !text->is_string()) {
    return error_line("invalid_request", "\"text\" must be a string.");
  }
  std::string session = "default";
  auto s = req.find("session");
  if (s != req.end()) {
    if (!s->is_string()) return error_line("invalid_request", "\"session\" must be a string.");
    session = s->get<std::string>();
  }
  std::string article;
  auto a = req.find("article");
  if (a != req.end() && !a->is_null()) {
    if (!a->is_string()) return error_line("invalid_request", "\"article\" must be a string.");
    article = a->get<std::string>();
    if (!article.empty() && !bot.has_article(article))
      return error_line("unknown_article", "No article \"" + article + "\" in the corpus.");
  }
  const std::string& question = text->get_ref<const std::string&>();
  if (auto err = validate_question(question)) return error_line(*err, question_error_message(*err));
  return dump_json(to_json(bot.ask(session, question, article)));
}

size_t run_jsonl(Bot& bot, std::istream& in, std::ostream& out) {
  size_t n = 0;
  std::string line;
  bool truncated = false;
  while (read_line(in, &line, kMaxJsonlLineBytes, &truncated)) {
    if (truncated) {
      out << error_line("too_long", question_error_message("too_long")) << '\n';
    } else {
      out << answer_jsonl_line(bot, line) << '\n';
    }
    out.flush();
    ++n;
  }
  return n;
}

}  // namespace tanya
