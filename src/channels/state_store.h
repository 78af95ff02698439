// StateStore: everything the webhooks must remember across requests and
// restarts, behind one small interface so that a shared store (for several
// replicas serving one bot) can replace the SQLite one:
//   - the conversation context per (channel, chat), for follow-up questions;
//   - the platform event ids already handled (kept 7 days), so a retried
//     delivery is answered once;
//   - the outbox: replies waiting to be delivered to a platform API.
// Implementations are safe for concurrent use from many threads. Errors are
// reported through return values; nothing throws.
#ifndef TANYA_CHANNELS_STATE_STORE_H_
#define TANYA_CHANNELS_STATE_STORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanya::channels {

// One reply waiting for delivery. `target` and `body` are what the channel
// needs to rebuild the request; credentials are added at delivery time and
// never stored.
struct OutboxMessage {
  int64_t id = 0;  // assigned by the store; delivery order within a chat
  std::string channel;
  std::string chat;    // messages of one chat leave in order, one at a time
  std::string target;  // channel-relative endpoint ("sendMessage", "/v2/bot/message/reply")
  std::string body;    // request body (JSON)
  int attempts = 0;    // failed delivery attempts so far
  int64_t next_attempt_ms = 0;
  std::string last_error;
};

// What handling one incoming message changes, committed atomically.
struct Turn {
  std::string channel;
  std::string chat;
  std::string event_id;                // platform event id; empty: no deduplication
  std::optional<std::string> context;  // new context JSON; nullopt leaves it unchanged
  std::vector<OutboxMessage> outbox;   // replies to queue, in order
};

enum class CommitResult { kCommitted, kDuplicate, kError };

struct OutboxStats {
  int64_t pending = 0;            // waiting for a (first or further) attempt
  int64_t dead = 0;               // gave up after the last attempt; kept for inspection
  int64_t oldest_pending_ms = 0;  // creation time of the oldest pending message, 0 if none
};

class StateStore {
 public:
  virtual ~StateStore() = default;

  // The stored context JSON of a conversation, or nullopt when there is none.
  virtual std::optional<std::string> load_context(std::string_view channel,
                                                  std::string_view chat) = 0;

  // True when `event_id` of `channel` was already committed (and not expired).
  virtual bool seen(std::string_view channel, std::string_view event_id) = 0;

  // Atomically records turn.event_id as seen, stores the context and queues
  // the outbox messages (their id, attempts and next_attempt_ms are set by the
  // store: first attempt at now_ms). kDuplicate, changing nothing, when the
  // event id was already recorded; kError when the store failed (nothing was
  // changed and the caller should make the platform retry).
  virtual CommitResult commit(const Turn& turn, int64_t now_ms) = 0;

  // Forgets the event ids recorded before `before_ms`.
  virtual void expire_seen(int64_t before_ms) = 0;

  // Claims up to `limit` pending messages due at now_ms, oldest first, at
  // most one per chat and only the chat's oldest pending one (so replies keep
  // order). A claimed message is not returned again, to this or any other
  // worker sharing the store, before lease_until_ms unless failed() says
  // otherwise: so that replicas never send the same reply concurrently, and
  // a worker that dies mid-delivery only delays it until the lease ends.
  virtual std::vector<OutboxMessage> due(int64_t now_ms, size_t limit, int64_t lease_until_ms) = 0;

  // Removes a delivered message.
  virtual void delivered(int64_t id) = 0;

  // Records a failed attempt: the message is retried at next_attempt_ms, or
  // marked dead when `give_up`.
  virtual void failed(int64_t id, int attempts, int64_t next_attempt_ms, std::string_view error,
                      bool give_up) = 0;

  // Earliest next_attempt_ms of a message that due() could return, or
  // nullopt when no message is pending.
  virtual std::optional<int64_t> next_due_ms() = 0;

  virtual OutboxStats outbox_stats() = 0;
};

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_STATE_STORE_H_
