// Conversation ids handed to clients: 128 random bits from OpenSSL's CSPRNG,
// as 32 lowercase hex digits, so that an id cannot be guessed to read or
// resume someone else's conversation. Thread-safe.
#ifndef TANYA_SERVER_SESSION_ID_H_
#define TANYA_SERVER_SESSION_ID_H_

#include <string>
#include <string_view>

namespace tanya::server {

std::string new_session_id();

// True for strings new_session_id() could have produced (or any 8..64 chars
// of [A-Za-z0-9_-], for API clients that bring their own ids).
bool is_valid_session_id(std::string_view id);

}  // namespace tanya::server

#endif  // TANYA_SERVER_SESSION_ID_H_
