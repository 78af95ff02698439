#include "channels/channels_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <sstream>

#include "base/strings.h"
#include "channels/service.h"
#include "channels/settings.h"

namespace tanya::channels {
namespace {

struct Platform {
  const char* name;
  const char* title;
  const char* path;
  const char* variables;
  const char* setup;  // {url} is replaced by the webhook URL
};

constexpr Platform kPlatforms[] = {
    {"telegram", "Telegram", "/webhook/telegram",
     "TANYA_TELEGRAM_SECRET_TOKEN (required), TANYA_TELEGRAM_BOT_TOKEN (replies through the Bot "
     "API with retries; without it replies go inline), TANYA_TELEGRAM_API_BASE",
     "curl -sS \"https://api.telegram.org/bot$TANYA_TELEGRAM_BOT_TOKEN/setWebhook\" \\\n"
     "  -d url={url} -d secret_token=\"$TANYA_TELEGRAM_SECRET_TOKEN\" \\\n"
     "  -d 'allowed_updates=[\"message\",\"callback_query\"]'"},
    {"whatsapp", "WhatsApp Cloud API", "/webhook/whatsapp",
     "TANYA_WHATSAPP_APP_SECRET, TANYA_WHATSAPP_VERIFY_TOKEN, TANYA_WHATSAPP_ACCESS_TOKEN "
     "(all required), TANYA_GRAPH_API_BASE",
     "curl -sS -X POST \"https://graph.facebook.com/v21.0/$META_APP_ID/subscriptions\" \\\n"
     "  -d object=whatsapp_business_account -d fields=messages -d callback_url={url} \\\n"
     "  -d verify_token=\"$TANYA_WHATSAPP_VERIFY_TOKEN\" \\\n"
     "  -d access_token=\"$META_APP_ID|$TANYA_WHATSAPP_APP_SECRET\""},
    {"messenger", "Facebook Messenger", "/webhook/messenger",
     "TANYA_MESSENGER_APP_SECRET, TANYA_MESSENGER_VERIFY_TOKEN, TANYA_MESSENGER_PAGE_TOKEN "
     "(all required), TANYA_GRAPH_API_BASE",
     "curl -sS -X POST \"https://graph.facebook.com/v21.0/$META_APP_ID/subscriptions\" \\\n"
     "  -d object=page -d fields=messages,messaging_postbacks -d callback_url={url} \\\n"
     "  -d verify_token=\"$TANYA_MESSENGER_VERIFY_TOKEN\" \\\n"
     "  -d access_token=\"$META_APP_ID|$TANYA_MESSENGER_APP_SECRET\""},
    {"slack", "Slack Events API", "/webhook/slack",
     "TANYA_SLACK_SIGNING_SECRET, TANYA_SLACK_BOT_TOKEN (both required), TANYA_SLACK_API_BASE",
     "curl -sS https://slack.com/api/apps.manifest.update \\\n"
     "  -H \"Authorization: Bearer $SLACK_CONFIG_TOKEN\" --data-urlencode app_id=\"$SLACK_APP_ID\" "
     "\\\n"
     "  --data-urlencode 'manifest={\"display_information\":{\"name\":\"Tanya\"},"
     "\"features\":{\"bot_user\":{\"display_name\":\"Tanya\"}},"
     "\"oauth_config\":{\"scopes\":{\"bot\":[\"chat:write\",\"app_mentions:read\",\"im:history\"]}}"
     ","
     "\"settings\":{\"event_subscriptions\":{\"request_url\":\"{url}\","
     "\"bot_events\":[\"app_mention\",\"message.im\"]}}}'"},
    {"line", "LINE Messaging API", "/webhook/line",
     "TANYA_LINE_CHANNEL_SECRET, TANYA_LINE_ACCESS_TOKEN (both required), TANYA_LINE_API_BASE",
     "curl -sS -X PUT https://api.line.me/v2/bot/channel/webhook/endpoint \\\n"
     "  -H \"Authorization: Bearer $TANYA_LINE_ACCESS_TOKEN\" -H 'Content-Type: application/json' "
     "\\\n"
     "  -d '{\"endpoint\":\"{url}\"}'"},
    {"rest", "Generic JSON (Rasa REST)", "/webhooks/rest/webhook", "TANYA_REST_TOKEN (required)",
     "curl -sS {url} -H \"Authorization: Bearer $TANYA_REST_TOKEN\" \\\n"
     "  -H 'Content-Type: application/json' -d '{\"sender\":\"demo\",\"message\":\"Halo\"}'"},
};

}  // namespace

std::string channels_report(const std::string& public_url, const std::string& config_path) {
  std::ostringstream out;
  Settings settings;
  std::string error;
  if (!load_settings(config_path, &settings, &error)) {
    out << "error: " << error << "\n";
    return out.str();
  }
  std::string base = public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  auto status = channel_status(settings);
  for (const Platform& platform : kPlatforms) {
    std::string state;
    for (const auto& [name, text] : status) {
      if (name == platform.name) state = text;
    }
    std::string url = base + platform.path;
    out << platform.title << " [" << platform.name << "]: " << state << "\n  webhook:   " << url
        << "\n  variables: " << platform.variables << "\n  setup:\n    "
        << replace_all(replace_all(platform.setup, "{url}", url), "\n", "\n    ") << "\n\n";
  }
  ServiceOptions options;
  if (!apply_tuning(settings, &options, &error)) out << "error: " << error << "\n";
  return out.str();
}

void add_channels_command(CLI::App& app) {
  auto* command = app.add_subcommand(
      "channels", "Show which messaging webhooks are configured and how to register them");
  auto url = std::make_shared<std::string>();
  auto config = std::make_shared<std::string>();
  if (const char* env = std::getenv("TANYA_PUBLIC_URL")) *url = env;
  if (url->empty()) *url = "https://bot.example.com";
  command->add_option("--url", *url,
                      "Public HTTPS address of `tanya serve` (or $TANYA_PUBLIC_URL)");
  command->add_option("--config", *config,
                      "JSON file with TANYA_* settings (the environment wins)");
  command->callback([url, config] { std::cout << channels_report(*url, *config); });
}

}  // namespace tanya::channels
