// `tanya report`: the editor's report over the question log (editor/report.h).
#include <CLI/CLI.hpp>
#include <charconv>
#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "base/json.h"
#include "bot/bot.h"
#include "bot/runtime.h"
#include "cli/commands.h"
#include "editor/report.h"
#include "editor/sqlite_question_store.h"
#include "state/redis.h"
#include "state/redis_question_store.h"
#include "state/shared_state.h"

namespace tanya::cli {

namespace {

struct ReportFlags {
  RuntimeOptions runtime;
  std::string log;    // SQLite file; empty: beside the index
  std::string state;  // redis:// URL of replicas' shared log
  std::string since = "30d";
  std::string article;
  bool json = false;
};

// "7d" (days back from now) or "2026-12-01" (UTC); nullopt otherwise.
std::optional<int64_t> parse_since(const std::string& text, int64_t now_ms) {
  constexpr int64_t kDayMs = 24LL * 60 * 60 * 1000;
  if (text.size() >= 2 && text.back() == 'd') {
    int days = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size() - 1, days);
    // Up to ten years back: the log keeps no more (--log-retention-days).
    if (ec != std::errc() || end != text.data() + text.size() - 1 || days < 0 || days > 3650)
      return std::nullopt;
    return now_ms - static_cast<int64_t>(days) * kDayMs;
  }
  std::tm tm{};
  const char* end = strptime(text.c_str(), "%Y-%m-%d", &tm);
  if (end == nullptr || *end != '\0') return std::nullopt;
  return static_cast<int64_t>(timegm(&tm)) * 1000;
}

int run_report(const ReportFlags& flags) {
  const int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  std::optional<int64_t> since = parse_since(flags.since, now_ms);
  if (!since) {
    std::cerr << "tanya report: --since takes days back (\"7d\", up to 3650d) or a date "
                 "(\"2026-12-01\")\n";
    return 2;
  }
  std::string error;
  std::shared_ptr<editor::QuestionStore> store;
  if (!flags.state.empty()) {
    std::optional<state::RedisUrl> url = state::RedisUrl::parse(flags.state, &error);
    if (!url) {
      std::cerr << "tanya report: --state: " << error << "\n";
      return 2;
    }
    auto client = std::make_shared<state::RedisClient>(*url);
    if (std::string down = client->ping(); !down.empty()) {
      std::cerr << "tanya report: --state: " << down << "\n";
      return 1;
    }
    store = state::make_redis_question_store(client);
  } else {
    const std::string path =
        !flags.log.empty()
            ? flags.log
            : editor::default_question_log(resolve_runtime(flags.runtime).index_path);
    store = editor::open_sqlite_question_store(path, &error);
    if (!store) {
      std::cerr << "tanya report: " << error << "\n";
      return 1;
    }
  }
  // The bot reads questions for grouping, as it reads them to answer.
  auto bot = open_runtime(flags.runtime, &error);
  if (!bot) {
    std::cerr << "tanya report: " << error << "\n";
    return 1;
  }
  editor::ReportOptions options;
  options.since_ms = *since;
  options.article = flags.article;
  editor::Report report = editor::make_report(
      store->since(*since), options,
      [&](std::string_view q, std::string_view a) { return bot->question_key(q, a); });
  if (flags.json) {
    std::cout << dump_json(editor::to_json(report)) << "\n";
  } else {
    std::cout << editor::to_text(report);
  }
  return 0;
}

}  // namespace

void add_report_command(CLI::App& app) {
  auto flags = std::make_shared<ReportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "report", "What readers asked: found rate, declined questions grouped, low confidence, 👎");
  add_runtime_options(*cmd, flags->runtime);
  cmd->add_option("--log", flags->log,
                  "SQLite question log (default: tanya-questions.db next to the index)")
      ->envname("TANYA_QUESTION_LOG");
  cmd->add_option("--state", flags->state,
                  "Read the log replicas share in Redis (redis://... as given to tanya serve)");
  cmd->add_option("--since", flags->since, "Days back (\"7d\") or a date (\"2026-12-01\", UTC)")
      ->capture_default_str();
  cmd->add_option("--article", flags->article, "Only questions answered from this article (slug)");
  cmd->add_flag("--json", flags->json, "Print the report as one JSON object");
  cmd->callback([flags] {
    int rc = run_report(*flags);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tanya::cli
