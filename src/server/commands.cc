#include "server/commands.h"

#include "server/loadtest.h"
#include "server/serve_command.h"

namespace tanya::server {

void add_commands(CLI::App& app) {
  add_serve_command(app);
  add_loadtest_command(app);
}

}  // namespace tanya::server
