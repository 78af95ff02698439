// `tanya channels`: which webhook channels the current environment (or
// --config file) turns on, the webhook URL of each, and the one setup command
// each platform needs to start sending to it. Secrets are never printed: the
// commands refer to the environment variables that hold them.
#ifndef TANYA_CHANNELS_CHANNELS_COMMAND_H_
#define TANYA_CHANNELS_CHANNELS_COMMAND_H_

#include <string>

namespace CLI {
class App;
}

namespace tanya::channels {

// Registers the "channels" subcommand on the tanya CLI.
void add_channels_command(CLI::App& app);

// The text `tanya channels` prints, for `public_url` ("https://bot.example.com").
// Exposed for tests; reads the environment and `config_path` like the server.
std::string channels_report(const std::string& public_url, const std::string& config_path);

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_CHANNELS_COMMAND_H_
