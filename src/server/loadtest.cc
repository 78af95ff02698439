#include "server/loadtest.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <type_traits>

namespace tanya::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using net::ip::tcp;
using Clock = std::chrono::steady_clock;
using PlainSocket = websocket::stream<beast::tcp_stream>;
using TlsSocket = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;

namespace {

struct Url {
  bool tls = false;  // wss://
  std::string host;
  std::string port;
  std::string path;
};

bool parse_ws_url(const std::string& url, Url* out) {
  std::string rest;
  if (url.compare(0, 6, "wss://") == 0) {
    out->tls = true;
    rest = url.substr(6);
  } else if (url.compare(0, 5, "ws://") == 0) {
    rest = url.substr(5);
  } else {
    return false;
  }
  size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  out->path = slash == std::string::npos ? "/" : rest.substr(slash);
  size_t colon = authority.rfind(':');
  if (colon == std::string::npos) {
    out->host = authority;
    out->port = out->tls ? "443" : "80";
  } else {
    out->host = authority.substr(0, colon);
    out->port = authority.substr(colon + 1);
  }
  return !out->host.empty() && !out->port.empty();
}

int64_t ticks(Clock::time_point t) {
  return t.time_since_epoch().count();
}

// What every client connection shares. Only atomics (and connect_error,
// under its mutex) are written after start.
struct Shared {
  tcp::endpoint endpoint;
  std::string host;  // as in the URL: for TLS, the name the certificate must have
  std::string host_header;
  std::string path;
  std::string origin;                // empty: no Origin header
  net::ssl::context* tls = nullptr;  // wss://: verifies the server's certificate
  bool idle = false;
  std::string expected_prefix;            // of a successful reply
  std::vector<std::string> requests;      // sent in turn
  std::chrono::milliseconds interval{0};  // between one connection's questions; 0: closed loop
  int64_t connections = 1;
  std::atomic<bool> stop{false};
  std::atomic<int64_t> measure_from{std::numeric_limits<int64_t>::max()};
  std::atomic<int64_t> measure_until{std::numeric_limits<int64_t>::max()};
  std::atomic<int> connected{0};
  std::atomic<int> attempted{0};  // handshakes finished, successfully or not
  std::atomic<uint64_t> errors{0};
  std::mutex connect_error_mu;
  std::string connect_error;  // the first one, to tell a bad certificate from a down server
  std::atomic<size_t> next_to_start{0};
  std::vector<std::function<void()>> starters;

  void launch_next() {
    size_t i = next_to_start.fetch_add(1);
    if (i < starters.size()) starters[i]();
  }
};

// Sets SNI on a wss:// connection (the certificate's name is checked by the
// context's verify callback). Returns false, with *ec, if it cannot.
bool prepare_tls(SSL* ssl, const std::string& host, beast::error_code* ec) {
  beast::error_code not_address;
  net::ip::make_address(host, not_address);
  // SNI lets nginx pick the server block and certificate; RFC 6066 allows
  // host names only, never an IP literal.
  if (not_address && SSL_set_tlsext_host_name(ssl, host.c_str()) != 1) {
    *ec = beast::error_code(static_cast<int>(::ERR_get_error()), net::error::get_ssl_category());
    return false;
  }
  return true;
}

// One client connection: connect, handshake, read the welcome, then loop
// (ask/ping: write one request, read its reply, repeat; idle: keep a read
// pending so the server's pings are answered). `Socket` is PlainSocket
// (ws://) or TlsSocket (wss://); the loop is the same.
template <typename Socket>
class Client : public std::enable_shared_from_this<Client<Socket>> {
 public:
  // `stream_args`: a strand, plus the TLS context for wss://.
  template <typename... StreamArgs>
  Client(Shared& shared, size_t first_turn, StreamArgs&&... stream_args)
      : ws_(std::forward<StreamArgs>(stream_args)...),
        pause_(ws_.get_executor()),
        shared_(shared),
        turn_(first_turn) {}

  void start() {
    beast::get_lowest_layer(ws_).expires_after(std::chrono::seconds(30));
    beast::get_lowest_layer(ws_).async_connect(
        shared_.endpoint, beast::bind_front_handler(&Client::on_connect, this->shared_from_this()));
  }

