// Channel configuration: the TANYA_* variables, read from the environment
// and optionally from a JSON config file ({"TANYA_SLACK_SIGNING_SECRET": "..."}).
// The environment wins, so a deployment can override a file's value. Secrets
// live only here, never in code or in the state database.
#ifndef TANYA_CHANNELS_SETTINGS_H_
#define TANYA_CHANNELS_SETTINGS_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tanya::channels {

using Settings = std::map<std::string, std::string, std::less<>>;

// Every variable the channels read, in documentation order.
const std::vector<std::string_view>& setting_names();

// Reads `config_path` (when not empty) then the environment. Unknown keys in
// the file are an error (a typo must not silently switch a channel off).
bool load_settings(const std::string& config_path, Settings* settings, std::string* error);

// The value of `name`, or `fallback` when unset or empty.
std::string setting(const Settings& settings, std::string_view name,
                    std::string_view fallback = {});

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_SETTINGS_H_
