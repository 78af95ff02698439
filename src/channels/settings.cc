#include "channels/settings.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace tanya::channels {

const std::vector<std::string_view>& setting_names() {
  static const std::vector<std::string_view> kNames = {
      "TANYA_TELEGRAM_SECRET_TOKEN",
      "TANYA_TELEGRAM_BOT_TOKEN",
      "TANYA_TELEGRAM_API_BASE",
      "TANYA_WHATSAPP_VERIFY_TOKEN",
      "TANYA_WHATSAPP_APP_SECRET",
      "TANYA_WHATSAPP_ACCESS_TOKEN",
      "TANYA_GRAPH_API_BASE",
      "TANYA_MESSENGER_VERIFY_TOKEN",
      "TANYA_MESSENGER_APP_SECRET",
      "TANYA_MESSENGER_PAGE_TOKEN",
      "TANYA_SLACK_SIGNING_SECRET",
      "TANYA_SLACK_BOT_TOKEN",
      "TANYA_SLACK_API_BASE",
      "TANYA_LINE_CHANNEL_SECRET",
      "TANYA_LINE_ACCESS_TOKEN",
      "TANYA_LINE_API_BASE",
      "TANYA_REST_TOKEN",
      // Each channel's default article (its slug); unset: site-wide.
      "TANYA_TELEGRAM_ARTICLE",
      "TANYA_WHATSAPP_ARTICLE",
      "TANYA_MESSENGER_ARTICLE",
      "TANYA_SLACK_ARTICLE",
      "TANYA_LINE_ARTICLE",
      "TANYA_REST_ARTICLE",
      // Operations: where the state lives and how the outbox retries.
      "TANYA_WEBHOOK_STATE",
      "TANYA_OUTBOX_MAX_ATTEMPTS",
      "TANYA_OUTBOX_BACKOFF_MS",
      "TANYA_OUTBOX_MAX_BACKOFF_MS",
      "TANYA_OUTBOX_LEASE_MS",
      "TANYA_OUTBOUND_TIMEOUT_MS",
      "TANYA_OUTBOUND_CA_FILE",
  };
  return kNames;
}

bool load_settings(const std::string& config_path, Settings* settings, std::string* error) {
  if (!config_path.empty()) {
    std::ifstream in(config_path, std::ios::binary);
    if (!in) {
      *error = "cannot read config file " + config_path;
      return false;
    }
    std::stringstream text;
    text << in.rdbuf();
    auto json = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object()) {
      *error = config_path + ": expected a JSON object of TANYA_* settings";
      return false;
    }
    const auto& names = setting_names();
    for (const auto& [key, value] : json.items()) {
      if (std::find(names.begin(), names.end(), key) == names.end()) {
        *error = config_path + ": unknown setting " + key;
        return false;
      }
      if (value.is_string()) {
        (*settings)[key] = value.get<std::string>();
      } else if (value.is_number()) {
        (*settings)[key] = value.dump();
      } else {
        *error = config_path + ": " + key + " must be a string";
        return false;
      }
    }
  }
  for (std::string_view name : setting_names()) {
    if (const char* value = std::getenv(std::string(name).c_str()); value && *value) {
      (*settings)[std::string(name)] = value;
    }
  }
  return true;
}

std::string setting(const Settings& settings, std::string_view name, std::string_view fallback) {
  auto it = settings.find(name);
  if (it == settings.end() || it->second.empty()) return std::string(fallback);
  return it->second;
}

}  // namespace tanya::channels
