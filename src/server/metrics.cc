#include "server/metrics.h"

#include <unistd.h>

#include <cstdio>

namespace tanya::server {

std::string_view reject_name(Reject reason) {
  switch (reason) {
    case Reject::kRateLimited:
      return "rate_limited";
    case Reject::kTooManyConnections:
      return "too_many_connections";
    case Reject::kOrigin:
      return "origin_not_allowed";
    case Reject::kMessageTooBig:
      return "message_too_big";
    case Reject::kBinary:
      return "binary_not_supported";
    case Reject::kInvalidJson:
      return "invalid_json";
    case Reject::kUnknownType:
      return "unknown_type";
    case Reject::kInvalidQuestion:
      return "invalid_question";
    case Reject::kBodyTooLarge:
      return "body_too_large";
    case Reject::kHeaderTooLarge:
      return "header_too_large";
    case Reject::kBadRequest:
      return "bad_request";
    case Reject::kTimeout:
      return "timeout";
    case Reject::kSlowConsumer:
      return "slow_consumer";
    case Reject::kCount:
      break;
  }
  return "unknown";
}

void Metrics::question(Channel channel, bool found, std::chrono::nanoseconds latency) {
  questions_[index(channel)][found ? 1 : 0].fetch_add(1, std::memory_order_relaxed);
  double seconds = std::chrono::duration<double>(latency).count();
  size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
  latency_buckets_[bucket].fetch_add(1, std::memory_order_relaxed);
  latency_sum_ns_.fetch_add(static_cast<uint64_t>(latency.count()), std::memory_order_relaxed);
}

uint64_t Metrics::questions() const {
  uint64_t total = 0;
  for (const auto& channel : questions_)
    for (const auto& n : channel) total += n.load(std::memory_order_relaxed);
  return total;
}

std::string Metrics::render(std::optional<size_t> sessions) const {
  std::string out;
  char line[256];
  auto append = [&](const char* format, auto... args) {
    int n = std::snprintf(line, sizeof line, format, args...);
    if (n > 0) out.append(line, std::min(static_cast<size_t>(n), sizeof line - 1));
  };
  static constexpr const char* kChannels[] = {"websocket", "http"};
  static constexpr const char* kKinds[] = {"http", "websocket"};

  out +=
      "# HELP tanya_questions_total Questions answered, by channel and whether the article "
      "covered them.\n# TYPE tanya_questions_total counter\n";
  for (size_t c = 0; c < questions_.size(); ++c)
    for (int found = 1; found >= 0; --found)
      append("tanya_questions_total{channel=\"%s\",found=\"%s\"} %llu\n", kChannels[c],
             found ? "true" : "false",
             static_cast<unsigned long long>(questions_[c][found].load(std::memory_order_relaxed)));

  out +=
      "# HELP tanya_questions_received_total Questions accepted for answering, answered or "
      "not yet.\n# TYPE tanya_questions_received_total counter\n";
  append("tanya_questions_received_total %llu\n",
         static_cast<unsigned long long>(received_.load(std::memory_order_relaxed)));
  out +=
      "# HELP tanya_answer_latency_seconds Time from receiving a question to queueing its "
      "answer.\n# TYPE tanya_answer_latency_seconds histogram\n";
  uint64_t cumulative = 0;
  for (size_t b = 0; b < kBuckets.size(); ++b) {
    cumulative += latency_buckets_[b].load(std::memory_order_relaxed);
    append("tanya_answer_latency_seconds_bucket{le=\"%g\"} %llu\n", kBuckets[b],
           static_cast<unsigned long long>(cumulative));
  }
  cumulative += latency_buckets_[kBuckets.size()].load(std::memory_order_relaxed);
  append("tanya_answer_latency_seconds_bucket{le=\"+Inf\"} %llu\n",
         static_cast<unsigned long long>(cumulative));
  append("tanya_answer_latency_seconds_sum %.9f\n",
         static_cast<double>(latency_sum_ns_.load(std::memory_order_relaxed)) / 1e9);
  append("tanya_answer_latency_seconds_count %llu\n", static_cast<unsigned long long>(cumulative));
  out +=
      "# HELP tanya_internal_errors_total Exceptions caught on a server path; each failed one "
      "request or connection.\n# TYPE tanya_internal_errors_total counter\n";
  append("tanya_internal_errors_total %llu\n",
         static_cast<unsigned long long>(internal_errors_.load(std::memory_order_relaxed)));

  out +=
      "# HELP tanya_open_connections Open client connections by kind.\n"
      "# TYPE tanya_open_connections gauge\n";
  for (size_t k = 0; k < open_.size(); ++k)
    append("tanya_open_connections{kind=\"%s\"} %lld\n", kKinds[k],
           static_cast<long long>(open_[k].load(std::memory_order_relaxed)));

  out +=
      "# HELP tanya_rejected_total Requests, messages and connections refused, by reason.\n"
      "# TYPE tanya_rejected_total counter\n";
  for (size_t r = 0; r < rejected_.size(); ++r)
    append("tanya_rejected_total{reason=\"%s\"} %llu\n",
           std::string(reject_name(static_cast<Reject>(r))).c_str(),
           static_cast<unsigned long long>(rejected_[r].load(std::memory_order_relaxed)));

  if (sessions) {
    out +=
        "# HELP tanya_sessions Live conversation sessions in the bot.\n"
        "# TYPE tanya_sessions gauge\n";
    append("tanya_sessions %zu\n", *sessions);
  }
  out +=
      "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
      "# TYPE process_resident_memory_bytes gauge\n";
  append("process_resident_memory_bytes %llu\n",
         static_cast<unsigned long long>(resident_memory_bytes()));
  return out;
}

uint64_t resident_memory_bytes() {
  // /proc/self/statm: size resident shared text lib data dt, in pages.
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  unsigned long long size = 0, resident = 0;
  int n = std::fscanf(f, "%llu %llu", &size, &resident);
  std::fclose(f);
  if (n != 2) return 0;
  return resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace tanya::server
