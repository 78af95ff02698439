#include "state/redis_session_store.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

namespace tanya::state {

RedisSessionStore::RedisSessionStore(std::shared_ptr<RedisClient> client, std::chrono::seconds ttl)
    : client_(std::move(client)), ttl_(std::max(ttl, std::chrono::seconds(1))) {}

std::string RedisSessionStore::key(std::string_view id) const {
  std::string key = client_->url().prefix + "session:";
  key += id;
  return key;
}

void RedisSessionStore::record(const RedisReply& reply) {
  if (reply.ok()) return;
  errors_.fetch_add(1);
  std::lock_guard<std::mutex> lock(mutex_);
  last_error_ = reply.text;
}

std::string RedisSessionStore::last_error() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return last_error_;
}

std::optional<Context> RedisSessionStore::find(std::string_view id) {
  RedisReply reply = client_->command({"GET", key(id)});
  record(reply);
  if (reply.type != RedisReply::Type::kString) return std::nullopt;
  // A value that is not JSON (written by hand, or by another version) is no
  // session rather than an exception.
  nlohmann::json value = nlohmann::json::parse(reply.text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) return std::nullopt;
  return context_from_json(value);
}

void RedisSessionStore::save(std::string_view id, const Context& context) {
  // The entity comes from the user's text: invalid UTF-8 is replaced, not
  // thrown about.
  std::string json =
      to_json(context).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // PX (relative, on Redis's clock) restarts the expiry at each save, which
  // is the "unused for ttl" rule of the in-memory store.
  record(client_->command(
      {"SET", key(id), json, "PX", std::to_string(std::chrono::milliseconds(ttl_).count())}));
}

}  // namespace tanya::state
