#include "editor/report.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_map>

#include "text/utf8.h"

namespace tanya::editor {

std::string utc_day(int64_t time_ms) {
  const std::time_t seconds = static_cast<std::time_t>(time_ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

namespace {

// Of the words of two sorted, duplicate-free keys (their kinds, which
// must agree, are not words: "?when" shared by two questions of one word
// each would make them half alike).
double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const size_t a0 = !a.empty() && !a[0].empty() && a[0][0] == '?';
  const size_t b0 = !b.empty() && !b[0].empty() && b[0][0] == '?';
  size_t both = 0;
  for (size_t i = a0, j = b0; i < a.size() && j < b.size();) {
    const int c = a[i].compare(b[j]);
    both += c == 0;
    i += c <= 0;
    j += c >= 0;
  }
  const size_t either = (a.size() - a0) + (b.size() - b0) - both;
  return either == 0 ? 1.0 : static_cast<double>(both) / static_cast<double>(either);
}

// The kind of a key is its first element when it starts with '?' (the
// bot's question type): questions of different kinds never group.
std::string_view kind_of(const std::vector<std::string>& key) {
  return !key.empty() && !key.front().empty() && key.front()[0] == '?'
             ? std::string_view(key.front())
             : std::string_view();
}

std::vector<QuestionGroup> group_declined(const std::vector<const LoggedQuestion*>& declined,
                                          const QuestionKey& key_of, size_t top) {
  struct Building {
    QuestionGroup group;
    std::map<std::string, size_t> wordings;
    std::map<std::string, size_t> articles;
  };
  std::vector<Building> groups;
  // Each distinct question is read once, however often it was asked; a
  // group is compared only with keys that share a word with it.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> keys;
  std::unordered_map<std::string, std::vector<size_t>> groups_with;
  std::vector<uint64_t> seen;  // per group: the last row that compared with it
  uint64_t round = 0;
  for (const LoggedQuestion* row : declined) {
    auto [at, fresh] = keys.try_emplace({row->question, row->article});
    if (fresh) {
      std::vector<std::string> key =
          key_of ? key_of(row->question, row->article) : std::vector<std::string>{};
      // A question with no word of meaning ("apa?") groups by its text.
      if (key.empty() || (key.size() == 1 && !kind_of(key).empty())) key.push_back(row->question);
      // Sorted ("?kind" sorts first), so that keys compare by merging.
      std::sort(key.begin(), key.end());
      key.erase(std::unique(key.begin(), key.end()), key.end());
      at->second = std::move(key);
    }
    const std::vector<std::string>& key = at->second;
    Building* home = nullptr;
    ++round;
    for (const std::string& word : key) {
      if (word[0] == '?') continue;  // the kind: every group of it shares that
      auto with = groups_with.find(word);
      if (with == groups_with.end()) continue;
      for (size_t g : with->second) {
        if (seen[g] == round) continue;
        seen[g] = round;
        if (kind_of(groups[g].group.key) == kind_of(key) &&
            jaccard(groups[g].group.key, key) >= kSameQuestion &&
            (home == nullptr || g < static_cast<size_t>(home - groups.data())))
          home = &groups[g];
      }
    }
    if (home == nullptr) {
      groups.push_back({});
      home = &groups.back();
      home->group.key = key;
      seen.push_back(0);
      for (const std::string& word : key) {
        if (word[0] != '?') groups_with[word].push_back(groups.size() - 1);
      }
    }
    ++home->group.count;
    if (row->feedback == Feedback::kDown) ++home->group.down;
    home->group.last_ms = std::max(home->group.last_ms, row->time_ms);
    ++home->wordings[row->question];
    ++home->articles[row->article];
  }
  std::vector<QuestionGroup> out;
  for (Building& g : groups) {
    std::vector<std::pair<size_t, std::string>> by_count;
    for (auto& [text, n] : g.wordings) by_count.emplace_back(n, text);
    std::stable_sort(by_count.begin(), by_count.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < by_count.size() && i < 5; ++i)
      g.group.examples.push_back(by_count[i].second);
    size_t best = 0;
    for (auto& [article, n] : g.articles) {
      if (n > best) {
        best = n;
        g.group.article = article;
      }
    }
    out.push_back(std::move(g.group));
  }
  std::stable_sort(out.begin(), out.end(), [](const QuestionGroup& a, const QuestionGroup& b) {
    return a.count != b.count ? a.count > b.count : a.last_ms > b.last_ms;
  });
  if (out.size() > top) out.resize(top);
  return out;
}

}  // namespace

Report make_report(const std::vector<LoggedQuestion>& rows, const ReportOptions& options,
                   const QuestionKey& key) {
  Report r;
  std::map<std::string, DayCount> days;
  std::map<std::string, ChannelCount> channels;
  std::vector<const LoggedQuestion*> declined;
  for (const LoggedQuestion& row : rows) {
    if (row.time_ms < options.since_ms) continue;
    if (!options.article.empty() && row.article != options.article) continue;
    ++r.questions;
    r.found += row.found;
    r.up += row.feedback == Feedback::kUp;
    r.down += row.feedback == Feedback::kDown;
    DayCount& d = days[utc_day(row.time_ms)];
    ++d.questions;
    d.found += row.found;
    ChannelCount& c = channels[row.channel];
    ++c.questions;
    c.found += row.found;
    if (!row.found) declined.push_back(&row);
    if (row.found && row.confidence < options.low_confidence) r.low.push_back(row);
    if (row.feedback == Feedback::kDown) r.marked_down.push_back(row);
  }
  for (auto& [day, count] : days) {
    count.day = day;
    r.days.push_back(count);
  }
  for (auto& [name, count] : channels) {
    count.channel = name;
    r.channels.push_back(count);
  }
  std::stable_sort(
      r.channels.begin(), r.channels.end(),
      [](const ChannelCount& a, const ChannelCount& b) { return a.questions > b.questions; });
  // Newest first: the latest grouping is what an editor acts on. Only the
  // newest kMaxGrouped are grouped, so a report stays quick however large
  // the log (the counts above are of every row).
  std::reverse(declined.begin(), declined.end());
  if (declined.size() > kMaxGrouped) declined.resize(kMaxGrouped);
  r.declined = group_declined(declined, key, options.top);
  auto newest_first = [&](std::vector<LoggedQuestion>& list) {
    std::reverse(list.begin(), list.end());
    if (list.size() > options.top) list.resize(options.top);
  };
  newest_first(r.low);
  newest_first(r.marked_down);
  return r;
}

namespace {
double rate(size_t found, size_t questions) {
  return questions == 0 ? 0.0 : static_cast<double>(found) / static_cast<double>(questions);
}
}  // namespace

nlohmann::json to_json(const Report& r) {
  nlohmann::json days = nlohmann::json::array(), channels = nlohmann::json::array(),
                 declined = nlohmann::json::array(), low = nlohmann::json::array(),
                 down = nlohmann::json::array();
  for (const DayCount& d : r.days)
    days.push_back({{"day", d.day},
                    {"questions", d.questions},
                    {"found", d.found},
                    {"found_rate", rate(d.found, d.questions)}});
  for (const ChannelCount& c : r.channels)
    channels.push_back({{"channel", c.channel},
                        {"questions", c.questions},
                        {"found", c.found},
                        {"found_rate", rate(c.found, c.questions)}});
  for (const QuestionGroup& g : r.declined)
    declined.push_back({{"count", g.count},
                        {"down", g.down},
                        {"examples", g.examples},
                        {"article", g.article},
                        {"last_ms", g.last_ms}});
  for (const LoggedQuestion& q : r.low) low.push_back(to_json(q));
  for (const LoggedQuestion& q : r.marked_down) down.push_back(to_json(q));
  return {{"questions", r.questions},
          {"found", r.found},
          {"found_rate", rate(r.found, r.questions)},
          {"up", r.up},
          {"down", r.down},
          {"days", days},
          {"channels", channels},
          {"declined", declined},
          {"low_confidence", low},
          {"marked_down", down}};
}

std::string to_text(const Report& r) {
  std::ostringstream out;
  auto pct = [](size_t found, size_t questions) {
    return std::to_string(static_cast<int>(rate(found, questions) * 100 + 0.5)) + "%";
  };
  out << "Questions: " << r.questions << ", answered " << r.found << " ("
      << pct(r.found, r.questions) << "), marked up " << r.up << ", down " << r.down << "\n";
  out << "\nPer day:\n";
  for (const DayCount& d : r.days)
    out << "  " << d.day << "  " << d.questions << " questions, " << pct(d.found, d.questions)
        << " answered\n";
  out << "\nPer channel:\n";
  for (const ChannelCount& c : r.channels)
    out << "  " << c.channel << "  " << c.questions << " questions, " << pct(c.found, c.questions)
        << " answered\n";
  out << "\nDeclined (grouped):\n";
  for (const QuestionGroup& g : r.declined) {
    out << "  " << g.count << "x";
    if (g.down) out << " (" << g.down << " marked down)";
    if (!g.article.empty()) out << " [" << g.article << "]";
    out << "\n";
    for (const std::string& e : g.examples) out << "      " << e << "\n";
  }
  out << "\nLow confidence:\n";
  for (const LoggedQuestion& q : r.low)
    out << "  " << static_cast<int>(q.confidence * 100 + 0.5) << "%  " << q.question << "\n";
  out << "\nMarked down:\n";
  for (const LoggedQuestion& q : r.marked_down) {
    out << "  " << q.question << "\n      answer: " << utf8::truncate(q.answer, 160) << "\n";
    if (!q.comment.empty()) out << "      comment: " << q.comment << "\n";
  }
  return out.str();
}

}  // namespace tanya::editor
