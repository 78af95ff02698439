#include "state/redis.h"

#include <hiredis/hiredis.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <utility>

namespace tanya::state {
namespace {

constexpr std::string_view kTcpScheme = "redis://";
constexpr std::string_view kUnixScheme = "unix://";
constexpr size_t kMaxIdle = 16;  // beyond this, a returned connection is closed
constexpr int64_t kMaxTimeoutMs = 600'000;

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// A whole decimal number in [low, high], nothing else.
std::optional<int64_t> parse_int(std::string_view text, int64_t low, int64_t high) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < low ||
      value > high) {
    return std::nullopt;
  }
  return value;
}

// %XX escapes, so that a password or prefix can hold '@', ':', '/', '&'...
std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    // Exactly two hex digits (from_chars would also take a sign).
    int value = 0;
    bool hex = i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(text[i + 2]));
    if (!hex) return std::nullopt;
    std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
    out += static_cast<char>(value);
    i += 2;
  }
  return out;
}

// The query string: prefix, timeout_ms and db.
bool parse_query(std::string_view query, RedisUrl* url, std::string* error) {
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string_view key = pair.substr(0, eq);
    std::optional<std::string> value =
        percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    if (!value) {
      *error = "bad %-escape in the value of '" + std::string(key) + "'";
      return false;
    }
    if (key == "prefix") {
      url->prefix = *value;
    } else if (key == "timeout_ms") {
      std::optional<int64_t> ms = parse_int(*value, 1, kMaxTimeoutMs);
      if (!ms) {
        *error = "timeout_ms must be a number of milliseconds from 1 to 600000";
        return false;
      }
      url->timeout = std::chrono::milliseconds(*ms);
    } else if (key == "db") {
      std::optional<int64_t> db = parse_int(*value, 0, 1'000'000);
      if (!db) {
        *error = "db must be a database number (0, 1, ...)";
        return false;
      }
      url->db = static_cast<int>(*db);
    } else {
      *error = "unknown parameter '" + std::string(key) + "' (known: prefix, timeout_ms, db)";
      return false;
    }
  }
  return true;
}

// "[user]:password@host[:port][/db]" after redis://.
bool parse_tcp(std::string_view rest, RedisUrl* url, std::string* error) {
  size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  std::string_view path = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  // The last '@': an unescaped '@' in a password still parses.
  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) {
    std::string_view userinfo = authority.substr(0, at);
    authority = authority.substr(at + 1);
    size_t colon = userinfo.find(':');
    if (colon == std::string_view::npos) {
      *error = "write the password as redis://:PASSWORD@host (or USER:PASSWORD@host)";
      return false;
    }
    std::optional<std::string> user = percent_decode(userinfo.substr(0, colon));
    std::optional<std::string> password = percent_decode(userinfo.substr(colon + 1));
    if (!user || !password) {
      *error = "bad %-escape in the user or password";
      return false;
    }
    url->username = *user;
    url->password = *password;
  }
  std::optional<std::string_view> port;
  if (starts_with(authority, "[")) {  // [::1]:6379
    size_t close = authority.find(']');
    std::string_view after =
        close == std::string_view::npos ? std::string_view() : authority.substr(close + 1);
    if (close == std::string_view::npos || (!after.empty() && after[0] != ':')) {
      *error = "an IPv6 host is written [address] or [address]:port";
      return false;
    }
    url->host = std::string(authority.substr(1, close - 1));
    if (!after.empty()) port = after.substr(1);
  } else {
    size_t colon = authority.find(':');
    url->host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
  }
  if (url->host.empty()) {
    *error = "no host";
    return false;
  }
  if (port) {
    std::optional<int64_t> number = parse_int(*port, 1, 65535);
    if (!number) {
      *error = "the port must be a number from 1 to 65535";
      return false;
    }
    url->port = static_cast<int>(*number);
  }
  if (path.size() > 1) {
    std::optional<int64_t> db = parse_int(path.substr(1), 0, 1'000'000);
    if (!db) {
      *error = "the path must be a database number (redis://host:6379/0)";
      return false;
    }
    url->db = static_cast<int>(*db);
  }
  return true;
}

