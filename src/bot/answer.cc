#include "bot/answer.h"

#include <nlohmann/json.hpp>

namespace tanya {

nlohmann::json to_json(const Answer& a) {
  nlohmann::json sources = nlohmann::json::array();
  for (const Source& s : a.sources) {
    sources.push_back({{"article", s.article},
                       {"article_id", s.article_id},
                       {"section", s.section},
                       {"anchor", s.anchor},
                       {"snippet", s.snippet}});
  }
  return {{"answer", a.text},
          {"found", a.found},
          {"intent", a.intent},
          {"confidence", a.confidence},
          {"items", a.items},
          {"sources", sources},
          {"suggestions", a.suggestions}};
}

}  // namespace tanya
