// Accepts TCP connections and starts an HttpSession on a new strand for
// each. Beyond max_connections the session only answers 503, so clients
// get a clear refusal instead of a hanging socket.
#ifndef TANYA_SERVER_LISTENER_H_
#define TANYA_SERVER_LISTENER_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/error.hpp>
#include <memory>
#include <string>

#include "server/server_state.h"

namespace tanya::server {

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(boost::asio::io_context& ioc, ServerState& state);

  // Binds and listens. Returns false and sets *error on failure.
  bool open(const boost::asio::ip::tcp::endpoint& endpoint, std::string* error);
  uint16_t port() const { return port_; }

  // Starts accepting (asynchronously).
  void run();
  // Thread-safe: stops accepting; connections already accepted go on.
  void stop();

 private:
  void do_accept();
  void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);

  boost::asio::io_context& ioc_;
  ServerState& state_;
  boost::asio::ip::tcp::acceptor acceptor_;
  uint16_t port_ = 0;
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_LISTENER_H_
