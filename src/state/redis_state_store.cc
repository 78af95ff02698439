#include "state/redis_state_store.h"

#include <charconv>
#include <utility>

namespace tanya::state {
namespace {

using channels::CommitResult;
using channels::OutboxMessage;
using channels::OutboxStats;
using channels::Turn;

// Time. The caller's now_ms is only ever compared with other now_ms values
// (next attempts, leases, the seen-before mark), never with Redis's clock:
// the tests run at now_ms = 100, and replicas with slightly different clocks
// agree as well as they would on SQLite. Key expiry is the exception, and it
// is relative (PX, on Redis's clock): with PXAT now_ms + ttl a caller's fake
// or wrong clock would make Redis drop a key at once or keep it for ever.
// So expire_seen(before_ms) does not delete anything: it raises the
// seen-before mark, and an id recorded (by now_ms) before the mark counts as
// unseen, which is exactly the SQLite store's DELETE ... WHERE seen_ms <
// before_ms; Redis reclaims the memory when the key's own expiry comes.
//
// Scripts get the key prefix as ARGV[1] and build key names from it. Every
// check that can fail comes before the first write: Redis does not roll a
// script back, so a script must not stop half-way.

// Shared by the outbox scripts: puts the chat's current head (or nothing) in
// the ready set. A head whose hash has vanished (deleted by hand) is skipped.
constexpr std::string_view kReschedule = R"lua(
local function reschedule(p, chatkey)
  local list = p .. 'outbox:chat:' .. chatkey
  while true do
    local head = redis.call('LINDEX', list, 0)
    if not head then
      redis.call('ZREM', p .. 'outbox:ready', chatkey)
      return
    end
    local f = redis.call('HMGET', p .. 'outbox:msg:' .. head, 'next', 'lease')
    if f[1] then
      redis.call('ZADD', p .. 'outbox:ready', math.max(tonumber(f[1]), tonumber(f[2])), chatkey)
      return
    end
    redis.call('LPOP', list)
    redis.call('ZREM', p .. 'outbox:pending', head)
  end
end
)lua";

// ARGV: prefix, now, seen suffix ('' = no dedup), seen ttl, chatkey, has context ('1'/'0'),
// context, context ttl, channel, chat, then target and body of each message.
// Returns 1 committed, 0 duplicate.
constexpr std::string_view kCommit = R"lua(
local p, now, seen = ARGV[1], ARGV[2], ARGV[3]
if seen ~= '' then
  local key = p .. 'seen:' .. seen
  local at = redis.call('GET', key)
  if at then
    local before = redis.call('GET', p .. 'seen-before')
    if not before or tonumber(at) >= tonumber(before) then return 0 end
  end
  redis.call('SET', key, now, 'PX', ARGV[4])
end
local chatkey = ARGV[5]
if ARGV[6] == '1' then
  redis.call('SET', p .. 'ctx:' .. chatkey, ARGV[7], 'PX', ARGV[8])
end
local list = p .. 'outbox:chat:' .. chatkey
local was_empty = redis.call('LLEN', list) == 0
local added = false
for i = 11, #ARGV, 2 do
  local id = redis.call('INCR', p .. 'outbox:seq')
  redis.call('HSET', p .. 'outbox:msg:' .. id, 'channel', ARGV[9], 'chat', ARGV[10],
             'chatkey', chatkey, 'target', ARGV[i], 'body', ARGV[i + 1], 'attempts', '0',
             'next', now, 'lease', '0', 'error', '', 'created', now, 'dead', '0')
  redis.call('RPUSH', list, id)
  redis.call('ZADD', p .. 'outbox:pending', now, id)
  added = true
end
if added and was_empty then redis.call('ZADD', p .. 'outbox:ready', now, chatkey) end
return 1
)lua";

// ARGV: prefix, now, limit, lease until. Claims the heads of the chats due
// at `now` (earliest due first), returned oldest id first as
// {id, channel, chat, target, body, attempts, next, error}.
constexpr std::string_view kDue = R"lua(
local p, now, limit, lease = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local ready = p .. 'outbox:ready'
local out = {}
for _, chatkey in ipairs(redis.call('ZRANGEBYSCORE', ready, '-inf', now, 'LIMIT', 0, limit)) do
  local head = redis.call('LINDEX', p .. 'outbox:chat:' .. chatkey, 0)
  local key = p .. 'outbox:msg:' .. (head or '')
  local f = redis.call('HMGET', key, 'channel', 'chat', 'target', 'body', 'attempts', 'next',
                       'error')
  if head and f[1] then
    redis.call('HSET', key, 'lease', lease)
    redis.call('ZADD', ready, math.max(tonumber(f[6]), tonumber(lease)), chatkey)
    out[#out + 1] = {head, f[1], f[2], f[3], f[4], f[5], f[6], f[7]}
  else
    reschedule(p, chatkey)
  end
end
table.sort(out, function(a, b) return tonumber(a[1]) < tonumber(b[1]) end)
return out
)lua";

