#include "channels/http_client.h"

#include <openssl/ssl.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

namespace tanya::channels {
namespace {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

constexpr size_t kMaxResponseBody = 1 << 20;

// Runs one asynchronous step to completion on `ioc` and returns its error.
// The step's deadline comes from the stream's expiry (tcp_stream closes the
// socket when it passes), so run() always returns.
template <class Start>
beast::error_code run_step(net::io_context& ioc, Start start) {
  beast::error_code result = net::error::would_block;
  start([&result](beast::error_code ec, auto&&...) { result = ec; });
  ioc.restart();
  ioc.run();
  return result;
}

template <class Stream>
HttpResult exchange(net::io_context& ioc, Stream& stream,
                    http::request<http::string_body>& request) {
  HttpResult result;
  beast::error_code ec =
      run_step(ioc, [&](auto handler) { http::async_write(stream, request, std::move(handler)); });
  if (ec) {
    result.error = "write: " + ec.message();
    return result;
  }
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(kMaxResponseBody);
  ec = run_step(
      ioc, [&](auto handler) { http::async_read(stream, buffer, parser, std::move(handler)); });
  if (ec) {
    result.error = "read: " + ec.message();
    return result;
  }
  auto& response = parser.get();
  result.status = static_cast<int>(response.result_int());
  result.body = std::move(response.body());
  if (auto it = response.find(http::field::retry_after); it != response.end()) {
    result.retry_after = std::string(it->value());
  }
  return result;
}

}  // namespace

bool is_loopback_host(std::string_view host) {
  if (host == "localhost") return true;
  std::string bare(host);
  if (bare.size() > 2 && bare.front() == '[' && bare.back() == ']') {
    bare = bare.substr(1, bare.size() - 2);
  }
  beast::error_code ec;
  auto address = net::ip::make_address(bare, ec);
  return !ec && address.is_loopback();
}

std::optional<Url> parse_url(std::string_view text, std::string* error) {
  Url url;
  if (text.rfind("https://", 0) == 0) {
    text.remove_prefix(8);
  } else if (text.rfind("http://", 0) == 0) {
    text.remove_prefix(7);
    url.tls = false;
  } else {
    *error = "URL must start with https://";
    return std::nullopt;
  }
  size_t slash = text.find('/');
  std::string_view authority = text.substr(0, slash);
  url.target = slash == std::string_view::npos ? "/" : std::string(text.substr(slash));
  size_t colon = authority.rfind(':');
  if (colon != std::string_view::npos && authority.find(']', colon) == std::string_view::npos) {
    url.host = std::string(authority.substr(0, colon));
    url.port = std::string(authority.substr(colon + 1));
  } else {
    url.host = std::string(authority);
    url.port = url.tls ? "443" : "80";
  }
  if (url.host.empty() || url.port.empty() ||
      url.port.find_first_not_of("0123456789") != std::string::npos) {
    *error = "malformed URL host or port";
    return std::nullopt;
  }
  if (!url.tls && !is_loopback_host(url.host)) {
    *error = "plain http:// is allowed only to a loopback host; use https://";
    return std::nullopt;
  }
  if (url.host.front() == '[') url.host = url.host.substr(1, url.host.size() - 2);
  return url;
}

struct HttpClient::Impl {
  std::chrono::milliseconds timeout;
  ssl::context tls{ssl::context::tls_client};
};

HttpClient::HttpClient(std::chrono::milliseconds timeout, const std::string& extra_ca_pem)
    : impl_(std::make_unique<Impl>()) {
  impl_->timeout = timeout;
  impl_->tls.set_default_verify_paths();
  if (!extra_ca_pem.empty()) {
    beast::error_code ec;  // a bad file leaves only the system CAs: calls fail visibly
    impl_->tls.add_certificate_authority(net::buffer(extra_ca_pem), ec);
  }
  impl_->tls.set_verify_mode(ssl::verify_peer);
  SSL_CTX_set_min_proto_version(impl_->tls.native_handle(), TLS1_2_VERSION);
}

HttpClient::~HttpClient() = default;

HttpResult HttpClient::post(const HttpCall& call) const {
  HttpResult result;
  std::optional<Url> url = parse_url(call.url, &result.error);
  if (!url) return result;

  net::io_context ioc;
  const auto deadline = Clock::now() + impl_->timeout;

  // The resolver has no expiry of its own: a timer cancels it.
  tcp::resolver resolver(ioc);
  net::steady_timer timer(ioc);
  tcp::resolver::results_type endpoints;
  beast::error_code ec = net::error::would_block;
  timer.expires_at(deadline);
  timer.async_wait([&resolver](beast::error_code e) {
    if (!e) resolver.cancel();
  });
  resolver.async_resolve(url->host, url->port,
                         [&](beast::error_code e, tcp::resolver::results_type r) {
                           ec = e;
                           endpoints = std::move(r);
                           timer.cancel();
                         });
  ioc.run();
  if (ec) {
    result.error = "resolve " + url->host + ": " + ec.message();
    return result;
  }

  http::request<http::string_body> request{http::verb::post, url->target, 11};
  bool default_port = url->port == (url->tls ? "443" : "80");
  request.set(http::field::host, default_port ? url->host : url->host + ":" + url->port);
  request.set(http::field::user_agent, "tanya-webhooks/1");
  request.set(http::field::content_type, call.content_type);
  for (const auto& [name, value] : call.headers) request.set(name, value);
  request.body() = call.body;
  request.prepare_payload();

  if (!url->tls) {
    beast::tcp_stream stream(ioc);
    stream.expires_at(deadline);
    ec = run_step(ioc, [&](auto handler) { stream.async_connect(endpoints, std::move(handler)); });
    if (ec) {
      result.error = "connect: " + ec.message();
      return result;
    }
    result = exchange(ioc, stream, request);
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    return result;
  }

  beast::ssl_stream<beast::tcp_stream> stream(ioc, impl_->tls);
  // SNI, then verification of the certificate against the host name.
  if (!SSL_set_tlsext_host_name(stream.native_handle(), url->host.c_str())) {
    result.error = "TLS: cannot set server name";
    return result;
  }
  stream.set_verify_callback(ssl::host_name_verification(url->host));
  beast::get_lowest_layer(stream).expires_at(deadline);
  ec = run_step(ioc, [&](auto handler) {
    beast::get_lowest_layer(stream).async_connect(endpoints, std::move(handler));
  });
  if (ec) {
    result.error = "connect: " + ec.message();
    return result;
  }
  ec = run_step(ioc, [&](auto handler) {
    stream.async_handshake(ssl::stream_base::client, std::move(handler));
  });
  if (ec) {
    result.error = "TLS handshake: " + ec.message();
    return result;
  }
  result = exchange(ioc, stream, request);
  // No TLS close_notify exchange: the response is complete, and some servers
  // never answer it, which would only burn the deadline.
  return result;
}

}  // namespace tanya::channels
