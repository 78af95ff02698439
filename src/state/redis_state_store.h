// The webhooks' StateStore (channels/state_store.h) in Redis, so that several
// `tanya serve` replicas share conversation contexts, deduplication ids and
// one outbox. Semantics are those of the SQLite store; every operation that
// must be atomic (commit, claiming due messages, delivered, failed) is one
// Lua script, which Redis runs with nothing interleaved, so two replicas can
// never both commit an event id or both claim a message.
//
// Keys (all under the URL's prefix, "tanya:" by default). A (channel, x)
// pair is written "<length of channel>:<channel>:<x>": the length makes the
// split unambiguous whatever ':' the chat or event id holds.
//   ctx:<channel-chat>         context JSON, expires context_ttl after its last write
//   seen:<channel-event>       now_ms of the commit, expires seen_ttl after it
//   seen-before                event ids recorded before this now_ms count as unseen
//   outbox:seq                 INCR: message ids, increasing
//   outbox:msg:<id>            hash: channel chat chatkey target body attempts next lease
//                              error created dead
//   outbox:chat:<channel-chat> list: the chat's pending ids, oldest first
//   outbox:ready               zset: chat -> when its head may be claimed, max(next, lease)
//   outbox:pending             zset: id -> created (stats, oldest pending)
//   outbox:dead                zset: id -> created (given up, kept for inspection)
//
// Durability is Redis's: for the SQLite store's guarantee (an acknowledged
// message survives a power cut) run Redis with appendonly yes and
// appendfsync always, and with maxmemory-policy noeviction: an evicting
// policy could drop queued replies or deduplication ids. Standalone Redis
// (4.0 or later), not Redis Cluster: the scripts compute key names.
#ifndef TANYA_STATE_REDIS_STATE_STORE_H_
#define TANYA_STATE_REDIS_STATE_STORE_H_

#include <chrono>
#include <memory>
#include <string>

#include "channels/state_store.h"
#include "state/redis.h"

namespace tanya::state {

struct RedisStateStoreOptions {
  // Platforms retry for up to 7 days (Meta): an id must be known that long.
  std::chrono::milliseconds seen_ttl{std::chrono::hours(24 * 7)};
  // SQLite keeps contexts for ever; Redis holds them in memory, so an idle
  // conversation's context goes after a month (a follow-up to a question
  // that old is a new question anyway).
  std::chrono::milliseconds context_ttl{std::chrono::hours(24 * 30)};
};

// A store on `client` (shared with other users of the same Redis, such as
// the session store). Returns nullptr and sets *error when Redis does not
// answer PING.
std::unique_ptr<channels::StateStore> open_redis_state_store(
    std::shared_ptr<RedisClient> client, std::string* error,
    RedisStateStoreOptions options = RedisStateStoreOptions());

}  // namespace tanya::state

#endif  // TANYA_STATE_REDIS_STATE_STORE_H_
