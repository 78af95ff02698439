// What only the SQLite store does. The StateStore contract itself (dedup,
// context, outbox order, leases, replicas racing) is written once in
// tests/state/state_store_contract_test.cc and run against SQLite and Redis.
#include <catch2/catch.hpp>

#include "channels/sqlite_state_store.h"

using namespace tanya::channels;

TEST_CASE("an unwritable state path is an error, not a crash", "[state]") {
  std::string error;
  CHECK(open_sqlite_state_store("/nonexistent-dir/tanya/state.db", &error) == nullptr);
  CHECK_FALSE(error.empty());
}
