#include "server/http_session.h"

#include <algorithm>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/websocket.hpp>
#include <cctype>
#include <utility>

#include "bot/bot.h"
#include "channels/webhooks.h"
#include "editor/question_log.h"
#include "server/forwarded.h"
#include "server/protocol.h"
#include "server/session_id.h"
#include "server/websocket_session.h"
#include "web/web.h"

namespace tanya::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using nlohmann::json;

namespace {

std::string remote_of(const net::ip::tcp::socket& socket) {
  beast::error_code ec;
  auto endpoint = socket.remote_endpoint(ec);
  if (ec) return "";
  return endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
}

std::string_view path_of(std::string_view target) {
  return target.substr(0, std::min(target.find('?'), target.size()));
}

std::string_view as_view(beast::string_view s) {
  return std::string_view(s.data(), s.size());
}

}  // namespace

HttpSession::HttpSession(net::ip::tcp::socket&& socket, ServerState& state, bool over_capacity,
                         AddressCounter::Lease lease)
    : stream_(std::move(socket)),
      state_(state),
      over_capacity_(over_capacity),
      lease_(std::move(lease)),
      bucket_(state.config.rate_per_second, state.config.rate_burst) {
  remote_ = remote_of(stream_.socket());
  if (state_.config.trust_proxy) {
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) peer_address_ = endpoint.address().to_string();
  }
  state_.metrics.connection_opened(ConnectionKind::kHttp);
}

HttpSession::~HttpSession() {
  if (id_ != 0) state_.registry.remove(id_);
  state_.metrics.connection_closed(ConnectionKind::kHttp);
}

void HttpSession::run() {
  id_ = state_.registry.add(weak_from_this());
  // Start on the strand: the acceptor's handler runs elsewhere.
  net::dispatch(stream_.get_executor(),
                beast::bind_front_handler(&HttpSession::do_read, shared_from_this()));
}

void HttpSession::shutdown() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    self->draining_ = true;
    // Idle between requests: nothing is in flight, close now. Otherwise the
    // response being prepared is sent first (with Connection: close).
    if (!self->busy_) self->do_close();
  });
}

void HttpSession::do_read() {
  if (draining_) {
    do_close();
    return;
  }
  parser_.emplace();
  parser_->header_limit(static_cast<uint32_t>(state_.config.http_header_limit));
  // Beast checks Content-Length against the limit while it parses the
  // header, before we know the path: start from the larger limit and narrow
  // it in on_header().
  parser_->body_limit(std::max(state_.config.http_body_limit, state_.config.webhook_body_limit));
  // The whole request must arrive within the timeout, however slowly it
  // trickles in: this is what drops slow-loris clients.
  // Over capacity, a connection only earns a quick 503: it may not hold a
  // descriptor for the full request timeout.
  stream_.expires_after(over_capacity_ ? std::min<Clock::duration>(state_.config.http_timeout,
                                                                   std::chrono::seconds(2))
                                       : Clock::duration(state_.config.http_timeout));
  // The header first: the body limit depends on where the request goes.
  http::async_read_header(stream_, buffer_, *parser_,
                          beast::bind_front_handler(&HttpSession::on_header, shared_from_this()));
}

