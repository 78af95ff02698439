// The command-line channel: `tanya ask`, `tanya chat`, `tanya index` and
// `tanya bench`. Each add_* registers one subcommand on the CLI11 app.
#ifndef TANYA_CLI_COMMANDS_H_
#define TANYA_CLI_COMMANDS_H_

namespace CLI {
class App;
}

namespace tanya::cli {

void add_ask_command(CLI::App& app);
void add_chat_command(CLI::App& app);
void add_index_command(CLI::App& app);
void add_bench_command(CLI::App& app);
void add_import_command(CLI::App& app);
void add_report_command(CLI::App& app);
void add_curate_command(CLI::App& app);

}  // namespace tanya::cli

#endif  // TANYA_CLI_COMMANDS_H_
