// Fuzz target: the editor's admin page (server/admin.h, web/admin_page.h).
// The input is readers' questions, one per line, logged as declined or
// answered and rendered into the report page; and the same bytes as a
// posted form. What is checked: nothing throws, every form value is valid
// UTF-8, and no reader's text becomes markup: the page holds no <script or
// <img however the questions are made.
#include <nlohmann/json.hpp>

#include "editor/report.h"
#include "fuzz_support.h"
#include "server/admin.h"
#include "text/utf8.h"
#include "web/admin_page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = tanya::fuzz::as_text(data, size);
  for (const auto& [key, value] : tanya::server::parse_form(text))
    TANYA_FUZZ_CHECK(tanya::utf8::valid(value));

  std::vector<tanya::editor::LoggedQuestion> rows;
  size_t at = 0;
  int64_t time = 1'700'000'000'000;
  while (at <= text.size() && rows.size() < 64) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    tanya::editor::LoggedQuestion q;
    q.answer_id = tanya::AnswerId::generate();
    q.time_ms = (time += 3'600'000 * (rows.size() % 3));
    q.question = tanya::utf8::clean(text.substr(at, nl - at));
    q.answer = q.question;
    q.comment = q.question;
    q.channel = std::string(tanya::utf8::truncate(q.question, 8));
    q.article = std::string(tanya::utf8::truncate(q.question, 12));
    q.found = rows.size() % 2 == 0;
    q.confidence = q.found ? 0.6 : 0.1;
    q.feedback =
        rows.size() % 3 == 0 ? tanya::editor::Feedback::kDown : tanya::editor::Feedback::kNone;
    rows.push_back(std::move(q));
    at = nl + 1;
  }
  // Words as the key: near-duplicates group by shared words.
  auto key = [](std::string_view q, std::string_view) {
    std::vector<std::string> words;
    size_t i = 0;
    while (i < q.size()) {
      size_t j = q.find(' ', i);
      if (j == std::string_view::npos) j = q.size();
      if (j > i) words.emplace_back(q.substr(i, j - i));
      i = j + 1;
    }
    return words;
  };
  tanya::editor::Report report = tanya::editor::make_report(rows, {}, key);
  tanya::web::AdminView view;
  view.csrf = "00";
  view.articles = {rows.empty() ? std::string() : rows.front().article};
  view.can_curate = true;
  view.logging = true;
  view.error = rows.empty() ? std::string() : rows.back().question;
  const std::string page = tanya::web::render_admin_report(report, view);
  TANYA_FUZZ_CHECK(page.find("<script") == std::string::npos);
  TANYA_FUZZ_CHECK(page.find("<img") == std::string::npos);
  TANYA_FUZZ_CHECK(tanya::utf8::valid(page));
  tanya::editor::to_text(report);
  // Every text in the report is valid UTF-8: it serialises strictly.
  tanya::editor::to_json(report).dump();
  return 0;
}
