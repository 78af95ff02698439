// The webhooks service behind Webhooks::create(), with its dependencies made
// explicit so that tests can freeze the clock (Slack's replay window), shrink
// the outbox backoff and answer with a scripted bot.
#ifndef TANYA_CHANNELS_SERVICE_H_
#define TANYA_CHANNELS_SERVICE_H_

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bot/answer.h"
#include "bot/context.h"
#include "channels/outbox.h"
#include "channels/settings.h"
#include "channels/state_store.h"
#include "channels/webhooks.h"

namespace tanya {
class Bot;
}

namespace tanya::channels {

// What the webhooks need from the bot. Each function must be thread-safe.
// `article` scopes a channel's questions to one article (its slug, Bot::ask),
// "" for the whole site.
struct BotHooks {
  std::function<Answer(Context& context, std::string_view question, std::string_view article)> ask;
  std::function<std::vector<std::string>(std::string_view article)> welcome_suggestions;
  // True when the corpus has the article (a channel's default is checked at start).
  std::function<bool(std::string_view article)> has_article;
  // Told of every question answered (once per platform event, after its
  // turn is committed), for the question log; may be empty.
  AskedHook asked;
};

// Hooks onto a real Bot, which must outlive the service.
BotHooks bot_hooks(const Bot& bot);

struct ServiceOptions {
  Settings settings;                              // the TANYA_* values
  std::string state_path;                         // SQLite state file (used when `store` is null)
  std::shared_ptr<StateStore> store;              // a store to use instead of opening state_path
  NowMs now_ms;                                   // wall clock in ms; empty: the system clock
  OutboxOptions outbox;                           // retry policy
  std::chrono::milliseconds http_timeout{10000};  // each outbound call
  std::string extra_ca_pem;                       // CA certificates trusted besides the system's
};

// Outbox policy, timeout and extra CAs from TANYA_OUTBOX_*,
// TANYA_OUTBOUND_TIMEOUT_MS and TANYA_OUTBOUND_CA_FILE.
bool apply_tuning(const Settings& settings, ServiceOptions* options, std::string* error);

// A service with every channel that `options.settings` configures. Opens the
// state store only when at least one channel is on. nullptr and *error when
// a channel is partly configured or the store cannot be opened.
std::unique_ptr<Webhooks> make_webhooks(BotHooks bot, ServiceOptions options, std::string* error);

// Each channel's name, in documentation order, with its state under
// `settings`: "configured", "off (404)", or the error a partial
// configuration makes `tanya serve` stop with (for `tanya channels`).
std::vector<std::pair<std::string, std::string>> channel_status(const Settings& settings);

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_SERVICE_H_
