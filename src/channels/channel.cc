#include "channels/channel.h"

#include <charconv>

#include "channels/signatures.h"

namespace tanya::channels {

HttpResponse Channel::respond(const std::vector<InlineReply>&) const {
  return {200, "application/json", "{}"};
}

Delivery Channel::outcome(const HttpResult& result) const {
  Delivery delivery;
  if (result.status == 0) {
    delivery.error = result.error;
    return delivery;
  }
  if (result.status >= 200 && result.status < 300) {
    delivery.ok = true;
    return delivery;
  }
  delivery.error = "HTTP " + std::to_string(result.status) + ": " + result.body.substr(0, 200);
  delivery.retry = result.status == 429 || result.status == 408 || result.status >= 500;
  int seconds = 0;
  const std::string& after = result.retry_after;
  if (!after.empty() &&
      std::from_chars(after.data(), after.data() + after.size(), seconds).ec == std::errc()) {
    delivery.retry_after_ms = int64_t{seconds} * 1000;
  }
  return delivery;
}

OutboxMessage outbox_call(std::string target, const nlohmann::json& body) {
  OutboxMessage message;
  message.target = std::move(target);
  message.body = dump_json(body);
  return message;
}

nlohmann::json parse_json(std::string_view text) {
  return nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
}

HttpResponse json_response(int status, const nlohmann::json& body) {
  return {status, "application/json", dump_json(body)};
}

HttpResponse error_response(int status, std::string_view code) {
  return json_response(status, {{"error", code}});
}

std::string_view header(const HttpRequest& request, std::string_view name) {
  auto it = request.headers.find(std::string(name));
  return it == request.headers.end() ? std::string_view() : std::string_view(it->second);
}

std::string url_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out.push_back(' ');
    } else if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 &&
               hex(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::string query_parameter(const HttpRequest& request, std::string_view name) {
  std::string_view target = request.target;
  size_t question = target.find('?');
  if (question == std::string_view::npos) return {};
  std::string_view query = target.substr(question + 1);
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    size_t eq = pair.find('=');
    if (url_decode(pair.substr(0, eq)) == name) {
      return eq == std::string_view::npos ? std::string() : url_decode(pair.substr(eq + 1));
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return {};
}

std::string id_string(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return value.dump();
  return {};
}

std::string string_at(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json& m = member_at(object, key);
  return m.is_string() ? m.get<std::string>() : std::string();
}

const nlohmann::json& member_at(const nlohmann::json& object, std::string_view key) {
  static const nlohmann::json kNull;
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  return it != object.end() ? *it : kNull;
}

const nlohmann::json& object_at(const nlohmann::json& object, std::string_view key) {
  static const nlohmann::json kEmpty = nlohmann::json::object();
  const nlohmann::json& m = member_at(object, key);
  return m.is_object() ? m : kEmpty;
}

const nlohmann::json& array_at(const nlohmann::json& object, std::string_view key) {
  static const nlohmann::json kEmpty = nlohmann::json::array();
  const nlohmann::json& m = member_at(object, key);
  return m.is_array() ? m : kEmpty;
}

bool true_at(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json& m = member_at(object, key);
  return m.is_boolean() && m.get<bool>();
}

bool check_base_url(std::string_view name, std::string* url, std::string* error) {
  while (!url->empty() && url->back() == '/') url->pop_back();
  std::string why;
  if (!parse_url(*url, &why)) {
    *error = std::string(name) + "=" + *url + ": " + why;
    return false;
  }
  return true;
}

HttpResponse meta_verification(const HttpRequest& request, std::string_view verify_token) {
  std::string mode = query_parameter(request, "hub.mode");
  std::string token = query_parameter(request, "hub.verify_token");
  if (mode != "subscribe" || !verify_secret_token(verify_token, token)) {
    return error_response(403, "verification_failed");
  }
  return {200, "text/plain", query_parameter(request, "hub.challenge")};
}

std::optional<MetaCredentials> meta_credentials(const Settings& settings, std::string_view platform,
                                                std::string_view label, std::string_view token_name,
                                                std::string* error) {
  const std::string prefix = "TANYA_" + std::string(platform);
  const std::string secret_name = prefix + "_APP_SECRET", verify_name = prefix + "_VERIFY_TOKEN";
  MetaCredentials meta;
  meta.app_secret = setting(settings, secret_name);
  if (meta.app_secret.empty()) return std::nullopt;
  meta.verify_token = setting(settings, verify_name);
  meta.access_token = setting(settings, token_name);
  if (meta.verify_token.empty() || meta.access_token.empty()) {
    *error = std::string(label) + " needs " + verify_name + " and " + std::string(token_name) +
             " with " + secret_name;
    return std::nullopt;
  }
  meta.graph_base = setting(settings, "TANYA_GRAPH_API_BASE", "https://graph.facebook.com/v21.0");
  if (!check_base_url("TANYA_GRAPH_API_BASE", &meta.graph_base, error)) return std::nullopt;
  return meta;
}

HttpCall meta_request(const MetaCredentials& meta, const OutboxMessage& message) {
  HttpCall call;
  call.url = meta.graph_base + "/" + message.target;
  call.headers = {{"Authorization", "Bearer " + meta.access_token}};
  call.body = message.body;
  return call;
}

bool accept_meta(const HttpRequest& request, std::string_view verify_token,
                 std::string_view app_secret, Intake* intake, nlohmann::json* root) {
  if (request.method == "GET") {
    intake->response = meta_verification(request, verify_token);
    return false;
  }
  if (request.method != "POST") {
    intake->response = error_response(405, "method_not_allowed");
    return false;
  }
  // The signature covers the raw bytes: checked before any parsing.
  if (!verify_hub_signature(app_secret, request.body, header(request, "x-hub-signature-256"))) {
    intake->response = error_response(401, "unauthorized");
    return false;
  }
  *root = parse_json(request.body);
  if (!root->is_object()) {
    intake->response = error_response(400, "invalid_json");
    return false;
  }
  return true;
}

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

}  // namespace tanya::channels
