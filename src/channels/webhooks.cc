// The shared webhook flow: route by path, let the channel authenticate and
// extract messages, then for each message, under a per-chat lock:
// deduplicate, answer in the stored context, and commit {event id, new
// context, queued replies} in one transaction before acknowledging. A crash
// before the commit makes the platform retry (nothing lost); a retry after it
// is recognised as a duplicate (nothing answered twice).
#include "channels/webhooks.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "bot/bot.h"
#include "bot/runtime.h"
#include "channels/channel.h"
#include "channels/http_client.h"
#include "channels/log.h"
#include "channels/service.h"
#include "channels/sqlite_state_store.h"

namespace tanya::channels {

CheckedRequest::CheckedRequest(HttpResponse settled) : settled_(std::move(settled)) {}
CheckedRequest::CheckedRequest(std::unique_ptr<Pending> pending) : pending_(std::move(pending)) {}
CheckedRequest::CheckedRequest(CheckedRequest&&) noexcept = default;
CheckedRequest& CheckedRequest::operator=(CheckedRequest&&) noexcept = default;
CheckedRequest::~CheckedRequest() = default;

namespace {

constexpr int64_t kDedupKeepMs = int64_t{7} * 24 * 3600 * 1000;  // Meta retries for up to 7 days
constexpr int64_t kExpiryEveryMs = int64_t{3600} * 1000;

int64_t system_now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// A request that passed its channel's check.
struct Accepted final : CheckedRequest::Pending {
  Accepted(size_t c, std::vector<Message> m) : channel(c), messages(std::move(m)) {}
  size_t channel;  // index in the service's channels
  std::vector<Message> messages;
};

using Factory = std::unique_ptr<Channel> (*)(const Settings&, std::string*);
constexpr std::pair<const char*, Factory> kFactories[] = {
    {"telegram", make_telegram}, {"whatsapp", make_whatsapp}, {"messenger", make_messenger},
    {"slack", make_slack},       {"line", make_line},         {"rest", make_rest},
};

// Per-channel counters for /metrics.
struct Counters {
  std::atomic<int64_t> answered{0};
  std::atomic<int64_t> duplicate{0};
  std::atomic<int64_t> unauthorized{0};
  std::atomic<int64_t> rejected{0};  // other 4xx: bad JSON, failed handshake, wrong method
  std::atomic<int64_t> error{0};     // 5xx: the store failed, the platform will retry
};

enum class Outcome { kAnswered, kDuplicate, kError };

class Service final : public Webhooks {
 public:
  Service(BotHooks bot, NowMs now_ms, std::chrono::milliseconds timeout,
          const std::string& extra_ca_pem)
      : bot_(std::move(bot)), now_ms_(std::move(now_ms)), http_(timeout, extra_ca_pem) {}

  ~Service() override { stop(); }

  // `articles`: each channel's default article by channel name (absent:
  // site-wide).
  bool init(std::vector<std::unique_ptr<Channel>> channels, std::shared_ptr<StateStore> store,
            const OutboxOptions& outbox_options, std::map<std::string, std::string> articles) {
    channels_ = std::move(channels);
    articles_ = std::move(articles);
    counters_ = std::vector<Counters>(channels_.size());
    store_ = std::move(store);
    if (store_) {
      outbox_ = std::make_unique<Outbox>(
          *store_, [this](const OutboxMessage& m) { return deliver(m); }, outbox_options, now_ms_);
    }
    return true;
  }

  bool serves(std::string_view path) const override {
    return std::any_of(channels_.begin(), channels_.end(),
                       [&](const auto& channel) { return channel->path() == path; });
  }

