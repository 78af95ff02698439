// A fake platform API for the tests: a real HTTP server on 127.0.0.1 (port
// chosen by the kernel) that records every request it receives and answers
// with a scripted status and body, so a test can check the URL, the auth
// header and the body of each outbound reply, and make the API fail.
#ifndef TANYA_TESTS_CHANNELS_FAKE_API_H_
#define TANYA_TESTS_CHANNELS_FAKE_API_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tanya::testing {

struct Recorded {
  std::string method;
  std::string target;
  std::map<std::string, std::string> headers;  // lowercased names
  std::string body;
};

struct Scripted {
  int status = 200;
  std::string body;
};

class FakeApi {
 public:
  FakeApi();  // listening when constructed
  ~FakeApi();
  FakeApi(const FakeApi&) = delete;
  FakeApi& operator=(const FakeApi&) = delete;

  // "http://127.0.0.1:<port>"
  std::string base_url() const;

  // How to answer each request; the default is 200 with {"ok":true}.
  void set_responder(std::function<Scripted(const Recorded&)> responder);

  // Requests received so far.
  std::vector<Recorded> requests() const;
  size_t count() const;

  // Waits until at least `n` requests arrived; false on timeout.
  bool wait_for(size_t n, std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;

  // When set, the server accepts connections but never answers (for timeouts).
  void set_silent(bool silent);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tanya::testing

#endif  // TANYA_TESTS_CHANNELS_FAKE_API_H_
