#include "server/server_state.h"

namespace tanya::server {

uint64_t ConnectionRegistry::add(std::weak_ptr<Connection> connection) {
  std::shared_ptr<Connection> late;
  uint64_t id;
  {
    std::lock_guard<std::mutex> lock(mu_);
    id = next_id_++;
    if (shutting_down_) late = connection.lock();
    connections_.emplace(id, std::move(connection));
  }
  if (late) late->shutdown();
  return id;
}

void ConnectionRegistry::remove(uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  connections_.erase(id);
  if (auto held = held_session_.find(id); held != held_session_.end()) {
    auto holder = session_holder_.find(held->second);
    if (holder != session_holder_.end() && holder->second == id) session_holder_.erase(holder);
    held_session_.erase(held);
  }
  if (connections_.empty()) empty_.notify_all();
}

size_t ConnectionRegistry::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return connections_.size();
}

std::shared_ptr<Connection> ConnectionRegistry::claim_session(const std::string& session,
                                                              uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  std::shared_ptr<Connection> previous;
  auto holder = session_holder_.find(session);
  if (holder != session_holder_.end() && holder->second != id) {
    if (auto it = connections_.find(holder->second); it != connections_.end()) {
      previous = it->second.lock();
    }
    held_session_.erase(holder->second);
  }
  // A connection holds one conversation: forget the one it had.
  if (auto held = held_session_.find(id); held != held_session_.end()) {
    auto old = session_holder_.find(held->second);
    if (old != session_holder_.end() && old->second == id) session_holder_.erase(old);
  }
  session_holder_[session] = id;
  held_session_[id] = session;
  return previous;
}

void ConnectionRegistry::release_session(const std::string& session, uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto holder = session_holder_.find(session);
  if (holder != session_holder_.end() && holder->second == id) session_holder_.erase(holder);
  auto held = held_session_.find(id);
  if (held != held_session_.end() && held->second == session) held_session_.erase(held);
}

void ConnectionRegistry::shutdown_all() {
  std::vector<std::shared_ptr<Connection>> live;
  {
    std::lock_guard<std::mutex> lock(mu_);
    shutting_down_ = true;
    live.reserve(connections_.size());
    for (auto& [id, weak] : connections_) {
      if (auto c = weak.lock()) live.push_back(std::move(c));
    }
  }
  // Outside the lock: shutdown() only posts, but a connection dropped here
  // (the last reference) runs its destructor, which calls remove().
  for (auto& c : live) c->shutdown();
}

bool ConnectionRegistry::wait_empty(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(mu_);
  return empty_.wait_until(lock, deadline, [this] { return connections_.empty(); });
}

bool ServerState::origin_allowed(std::string_view origin, std::string_view host) const {
  if (origin.empty()) return true;
  for (const auto& allowed : config.allowed_origins) {
    if (allowed == "*" || allowed == origin) return true;
  }
  // Same origin: the demo page served by this server connects back to it.
  for (std::string_view scheme : {"http://", "https://"}) {
    if (!host.empty() && origin.size() == scheme.size() + host.size() &&
        origin.substr(0, scheme.size()) == scheme && origin.substr(scheme.size()) == host) {
      return true;
    }
  }
  return false;
}

void ServerState::internal_error(std::string_view where, std::string_view what) {
  metrics.internal_error();
  JsonLog(true).write({{"event", "internal_error"}, {"where", where}, {"error", what}});
}

}  // namespace tanya::server
