// What all connections of one Server share (internal to src/server): the
// bot, the settings, the metrics and log, the core thread pool, and the
// registry of live connections that graceful shutdown walks.
#ifndef TANYA_SERVER_SERVER_STATE_H_
#define TANYA_SERVER_SERVER_STATE_H_

#include <atomic>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/json_log.h"
#include "server/address_counter.h"
#include "server/admin.h"
#include "server/metrics.h"
#include "server/rate_limiter.h"
#include "server/server_config.h"

namespace tanya {
class Bot;
namespace editor {
class QuestionLog;
}
namespace channels {
class Webhooks;
}
}  // namespace tanya

namespace tanya::server {

// A live connection, as graceful shutdown sees it.
class Connection {
 public:
  virtual ~Connection() = default;
  // Thread-safe: posts to the connection's strand. Stops reading new
  // requests, lets the answers in flight finish, then closes (WebSocket: 1001).
  virtual void shutdown() = 0;
  // Thread-safe: closes the connection because its conversation was resumed
  // on another connection (WebSocket only).
  virtual void session_taken_over() {}
};

// Live connections by id, and which WebSocket connection holds which
// conversation. Thread-safe (one mutex; touched on connect, disconnect,
// hello and shutdown only, never per message).
class ConnectionRegistry {
 public:
  uint64_t add(std::weak_ptr<Connection> connection);
  // Also releases any conversation the connection held.
  void remove(uint64_t id);
  size_t size() const;

  // Makes connection `id` the holder of conversation `session` and returns
  // the previous holder, if another live connection held it.
  std::shared_ptr<Connection> claim_session(const std::string& session, uint64_t id);
  // Forgets that connection `id` holds `session` (if it still does).
  void release_session(const std::string& session, uint64_t id);

  // Calls shutdown() on every live connection; new ones added afterwards
  // are shut down by add() itself.
  void shutdown_all();
  // Waits until no connection is left or `deadline` passes; true if empty.
  bool wait_empty(std::chrono::steady_clock::time_point deadline);

 private:
  mutable std::mutex mu_;
  std::condition_variable empty_;
  uint64_t next_id_ = 1;
  bool shutting_down_ = false;
  std::unordered_map<uint64_t, std::weak_ptr<Connection>> connections_;
  std::unordered_map<std::string, uint64_t> session_holder_;
  std::unordered_map<uint64_t, std::string> held_session_;
};

struct ServerState {
  ServerState(Bot& b, ServerConfig c, Pages pages, channels::Webhooks* w)
      : bot(b),
        config(std::move(c)),
        log(config.log_requests),
        webhooks(w),
        webhook_limiter(config.webhook_rate_per_second, config.webhook_rate_burst),
        address_connections(config.max_connections_per_address),
        pages_(std::make_shared<const Pages>(std::move(pages))) {
    if (config.core_threads > 0) core.emplace(static_cast<size_t>(config.core_threads));
    if (config.webhook_check_threads > 0) {
      check.emplace(static_cast<size_t>(config.webhook_check_threads));
    }
  }

  // Runs `task` on the core pool, or right here when core_threads is 0. An
  // exception out of `task` is caught and counted (internal_error()): the
  // connection that asked then times out alone, and the pool keeps serving.
  template <typename Task>
  void run_core(Task&& task) {
    run_on(core, "core", std::forward<Task>(task));
  }

  // The same on the webhook check pool (webhook_check_threads), where
  // signatures are verified and payloads parsed: a flood of forged
  // deliveries queues there, behind itself, and never in front of answers.
  template <typename Task>
  void run_check(Task&& task) {
    run_on(check, "webhook_check", std::forward<Task>(task));
  }

  // The same on the admin page's own thread: a report over a large log
  // takes seconds, and must never hold a thread that answers readers.
  template <typename Task>
  void run_admin(Task&& task) {
    run_on(admin_pool, "admin", std::forward<Task>(task));
  }

  // Counts and logs an exception caught at `where`; always logged, even
  // without --log-requests, because it is a fault to look into.
  void internal_error(std::string_view where, std::string_view what);

  // Origin check for WebSocket upgrades and CORS: an absent Origin (not a
  // browser), the same origin as `host`, or one listed in allowed_origins.
  bool origin_allowed(std::string_view origin, std::string_view host) const;

  Bot& bot;
  const ServerConfig config;
  Metrics metrics;
  JsonLog log;
  // The demo page ("/"), replaced when the index is reloaded; readers take
  // their own reference, so a swap never pulls a page out from under them.
  std::shared_ptr<const Pages> pages() const { return std::atomic_load(&pages_); }
  void set_pages(Pages pages) {
    std::atomic_store(&pages_, std::make_shared<const Pages>(std::move(pages)));
  }
  channels::Webhooks* const webhooks;  // may be null
  // Where questions and feedback are recorded; null: --no-question-log.
  editor::QuestionLog* questions = nullptr;
  std::unique_ptr<Admin> admin;        // the /admin pages (off without config.admin_token)
  AddressLimiter webhook_limiter;      // deliveries per client address
  AddressCounter address_connections;  // open connections per client address
  std::optional<boost::asio::thread_pool> core;
  std::optional<boost::asio::thread_pool> check;
  std::optional<boost::asio::thread_pool> admin_pool;  // one thread, when /admin is on
  ConnectionRegistry registry;
  std::atomic<bool> shutting_down{false};

 private:
  template <typename Task>
  void run_on(std::optional<boost::asio::thread_pool>& pool, std::string_view where, Task&& task) {
    auto guarded = [this, where, task = std::forward<Task>(task)]() mutable {
      try {
        task();
      } catch (const std::exception& e) {
        internal_error(where, e.what());
      }
    };
    if (pool) {
      boost::asio::post(*pool, std::move(guarded));
    } else {
      guarded();
    }
  }

  std::shared_ptr<const Pages> pages_;
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_SERVER_STATE_H_