  CheckedRequest check(const HttpRequest& request) override {
    std::string_view path = std::string_view(request.target).substr(0, request.target.find('?'));
    size_t index = 0;
    while (index < channels_.size() && channels_[index]->path() != path) ++index;
    if (index == channels_.size()) return CheckedRequest(error_response(404, "not_found"));
    const Channel& channel = *channels_[index];
    Counters& counters = counters_[index];
    // A fault in one delivery (a parser or a platform call that throws) must
    // cost that delivery only, never the process that serves every channel:
    // it is logged, counted and answered 500, so the platform retries it.
    try {
      Intake intake = channel.accept(request, now_ms_());
      if (intake.response) {
        int status = intake.response->status;
        if (status == 401)
          ++counters.unauthorized;
        else if (status >= 400)
          ++counters.rejected;
        return CheckedRequest(std::move(*intake.response));
      }
      return CheckedRequest(std::make_unique<Accepted>(index, std::move(intake.messages)));
    } catch (const std::exception& e) {
      return CheckedRequest(fault(channel, counters, e));
    }
  }

  HttpResponse answer(CheckedRequest request) override {
    if (request.settled()) return *request.settled();
    // Only check() makes the pending part of a request this service sees.
    auto& pending = static_cast<Accepted&>(*request.pending());
    const Channel& channel = *channels_.at(pending.channel);
    Counters& counters = counters_[pending.channel];
    try {
      return answer(channel, counters, pending.messages);
    } catch (const std::exception& e) {
      return fault(channel, counters, e);
    }
  }

 private:
  static HttpResponse fault(const Channel& channel, Counters& counters, const std::exception& e) {
    ++counters.error;
    log_event("webhook_error", {{"channel", channel.name()}, {"error", e.what()}});
    return error_response(500, "internal_error");
  }

  HttpResponse answer(const Channel& channel, Counters& counters,
                      const std::vector<Message>& messages) {
    expire_seen(now_ms_());
    std::vector<InlineReply> inline_replies;
    bool failed = false;
    bool queued = false;
    for (const Message& message : messages) {
      Answer reply;
      switch (process(channel, message, &reply)) {
        case Outcome::kAnswered:
          ++counters.answered;
          if (message.inline_reply) {
            inline_replies.push_back({&message, std::move(reply)});
          } else {
            queued = true;
          }
          break;
        case Outcome::kDuplicate:
          ++counters.duplicate;
          break;
        case Outcome::kError:
          failed = true;
          break;
      }
    }
    if (queued && outbox_) outbox_->wake();
    if (failed) {
      // The messages not committed are answered when the platform retries;
      // those committed are then recognised as duplicates.
      ++counters.error;
      return error_response(500, "state_unavailable");
    }
    return channel.respond(inline_replies);
  }

 public:
  void start() override {
    if (!outbox_) return;
    // Replies left over from before a restart go out first; say so.
    OutboxStats stats = store_->outbox_stats();
    if (stats.pending > 0 || stats.dead > 0) {
      log_event("webhook_outbox_resumed", {{"pending", stats.pending}, {"dead", stats.dead}});
    }
    outbox_->start();
  }
  void stop() override {
    if (outbox_) outbox_->stop();
  }

  std::string metrics_text() const override {
    std::ostringstream out;
    out << "# HELP tanya_webhook_messages_total Webhook requests and messages by channel and "
           "result.\n# TYPE tanya_webhook_messages_total counter\n";
    for (size_t i = 0; i < channels_.size(); ++i) {
      const Counters& c = counters_[i];
      for (auto [result, value] : {std::pair<const char*, int64_t>{"answered", c.answered},
                                   {"duplicate", c.duplicate},
                                   {"unauthorized", c.unauthorized},
                                   {"rejected", c.rejected},
                                   {"error", c.error}}) {
        out << "tanya_webhook_messages_total{channel=\"" << channels_[i]->name() << "\",result=\""
            << result << "\"} " << value << "\n";
      }
    }
    if (!outbox_) return out.str();
    OutboxStats stats = store_->outbox_stats();
    int64_t age = stats.oldest_pending_ms ? (now_ms_() - stats.oldest_pending_ms) / 1000 : 0;
    out << "# HELP tanya_outbox_pending Replies waiting for delivery.\n"
        << "# TYPE tanya_outbox_pending gauge\ntanya_outbox_pending " << stats.pending << "\n"
        << "# HELP tanya_outbox_dead Replies given up after the last retry (kept in the store).\n"
        << "# TYPE tanya_outbox_dead gauge\ntanya_outbox_dead " << stats.dead << "\n"
        << "# HELP tanya_outbox_oldest_pending_seconds Age of the oldest waiting reply.\n"
        << "# TYPE tanya_outbox_oldest_pending_seconds gauge\n"
        << "tanya_outbox_oldest_pending_seconds " << age << "\n"
        << "# HELP tanya_outbox_delivered_total Replies delivered since start.\n"
        << "# TYPE tanya_outbox_delivered_total counter\n"
        << "tanya_outbox_delivered_total " << outbox_->delivered_total() << "\n"
        << "# HELP tanya_outbox_failed_attempts_total Failed delivery attempts since start.\n"
        << "# TYPE tanya_outbox_failed_attempts_total counter\n"
        << "tanya_outbox_failed_attempts_total " << outbox_->failed_attempts_total() << "\n";
    return out.str();
  }

