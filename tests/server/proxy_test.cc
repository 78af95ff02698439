// `tanya serve --trust-proxy`: the reader's address from X-Forwarded-For in
// the log. The parsing as a unit, then the log lines of a real server, whose
// stderr is captured in-process.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include "server/forwarded.h"
#include "support.h"

namespace tanya::server::testing {
namespace {

TEST_CASE("forwarded_client takes the right-most valid address", "[server][proxy]") {
  // nginx appends the address it accepted the connection from; what is to
  // its left was sent by the client.
  CHECK(forwarded_client("203.0.113.7, 198.51.100.2", "", "127.0.0.1") == "198.51.100.2");
  CHECK(forwarded_client("198.51.100.2", "", "127.0.0.1") == "198.51.100.2");
  CHECK(forwarded_client("203.0.113.7,198.51.100.2", "", "127.0.0.1") == "198.51.100.2");
  CHECK(forwarded_client("10.0.0.1, 2001:DB8::1 ", "", "127.0.0.1") == "2001:db8::1");
  CHECK(forwarded_client("", "198.51.100.9", "127.0.0.1") == "198.51.100.9");
  CHECK(forwarded_client("", "", "127.0.0.1") == "127.0.0.1");

  // Not an address: the header is ignored (X-Real-IP, then the peer).
  for (const char* bad :
       {"garbage", "<script>", "198.51.100.2, garbage", "198.51.100.2,", "1.2.3", "256.1.1.1",
        "198.51.100.2:8080", "198.51.100.2\r\nX-Evil: 1", "unknown", ",,,"}) {
    INFO(bad);
    CHECK(forwarded_client(bad, "", "127.0.0.1") == "127.0.0.1");
    CHECK(forwarded_client(bad, "198.51.100.9", "127.0.0.1") == "198.51.100.9");
  }
  CHECK(forwarded_client("", "garbage", "127.0.0.1") == "127.0.0.1");
  // A zone id may be any text to the resolver, so the length cap is what
  // refuses a long one.
  CHECK(parse_forwarded_address("fe80::1%zone"));
  CHECK_FALSE(parse_forwarded_address("fe80::1%" + std::string(kMaxForwardedAddress, 'z')));
  CHECK(parse_forwarded_address(" \t198.51.100.2\t ") == "198.51.100.2");
}

// Redirects this process's stderr (where the server's JSON log goes) to a
// file while alive.
class StderrCapture {
 public:
  StderrCapture() : path_(temp_path("proxy_test_stderr.log")) {
    std::fflush(stderr);
    saved_ = dup(2);
    int fd = open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    dup2(fd, 2);
    close(fd);
  }
  ~StderrCapture() {
    std::fflush(stderr);
    dup2(saved_, 2);
    close(saved_);
  }
  StderrCapture(const StderrCapture&) = delete;
  StderrCapture& operator=(const StderrCapture&) = delete;

  // The log lines written so far whose "event" is `event`.
  std::vector<json> lines(const std::string& event) const {
    std::ifstream in(path_);
    std::vector<json> out;
    std::string line;
    while (std::getline(in, line)) {
      json value = json::parse(line, nullptr, false);
      if (value.is_object() && value.value("event", "") == event) out.push_back(value);
    }
    return out;
  }

 private:
  std::string path_;
  int saved_ = -1;
};

// One GET /healthz with `headers` (raw lines), read until the server closes.
void get_with(uint16_t port, const std::string& headers) {
  RawClient client(port);
  REQUIRE_FALSE(client.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers +
                             "Connection: close\r\n\r\n"));
  std::string response;
  client.read_some(&response, milliseconds(2000));
  CHECK(response.rfind("HTTP/1.1 200", 0) == 0);
}

TEST_CASE("--trust-proxy logs the client from X-Forwarded-For, and only then", "[server][proxy]") {
  const std::string forwarded = "X-Forwarded-For: 203.0.113.7, 198.51.100.2\r\n";
  SECTION("trusted") {
    ServerConfig config = test_config();
    config.log_requests = true;
    config.trust_proxy = true;
    StderrCapture capture;
    TestServer server(config);
    get_with(server.port(), forwarded);
    get_with(server.port(), "X-Forwarded-For: <script>alert(1)</script>\r\n");
    get_with(server.port(), "X-Forwarded-For: garbage\r\nX-Real-IP: 198.51.100.9\r\n");
    get_with(server.port(), "");
    // A WebSocket: the upgrade request's line and ws_open.
    WsClient ws(server.port());
    ws.stream().set_option(websocket::stream_base::decorator([](websocket::request_type& request) {
      request.set("X-Forwarded-For", "203.0.113.7, 198.51.100.3");
    }));
    ws.connect_and_welcome();

    auto http = capture.lines("http");
    REQUIRE(http.size() == 5);
    CHECK(http[0]["client"] == "198.51.100.2");
    CHECK(http[0]["remote"].get<std::string>().rfind("127.0.0.1:", 0) == 0);  // kept
    CHECK(http[1]["client"] == "127.0.0.1");  // garbage ignored: the peer
    CHECK(http[2]["client"] == "198.51.100.9");
    CHECK(http[3]["client"] == "127.0.0.1");
    CHECK(http[4]["status"] == 101);
    CHECK(http[4]["client"] == "198.51.100.3");
    auto opened = capture.lines("ws_open");
    REQUIRE(opened.size() == 1);
    CHECK(opened[0]["client"] == "198.51.100.3");
  }
  SECTION("not trusted (the default): the header is not read") {
    ServerConfig config = test_config();
    config.log_requests = true;
    StderrCapture capture;
    TestServer server(config);
    get_with(server.port(), forwarded);
    auto http = capture.lines("http");
    REQUIRE(http.size() == 1);
    CHECK_FALSE(http[0].contains("client"));
    CHECK(http[0]["remote"].get<std::string>().rfind("127.0.0.1:", 0) == 0);
  }
}

}  // namespace
}  // namespace tanya::server::testing
