// The outbound client's HTTPS path against a local TLS server: certificates
// are verified (an untrusted one, or one for another name, is refused), and a
// trusted one carries the request.
#include <catch2/catch.hpp>

#include "channels/http_client.h"
#include "tls_fake.h"

using namespace tanya::channels;
using tanya::testing::make_test_certificate;
using tanya::testing::TlsFakeServer;

TEST_CASE("HTTPS: a certificate the client does not trust is refused", "[http]") {
  TlsFakeServer server(make_test_certificate());
  HttpClient client(std::chrono::milliseconds(3000));
  HttpResult result =
      client.post({"https://127.0.0.1:" + std::to_string(server.port()) + "/x", {}, "{}"});
  CHECK(result.status == 0);
  CHECK(result.error.find("TLS handshake") != std::string::npos);
  CHECK(server.served() == 0);
}

TEST_CASE("HTTPS: a trusted certificate carries the request, by IP or host name", "[http]") {
  auto certificate = make_test_certificate();
  TlsFakeServer server(certificate);
  HttpClient client(std::chrono::milliseconds(3000), certificate.cert_pem);
  for (std::string host : {"127.0.0.1", "localhost"}) {
    INFO(host);
    HttpResult result = client.post(
        {"https://" + host + ":" + std::to_string(server.port()) + "/send", {}, "{\"n\":1}"});
    CHECK(result.error.empty());
    CHECK(result.status == 200);
    CHECK(result.body == R"({"ok":true,"tls":true})");
  }
  CHECK(server.served() == 2);
  CHECK(server.last_body() == "{\"n\":1}");
}

TEST_CASE("HTTPS: a trusted certificate for another name is refused", "[http]") {
  auto certificate = make_test_certificate("DNS:api.example.org");
  TlsFakeServer server(certificate);
  HttpClient client(std::chrono::milliseconds(3000), certificate.cert_pem);
  HttpResult result =
      client.post({"https://127.0.0.1:" + std::to_string(server.port()) + "/x", {}, "{}"});
  CHECK(result.status == 0);
  CHECK(result.error.find("TLS handshake") != std::string::npos);
  CHECK(server.served() == 0);
}