 private:
  Outcome process(const Channel& channel, const Message& message, Answer* answer) {
    // Messages of one chat are handled one at a time, so that a follow-up
    // sees the context its predecessor stored, and a concurrent retry of the
    // same event waits and is then seen as a duplicate.
    std::string key = std::string(channel.name()) + '\n' + message.chat;
    std::lock_guard<std::mutex> lock(stripes_[std::hash<std::string>()(key) % stripes_.size()]);
    if (!message.event_id.empty() && store_->seen(channel.name(), message.event_id)) {
      return Outcome::kDuplicate;
    }
    Context context;
    if (auto stored = store_->load_context(channel.name(), message.chat)) {
      context = context_from_json(parse_json(*stored));
    }
    try {
      *answer = compute(context, message, article_of(channel));
    } catch (const std::exception& e) {
      log_event("webhook_error", {{"channel", channel.name()}, {"error", e.what()}});
      return Outcome::kError;
    }
    Turn turn;
    turn.channel = std::string(channel.name());
    turn.chat = message.chat;
    turn.event_id = message.event_id;
    turn.context = dump_json(to_json(context));
    if (!message.inline_reply) turn.outbox = channel.replies(message, *answer);
    CommitResult result = store_->commit(turn, now_ms_());
    if (result == CommitResult::kCommitted && bot_.asked && !message.welcome && !answer->id.empty())
      bot_.asked(channel.name(), message.chat, article_of(channel), message.text, *answer);
    // One line per platform event handled, so that an operator can follow an
    // update from its delivery to its reply (webhook_reply_* lines).
    log_event("webhook_message", {{"channel", channel.name()},
                                  {"event_id", message.event_id},
                                  {"replies", turn.outbox.size()},
                                  {"result", result == CommitResult::kCommitted   ? "committed"
                                             : result == CommitResult::kDuplicate ? "duplicate"
                                                                                  : "error"}});
    switch (result) {
      case CommitResult::kCommitted:
        return Outcome::kAnswered;
      case CommitResult::kDuplicate:
        return Outcome::kDuplicate;
      case CommitResult::kError:
        break;
    }
    log_event("webhook_error",
              {{"channel", channel.name()}, {"error", "state store commit failed"}});
    return Outcome::kError;
  }

  std::string_view article_of(const Channel& channel) const {
    auto it = articles_.find(std::string(channel.name()));
    return it == articles_.end() ? std::string_view() : std::string_view(it->second);
  }

  Answer compute(Context& context, const Message& message, std::string_view article) const {
    Answer answer;
    if (message.welcome) {
      answer.text =
          "Halo! Saya Tanya. Tanyakan apa saja tentang artikel ini, misalnya salah satu "
          "pertanyaan berikut.";
      answer.intent = "greeting";
      answer.suggestions = bot_.welcome_suggestions(article);
      return answer;
    }
    if (std::optional<std::string> code = validate_question(message.text)) {
      answer.text = question_error_message(*code);
      answer.intent = "invalid";
      answer.suggestions = bot_.welcome_suggestions(article);
      return answer;
    }
    answer = bot_.ask(context, message.text, article);
    if (answer.text.empty()) answer.text = "Maaf, saya belum bisa menjawab pertanyaan itu.";
    return answer;
  }

