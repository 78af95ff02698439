#include "server/server_config.h"

#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace tanya::server {
namespace {

using json = nlohmann::json;

// One setter per key: each checks the JSON type and range of its value, so a
// config file cannot put the server in a state the code does not expect.
using Setter = std::function<bool(const json&, ServerConfig*)>;

Setter size_field(size_t ServerConfig::*field, size_t min) {
  return [field, min](const json& v, ServerConfig* c) {
    if (!v.is_number_unsigned() || v.get<uint64_t>() < min) return false;
    c->*field = static_cast<size_t>(v.get<uint64_t>());
    return true;
  };
}

Setter ms_field(std::chrono::milliseconds ServerConfig::*field) {
  return [field](const json& v, ServerConfig* c) {
    if (!v.is_number_unsigned() || v.get<uint64_t>() < 1) return false;
    c->*field = std::chrono::milliseconds(v.get<uint64_t>());
    return true;
  };
}

Setter int_field(int ServerConfig::*field, int min, int max) {
  return [field, min, max](const json& v, ServerConfig* c) {
    if (!v.is_number_integer() || v.get<int64_t>() < min || v.get<int64_t>() > max) return false;
    c->*field = static_cast<int>(v.get<int64_t>());
    return true;
  };
}

Setter double_field(double ServerConfig::*field) {
  return [field](const json& v, ServerConfig* c) {
    if (!v.is_number()) return false;
    c->*field = v.get<double>();
    return true;
  };
}

Setter bool_field(bool ServerConfig::*field) {
  return [field](const json& v, ServerConfig* c) {
    if (!v.is_boolean()) return false;
    c->*field = v.get<bool>();
    return true;
  };
}

const std::map<std::string, Setter>& setters() {
  static const std::map<std::string, Setter> table = {
      {"host",
       [](const json& v, ServerConfig* c) {
         if (!v.is_string()) return false;
         c->host = v.get<std::string>();
         return true;
       }},
      {"port",
       [](const json& v, ServerConfig* c) {
         if (!v.is_number_unsigned() || v.get<uint64_t>() > 65535) return false;
         c->port = static_cast<uint16_t>(v.get<uint64_t>());
         return true;
       }},
      {"threads", int_field(&ServerConfig::threads, 1, 256)},
      {"core_threads", int_field(&ServerConfig::core_threads, 0, 256)},
      {"webhook_check_threads", int_field(&ServerConfig::webhook_check_threads, 0, 256)},
      {"max_connections", size_field(&ServerConfig::max_connections, 1)},
      {"max_connections_per_address", size_field(&ServerConfig::max_connections_per_address, 0)},
      {"allowed_origins",
       [](const json& v, ServerConfig* c) {
         if (!v.is_array()) return false;
         std::vector<std::string> origins;
         for (const auto& o : v) {
           if (!o.is_string()) return false;
           origins.push_back(o.get<std::string>());
         }
         c->allowed_origins = std::move(origins);
         return true;
       }},
      {"http_header_limit", size_field(&ServerConfig::http_header_limit, 256)},
      {"http_body_limit", size_field(&ServerConfig::http_body_limit, 1)},
      {"webhook_body_limit", size_field(&ServerConfig::webhook_body_limit, 1)},
      {"http_timeout_ms", ms_field(&ServerConfig::http_timeout)},
      {"ws_message_max", size_field(&ServerConfig::ws_message_max, 64)},
      {"handshake_timeout_ms", ms_field(&ServerConfig::handshake_timeout)},
      {"idle_timeout_ms", ms_field(&ServerConfig::idle_timeout)},
      {"ws_message_timeout_ms", ms_field(&ServerConfig::ws_message_timeout)},
      {"ws_write_queue_max", size_field(&ServerConfig::ws_write_queue_max, 1024)},
      {"ws_pending_asks_max", size_field(&ServerConfig::ws_pending_asks_max, 1)},
      {"permessage_deflate", bool_field(&ServerConfig::permessage_deflate)},
      {"rate_per_second", double_field(&ServerConfig::rate_per_second)},
      {"rate_burst", double_field(&ServerConfig::rate_burst)},
      {"webhook_rate_per_second", double_field(&ServerConfig::webhook_rate_per_second)},
      {"webhook_rate_burst", double_field(&ServerConfig::webhook_rate_burst)},
      {"shutdown_grace_ms", ms_field(&ServerConfig::shutdown_grace)},
      {"log_requests", bool_field(&ServerConfig::log_requests)},
  };
  return table;
}

}  // namespace

bool parse_config(const std::string& json_text, ServerConfig* config, std::string* error) {
  json doc = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    *error = "config: expected a JSON object";
    return false;
  }
  ServerConfig result = *config;  // all or nothing
  for (const auto& [key, value] : doc.items()) {
    auto it = setters().find(key);
    if (it == setters().end()) {
      *error = "config: unknown key \"" + key + "\"";
      return false;
    }
    if (!it->second(value, &result)) {
      *error = "config: bad value for \"" + key + "\"";
      return false;
    }
  }
  if (result.webhook_rate_per_second > 0 && result.webhook_rate_burst < 1) {
    *error = "config: webhook_rate_burst must be at least 1";
    return false;
  }
  if (result.rate_per_second > 0 && result.rate_burst < 1) {
    *error = "config: rate_burst must be at least 1";
    return false;
  }
  *config = std::move(result);
  return true;
}

bool load_config_file(const std::string& path, ServerConfig* config, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "config: cannot read " + path;
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (!parse_config(text.str(), config, error)) {
    *error = path + ": " + *error;
    return false;
  }
  return true;
}

}  // namespace tanya::server
