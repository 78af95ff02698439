// A private redis-server for one test: on a unix socket in a temporary
// directory, no TCP port, no persistence; stopped (and the directory removed)
// at scope exit. A machine without redis-server fails the test, saying how
// to install it: the Redis stores must not pass untested.
#ifndef TANYA_TESTS_STATE_REDIS_SERVER_H_
#define TANYA_TESTS_STATE_REDIS_SERVER_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <string_view>

#include "state/redis.h"
#include "test_util.h"

namespace tanya::testing {

class RedisServer {
 public:
  RedisServer();  // started
  ~RedisServer();
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  // unix://<dir>/r.sock, followed by `query` ("?prefix=x:").
  std::string url(std::string_view query = "") const;
  // A new client, as a replica would have.
  std::shared_ptr<state::RedisClient> client(std::string_view query = "") const;

  void start();  // again, on the same socket (empty: it kept nothing)
  void stop();   // like a crash: SIGKILL
  void pause();  // SIGSTOP: connections open, no replies
  void resume();

 private:
  TempDir dir_;
  std::string socket_;
  pid_t pid_ = -1;
};

}  // namespace tanya::testing

#endif  // TANYA_TESTS_STATE_REDIS_SERVER_H_
