#include "server/serve_command.h"

#include <CLI/CLI.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <chrono>
#include <csignal>
#include <functional>
#include <memory>
#include <string>

#include "base/json_log.h"
#include "bot/runtime.h"
#include "channels/webhooks.h"
#include "server/server.h"
#include "server/server_config.h"
#include "web/web.h"

namespace tanya::server {
namespace {

struct ServeFlags {
  RuntimeOptions runtime;
  std::string config_path;
  std::string host;
  int port = -1;    // -1: from the config file or the default
  int threads = 0;  // 0: from the config file or the default
  int core_threads = -1;
  std::string webhooks_config;
  std::string state;
  bool quiet = false;
};

int run_serve(const ServeFlags& flags) {
  JsonLog log(true);
  // Defaults, then the config file, then flags given on the command line.
  ServerConfig config;
  std::string error;
  if (!flags.config_path.empty() && !load_config_file(flags.config_path, &config, &error)) {
    log.write({{"event", "error"}, {"error", error}});
    return 2;
  }
  if (!flags.host.empty()) config.host = flags.host;
  if (flags.port >= 0) config.port = static_cast<uint16_t>(flags.port);
  if (flags.threads > 0) config.threads = flags.threads;
  if (flags.core_threads >= 0) config.core_threads = flags.core_threads;
  if (flags.quiet) config.log_requests = false;

  // Install the signal handlers before any thread starts, so a signal that
  // arrives during startup is not lost.
  boost::asio::io_context signals_ioc(1);
  boost::asio::signal_set signals(signals_ioc, SIGINT, SIGTERM);
  // SIGHUP reloads the index (after `tanya index --out` replaced it); a
  // hang-up before the handler below is armed is queued by the signal_set.
  boost::asio::signal_set reload_signal(signals_ioc, SIGHUP);
  int received = 0;
  signals.async_wait([&](const boost::system::error_code& ec, int signal) {
    if (!ec) received = signal;
    reload_signal.cancel();  // let run() return
  });

  auto bot = open_runtime(flags.runtime, &error);
  if (!bot) {
    log.write({{"event", "error"}, {"error", error}});
    return 1;
  }
  std::string demo_page = web::render_demo_page(load_documents(flags.runtime));
  auto webhooks = channels::Webhooks::create(*bot, flags.state, flags.webhooks_config, &error,
                                             resolve_runtime(flags.runtime).index_path);
  if (!webhooks) {
    log.write({{"event", "error"}, {"error", "webhooks: " + error}});
    return 1;
  }

  Server server(*bot, config, std::move(demo_page), webhooks.get());
  uint16_t port = server.start(&error);
  if (port == 0) {
    log.write({{"event", "error"}, {"error", error}});
    return 1;
  }
  std::string address = config.host + ":" + std::to_string(port);
  log.write({{"event", "listening"},
             {"address", address},
             {"port", port},
             {"http", "http://" + address + "/"},
             {"websocket", "ws://" + address + "/ws"},
             {"threads", config.threads},
             {"core_threads", config.core_threads}});

  // Reloading runs here on the main thread, which otherwise only waits;
  // questions keep being answered from the old snapshot meanwhile.
  std::function<void(const boost::system::error_code&, int)> on_hangup =
      [&](const boost::system::error_code& ec, int) {
        if (ec) return;
        std::string reload_error;
        auto t0 = std::chrono::steady_clock::now();
        bool ok = bot->reload(&reload_error);
        // The demo page shows the article as the bot now knows it.
        if (ok) server.set_demo_page(web::render_demo_page(load_documents(flags.runtime)));
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - t0)
                      .count();
        nlohmann::json line = {{"event", "reload"}, {"ok", ok}, {"ms", ms}};
        if (!ok) line["error"] = reload_error;
        log.write(line);
        reload_signal.async_wait(on_hangup);
      };
  reload_signal.async_wait(on_hangup);

  signals_ioc.run();  // until SIGINT or SIGTERM
  auto started = std::chrono::steady_clock::now();
  log.write({{"event", "shutdown"}, {"signal", received == SIGINT ? "SIGINT" : "SIGTERM"}});
  bool clean = server.stop();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  started)
                .count();
  log.write({{"event", "stopped"}, {"clean", clean}, {"ms", ms}});
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the chat over WebSocket (/ws) and HTTP (/api/ask, demo page, /metrics)");
  add_runtime_options(*cmd, flags->runtime);
  cmd->add_option("--host", flags->host, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", flags->port, "Port (default 8080; 0 picks a free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", flags->threads, "I/O threads (default 1)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--core-threads", flags->core_threads,
                  "Threads answering questions (default 1; 0 answers on the I/O threads)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("--config", flags->config_path,
                  "JSON file with limits, origins, rate limit and timeouts (docs/server.md)");
  cmd->add_option("--webhooks-config", flags->webhooks_config,
                  "JSON file for the messaging webhooks (default: TANYA_* environment)");
  cmd->add_option("--state", flags->state,
                  "Webhook conversation state (default: next to the index)");
  cmd->add_flag("--quiet", flags->quiet, "Do not log each request and connection");
  cmd->callback([flags] {
    int rc = run_serve(*flags);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tanya::server
