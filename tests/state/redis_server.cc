#include "redis_server.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace tanya::testing {
namespace {

std::string find_redis_server() {
  std::vector<std::string> candidates;
  if (const char* path = std::getenv("PATH")) {
    std::stringstream dirs(path);
    for (std::string dir; std::getline(dirs, dir, ':');) {
      if (!dir.empty()) candidates.push_back(dir + "/redis-server");
    }
  }
  candidates.push_back("/usr/bin/redis-server");
  candidates.push_back("/usr/sbin/redis-server");
  for (const std::string& candidate : candidates) {
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

RedisServer::RedisServer() : socket_(dir_.file("r.sock")) {
  start();
}

RedisServer::~RedisServer() {
  stop();
}

std::string RedisServer::url(std::string_view query) const {
  return "unix://" + socket_ + std::string(query);
}

std::shared_ptr<state::RedisClient> RedisServer::client(std::string_view query) const {
  std::string error;
  std::optional<state::RedisUrl> parsed = state::RedisUrl::parse(url(query), &error);
  INFO(error);
  REQUIRE(parsed);
  return std::make_shared<state::RedisClient>(*parsed);
}

void RedisServer::start() {
  std::string binary = find_redis_server();
  if (binary.empty()) {
    FAIL(
        "redis-server is not installed: run scripts/setup.sh --for-tests "
        "(or apt-get install redis-server)");
  }
  std::string log = dir_.file("redis.log");
  std::vector<std::string> args = {
      binary,  "--port", "0",           "--save",    "",  "--appendonly", "no", "--unixsocket",
      socket_, "--dir",  dir_.file(""), "--logfile", log, "--daemonize",  "no", "--unixsocketperm",
      "700"};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int rc = posix_spawn(&pid_, binary.c_str(), nullptr, nullptr, argv.data(), environ);
  REQUIRE(rc == 0);

  auto client = this->client();
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  std::string problem = "not started";
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      FAIL("redis-server exited at startup:\n" << read_file(log));
    }
    problem = client->ping();
    if (problem.empty()) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  stop();
  FAIL("redis-server did not answer on " << socket_ << ": " << problem << "\n" << read_file(log));
}

void RedisServer::pause() {
  if (pid_ > 0) kill(pid_, SIGSTOP);
}

void RedisServer::resume() {
  if (pid_ > 0) kill(pid_, SIGCONT);
}

void RedisServer::stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

}  // namespace tanya::testing
