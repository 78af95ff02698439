#include "server/serve_command.h"

#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>

#include "base/files.h"
#include "base/json_log.h"
#include "bot/runtime.h"
#include "channels/webhooks.h"
#include "editor/question_log.h"
#include "editor/sqlite_question_store.h"
#include "index/indexer.h"
#include "server/server.h"
#include "server/server_config.h"
#include "state/shared_state.h"
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
  bool trust_proxy = false;
  int watch_index_ms = 2000;  // 0: no watch, reload on SIGHUP only
  int watch_corpus_ms = 500;  // 0: no watch of the corpus directory
  std::string question_log;   // SQLite file; empty: next to the index (or Redis with --state)
  bool no_question_log = false;
  int log_retention_days = 30;
};

// One edition of the index file. `tanya index --out` renames a new file over
// it (a new inode); a file rewritten in place changes its size or mtime.
using FileStamp = std::tuple<ino_t, time_t, long, off_t>;

std::optional<FileStamp> stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileStamp{st.st_ino, st.st_mtim.tv_sec, st.st_mtim.tv_nsec, st.st_size};
}

// One edition of a corpus directory: its articles and data files, each by
// name, size and modification time. "" when the directory cannot be read.
std::string corpus_stamp(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (p.extension() != ".md" && p.extension() != ".json") continue;
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) continue;
    files.push_back(p.filename().string() + " " + std::to_string(st.st_size) + " " +
                    std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec));
  }
  if (ec) return "";
  std::sort(files.begin(), files.end());
  std::string all;
  for (const std::string& f : files) all += f + "\n";
  return all;
}

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
  if (flags.trust_proxy) config.trust_proxy = true;
  if (const char* token = std::getenv("TANYA_ADMIN_TOKEN"); token != nullptr) {
    config.admin_token = token;
    // A short token is guessed: the page writes to the corpus.
    if (!config.admin_token.empty() && config.admin_token.size() < 16) {
      log.write(
          {{"event", "error"}, {"error", "TANYA_ADMIN_TOKEN must be at least 16 characters"}});
      return 2;
    }
  }
  config.corpus_dir = resolve_runtime(flags.runtime).corpus_dir;

  // Install the signal handlers before any thread starts, so a signal that
  // arrives during startup is not lost.
  boost::asio::io_context signals_ioc(1);
  boost::asio::signal_set signals(signals_ioc, SIGINT, SIGTERM);
  // SIGHUP reloads the index (after `tanya index --out` replaced it); a
  // hang-up before the handler below is armed is queued by the signal_set.
  boost::asio::signal_set reload_signal(signals_ioc, SIGHUP);
  boost::asio::steady_timer watch_timer(signals_ioc);   // polls the index file
  boost::asio::steady_timer corpus_timer(signals_ioc);  // polls the corpus directory
  int received = 0;
  signals.async_wait([&](const boost::system::error_code& ec, int signal) {
    if (!ec) received = signal;
    reload_signal.cancel();  // let run() return
    watch_timer.cancel();
    corpus_timer.cancel();
  });

  // A shared store (redis://) holds both the WebSocket sessions and the
  // webhook state, so that any replica can carry on any conversation.
  RuntimeOptions runtime = flags.runtime;
  std::shared_ptr<channels::StateStore> webhook_store;
  std::shared_ptr<editor::QuestionStore> question_store;
  if (state::is_shared_state_url(flags.state)) {
    std::optional<state::SharedState> shared =
        state::open_shared_state(flags.state, BotOptions{}.session_ttl, &error);
    if (!shared) {
      log.write({{"event", "error"}, {"error", "--state: " + error}});
      return 1;
    }
    log.write({{"event", "state"}, {"store", shared->description}});
    runtime.sessions = shared->sessions;
    webhook_store = shared->webhooks;
    question_store = shared->questions;
    // Each question now waits for two Redis round trips (load and save the
    // session). A waiting core thread uses no CPU, so more of them keep the
    // cores busy: measured on 2 cores, 1 thread 4,000 answers/s, 4 threads
    // 12,300/s, 8 threads 13,200/s (docs/deploy.md). Unless set explicitly.
    if (flags.core_threads < 0 && config.core_threads == ServerConfig{}.core_threads) {
      config.core_threads = 4;
    }
  }
  auto bot = open_runtime(runtime, &error);
  if (!bot) {
    log.write({{"event", "error"}, {"error", error}});
    return 1;
  }
  web::Pages pages = web::render_site(load_documents(flags.runtime));
  // The question log (docs/editor.md): in the shared Redis when replicas
  // share one, else in a SQLite file; off with --no-question-log.
  std::unique_ptr<editor::QuestionLog> questions;
  if (!flags.no_question_log) {
    // An explicit file wins over the shared store.
    if (!question_store || !flags.question_log.empty()) {
      const std::string path =
          !flags.question_log.empty()
              ? flags.question_log
              : editor::default_question_log(resolve_runtime(flags.runtime).index_path);
      question_store = editor::open_sqlite_question_store(path, &error);
      if (!question_store) {
        log.write({{"event", "error"}, {"error", "--question-log: " + error}});
        return 1;
      }
    }
    editor::QuestionLogOptions log_options;
    log_options.retention_days = flags.log_retention_days;
    if (const char* key = std::getenv("TANYA_LOG_HASH_KEY"); key != nullptr)
      log_options.hash_key = key;
    questions = editor::QuestionLog::open(question_store, log_options, &error);
    if (!questions) {
      log.write({{"event", "error"}, {"error", "question log: " + error}});
      return 1;
    }
  }
  channels::WebhooksSetup setup;
  if (questions) {
    setup.asked = [log = questions.get()](std::string_view channel, std::string_view chat,
                                          std::string_view article, std::string_view question,
                                          const Answer& answer) {
      log->record({channel, chat, article, question}, answer);
    };
  }
  setup.config_path = flags.webhooks_config;
  setup.state_path = flags.state;
  setup.index_path = resolve_runtime(flags.runtime).index_path;
  setup.store = webhook_store;
  auto webhooks = channels::Webhooks::create(*bot, setup, &error);
  if (!webhooks) {
    log.write({{"event", "error"}, {"error", "webhooks: " + error}});
    return 1;
  }

  Server server(*bot, config, std::move(pages), webhooks.get(), questions.get());
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
  // questions keep being answered from the old snapshot meanwhile. SIGHUP
  // and the index watch both come here, on this one thread, so two reloads
  // never overlap, and none stalls an I/O thread while the index loads.
  const std::string index_path = resolve_runtime(flags.runtime).index_path;
  std::optional<FileStamp> loaded = stamp_of(index_path);  // the edition being answered from
  auto reload = [&](const char* trigger) {
    // Taken before reading, so that a SIGHUP after `tanya index --out` does
    // not make the watch load the same file again. A failed reload counts as
    // seen too: it is retried only when the file changes again.
    loaded = stamp_of(index_path);
    std::string reload_error;
    auto t0 = std::chrono::steady_clock::now();
    bool ok = bot->reload(&reload_error);
    // The pages show the articles as the bot now knows them.
    if (ok) server.set_pages(web::render_site(load_documents(flags.runtime)));
    auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
            .count();
    nlohmann::json line = {{"event", "reload"}, {"trigger", trigger}, {"ok", ok}, {"ms", ms}};
    if (!ok) line["error"] = reload_error;
    log.write(line);
  };
  std::function<void(const boost::system::error_code&, int)> on_hangup =
      [&](const boost::system::error_code& ec, int) {
        if (ec) return;
        reload("SIGHUP");
        reload_signal.async_wait(on_hangup);
      };
  reload_signal.async_wait(on_hangup);

  // The watch reloads a changed index only once the change has held for a
  // whole poll, so a file being written in place is not read half-way. A
  // missing file (between an unlink and a new one) is no change.
  const std::chrono::milliseconds watch_every(flags.watch_index_ms);
  std::optional<FileStamp> changed;  // seen once, differing from `loaded`
  std::function<void(const boost::system::error_code&)> on_watch =
      [&](const boost::system::error_code& ec) {
        if (ec) return;  // cancelled: shutting down
        std::optional<FileStamp> now = stamp_of(index_path);
        if (!now || now == loaded) {
          changed.reset();
        } else if (now == changed) {
          changed.reset();
          reload("index_changed");
        } else {
          changed = now;
        }
        watch_timer.expires_after(watch_every);
        watch_timer.async_wait(on_watch);
      };
  if (watch_every.count() > 0) {
    watch_timer.expires_after(watch_every);
    watch_timer.async_wait(on_watch);
  }

  // The corpus watch: an article added, changed or removed in the corpus
  // directory is indexed alone (update_index) and the bot reloads, keeping
  // every other article's model, while connections stay open. As with the
  // index, a change is taken once it has held for a whole poll, so a file
  // being written is not read half-way.
  const std::string corpus_dir = resolve_runtime(flags.runtime).corpus_dir;
  const std::chrono::milliseconds corpus_every(corpus_dir.empty() ? 0 : flags.watch_corpus_ms);
  std::string corpus_loaded = corpus_dir.empty() ? "" : corpus_stamp(corpus_dir);
  std::string corpus_seen;  // a new stamp seen once
  std::function<void(const boost::system::error_code&)> on_corpus =
      [&](const boost::system::error_code& ec) {
        if (ec) return;  // cancelled: shutting down
        std::string now = corpus_stamp(corpus_dir);
        if (now.empty() || now == corpus_loaded) {
          corpus_seen.clear();
        } else if (now == corpus_seen) {
          corpus_seen.clear();
          corpus_loaded = now;
          nlohmann::json line = {{"event", "corpus_changed"}};
          try {
            Corpus corpus = load_corpus(read_data_files(corpus_dir, {}));
            IndexStats st = update_index(corpus, index_path);
            line["written"] = st.documents;
            line["unchanged"] = st.unchanged;
            line["removed"] = st.removed;
            line["index_ms"] = st.milliseconds;
            log.write(line);
            reload("corpus_changed");
          } catch (const std::exception& e) {
            // A broken file (malformed JSON beside an article): the bot
            // keeps answering from what it has; the next change retries.
            line["error"] = e.what();
            log.write(line);
          }
        } else {
          corpus_seen = now;
        }
        corpus_timer.expires_after(corpus_every);
        corpus_timer.async_wait(on_corpus);
      };
  if (corpus_every.count() > 0) {
    corpus_timer.expires_after(corpus_every);
    corpus_timer.async_wait(on_corpus);
  }

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
                  "Threads answering questions (default 1, 4 with a redis:// --state; 0 answers "
                  "on the I/O threads)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("--config", flags->config_path,
                  "JSON file with limits, origins, rate limit and timeouts (docs/server.md)");
  cmd->add_option("--webhooks-config", flags->webhooks_config,
                  "JSON file for the messaging webhooks (default: TANYA_* environment)");
  cmd->add_option("--state", flags->state,
                  "Shared state for replicas: redis://[:password@]host:port/db or "
                  "unix:///path.sock (WebSocket sessions, webhook context, dedup, outbox); "
                  "or a SQLite file for the webhooks alone (default: next to the index)")
      ->envname("TANYA_STATE");
  cmd->add_flag("--quiet", flags->quiet, "Do not log each request and connection");
  cmd->add_option("--watch-index-ms", flags->watch_index_ms,
                  "Poll the index file this often and reload it (as SIGHUP does) once a "
                  "change has held for one poll; 0: reload on SIGHUP only")
      ->check(CLI::Range(0, 3600000))
      ->capture_default_str();
  cmd->add_option("--watch-corpus-ms", flags->watch_corpus_ms,
                  "Poll the corpus directory this often; an article added, changed or removed "
                  "is indexed alone and answered from within about two polls; 0: off")
      ->check(CLI::Range(0, 3600000))
      ->capture_default_str();
  cmd->add_option("--question-log", flags->question_log,
                  "SQLite file of the question log (default: tanya-questions.db next to the "
                  "index, or the shared Redis of a redis:// --state)")
      ->envname("TANYA_QUESTION_LOG");
  cmd->add_flag("--no-question-log", flags->no_question_log,
                "Record no questions and take no feedback");
  cmd->add_option("--log-retention-days", flags->log_retention_days,
                  "Purge logged questions older than this many days")
      ->check(CLI::Range(1, 3650))
      ->capture_default_str();
  cmd->add_flag("--trust-proxy", flags->trust_proxy,
                "Behind a reverse proxy: log the reader's address from X-Forwarded-For "
                "(right-most) or X-Real-IP as \"client\" (never set this without a proxy)");
  cmd->callback([flags] {
    int rc = run_serve(*flags);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tanya::server
