// `tanya ask "question"`, `tanya ask --json "question"`, `tanya ask --jsonl`.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "base/json.h"
#include "bot/runtime.h"
#include "cli/commands.h"
#include "cli/jsonl.h"
#include "cli/print.h"

namespace tanya::cli {

namespace {
struct AskOptions {
  RuntimeOptions runtime;
  std::string question;
  std::string session = "cli";
  bool json = false;
  bool jsonl = false;
  bool explain = false;
};
}  // namespace

void add_ask_command(CLI::App& app) {
  auto opts = std::make_shared<AskOptions>();
  CLI::App* cmd = app.add_subcommand("ask", "Answer one question, or JSONL questions from stdin");
  cmd->add_option("question", opts->question, "The question (Indonesian or English)");
  cmd->add_flag("--json", opts->json, "Print the answer as one JSON object");
  cmd->add_flag("--jsonl", opts->jsonl,
                "Read {\"session\",\"text\"} lines on stdin, write one answer line each");
  cmd->add_flag("--explain", opts->explain, "Show how the question is understood, as JSON");
  cmd->add_option("--session", opts->session, "Session id for follow-up context");
  add_runtime_options(*cmd, opts->runtime);
  cmd->callback([opts] {
    std::string error;
    auto bot = open_runtime(opts->runtime, &error);
    if (!bot) {
      std::cerr << "tanya: " << error << "\n";
      throw CLI::RuntimeError(2);
    }
    if (opts->jsonl) {
      std::ios::sync_with_stdio(false);
      run_jsonl(*bot, std::cin, std::cout);
      return;
    }
    if (opts->question.empty()) {
      std::cerr << "tanya ask: give a question, or --jsonl to read questions from stdin\n";
      throw CLI::RuntimeError(2);
    }
    if (auto err = validate_question(opts->question)) {
      if (opts->json) {
        std::cout << dump_json({{"error", *err}, {"message", question_error_message(*err)}})
                  << "\n";
      } else {
        std::cerr << "tanya: " << question_error_message(*err) << "\n";
      }
      throw CLI::RuntimeError(1);
    }
    if (opts->explain) std::cout << bot->explain(opts->question) << "\n";
    Answer a = bot->ask(opts->session, opts->question);
    if (opts->json) {
      std::cout << dump_json(to_json(a)) << "\n";
    } else {
      print_answer(std::cout, a, !a.found);
    }
  });
}

}  // namespace tanya::cli
