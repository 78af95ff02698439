// The editor's report over the question log: what readers ask, per day and
// per channel, how often the bot found an answer, the questions it declined
// (near-duplicates grouped), the answers it gave with low confidence, and
// the answers readers marked 👎 with their comments.
//
// Grouping compares questions by their keys (QuestionKey): the words that
// carry a question's meaning after the bot's own reading (slang, spelling,
// closed compounds, stems), plus its kind. "kerjasama tuh apa" and "kerja
// sama itu apaan" have one key, and so one group.
#ifndef TANYA_EDITOR_REPORT_H_
#define TANYA_EDITOR_REPORT_H_

#include <cstdint>
#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "editor/question_store.h"

namespace tanya::editor {

// The key of a question asked of an article (its id, "" for site-wide).
using QuestionKey =
    std::function<std::vector<std::string>(std::string_view question, std::string_view article)>;

struct ReportOptions {
  int64_t since_ms = 0;         // rows asked at or after this
  std::string article;          // only this article's rows; "" for all
  double low_confidence = 0.7;  // an answer below this is listed as low-confidence
  size_t top = 20;              // longest list of each kind
};

struct DayCount {
  std::string day;  // YYYY-MM-DD, UTC
  size_t questions = 0;
  size_t found = 0;
};

struct ChannelCount {
  std::string channel;
  size_t questions = 0;
  size_t found = 0;
};

// Declined questions that mean the same thing.
struct QuestionGroup {
  std::vector<std::string> key;       // the first question's key
  std::vector<std::string> examples;  // distinct wordings, most asked first (up to 5)
  size_t count = 0;
  size_t down = 0;      // of which readers marked 👎
  std::string article;  // the article most of them were asked of
  int64_t last_ms = 0;  // when one was last asked
};

struct Report {
  size_t questions = 0;
  size_t found = 0;
  size_t up = 0;
  size_t down = 0;
  std::vector<DayCount> days;               // oldest first
  std::vector<ChannelCount> channels;       // most questions first
  std::vector<QuestionGroup> declined;      // largest group first
  std::vector<LoggedQuestion> low;          // answered below low_confidence, newest first
  std::vector<LoggedQuestion> marked_down;  // 👎, newest first
};

// Two keys belong to one group when they share at least this share of
// their words (Jaccard), and are of the same kind.
inline constexpr double kSameQuestion = 0.6;
// The newest declined questions grouped at most.
inline constexpr size_t kMaxGrouped = 5000;

Report make_report(const std::vector<LoggedQuestion>& rows, const ReportOptions& options,
                   const QuestionKey& key);

nlohmann::json to_json(const Report& report);
std::string to_text(const Report& report);

// "2026-12-06" of a time in ms (UTC).
std::string utc_day(int64_t time_ms);

}  // namespace tanya::editor

#endif  // TANYA_EDITOR_REPORT_H_
