#include "bot/suggest.h"

#include <algorithm>

namespace tanya {

Suggester::Suggester(const Lexicon& lx, const Knowledge& kb, const Answerer& answerer,
                     Renderer& renderer) {
  using kainjow::mustache::data;
  std::vector<int> scopes{-1};
  for (size_t e = 0; e < kb.entities.size(); ++e) {
    if (kb.entities[e].scoped()) scopes.push_back(static_cast<int>(e));
  }
  for (int scope : scopes) {
    data v;
    v.set("name", answerer.scope_name(scope));
    pool_.push_back({renderer.render(lx.tmpl("ask_definition"), v), "definition", "", scope});
    for (const TopicDef& t : lx.topics) {
      Answerer::Found f = answerer.find_topic(t.id, scope);
      bool covered =
          scope >= 0
              ? f.in_scope
              : (f.score > 0 &&
                 kb.subtype_section(
                     f.block >= 0
                         ? kb.blocks[static_cast<size_t>(f.block)].section
                         : kb
                               .blocks[static_cast<size_t>(
                                   kb.sentences[static_cast<size_t>(f.sentences.front())].block)]
                               .section) < 0);
      if (!covered || t.ask.empty()) continue;
      data s;
      s.set("scope", answerer.scope_name(scope));
      pool_.push_back({renderer.render(t.ask, s), "topic." + t.id, t.id, scope});
    }
  }
  std::string subject = answerer.scope_name(-1);
  for (size_t e = 0; e < kb.entities.size(); ++e) {
    const KEntity& ent = kb.entities[e];
    if (ent.kind != "acronym" || ent.expansion.empty() || kb.subtype_section(ent.section) < 0)
      continue;
    data v;
    v.set("name", ent.name);
    v.set("subject", subject);
    pool_.push_back(
        {renderer.render(lx.tmpl("ask_acronym"), v), "acronym", "", static_cast<int>(e)});
    pool_.push_back({renderer.render(lx.tmpl("ask_classification"), v), "classification", "",
                     static_cast<int>(e)});
  }
}

std::vector<std::string> Suggester::near(const std::string& intent, const std::string& topic,
                                         int entity, size_t n) const {
  // Rank: the same entity on another topic, then the same topic for
  // another scope, then the subject's topics; pool order breaks ties.
  std::vector<std::pair<int, size_t>> ranked;
  for (size_t i = 0; i < pool_.size(); ++i) {
    const Suggestion& s = pool_[i];
    if (s.entity == entity && s.intent == intent) continue;
    int rank;
    if (s.entity == entity)
      rank = 0;
    else if (!topic.empty() && s.topic == topic)
      rank = 1;
    else if (s.entity < 0)
      rank = 2;
    else
      rank = 3;
    ranked.emplace_back(rank, i);
  }
  std::stable_sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (const auto& r : ranked) {
    if (out.size() >= n) break;
    out.push_back(pool_[r.second].question);
  }
  return out;
}

std::vector<std::string> Suggester::welcome(size_t n) const {
  std::vector<std::string> out;
  // The subject's definition first, then its topics in the lexicon's order.
  for (const Suggestion& s : pool_) {
    if (s.entity == -1 && out.size() < n) out.push_back(s.question);
  }
  return out;
}

}  // namespace tanya