  const std::vector<uint32_t>& samples_us() const { return samples_us_; }

 private:
  void on_connect(beast::error_code ec) {
    if (ec) return handshake_done(false, ec);
    beast::get_lowest_layer(ws_).socket().set_option(tcp::no_delay(true), ec);
    if constexpr (std::is_same_v<Socket, TlsSocket>) {
      // The TLS handshake still runs under the connect deadline above.
      if (!prepare_tls(ws_.next_layer().native_handle(), shared_.host, &ec)) {
        return handshake_done(false, ec);
      }
      ws_.next_layer().async_handshake(
          net::ssl::stream_base::client,
          beast::bind_front_handler(&Client::on_tls_handshake, this->shared_from_this()));
    } else {
      websocket_handshake();
    }
  }

  void on_tls_handshake(beast::error_code ec) {
    if (ec) return handshake_done(false, ec);
    websocket_handshake();
  }

  void websocket_handshake() {
    beast::get_lowest_layer(ws_).expires_never();
    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
    if (!shared_.origin.empty()) {
      ws_.set_option(websocket::stream_base::decorator(
          [&origin = shared_.origin](websocket::request_type& request) {
            request.set(http::field::origin, origin);
          }));
    }
    ws_.async_handshake(shared_.host_header, shared_.path,
                        beast::bind_front_handler(&Client::on_handshake, this->shared_from_this()));
  }

  void on_handshake(beast::error_code ec) {
    if (ec) return handshake_done(false, ec);
    ws_.async_read(buffer_,
                   beast::bind_front_handler(&Client::on_welcome, this->shared_from_this()));
  }

  void on_welcome(beast::error_code ec, size_t) {
    if (ec) return handshake_done(false, ec);
    handshake_done(true);
    buffer_.consume(buffer_.size());
    if (shared_.idle) {
      ws_.async_read(buffer_,
                     beast::bind_front_handler(&Client::on_idle_read, this->shared_from_this()));
    } else if (shared_.interval.count() > 0) {
      // Paced connections start spread over one interval, as readers
      // arrive: all asking in the same instant would measure a queue the
      // generator made, not the server.
      pause_.expires_after(shared_.interval * static_cast<int64_t>(turn_) /
                           std::max<int64_t>(1, shared_.connections));
      pause_.async_wait([self = this->shared_from_this()](beast::error_code wait_ec) {
        if (!wait_ec) self->send_next();
      });
    } else {
      send_next();
    }
  }

  void handshake_done(bool ok, beast::error_code ec = {}) {
    if (ok) {
      shared_.connected.fetch_add(1);
    } else {
      shared_.errors.fetch_add(1);
      std::lock_guard<std::mutex> lock(shared_.connect_error_mu);
      if (shared_.connect_error.empty()) shared_.connect_error = ec.message();
    }
    shared_.attempted.fetch_add(1);
    shared_.launch_next();
  }

  void on_idle_read(beast::error_code ec, size_t) {
    if (ec) {
      if (!shared_.stop.load()) shared_.errors.fetch_add(1);  // dropped by the server
      return;
    }
    buffer_.consume(buffer_.size());
    ws_.async_read(buffer_,
                   beast::bind_front_handler(&Client::on_idle_read, this->shared_from_this()));
  }

  void send_next() {
    if (shared_.stop.load(std::memory_order_relaxed)) return;
    const std::string& request = shared_.requests[turn_++ % shared_.requests.size()];
    sent_ = Clock::now();
    ws_.async_write(net::buffer(request),
                    beast::bind_front_handler(&Client::on_write, this->shared_from_this()));
  }

  void on_write(beast::error_code ec, size_t) {
    if (ec) return failed();
    ws_.async_read(buffer_, beast::bind_front_handler(&Client::on_reply, this->shared_from_this()));
  }

