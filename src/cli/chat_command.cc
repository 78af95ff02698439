// `tanya chat`: an interactive conversation in the terminal, with follow-ups.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "bot/runtime.h"
#include "cli/commands.h"
#include "cli/print.h"

namespace tanya::cli {

void add_chat_command(CLI::App& app) {
  auto runtime = std::make_shared<RuntimeOptions>();
  CLI::App* cmd = app.add_subcommand("chat", "Talk with Tanya about the article (follow-ups work)");
  add_runtime_options(*cmd, *runtime);
  cmd->callback([runtime] {
    std::string error;
    auto bot = open_runtime(*runtime, &error);
    if (!bot) {
      std::cerr << "tanya: " << error << "\n";
      throw CLI::RuntimeError(2);
    }
    const bool tty = ::isatty(STDIN_FILENO);
    std::cout << "Tanya — tanya jawab tentang \"" << bot->article_title() << "\".\n"
              << "Ketik pertanyaan, atau \"keluar\" untuk selesai.\n";
    for (const auto& s : bot->welcome_suggestions()) std::cout << "  • " << s << "\n";
    std::string line;
    for (;;) {
      std::cout << "\n> " << std::flush;
      if (!std::getline(std::cin, line)) break;
      if (!tty) std::cout << line << "\n";  // echo piped input so transcripts read well
      if (line == "keluar" || line == "exit" || line == "quit") break;
      if (auto err = validate_question(line)) {
        if (*err != "empty") std::cout << question_error_message(*err) << "\n";
        continue;
      }
      std::cout << "\n";
      print_answer(std::cout, bot->ask("chat", line), true);
    }
    std::cout << "\nSampai jumpa!\n";
  });
}

}  // namespace tanya::cli
