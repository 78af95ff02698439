#include "server/loadtest.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <cmath>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

namespace tanya::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using net::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Url {
  std::string host;
  std::string port;
  std::string path;
};

bool parse_ws_url(const std::string& url, Url* out) {
  const std::string scheme = "ws://";
  if (url.compare(0, scheme.size(), scheme) != 0) return false;
  std::string rest = url.substr(scheme.size());
  size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  out->path = slash == std::string::npos ? "/" : rest.substr(slash);
  size_t colon = authority.rfind(':');
  if (colon == std::string::npos) {
    out->host = authority;
    out->port = "80";
  } else {
    out->host = authority.substr(0, colon);
    out->port = authority.substr(colon + 1);
  }
  return !out->host.empty() && !out->port.empty();
}

int64_t ticks(Clock::time_point t) {
  return t.time_since_epoch().count();
}

// What every client connection shares. Only atomics are written after start.
struct Shared {
  tcp::endpoint endpoint;
  std::string host_header;
  std::string path;
  bool idle = false;
  std::string expected_prefix;        // of a successful reply
  std::vector<std::string> requests;  // sent in turn
  std::atomic<bool> stop{false};
  std::atomic<int64_t> measure_from{std::numeric_limits<int64_t>::max()};
  std::atomic<int64_t> measure_until{std::numeric_limits<int64_t>::max()};
  std::atomic<int> connected{0};
  std::atomic<int> attempted{0};  // handshakes finished, successfully or not
  std::atomic<uint64_t> errors{0};
  std::atomic<size_t> next_to_start{0};
  std::vector<std::function<void()>> starters;

  void launch_next() {
    size_t i = next_to_start.fetch_add(1);
    if (i < starters.size()) starters[i]();
  }
};

// One client connection: connect, handshake, read the welcome, then loop
// (ask/ping: write one request, read its reply, repeat; idle: keep a read
// pending so the server's pings are answered).
class Client : public std::enable_shared_from_this<Client> {
 public:
  Client(net::io_context& ioc, Shared& shared, size_t first_turn)
      : ws_(net::make_strand(ioc)), shared_(shared), turn_(first_turn) {}

  void start() {
    beast::get_lowest_layer(ws_).expires_after(std::chrono::seconds(30));
    beast::get_lowest_layer(ws_).async_connect(
        shared_.endpoint, beast::bind_front_handler(&Client::on_connect, shared_from_this()));
  }

  const std::vector<uint32_t>& samples_us() const { return samples_us_; }

 private:
  void on_connect(beast::error_code ec) {
    if (ec) return handshake_done(false);
    beast::get_lowest_layer(ws_).socket().set_option(tcp::no_delay(true), ec);
    beast::get_lowest_layer(ws_).expires_never();
    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
    ws_.async_handshake(shared_.host_header, shared_.path,
                        beast::bind_front_handler(&Client::on_handshake, shared_from_this()));
  }

  void on_handshake(beast::error_code ec) {
    if (ec) return handshake_done(false);
    ws_.async_read(buffer_, beast::bind_front_handler(&Client::on_welcome, shared_from_this()));
  }

  void on_welcome(beast::error_code ec, size_t) {
    if (ec) return handshake_done(false);
    handshake_done(true);
    buffer_.consume(buffer_.size());
    if (shared_.idle) {
      ws_.async_read(buffer_, beast::bind_front_handler(&Client::on_idle_read, shared_from_this()));
    } else {
      send_next();
    }
  }

  void handshake_done(bool ok) {
    if (ok) {
      shared_.connected.fetch_add(1);
    } else {
      shared_.errors.fetch_add(1);
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
    ws_.async_read(buffer_, beast::bind_front_handler(&Client::on_idle_read, shared_from_this()));
  }

  void send_next() {
    if (shared_.stop.load(std::memory_order_relaxed)) return;
    const std::string& request = shared_.requests[turn_++ % shared_.requests.size()];
    sent_ = Clock::now();
    ws_.async_write(net::buffer(request),
                    beast::bind_front_handler(&Client::on_write, shared_from_this()));
  }

  void on_write(beast::error_code ec, size_t) {
    if (ec) return failed();
    ws_.async_read(buffer_, beast::bind_front_handler(&Client::on_reply, shared_from_this()));
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
    send_next();
  }

  void failed() {
    if (!shared_.stop.load()) shared_.errors.fetch_add(1);
  }

  websocket::stream<beast::tcp_stream> ws_;
  beast::flat_buffer buffer_;
  Shared& shared_;
  size_t turn_;
  Clock::time_point sent_;
  std::vector<uint32_t> samples_us_;
};

// GET /metrics from the server under test; empty on failure.
std::string fetch_metrics(const tcp::endpoint& endpoint, const std::string& host_header) {
  try {
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.expires_after(std::chrono::seconds(5));
    stream.connect(endpoint);
    http::request<http::empty_body> request{http::verb::get, "/metrics", 11};
    request.set(http::field::host, host_header);
    http::write(stream, request);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response);
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
    return response.result() == http::status::ok ? response.body() : std::string();
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
    result.error = "bad --url (expected ws://host:port/path): " + options.url;
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
  shared.host_header = url.host + ":" + url.port;
  shared.path = url.path;
  shared.idle = options.mode == "idle";
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

  result.server_rss_before = static_cast<uint64_t>(metric_value(
      fetch_metrics(shared.endpoint, shared.host_header), "process_resident_memory_bytes", 0));

  std::vector<std::shared_ptr<Client>> clients;
  clients.reserve(static_cast<size_t>(options.connections));
  for (int i = 0; i < options.connections; ++i) {
    auto client = std::make_shared<Client>(ioc, shared, static_cast<size_t>(i));
    shared.starters.push_back([client] { client->start(); });
    clients.push_back(std::move(client));
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
  std::string metrics = fetch_metrics(shared.endpoint, shared.host_header);
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
  clients.clear();
  shared.starters.clear();
  std::sort(samples.begin(), samples.end());
  result.seconds = std::chrono::duration<double>(until - from).count();
  result.replies = samples.size();
  result.errors = shared.errors.load();
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
    bool json = false;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app.add_subcommand("loadtest", "Load-test a running server over WebSocket");
  cmd->add_option("--url", flags->options.url, "WebSocket URL of the server")
      ->capture_default_str();
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
  cmd->add_flag("--json", flags->json, "Print the figures as one JSON line");
  cmd->callback([flags] {
    LoadTestOptions options = flags->options;
    if (!parse_duration(flags->duration, &options.duration) ||
        !parse_duration(flags->warmup, &options.warmup)) {
      throw CLI::ValidationError("--duration/--warmup", "expected e.g. 10s, 500ms, 1m");
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
    if (options.mode != "idle") {
      std::printf("%s/s: %.0f (%llu in %.2f s)\n", options.mode == "ask" ? "answers" : "pongs",
                  r.per_second, static_cast<unsigned long long>(r.replies), r.seconds);
      std::printf("latency: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms\n", r.p50_ms,
                  r.p99_ms, r.p999_ms, r.max_ms);
    } else {
      std::printf("held for %.2f s; server reports %lld open WebSockets\n", r.seconds,
                  static_cast<long long>(r.server_open_websockets));
    }
    std::printf("errors: %llu\n", static_cast<unsigned long long>(r.errors));
    std::printf("server RSS: %.1f MB (before: %.1f MB)\n", static_cast<double>(r.server_rss) / mb,
                static_cast<double>(r.server_rss_before) / mb);
  });
}

}  // namespace tanya::server
