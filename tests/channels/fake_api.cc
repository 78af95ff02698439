#include "fake_api.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>

namespace tanya::testing {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;

struct FakeApi::Impl {
  net::io_context ioc;
  tcp::acceptor acceptor{ioc};
  std::thread thread;
  mutable std::mutex mutex;
  mutable std::condition_variable arrived;
  std::vector<Recorded> requests;
  std::function<Scripted(const Recorded&)> responder;
  bool silent = false;
  std::vector<std::shared_ptr<tcp::socket>> held;  // silent connections kept open

  void accept() {
    auto socket = std::make_shared<tcp::socket>(ioc);
    acceptor.async_accept(*socket, [this, socket](beast::error_code ec) {
      if (ec) return;
      serve(socket);
      accept();
    });
  }

  // Blocking per connection: the tests send one request at a time.
  void serve(const std::shared_ptr<tcp::socket>& socket) {
    beast::flat_buffer buffer;
    for (;;) {
      http::request<http::string_body> request;
      beast::error_code ec;
      http::read(*socket, buffer, request, ec);
      if (ec) return;
      Recorded recorded;
      recorded.method = std::string(request.method_string());
      recorded.target = std::string(request.target());
      for (const auto& field : request) {
        std::string name(field.name_string());
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        recorded.headers[name] = std::string(field.value());
      }
      recorded.body = request.body();
      Scripted scripted{200, R"({"ok":true})"};
      bool quiet = false;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (responder) scripted = responder(recorded);
        quiet = silent;
        requests.push_back(recorded);
      }
      arrived.notify_all();
      if (quiet) {
        held.push_back(socket);
        return;
      }
      http::response<http::string_body> response{static_cast<http::status>(scripted.status), 11};
      response.set(http::field::content_type, "application/json");
      response.body() = scripted.body;
      response.keep_alive(request.keep_alive());
      response.prepare_payload();
      http::write(*socket, response, ec);
      if (ec || !request.keep_alive()) return;
    }
  }
};

FakeApi::FakeApi() : impl_(std::make_unique<Impl>()) {
  tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), 0);
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(net::socket_base::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen();
  impl_->accept();
  impl_->thread = std::thread([this] { impl_->ioc.run(); });
}

FakeApi::~FakeApi() {
  impl_->ioc.stop();
  impl_->thread.join();
}

std::string FakeApi::base_url() const {
  return "http://127.0.0.1:" + std::to_string(impl_->acceptor.local_endpoint().port());
}

void FakeApi::set_responder(std::function<Scripted(const Recorded&)> responder) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->responder = std::move(responder);
}

std::vector<Recorded> FakeApi::requests() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->requests;
}

size_t FakeApi::count() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->requests.size();
}

bool FakeApi::wait_for(size_t n, std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(impl_->mutex);
  return impl_->arrived.wait_for(lock, timeout, [&] { return impl_->requests.size() >= n; });
}

void FakeApi::set_silent(bool silent) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->silent = silent;
}

}  // namespace tanya::testing