  void on_reply(beast::error_code ec, size_t) {
    if (ec) return failed();
    auto now = Clock::now();
    auto data = buffer_.data();
    std::string_view reply(static_cast<const char*>(data.data()), data.size());
    bool ok = reply.compare(0, shared_.expected_prefix.size(), shared_.expected_prefix) == 0;
    if (ticks(sent_) >= shared_.measure_from.load(std::memory_order_relaxed) &&
        ticks(now) < shared_.measure_until.load(std::memory_order_relaxed)) {
      if (ok) {
        auto us = std::chrono::duration_cast<std::chrono::microseconds>(now - sent_).count();
        samples_us_.push_back(static_cast<uint32_t>(std::min<int64_t>(us, UINT32_MAX)));
      } else {
        shared_.errors.fetch_add(1);
      }
    }
    buffer_.consume(buffer_.size());
    if (shared_.interval.count() == 0) return send_next();
    // Paced: the next question goes one interval after the last was sent
    // (at once if the answer took longer), so the load offered does not
    // depend on how fast the server answers.
    pause_.expires_at(sent_ + shared_.interval);
    pause_.async_wait([self = this->shared_from_this()](beast::error_code wait_ec) {
      if (!wait_ec) self->send_next();
    });
  }

  void failed() {
    if (!shared_.stop.load()) shared_.errors.fetch_add(1);
  }

  Socket ws_;
  net::steady_timer pause_;
  beast::flat_buffer buffer_;
  Shared& shared_;
  size_t turn_;
  Clock::time_point sent_;
  std::vector<uint32_t> samples_us_;
};

// GET /metrics on a connected stream; empty unless the answer is 200.
template <typename Stream>
std::string get_metrics(Stream& stream, const std::string& host_header) {
  http::request<http::empty_body> request{http::verb::get, "/metrics", 11};
  request.set(http::field::host, host_header);
  http::write(stream, request);
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  http::read(stream, buffer, response);
  beast::error_code ec;
  beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, ec);
  return response.result() == http::status::ok ? response.body() : std::string();
}

// GET /metrics from the server under test; empty on failure. Through nginx
// (wss://) the answer is 404, since metrics are scraped on loopback: then
// the figures that come from it are reported as unknown, and the run goes on.
std::string fetch_metrics(const Shared& shared) {
  try {
    net::io_context ioc;
    if (shared.tls != nullptr) {
      beast::ssl_stream<beast::tcp_stream> stream(ioc, *shared.tls);
      beast::error_code ec;
      if (!prepare_tls(stream.native_handle(), shared.host, &ec)) return {};
      beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(5));
      beast::get_lowest_layer(stream).connect(shared.endpoint);
      stream.handshake(net::ssl::stream_base::client);
      return get_metrics(stream, shared.host_header);
    }
    beast::tcp_stream stream(ioc);
    stream.expires_after(std::chrono::seconds(5));
    stream.connect(shared.endpoint);
    return get_metrics(stream, shared.host_header);
  } catch (const std::exception&) {
    return {};
  }
}

// Value of the first sample line starting with `name` (and a space).
double metric_value(const std::string& text, const std::string& name, double fallback) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, name.size(), name) == 0 && line.size() > name.size() &&
        line[name.size()] == ' ') {
      return std::strtod(line.c_str() + name.size() + 1, nullptr);
    }
  }
  return fallback;
}

double percentile_ms(const std::vector<uint32_t>& sorted, double q) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(std::ceil(q * static_cast<double>(sorted.size())));
  rank = std::clamp<size_t>(rank, 1, sorted.size());
  return sorted[rank - 1] / 1000.0;
}

std::vector<std::string> default_questions() {
  return {"Apa itu kerja sama bilateral?",
          "Apa saja bentuk kerja sama internasional?",
          "Apa tujuan kerja sama internasional?",
          "Contohnya?",
          "Apa itu kerja sama regional?",
          "Apa manfaat kerja sama internasional bagi Indonesia?",
          "Apa itu kerja sama multilateral?",
          "Siapa juara piala dunia 1998?"};
}

}  // namespace