// While a command writes to a socket whose peer has gone (Redis restarted),
// the kernel raises SIGPIPE, whose default action ends the process. The
// library cannot change the process-wide disposition (that belongs to the
// program), so it blocks SIGPIPE in the calling thread for the duration of a
// command and discards one that it caused, which leaves the write to fail
// with EPIPE as it should.
class ScopedSigpipeBlock {
 public:
  ScopedSigpipeBlock() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGPIPE);
    sigset_t pending;
    sigemptyset(&pending);
    sigpending(&pending);
    was_pending_ = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
  }
  ~ScopedSigpipeBlock() {
    if (!was_pending_) {
      sigset_t pending;
      sigemptyset(&pending);
      sigpending(&pending);
      if (sigismember(&pending, SIGPIPE) == 1) {
        timespec zero{0, 0};
        sigtimedwait(&set_, nullptr, &zero);
      }
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  ScopedSigpipeBlock(const ScopedSigpipeBlock&) = delete;
  ScopedSigpipeBlock& operator=(const ScopedSigpipeBlock&) = delete;

 private:
  sigset_t set_;
  sigset_t old_;
  bool was_pending_ = false;
};

timeval to_timeval(std::chrono::milliseconds ms) {
  timeval tv;
  tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
  return tv;
}

RedisReply convert(const redisReply* reply) {
  RedisReply out;
  switch (reply->type) {
    case REDIS_REPLY_INTEGER:
      out.type = RedisReply::Type::kInteger;
      out.integer = reply->integer;
      break;
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
      out.type = reply->type == REDIS_REPLY_STRING   ? RedisReply::Type::kString
                 : reply->type == REDIS_REPLY_STATUS ? RedisReply::Type::kStatus
                                                     : RedisReply::Type::kError;
      out.text.assign(reply->str, reply->len);
      break;
    case REDIS_REPLY_ARRAY:
      out.type = RedisReply::Type::kArray;
      out.elements.reserve(reply->elements);
      for (size_t i = 0; i < reply->elements; ++i)
        out.elements.push_back(convert(reply->element[i]));
      break;
    default:
      out.type = RedisReply::Type::kNil;
  }
  return out;
}

// How a command failed at the connection level (not an error reply).
struct Failure {
  int type = 0;       // REDIS_ERR_*; 0: no failure
  int sys_errno = 0;  // errno at the failure, for REDIS_ERR_IO
  std::string text;
};

// Runs one command on `context`. On a connection failure the context is
// unusable (hiredis has set c->err) and *failure says why.
RedisReply execute(redisContext* context, const std::vector<std::string>& argv, Failure* failure) {
  std::vector<const char*> args;
  std::vector<size_t> lengths;
  args.reserve(argv.size());
  lengths.reserve(argv.size());
  for (const std::string& arg : argv) {
    args.push_back(arg.data());
    lengths.push_back(arg.size());
  }
  errno = 0;
  void* raw = redisCommandArgv(context, static_cast<int>(argv.size()), args.data(), lengths.data());
  if (raw == nullptr) {
    failure->sys_errno = errno;
    failure->type = context->err ? context->err : REDIS_ERR_OTHER;
    failure->text = context->err ? context->errstr : "no reply";
    return RedisReply::error(failure->text);
  }
  auto* reply = static_cast<redisReply*>(raw);
  RedisReply out = convert(reply);
  freeReplyObject(reply);
  return out;
}

// A pooled connection that fails like this was closed by the other side
// while it sat idle (Redis restarted, or closed idle clients): the command
// never reached a live server.
bool is_stale(const Failure& failure) {
  return failure.type == REDIS_ERR_EOF ||
         (failure.type == REDIS_ERR_IO &&
          (failure.sys_errno == EPIPE || failure.sys_errno == ECONNRESET));
}

std::string sha1_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha1(), nullptr) != 1) return {};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < size; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xF];
  }
  return hex;
}

}  // namespace

