// `tanya serve`: opens the runtime (corpus, index, bot), the webhooks and
// the demo page, runs the Server until SIGINT or SIGTERM, then shuts down
// gracefully and exits 0.
#ifndef TANYA_SERVER_SERVE_COMMAND_H_
#define TANYA_SERVER_SERVE_COMMAND_H_

namespace CLI {
class App;
}

namespace tanya::server {

void add_serve_command(CLI::App& app);

}  // namespace tanya::server

#endif  // TANYA_SERVER_SERVE_COMMAND_H_
