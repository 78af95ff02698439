// One WebSocket chat connection (after the HTTP upgrade). Everything it does
// runs on its own strand: one pending read, one write at a time from a
// bounded queue, and questions answered one at a time, in order, on the core
// pool. The session keeps itself alive through the handlers it has pending
// and ends when the last one completes.
#ifndef TANYA_SERVER_WEBSOCKET_SESSION_H_
#define TANYA_SERVER_WEBSOCKET_SESSION_H_

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <chrono>
#include <deque>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "bot/context.h"
#include "server/message_clock.h"
#include "server/protocol.h"
#include "server/rate_limiter.h"
#include "server/server_state.h"

namespace tanya::server {

class WebSocketSession : public Connection,
                         public ReadObserver,
                         public std::enable_shared_from_this<WebSocketSession> {
 public:
  using Request = boost::beast::http::request<boost::beast::http::string_body>;

  // Takes over a socket whose upgrade request has been read and accepted
  // (origin and connection limit already checked). `client`: the reader's
  // address for the log with --trust-proxy (forwarded.h), else empty.
  // `lease`: the connection as counted against its client's address.
  WebSocketSession(boost::asio::ip::tcp::socket&& socket, ServerState& state, std::string remote,
                   std::string client, AddressCounter::Lease lease);
  ~WebSocketSession() override;

  // Completes the handshake with `request` and starts the read loop.
  void run(Request request);

  void shutdown() override;
  void session_taken_over() override;

 private:
  using Clock = std::chrono::steady_clock;
  struct PendingAsk {
    nlohmann::json id;
    std::string text;
    std::string article;  // the scope it is asked in, "" for the whole site
    Clock::time_point received;
  };

  // Under the WebSocket layer, on the strand: times each message (MessageClock).
  void on_bytes_read(size_t n) override;
  void on_message_timer(boost::beast::error_code ec, uint64_t message);

  void on_accept(boost::beast::error_code ec);
  void do_read();
  void on_read(boost::beast::error_code ec, size_t bytes);
  void handle_message(std::string_view frame);
  void handle_hello(const std::string& session, const std::string& article);
  void handle_feedback(ClientMessage msg);
  void next_ask();
  void on_answer(std::shared_ptr<const std::string> message, bool found,
                 Clock::time_point received);
  void send(std::string message);
  // Queues a message; drops the connection when the queue exceeds its cap.
  void enqueue(std::shared_ptr<const std::string> message);
  void do_write();
  void on_write(boost::beast::error_code ec, size_t bytes);
  void maybe_finish_close();
  void close(boost::beast::websocket::close_code code, const char* reason);
  void on_close(boost::beast::error_code ec);
  void log_close(const char* reason);

  using Stream =
      boost::beast::basic_stream<boost::asio::ip::tcp, boost::asio::any_io_executor, ReadWatch>;
  boost::beast::websocket::stream<Stream> ws_;
  MessageClock clock_;
  boost::asio::steady_timer message_timer_;
  boost::beast::flat_buffer buffer_;
  ServerState& state_;
  const std::string remote_;
  const std::string client_;
  AddressCounter::Lease lease_;
  uint64_t id_ = 0;
  std::string session_;
  // The conversation's context between questions (none before the first,
  // or while a question runs): see next_ask().
  std::optional<Context> context_;
  std::string
      article_;  // the connection's scope (hello), "" for the whole site  // conversation id
  TokenBucket bucket_;
  Clock::time_point opened_;
  uint64_t messages_ = 0;

  std::deque<std::shared_ptr<const std::string>> write_queue_;  // front() is being written
  size_t queued_bytes_ = 0;
  std::deque<PendingAsk> asks_;  // front() is on the core pool when asking_
  bool asking_ = false;

  bool accepted_ = false;  // handshake done
  bool draining_ = false;  // shutting down: finish answers, then close with 1001
  bool closing_ = false;   // close started (or the stream is dead): no more writes
  bool close_logged_ = false;
  boost::beast::websocket::close_code drain_code_ = boost::beast::websocket::close_code::going_away;
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_WEBSOCKET_SESSION_H_
