// The webhooks' log: one JSON object per line on stderr, in the same shape as
// the server's request log ({"ts":..., "event":...}), each line written with
// a single write(2) so lines from the worker and request threads never
// interleave. Secrets never reach it: callers log channel names, ids and
// error texts, never URLs (Telegram's carries the bot token) or headers.
#ifndef TANYA_CHANNELS_LOG_H_
#define TANYA_CHANNELS_LOG_H_

#include <nlohmann/json.hpp>
#include <string_view>

namespace tanya::channels {

// Writes {"ts": now, "event": event, ...fields} to stderr. Never throws.
void log_event(std::string_view event, const nlohmann::json& fields);

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_LOG_H_
