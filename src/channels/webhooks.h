// Messaging-platform webhooks (Telegram, WhatsApp, Slack, LINE, Messenger and
// a Rasa-compatible generic JSON channel) over the one Bot core. Owned by the
// webhook work (issue 5). The HTTP server hands every request whose path
// owns() accepts to handle(), with the raw body bytes, and sends back the
// response; replies that go out through platform APIs leave from a durable
// outbox on the module's own worker thread.
#ifndef TANYA_CHANNELS_WEBHOOKS_H_
#define TANYA_CHANNELS_WEBHOOKS_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>

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

  // Thread-safe. Verifies the signature over the raw body before parsing.
  virtual HttpResponse handle(const HttpRequest& request) = 0;

  // Starts and stops the outbox delivery worker.
  virtual void start() = 0;
  virtual void stop() = 0;

  // Prometheus text lines for /metrics.
  virtual std::string metrics_text() const = 0;
};

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_WEBHOOKS_H_
