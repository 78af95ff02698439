#include "bot/answer.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <random>

#include "base/random.h"

namespace tanya {

AnswerId AnswerId::generate() {
  return AnswerId(random_hex(16));
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
