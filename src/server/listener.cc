#include "server/listener.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>

#include "server/http_session.h"

namespace tanya::server {

namespace beast = boost::beast;
namespace net = boost::asio;
using net::ip::tcp;

Listener::Listener(net::io_context& ioc, ServerState& state)
    : ioc_(ioc), state_(state), acceptor_(net::make_strand(ioc)) {}

bool Listener::open(const tcp::endpoint& endpoint, std::string* error) {
  beast::error_code ec;
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  // A deep backlog: the idle-connection benchmark opens thousands at once.
  if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    *error = "cannot listen on " + endpoint.address().to_string() + ":" +
             std::to_string(endpoint.port()) + ": " + ec.message();
    return false;
  }
  port_ = acceptor_.local_endpoint(ec).port();
  return true;
}

void Listener::run() {
  net::dispatch(acceptor_.get_executor(),
                beast::bind_front_handler(&Listener::do_accept, shared_from_this()));
}

void Listener::stop() {
  net::post(acceptor_.get_executor(), [self = shared_from_this()] {
    beast::error_code ec;
    self->acceptor_.close(ec);
  });
}

void Listener::do_accept() {
  // The new connection gets its own strand.
  acceptor_.async_accept(net::make_strand(ioc_),
                         beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(beast::error_code ec, tcp::socket socket) {
  if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;  // stopped
  if (!ec) {
    socket.set_option(tcp::no_delay(true), ec);  // small JSON messages, latency matters
    bool over = state_.registry.size() >= state_.config.max_connections;
    AddressCounter::Lease lease;
    if (!over && !state_.config.trust_proxy) {
      // Without a proxy in front, the peer is the client: count it now.
      auto peer = socket.remote_endpoint(ec);
      auto acquired = state_.address_connections.acquire(ec ? "" : peer.address().to_string());
      if (acquired) {
        lease = std::move(*acquired);
      } else {
        over = true;
      }
    }
    std::make_shared<HttpSession>(std::move(socket), state_, over, std::move(lease))->run();
  } else if (ec == net::error::no_descriptors || ec == net::error::no_buffer_space) {
    // Out of file descriptors: back off briefly instead of spinning.
    state_.metrics.reject(Reject::kTooManyConnections);
    auto timer = std::make_shared<net::steady_timer>(acceptor_.get_executor());
    timer->expires_after(std::chrono::milliseconds(50));
    timer->async_wait([self = shared_from_this(), timer](beast::error_code) { self->do_accept(); });
    return;
  }
  do_accept();
}

}  // namespace tanya::server