void HttpSession::on_header(beast::error_code ec, size_t bytes) {
  if (ec) {
    on_read(ec, bytes);
    return;
  }
  const std::string_view path = path_of(as_view(parser_->get().target()));
  const bool webhook = channels::Webhooks::owns(path);
  // A delivery to a channel that is not set up is refused from its header:
  // no body of any size is read for it (the 404 closes the connection).
  unserved_ = webhook && (state_.webhooks == nullptr || !state_.webhooks->serves(path));
  const size_t limit = unserved_ ? 0
                       : webhook ? state_.config.webhook_body_limit
                                 : state_.config.http_body_limit;
  auto length = parser_->content_length();
  if (length && *length > limit) {
    on_read(http::error::body_limit, bytes);
    return;
  }
  parser_->body_limit(limit);  // for chunked bodies, checked as they arrive
  http::async_read(stream_, buffer_, *parser_,
                   beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
}

void HttpSession::on_read(beast::error_code ec, size_t) {
  if (ec == http::error::end_of_stream || ec == net::error::operation_aborted) {
    do_close();
    return;
  }
  if (ec == beast::error::timeout) {
    state_.metrics.reject(Reject::kTimeout);
    return;  // tcp_stream already closed the socket
  }
  busy_ = true;
  started_ = Clock::now();
  method_.clear();
  path_.clear();
  client_ = peer_address_;  // a request that cannot be read names no client
  version_ = 11;
  if (ec == http::error::body_limit && unserved_) {
    fail_request(http::status::not_found, "not_found");
    return;
  }
  if (ec == http::error::body_limit) {
    state_.metrics.reject(Reject::kBodyTooLarge);
    fail_request(http::status::payload_too_large, "body_too_large");
    return;
  }
  if (ec == http::error::header_limit) {
    state_.metrics.reject(Reject::kHeaderTooLarge);
    fail_request(http::status::request_header_fields_too_large, "header_too_large");
    return;
  }
  if (ec) {
    if (buffer_.size() == 0 && !parser_->got_some()) {  // reset or closed mid-way
      do_close();
      return;
    }
    state_.metrics.reject(Reject::kBadRequest);
    fail_request(http::status::bad_request, "bad_request");
    return;
  }
  route(parser_->release());
}

void HttpSession::route(Request&& request) {
  method_ = std::string(as_view(request.method_string()));
  path_ = std::string(path_of(as_view(request.target())));
  version_ = request.version();
  if (state_.config.trust_proxy) {
    // nginx sends one X-Forwarded-For line; if a request has several, they
    // form one list in order (RFC 9110, 5.3), so the last line holds its end.
    std::string_view forwarded_for;
    for (auto range = request.equal_range("X-Forwarded-For"); range.first != range.second;
         ++range.first) {
      forwarded_for = as_view(range.first->value());
    }
    auto real_ip = request.find("X-Real-IP");
    client_ = forwarded_client(
        forwarded_for, real_ip == request.end() ? "" : as_view(real_ip->value()), peer_address_);
  }
  const std::string_view path = path_;
  const http::verb verb = request.method();
  const bool keep_alive = request.keep_alive();

  if (over_capacity_) {
    state_.metrics.reject(Reject::kTooManyConnections);
    auto response = error_response(http::status::service_unavailable, "too_many_connections");
    response.set(http::field::retry_after, "1");
    send(std::move(response), false);
    return;
  }
  if (beast::websocket::is_upgrade(request)) {
    upgrade(std::move(request));
    return;
  }
  if (channels::Webhooks::owns(path)) {
    webhook(request);
    return;
  }

  const bool get = verb == http::verb::get || verb == http::verb::head;
  auto only = [&](const char* allowed) {
    auto response = error_response(http::status::method_not_allowed, "method_not_allowed");
    response.set(http::field::allow, allowed);
    send(std::move(response), keep_alive);
  };

  if (path == "/api/ask" || path == "/api/feedback") {
    if (verb == http::verb::post) {
      if (path == "/api/ask") {
        api_ask(request);
      } else {
        api_feedback(request);
      }
    } else if (verb == http::verb::options) {
      // CORS preflight.
      Response response{http::status::no_content, request.version()};
      add_cors(request, response);
      if (response.find(http::field::access_control_allow_origin) == response.end()) {
        state_.metrics.reject(Reject::kOrigin);
        send(error_response(http::status::forbidden, "origin_not_allowed"), keep_alive);
        return;
      }
      response.set(http::field::access_control_allow_methods, "POST, OPTIONS");
      response.set(http::field::access_control_allow_headers, "Content-Type");
      response.set(http::field::access_control_max_age, "600");
      send(std::move(response), keep_alive);
    } else {
      only("POST, OPTIONS");
    }
    return;
  }
  if (Admin::owns(path)) {
    admin(request);
    return;
  }
  if (path == "/ws") {
    auto response = error_response(http::status::upgrade_required, "websocket_upgrade_required");
    response.set(http::field::upgrade, "websocket");
    send(std::move(response), keep_alive);
    return;
  }
  const auto pages = state_.pages();
  const auto page = pages->find(path == "/index.html" ? std::string_view("/") : path);
  if (path == "/healthz" || path == "/readyz" || path == "/metrics" || page != pages->end() ||
      path == "/widget.js" || path == "/widget.css") {
    if (!get) {
      only("GET, HEAD");
      return;
    }
  }
  Response response;
  if (path == "/healthz") {
    response = json_response(http::status::ok, R"({"status":"ok"})");
  } else if (path == "/readyz") {
    // Ready means the index is open (a Server only exists with a Bot) and
    // the server is not draining, so load balancers stop sending traffic.
    response =
        state_.shutting_down.load()
            ? json_response(http::status::service_unavailable, R"({"status":"shutting_down"})")
            : json_response(http::status::ok, R"({"status":"ready"})");
  } else if (path == "/metrics") {
    std::string body = state_.metrics.render(state_.bot.session_count());
    if (state_.webhooks != nullptr) body += state_.webhooks->metrics_text();
    if (state_.questions != nullptr) body += state_.questions->metrics_text();
    response = Response{http::status::ok, request.version(), std::move(body)};
    response.set(http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
    response.set(http::field::cache_control, "no-store");
  } else if (page != pages->end()) {
    response = Response{http::status::ok, request.version(), page->second};
    response.set(http::field::content_type, "text/html; charset=utf-8");
    response.set(http::field::cache_control, "no-cache");
  } else if (path == "/widget.js" || path == "/widget.css") {
    serve_asset(request, path);
    return;
  } else {
    response = error_response(http::status::not_found, "not_found");
  }
  if (verb == http::verb::head) {
    // Same headers as GET, no body: fix the length before dropping it.
    response.prepare_payload();
    auto length = response.body().size();
    response.body().clear();
    response.content_length(length);
  }
  send(std::move(response), keep_alive);
}

void HttpSession::serve_asset(const Request& request, std::string_view path) {
  auto asset = web::find_asset(path);
  if (!asset) {
    send(error_response(http::status::not_found, "not_found"), request.keep_alive());
    return;
  }
  auto inm = request.find(http::field::if_none_match);
  bool fresh = inm != request.end() && !asset->etag.empty() &&
               as_view(inm->value()).find(asset->etag) != std::string_view::npos;
  Response response{fresh ? http::status::not_modified : http::status::ok, request.version()};
  if (!fresh) {
    response.body() = asset->body;
    response.set(http::field::content_type, asset->content_type);
  }
  if (!asset->etag.empty()) response.set(http::field::etag, asset->etag);
  if (!asset->cache_control.empty()) response.set(http::field::cache_control, asset->cache_control);
  send(std::move(response), request.keep_alive());
}

void HttpSession::upgrade(Request&& request) {
  if (path_ != "/ws") {
    send(error_response(http::status::not_found, "not_found"), false);
    return;
  }
  auto origin = request.find(http::field::origin);
  auto host = request.find(http::field::host);
  std::string_view origin_value = origin == request.end() ? "" : as_view(origin->value());
  std::string_view host_value = host == request.end() ? "" : as_view(host->value());
  if (!state_.origin_allowed(origin_value, host_value)) {
    state_.metrics.reject(Reject::kOrigin);
    send(error_response(http::status::forbidden, "origin_not_allowed"), false);
    return;
  }
  if (state_.config.trust_proxy) {
    // Behind the proxy, the reader's own address is known only now, and
    // only a WebSocket holds a slot for long: count it here.
    auto lease = state_.address_connections.acquire(client_);
    if (!lease) {
      state_.metrics.reject(Reject::kTooManyConnections);
      auto response = error_response(http::status::service_unavailable, "too_many_connections");
      response.set(http::field::retry_after, "1");
      send(std::move(response), false);
      return;
    }
    lease_ = std::move(*lease);
  }
  if (state_.log.enabled()) {
    json line = {{"event", "http"},   {"conn", id_},   {"remote", remote_},
                 {"method", method_}, {"path", path_}, {"status", 101}};
    if (state_.config.trust_proxy) line["client"] = client_;
    state_.log.write(line);
  }
  // The WebSocket session takes the socket and any bytes read past the
  // request are not possible here: a client must wait for the 101.
  stream_.expires_never();
  auto session = std::make_shared<WebSocketSession>(
      stream_.release_socket(), state_, std::move(remote_), std::move(client_), std::move(lease_));
  session->run(std::move(request));
}

void HttpSession::api_error(const Request& request, http::status status, std::string_view code) {
  auto response = error_response(status, code);
  add_cors(request, response);
  send(std::move(response), request.keep_alive());
}

std::optional<json> HttpSession::api_body(const Request& request) {
  if (!bucket_.try_take()) {
    state_.metrics.reject(Reject::kRateLimited);
    api_error(request, http::status::too_many_requests, "rate_limited");
    return std::nullopt;
  }
  json body = json::parse(request.body(), nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    state_.metrics.reject(Reject::kInvalidJson);
    api_error(request, http::status::bad_request, "invalid_json");
    return std::nullopt;
  }
  return body;
}

void HttpSession::api_ask(const Request& request) {
  const bool keep_alive = request.keep_alive();
  auto finish = [this, &request](http::status status, std::string_view code) {
    api_error(request, status, code);
  };
  std::optional<json> parsed = api_body(request);
  if (!parsed) return;
  json& body = *parsed;
  std::string session;
  if (auto it = body.find("session"); it != body.end() && !it->is_null()) {
    if (!it->is_string() || !is_valid_session_id(it->get_ref<const std::string&>())) {
      state_.metrics.reject(Reject::kBadRequest);
      finish(http::status::bad_request, "bad_request");
      return;
    }
    session = it->get<std::string>();
  } else {
    session = new_session_id();
  }
  std::string text;
  if (auto it = body.find("text"); it != body.end()) {
    if (!it->is_string()) {
      state_.metrics.reject(Reject::kBadRequest);
      finish(http::status::bad_request, "bad_request");
      return;
    }
    text = it->get<std::string>();
  }
  if (auto code = validate_question(text)) {
    state_.metrics.reject(Reject::kInvalidQuestion);
    finish(http::status::bad_request, *code);
    return;
  }
  std::string article;
  if (auto it = body.find("article"); it != body.end() && !it->is_null()) {
    if (!it->is_string()) {
      state_.metrics.reject(Reject::kBadRequest);
      finish(http::status::bad_request, "bad_request");
      return;
    }
    article = it->get<std::string>();
    if (!article.empty() && !state_.bot.has_article(article)) {
      state_.metrics.reject(Reject::kBadRequest);
      finish(http::status::bad_request, "unknown_article");
      return;
    }
  }
  // Prepare the response shell (CORS) here, where the request lives; the
  // core fills in the body.
  Response shell{http::status::ok, request.version()};
  add_cors(request, shell);
  shell.set(http::field::content_type, "application/json");
  shell.set(http::field::cache_control, "no-store");
  auto received = Clock::now();
  state_.metrics.received();
  state_.run_core([self = shared_from_this(), executor = stream_.get_executor(),
                   shell = std::move(shell), session = std::move(session), text = std::move(text),
                   article = std::move(article), keep_alive, received]() mutable {
    Answer answer = self->state_.bot.ask(session, text, article);
    if (self->state_.questions != nullptr)
      self->state_.questions->record({"http", session, article, text}, answer);
    json out = to_json(answer);
    out["session"] = session;
    shell.body() = dump_json(out);
    bool found = answer.found;
    net::post(executor, [self = std::move(self), shell = std::move(shell), keep_alive, found,
                         received]() mutable {
      self->state_.metrics.question(Channel::kHttp, found, Clock::now() - received);
      self->send(std::move(shell), keep_alive);
    });
  });
}

void HttpSession::api_feedback(const Request& request) {
  const bool keep_alive = request.keep_alive();
  auto finish = [this, &request](http::status status, std::string_view code) {
    api_error(request, status, code);
  };
  std::optional<json> parsed = api_body(request);
  if (!parsed) return;
  json& body = *parsed;
  ClientMessage msg;
  if (auto code = read_feedback(body, &msg)) {
    state_.metrics.reject(Reject::kBadRequest);
    finish(*code == "unknown_answer" ? http::status::not_found : http::status::bad_request, *code);
    return;
  }
  if (state_.questions == nullptr) {
    finish(http::status::service_unavailable, "feedback_off");
    return;
  }
  Response shell{http::status::ok, request.version()};
  add_cors(request, shell);
  shell.set(http::field::content_type, "application/json");
  shell.set(http::field::cache_control, "no-store");
  Response unknown = error_response(http::status::not_found, "unknown_answer");
  add_cors(request, unknown);
  // Storing may wait for the log's queue: on the core pool.
  state_.run_core([self = shared_from_this(), executor = stream_.get_executor(),
                   shell = std::move(shell), unknown = std::move(unknown), msg = std::move(msg),
                   keep_alive]() mutable {
    if (self->state_.questions->feedback(msg.answer, msg.feedback, msg.comment)) {
      shell.body() = json_with_head("\"ok\":true", json{{"id", msg.answer.str()}});
    } else {
      shell = std::move(unknown);
    }
    net::post(executor, [self = std::move(self), shell = std::move(shell), keep_alive]() mutable {
      self->send(std::move(shell), keep_alive);
    });
  });
}

void HttpSession::admin(const Request& request) {
  if (!state_.admin->enabled()) {
    send(error_response(http::status::not_found, "not_found"), request.keep_alive());
    return;
  }
  AdminRequest in;
  in.method = std::string(as_view(request.method_string()));
  in.target = std::string(as_view(request.target()));
  in.body = request.body();
  auto header = [&](http::field f) {
    auto it = request.find(f);
    return it == request.end() ? std::string() : std::string(as_view(it->value()));
  };
  in.cookie = header(http::field::cookie);
  in.origin = header(http::field::origin);
  in.host = header(http::field::host);
  if (state_.config.trust_proxy) {
    auto proto = request.find("X-Forwarded-Proto");
    in.https = proto != request.end() && as_view(proto->value()) == "https";
  }
  const bool keep_alive = request.keep_alive();
  const unsigned version = request.version();
  in.client = client_;
  // The report reads the whole log: on the admin page's own thread.
  state_.run_admin([self = shared_from_this(), executor = stream_.get_executor(),
                    in = std::move(in), keep_alive, version]() mutable {
    AdminResponse out = self->state_.admin->handle(in);
    Response response{static_cast<http::status>(out.status), version, std::move(out.body)};
    for (auto& [name, value] : out.headers) response.insert(name, value);
    net::post(executor, [self = std::move(self), response = std::move(response),
                         keep_alive]() mutable { self->send(std::move(response), keep_alive); });
  });
}

void HttpSession::webhook(const Request& request) {
  if (state_.webhooks == nullptr) {
    send(error_response(http::status::not_found, "not_found"), request.keep_alive());
    return;
  }
  // Deliveries are limited per client address, before any signature is
  // checked: a flood costs a map lookup, not an HMAC.
  if (!state_.webhook_limiter.try_take(client_)) {
    state_.metrics.reject(Reject::kRateLimited);
    Response response = error_response(http::status::too_many_requests, "rate_limited");
    response.set(http::field::retry_after, "1");
    send(std::move(response), request.keep_alive());
    return;
  }
  channels::HttpRequest in;
  in.method = std::string(as_view(request.method_string()));
  in.target = std::string(as_view(request.target()));
  for (const auto& field : request) {
    std::string name(as_view(field.name_string()));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    in.headers[name] = std::string(as_view(field.value()));
  }
  in.body = request.body();  // raw bytes: signatures are computed over them
  const bool keep_alive = request.keep_alive();
  const unsigned version = request.version();
  // Two steps on two pools: the signature check and the parse on the check
  // pool, so that forged or malformed deliveries, however many, never queue
  // in front of readers' questions; only what passes goes on to the core.
  auto reply = [executor = stream_.get_executor(), keep_alive, version](
                   std::shared_ptr<HttpSession> self, channels::HttpResponse out) {
    Response response{static_cast<http::status>(out.status), version, std::move(out.body)};
    if (!out.content_type.empty()) response.set(http::field::content_type, out.content_type);
    net::post(executor, [self = std::move(self), response = std::move(response),
                         keep_alive]() mutable { self->send(std::move(response), keep_alive); });
  };
  state_.run_check([self = shared_from_this(), in = std::move(in), reply]() mutable {
    channels::CheckedRequest checked = self->state_.webhooks->check(in);
    if (checked.settled()) {
      reply(std::move(self), *checked.settled());
      return;
    }
    self->state_.run_core([self, checked = std::move(checked), reply]() mutable {
      reply(self, self->state_.webhooks->answer(std::move(checked)));
    });
  });
}

void HttpSession::fail_request(http::status status, std::string_view code) {
  send(error_response(status, code), false);
}

void HttpSession::send(Response&& response, bool keep_alive) {
  response.version(version_);
  response.set(http::field::server, "tanya");
  response.keep_alive(keep_alive && !draining_ && !over_capacity_);
  if (!response.has_content_length()) response.prepare_payload();
  if (state_.log.enabled()) {
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started_);
    json line = {{"event", "http"},
                 {"conn", id_},
                 {"remote", remote_},
                 {"method", method_},
                 {"path", path_},
                 {"status", response.result_int()},
                 {"ms", static_cast<double>(us.count()) / 1000.0}};
    if (state_.config.trust_proxy) line["client"] = client_;
    state_.log.write(line);
  }
  response_ = std::make_shared<Response>(std::move(response));
  stream_.expires_after(state_.config.http_timeout);
  http::async_write(
      stream_, *response_,
      beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), response_->need_eof()));
}