// ARGV: prefix, id.
constexpr std::string_view kDelivered = R"lua(
local p, id = ARGV[1], ARGV[2]
local key = p .. 'outbox:msg:' .. id
local chatkey = redis.call('HGET', key, 'chatkey')
if not chatkey then return 0 end
redis.call('DEL', key)
redis.call('LREM', p .. 'outbox:chat:' .. chatkey, 1, id)
redis.call('ZREM', p .. 'outbox:pending', id)
redis.call('ZREM', p .. 'outbox:dead', id)
reschedule(p, chatkey)
return 1
)lua";

// ARGV: prefix, id, attempts, next attempt, error, give up ('1'/'0'). A dead
// message that is failed again without giving up goes back to its place in
// its chat's queue, as in the SQLite store.
constexpr std::string_view kFailed = R"lua(
local p, id = ARGV[1], ARGV[2]
local key = p .. 'outbox:msg:' .. id
local f = redis.call('HMGET', key, 'chatkey', 'dead', 'created')
if not f[1] then return 0 end
local chatkey, was_dead, created = f[1], f[2] == '1', f[3]
local list = p .. 'outbox:chat:' .. chatkey
local give_up = ARGV[6] == '1'
redis.call('HSET', key, 'attempts', ARGV[3], 'next', ARGV[4], 'error', ARGV[5], 'lease', '0',
           'dead', give_up and '1' or '0')
if give_up and not was_dead then
  redis.call('LREM', list, 1, id)
  redis.call('ZREM', p .. 'outbox:pending', id)
  redis.call('ZADD', p .. 'outbox:dead', created, id)
elseif was_dead and not give_up then
  redis.call('ZREM', p .. 'outbox:dead', id)
  redis.call('ZADD', p .. 'outbox:pending', created, id)
  local placed = false
  for _, other in ipairs(redis.call('LRANGE', list, 0, -1)) do
    if tonumber(other) > tonumber(id) then
      redis.call('LINSERT', list, 'BEFORE', other, id)
      placed = true
      break
    end
  end
  if not placed then redis.call('RPUSH', list, id) end
end
reschedule(p, chatkey)
return 1
)lua";

// ARGV: prefix, before. The mark only moves forward.
constexpr std::string_view kExpireSeen = R"lua(
local key = ARGV[1] .. 'seen-before'
local current = redis.call('GET', key)
if not current or tonumber(current) < tonumber(ARGV[2]) then redis.call('SET', key, ARGV[2]) end
return 1
)lua";

// ARGV: prefix. {pending, dead, created of the oldest pending or '0'}: one
// script, so that the three numbers describe the same moment.
constexpr std::string_view kStats = R"lua(
local p = ARGV[1]
local oldest = redis.call('ZRANGE', p .. 'outbox:pending', 0, 0, 'WITHSCORES')
return {redis.call('ZCARD', p .. 'outbox:pending'), redis.call('ZCARD', p .. 'outbox:dead'),
        oldest[2] or '0'}
)lua";

