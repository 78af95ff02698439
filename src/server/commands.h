// The server's command-line entry points: `tanya serve` and `tanya loadtest`.
#ifndef TANYA_SERVER_COMMANDS_H_
#define TANYA_SERVER_COMMANDS_H_

namespace CLI {
class App;
}

namespace tanya::server {

// Registers the "serve" and "loadtest" subcommands on the tanya CLI.
void add_commands(CLI::App& app);

}  // namespace tanya::server

#endif  // TANYA_SERVER_COMMANDS_H_
