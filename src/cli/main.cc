// tanya: the command-line entry point. Every subcommand is a channel over
// the same Bot core (bot/bot.h).
#include <CLI/CLI.hpp>

#include "channels/channels_command.h"
#include "cli/commands.h"
#include "server/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"Tanya — a question-answering bot about articles"};
  app.require_subcommand(1);
  tanya::cli::add_ask_command(app);
  tanya::cli::add_chat_command(app);
  tanya::cli::add_index_command(app);
  tanya::cli::add_bench_command(app);
  tanya::cli::add_import_command(app);
  tanya::cli::add_report_command(app);
  tanya::cli::add_curate_command(app);
  tanya::server::add_commands(app);
  tanya::channels::add_channels_command(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
