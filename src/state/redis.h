// A small, thread-safe Redis client over hiredis, for the state that several
// `tanya serve` replicas share (sessions, webhook state).
//
//   - RedisUrl says where Redis is: redis://[[user]:password@]host[:port][/db]
//     or unix:///path/to/redis.sock, with ?prefix=...&timeout_ms=...&db=N.
//   - RedisClient runs one command at a time per calling thread, on a
//     connection taken from a small pool. Every argument travels as its own
//     length-prefixed bulk string (redisCommandArgv), so user text is never
//     parsed as part of a command.
//   - Nothing throws and nothing is logged: a failure is a reply of type
//     kError whose text says what went wrong, and the caller decides.
//
// hiredis types stay out of this header; RedisReply is a plain value.
#ifndef TANYA_STATE_REDIS_H_
#define TANYA_STATE_REDIS_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanya::state {

struct RedisUrl {
  enum class Transport { kTcp, kUnix };

  Transport transport = Transport::kTcp;
  std::string host = "127.0.0.1";  // kTcp
  int port = 6379;                 // kTcp
  std::string socket_path;         // kUnix
  std::string username;            // Redis 6 ACL user; empty: the default user
  std::string password;            // empty: no AUTH
  int db = 0;                      // SELECTed on connect
  std::string prefix = "tanya:";   // prepended to every key, so that deployments can share a Redis
  std::chrono::milliseconds timeout{2000};  // connect, and each command

  // Parses `url`; nullopt with *error set for anything but the two forms
  // above (rediss:// included: hiredis 0.14 has no TLS).
  static std::optional<RedisUrl> parse(std::string_view url, std::string* error);

  // Where Redis is, for messages and logs: never the password.
  std::string address() const;
};

// One reply, converted from hiredis. kError is both an error reply from
// Redis (text: "ERR ...", "NOSCRIPT ...") and a failure to reach it (text
// names the address).
struct RedisReply {
  enum class Type { kNil, kInteger, kString, kStatus, kArray, kError };

  Type type = Type::kNil;
  int64_t integer = 0;
  std::string text;  // kString, kStatus, kError
  std::vector<RedisReply> elements;

  static RedisReply error(std::string message);
  bool ok() const { return type != Type::kError; }
  bool is_nil() const { return type == Type::kNil; }
};

// A Lua script and its SHA1, so that EVALSHA can send 40 bytes instead of
// the source each time. Immutable: one instance can serve many threads.
class RedisScript {
 public:
  explicit RedisScript(std::string source);
  const std::string& source() const { return source_; }
  const std::string& sha1() const { return sha1_; }

 private:
  std::string source_;
  std::string sha1_;  // lower-case hex, as Redis names scripts
};

class RedisClient {
 public:
  explicit RedisClient(RedisUrl url);
  ~RedisClient();
  RedisClient(const RedisClient&) = delete;
  RedisClient& operator=(const RedisClient&) = delete;

  const RedisUrl& url() const { return url_; }

  // Runs one command, e.g. {"SET", key, value, "PX", "1000"}.
  RedisReply command(const std::vector<std::string>& argv);

  // Runs `script` with EVALSHA, falling back to EVAL (which also caches it in
  // Redis) when Redis does not know it yet (NOSCRIPT: first use, or Redis
  // restarted or flushed its script cache).
  RedisReply eval(const RedisScript& script, const std::vector<std::string>& keys,
                  const std::vector<std::string>& args);

  // An empty string when Redis answers PING, else why not.
  std::string ping();

 private:
  struct Connection;
  struct ConnectionDeleter {
    void operator()(Connection* connection) const;
  };
  using ConnectionPtr = std::unique_ptr<Connection, ConnectionDeleter>;

  ConnectionPtr connect(std::string* error) const;
  void give_back(ConnectionPtr connection);

  const RedisUrl url_;
  std::mutex mutex_;
  std::vector<ConnectionPtr> idle_;  // guarded by mutex_
  // After Redis failed to connect or answer, commands fail at once until
  // this time instead of each waiting for its own timeout: with Redis down,
  // every question would otherwise hold a core thread for `timeout`.
  std::chrono::steady_clock::time_point down_until_;  // guarded by mutex_
  std::string down_error_;                            // guarded by mutex_
};

}  // namespace tanya::state

#endif  // TANYA_STATE_REDIS_H_
