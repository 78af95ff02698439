// A minimal HTTPS server for testing the outbound client's TLS path: a
// self-signed certificate made at test time (for 127.0.0.1 and localhost),
// one canned response per connection.
#ifndef TANYA_TESTS_CHANNELS_TLS_FAKE_H_
#define TANYA_TESTS_CHANNELS_TLS_FAKE_H_

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace tanya::testing {

struct TestCertificate {
  std::string cert_pem;
  std::string key_pem;
};

// A fresh self-signed EC certificate (its own CA) for the names in
// `subject_alt_name`, valid for a day.
TestCertificate make_test_certificate(
    const std::string& subject_alt_name = "IP:127.0.0.1,DNS:localhost");

class TlsFakeServer {
 public:
  explicit TlsFakeServer(const TestCertificate& certificate);
  ~TlsFakeServer();
  TlsFakeServer(const TlsFakeServer&) = delete;
  TlsFakeServer& operator=(const TlsFakeServer&) = delete;

  int port() const;
  // Requests fully received and answered.
  int served() const { return served_; }
  // The body of the last request.
  std::string last_body() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::atomic<int> served_{0};
};

}  // namespace tanya::testing

#endif  // TANYA_TESTS_CHANNELS_TLS_FAKE_H_