bool read_questions(const std::string& path, std::vector<std::string>* out, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (line[line.find_first_not_of(" \t")] != '{') {
      out->push_back(line);
      continue;
    }
    auto row = nlohmann::json::parse(line, nullptr, false);
    auto turns = row.is_object() ? row.find("turns") : row.end();
    if (turns == row.end() || !turns->is_array() || turns->empty() || !(*turns)[0].is_string()) {
      *error = path + ":" + std::to_string(number) + ": expected {\"turns\": [\"question\", ...]}";
      return false;
    }
    out->push_back((*turns)[0].get<std::string>());
  }
  if (out->empty()) {
    *error = path + ": no questions";
    return false;
  }
  return true;
}

bool parse_duration(const std::string& text, std::chrono::milliseconds* out) {
  if (text.empty()) return false;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  std::string unit(end);
  if (end == text.c_str() || value < 0) return false;
  double ms;
  if (unit.empty() || unit == "s") {
    ms = value * 1000;
  } else if (unit == "ms") {
    ms = value;
  } else if (unit == "m") {
    ms = value * 60000;
  } else {
    return false;
  }
  *out = std::chrono::milliseconds(static_cast<int64_t>(ms));
  return true;
}

LoadTestResult run_load_test(const LoadTestOptions& options) {
  LoadTestResult result;
  Url url;
  if (!parse_ws_url(options.url, &url)) {
    result.error = "bad --url (expected ws://host:port/path or wss://...): " + options.url;
    return result;
  }
  if (options.mode != "ask" && options.mode != "ping" && options.mode != "idle") {
    result.error = "bad --mode (ask, ping or idle): " + options.mode;
    return result;
  }
  if (options.connections < 1) {
    result.error = "--connections must be at least 1";
    return result;
  }

  net::io_context ioc(options.threads);
  Shared shared;
  // The certificate is verified as a browser would (chain and host name):
  // a load test through a misconfigured proxy must fail, not measure it.
  net::ssl::context tls(net::ssl::context::tls_client);
  if (url.tls) {
    beast::error_code ec;
    if (options.cafile.empty()) {
      tls.set_default_verify_paths(ec);
    } else {
      tls.load_verify_file(options.cafile, ec);
    }
    if (ec) {
      result.error = "cannot load CA certificates " +
                     (options.cafile.empty() ? std::string("(system store)") : options.cafile) +
                     ": " + ec.message();
      return result;
    }
    tls.set_verify_mode(net::ssl::verify_peer);
    tls.set_verify_callback(net::ssl::host_name_verification(url.host));
    shared.tls = &tls;
  }
  {
    beast::error_code ec;
    tcp::resolver resolver(ioc);
    auto endpoints = resolver.resolve(url.host, url.port, ec);
    if (ec || endpoints.empty()) {
      result.error = "cannot resolve " + url.host + ":" + url.port;
      return result;
    }
    shared.endpoint = endpoints.begin()->endpoint();
  }
  shared.host = url.host;
  shared.host_header = url.host + ":" + url.port;
  shared.path = url.path;
  shared.origin = options.origin;
  shared.idle = options.mode == "idle";
  shared.interval = options.interval;
  shared.connections = options.connections;
  if (options.mode == "ping") {
    shared.expected_prefix = R"({"type":"pong")";
    shared.requests = {R"({"type":"ping"})"};
  } else {
    shared.expected_prefix = R"({"type":"answer")";
    auto questions = options.questions.empty() ? default_questions() : options.questions;
    for (size_t i = 0; i < questions.size(); ++i) {
      nlohmann::json request = {
          {"type", "ask"}, {"id", "q" + std::to_string(i)}, {"text", questions[i]}};
      shared.requests.push_back(
          request.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }

  result.server_rss_before = static_cast<uint64_t>(
      metric_value(fetch_metrics(shared), "process_resident_memory_bytes", 0));

  std::vector<std::shared_ptr<Client<PlainSocket>>> clients;
  std::vector<std::shared_ptr<Client<TlsSocket>>> tls_clients;
  if (url.tls) {
    tls_clients.reserve(static_cast<size_t>(options.connections));
  } else {
    clients.reserve(static_cast<size_t>(options.connections));
  }
  for (int i = 0; i < options.connections; ++i) {
    if (url.tls) {
      auto client = std::make_shared<Client<TlsSocket>>(shared, static_cast<size_t>(i),
                                                        net::make_strand(ioc), tls);
      shared.starters.push_back([client] { client->start(); });
      tls_clients.push_back(std::move(client));
    } else {
      auto client = std::make_shared<Client<PlainSocket>>(shared, static_cast<size_t>(i),
                                                          net::make_strand(ioc));
      shared.starters.push_back([client] { client->start(); });
      clients.push_back(std::move(client));
    }
  }

  auto connect_started = Clock::now();
  int first = std::min(options.connections, std::max(1, options.connect_concurrency));
  for (int i = 0; i < first; ++i) shared.launch_next();
  std::vector<std::thread> threads;
  for (int i = 0; i < std::max(1, options.threads); ++i)
    threads.emplace_back([&ioc] { ioc.run(); });

  // Wait for every connection attempt (bounded: handshakes time out at 30 s).
  auto connect_deadline = connect_started + std::chrono::seconds(60);
  while (shared.attempted.load() < options.connections && Clock::now() < connect_deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  result.connect_seconds = std::chrono::duration<double>(Clock::now() - connect_started).count();
  result.connected = shared.connected.load();

  Clock::time_point from, until;
  if (shared.idle) {
    from = Clock::now();
    std::this_thread::sleep_for(options.duration);
    until = Clock::now();
  } else {
    std::this_thread::sleep_for(options.warmup);
    from = Clock::now();
    shared.measure_from = ticks(from);
    std::this_thread::sleep_for(options.duration);
    until = Clock::now();
    shared.measure_until = ticks(until);
  }
  // Read the server's memory while every connection is still open.
  std::string metrics = fetch_metrics(shared);
  result.server_rss =
      static_cast<uint64_t>(metric_value(metrics, "process_resident_memory_bytes", 0));
  result.server_open_websockets =
      static_cast<int64_t>(metric_value(metrics, "tanya_open_connections{kind=\"websocket\"}", -1));

  shared.stop = true;
  ioc.stop();
  for (auto& t : threads) t.join();

  std::vector<uint32_t> samples;
  for (const auto& client : clients) {
    samples.insert(samples.end(), client->samples_us().begin(), client->samples_us().end());
  }
  for (const auto& client : tls_clients) {
    samples.insert(samples.end(), client->samples_us().begin(), client->samples_us().end());
  }
  clients.clear();
  tls_clients.clear();
  shared.starters.clear();
  std::sort(samples.begin(), samples.end());
  result.seconds = std::chrono::duration<double>(until - from).count();
  result.replies = samples.size();
  result.errors = shared.errors.load();
  result.connect_error = shared.connect_error;
  result.per_second = result.seconds > 0 ? static_cast<double>(result.replies) / result.seconds : 0;
  result.p50_ms = percentile_ms(samples, 0.50);
  result.p99_ms = percentile_ms(samples, 0.99);
  result.p999_ms = percentile_ms(samples, 0.999);
  result.max_ms = samples.empty() ? 0 : samples.back() / 1000.0;
  return result;
}

void add_loadtest_command(CLI::App& app) {
  struct Flags {
    LoadTestOptions options;
    std::string duration = "10s";
    std::string warmup = "1s";
    std::string interval = "0";
    std::string questions_file;
    bool json = false;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app.add_subcommand("loadtest", "Load-test a running server over WebSocket");
  cmd->add_option("--url", flags->options.url,
                  "WebSocket URL of the server: ws://, or wss:// through a TLS proxy (nginx)")
      ->capture_default_str();
  cmd->add_option("--cafile", flags->options.cafile,
                  "wss://: PEM file of the CA certificates to trust (default: the system's)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--origin", flags->options.origin,
                  "Origin header to send, as a browser does (e.g. https://tanya.example.com); "
                  "default none");
  cmd->add_option("--mode", flags->options.mode, "ask, ping or idle")
      ->check(CLI::IsMember({"ask", "ping", "idle"}))
      ->capture_default_str();
  cmd->add_option("--connections", flags->options.connections, "Concurrent connections")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  cmd->add_option("--duration", flags->duration, "Measured time (idle: time held), e.g. 10s")
      ->capture_default_str();
  cmd->add_option("--warmup", flags->warmup, "Unmeasured time before measuring")
      ->capture_default_str();
  cmd->add_option("--threads", flags->options.threads, "Client I/O threads")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  cmd->add_option("--question", flags->options.questions, "Question to ask (repeatable)");
  cmd->add_option("--questions", flags->questions_file,
                  "File of questions to ask in turn: one per line, or JSONL with the first of "
                  "\"turns\" (the shared scorer's format)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--interval", flags->interval,
                  "ask: each connection asks once per interval (e.g. 100ms), an offered load of "
                  "connections/interval; 0: ask again as soon as answered")
      ->capture_default_str();
  cmd->add_flag("--json", flags->json, "Print the figures as one JSON line");
  cmd->callback([flags] {
    LoadTestOptions options = flags->options;
    if (!parse_duration(flags->duration, &options.duration) ||
        !parse_duration(flags->warmup, &options.warmup)) {
      throw CLI::ValidationError("--duration/--warmup", "expected e.g. 10s, 500ms, 1m");
    }
    if (!parse_duration(flags->interval, &options.interval)) {
      throw CLI::ValidationError("--interval", "expected e.g. 100ms, 1s, or 0");
    }
    if (!flags->questions_file.empty()) {
      std::string error;
      if (!read_questions(flags->questions_file, &options.questions, &error)) {
        throw CLI::ValidationError("--questions", error);
      }
    }
    LoadTestResult r = run_load_test(options);
    if (!r.error.empty()) {
      std::fprintf(stderr, "loadtest: %s\n", r.error.c_str());
      throw CLI::RuntimeError(1);
    }
    double mb = 1024.0 * 1024.0;
    if (flags->json) {
      nlohmann::json out = {{"mode", options.mode},
                            {"connections", options.connections},
                            {"connected", r.connected},
                            {"seconds", r.seconds},
                            {"replies", r.replies},
                            {"per_second", r.per_second},
                            {"p50_ms", r.p50_ms},
                            {"p99_ms", r.p99_ms},
                            {"p999_ms", r.p999_ms},
                            {"max_ms", r.max_ms},
                            {"errors", r.errors},
                            {"connect_seconds", r.connect_seconds},
                            {"server_rss_before_bytes", r.server_rss_before},
                            {"server_rss_bytes", r.server_rss},
                            {"server_open_websockets", r.server_open_websockets}};
      std::printf("%s\n", out.dump().c_str());
      return;
    }
    std::printf("mode %s, %d/%d connections open (in %.2f s)\n", options.mode.c_str(), r.connected,
                options.connections, r.connect_seconds);
    if (!r.connect_error.empty())
      std::printf("first connection error: %s\n", r.connect_error.c_str());
    if (options.mode != "idle") {
      std::printf("%s/s: %.0f (%llu in %.2f s)\n", options.mode == "ask" ? "answers" : "pongs",
                  r.per_second, static_cast<unsigned long long>(r.replies), r.seconds);
      std::printf("latency: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms\n", r.p50_ms,
                  r.p99_ms, r.p999_ms, r.max_ms);
    } else if (r.server_open_websockets >= 0) {
      std::printf("held for %.2f s; server reports %lld open WebSockets\n", r.seconds,
                  static_cast<long long>(r.server_open_websockets));
    } else {
      std::printf("held for %.2f s; server's open WebSockets unknown (no /metrics)\n", r.seconds);
    }
    std::printf("errors: %llu\n", static_cast<unsigned long long>(r.errors));
    if (r.server_rss == 0 && r.server_rss_before == 0) {
      // Behind nginx: scrape the replicas' /metrics on their own host.
      std::printf("server RSS: unknown (no /metrics at this URL)\n");
    } else {
      std::printf("server RSS: %.1f MB (before: %.1f MB)\n", static_cast<double>(r.server_rss) / mb,
                  static_cast<double>(r.server_rss_before) / mb);
    }
  });
}

}  // namespace tanya::server
