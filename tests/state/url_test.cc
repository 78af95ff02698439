#include <catch2/catch.hpp>

#include "state/redis.h"
#include "state/shared_state.h"

using tanya::state::is_shared_state_url;
using tanya::state::RedisUrl;

namespace {
RedisUrl parse_ok(const std::string& text) {
  std::string error;
  std::optional<RedisUrl> url = RedisUrl::parse(text, &error);
  INFO(text << ": " << error);
  REQUIRE(url);
  return *url;
}

std::string parse_error(const std::string& text) {
  std::string error;
  INFO(text);
  CHECK_FALSE(RedisUrl::parse(text, &error));
  CHECK_FALSE(error.empty());
  return error;
}
}  // namespace

TEST_CASE("redis:// URLs: host, port, db, password and parameters", "[url]") {
  RedisUrl plain = parse_ok("redis://localhost");
  CHECK(plain.transport == RedisUrl::Transport::kTcp);
  CHECK(plain.host == "localhost");
  CHECK(plain.port == 6379);
  CHECK(plain.db == 0);
  CHECK(plain.password.empty());
  CHECK(plain.prefix == "tanya:");
  CHECK(plain.timeout == std::chrono::milliseconds(2000));

  RedisUrl full = parse_ok("redis://:s3cr%40t:x@10.0.0.5:6380/2?prefix=bot%3Aa:&timeout_ms=250");
  CHECK(full.host == "10.0.0.5");
  CHECK(full.port == 6380);
  CHECK(full.db == 2);
  CHECK(full.username.empty());
  CHECK(full.password == "s3cr@t:x");
  CHECK(full.prefix == "bot:a:");
  CHECK(full.timeout == std::chrono::milliseconds(250));
  CHECK(full.address() == "redis://10.0.0.5:6380/2");  // never the password

  RedisUrl acl = parse_ok("redis://tanya:pw@redis.internal/");
  CHECK(acl.username == "tanya");
  CHECK(acl.password == "pw");
  CHECK(acl.host == "redis.internal");

  RedisUrl v6 = parse_ok("redis://[::1]:7000");
  CHECK(v6.host == "::1");
  CHECK(v6.port == 7000);
  CHECK(v6.address() == "redis://[::1]:7000/0");
  CHECK(parse_ok("redis://[::1]").port == 6379);
  CHECK(parse_ok("redis://h?prefix=").prefix.empty());
}

TEST_CASE("unix:// URLs: socket path, db and prefix", "[url]") {
  RedisUrl url = parse_ok("unix:///run/redis/redis.sock?db=3&prefix=t:");
  CHECK(url.transport == RedisUrl::Transport::kUnix);
  CHECK(url.socket_path == "/run/redis/redis.sock");
  CHECK(url.db == 3);
  CHECK(url.prefix == "t:");
  CHECK(url.address() == "unix:///run/redis/redis.sock?db=3");
  CHECK(parse_ok("unix:///tmp/r.sock").address() == "unix:///tmp/r.sock");
}

TEST_CASE("anything else is refused with a reason, never echoing a password", "[url]") {
  CHECK_THAT(parse_error("rediss://h:6379"), Catch::Contains("TLS"));
  CHECK_THAT(parse_error("http://h"), Catch::Contains("redis://"));
  CHECK_THAT(parse_error("redis://h:0"), Catch::Contains("port"));
  CHECK_THAT(parse_error("redis://h:65536"), Catch::Contains("port"));
  CHECK_THAT(parse_error("redis://h:port"), Catch::Contains("port"));
  CHECK_THAT(parse_error("redis://h/abc"), Catch::Contains("database"));
  CHECK_THAT(parse_error("redis://h?timeout_ms=0"), Catch::Contains("timeout_ms"));
  CHECK_THAT(parse_error("redis://h?timeout_ms=-5"), Catch::Contains("timeout_ms"));
  CHECK_THAT(parse_error("redis://h?colour=red"), Catch::Contains("colour"));
  CHECK_THAT(parse_error("unix://relative/r.sock"), Catch::Contains("absolute"));
  CHECK_THAT(parse_error("unix:///r.sock?db=x"), Catch::Contains("db"));
  CHECK_THAT(parse_error("redis://[::1"), Catch::Contains("IPv6"));
  parse_error("redis://");
  parse_error("redis://:pw@");
  parse_error("redis://h?prefix=%zz");
  parse_error("");
  std::string error = parse_error("redis://hunter2@h");  // no ':' before the password
  CHECK_THAT(error, !Catch::Contains("hunter2"));
}

TEST_CASE("which --state values are shared state", "[url]") {
  CHECK(is_shared_state_url("redis://localhost"));
  CHECK(is_shared_state_url("unix:///run/redis.sock"));
  CHECK(is_shared_state_url("rediss://h"));  // refused later, with a reason
  CHECK_FALSE(is_shared_state_url("state.db"));
  CHECK_FALSE(is_shared_state_url("sqlite:/var/lib/tanya/state.db"));
  CHECK_FALSE(is_shared_state_url("/var/lib/redis.db"));
}
