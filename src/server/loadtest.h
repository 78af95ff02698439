// `tanya loadtest`: a WebSocket load generator for the server.
//
//   tanya loadtest --url ws://127.0.0.1:8080/ws --connections 100 --duration 10s
//   tanya loadtest --url wss://tanya.example.com/ws --cafile ca.pem   # through nginx
//
// Modes: "ask" (each connection asks, waits for the answer, asks again: a
// closed loop), "ping" (the same with {"type":"ping"}, to show the cost of
// the transport alone) and "idle" (open the connections, hold them, and
// report the server's memory). It prints answers/s, latency percentiles,
// errors, and the server's RSS read from its /metrics (unknown through a
// proxy that does not expose it, as deploy/nginx/tanya.conf).
#ifndef TANYA_SERVER_LOADTEST_H_
#define TANYA_SERVER_LOADTEST_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace tanya::server {

struct LoadTestOptions {
  std::string url = "ws://127.0.0.1:8080/ws";  // or wss:// (TLS, certificate verified)
  std::string cafile;  // wss://: PEM file of trusted CAs; empty: the system's store
  // Origin header of the handshake, as the widget in a browser sends it;
  // empty: none (tanya accepts that from non-browser clients).
  std::string origin;
  std::string mode = "ask";  // "ask", "ping" or "idle"
  int connections = 100;
  std::chrono::milliseconds duration{10000};  // measured time (idle: how long to hold)
  std::chrono::milliseconds warmup{1000};     // run but not measured
  int threads = 1;                            // client I/O threads
  int connect_concurrency = 256;              // handshakes in flight while connecting
  std::vector<std::string> questions;         // asked in turn; empty: a built-in set
  // ask: one connection's questions start this far apart (an offered load
  // of connections / interval, to read latency at a given rate); 0: each
  // is asked as soon as the last is answered (a closed loop, for capacity).
  std::chrono::milliseconds interval{0};
};

struct LoadTestResult {
  int connected = 0;      // connections that completed the handshake
  uint64_t replies = 0;   // answers (or pongs) in the measured window
  uint64_t errors = 0;    // error replies, failed connections, dropped connections
  double seconds = 0;     // length of the measured window
  double per_second = 0;  // replies / seconds
  double p50_ms = 0, p99_ms = 0, p999_ms = 0, max_ms = 0;
  double connect_seconds = 0;           // time to open every connection
  uint64_t server_rss_before = 0;       // bytes, from /metrics; 0 if unavailable
  uint64_t server_rss = 0;              // at the end of the run, connections still open
  int64_t server_open_websockets = -1;  // from /metrics at the end of the run
  std::string error;                    // set when the run could not start
  std::string connect_error;            // why the first failed connection failed, if any did
};

// Runs the load test; blocks for about warmup + duration (+ connect time).
LoadTestResult run_load_test(const LoadTestOptions& options);

// Appends the questions of a file: one per line, or JSONL rows whose first
// "turns" entry is the question (the shared scorer's format). False, with
// *error, if it cannot be read, a row is malformed or it holds none.
bool read_questions(const std::string& path, std::vector<std::string>* out, std::string* error);

// Parses "10s", "500ms", "2m" or a plain number of seconds. False if malformed.
bool parse_duration(const std::string& text, std::chrono::milliseconds* out);

void add_loadtest_command(CLI::App& app);

}  // namespace tanya::server

#endif  // TANYA_SERVER_LOADTEST_H_
