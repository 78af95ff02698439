#include "bot/answer.h"

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <random>

#include "base/random.h"

namespace tanya {

AnswerId AnswerId::generate() {
  // The time first (ms, 12 hex digits), then 80 random bits: ids sort by
  // when they were given, so a log indexed by them appends at the end of
  // its index instead of writing all over it, and no client can guess one.
  const uint64_t ms = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::system_clock::now().time_since_epoch())
                                                .count());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(12, '0');
  for (int i = 11, shift = 0; i >= 0; --i, shift += 4) id[i] = kHex[(ms >> shift) & 0xF];
  return AnswerId(id + random_hex(10));
}

std::optional<AnswerId> AnswerId::parse(std::string_view text) {
  if (text.size() != 32) return std::nullopt;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
  }
  return AnswerId(std::string(text));
}

nlohmann::json to_json(const Answer& a) {
  nlohmann::json sources = nlohmann::json::array();
  for (const Source& s : a.sources) {
    sources.push_back({{"article", s.article},
                       {"article_id", s.article_id},
                       {"section", s.section},
                       {"anchor", s.anchor},
                       {"snippet", s.snippet}});
  }
  nlohmann::json j = {{"answer", a.text},
                      {"found", a.found},
                      {"intent", a.intent},
                      {"confidence", a.confidence},
                      {"items", a.items},
                      {"sources", sources},
                      {"suggestions", a.suggestions}};
  if (!a.id.empty()) j["answer_id"] = a.id.str();
  return j;
}

}  // namespace tanya
