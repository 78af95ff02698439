#include "server/session_id.h"

#include "base/random.h"

namespace tanya::server {

std::string new_session_id() {
  return random_hex(16);
}

bool is_valid_session_id(std::string_view id) {
  if (id.size() < 8 || id.size() > 64) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace tanya::server
