#include "server/server.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <thread>
#include <vector>

#include "channels/webhooks.h"
#include "server/listener.h"
#include "server/server_state.h"

namespace tanya::server {

namespace net = boost::asio;
using net::ip::tcp;

struct Server::Impl {
  Impl(Bot& bot, ServerConfig config, Pages pages, channels::Webhooks* webhooks,
       editor::QuestionLog* questions)
      : state(bot, std::move(config), std::move(pages), webhooks),
        ioc(std::make_unique<net::io_context>(state.config.threads)) {
    state.questions = questions;
    AdminOptions admin;
    admin.token = state.config.admin_token;
    admin.corpus_dir = state.config.corpus_dir;
    state.admin = std::make_unique<Admin>(std::move(admin), bot, questions);
    if (state.admin->enabled()) state.admin_pool.emplace(1);
  }

  // Declared first, destroyed last: handlers still queued in the
  // io_context hold sessions that refer to it.
  ServerState state;
  std::unique_ptr<net::io_context> ioc;
  std::shared_ptr<Listener> listener;
  std::vector<std::thread> threads;
  uint16_t port = 0;
  bool running = false;
};

Server::Server(Bot& bot, ServerConfig config, Pages pages, channels::Webhooks* webhooks,
               editor::QuestionLog* questions)
    : impl_(std::make_unique<Impl>(bot, std::move(config), std::move(pages), webhooks, questions)) {
}

Server::~Server() {
  stop();
  // The acceptor belongs to the io_context: it goes first. Then the
  // io_context, with the handlers (and sessions) still queued in it, before
  // the state those sessions refer to.
  impl_->listener.reset();
  impl_->ioc.reset();
}

uint16_t Server::start(std::string* error) {
  Impl& m = *impl_;
  if (m.running) return m.port;
  const ServerConfig& config = m.state.config;

  boost::system::error_code ec;
  tcp::endpoint endpoint;
  auto address = net::ip::make_address(config.host, ec);
  if (!ec) {
    endpoint = tcp::endpoint(address, config.port);
  } else {
    tcp::resolver resolver(*m.ioc);
    auto results = resolver.resolve(config.host, std::to_string(config.port), ec);
    if (ec || results.empty()) {
      *error = "cannot resolve host " + config.host;
      return 0;
    }
    endpoint = results.begin()->endpoint();
  }

  m.listener = std::make_shared<Listener>(*m.ioc, m.state);
  if (!m.listener->open(endpoint, error)) return 0;
  m.port = m.listener->port();
  m.listener->run();
  if (m.state.webhooks != nullptr) m.state.webhooks->start();
  for (int i = 0; i < config.threads; ++i) {
    // A handler that throws unwinds out of run(): the connection it served is
    // dropped with its handler, and this thread goes back to serving the rest.
    m.threads.emplace_back([&ioc = *m.ioc, &state = m.state] {
      for (;;) {
        try {
          ioc.run();
          return;
        } catch (const std::exception& e) {
          state.internal_error("io", e.what());
        }
      }
    });
  }
  m.running = true;
  return m.port;
}

bool Server::stop() {
  Impl& m = *impl_;
  if (!m.running) return true;
  m.running = false;
  auto deadline = std::chrono::steady_clock::now() + m.state.config.shutdown_grace;

  m.state.shutting_down = true;
  m.listener->stop();
  m.state.registry.shutdown_all();
  bool clean = m.state.registry.wait_empty(deadline);

  // Whatever is left after the grace period is cut off.
  m.ioc->stop();
  for (auto& t : m.threads) t.join();
  m.threads.clear();
  // The check pool first: what it lets through is posted to the core.
  if (m.state.check) m.state.check->join();
  if (m.state.admin_pool) m.state.admin_pool->join();
  if (m.state.core) m.state.core->join();
  if (m.state.webhooks != nullptr) m.state.webhooks->stop();
  return clean;
}

void Server::set_pages(Pages pages) {
  impl_->state.set_pages(std::move(pages));
}

uint16_t Server::port() const {
  return impl_->port;
}
const Metrics& Server::metrics() const {
  return impl_->state.metrics;
}
size_t Server::connections() const {
  return impl_->state.registry.size();
}

}  // namespace tanya::server
