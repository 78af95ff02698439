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

class Webhooks {
 public:
  // Reads the TANYA_* environment variables (or `config_path`, a JSON file,
  // when not empty); `state` is "" (SQLite file next to the index) or a URL.
  // `index_path` is the index in use: with no state given, the state
  // database goes next to it (tanya-webhooks.db).
  static std::unique_ptr<Webhooks> create(Bot& bot, const std::string& state_path,
                                          const std::string& config_path, std::string* error,
                                          const std::string& index_path = "");
  virtual ~Webhooks() = default;

  // True for the paths this module serves ("/webhook/...", "/webhooks/rest/webhook").
  static bool owns(std::string_view path);

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
