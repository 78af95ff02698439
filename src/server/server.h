// The Tanya server: one listener for HTTP and WebSocket clients on top of a
// Bot. Tests run it in-process on port 0; `tanya serve` runs it until a
// signal arrives.
//
//   tanya::server::Server server(*bot, config, web::render_site(documents), webhooks.get());
//   uint16_t port = server.start(&error);   // 0 on failure
//   ...
//   server.stop();                           // graceful, at most shutdown_grace
//
// start() and stop() are called from one controlling thread; metrics() and
// connections() may be read from any thread.
#ifndef TANYA_SERVER_SERVER_H_
#define TANYA_SERVER_SERVER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "server/metrics.h"
#include "server/server_config.h"

namespace tanya {
class Bot;
namespace channels {
class Webhooks;
}
namespace editor {
class QuestionLog;
}
}  // namespace tanya

namespace tanya::server {

class Server {
 public:
  // `bot`, `webhooks` and `questions` (either may be null) must outlive
  // the Server. With a question log, every question asked over /ws and
  // /api/ask is recorded and readers' feedback is taken (docs/editor.md).
  // `pages` are served by path ("/", "/a/<id>": web::render_site); a path
  // not among them is 404.
  Server(Bot& bot, ServerConfig config, Pages pages = {}, channels::Webhooks* webhooks = nullptr,
         editor::QuestionLog* questions = nullptr);
  ~Server();  // stop()s
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds config.host:config.port, starts the I/O and core threads and the
  // webhooks worker. Returns the bound port (the chosen one for port 0), or
  // 0 with *error set.
  uint16_t start(std::string* error);

  // Graceful shutdown, idempotent: stops accepting, makes /readyz answer
  // 503, closes every WebSocket with 1001 after the answers already asked
  // for are sent, lets HTTP responses in flight finish, then stops the
  // threads. Connections still open after config.shutdown_grace are cut.
  // Returns true if every connection finished within the grace period.
  bool stop();

  // Replaces the pages, e.g. after the index was reloaded. Thread-safe.
  void set_pages(Pages pages);

  uint16_t port() const;
  const Metrics& metrics() const;
  size_t connections() const;  // open connections, HTTP and WebSocket

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_SERVER_H_