std::optional<RedisUrl> RedisUrl::parse(std::string_view text, std::string* error) {
  RedisUrl url;
  std::string reason;
  size_t question = text.find('?');
  std::string_view query =
      question == std::string_view::npos ? std::string_view() : text.substr(question + 1);
  std::string_view base = text.substr(0, question);
  bool ok = false;
  if (starts_with(base, kTcpScheme)) {
    ok = parse_tcp(base.substr(kTcpScheme.size()), &url, &reason);
  } else if (starts_with(base, kUnixScheme)) {
    url.transport = Transport::kUnix;
    url.socket_path = std::string(base.substr(kUnixScheme.size()));
    ok = starts_with(url.socket_path, "/") && url.socket_path.size() > 1;
    if (!ok) reason = "write the socket's absolute path: unix:///path/to/redis.sock";
  } else if (starts_with(base, "rediss://")) {
    reason =
        "rediss:// (TLS) is not supported: use redis:// on a private network, a unix socket, "
        "or a local TLS tunnel";
  } else {
    reason = "expected redis://[:password@]host[:port][/db] or unix:///path/to/redis.sock";
  }
  ok = ok && parse_query(query, &url, &reason);
  if (!ok) {
    // The URL may hold a password: the message names the scheme, not the text.
    if (error) *error = "bad Redis URL: " + reason;
    return std::nullopt;
  }
  return url;
}

std::string RedisUrl::address() const {
  if (transport == Transport::kUnix) {
    return "unix://" + socket_path + (db != 0 ? "?db=" + std::to_string(db) : "");
  }
  bool v6 = host.find(':') != std::string::npos;
  return "redis://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port) + "/" +
         std::to_string(db);
}

RedisReply RedisReply::error(std::string message) {
  RedisReply reply;
  reply.type = Type::kError;
  reply.text = std::move(message);
  return reply;
}

RedisScript::RedisScript(std::string source) : source_(std::move(source)) {
  sha1_ = sha1_hex(source_);
}

struct RedisClient::Connection {
  struct Free {
    void operator()(redisContext* c) const { redisFree(c); }
  };
  std::unique_ptr<redisContext, Free> context;
  bool reused = false;  // has served a command before: may have gone stale while idle
};

void RedisClient::ConnectionDeleter::operator()(Connection* connection) const {
  delete connection;
}

RedisClient::RedisClient(RedisUrl url) : url_(std::move(url)) {}

RedisClient::~RedisClient() = default;

RedisClient::ConnectionPtr RedisClient::connect(std::string* error) const {
  timeval tv = to_timeval(url_.timeout);
  redisContext* raw = url_.transport == RedisUrl::Transport::kUnix
                          ? redisConnectUnixWithTimeout(url_.socket_path.c_str(), tv)
                          : redisConnectWithTimeout(url_.host.c_str(), url_.port, tv);
  ConnectionPtr connection(new Connection);
  connection->context.reset(raw);
  std::string where = "cannot connect to Redis at " + url_.address() + ": ";
  if (raw == nullptr) {
    *error = where + "out of memory";
    return nullptr;
  }
  if (raw->err) {
    *error = where + raw->errstr;
    return nullptr;
  }
  // Without a command timeout a Redis that stops answering (paused, network
  // partition) would hang the webhook or WebSocket thread forever.
  if (redisSetTimeout(raw, tv) != REDIS_OK) {
    *error = where + "cannot set the timeout";
    return nullptr;
  }
  if (url_.transport == RedisUrl::Transport::kTcp) redisEnableKeepAlive(raw);
  Failure failure;
  if (!url_.password.empty()) {
    std::vector<std::string> auth = {"AUTH"};
    if (!url_.username.empty()) auth.push_back(url_.username);
    auth.push_back(url_.password);
    RedisReply reply = execute(raw, auth, &failure);
    if (!reply.ok()) {
      *error = where + "authentication failed: " + reply.text;
      return nullptr;
    }
  }
  if (url_.db != 0) {
    RedisReply reply = execute(raw, {"SELECT", std::to_string(url_.db)}, &failure);
    if (!reply.ok()) {
      *error = where + "SELECT " + std::to_string(url_.db) + " failed: " + reply.text;
      return nullptr;
    }
  }
  return connection;
}

