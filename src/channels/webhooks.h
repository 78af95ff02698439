// Messaging-platform webhooks (Telegram, WhatsApp, Slack, LINE, Messenger and
// a Rasa-compatible generic JSON channel) over the one Bot core. The HTTP
// server hands every request whose path owns() accepts to check(), with the
// raw body bytes, then what passes to answer(), and sends back the response;
// replies that go out through platform APIs leave from a durable outbox on
// the module's own worker thread.
#ifndef TANYA_CHANNELS_WEBHOOKS_H_
#define TANYA_CHANNELS_WEBHOOKS_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "bot/answer.h"

namespace tanya {
class Bot;
}

namespace tanya::channels {

struct HttpRequest {
  std::string method;                          // "GET", "POST"
  std::string target;                          // path and query: "/webhook/whatsapp?hub.mode=..."
  std::map<std::string, std::string> headers;  // names lowercased
  std::string body;                            // raw bytes, exactly as received
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

class StateStore;

// A request after Webhooks::check(): either its response is settled (refused,
// a handshake, nothing to answer) or it carries messages still to answer.
// Move-only.
class CheckedRequest {
 public:
  // What an implementation keeps between check() and answer() (the channel
  // and its messages); the server only carries it.
  struct Pending {
    virtual ~Pending() = default;
  };

  explicit CheckedRequest(HttpResponse settled);
  explicit CheckedRequest(std::unique_ptr<Pending> pending);
  CheckedRequest(CheckedRequest&&) noexcept;
  CheckedRequest& operator=(CheckedRequest&&) noexcept;
  ~CheckedRequest();

  // Set when nothing is left to answer: send this.
  const std::optional<HttpResponse>& settled() const { return settled_; }
  Pending* pending() { return pending_.get(); }

 private:
  std::optional<HttpResponse> settled_;
  std::unique_ptr<Pending> pending_;
};

// Called with each question a channel answered: the channel's name, the
// chat (a platform user or conversation id, to be hashed before it is
// kept), the article in scope, the question and the answer.
using AskedHook =
    std::function<void(std::string_view channel, std::string_view chat, std::string_view article,
                       std::string_view question, const Answer& answer)>;

struct WebhooksSetup {
  // JSON file with the TANYA_* settings; empty: the environment.
  std::string config_path;
  // SQLite state: a path or a sqlite: URL; empty: TANYA_WEBHOOK_STATE, else
  // tanya-webhooks.db next to `index_path` (the index in use).
  std::string state_path;
  std::string index_path;
  // A store the caller opened (shared by replicas: `--state redis://`);
  // when set, state_path is not used.
  std::shared_ptr<StateStore> store;
  AskedHook asked;  // may be empty
};

class Webhooks {
 public:
  static std::unique_ptr<Webhooks> create(Bot& bot, const WebhooksSetup& setup, std::string* error);
  virtual ~Webhooks() = default;

  // True for the paths this module serves ("/webhook/...", "/webhooks/rest/webhook").
  static bool owns(std::string_view path);

  // True when a configured channel answers on `path`. The server asks this
  // from a request's header, so a delivery to a channel that is not set up
  // is refused before its body is read. Thread-safe.
  virtual bool serves(std::string_view path) const = 0;

  // Thread-safe, and never asks the bot: verifies the signature over the
  // raw body, then parses it. This is all a forged or malformed delivery
  // costs, so the server runs it off the threads that answer questions.
  virtual CheckedRequest check(const HttpRequest& request) = 0;

  // Thread-safe: answers the messages of a request that check() let
  // through (Bot::ask, the state store), and returns the response. A
  // settled request is returned as it is.
  virtual HttpResponse answer(CheckedRequest request) = 0;

  // check(), then answer(): both steps on the calling thread.
  HttpResponse handle(const HttpRequest& request) { return answer(check(request)); }

  // Starts and stops the outbox delivery worker.
  virtual void start() = 0;
  virtual void stop() = 0;

  // Prometheus text lines for /metrics.
  virtual std::string metrics_text() const = 0;
};

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_WEBHOOKS_H_