void HttpSession::on_write(bool close, beast::error_code ec, size_t) {
  response_.reset();
  busy_ = false;
  if (ec) return;  // timeout or reset: the stream is closed or will be dropped
  if (close) {
    do_close();
    return;
  }
  do_read();
}

void HttpSession::do_close() {
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
  // Cancel a pending read (shutdown of an idle keep-alive connection).
  stream_.cancel();
}

HttpSession::Response HttpSession::json_response(http::status status, std::string body) const {
  Response response{status, version_, std::move(body)};
  response.set(http::field::content_type, "application/json");
  return response;
}

HttpSession::Response HttpSession::error_response(http::status status,
                                                  std::string_view code) const {
  json body = json::object();
  body["error"] = code;
  body["message"] = protocol_error_text(code);
  return json_response(status, dump_json(body));
}

void HttpSession::add_cors(const Request& request, Response& response) const {
  auto origin = request.find(http::field::origin);
  if (origin == request.end()) return;
  auto host = request.find(http::field::host);
  std::string_view origin_value = as_view(origin->value());
  if (!state_.origin_allowed(origin_value, host == request.end() ? "" : as_view(host->value()))) {
    return;
  }
  response.set(http::field::access_control_allow_origin, origin->value());
  response.set(http::field::vary, "Origin");
}

}  // namespace tanya::server
