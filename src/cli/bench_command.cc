// `tanya bench`: in-process speed of the core on one thread (questions/s,
// p50/p99/p99.9 latency per question), index build time, peak RSS, and the
// wall time of a whole `tanya ask` process.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "base/embedded.h"
#include "bot/runtime.h"
#include "cli/commands.h"
#include "index/indexer.h"

extern char** environ;

namespace tanya::cli {

namespace {

using Clock = std::chrono::steady_clock;

struct BenchOptions {
  RuntimeOptions runtime;
  std::string questions;
  int repeat = 200;
  int builds = 5;
  int processes = 10;
};

// Questions as conversations: each line {"turns": [...]} or {"text": "..."}.
std::vector<std::vector<std::string>> load_questions(const std::string& path) {
  std::vector<std::vector<std::string>> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    std::vector<std::string> turns;
    if (j.contains("turns") && j["turns"].is_array()) {
      for (const auto& t : j["turns"]) {
        if (t.is_string()) turns.push_back(t.get<std::string>());
      }
    } else if (j.contains("text") && j["text"].is_string()) {
      turns.push_back(j["text"].get<std::string>());
    }
    if (!turns.empty()) out.push_back(std::move(turns));
  }
  return out;
}

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  size_t k = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

double median(std::vector<double> v) {
  return percentile(v, 0.5);
}

// Runs `exe args...` with stdout to /dev/null; returns wall milliseconds.
double time_process(const std::string& exe, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(exe.c_str()));
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  auto t0 = Clock::now();
  pid_t pid;
  if (posix_spawn(&pid, exe.c_str(), &fa, nullptr, argv.data(), environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  posix_spawn_file_actions_destroy(&fa);
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

}  // namespace

void add_bench_command(CLI::App& app) {
  auto o = std::make_shared<BenchOptions>();
  CLI::App* cmd =
      app.add_subcommand("bench", "Measure answer latency, throughput, index build and RSS");
  cmd->add_option("--questions", o->questions,
                  "JSONL question set (default: tests/qa/questions.jsonl)");
  cmd->add_option("--repeat", o->repeat, "How many times the question set is asked");
  cmd->add_option("--builds", o->builds, "Index builds to time");
  cmd->add_option("--processes", o->processes, "Whole `tanya ask` processes to time");
  add_runtime_options(*cmd, o->runtime);
  cmd->callback([o] {
    RuntimeOptions rt = resolve_runtime(o->runtime);
    std::string error;
    auto bot = open_runtime(rt, &error);
    if (!bot) {
      std::cerr << "tanya bench: " << error << "\n";
      throw CLI::RuntimeError(2);
    }

    // Index build, into a scratch file.
    Corpus corpus = load_corpus(read_data_files(rt.corpus_dir, embedded::corpus()));
    std::string scratch = (std::filesystem::temp_directory_path() /
                           ("tanya-bench-" + std::to_string(::getpid()) + ".db"))
                              .string();
    std::vector<double> builds;
    for (int i = 0; i < o->builds; ++i) builds.push_back(build_index(corpus, scratch).milliseconds);
    std::remove(scratch.c_str());

    std::string qpath = o->questions;
    if (qpath.empty()) qpath = "tests/qa/questions.jsonl";
    auto convs = load_questions(qpath);
    if (convs.empty()) {
      for (const auto& s : bot->welcome_suggestions()) convs.push_back({s});
    }
    size_t per_round = 0;
    for (const auto& c : convs) per_round += c.size();

    // Warm-up round, then the measured rounds; each conversation has its
    // own session so follow-ups exercise the context path.
    for (size_t i = 0; i < convs.size(); ++i) {
      for (const auto& q : convs[i]) bot->ask("warm" + std::to_string(i), q);
    }
    std::vector<double> lat;
    lat.reserve(per_round * static_cast<size_t>(o->repeat));
    std::map<std::string, std::vector<double>> by_question;  // to name the slowest
    size_t found = 0;
    auto t0 = Clock::now();
    for (int r = 0; r < o->repeat; ++r) {
      for (size_t i = 0; i < convs.size(); ++i) {
        std::string session = "b" + std::to_string(r) + "-" + std::to_string(i);
        for (const auto& q : convs[i]) {
          auto s = Clock::now();
          Answer a = bot->ask(session, q);
          lat.push_back(std::chrono::duration<double, std::micro>(Clock::now() - s).count());
          by_question[q].push_back(lat.back());
          found += a.found ? 1 : 0;
        }
      }
    }
    double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);

    std::vector<double> procs;
    std::string exe = std::filesystem::read_symlink("/proc/self/exe").string();
    std::vector<std::string> args{"ask", "Apa saja bentuk kerja sama internasional?"};
    if (!o->runtime.corpus_dir.empty())
      args.insert(args.end(), {"--corpus", o->runtime.corpus_dir});
    if (!o->runtime.index_path.empty()) args.insert(args.end(), {"--index", o->runtime.index_path});
    if (!o->runtime.bot_dir.empty()) args.insert(args.end(), {"--bot", o->runtime.bot_dir});
    for (int i = 0; i < o->processes; ++i) procs.push_back(time_process(exe, args));

    std::printf("question set      %s (%zu conversations, %zu questions)\n", qpath.c_str(),
                convs.size(), per_round);
    std::printf("asked             %zu questions on 1 thread (%d rounds), %zu found\n", lat.size(),
                o->repeat, found);
    std::printf("throughput        %.0f questions/s\n", static_cast<double>(lat.size()) / secs);
    std::printf("latency           p50 %.1f us   p99 %.1f us   p99.9 %.1f us   max %.1f us\n",
                percentile(lat, 0.5), percentile(lat, 0.99), percentile(lat, 0.999),
                *std::max_element(lat.begin(), lat.end()));
    std::vector<std::pair<double, std::string>> slow;
    for (auto& [q, v] : by_question) slow.emplace_back(median(v), q);
    std::sort(slow.rbegin(), slow.rend());
    for (size_t i = 0; i < std::min<size_t>(3, slow.size()); ++i) {
      std::printf("slowest question  median %.1f us  %s\n", slow[i].first, slow[i].second.c_str());
    }
    std::printf("index build       median %.1f ms over %d builds (%zu articles)\n", median(builds),
                o->builds, corpus.documents.size());
    std::printf("peak RSS          %.1f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
    std::printf("tanya ask process median %.1f ms wall over %d runs\n", median(procs),
                o->processes);
  });
}

}  // namespace tanya::cli
