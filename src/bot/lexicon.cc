#include "bot/lexicon.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "base/strings.h"

namespace tanya {

bool TopicDef::own_word(const std::string& word, const std::string& term) const {
  // The stemmer takes "-lah" and "-kah" for particles even where they are
  // the word's own letters ("masalah" -> "masa", as "masa" a period): such
  // a synonym is only itself, with its affixes ("masalahnya",
  // "permasalahan").
  bool plain = false, particle = false;
  for (size_t k = 0; k < synonyms.size(); ++k) {
    if (synonyms[k].size() != 1 || synonyms[k].front() != term) continue;
    const std::string& own = synonym_words[k].front();
    const bool taken =
        own.size() == term.size() + 3 && own.compare(0, term.size(), term) == 0 &&
        (own.compare(term.size(), 3, "lah") == 0 || own.compare(term.size(), 3, "kah") == 0);
    if (!taken) {
      plain = true;
    } else if (word.find(own) != std::string::npos) {
      particle = true;
    }
  }
  if (!plain && !particle) {
    for (size_t k = 0; k < synonyms.size(); ++k) {
      if (synonyms[k].size() == 1 && synonyms[k].front() == term) return false;
    }
  }
  // The bare stem of a synonym listed only with its affixes is another
  // word: "lebih" (more) is not "kelebihan" (an advantage), "kurang" not
  // "kekurangan".
  if (word == term) {
    bool bare = false, affixed = false;
    for (size_t k = 0; k < synonyms.size(); ++k) {
      if (synonyms[k].size() != 1 || synonyms[k].front() != term) continue;
      (synonym_words[k].front() == term ? bare : affixed) = true;
    }
    if (affixed && !bare) return false;
  }
  for (const char* prefix : {"pe", "me", "di"}) {
    if (word.rfind(prefix, 0) != 0) continue;
    if (prefix[0] != 'p' && !nouns_only) {
      // A verb listed in one voice only is not the other: "dicapai" asks
      // what is achieved, and "mencapai kejayaan" says what is.
      bool voiced = false, this_voice = false;
      for (size_t k = 0; k < synonyms.size(); ++k) {
        if (synonyms[k].size() != 1 || synonyms[k].front() != term) continue;
        const std::string& own = synonym_words[k].front();
        const bool passive = own.rfind("di", 0) == 0, active = own.rfind("me", 0) == 0;
        voiced = voiced || passive || active;
        this_voice = this_voice || (prefix[0] == 'd' ? passive : active);
      }
      if (voiced && !this_voice) return false;
      continue;
    }
    for (size_t k = 0; k < synonyms.size(); ++k) {
      if (synonyms[k].size() == 1 && synonyms[k].front() == term &&
          synonym_words[k].front().rfind(prefix, 0) == 0)
        return true;
    }
    return false;
  }
  return true;
}

namespace {

using nlohmann::json;

json parse(const std::vector<DataFile>& files, const std::string& name) {
  for (const DataFile& f : files) {
    if (f.path == name) {
      json j = json::parse(f.data, nullptr, false);
      if (j.is_discarded() || !j.is_object())
        throw std::runtime_error("bot/" + name + ": not a JSON object");
      return j;
    }
  }
  throw std::runtime_error("bot/" + name + ": missing");
}

Words words_of(Tokenizer& tok, const std::string& text) {
  Words out;
  tok.tokenize(text, [&](const Token& t) { out.push_back(t.word); });
  return out;
}

Words terms_of(Tokenizer& tok, const std::string& text) {
  return tok.terms(text);
}

std::vector<std::string> strings(const json& j, const std::string& where) {
  if (!j.is_array()) throw std::runtime_error(where + ": expected an array of strings");
  std::vector<std::string> out;
  for (const auto& v : j) {
    if (!v.is_string()) throw std::runtime_error(where + ": expected an array of strings");
    out.push_back(v.get<std::string>());
  }
  return out;
}

// The folded words of an optional list `key` of bot/lexicon.json (none
// when it is missing: older data keeps loading).
std::unordered_set<std::string> folded_set(const json& lexicon, const std::string& key) {
  std::unordered_set<std::string> out;
  if (!lexicon.contains(key)) return out;
  for (const auto& w : strings(lexicon.at(key), "bot/lexicon.json " + key)) out.insert(fold(w));
  return out;
}

// The phrases of an optional list `key` of bot/lexicon.json, each as its
// folded words (none when it is missing).
std::vector<Words> phrase_list(const json& lexicon, const std::string& key, Tokenizer& tok) {
  std::vector<Words> out;
  if (!lexicon.contains(key)) return out;
  for (const auto& p : strings(lexicon.at(key), "bot/lexicon.json " + key))
    out.push_back(words_of(tok, p));
  return out;
}

}  // namespace

Lexicon Lexicon::load(const std::vector<DataFile>& files, Tokenizer& tok) {
  Lexicon lx;
  auto remember = [&](const Words& ws) {
    for (const auto& w : ws) lx.known_words.insert(w);
  };

  json lexicon = parse(files, "lexicon.json");
  for (auto& [k, v] : lexicon.at("slang").items()) {
    std::vector<Words> readings;
    if (v.is_array()) {
      for (const std::string& r : strings(v, "bot/lexicon.json slang " + k))
        readings.push_back(words_of(tok, r));
      if (readings.size() < 2)
        throw std::runtime_error("bot/lexicon.json: slang \"" + k +
                                 "\" lists fewer than two readings");
    } else {
      readings.push_back(words_of(tok, v.get<std::string>()));
    }
    for (const Words& r : readings) remember(r);
    lx.slang[fold(k)] = readings.front();
    if (readings.size() > 1) lx.slang_readings[fold(k)] = readings;
    lx.known_words.insert(fold(k));
  }
  for (const char* key : {"english", "paraphrases"}) {
    if (!lexicon.contains(key)) continue;
    for (auto& [k, v] : lexicon.at(key).items()) {
      Words from = words_of(tok, k), to = words_of(tok, v.get<std::string>());
      remember(from);
      remember(to);
      if (!from.empty()) lx.rewrites.emplace_back(std::move(from), std::move(to));
    }
  }
  if (lexicon.contains("english_words")) {
    for (auto& [k, v] : lexicon.at("english_words").items()) {
      if (!v.is_string())
        throw std::runtime_error("bot/lexicon.json english_words." + k + ": not a string");
      Words from = words_of(tok, k);
      if (from.empty()) continue;
      lx.english_words_longest = std::max(lx.english_words_longest, from.size());
      lx.english_words[join_words(from)] = v.get<std::string>();
    }
  }
  std::stable_sort(lx.rewrites.begin(), lx.rewrites.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& w : strings(lexicon.at("stopwords"), "bot/lexicon.json stopwords")) {
    for (const Token& t : tok.tokenize(w)) {
      lx.stop_words.insert(t.word);
      lx.known_words.insert(t.word);
    }
  }
  if (lexicon.contains("common_words")) {
    for (const auto& w : strings(lexicon.at("common_words"), "bot/lexicon.json common_words")) {
      for (const Token& t : tok.tokenize(w)) {
        lx.common_words.insert(t.word);
        lx.common_terms.insert(t.term);
      }
    }
  }
  for (const auto& w : strings(lexicon.at("role_words"), "bot/lexicon.json role_words")) {
    for (const Token& t : tok.tokenize(w)) lx.role_terms.insert(t.term);
  }
  for (const auto& w : strings(lexicon.at("aspect_words"), "bot/lexicon.json aspect_words")) {
    for (const Token& t : tok.tokenize(w)) lx.aspect_terms.insert(t.term);
  }
  // Code and query-language words (SQL, HTML, FTS5 column names) pasted
  // into a question are noise, not content the article should cover.
  for (const auto& w : strings(lexicon.at("noise_words"), "bot/lexicon.json noise_words")) {
    lx.stop_words.insert(fold(w));
  }
  for (const auto& q : lexicon.at("qtypes")) {
    PhraseSet ps;
    ps.id = q.at("type").get<std::string>();
    for (const auto& p : strings(q.at("phrases"), "bot/lexicon.json qtypes")) {
      ps.phrases.push_back(words_of(tok, p));
      remember(ps.phrases.back());
    }
    lx.qtypes.push_back(std::move(ps));
  }
  for (const auto& m :
       strings(lexicon.at("followup_markers"), "bot/lexicon.json followup_markers")) {
    lx.followup_markers.push_back(words_of(tok, m));
    remember(lx.followup_markers.back());
  }
  lx.number_words = strings(lexicon.at("number_words"), "bot/lexicon.json number_words");
  for (const std::string& w :
       strings(lexicon.at("quantity_words"), "bot/lexicon.json quantity_words"))
    lx.quantity_words.insert(w);
  for (const auto& c : strings(lexicon.at("copulas"), "bot/lexicon.json copulas")) {
    for (const auto& t : terms_of(tok, c)) lx.copula_terms.insert(t);
    lx.copula_words.insert(fold(c));
  }

  for (const auto& n : strings(lexicon.at("naming_verbs"), "bot/lexicon.json naming_verbs")) {
    lx.naming_verbs.push_back(words_of(tok, n));
    remember(lx.naming_verbs.back());
    if (!lx.naming_verbs.back().empty()) lx.naming_words.insert(lx.naming_verbs.back().front());
  }
  if (lexicon.contains("consequence_openers")) {
    for (const auto& c :
         strings(lexicon.at("consequence_openers"), "bot/lexicon.json consequence_openers"))
      lx.consequence_openers.push_back(words_of(tok, c));
  }
  for (const auto& n : strings(lexicon.at("negations"), "bot/lexicon.json negations")) {
    lx.negations.insert(fold(n));
    lx.known_words.insert(fold(n));
  }
  lx.not_only = folded_set(lexicon, "not_only");
  lx.universal_words = folded_set(lexicon, "universal_words");
  lx.pronouns = folded_set(lexicon, "pronouns");
  lx.plural_pronouns = folded_set(lexicon, "plural_pronouns");
  for (const auto& m : strings(lexicon.at("agent_markers"), "bot/lexicon.json agent_markers")) {
    lx.agent_markers.insert(fold(m));
  }
  for (const auto& m : strings(lexicon.at("step_markers"), "bot/lexicon.json step_markers")) {
    for (const auto& t : terms_of(tok, m)) lx.step_terms.insert(t);
  }
  for (const auto& m :
       strings(lexicon.at("requirement_markers"), "bot/lexicon.json requirement_markers")) {
    for (const auto& t : terms_of(tok, m)) lx.requirement_terms.insert(t);
  }
  if (lexicon.contains("ordinals")) {
    for (const auto& [word, n] : lexicon.at("ordinals").items()) {
      if (n.is_number_integer()) lx.ordinals[fold(word)] = n.get<int>();
    }
  }
  if (lexicon.contains("phase_words")) {
    for (const auto& [word, phase] : lexicon.at("phase_words").items())
      lx.phase_words[fold(word)] = fold(phase.get<std::string>());
  }
  lx.source_markers = folded_set(lexicon, "source_markers");
  lx.partner_markers = folded_set(lexicon, "partner_markers");
  lx.comparison_joiners = folded_set(lexicon, "comparison_joiners");
  lx.definite_articles = folded_set(lexicon, "definite_articles");
  lx.anaphors = folded_set(lexicon, "anaphors");
  lx.name_origins = phrase_list(lexicon, "name_origins", tok);
  lx.name_nouns = phrase_list(lexicon, "name_nouns", tok);
  lx.field_markers = folded_set(lexicon, "field_markers");
  lx.defining_headings = folded_set(lexicon, "defining_headings");
  lx.heading_emphasis = phrase_list(lexicon, "heading_emphasis", tok);
  lx.coordinators = folded_set(lexicon, "coordinators");
  lx.prepositions = folded_set(lexicon, "prepositions");
  lx.reader_pronouns = folded_set(lexicon, "reader_pronouns");
  lx.again_markers = phrase_list(lexicon, "again_markers", tok);
  lx.summary_headings = folded_set(lexicon, "summary_headings");
  lx.navigation_markers = phrase_list(lexicon, "navigation_markers", tok);
  lx.definition_endings = phrase_list(lexicon, "definition_endings", tok);
  lx.yesno_endings = phrase_list(lexicon, "yesno_endings", tok);
  for (const std::string& w :
       strings(lexicon.at("several_markers"), "bot/lexicon.json several_markers"))
    lx.several_markers.insert(w);
  lx.belief_markers = folded_set(lexicon, "belief_markers");
  lx.deontic_phrases = phrase_list(lexicon, "deontic_phrases", tok);
  lx.purpose_clauses = folded_set(lexicon, "purpose_clauses");
  lx.other_name_phrases = phrase_list(lexicon, "other_name_phrases", tok);
  for (const auto& w : strings(lexicon.at("purpose_markers"), "bot/lexicon.json purpose_markers"))
    lx.purpose_markers.insert(w);
  const json& limits = lexicon.at("limit_phrases");
  for (const char* direction : {"upper", "lower"}) {
    if (!limits.contains(direction))
      throw std::runtime_error(std::string("bot/lexicon.json: limit_phrases lacks \"") + direction +
                               "\"");
    lx.limit_phrases.push_back(phrase_list(limits, direction, tok));
  }
  lx.range_ends = folded_set(lexicon, "range_ends");
  lx.prohibitions = folded_set(lexicon, "prohibitions");
  lx.weak_qtype_words = folded_set(lexicon, "weak_qtype_words");
  lx.meaning_words = folded_set(lexicon, "meaning_words");
  lx.definition_nouns = folded_set(lexicon, "definition_nouns");
  lx.time_words = folded_set(lexicon, "time_words");
  lx.condition_markers = folded_set(lexicon, "condition_markers");
  lx.duration_words = folded_set(lexicon, "duration_words");
  lx.place_words = folded_set(lexicon, "place_words");
  lx.rate_markers = folded_set(lexicon, "rate_markers");
  lx.figure_nouns = folded_set(lexicon, "figure_nouns");
  for (const auto& [measure, units] : lexicon.at("measures").items()) {
    auto& set = lx.measures[fold(measure)];
    for (const auto& u : strings(units, "bot/lexicon.json measures")) {
      set.insert(fold(u));
      lx.units.insert(fold(u));
    }
  }
  lx.units.insert("persen");
  for (const auto& group : lexicon.at("unit_names")) {
    Words names;
    for (const auto& u : strings(group, "bot/lexicon.json unit_names")) names.push_back(fold(u));
    for (const std::string& name : names) {
      if (name.find(' ') == std::string::npos) lx.unit_group.emplace(name, lx.unit_groups.size());
    }
    lx.unit_groups.push_back(std::move(names));
  }
  // A change ("kenaikan") is told in whatever unit the thing changing is
  // measured in: "*" stands for every unit the lexicon knows.
  for (auto& [measure, set] : lx.measures) {
    if (!set.erase("*")) continue;
    set.insert(lx.units.begin(), lx.units.end());
    for (const Words& names : lx.unit_groups) set.insert(names.begin(), names.end());
  }
  lx.units.erase("*");
  lx.scale_words = folded_set(lexicon, "scale_words");
  lx.beneficiary_markers = folded_set(lexicon, "beneficiary_markers");
  lx.kind_markers = folded_set(lexicon, "kind_markers");
  lx.basis_markers = folded_set(lexicon, "basis_markers");
  lx.year_words = folded_set(lexicon, "year_words");
  lx.superlative_markers = folded_set(lexicon, "superlative_markers");
  lx.comparative_markers = folded_set(lexicon, "comparative_markers");
  lx.choice_markers = folded_set(lexicon, "choice_markers");
  lx.choice_questions = folded_set(lexicon, "choice_questions");
  lx.list_announcers = folded_set(lexicon, "list_announcers");
  lx.month_words = folded_set(lexicon, "month_words");
  lx.present_asked = phrase_list(lexicon, "present_asked", tok);
  lx.today_asked = phrase_list(lexicon, "today_asked", tok);
  lx.present_stated = phrase_list(lexicon, "present_stated", tok);
  lx.english_openers = folded_set(lexicon, "english_openers");
  lx.english_auxiliaries = folded_set(lexicon, "english_auxiliaries");
  lx.english_prepositions = folded_set(lexicon, "english_prepositions");
  lx.english_clause_words = folded_set(lexicon, "english_clause_words");
  lx.demonstratives = folded_set(lexicon, "demonstratives");
  lx.question_words = folded_set(lexicon, "question_words");
  lx.contrast_markers = folded_set(lexicon, "contrast_markers");
  for (const PhraseSet& q : lx.qtypes) {
    if (q.id != "who" && q.id != "number") continue;
    for (const Words& p : q.phrases) {
      if (p.size() == 1) lx.fact_question_words.insert(p.front());
    }
  }
  if (lexicon.contains("verb_prefixes"))
    lx.verb_prefixes = strings(lexicon.at("verb_prefixes"), "bot/lexicon.json verb_prefixes");
  if (lexicon.contains("english_spelling")) {
    const json& spelling = lexicon.at("english_spelling");
    auto rules = [&](const char* key) {
      SpellingRules out;
      const std::string where = std::string("bot/lexicon.json english_spelling.") + key;
      if (!spelling.is_object() || !spelling.contains(key) || !spelling.at(key).is_array())
        throw std::runtime_error(where + ": expected an array of [from, to] pairs");
      for (const json& pair : spelling.at(key)) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string() ||
            pair[0].get<std::string>().empty())
          throw std::runtime_error(where + ": expected an array of [from, to] pairs");
        out.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
      }
      return out;
    };
    lx.loanwords = LoanwordSpeller(rules("endings"), rules("letters"));
  }
  lx.question_joiners = folded_set(lexicon, "question_joiners");
  lx.ordinal_heads = folded_set(lexicon, "ordinal_heads");
  lx.ordinal_adverbs = folded_set(lexicon, "ordinal_adverbs");
  lx.number_heads = folded_set(lexicon, "number_heads");
  lx.reason_markers = folded_set(lexicon, "reason_markers");
  lx.next_markers = folded_set(lexicon, "next_markers");
  lx.effect_after_markers = folded_set(lexicon, "effect_after_markers");
  lx.start_markers = folded_set(lexicon, "start_markers");
  lx.span_ends = folded_set(lexicon, "span_ends");
  lx.span_markers = folded_set(lexicon, "span_markers");
  for (const auto& m : strings(lexicon.at("reason_markers"), "bot/lexicon.json reason_markers"))
    lx.reason_marker_phrases.push_back(words_of(tok, m));
  lx.opening_followup_words = folded_set(lexicon, "opening_followup_words");
  lx.back_references = phrase_list(lexicon, "back_references", tok);

  json topics = parse(files, "topics.json");
  for (const auto& t : topics.at("topics")) {
    TopicDef d;
    d.id = t.at("id").get<std::string>();
    d.label = t.at("label").get<std::string>();
    d.intro = t.value("intro", "");
    d.ask = t.value("ask", "");
    d.priority = t.value("priority", 0);
    d.lists_only = t.value("lists_only", false);
    d.nouns_only = t.value("nouns_only", false);
    d.of_items = t.value("of_items", false);
    for (const auto& s : strings(t.at("synonyms"), "bot/topics.json " + d.id)) {
      d.synonyms.push_back(terms_of(tok, s));
      if (d.synonyms.back().size() == 1) lx.topic_terms.insert(d.synonyms.back().front());
      d.synonym_words.push_back(words_of(tok, s));
      remember(words_of(tok, s));
    }
    for (const auto& c : strings(t.at("cues"), "bot/topics.json " + d.id))
      d.cues.push_back(terms_of(tok, c));
    if (t.contains("near_cues")) {
      for (const auto& c : strings(t.at("near_cues"), "bot/topics.json " + d.id)) {
        const Words terms = terms_of(tok, c);
        if (terms.size() != 1)
          throw std::runtime_error("bot/topics.json " + d.id + ": near_cues are single words");
        d.near_cues.push_back(terms.front());
      }
    }
    if (t.contains("in_definition")) {
      for (const auto& c : strings(t.at("in_definition"), "bot/topics.json " + d.id))
        d.in_definition.push_back(terms_of(tok, c));
    }
    lx.topics.push_back(std::move(d));
  }
  for (auto& [qtype, list] : topics.at("qtype_topics").items()) {
    lx.qtype_topics[qtype] = strings(list, "bot/topics.json qtype_topics");
  }

  json intents = parse(files, "intents.json");
  for (const auto& i : intents.at("intents")) {
    PhraseSet ps;
    ps.id = i.at("id").get<std::string>();
    ps.answer = i.at("answer").get<std::string>();
    for (const auto& p : strings(i.at("phrases"), "bot/intents.json " + ps.id)) {
      ps.phrases.push_back(words_of(tok, p));
      remember(ps.phrases.back());
    }
    lx.intents.push_back(std::move(ps));
  }

  json templates = parse(files, "templates.json");
  for (auto& [k, v] : templates.items()) {
    if (v.is_string()) lx.templates[k] = v.get<std::string>();
  }

  for (std::string_view name : kTemplateNames) {
    if (!lx.templates.count(std::string(name)))
      throw std::runtime_error("bot/templates.json: missing template \"" + std::string(name) +
                               "\"");
  }
  for (std::string_view type : kQuestionTypes) {
    bool found = std::any_of(lx.qtypes.begin(), lx.qtypes.end(),
                             [&](const PhraseSet& q) { return q.id == type; });
    if (!found)
      throw std::runtime_error("bot/lexicon.json qtypes: missing question type \"" +
                               std::string(type) + "\"");
  }

  json config = parse(files, "config.json");
  lx.threshold = config.value("threshold", lx.threshold);
  lx.unknown_penalty = config.value("unknown_word_penalty", lx.unknown_penalty);
  lx.anchored_unknown_penalty =
      config.value("anchored_unknown_word_penalty", lx.anchored_unknown_penalty);
  lx.framed_unknown_penalty =
      config.value("framed_unknown_word_penalty", lx.framed_unknown_penalty);
  lx.max_suggestions = config.value("max_suggestions", lx.max_suggestions);
  lx.max_answer_chars = config.value("max_answer_chars", lx.max_answer_chars);
  lx.search_limit = config.value("search_limit", lx.search_limit);

  for (size_t i = 0; i < lx.qtypes.size(); ++i) {
    for (const Words& p : lx.qtypes[i].phrases) lx.qtype_index.add(p, static_cast<int>(i));
  }
  for (size_t i = 0; i < lx.intents.size(); ++i) {
    for (const Words& p : lx.intents[i].phrases) lx.intent_index.add(p, static_cast<int>(i));
  }
  for (const Words& m : lx.followup_markers) lx.marker_index.add(m, 0);
  for (size_t i = 0; i < lx.rewrites.size(); ++i)
    lx.rewrite_index.add(lx.rewrites[i].first, static_cast<int>(i));
  for (size_t i = 0; i < lx.topics.size(); ++i) {
    for (const Words& p : lx.topics[i].synonyms) lx.topic_index.add(p, static_cast<int>(i));
  }
  std::unordered_set<std::string> smalltalk;
  for (const PhraseSet& i : lx.intents) {
    for (const Words& p : i.phrases) smalltalk.insert(p.begin(), p.end());
  }
  for (const auto& w : lx.known_words) {
    if (w.size() >= 4 && !smalltalk.count(w)) lx.typo_targets.push_back(w);
  }
  std::sort(lx.typo_targets.begin(), lx.typo_targets.end());
  return lx;
}

