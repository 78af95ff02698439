#include "server/websocket_session.h"

#include <boost/asio/post.hpp>
#include <utility>

#include "bot/bot.h"
#include "editor/question_log.h"
#include "server/protocol.h"
#include "server/session_id.h"

namespace tanya::server {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using nlohmann::json;

WebSocketSession::WebSocketSession(net::ip::tcp::socket&& socket, ServerState& state,
                                   std::string remote, std::string client,
                                   AddressCounter::Lease lease)
    : ws_(std::move(socket)),
      message_timer_(ws_.get_executor()),
      state_(state),
      remote_(std::move(remote)),
      client_(std::move(client)),
      lease_(std::move(lease)),
      session_(new_session_id()),
      bucket_(state.config.rate_per_second, state.config.rate_burst),
      opened_(Clock::now()) {
  state_.metrics.connection_opened(ConnectionKind::kWebSocket);
}

WebSocketSession::~WebSocketSession() {
  if (id_ != 0) state_.registry.remove(id_);
  state_.metrics.connection_closed(ConnectionKind::kWebSocket);
}

void WebSocketSession::run(Request request) {
  id_ = state_.registry.add(weak_from_this());
  state_.registry.claim_session(session_, id_);
  const ServerConfig& config = state_.config;

  // Beast's own timeouts replace the tcp_stream's: the opening and closing
  // handshakes are bounded, and a silent peer gets a ping after half the
  // idle time and is dropped after all of it.
  beast::get_lowest_layer(ws_).expires_never();
  websocket::stream_base::timeout timeout{};
  timeout.handshake_timeout = config.handshake_timeout;
  timeout.idle_timeout = config.idle_timeout;
  timeout.keep_alive_pings = true;
  ws_.set_option(timeout);
  ws_.read_message_max(config.ws_message_max);
  beast::get_lowest_layer(ws_).rate_policy().observer = this;
  // The callback lives in ws_, a member: `this` outlives it.
  ws_.control_callback([this](websocket::frame_type, beast::string_view payload) {
    if (clock_.on_control_frame(payload.size())) message_timer_.cancel();
  });
  if (config.permessage_deflate) {
    websocket::permessage_deflate deflate;
    deflate.server_enable = true;
    ws_.set_option(deflate);
  }
  ws_.set_option(websocket::stream_base::decorator([](websocket::response_type& response) {
    response.set(beast::http::field::server, "tanya");
  }));
  ws_.text(true);
  ws_.async_accept(request,
                   beast::bind_front_handler(&WebSocketSession::on_accept, shared_from_this()));
}

void WebSocketSession::on_bytes_read(size_t n) {
  if (!clock_.on_bytes(n) || closing_) return;
  message_timer_.expires_after(state_.config.ws_message_timeout);
  message_timer_.async_wait([self = shared_from_this(), message = clock_.message()](
                                beast::error_code ec) { self->on_message_timer(ec, message); });
}

void WebSocketSession::on_message_timer(beast::error_code ec, uint64_t message) {
  if (ec || closing_ || !clock_.in_progress() || clock_.message() != message) return;
  // Too slow to be a person typing or a browser sending: drop the
  // connection, as for any client that holds a slot without using it.
  state_.metrics.reject(Reject::kTimeout);
  closing_ = true;
  log_close("message_timeout");
  beast::get_lowest_layer(ws_).close();
}

void WebSocketSession::on_accept(beast::error_code ec) {
  if (ec) {
    if (ec == beast::error::timeout) state_.metrics.reject(Reject::kTimeout);
    closing_ = true;
    return;
  }
  accepted_ = true;
  if (state_.log.enabled()) {
    json line = {{"event", "ws_open"}, {"conn", id_}, {"remote", remote_}};
    if (state_.config.trust_proxy) line["client"] = client_;
    state_.log.write(line);
  }
  send(welcome_message(session_, false, state_.bot.welcome_suggestions(),
                       state_.bot.article_title(), state_.questions != nullptr));
  do_read();
  maybe_finish_close();  // shut down while the handshake ran
}

void WebSocketSession::do_read() {
  ws_.async_read(buffer_,
                 beast::bind_front_handler(&WebSocketSession::on_read, shared_from_this()));
}

void WebSocketSession::on_read(beast::error_code ec, size_t) {
  if (ec) {
    const char* reason = "error";
    if (ec == websocket::error::closed) {
      reason = closing_ ? "closed_by_server" : "closed_by_client";
    } else if (ec == websocket::error::message_too_big) {
      // Beast has already sent close 1009 (too big).
      state_.metrics.reject(Reject::kMessageTooBig);
      reason = "message_too_big";
    } else if (ec == beast::error::timeout) {
      state_.metrics.reject(Reject::kTimeout);
      reason = "timeout";
    } else if (ec == net::error::operation_aborted) {
      reason = "aborted";
    }
    closing_ = true;
    message_timer_.cancel();
    log_close(reason);
    return;
  }
  clock_.on_message();
  message_timer_.cancel();
  ++messages_;
  if (!draining_) {
    if (!ws_.got_text()) {
      state_.metrics.reject(Reject::kBinary);
      send(error_message(nullptr, "binary_not_supported",
                         protocol_error_text("binary_not_supported")));
    } else {
      auto data = buffer_.data();
      handle_message(std::string_view(static_cast<const char*>(data.data()), data.size()));
    }
  }
  buffer_.consume(buffer_.size());
  // A burst of large messages must not pin their buffer for the life of an
  // idle connection: give back anything above one small frame.
  if (buffer_.capacity() > 2048) buffer_.shrink_to_fit();
  do_read();
}

void WebSocketSession::handle_message(std::string_view frame) {
  ClientMessage msg = parse_client_message(frame);
  if (!bucket_.try_take()) {
    state_.metrics.reject(Reject::kRateLimited);
    send(error_message(msg.id, "rate_limited", protocol_error_text("rate_limited")));
    return;
  }
  switch (msg.type) {
    case ClientMessage::Type::kInvalid:
      state_.metrics.reject(msg.error == "invalid_utf8" ? Reject::kInvalidQuestion
                                                        : Reject::kInvalidJson);
      send(error_message(msg.id, msg.error, protocol_error_text(msg.error)));
      return;
    case ClientMessage::Type::kUnknown:
      state_.metrics.reject(Reject::kUnknownType);
      send(error_message(msg.id, "unknown_type", protocol_error_text("unknown_type")));
      return;
    case ClientMessage::Type::kPing:
      send(pong_message(msg.id));
      return;
    case ClientMessage::Type::kHello:
      if (!msg.article.empty() && !state_.bot.has_article(msg.article)) {
        state_.metrics.reject(Reject::kBadRequest);
        send(error_message(msg.id, "unknown_article", protocol_error_text("unknown_article")));
        return;
      }
      handle_hello(msg.session, msg.article);
      return;
    case ClientMessage::Type::kFeedback:
      handle_feedback(std::move(msg));
      return;
    case ClientMessage::Type::kAsk:
      break;
  }
  if (auto code = validate_question(msg.text)) {
    state_.metrics.reject(Reject::kInvalidQuestion);
    send(error_message(msg.id, *code, protocol_error_text(*code)));
    return;
  }
  if (!msg.article.empty() && !state_.bot.has_article(msg.article)) {
    state_.metrics.reject(Reject::kBadRequest);
    send(error_message(msg.id, "unknown_article", protocol_error_text("unknown_article")));
    return;
  }
  if (asks_.size() >= state_.config.ws_pending_asks_max) {
    state_.metrics.reject(Reject::kRateLimited);
    send(error_message(msg.id, "rate_limited", protocol_error_text("rate_limited")));
    return;
  }
  state_.metrics.received();
  std::string article = msg.article.empty() ? article_ : std::move(msg.article);
  asks_.push_back(
      PendingAsk{std::move(msg.id), std::move(msg.text), std::move(article), Clock::now()});
  if (!asking_) next_ask();
}

void WebSocketSession::handle_hello(const std::string& session, const std::string& article) {
  article_ = article;
  bool resumed = false;
  if (session == session_) {
    resumed = true;
  } else if (is_valid_session_id(session) && state_.bot.has_session(session)) {
    // The newest connection wins: a reconnecting client must not be locked
    // out by its own half-open old connection, and two connections must
    // never answer from one context.
    if (auto previous = state_.registry.claim_session(session, id_)) previous->session_taken_over();
    session_ = session;
    context_.reset();  // read from the store at the next question
    resumed = true;
  }
  send(welcome_message(session_, resumed, state_.bot.welcome_suggestions(article_),
                       state_.bot.article_title(article_), state_.questions != nullptr));
}

void WebSocketSession::handle_feedback(ClientMessage msg) {
  if (state_.questions == nullptr) {
    send(error_message(msg.id, "feedback_off", protocol_error_text("feedback_off")));
    return;
  }
  // Storing may wait for the log's queue: on the core pool, not the strand.
  state_.run_core(
      [self = shared_from_this(), executor = ws_.get_executor(), msg = std::move(msg)]() mutable {
        const bool ok = self->state_.questions->feedback(msg.answer, msg.feedback, msg.comment);
        auto reply = std::make_shared<const std::string>(
            ok ? feedback_message(msg.answer)
               : error_message(msg.id, "unknown_answer", protocol_error_text("unknown_answer")));
        net::post(executor, [self = std::move(self), reply = std::move(reply)]() mutable {
          self->enqueue(std::move(reply));
        });
      });
}

void WebSocketSession::next_ask() {
  if (closing_) asks_.clear();  // nobody is left to read the answers
  if (asks_.empty()) return;
  asking_ = true;
  PendingAsk& ask = asks_.front();
  // The question runs on the core pool; only its result comes back to the
  // strand. Copies, because the session may change while it runs (hello).
  // The connection holds its conversation's context between questions: a
  // shared store (Redis) is read at the first question of a connection,
  // or after a hello, and written after every answer, so that another
  // replica resuming the session finds it current. (The questions of one
  // connection run one at a time, so the held context is never shared.)
  std::optional<Context> held = std::move(context_);
  context_.reset();
  state_.run_core([self = shared_from_this(), executor = ws_.get_executor(), session = session_,
                   held = std::move(held), id = ask.id, text = ask.text, article = ask.article,
                   received = ask.received]() mutable {
    Context context = held ? std::move(*held) : self->state_.bot.load_session(session);
    Answer answer = self->state_.bot.ask(context, text, article);
    self->state_.bot.save_session(session, context);
    if (self->state_.questions != nullptr)
      self->state_.questions->record({"websocket", session, article, text}, answer);
    auto message = std::make_shared<const std::string>(answer_message(id, answer));
    net::post(executor,
              [self = std::move(self), message = std::move(message), found = answer.found, received,
               session = std::move(session), context = std::move(context)]() mutable {
                // Kept only if the connection still speaks for that session (no
                // hello or takeover came in the meantime).
                if (session == self->session_) self->context_ = std::move(context);
                self->on_answer(std::move(message), found, received);
              });
  });
}

void WebSocketSession::on_answer(std::shared_ptr<const std::string> message, bool found,
                                 Clock::time_point received) {
  state_.metrics.question(Channel::kWebSocket, found, Clock::now() - received);
  asking_ = false;
  if (!asks_.empty()) asks_.pop_front();
  enqueue(std::move(message));
  next_ask();
  maybe_finish_close();
}

void WebSocketSession::send(std::string message) {
  enqueue(std::make_shared<const std::string>(std::move(message)));
}

void WebSocketSession::enqueue(std::shared_ptr<const std::string> message) {
  if (closing_) return;
  if (queued_bytes_ + message->size() > state_.config.ws_write_queue_max) {
    // The client does not read what it asks for. Dropping it is the only
    // way to bound memory; a close frame would queue behind the backlog.
    state_.metrics.reject(Reject::kSlowConsumer);
    closing_ = true;
    log_close("slow_consumer");
    beast::get_lowest_layer(ws_).close();
    return;
  }
  queued_bytes_ += message->size();
  write_queue_.push_back(std::move(message));
  if (write_queue_.size() == 1) do_write();
}

void WebSocketSession::do_write() {
  ws_.async_write(net::buffer(*write_queue_.front()),
                  beast::bind_front_handler(&WebSocketSession::on_write, shared_from_this()));
}

void WebSocketSession::on_write(beast::error_code ec, size_t) {
  queued_bytes_ -= write_queue_.front()->size();
  write_queue_.pop_front();
  if (ec) {
    closing_ = true;
    write_queue_.clear();
    queued_bytes_ = 0;
    return;
  }
  if (!write_queue_.empty() && !closing_) {
    do_write();
    return;
  }
  maybe_finish_close();
}

void WebSocketSession::shutdown() {
  net::post(ws_.get_executor(), [self = shared_from_this()] {
    self->draining_ = true;
    self->maybe_finish_close();
  });
}

void WebSocketSession::session_taken_over() {
  net::post(ws_.get_executor(), [self = shared_from_this()] {
    // Questions not yet started would run in the other connection's context.
    while (self->asks_.size() > (self->asking_ ? 1u : 0u)) self->asks_.pop_back();
    self->session_ = new_session_id();  // never answer from the taken context again
    self->context_.reset();
    self->drain_code_ = websocket::close_code::policy_error;
    self->draining_ = true;
    self->maybe_finish_close();
  });
}

void WebSocketSession::maybe_finish_close() {
  if (!draining_ || closing_ || !accepted_ || asking_ || !asks_.empty() || !write_queue_.empty()) {
    return;
  }
  close(drain_code_, drain_code_ == websocket::close_code::going_away
                         ? "server shutting down"
                         : "session resumed elsewhere");
}

void WebSocketSession::close(websocket::close_code code, const char* reason) {
  closing_ = true;
  ws_.async_close(websocket::close_reason(code, reason),
                  beast::bind_front_handler(&WebSocketSession::on_close, shared_from_this()));
}

void WebSocketSession::on_close(beast::error_code) {
  log_close(drain_code_ == websocket::close_code::going_away ? "going_away" : "taken_over");
}

void WebSocketSession::log_close(const char* reason) {
  if (close_logged_ || !accepted_) return;
  close_logged_ = true;
  if (!state_.log.enabled()) return;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - opened_).count();
  state_.log.write({{"event", "ws_close"},
                    {"conn", id_},
                    {"reason", reason},
                    {"messages", messages_},
                    {"ms", ms}});
}

}  // namespace tanya::server