  Delivery deliver(const OutboxMessage& message) {
    for (const auto& channel : channels_) {
      if (channel->name() == message.channel) {
        return channel->outcome(http_.post(channel->request(message)));
      }
    }
    Delivery delivery;
    delivery.error = "channel " + message.channel + " is not configured";
    return delivery;
  }

  void expire_seen(int64_t now) {
    int64_t last = last_expiry_ms_.load();
    if (now - last < kExpiryEveryMs || !last_expiry_ms_.compare_exchange_strong(last, now)) return;
    store_->expire_seen(now - kDedupKeepMs);
  }

  BotHooks bot_;
  std::map<std::string, std::string> articles_;  // channel name -> default article
  NowMs now_ms_;
  HttpClient http_;
  std::vector<std::unique_ptr<Channel>> channels_;
  std::vector<Counters> counters_;
  std::shared_ptr<StateStore> store_;
  std::unique_ptr<Outbox> outbox_;
  std::array<std::mutex, 64> stripes_;
  std::atomic<int64_t> last_expiry_ms_{0};
};

bool parse_number(const Settings& settings, std::string_view name, int64_t* value,
                  std::string* error) {
  std::string text = setting(settings, name);
  if (text.empty()) return true;
  int64_t parsed = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (ec != std::errc() || end != text.data() + text.size() || parsed < 0) {
    *error = std::string(name) + " must be a non-negative integer";
    return false;
  }
  *value = parsed;
  return true;
}

// "" (default file next to the index), a path, or a sqlite: URL.
bool resolve_state_path(const std::string& given, const std::string& index_path,
                        const Settings& settings, std::string* path, std::string* error) {
  std::string state = given.empty() ? setting(settings, "TANYA_WEBHOOK_STATE") : given;
  if (state.empty()) {
    std::filesystem::path index =
        index_path.empty() ? resolve_runtime(RuntimeOptions{}).index_path : index_path;
    *path = (index.parent_path() / "tanya-webhooks.db").string();
    return true;
  }
  if (state.rfind("sqlite://", 0) == 0) {
    *path = state.substr(9);
  } else if (state.rfind("sqlite:", 0) == 0) {
    *path = state.substr(7);
  } else if (state.find("://") != std::string::npos) {
    // Shared stores (redis://) are opened by `tanya serve --state`, which
    // shares them with the WebSocket sessions; here only SQLite is known.
    *error = "unsupported webhook state store " + state +
             " (give a redis:// URL to `tanya serve --state`; TANYA_WEBHOOK_STATE is for SQLite)";
    return false;
  } else {
    *path = state;
  }
  return true;
}

}  // namespace

BotHooks bot_hooks(const Bot& bot) {
  BotHooks hooks;
  hooks.ask = [&bot](Context& context, std::string_view question, std::string_view article) {
    return bot.ask(context, question, article);
  };
  hooks.welcome_suggestions = [&bot](std::string_view article) {
    return bot.welcome_suggestions(article);
  };
  hooks.has_article = [&bot](std::string_view article) { return bot.has_article(article); };
  return hooks;
}

bool apply_tuning(const Settings& settings, ServiceOptions* options, std::string* error) {
  int64_t attempts = options->outbox.max_attempts;
  int64_t backoff = options->outbox.base_backoff.count();
  int64_t max_backoff = options->outbox.max_backoff.count();
  int64_t timeout = options->http_timeout.count();
  int64_t lease = options->outbox.lease.count();
  if (!parse_number(settings, "TANYA_OUTBOX_MAX_ATTEMPTS", &attempts, error) ||
      !parse_number(settings, "TANYA_OUTBOX_LEASE_MS", &lease, error) ||
      !parse_number(settings, "TANYA_OUTBOX_BACKOFF_MS", &backoff, error) ||
      !parse_number(settings, "TANYA_OUTBOX_MAX_BACKOFF_MS", &max_backoff, error) ||
      !parse_number(settings, "TANYA_OUTBOUND_TIMEOUT_MS", &timeout, error)) {
    return false;
  }
  options->outbox.max_attempts = static_cast<int>(std::max<int64_t>(attempts, 1));
  options->outbox.base_backoff = std::chrono::milliseconds(backoff);
  options->outbox.max_backoff = std::chrono::milliseconds(std::max(max_backoff, backoff));
  // How long a reply claimed by a replica that then died waits before
  // another replica sends it (raised below to outlast one HTTP call).
  options->outbox.lease = std::chrono::milliseconds(lease);
  options->http_timeout = std::chrono::milliseconds(std::max<int64_t>(timeout, 1));
  if (std::string ca_file = setting(settings, "TANYA_OUTBOUND_CA_FILE"); !ca_file.empty()) {
    std::ifstream in(ca_file, std::ios::binary);
    std::stringstream pem;
    pem << in.rdbuf();
    if (!in || pem.str().find("-----BEGIN CERTIFICATE-----") == std::string::npos) {
      *error = "TANYA_OUTBOUND_CA_FILE=" + ca_file + ": not a readable PEM certificate file";
      return false;
    }
    options->extra_ca_pem = pem.str();
  }
  return true;
}

std::unique_ptr<Webhooks> make_webhooks(BotHooks bot, ServiceOptions options, std::string* error) {
  std::vector<std::unique_ptr<Channel>> channels;
  std::map<std::string, std::string> articles;
  for (const auto& [name, factory] : kFactories) {
    std::string why;
    std::unique_ptr<Channel> channel = factory(options.settings, &why);
    if (!why.empty()) {
      *error = why;
      return nullptr;
    }
    // TANYA_<CHANNEL>_ARTICLE: the article the channel's chats are about
    // (its slug); unset, the channel answers site-wide.
    std::string key = "TANYA_" + std::string(name) + "_ARTICLE";
    for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (std::string article = setting(options.settings, key); !article.empty()) {
      if (bot.has_article && !bot.has_article(article)) {
        *error = key + "=" + article + ": no such article in the corpus";
        return nullptr;
      }
      articles[name] = article;
    }
    if (channel) channels.push_back(std::move(channel));
  }
  if (!options.now_ms) options.now_ms = system_now_ms;
  // A claim must outlast the call it is for, or another worker could start
  // the same delivery while the first is still waiting for an answer.
  options.outbox.lease =
      std::max(options.outbox.lease, 2 * options.http_timeout + std::chrono::seconds(1));
  auto service = std::make_unique<Service>(std::move(bot), options.now_ms, options.http_timeout,
                                           options.extra_ca_pem);
  std::shared_ptr<StateStore> store = options.store;
  if (!channels.empty() && !store) {
    std::filesystem::path parent = std::filesystem::path(options.state_path).parent_path();
    std::error_code ignored;  // a failure shows when the database is opened
    if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
    std::unique_ptr<StateStore> opened = open_sqlite_state_store(options.state_path, error);
    if (!opened) return nullptr;
    store = std::move(opened);
  }
  service->init(std::move(channels), std::move(store), options.outbox, std::move(articles));
  return service;
}

std::vector<std::pair<std::string, std::string>> channel_status(const Settings& settings) {
  std::vector<std::pair<std::string, std::string>> status;
  for (const auto& [name, factory] : kFactories) {
    std::string why;
    bool on = factory(settings, &why) != nullptr;
    status.emplace_back(name, on ? "configured" : why.empty() ? "off (404)" : "error: " + why);
  }
  return status;
}

std::unique_ptr<Webhooks> Webhooks::create(Bot& bot, const WebhooksSetup& setup,
                                           std::string* error) {
  ServiceOptions options;
  options.store = setup.store;
  if (!load_settings(setup.config_path, &options.settings, error) ||
      !apply_tuning(options.settings, &options, error) ||
      (!options.store && !resolve_state_path(setup.state_path, setup.index_path, options.settings,
                                             &options.state_path, error))) {
    return nullptr;
  }
  BotHooks hooks = bot_hooks(bot);
  hooks.asked = setup.asked;
  return make_webhooks(std::move(hooks), std::move(options), error);
}

bool Webhooks::owns(std::string_view path) {
  return path.rfind("/webhook/", 0) == 0 || path.rfind("/webhooks/", 0) == 0;
}

}  // namespace tanya::channels