// Numbers come back from Redis as decimal text (hash fields, scores).
int64_t to_int(const RedisReply& reply) {
  if (reply.type == RedisReply::Type::kInteger) return reply.integer;
  int64_t value = 0;
  const std::string& text = reply.text;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// "<length>:<channel>:<rest>": unambiguous whatever `rest` holds.
std::string scoped(std::string_view channel, std::string_view rest) {
  std::string key = std::to_string(channel.size());
  key += ':';
  key += channel;
  key += ':';
  key += rest;
  return key;
}

std::string millis(std::chrono::milliseconds ms) {
  return std::to_string(ms.count());
}

class RedisStateStore final : public channels::StateStore {
 public:
  RedisStateStore(std::shared_ptr<RedisClient> client, RedisStateStoreOptions options)
      : client_(std::move(client)),
        prefix_(client_->url().prefix),
        options_(options),
        commit_(std::string(kCommit)),
        due_(std::string(kReschedule) + std::string(kDue)),
        delivered_(std::string(kReschedule) + std::string(kDelivered)),
        failed_(std::string(kReschedule) + std::string(kFailed)),
        expire_seen_(std::string(kExpireSeen)),
        stats_(std::string(kStats)) {}

  std::optional<std::string> load_context(std::string_view channel,
                                          std::string_view chat) override {
    RedisReply reply = client_->command({"GET", prefix_ + "ctx:" + scoped(channel, chat)});
    if (reply.type != RedisReply::Type::kString) return std::nullopt;
    return std::move(reply.text);
  }

  bool seen(std::string_view channel, std::string_view event_id) override {
    RedisReply reply = client_->command(
        {"MGET", prefix_ + "seen:" + scoped(channel, event_id), prefix_ + "seen-before"});
    if (reply.type != RedisReply::Type::kArray || reply.elements.size() != 2) return false;
    const RedisReply& at = reply.elements[0];
    const RedisReply& before = reply.elements[1];
    if (at.is_nil()) return false;
    return before.is_nil() || to_int(at) >= to_int(before);
  }

  CommitResult commit(const Turn& turn, int64_t now_ms) override {
    std::vector<std::string> args = {
        prefix_,
        std::to_string(now_ms),
        turn.event_id.empty() ? std::string() : scoped(turn.channel, turn.event_id),
        millis(options_.seen_ttl),
        scoped(turn.channel, turn.chat),
        turn.context ? "1" : "0",
        turn.context.value_or(std::string()),
        millis(options_.context_ttl),
        turn.channel,
        turn.chat};
    // Like the SQLite store, a message's channel and chat are the turn's.
    for (const OutboxMessage& m : turn.outbox) {
      args.push_back(m.target);
      args.push_back(m.body);
    }
    RedisReply reply = client_->eval(commit_, {}, args);
    if (reply.type != RedisReply::Type::kInteger) return CommitResult::kError;
    return reply.integer == 1 ? CommitResult::kCommitted : CommitResult::kDuplicate;
  }

  void expire_seen(int64_t before_ms) override {
    client_->eval(expire_seen_, {}, {prefix_, std::to_string(before_ms)});
  }

  std::vector<OutboxMessage> due(int64_t now_ms, size_t limit, int64_t lease_until_ms) override {
    if (limit == 0) return {};
    RedisReply reply = client_->eval(
        due_, {},
        {prefix_, std::to_string(now_ms), std::to_string(limit), std::to_string(lease_until_ms)});
    std::vector<OutboxMessage> out;
    if (reply.type != RedisReply::Type::kArray) return out;
    for (RedisReply& row : reply.elements) {
      if (row.type != RedisReply::Type::kArray || row.elements.size() != 8) continue;
      std::vector<RedisReply>& f = row.elements;
      OutboxMessage m;
      m.id = to_int(f[0]);
      m.channel = std::move(f[1].text);
      m.chat = std::move(f[2].text);
      m.target = std::move(f[3].text);
      m.body = std::move(f[4].text);
      m.attempts = static_cast<int>(to_int(f[5]));
      m.next_attempt_ms = to_int(f[6]);  // before the lease, as the SQLite store returns it
      m.last_error = std::move(f[7].text);
      out.push_back(std::move(m));
    }
    return out;
  }

  void delivered(int64_t id) override {
    client_->eval(delivered_, {}, {prefix_, std::to_string(id)});
  }

  void failed(int64_t id, int attempts, int64_t next_attempt_ms, std::string_view error,
              bool give_up) override {
    client_->eval(failed_, {},
                  {prefix_, std::to_string(id), std::to_string(attempts),
                   std::to_string(next_attempt_ms), std::string(error), give_up ? "1" : "0"});
  }

  std::optional<int64_t> next_due_ms() override {
    // The ready set holds only chat heads, scored with their lease: the
    // same "earliest a claim could succeed" as the SQLite store's query.
    RedisReply reply =
        client_->command({"ZRANGE", prefix_ + "outbox:ready", "0", "0", "WITHSCORES"});
    if (reply.type != RedisReply::Type::kArray || reply.elements.size() != 2) return std::nullopt;
    return to_int(reply.elements[1]);
  }

  OutboxStats outbox_stats() override {
    RedisReply reply = client_->eval(stats_, {}, {prefix_});
    OutboxStats stats;
    if (reply.type != RedisReply::Type::kArray || reply.elements.size() != 3) return stats;
    stats.pending = to_int(reply.elements[0]);
    stats.dead = to_int(reply.elements[1]);
    stats.oldest_pending_ms = to_int(reply.elements[2]);
    return stats;
  }

 private:
  const std::shared_ptr<RedisClient> client_;
  const std::string prefix_;
  const RedisStateStoreOptions options_;
  const RedisScript commit_;
  const RedisScript due_;
  const RedisScript delivered_;
  const RedisScript failed_;
  const RedisScript expire_seen_;
  const RedisScript stats_;
};

}  // namespace

std::unique_ptr<channels::StateStore> open_redis_state_store(std::shared_ptr<RedisClient> client,
                                                             std::string* error,
                                                             RedisStateStoreOptions options) {
  if (std::string problem = client->ping(); !problem.empty()) {
    if (error) *error = problem;
    return nullptr;
  }
  return std::make_unique<RedisStateStore>(std::move(client), options);
}

}  // namespace tanya::state
