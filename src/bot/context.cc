#include "bot/context.h"

#include <nlohmann/json.hpp>

namespace tanya {

nlohmann::json to_json(const Context& c) {
  nlohmann::json j = {
      {"topic", c.topic}, {"entity", c.entity}, {"qtype", c.qtype}, {"turns", c.turns}};
  if (!c.items.empty()) j["items"] = c.items;
  if (!c.focus.empty()) j["focus"] = c.focus;
  if (!c.frame.empty()) j["frame"] = c.frame;
  if (!c.person.empty()) j["person"] = c.person;
  if (!c.sentences.empty()) j["sentences"] = c.sentences;
  if (!c.article.empty()) j["article"] = c.article;
  if (!c.pending.empty()) j["pending"] = c.pending;
  if (!c.choices.empty()) j["choices"] = c.choices;
  return j;
}

Context context_from_json(const nlohmann::json& v) {
  Context c;
  if (!v.is_object()) return c;
  auto str = [&](const char* key, std::string* out) {
    auto it = v.find(key);
    if (it != v.end() && it->is_string()) *out = it->get<std::string>();
  };
  str("topic", &c.topic);
  str("entity", &c.entity);
  str("qtype", &c.qtype);
  str("focus", &c.focus);
  str("frame", &c.frame);
  if (c.frame.size() > Context::kMaxFrame) c.frame.clear();
  str("person", &c.person);
  if (c.person.size() > Context::kMaxPerson) c.person.clear();
  str("article", &c.article);
  str("pending", &c.pending);
  if (c.pending.size() > Context::kMaxPending) c.pending.clear();
  auto it = v.find("turns");
  if (it != v.end() && it->is_number_integer()) c.turns = it->get<int>();
  auto items = v.find("items");
  if (items != v.end() && items->is_array()) {
    for (const auto& item : *items) {
      if (item.is_string() && c.items.size() < Context::kMaxItems)
        c.items.push_back(item.get<std::string>());
    }
  }
  auto choices = v.find("choices");
  if (choices != v.end() && choices->is_array()) {
    for (const auto& choice : *choices) {
      if (choice.is_string() && c.choices.size() < Context::kMaxItems)
        c.choices.push_back(choice.get<std::string>());
    }
  }
  auto sentences = v.find("sentences");
  if (sentences != v.end() && sentences->is_array()) {
    for (const auto& si : *sentences) {
      if (si.is_number_integer() && si.get<int>() >= 0 && c.sentences.size() < Context::kMaxItems)
        c.sentences.push_back(si.get<int>());
    }
  }
  return c;
}

}  // namespace tanya