void RedisClient::give_back(ConnectionPtr connection) {
  connection->reused = true;
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < kMaxIdle) idle_.push_back(std::move(connection));
}

RedisReply RedisClient::command(const std::vector<std::string>& argv) {
  ScopedSigpipeBlock no_sigpipe;
  // How long commands fail fast after Redis was found down; then one tries again.
  constexpr std::chrono::milliseconds kRetryAfter{1000};
  auto mark_down = [&](const std::string& error) {
    std::lock_guard<std::mutex> lock(mutex_);
    down_until_ = std::chrono::steady_clock::now() + kRetryAfter;
    down_error_ = error;
  };
  for (int attempt = 0;; ++attempt) {
    ConnectionPtr connection;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (std::chrono::steady_clock::now() < down_until_) {
        return RedisReply::error(down_error_ + " (not retried for up to 1 s)");
      }
      if (!idle_.empty()) {
        connection = std::move(idle_.back());
        idle_.pop_back();
      }
    }
    if (!connection) {
      std::string error;
      connection = connect(&error);
      if (!connection) {
        mark_down(error);
        return RedisReply::error(error);
      }
    }
    Failure failure;
    RedisReply reply = execute(connection->context.get(), argv, &failure);
    if (failure.type == 0) {
      give_back(std::move(connection));
      return reply;
    }
    // The connection is broken (hiredis cannot resynchronise it): dropped.
    //
    // A stale pooled connection is retried once on a fresh one. That is safe
    // for everything this client runs: a stale socket fails before Redis
    // reads the command, and in the rare case where Redis ran it and the
    // reply was lost, running it again changes nothing that matters. A commit
    // with an event id finds its own SET of the id and reports a duplicate
    // (its context and replies were stored once); due() claims again and the
    // first claim only waits for its lease to end, as if a worker had died;
    // delivered(), failed(), SET and GET are idempotent. A timeout is not
    // retried: Redis may still be running the command, and the caller's time
    // is spent.
    bool stale = connection->reused && is_stale(failure);
    connection.reset();
    if (stale && attempt == 0) {
      // The other idle connections predate the same restart: drop them too.
      std::vector<ConnectionPtr> old;
      std::lock_guard<std::mutex> lock(mutex_);
      old.swap(idle_);
      continue;
    }
    bool timed_out = failure.type == REDIS_ERR_IO &&
                     (failure.sys_errno == EAGAIN || failure.sys_errno == EWOULDBLOCK);
    std::string error =
        "Redis at " + url_.address() + ": " +
        (timed_out ? "no reply within " + std::to_string(url_.timeout.count()) + " ms"
                   : failure.text);
    mark_down(error);
    return RedisReply::error(error);
  }
}

RedisReply RedisClient::eval(const RedisScript& script, const std::vector<std::string>& keys,
                             const std::vector<std::string>& args) {
  std::vector<std::string> argv;
  argv.reserve(3 + keys.size() + args.size());
  argv.push_back("EVALSHA");
  argv.push_back(script.sha1());
  argv.push_back(std::to_string(keys.size()));
  argv.insert(argv.end(), keys.begin(), keys.end());
  argv.insert(argv.end(), args.begin(), args.end());
  RedisReply reply = command(argv);
  if (reply.type == RedisReply::Type::kError && starts_with(reply.text, "NOSCRIPT")) {
    argv[0] = "EVAL";
    argv[1] = script.source();
    reply = command(argv);
  }
  return reply;
}

std::string RedisClient::ping() {
  RedisReply reply = command({"PING"});
  if (!reply.ok()) return reply.text;
  if (reply.type != RedisReply::Type::kStatus || reply.text != "PONG") {
    return "Redis at " + url_.address() + " answered PING with '" + reply.text + "'";
  }
  return {};
}

}  // namespace tanya::state
