// The two StateStore implementations behind one shape, so that one set of
// contract tests runs against both: open() gives a new store on the same
// data each time, as another replica (or a restarted one) would have.
#ifndef TANYA_TESTS_STATE_BACKENDS_H_
#define TANYA_TESTS_STATE_BACKENDS_H_

#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "channels/sqlite_state_store.h"
#include "channels/state_store.h"
#include "redis_server.h"
#include "state/redis_state_store.h"
#include "test_util.h"

namespace tanya::testing {

struct SqliteBackend {
  TempDir dir;
  std::unique_ptr<channels::StateStore> open() {
    std::string error;
    auto store = channels::open_sqlite_state_store(dir.file("state.db"), &error);
    INFO(error);
    REQUIRE(store);
    return store;
  }
};

struct RedisBackend {
  RedisServer server;
  std::unique_ptr<channels::StateStore> open() {
    std::string error;
    auto store = state::open_redis_state_store(server.client(), &error);
    INFO(error);
    REQUIRE(store);
    return store;
  }
};

inline channels::OutboxMessage call(std::string target, std::string body) {
  channels::OutboxMessage m;
  m.target = std::move(target);
  m.body = std::move(body);
  return m;
}

}  // namespace tanya::testing

#endif  // TANYA_TESTS_STATE_BACKENDS_H_
