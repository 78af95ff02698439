// Runs the real `tanya serve` binary as a subprocess for end-to-end tests:
// started with --port 0, its port read from the "listening" line of its JSON
// log on stderr, stopped with SIGTERM like a deployment would.
#ifndef TANYA_TESTS_CHANNELS_SERVER_PROCESS_H_
#define TANYA_TESTS_CHANNELS_SERVER_PROCESS_H_

#include <sys/types.h>

#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tanya::testing {

class ServerProcess {
 public:
  // Starts `binary` with `args`, the current environment minus every TANYA_*
  // variable, plus `env`. Waits up to 60 s for it to listen; port() is 0 if
  // it did not (log() says why).
  ServerProcess(const std::string& binary, const std::vector<std::string>& args,
                const std::map<std::string, std::string>& env);
  ~ServerProcess();  // stop()
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }

  // SIGTERM, then waits for the exit; returns the exit status (or -1).
  int stop();

  // Everything the server wrote to stderr so far.
  std::string log() const;

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int stderr_fd_ = -1;
  std::thread reader_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::string log_;
  bool closed_ = false;
};

struct Reply {
  int status = 0;
  std::string body;
};

// One blocking HTTP/1.1 request to 127.0.0.1:port. status 0 on a network error.
Reply http_request(int port, const std::string& method, const std::string& target,
                   const std::map<std::string, std::string>& headers = {},
                   const std::string& body = "");

}  // namespace tanya::testing

#endif  // TANYA_TESTS_CHANNELS_SERVER_PROCESS_H_