const TopicDef* Lexicon::topic(const std::string& id) const {
  for (const auto& t : topics) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

bool Lexicon::asks_of_items(const std::vector<std::string>& ids) const {
  return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
    const TopicDef* t = topic(id);
    return t != nullptr && t->of_items;
  });
}

bool Lexicon::verb_form(const std::string& w) const {
  return std::any_of(verb_prefixes.begin(), verb_prefixes.end(), [&](const std::string& p) {
    return w.size() > p.size() + 3 && w.rfind(p, 0) == 0;
  });
}

bool Lexicon::in_basis(const std::vector<std::string>& words, size_t i) const {
  const auto end = words.begin() + static_cast<long>(std::min(i, words.size()));
  return std::any_of(words.begin(), end,
                     [&](const std::string& w) { return basis_markers.count(w) > 0; });
}

const std::string& Lexicon::tmpl(const std::string& name) const {
  auto it = templates.find(name);
  if (it == templates.end() || std::find(std::begin(kTemplateNames), std::end(kTemplateNames),
                                         name) == std::end(kTemplateNames))
    throw std::logic_error("template \"" + name + "\" is not in kTemplateNames");
  return it->second;
}

size_t Lexicon::yesno_ending(const Words& words) const {
  for (const Words& ending : yesno_endings) {
    if (!ending.empty() && ending.size() < words.size() &&
        std::equal(ending.begin(), ending.end(), words.end() - static_cast<long>(ending.size())))
      return ending.size();
  }
  return 0;
}

bool Lexicon::asks_yes_no(const Words& words) const {
  for (const PhraseSet& set : qtypes) {
    if (set.id == "yesno" && holds_any(words, set.phrases)) return true;
  }
  return false;
}

bool Lexicon::announces_list(const Words& words) const {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return list_announcers.count(w) > 0 ||
           (number_words.size() > 2 &&
            std::find(number_words.begin() + 2, number_words.end(), w) != number_words.end());
  });
}

std::string Lexicon::number_word(size_t n) const {
  return n < number_words.size() ? number_words[n] : std::to_string(n);
}

}  // namespace tanya
