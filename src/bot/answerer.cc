#include "bot/answerer.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <unordered_set>

#include "base/strings.h"
#include "bot/classify_strategy.h"
#include "bot/scoring.h"
#include "bot/section_strategy.h"
#include "bot/table_row.h"
#include "bot/yesno_strategy.h"
#include "index/bm25.h"
#include "text/casing.h"
#include "text/clitic.h"
#include "text/year.h"

namespace tanya {

using namespace scoring;

namespace {

using kainjow::mustache::data;

// True when `words` open with the whole of `phrase` ("Akibatnya, ...").
bool opens_with(const Words& words, const Words& phrase) {
  return !phrase.empty() && words.size() >= phrase.size() &&
         std::equal(phrase.begin(), phrase.end(), words.begin());
}

// Share of a term's weight that an item earns when the term is in the lead
// it hangs from ("Contoh: padi ..." under "Tumbuhan C3, yaitu ...").
constexpr double kLeadShare = 0.75;

}  // namespace

Answerer::~Answerer() = default;

Answerer::Answerer(const Lexicon& lexicon, const Knowledge& knowledge)
    : lx_(lexicon),
      kb_(knowledge),
      sections_(std::make_unique<SectionStrategy>(lexicon, knowledge)),
      yesno_(std::make_unique<YesNoStrategy>(lexicon, knowledge)),
      classify_(std::make_unique<ClassifyStrategy>(lexicon, knowledge)) {
  // Sentences that speak of the article ("artikel ini akan membahas ...",
  // "Simak penjelasannya") name what it covers; the answers are elsewhere.
  // So do the article's own questions that only lead to such a sentence or
  // end their paragraph ("Lalu, apa sebenarnya X itu? Simak ..."); one the
  // paragraph goes on to answer ("Lantas, kenapa ...? Penumpukan lemak
  // ...") stays, the way to its answer.
  // (So does, in the introduction, the sentence right before one that
  // speaks of the article: "... masih banyak yang bingung soal dasar
  // hukumnya, siapa penyelenggaranya, hingga .... Yuk, simak ...": it names
  // what the article covers.)
  guides_.resize(kb_.sentences.size(), false);
  for (size_t si = kb_.sentences.size(); si-- > 0;) {
    const KSentence& s = kb_.sentences[si];
    const std::string text = trim_end(s.text);
    const bool asks = !text.empty() && text.back() == '?';
    const bool last = si + 1 == kb_.sentences.size() || kb_.sentences[si + 1].block != s.block;
    const bool introduction =
        kb_.sections[static_cast<size_t>(kb_.blocks[static_cast<size_t>(s.block)].section)].level <
        2;
    // (One that lists several things, as such a sentence does: "Kabar
    // baiknya, rabies sebenarnya bisa dicegah ..." before "Lewat artikel
    // ini ..." states one fact. Nor one with a figure, which states a fact.)
    constexpr long kListingCommas = 2;
    const bool lists = std::count(s.text.begin(), s.text.end(), ',') >= kListingCommas;
    const bool figure = has_digit(s.text);
    guides_[si] = holds_any(s.words, lx_.navigation_markers) ||
                  (asks && (last || guides_[si + 1])) ||
                  (!last && introduction && s.item < 0 && lists && !figure &&
                   holds_any(kb_.sentences[si + 1].words, lx_.navigation_markers));
  }
  // Where each topic is covered, for the subject and for each entity, does
  // not depend on the question: computed once here, it turns every
  // find_topic() during a question into a lookup.
  const size_t scopes = kb_.entities.size() + 1;
  coverage_.resize(lx_.topics.size() * scopes);
  for (size_t t = 0; t < lx_.topics.size(); ++t) {
    for (size_t e = 0; e < scopes; ++e) {
      coverage_[t * scopes + e] = locate_topic(lx_.topics[t], static_cast<int>(e) - 1);
    }
  }
  for (size_t e = 0; e < kb_.entities.size(); ++e) {
    definitions_.push_back(define_entity(static_cast<int>(e), {}));
    own_sections_.push_back(own_section(static_cast<int>(e)));
  }
  // The one word each list item is named by, said of all its sentences.
  item_words_.resize(kb_.sentences.size());
  for (const KBlock& b : kb_.blocks) {
    std::string word;
    int item = -2;
    for (int si : b.sentences) {
      const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
      if (s.item != item) {
        item = s.item;
        word = kb_.named_by_one_word(si) ? s.terms.front() : std::string();
      }
      if (s.item >= 0) item_words_[static_cast<size_t>(si)] = word;
    }
  }
}

bool Answerer::asks_other_topic(const Plan& plan) const {
  const TopicDef* topic = lx_.topic(plan.topic);
  if (topic == nullptr || plan.entity < 0) return false;
  const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
  if (e.block < 0 || e.item < 0) return true;
  const KBlock& b = kb_.blocks[static_cast<size_t>(e.block)];
  if (static_cast<size_t>(e.item) >= b.sentences.size()) return true;
  const KSentence& item =
      kb_.sentences[static_cast<size_t>(b.sentences[static_cast<size_t>(e.item)])];
  // (Its words with a prefix too: Snowball reads "berisiko" as "isiko".)
  const bool prefixed =
      std::any_of(item.words.begin(), item.words.end(), [&](const std::string& w) {
        return std::any_of(topic->synonyms.begin(), topic->synonyms.end(), [&](const Words& p) {
          return p.size() == 1 && w.size() > p[0].size() &&
                 w.compare(w.size() - p[0].size(), p[0].size(), p[0]) == 0;
        });
      });
  // (The item's list is under a heading, "Jenis Gerhana ...", that may
  // name the topic for it.)
  return !prefixed && !names_topic(*topic, item.terms) &&
         heading_match(*topic, kb_.sections[static_cast<size_t>(b.section)]) == 0;
}

bool Answerer::names_topic(const TopicDef& topic, const Terms& terms) const {
  return cue_match(topic, terms) > 0 || holds_any(terms, topic.synonyms);
}

size_t Answerer::last_sentence_start(const KSentence& item) const {
  const size_t stop = item.text.rfind(". ");
  size_t from = 0;
  while (stop != std::string::npos && from < item.begins.size() && item.begins[from] < stop) ++from;
  return from;
}

bool Answerer::has_parts(int section) const {
  return std::any_of(kb_.sections.begin(), kb_.sections.end(),
                     [&](const KSection& sec) { return sec.parent == section; });
}

Answerer::Found Answerer::find_topic(const std::string& topic, int entity) const {
  for (size_t t = 0; t < lx_.topics.size(); ++t) {
    if (lx_.topics[t].id == topic)
      return coverage_[t * (kb_.entities.size() + 1) + static_cast<size_t>(entity + 1)];
  }
  return Found{};
}

bool Answerer::subject_term(const std::string& term) const {
  return std::any_of(kb_.docs.begin(), kb_.docs.end(), [&](const KDocument& d) {
    return std::find(d.subject_terms.begin(), d.subject_terms.end(), term) != d.subject_terms.end();
  });
}

bool Answerer::named_as_partner(const Understanding& u, int entity) const {
  if (entity < 0 || u.qtype == "comparison" || u.choice) return false;
  bool partner = false;
  for (const Terms& name : kb_.entities[static_cast<size_t>(entity)].name_terms) {
    for (int at = find_phrase(u.terms, name); at >= 0;
         at = find_phrase_from(u.terms, name, at + 1)) {
      const auto i = static_cast<size_t>(at);
      if (i == 0 || i > u.words.size() || !lx_.partner_markers.count(u.words[i - 1])) return false;
      partner = true;
    }
  }
  return partner;
}

bool Answerer::describes_noun(const TopicDef& topic, const std::vector<std::string>& words,
                              const Terms& terms, size_t i) const {
  // An adjective follows the noun it describes: "Fakta Penting" is about
  // facts, not about why anything is important. (After the subject,
  // "Mengapa Imunisasi Penting?", it says the subject is.)
  return i > 0 && i < words.size() && i <= terms.size() && topic.adjectives.count(words[i]) &&
         !lx_.stop_words.count(words[i - 1]) && !subject_term(terms[i - 1]);
}

double Answerer::cue_match(const TopicDef& topic, const Terms& terms,
                           const std::vector<std::string>* words) const {
  for (const Terms& cue : topic.cues) {
    for (int at = find_phrase(terms, cue); at >= 0; at = find_phrase_from(terms, cue, at + 1)) {
      if (words != nullptr && cue.size() == 1 && words->size() == terms.size() &&
          describes_noun(topic, *words, terms, static_cast<size_t>(at)))
        continue;
      return 1;
    }
  }
  return 0;
}

double Answerer::heading_match(const TopicDef& topic, const KSection& sec) const {
  const Terms& heading = sec.heading_terms;
  // A one-word match must be the topic's own word, as in a question:
  // "Berdasarkan Penggunaan Pompa" is not about "guna" (benefits).
  // Nor is the basis of a grouping, any word of it: "Jenis X Berdasarkan
  // Manfaat" lists kinds, not benefits, and "... Berdasarkan Cakupan
  // Risiko" kinds, not risks.
  auto own = [&](const Words& phrase, int at) {
    const auto i = static_cast<size_t>(at);
    if (lx_.in_basis(sec.heading_words, i)) return false;
    if (phrase.size() != 1 || i >= sec.heading_words.size()) return true;
    if (describes_noun(topic, sec.heading_words, heading, i)) return false;
    // Nor a modal ("perlu", bot/lexicon.json deontic_phrases) before a
    // passive verb: "Gejala yang Perlu Dikenali" is about symptoms, not why
    // anything is needed.
    const bool modal = std::any_of(
        lx_.deontic_phrases.begin(), lx_.deontic_phrases.end(),
        [&](const Words& p) { return p.size() == 1 && p.front() == sec.heading_words[i]; });
    if (modal && i + 1 < sec.heading_words.size() &&
        sec.heading_words[i + 1].compare(0, 2, "di") == 0 &&
        lx_.verb_form(sec.heading_words[i + 1]))
      return false;
    return topic.own_word(sec.heading_words[i], heading[i]);
  };
  for (const auto* phrases : {&topic.cues, &topic.synonyms}) {
    for (const Words& phrase : *phrases) {
      for (int at = find_phrase(heading, phrase); at >= 0;
           at = find_phrase_from(heading, phrase, at + 1)) {
        if (own(phrase, at)) return 1;
      }
    }
  }
  return 0;
}

std::string Answerer::scope_name(int entity) const {
  if (entity < 0) return lower_but_acronyms(kb_.docs.empty() ? "" : kb_.docs.front().subject);
  const KEntity& e = kb_.entities[static_cast<size_t>(entity)];
  if (!e.scoped()) return e.name;
  return lower_but_acronyms(e.name);
}

std::string Answerer::topic_of_block(int block) const {
  const KBlock& b = kb_.blocks[static_cast<size_t>(block)];
  const KSection& sec = kb_.sections[static_cast<size_t>(b.section)];
  std::string best;
  double best_score = 0;
  for (const TopicDef& t : lx_.topics) {
    double s = 3 * cue_match(t, b.lead_terms, &b.lead_words) + 2 * cue_match(t, sec.heading_terms);
    if (s > best_score) {
      best_score = s;
      best = t.id;
    }
  }
  return best;
}

std::string Answerer::entity_context(int entity) const {
  const KEntity& e = kb_.entities[static_cast<size_t>(entity)];
  if (e.block < 0 || e.item < 0) return "";
  // Only an item the thing opens is one of its list ("AWS" in a list of
  // examples): named inside another item ("data BMKG" in a list of
  // causes), it is no cause itself.
  const bool opens_item = std::any_of(
      kb_.blocks[static_cast<size_t>(e.block)].sentences.begin(),
      kb_.blocks[static_cast<size_t>(e.block)].sentences.end(), [&](int si) {
        const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
        return s.item == e.item &&
               std::any_of(e.name_terms.begin(), e.name_terms.end(),
                           [&](const Terms& n) { return find_phrase(s.terms, n) == 0; });
      });
  if (!opens_item) return "";
  const TopicDef* t = lx_.topic(topic_of_block(e.block));
  if (t == nullptr) return "";
  int sub = kb_.subtype_section(e.section);
  int scope = sub >= 0 ? kb_.sections[static_cast<size_t>(sub)].subtype : -1;
  return t->label + " " + scope_name(scope);
}

bool Answerer::cue_beside_name(const TopicDef& topic, const KSentence& s,
                               const std::vector<Terms>& names) const {
  auto cue_word = [&](size_t i) {
    if (i >= s.words.size() || i >= s.terms.size()) return false;
    const std::string& w = s.words[i];
    for (const std::string& near : topic.near_cues) {
      if (near == w || near == s.terms[i]) return true;
    }
    for (const auto* phrases : {&topic.cues, &topic.synonyms}) {
      for (const Words& p : *phrases) {
        if (p.size() == 1 && (p.front() == w || p.front() == s.terms[i])) return true;
      }
    }
    return false;
  };
  for (const Terms& n : names) {
    if (n.empty()) continue;
    for (int p = find_phrase(s.terms, n); p >= 0; p = find_phrase_from(s.terms, n, p + 1)) {
      const size_t at = static_cast<size_t>(p), end = at + n.size();
      // Before the name only the topic's own noun ("Contoh PSrE"): after
      // "seperti" or "misalnya" the name is itself an instance of another
      // thing ("fitur canggih seperti network slicing").
      if (at > 0 && (s.words[at - 1] == topic.label || s.terms[at - 1] == topic.label)) return true;
      // After the name, past a gloss in parentheses ("(password manager)").
      size_t next = end;
      while (next < s.terms.size() && next < s.begins.size()) {
        const std::string_view between(s.text.data() + s.begins[end - 1],
                                       s.begins[next] - s.begins[end - 1]);
        if (std::count(between.begin(), between.end(), '(') <=
            std::count(between.begin(), between.end(), ')'))
          break;
        ++next;
      }
      // ("seperti contoh di atas" points at examples given elsewhere.)
      if (next >= s.begins.size() || !cue_word(next) || cue_word(next + 1)) continue;
      // (In the same clause: "PSrE (...). Contohnya ..." begins another.)
      std::string_view between(s.text.data() + s.begins[end - 1],
                               s.begins[next] - s.begins[end - 1]);
      int depth = 0;
      bool clause_ends = false;
      for (char c : between) {
        depth = c == '(' ? depth + 1 : c == ')' ? std::max(0, depth - 1) : depth;
        clause_ends = clause_ends || (depth == 0 && (c == '.' || c == ';' || c == ':'));
      }
      if (!clause_ends) return true;
    }
  }
  return false;
}

Answerer::Found Answerer::locate_topic(const TopicDef& topic, int entity) const {
  Found best;
  const TopicDef* t = &topic;
  int scope = entity >= 0 ? kb_.entities[static_cast<size_t>(entity)].section : -1;
  // A named thing (an organisation) shares its section with others: only
  // sentences that name it speak about it.
  const KEntity* named = entity >= 0 && !kb_.entities[static_cast<size_t>(entity)].scoped()
                             ? &kb_.entities[static_cast<size_t>(entity)]
                             : nullptr;
  auto names_it = [&](const KSentence& s) { return holds_any(s.terms, named->name_terms); };
  for (size_t bi = 0; bi < kb_.blocks.size(); ++bi) {
    const KBlock& b = kb_.blocks[bi];
    const KSection& sec = kb_.sections[static_cast<size_t>(b.section)];
    bool in_scope = scope >= 0 && kb_.within(b.section, scope);
    // About an entity, only its own section counts; callers fall back to
    // the whole article themselves when that makes sense.
    // (A named thing's topic may yet be said outside its section, by a
    // sentence whose cue stands beside its name: below.)
    const bool outside = scope >= 0 && !in_scope;
    if (outside && named == nullptr) continue;
    // The subject's own scope is the first article; another article is
    // reached by naming its subject, an entity (index/knowledge.h).
    if (scope < 0 && sec.doc != 0) continue;
    double bonus = outside ? 0 : scope >= 0 ? 3 : (kb_.subtype_section(b.section) < 0 ? 2 : 0);
    // The lead section's "heading" is the article title, which names many
    // topics at once ("... dan Manfaatnya"): it says nothing about one block.
    double heading = sec.level > 1 ? heading_match(*t, sec) : 0;
    // "Penyebab dan Dampak X" over "..., dampaknya misalnya:": the list
    // (and the sentence announcing it) is the other half's.
    const std::unordered_set<std::string> other_half =
        heading > 0
            ? sections_->other_conjunct(
                  sec, [&](const std::string& term) { return names_topic(*t, Terms{term}); },
                  /*any_word=*/true)
            : std::unordered_set<std::string>{};
    // (Only where the part's prose, or a lead of its own, says the topic
    // in a word of it: prose that names neither half says less than the
    // other half's list.)
    const bool prose_names =
        !other_half.empty() && std::any_of(sec.blocks.begin(), sec.blocks.end(), [&](int pb) {
          const KBlock& p = kb_.blocks[static_cast<size_t>(pb)];
          return !p.list && std::any_of(p.sentences.begin(), p.sentences.end(), [&](int si) {
            const KSentence& x = kb_.sentences[static_cast<size_t>(si)];
            return names_topic(*t, x.terms);
          });
        });
    auto others = [&](const Terms& terms) {
      return prose_names && !names_topic(*t, terms) &&
             std::any_of(terms.begin(), terms.end(),
                         [&](const std::string& term) { return other_half.count(term) > 0; });
    };
    if (b.list && named == nullptr && others(b.lead_terms)) continue;
    const KBlock& opening = kb_.blocks[static_cast<size_t>(sec.blocks.front())];
    const bool opens_with_others =
        prose_names && !opening.list &&
        std::any_of(opening.sentences.begin(), opening.sentences.end(), [&](int si) {
          const KSentence& x = kb_.sentences[static_cast<size_t>(si)];
          return introduces_list(x.text) && others(x.terms);
        });
    if (outside && (heading > 0 || t->lists_only)) continue;
    if (b.list && named == nullptr) {
      // A list under a heading that names the topic is that topic's list,
      // even without a lead-in sentence.
      double s = 4 * heading + 3 * std::max(heading, cue_match(*t, b.lead_terms, &b.lead_words));
      if (s == 0) continue;
      s += bonus + 0.5;  // on equal evidence a list answers better than a sentence
      if (s > best.score) best = Found{static_cast<int>(bi), {}, in_scope, s, heading > 0};
      continue;
    }
    if (t->lists_only) continue;
    // Sentences: those that name the topic, or the section's opening when
    // the heading names it ("Pentingnya ...").
    for (size_t k = 0; k < b.sentences.size(); ++k) {
      const KSentence& sent = kb_.sentences[static_cast<size_t>(b.sentences[k])];
      if (named != nullptr && !names_it(sent)) continue;
      bool leads_list = introduces_list(sent.text);
      if (outside && leads_list) continue;
      // "Golput, yaitu ... Penyebabnya antara lain:" over a nested list: an
      // item that names the thing and announces the topic, is the lead of
      // the thing's list on it.
      if (named != nullptr && leads_list && sent.item >= 0) {
        const int nested = kb_.nested_list(b.sentences[k]);
        // The announcing sentence is the item's last, the one that ends in
        // the colon; what the item says before is about the thing.
        const size_t from = last_sentence_start(sent);
        const Terms last(sent.terms.begin() + static_cast<long>(from), sent.terms.end());
        const double s = nested >= 0 && names_topic(*t, last) ? 3 : 0;
        if (s > 0 && s + bonus + 0.5 > best.score)
          best = Found{nested, {}, in_scope, s + bonus + 0.5, false};
        continue;
      }
      // Under a matching heading the whole opening is the answer; a cue word
      // inside one sentence there ("kepentingan" for "pentingnya") is noise,
      // and so is one in a sentence that only guides the reader.
      // (But where the section opens by announcing the list of another part
      // its heading joins to the topic, "Tugas, Wewenang, dan Keanggotaan"
      // over "Beberapa tugas utama ORI antara lain:", the opening is that
      // part's, and the sentence that names the topic is this one's.)
      double cue = leads_list || (heading > 0 && !opens_with_others) ||
                           guides_[static_cast<size_t>(b.sentences[k])]
                       ? 0
                       : cue_match(*t, sent.terms, &sent.words);
      double s = 4 * heading + 2.5 * cue;
      if (s == 0) continue;
      // Of the sentences that name the thing and the topic, one whose cue
      // stands beside the name says the topic of the thing ("Contoh PSrE
      // antara lain ...", "pengelola sandi (password manager) seperti
      // ..."); elsewhere the cue may be of another thing the sentence names.
      // It outranks a cue in the thing's own section, though not its
      // section's heading naming the topic. (Only for a topic whose answer
      // is instances of the thing, examples: "anggota DPR" is how any
      // sentence names the members, not a list of them.)
      constexpr double kCueBesideName = 4;
      const bool beside = named != nullptr && t->of_items && cue > 0 &&
                          cue_beside_name(*t, sent, named->name_terms);
      if (outside && !beside) continue;
      if (beside) s += kCueBesideName;
      s += bonus;
      if (s > best.score + 1e-9) {
        best = Found{-1, {}, in_scope, s, heading > 0, beside};
        if (cue == 0) {
          // The heading alone matched: the opening paragraphs of the section.
          size_t chars = 0;
          for (int sb : sec.blocks) {
            const KBlock& pb = kb_.blocks[static_cast<size_t>(sb)];
            if (pb.list) break;
            for (int si : pb.sentences) {
              const auto& text = kb_.sentences[static_cast<size_t>(si)].text;
              if (chars > 0 && chars + text.size() > 600) break;
              if (introduces_list(text) && others(kb_.sentences[static_cast<size_t>(si)].terms))
                continue;
              best.sentences.push_back(si);
              chars += text.size();
            }
          }
          // A section that opens with a list: this paragraph is its opening.
          if (best.sentences.empty()) best.sentences = b.sentences;
        } else {
          best.sentences.push_back(b.sentences[k]);
        }
      } else if (cue > 0 && std::abs(s - best.score) < 1e-9 && best.block < 0 &&
                 best.sentences.size() < 3) {
        // Equal evidence in the same section: say all of it, in order.
        const KSentence& first = kb_.sentences[static_cast<size_t>(best.sentences.front())];
        if (kb_.blocks[static_cast<size_t>(first.block)].section == b.section) {
          best.sentences.push_back(b.sentences[k]);
        }
      }
    }
  }
  return best;
}

Answerer::Definition Answerer::find_definition(const std::vector<Terms>& targets, int scope_section,
                                               const Terms& context, const Words& forms) const {
  Definition best;
  // A tie-break only: far below the 0.1 a longer target earns.
  constexpr double kAsWritten = 0.01;
  auto as_written = [&](const KSentence& s, size_t from, size_t n) {
    double bonus = 0;
    for (size_t i = from; i < from + n && i < s.words.size(); ++i) {
      if (std::find(forms.begin(), forms.end(), s.words[i]) != forms.end()) bonus += kAsWritten;
    }
    return bonus;
  };
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    for (const Terms& target : targets) {
      // Every place the term stands: "Menurut UU tentang Hak Cipta, hak
      // cipta adalah ..." defines it at its second.
      for (int p = find_phrase(s.terms, target); p >= 0;
           p = find_phrase_from(s.terms, target, p + 1)) {
        // A list item defines the term it opens with ("Desentralisasi, yaitu
        // ..."); elsewhere in an item the term is mentioned, unless the item
        // names it there ("... Kondisi ini disebut X") or glosses it right
        // after a comma ("Terjadi fotolisis, yaitu pemecahan ...").
        // (Nor is it where a class noun the heading names opens the item:
        // "Jalur self-declare, yaitu ..." under "... Berdasarkan Jalur
        // Pengajuan" defines self-declare.)
        const Words& heading =
            kb_.sections[static_cast<size_t>(kb_.blocks[static_cast<size_t>(s.block)].section)]
                .heading_words;
        const bool class_noun =
            p == 1 && !s.words.empty() &&
            std::find(heading.begin(), heading.end(), s.words.front()) != heading.end();
        // "**Mr. Wongsonegoro**: Gubernur ...", "**dr. Kariadi**: ...": an
        // abbreviated title before a name is part of the name the item opens
        // with. (A capitalised word is not: "Tradisi pingitan:" opens with
        // what it says of the term.)
        constexpr int kTitleWords = 2;
        const bool titled =
            p > 0 && p <= kTitleWords &&
            std::all_of(s.words.begin(), s.words.begin() + p, [&](const std::string& w) {
              const size_t k = static_cast<size_t>(&w - s.words.data());
              const size_t end = s.begins[k] + w.size();
              return w.size() <= 4 && end < s.text.size() && s.text[end] == '.';
            });
        const bool mention = s.item >= 0 && p != 0 && !class_noun && !titled;
        size_t after = static_cast<size_t>(p) + target.size();
        // "Hiperinflasi: lebih dari ...", "Reksa dana terbuka (open-end
        // fund): investor ...": a sentence or item that opens with its term
        // and, after a colon or a dash (a parenthesis may come first), says it.
        // (So does a step that opens with the doing of it, "**Terapkan
        // aturan 20-20-20**: setiap 20 menit ...", in a part headed as steps.)
        auto ends_in = [&](const std::string& w, std::string_view end) {
          return w.size() > end.size() + 3 &&
                 w.compare(w.size() - end.size(), end.size(), end) == 0;
        };
        const bool bidden =
            p == 1 && s.item >= 0 && (ends_in(s.words[0], "kan") || ends_in(s.words[0], "lah")) &&
            sections_->headed_as_steps(kb_.blocks[static_cast<size_t>(s.block)].section);
        if ((p == 0 || bidden || titled) && after < s.begins.size() && after > 0) {
          std::string_view gap = std::string_view(s.text).substr(
              s.begins[after - 1], s.begins[after] - s.begins[after - 1]);
          size_t paren = gap.find('(');
          size_t predicate = s.begins[after];
          if (paren != std::string_view::npos) {
            // Skip the parenthesis ("(open-end fund)") to what follows it.
            size_t close = s.text.find(')', s.begins[after - 1] + paren);
            if (close != std::string::npos) {
              size_t next = s.text.find_first_not_of(" ", close + 1);
              gap = next == std::string::npos
                        ? std::string_view()
                        : std::string_view(s.text).substr(close + 1, next - close);
              predicate = next == std::string::npos ? s.text.size() : next + 1;
            }
          }
          // (An item may set its term apart as a sentence of its own:
          // "**Risiko dilusi.** Kepemilikan pemodal dapat mengecil ...".)
          if (gap.find(':') != std::string_view::npos ||
              gap.find("\xE2\x80\x93") != std::string_view::npos ||
              gap.find(" - ") != std::string_view::npos ||
              (s.item >= 0 && gap.find(". ") != std::string_view::npos)) {
            double score = 3.5 + 0.1 * static_cast<double>(target.size()) +
                           as_written(s, static_cast<size_t>(p), target.size());
            predicate = std::min(predicate, s.text.size());
            while (predicate < s.text.size() && s.text[predicate] == ' ') ++predicate;
            if (score > best.score) best = Definition{static_cast<int>(si), predicate, score};
            continue;
          }
        }
        // "... Kondisi ini disebut resistensi insulin.": the sentence names
        // the term it (or the sentence before it) describes.
        if (p > 0) {
          bool named = false;
          for (const Words& verb : lx_.naming_verbs) {
            size_t n = verb.size();
            if (n == 0 || static_cast<size_t>(p) < n) continue;
            named = named || std::equal(verb.begin(), verb.end(),
                                        s.words.begin() + (p - static_cast<int>(n)));
          }
          // "Pendekatan ini disebut enkripsi hibrida.": a name that goes on
          // past the target, with no mark between, is a longer term's; the
          // sentence names "enkripsi hibrida", not "enkripsi".
          if (named && after < s.words.size() && !lx_.stop_words.count(s.words[after]) &&
              std::string_view(s.text)
                      .substr(s.begins[after - 1], s.begins[after] - s.begins[after - 1])
                      .find_first_of(",.;:()") == std::string_view::npos)
            named = false;
          if (named) {
            double score = 3.2 + 0.1 * static_cast<double>(target.size()) +
                           as_written(s, static_cast<size_t>(p), target.size());
            Definition d{static_cast<int>(si), 0, score};
            // "Kondisi ini ...": what it names was said just before; or,
            // past sentences that go on about it ("Istilah ini juga dikenal
            // sebagai ..." two sentences after "Tata surya adalah ..."),
            // where the paragraph said what it is.
            // ("Ketiganya disingkat ...": so does a word that counts back.)
            if (((s.words.size() > 2 && lx_.demonstratives.count(s.words[1])) ||
                 opens_with_back_reference(s)) &&
                si > 0 && kb_.sentences[si - 1].block == s.block &&
                kb_.sentences[si - 1].item == s.item) {
              d.before = static_cast<int>(si) - 1;
              constexpr size_t kLookBack = 3;  // sentences
              for (size_t k = si; k-- > 0 && k + kLookBack >= si &&
                                  kb_.sentences[k].block == s.block &&
                                  kb_.sentences[k].item == s.item;) {
                if (states_meaning(static_cast<int>(k))) {
                  d.before = static_cast<int>(k);
                  break;
                }
              }
            } else if (si > 0 && kb_.sentences[si - 1].block == s.block &&
                       kb_.sentences[si - 1].item == s.item &&
                       states_meaning(static_cast<int>(si) - 1)) {
              // "Sistem operasi adalah ... . Dalam bahasa Inggris, sistem
              // operasi disebut Operating System (OS).": the new name is
              // another for the term the sentence before defines, and that
              // sentence says what it is.
              size_t verb = static_cast<size_t>(p);
              while (verb > 0 && !std::any_of(lx_.naming_verbs.begin(), lx_.naming_verbs.end(),
                                              [&](const Words& v) {
                                                return !v.empty() && s.words[verb - 1] == v.front();
                                              }))
                --verb;
              size_t from = verb > 0 ? verb - 1 : 0;
              while (from > 0 && s.text.find(',', s.begins[from - 1]) >= s.begins[from]) --from;
              const Terms named_term(s.terms.begin() + static_cast<long>(from),
                                     s.terms.begin() + static_cast<long>(verb > 0 ? verb - 1 : 0));
              if (!named_term.empty() && find_phrase(kb_.sentences[si - 1].terms, named_term) == 0)
                d.before = static_cast<int>(si) - 1;
            }
            if (score > best.score) best = d;
            continue;
          }
        }
        // "Unit terkecil penyusun sistem saraf adalah sel saraf atau
        // neuron.": a sentence that ends in the term and its other name,
        // after its copula, names what it says the other way round.
        // (Weaker than a sentence that opens with the term. And only so
        // named: "X merupakan delik aduan" says what kind X is, not what a
        // "delik aduan" is.)
        if (p > 1 && after == s.terms.size() && s.item < 0 &&
            s.words[static_cast<size_t>(p) - 1] == "atau") {
          constexpr size_t kAliasReach = 4;  // words: "sel saraf atau"
          size_t k = static_cast<size_t>(p) - 1;
          while (k > 0 && static_cast<size_t>(p) - k <= kAliasReach && !defines_here(s, k)) --k;
          if (k > 0 && defines_here(s, k)) {
            const double score = 2.5 + 0.1 * static_cast<double>(target.size()) +
                                 as_written(s, static_cast<size_t>(p), target.size());
            // (The next sentence, opening with the term, goes on to say what
            // it does: "Neuron bertugas menghantarkan impuls ...".)
            Definition d{static_cast<int>(si), 0, score};
            if (si + 1 < kb_.sentences.size() && kb_.sentences[si + 1].block == s.block &&
                find_phrase(kb_.sentences[si + 1].terms, target) == 0)
              d = Definition{static_cast<int>(si) + 1, 0, score, static_cast<int>(si)};
            if (score > best.score) best = d;
            continue;
          }
        }
        // "Jadi, semua X adalah Y": a claim about every X, no definition.
        if (p > 0 && lx_.universal_words.count(s.words[static_cast<size_t>(p) - 1])) continue;
        if (mention) {
          const bool glossed =
              starts_noun_phrase(s, static_cast<size_t>(p)) && after < s.terms.size() &&
              defines_here(s, after) &&
              std::string_view(s.text)
                      .substr(s.begins[after - 1], s.begins[after] - s.begins[after - 1])
                      .find(',') != std::string_view::npos;
          if (!glossed) continue;
        }
        // "Bagi rumah tangga, keuntungan utama maggot sebenarnya adalah
        // ...": after a topic's word in its phrase, the term is whose
        // benefit, cause or aim the sentence says, not what it is.
        // (Not one glossed after a comma, "prinsip 2L, yaitu ...": there the
        // term names the principle.)
        const bool glossed_after =
            after < s.begins.size() && s.text.find(',', s.begins[after - 1]) < s.begins[after];
        if (!mention && !glossed_after) {
          size_t k = static_cast<size_t>(p);
          bool aspect = false;
          while (k > 0 && !aspect && k - 1 < s.begins.size() &&
                 s.text.find_first_of(",:;", s.begins[k - 1]) >= s.begins[k] &&
                 !lx_.stop_words.count(s.words[k - 1])) {
            --k;
            aspect = lx_.topic_terms.count(s.terms[k]) > 0;
          }
          if (aspect) continue;
        }
        // "Perundungan siber atau cyberbullying, yaitu ...": the term's other
        // name after "atau" stands between it and the copula, like a
        // parenthesis.
        constexpr size_t kAliasWords = 3;
        bool alias = false;
        size_t reach = after + 3;
        for (size_t k = after; k < std::min(reach, s.terms.size()); ++k) {
          // "X bukan berarti ...": says what X is not.
          if (lx_.negations.count(s.words[k])) break;
          if (k == after && s.words[k] == "atau") {
            alias = true;
            reach += kAliasWords;
            continue;
          }
          if (!defines_here(s, k)) {
            // "Hiperglikemia hiperosmolar, yaitu ...": a content word before
            // the copula makes the subject a longer term than the target;
            // one in a parenthesis ("Manajer Investasi (MI), yaitu") does not.
            const size_t open = s.text.rfind('(', s.begins[k]);
            const bool in_parens = open != std::string::npos && open >= s.begins[after - 1] &&
                                   s.text.find(')', open) > s.begins[k];
            if (!lx_.stop_words.count(s.words[k]) && !in_parens && !alias) break;
            continue;
          }
          int section = kb_.blocks[static_cast<size_t>(s.block)].section;
          // A term that opens its sentence, or its clause after a lead-in
          // ("Menurut UU ..., X adalah ..."), is what the sentence is about.
          const bool opens = p <= 2 || std::string_view(s.text)
                                               .substr(s.begins[static_cast<size_t>(p) - 1],
                                                       s.begins[static_cast<size_t>(p)] -
                                                           s.begins[static_cast<size_t>(p) - 1])
                                               .find(',') != std::string_view::npos;
          double score = 3 + (opens ? 1 : 0) + 0.1 * static_cast<double>(target.size()) +
                         (scope_section >= 0 && kb_.within(section, scope_section) ? 1 : 0) +
                         as_written(s, static_cast<size_t>(p), target.size());
          // (A word of any target is no context: "tanda tangan elektronik
          // tidak tersertifikasi" holds the words of the longer target
          // around the shorter one, and is not the better for it.)
          for (const auto& c : context) {
            const bool in_target = std::any_of(targets.begin(), targets.end(), [&](const Terms& x) {
              return std::find(x.begin(), x.end(), c) != x.end();
            });
            if (!in_target && std::find(s.terms.begin(), s.terms.end(), c) != s.terms.end())
              score += 0.5;
          }
          if (score > best.score) {
            // The predicate starts after the copula (and a following "sebagai").
            size_t start = k + 1;
            if (start < s.words.size() && s.words[start] == "sebagai") ++start;
            if (start >= s.words.size()) break;
            best = Definition{static_cast<int>(si), s.begins[start], score};
          }
          break;
        }
      }
    }
  }
  return best;
}

bool Answerer::names_the_subject(int entity) const {
  if (kb_.docs.empty()) return false;
  const KDocument& doc = kb_.docs.front();
  const KEntity& e = kb_.entities[static_cast<size_t>(entity)];
  return std::any_of(e.name_terms.begin(), e.name_terms.end(), [&](const Terms& name) {
    return name == doc.subject_terms ||
           std::find(doc.subject_aliases.begin(), doc.subject_aliases.end(), name) !=
               doc.subject_aliases.end();
  });
}

Answerer::Definition Answerer::define_subject_head(const Terms& words) const {
  // "Apa itu fermentasi?" in an article on fermentasi makanan: the head of
  // the subject's name, which the article never defines alone, is the
  // subject said short (Indonesian puts the head first).
  if (kb_.docs.empty()) return {};
  const Terms& subject = kb_.docs.front().subject_terms;
  if (words.empty() || words.size() >= subject.size() ||
      !std::equal(words.begin(), words.end(), subject.begin()))
    return {};
  return define_entity(-1, subject);
}

Answerer::Definition Answerer::define_entity(int entity, const Terms& context) const {
  std::vector<Terms> targets;
  int scope = -1;
  if (entity < 0) {
    if (!kb_.docs.empty()) {
      targets.push_back(kb_.docs.front().subject_terms);
      for (const Terms& alias : kb_.docs.front().subject_aliases) targets.push_back(alias);
    }
  } else {
    const KEntity& e = kb_.entities[static_cast<size_t>(entity)];
    targets = e.name_terms;
    scope = e.section;
    // "Bilateral ..." also defines "kerja sama bilateral": the words that
    // set a sub-type apart from the subject are a name of their own.
    for (const Terms& name : e.name_terms) {
      Terms key;
      for (const auto& t : name) {
        if (!subject_term(t)) key.push_back(t);
      }
      if (!key.empty() && key.size() < name.size()) targets.push_back(key);
    }
  }
  return find_definition(targets, scope, context);
}

std::string Answerer::defined_term(const Definition& d, Tokenizer& tok) const {
  const std::string& text = kb_.sentences[static_cast<size_t>(d.sentence)].text;
  std::string term = text.substr(0, std::min(d.predicate, text.size()));
  // "Pemilu langsung:", "Bukan PBI, yaitu", "Terumbu karang adalah": the
  // term, without what joins it to what it is.
  auto trim_joints = [](std::string* x) {
    while (!x->empty() && std::string_view(" :,;-").find(x->back()) != std::string_view::npos)
      x->pop_back();
  };
  trim_joints(&term);
  const std::vector<Token> tokens = tok.tokenize(term);
  if (tokens.size() > 1 && lx_.copula_terms.count(tokens.back().term)) {
    term.resize(tokens.back().begin);
    trim_joints(&term);
  }
  return term;
}

std::string Answerer::predicate_text(const Definition& d) const {
  const std::string& text = kb_.sentences[static_cast<size_t>(d.sentence)].text;
  return trim_end(text.substr(std::min(d.predicate, text.size())));
}

Draft Answerer::answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d = one_column(kb_, lx_.stop_words, u, nth_item(u, answer_with_sections(u, plan, t), t));
  said_past_colon(&d);
  if (u.qtype != "yesno" && d.confidence > 0) {
    if (Draft negated = negated_answer(u, d, t); negated.confidence > 0) d = std::move(negated);
  }
  // "Apakah X selalu Y?" where the article says "X tidak selalu ...": the
  // denial decides it, over any answer that gives no verdict; it is scored
  // as a passage covering that much of the claim.
  if (u.qtype == "yesno" && d.intent != "yesno") {
    double share = 0;
    if (const int denial = yesno_->denies_limit(u, kLimitDeniedCovers, &share); denial >= 0)
      return sentence_draft(denial, "no", "yesno", plan.entity, kPassageBase + kPassageSpan * share,
                            t);
  }
  // A yes/no question gets its verdict before the evidence, when the
  // evidence is a statement from the article (not a list of a topic).
  if (u.qtype == "yesno" && d.intent != "yesno" && d.confidence > 0 && !d.sentences.empty() &&
      d.items.empty()) {
    // What the thing asked about is, by the article's definition, also
    // decides a claim about it ("melibatkan tiga negara" vs "antar dua negara").
    std::vector<int> evidence = d.sentences;
    for (int e : {plan.entity, plan.entity2}) {
      if (e >= 0 && definitions_[static_cast<size_t>(e)].sentence >= 0)
        evidence.push_back(definitions_[static_cast<size_t>(e)].sentence);
    }
    Judgement j = yesno_->judge(u, evidence);
    kainjow::mustache::data data;
    const bool said =
        std::find(d.sentences.begin(), d.sentences.end(), j.sentence) != d.sentences.end();
    if (!said && j.sentence == d.sentences.back() + 1 &&
        kb_.sentences[static_cast<size_t>(j.sentence)].block ==
            kb_.sentences[static_cast<size_t>(d.sentences.back())].block) {
      // The sentence right after the evidence decided it ("Padahal, ..."):
      // it is said with it.
      d.text += " " + kb_.sentences[static_cast<size_t>(j.sentence)].text;
      d.sentences.push_back(j.sentence);
    } else if (!said) {
      // Decided by a definition the passage did not hold: that is the evidence.
      const KSentence& s = kb_.sentences[static_cast<size_t>(j.sentence)];
      d.text = s.text;
      d.sentences = {j.sentence};
      d.sections = {kb_.blocks[static_cast<size_t>(s.block)].section};
    }
    data.set("text", sentence_start(d.text));
    d.text = t.renderer.render(lx_.tmpl(j.verdict == Verdict::kYes ? "yes" : "no"), data);
    d.intent = "yesno";
  }
  // "Apa kelebihan dan kekurangan X?": two topics joined by "dan" are both
  // asked, each answered in turn.
  const bool joined = std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
    return lx_.coordinators.count(w) > 0;
  });
  if (joined && u.topics.size() >= 2 && !plan.topic.empty() && d.intent == "topic." + plan.topic &&
      u.qtype != "yesno") {
    Plan second = plan;
    second.topic = plan.topic == u.topics[0] ? u.topics[1] : u.topics[0];
    Draft e = answer_with_sections(u, second, t);
    if (e.intent == "topic." + second.topic && e.confidence >= lx_.threshold && e.text != d.text) {
      while (!d.text.empty() && d.text.back() == '\n') d.text.pop_back();
      d.text += "\n\n" + e.text;
      d.sentences.insert(d.sentences.end(), e.sentences.begin(), e.sentences.end());
      d.sections.insert(d.sections.end(), e.sections.begin(), e.sections.end());
      d.items.insert(d.items.end(), e.items.begin(), e.items.end());
      d.confidence = std::min(d.confidence, e.confidence);
    }
  }
  return d;
}

Draft Answerer::nth_item(const Understanding& u, Draft d, Tools& t) const {
  if (u.ordinal == 0 || d.confidence <= 0 || u.qtype == "yesno") return d;
  // The list the answer gives or quotes from: "Langkah pertama ..." is its
  // first item, whichever item matched the question's words best. Only a
  // list of what the ordinal counts, as its lead or heading names it: the
  // "kendaraan kedua" of a tax is no item of a list of reasons.
  int block = -1;
  for (int si : d.sentences) {
    const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
    if (s.item >= 0 && !kb_.nests(s.block)) {
      block = s.block;
      break;
    }
    if (const int list = announced_list(si); list >= 0) {
      block = list;
      break;
    }
  }
  auto names = [&](const Terms& terms) {
    return std::find(terms.begin(), terms.end(), u.ordinal_of) != terms.end();
  };
  // (A lead-in that ends in a full stop, "ikuti langkah-langkah berikut.",
  // is no lead of the list, but names what it counts all the same.)
  auto counts = [&](int list) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(list)];
    if (names(b.lead_terms) || names(kb_.sections[static_cast<size_t>(b.section)].heading_terms))
      return true;
    if (list == 0 || !announces_list(list - 1)) return false;
    const KBlock& before = kb_.blocks[static_cast<size_t>(list) - 1];
    return names(kb_.sentences[static_cast<size_t>(before.sentences.back())].terms);
  };
  // When the list the answer quotes counts something else, and the ordinal
  // counts steps ("langkah pertama"), the list of steps ("langkah-langkah
  // berikut") that shares most of what the question names is the one it
  // picks from. (Another ordinal may name a thing, not a place in a list:
  // "Kongres Pemuda kedua".)
  if ((block < 0 || !counts(block)) && lx_.step_terms.count(u.ordinal_of)) {
    int best = -1;
    size_t best_shared = 0;
    for (size_t bi = 0; bi < kb_.blocks.size(); ++bi) {
      const KBlock& b = kb_.blocks[bi];
      if (!b.list || kb_.nests(static_cast<int>(bi)) ||
          kb_.sections[static_cast<size_t>(b.section)].doc != 0 || !counts(static_cast<int>(bi)))
        continue;
      Terms around = b.lead_terms;
      const Terms& heading = kb_.sections[static_cast<size_t>(b.section)].heading_terms;
      around.insert(around.end(), heading.begin(), heading.end());
      if (bi > 0 && announces_list(static_cast<int>(bi) - 1)) {
        const Terms& lead_in =
            kb_.sentences[static_cast<size_t>(kb_.blocks[bi - 1].sentences.back())].terms;
        around.insert(around.end(), lead_in.begin(), lead_in.end());
      }
      const size_t shared = static_cast<size_t>(
          std::count_if(u.content.begin(), u.content.end(), [&](const std::string& c) {
            return std::find(around.begin(), around.end(), c) != around.end();
          }));
      if (best < 0 || shared > best_shared) {
        best = static_cast<int>(bi);
        best_shared = shared;
      }
    }
    block = best;
  }
  if (block < 0 || !counts(block)) return d;
  const KBlock& b = kb_.blocks[static_cast<size_t>(block)];
  const size_t n = b.sentences.size();
  const size_t index = u.ordinal < 0 ? n - 1 : static_cast<size_t>(u.ordinal - 1);
  if (index >= n) return d;
  const int item = b.sentences[index];
  Draft out;
  std::string text = kb_.sentences[static_cast<size_t>(item)].text;
  if (!b.lead.empty()) text = b.lead + " " + text;
  out.sentences.push_back(item);
  append_nested_list(item, &text, &out.sentences);
  data v;
  v.set("text", text);
  out.text = t.renderer.render(lx_.tmpl("passage"), v);
  // Still the answer it narrows: a topic's list stays that topic's.
  out.intent = d.intent;
  out.topic = d.topic;
  out.entity = d.entity;
  if (!d.items.empty())
    out.items.push_back(trim_end(kb_.sentences[static_cast<size_t>(item)].text));
  out.sections.push_back(b.section);
  out.confidence = d.confidence;
  return out;
}

Draft Answerer::item_answer(const std::string& item, Tools& t) const {
  // A name ("Kerja sama regional") is explained elsewhere; an item with a
  // clause after its head explains itself.
  constexpr size_t kMinExplained = 40;
  if (item.size() < kMinExplained || item_head(item) == item) return Draft{};
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    if (s.item < 0 || trim_end(s.text) != item) continue;
    Draft d = sentence_draft(static_cast<int>(si), "passage", "passage", -1, kItemExplained, t);
    // (With the list under it, which says the rest: "Zakat pertanian: ..."
    // over "- Nisab 5 wasaq ...".)
    std::string text = s.text;
    append_nested_list(static_cast<int>(si), &text, &d.sentences);
    if (d.sentences.size() > 1) {
      kainjow::mustache::data v;
      v.set("text", text);
      d.text = t.renderer.render(lx_.tmpl("passage"), v);
    }
    return d;
  }
  return Draft{};
}

Draft Answerer::near_answer(const Understanding& u, const std::vector<int>& last, Tools& t) const {
  Draft d;
  // What the follow-up asks: its topic's one-word cues ("contoh",
  // "misalnya"), a number, and its own content words.
  std::unordered_set<std::string> cues;
  for (const std::string& id : u.topics) {
    if (const TopicDef* td = lx_.topic(id)) {
      for (const auto* phrases : {&td->cues, &td->synonyms}) {
        for (const Words& p : *phrases) {
          if (p.size() == 1) cues.insert(p.front());
        }
      }
      cues.insert(td->near_cues.begin(), td->near_cues.end());
    }
  }
  // A list asked for is answered by a list, which one sentence is only when
  // it enumerates; what a thing is, by its definition, not by a sentence
  // that names it.
  // (A sentence that lists, "antara lain debu, bulu hewan, dan asap", is
  // a list.)
  if (u.qtype == "definition") return d;
  const bool list = u.qtype == "list";
  const bool number = u.qtype == "number" || u.qtype == "when";
  // (A word the article never uses, "korbannya" where it says "menewaskan
  // 140 orang", cannot be held by any sentence and asks nothing of one.)
  Terms own;
  for (const std::string& term : u.key_content) {
    if (!cues.count(term) && kb_.terms.count(term)) own.push_back(term);
  }
  if (cues.empty() && !number && own.empty()) return d;
  // An item with a list of its own under it ("LPWAN ..." over "- LoRaWAN",
  // "- Sigfox"): a topic asked of items ("contohnya?") is that list; so is
  // the topic the item announces its list by ("Dividen bisa berbentuk:"
  // for "bentuknya apa aja?").
  const bool of_items = lx_.asks_of_items(u.topics);
  for (int si : last) {
    if (!own.empty() || si < 0 || static_cast<size_t>(si) >= kb_.sentences.size() ||
        kb_.sentences[static_cast<size_t>(si)].item < 0)
      continue;
    const int nested = kb_.nested_list(si);
    if (nested < 0) continue;
    const KSentence& item = kb_.sentences[static_cast<size_t>(si)];
    const Terms announcing(item.terms.begin() + static_cast<long>(last_sentence_start(item)),
                           item.terms.end());
    const bool announced =
        introduces_list(item.text) && std::any_of(cues.begin(), cues.end(), [&](const auto& c) {
          return std::find(announcing.begin(), announcing.end(), c) != announcing.end();
        });
    if (!of_items && !announced) continue;
    std::string text = kb_.sentences[static_cast<size_t>(si)].text;
    d.sentences.push_back(si);
    append_items(nested, &text, &d.sentences);
    data v;
    v.set("text", text);
    d.text = t.renderer.render(lx_.tmpl("sentences"), v);
    d.intent = "passage";
    d.sections.push_back(kb_.section_of(si));
    d.confidence = kFollowupNearby;
    return d;
  }
  // The sentences beside the last answer: its item or paragraph, and the
  // paragraph that follows it in the same section.
  std::vector<int> nearby;
  for (int si : last) {
    if (si < 0 || static_cast<size_t>(si) >= kb_.sentences.size()) continue;
    const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
    const KBlock& b = kb_.blocks[static_cast<size_t>(s.block)];
    for (int other : b.sentences) {
      if (kb_.sentences[static_cast<size_t>(other)].item == s.item) nearby.push_back(other);
    }
    const size_t next = static_cast<size_t>(s.block) + 1;
    if (s.item >= 0 || next >= kb_.blocks.size() || kb_.blocks[next].section != b.section) continue;
    // The paragraph after it, or the list its paragraph announces ("KIPI
    // dibedakan menjadi dua:"), whose items go on saying it.
    if (!kb_.blocks[next].list ||
        introduces_list(kb_.sentences[static_cast<size_t>(b.sentences.back())].text))
      nearby.insert(nearby.end(), kb_.blocks[next].sentences.begin(),
                    kb_.blocks[next].sentences.end());
  }
  std::sort(nearby.begin(), nearby.end());
  nearby.erase(std::unique(nearby.begin(), nearby.end()), nearby.end());
  // The last answer's own sentences first: "korbannya berapa?" after a
  // sentence on one eruption asks its toll, not the one of the eruption
  // the paragraph told before it.
  std::stable_partition(nearby.begin(), nearby.end(), [&](int si) {
    return std::find(last.begin(), last.end(), si) != last.end();
  });
  for (int si : nearby) {
    const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
    auto holds = [&](const std::string& term) {
      return std::find(s.terms.begin(), s.terms.end(), term) != s.terms.end();
    };
    // A sentence that introduces a list says nothing by itself, but a
    // figure it gives before the list ("Stadium prodromal, berlangsung 2-4
    // hari dengan gejala:" asked "berapa lama?").
    if (introduces_list(s.text) && !(number && has_digit(s.text))) continue;
    // (A cue in a relative clause, "Dana pasar uang, yang risikonya paling
    // rendah", says how much of it another thing has, not what it is.)
    auto cued = [&](const std::string& cue) {
      for (size_t k = 0; k < s.terms.size() && k < s.words.size(); ++k) {
        if (s.terms[k] != cue) continue;
        const std::string& w = s.words[k];
        const bool relative = k > 0 && s.words[k - 1] == "yang" && w.size() > 3 &&
                              w.compare(w.size() - 3, 3, "nya") == 0;
        if (!relative) return true;
      }
      return false;
    };
    if (!cues.empty() && std::none_of(cues.begin(), cues.end(), cued)) continue;
    if (number && !has_digit(s.text)) continue;
    if (list && std::count(s.text.begin(), s.text.end(), ',') < 2) continue;
    if (!std::all_of(own.begin(), own.end(), holds)) continue;
    data v;
    v.set("text", s.text);
    d.text = t.renderer.render(lx_.tmpl("passage"), v);
    d.intent = "passage";
    d.sentences.push_back(si);
    d.sections.push_back(kb_.blocks[static_cast<size_t>(s.block)].section);
    d.confidence = kFollowupNearby;
    return d;
  }
  return d;
}

Draft Answerer::in_readers_word(const Understanding& u, const Plan& plan, Draft d, Tools& t) const {
  // "Risiko dan Tantangan" over a list led by "... berbagai risiko:" and a
  // paragraph "... juga punya tantangan tersendiri ...": one topic's two
  // words, and the reader asked "tantangan". The list says the other word;
  // the paragraph that writes the reader's says what was asked.
  const TopicDef* td = lx_.topic(plan.topic);
  if (td == nullptr || d.intent != "topic." + plan.topic || d.sections.size() != 1) return d;
  std::unordered_set<std::string> own;  // the topic's words the reader wrote
  for (const Words& p : td->synonym_words) {
    if (p.size() == 1 && std::find(u.words.begin(), u.words.end(), p.front()) != u.words.end())
      own.insert(p.front());
  }
  if (own.empty()) return d;
  auto writes = [&](const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return own.count(w) > 0; });
  };
  const KSection& sec = kb_.sections[static_cast<size_t>(d.sections.front())];
  // Only a heading of two halves joined by a coordinator, the reader's word
  // one half and the list's lead the other's word for the topic.
  std::unordered_set<std::string> others;  // the topic's other words in the heading
  bool joined = false;
  for (const std::string& w : sec.heading_words) {
    joined = joined || lx_.coordinators.count(w) > 0;
    if (own.count(w)) continue;
    for (const Words& p : td->synonym_words) {
      if (p.size() == 1 && p.front() == w) others.insert(w);
    }
  }
  if (!joined || others.empty() || !writes(sec.heading_words) || d.sentences.empty()) return d;
  const KBlock& list =
      kb_.blocks[static_cast<size_t>(kb_.sentences[static_cast<size_t>(d.sentences.back())].block)];
  if (!list.list || writes(list.lead_words) ||
      std::none_of(list.lead_words.begin(), list.lead_words.end(),
                   [&](const std::string& w) { return others.count(w) > 0; }))
    return d;
  for (int si : d.sentences) {
    if (writes(kb_.sentences[static_cast<size_t>(si)].words)) return d;
  }
  for (int bi : sec.blocks) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
    if (b.list) continue;
    for (size_t k = 0; k < b.sentences.size(); ++k) {
      if (!writes(kb_.sentences[static_cast<size_t>(b.sentences[k])].words)) continue;
      // That sentence and the rest of its paragraph, which goes on about it.
      Draft p;
      std::string text;
      for (size_t r = k; r < b.sentences.size(); ++r) {
        const KSentence& s = kb_.sentences[static_cast<size_t>(b.sentences[r])];
        if (introduces_list(s.text)) break;
        text += (text.empty() ? "" : " ") + s.text;
        p.sentences.push_back(b.sentences[r]);
      }
      if (text.empty()) continue;
      kainjow::mustache::data v;
      v.set("text", text);
      p.text = t.renderer.render(lx_.tmpl("passage"), v);
      p.intent = "passage";
      p.sections = d.sections;
      p.confidence = d.confidence;
      return p;
    }
  }
  return d;
}

Draft Answerer::answer_with_sections(const Understanding& u, const Plan& plan, Tools& t) const {
  // "Abrasi itu nama lainnya apa?": another name of a thing, which no
  // heading says better than the sentence that gives it.
  if (Draft other = other_name_answer(u, t); other.confidence > 0) return other;
  Draft d = in_readers_word(u, plan, answer_by_kind(u, plan, t), t);
  // A passage that is a section's opening, ending in words that announce
  // what follows ("... dikelompokkan menjadi dua.") where the section goes
  // on in parts ("### Asal Daerah", "### Agama"), says nothing without
  // them: the section's parts are its answer.
  // (Unless the question names one of those parts.)
  SectionMatch m = sections_->match(u, -1);
  // "X dikelompokkan berdasarkan apa saja?" asks the bases the article
  // groups the kinds by: its groupings, each with what it holds.
  for (size_t i = 0; m.section >= 0 && i + 1 < u.words.size(); ++i) {
    if (!lx_.basis_markers.count(u.words[i]) || !lx_.question_words.count(u.words[i + 1])) continue;
    if (Draft bases = sections_->kinds_by_bases(m, u, t); bases.confidence > 0) return bases;
    break;
  }
  // A comparison is its differences: the sentence that opens a section
  // headed as one ("Perbedaan X dan Y") says only that the two differ, and
  // the section's list or table after it says how.
  if (d.intent == "passage" && (u.qtype == "comparison" || u.choice) && !d.sentences.empty()) {
    const int section = kb_.section_of(d.sentences.front());
    const std::vector<int>& blocks = kb_.sections[static_cast<size_t>(section)].blocks;
    const bool opening =
        !blocks.empty() && std::all_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
          return kb_.sentences[static_cast<size_t>(si)].block == blocks.front();
        });
    const bool listed = std::any_of(blocks.begin(), blocks.end(),
                                    [&](int b) { return kb_.blocks[static_cast<size_t>(b)].list; });
    if (opening && listed && !kb_.blocks[static_cast<size_t>(blocks.front())].list &&
        sections_->headed_as(section, "comparison")) {
      Draft table = whole_section(section, u, t);
      if (!table.items.empty()) {
        table.confidence = d.confidence;
        return table;
      }
    }
  }
  // (Nor when a heading elsewhere names what is asked more surely than
  // the passage that announced the parts: "Jenis X Berdasarkan Sumber
  // Cerita" over an opening that only mentions "bersumber".)
  if (Draft parts = announced_parts(d, u, t);
      !parts.items.empty() &&
      (m.section < 0 || parts.sections.empty() || m.section == parts.sections.front() ||
       (!kb_.within(m.section, parts.sections.front()) && m.confidence() <= d.confidence)))
    return parts;
  // A section whose heading names what is asked answers too; the more
  // confident of the two wins, and on a tie the answer by kind, which knows
  // the question's shape.
  if (m.section < 0) return d;
  // (Not asked why a thing bears a name, "Kenapa disebut X?": the sentence
  // that says so of all of X answers, however surely a heading names X.)
  const bool name_reason =
      u.qtype == "reason" && d.intent == "passage" && d.confidence >= lx_.threshold &&
      sentence_share(d.sentences, u.query) >= 1.0 &&
      (gives_reason(d.sentences) || std::any_of(d.sentences.begin(), d.sentences.end(),
                                                [&](int si) {
                                                  return holds_any(
                                                      kb_.sentences[static_cast<size_t>(si)].words,
                                                      lx_.name_origins);
                                                })) &&
      holds_any(u.words, lx_.naming_verbs);
  if (name_reason) return d;
  // A topic's list from a section that lacks what the question qualifies it
  // by ("... berdasarkan kedalaman hiposentrum") answers another question,
  // however sure the topic is: a heading that has it answers instead.
  const bool topic_misses =
      d.intent.rfind("topic.", 0) == 0 && !u.content.empty() && m.confidence() >= lx_.threshold &&
      covered_share(d.sections, u.content) < kTopicCovers &&
      covered_share({m.section}, u.content) > covered_share(d.sections, u.content);
  // A way asked ("Bagaimana cara ...?") is told by steps: a passage from
  // elsewhere that only shares words ("... dibuat oleh Bank Indonesia")
  // yields to a part headed as steps that names what is asked.
  const bool steps_instead =
      u.qtype == "how" && d.intent == "passage" && m.confidence() >= lx_.threshold &&
      sections_->headed_as_steps(m.section) &&
      std::none_of(d.sentences.begin(), d.sentences.end(),
                   [&](int si) { return kb_.within(kb_.section_of(si), m.section); });
  // A topic asked ("Sebutkan contoh hewan yang ...") is told by the part
  // headed by it ("Contoh Hewan yang ..."), over a passage from a part on
  // no topic asked that shares the other words ("... dapat ditemukan
  // pada: serangga ..., baik sempurna maupun tidak sempurna").
  const bool topic_headed =
      !u.topics.empty() && d.intent == "passage" && m.names_topic &&
      m.confidence() >= lx_.threshold && m.precision > 1 - 1e-9 && !d.sentences.empty() &&
      covered_share({m.section}, u.key_content) >= 1.0 &&
      std::none_of(d.sentences.begin(), d.sentences.end(),
                   [&](int si) { return kb_.within(kb_.section_of(si), m.section); }) &&
      std::none_of(u.topics.begin(), u.topics.end(), [&](const std::string& id) {
        return topic_of_block(kb_.sentences[static_cast<size_t>(d.sentences.front())].block) == id;
      });
  // An item of a list inside a part whose heading asks the very question,
  // and nothing more ("Mengapa X Dibutuhkan?" for "Mengapa X dibutuhkan di
  // Indonesia?"), is one piece of the article's answer: the part says all.
  // (A sentence of its prose may say it all: "X lebih tinggi karena ...".)
  // So is any passage from inside a part whose headings, its own and those
  // above it, name all that an open question asks ("Apa dampak X bagi
  // manusia?" under "Dampak X" › "Bagi Kesehatan Manusia"); a question for
  // one fact (why, when, who, how many) is still answered by the sentence
  // that states it.
  auto inside = [&](bool items_only) {
    return !d.sentences.empty() && std::all_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
      return kb_.within(kb_.section_of(si), m.section) &&
             (!items_only || kb_.sentences[static_cast<size_t>(si)].item >= 0);
    });
  };
  // (And a way asked, where the passage is prose of the part headed as its
  // steps, "Jadi, cara kerja X pada dasarnya ..." after them: the steps
  // are the way.)
  const std::vector<int>& part_blocks = kb_.sections[static_cast<size_t>(m.section)].blocks;
  const bool steps_listed = std::any_of(part_blocks.begin(), part_blocks.end(), [&](int b) {
    return kb_.blocks[static_cast<size_t>(b)].list;
  });
  const bool piece_of_part =
      d.intent == "passage" && m.confidence() >= lx_.threshold &&
      ((!u.qtype.empty() && m.precision > 1 - 1e-9 && sections_->headed_as(m.section, u.qtype) &&
        inside(true)) ||
       (u.qtype.empty() && m.recall > 1 - 1e-9 && inside(false)) ||
       (u.qtype == "how" && m.recall > 1 - 1e-9 && sections_->headed_as_steps(m.section) &&
        steps_listed && inside(false)));
  if (m.confidence() <= d.confidence && !topic_misses && !steps_instead && !piece_of_part &&
      !topic_headed)
    return d;
  // And the other way: a heading that lacks what the question names
  // ("Jenis Bank Desa" for "Jenis kredit di bank desa?") yields to the list
  // of an item that names it ("**Kredit**, yaitu ... terbagi menjadi:").
  // (Its headings above it count: "## Kredit" over "### Jenisnya".)
  auto headed_by = [&](const std::string& x) {
    for (int sec = m.section; sec >= 0; sec = kb_.sections[static_cast<size_t>(sec)].parent) {
      const Terms& heading = kb_.sections[static_cast<size_t>(sec)].heading_terms;
      if (std::find(heading.begin(), heading.end(), x) != heading.end()) return true;
    }
    return false;
  };
  const bool section_misses = d.confidence >= kListOfItem && d.intent.rfind("topic.", 0) == 0 &&
                              !u.key_content.empty() &&
                              std::none_of(u.key_content.begin(), u.key_content.end(), headed_by) &&
                              sentence_share(d.sentences, u.key_content, true) >= kTopicCovers;
  if (section_misses && !topic_misses && !steps_instead && !piece_of_part && !topic_headed)
    return d;
  // Whether a claim holds is said by a statement, which gets its verdict;
  // a section's list says no "Ya" or "Tidak".
  if (u.qtype == "yesno" && d.confidence >= lx_.threshold && d.items.empty()) return d;
  // A section that is the entity's own (a kind's "#3 Kerja sama
  // Multilateral") is what the answers about that entity are drawn from:
  // the answer by kind knows which part of it was asked.
  if (plan.entity >= 0 && d.confidence >= lx_.threshold) {
    const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
    // (A list asked of it, "Apa saja prinsip X?", is all of its part, not
    // the passage that shares most words.)
    if (e.scoped() && kb_.within(m.section, e.section) &&
        !(u.qtype == "list" && d.intent == "passage"))
      return d;
    // A section that never names the thing a topic is asked of
    // ("Kekurangan Deposito" for "risiko deposito valas?") speaks of the
    // whole subject, and a confident answer about the thing itself says more.
    // (Its heading may name it: "Manfaat Rutin Menjalankan PSN".)
    bool names = false;
    for (const Terms& n : e.name_terms)
      names =
          names || find_phrase(kb_.sections[static_cast<size_t>(m.section)].heading_terms, n) >= 0;
    for (int b : kb_.sections[static_cast<size_t>(m.section)].blocks) {
      for (int si : kb_.blocks[static_cast<size_t>(b)].sentences) {
        for (const Terms& n : e.name_terms)
          names = names || find_phrase(kb_.sentences[static_cast<size_t>(si)].terms, n) >= 0;
      }
    }
    if (!e.scoped() && !names && !plan.topic.empty()) return d;
  }
  // A topic answer drawn from inside that very section already says what
  // it holds, and knows the topic a follow-up will ask about.
  if (d.intent.rfind("topic.", 0) == 0 && d.confidence >= lx_.threshold) {
    for (int sec : d.sections) {
      if (kb_.within(sec, m.section)) return d;
    }
  }
  Draft s = sections_->answer(m, u, t);
  return s.confidence > d.confidence ||
                 ((topic_misses || steps_instead || piece_of_part || topic_headed) &&
                  s.confidence > 0)
             ? s
             : d;
}

int Answerer::own_section(int entity) const {
  const KEntity& e = kb_.entities[static_cast<size_t>(entity)];
  std::unordered_set<std::string> names;
  for (const Terms& n : e.name_terms) names.insert(n.begin(), n.end());
  for (size_t s = 0; s < kb_.sections.size(); ++s) {
    const KSection& sec = kb_.sections[s];
    if (sec.level < 2) continue;
    bool named = false, other = false;
    for (size_t i = 0; i < sec.heading_terms.size() && i < sec.heading_words.size(); ++i) {
      if (lx_.stop_words.count(sec.heading_words[i])) continue;
      (names.count(sec.heading_terms[i]) ? named : other) = true;
    }
    if (named && !other && holds_any(sec.heading_terms, e.name_terms)) return static_cast<int>(s);
  }
  return -1;
}

Draft Answerer::whole_section(int section, const Understanding& u, Tools& t) const {
  SectionMatch whole;
  whole.section = section;
  whole.score = 1;
  return sections_->answer(whole, u, t);
}

Draft Answerer::announced_parts(const Draft& d, const Understanding& u, Tools& t) const {
  // (Not asked how many, which the opening may say, nor whether, which it
  // checks.)
  if (d.intent != "passage" || d.sentences.empty() || u.qtype == "number" || u.qtype == "yesno")
    return {};
  const KSentence& end = kb_.sentences[static_cast<size_t>(d.sentences.back())];
  const int section = kb_.blocks[static_cast<size_t>(end.block)].section;
  const std::vector<int>& own = kb_.sections[static_cast<size_t>(section)].blocks;
  if (own.empty() || own.back() != end.block || !has_parts(section)) return {};
  const KBlock& last = kb_.blocks[static_cast<size_t>(own.back())];
  if (last.list || last.sentences.back() != d.sentences.back() ||
      !(introduces_list(end.text) || lx_.announces_list(end.words)))
    return {};
  if (std::any_of(d.sentences.begin(), d.sentences.end(),
                  [&](int si) { return kb_.section_of(si) != section; }))
    return {};
  Draft parts = whole_section(section, u, t);
  // (Where the section opens at length, the whole section is that
  // opening: the sentence that announces the parts goes before them.)
  if (parts.items.empty()) {
    std::string intro = trim_end(end.text);  // (without its full stop)
    if (!intro.empty() && intro.back() != ':') intro += ':';
    parts = sections_->parts_of(section, intro, t);
    parts.sentences.insert(parts.sentences.begin(), d.sentences.back());
  }
  parts.confidence = d.confidence;
  return parts;
}

Draft Answerer::other_name_answer(const Understanding& u, Tools& t) const {
  Draft d;
  int phrase_at = -1;
  size_t phrase_n = 0;
  for (const Words& p : lx_.other_name_phrases) {
    const int at = find_phrase(u.words, p);
    if (at >= 0 && p.size() > phrase_n) phrase_at = at, phrase_n = p.size();
  }
  if (phrase_at < 0) return d;
  // What is named: the words asked about, outside the phrase.
  Terms name;
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    const bool in_phrase =
        i >= static_cast<size_t>(phrase_at) && i < static_cast<size_t>(phrase_at) + phrase_n;
    if (!in_phrase && std::find(u.query.begin(), u.query.end(), u.terms[i]) != u.query.end())
      name.push_back(u.terms[i]);
  }
  if (name.empty()) return d;
  // The first sentence that holds the name, then a naming verb with words
  // after it (the other name).
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    for (const Words& verb : lx_.naming_verbs) {
      const int at = find_phrase(s.words, verb);
      if (at < 0 || static_cast<size_t>(at) + verb.size() >= s.words.size()) continue;
      const bool named_before = std::all_of(name.begin(), name.end(), [&](const std::string& x) {
        return std::find(s.terms.begin(), s.terms.begin() + at, x) != s.terms.begin() + at;
      });
      if (!named_before) continue;
      data v;
      v.set("text", s.text);
      d.text = t.renderer.render(lx_.tmpl("sentences"), v);
      d.sentences.push_back(static_cast<int>(si));
      d.sections.push_back(kb_.section_of(static_cast<int>(si)));
      d.intent = "definition";
      d.confidence = kDefinitionOfWords;
      return d;
    }
  }
  return d;
}

Draft Answerer::answer_by_kind(const Understanding& u, const Plan& plan, Tools& t) const {
  const std::string& q = plan.qtype;
  // "X termasuk jenis apa?" about something the article only mentions.
  if (q == "classification" && plan.entity < 0) {
    Draft d = classify_->answer(u, t);
    if (d.confidence > 0) return d;
  }
  if (q == "acronym" && plan.entity >= 0) {
    // "Apa kepanjangan LPH dan apa tugasnya?": more asked than the
    // expansion is said where the article names it, expansion and all.
    if (!u.content.empty() && plan.entity2 < 0) {
      Draft described = described_acronym_answer(plan, t);
      if (described.confidence > 0) return described;
    }
    Draft d = acronym_answer(plan, t);
    // "FOB dan CIF itu singkatan apa?": each of the two, in turn.
    if (plan.entity2 >= 0 && d.intent == "acronym") {
      Plan second = plan;
      second.entity = plan.entity2;
      second.entity2 = -1;
      const Draft other = acronym_answer(second, t);
      if (other.intent == "acronym") {
        d.text += "\n\n" + other.text;
        d.sentences.insert(d.sentences.end(), other.sentences.begin(), other.sentences.end());
        d.sections.insert(d.sections.end(), other.sections.begin(), other.sections.end());
      }
    }
    return d;
  }
  // "Apa yang harus dilakukan saat gempa?" names the item "Saat gempa",
  // whose own list answers what, how, which (not when, who or how many).
  // (Not when a topic the item does not name is asked, "Apa bahaya
  // gerhana matahari?" of an item over its kinds; nor what a thing is,
  // where the article defines it.)
  if (plan.entity >= 0 && plan.entity2 < 0 && !asks_other_topic(plan) &&
      (q.empty() || q == "list" || q == "how" ||
       (q == "definition" && definitions_[static_cast<size_t>(plan.entity)].sentence < 0))) {
    Draft d = nested_list_answer(plan, t);
    if (d.confidence > 0) return d;
  }
  // "Apa tugas Bawaslu?": what a named thing does, the article says where
  // it says what the thing is ("Badan Pengawas Pemilu (Bawaslu):
  // mengawasi ..."), unless a passage says it in the question's words.
  auto role = [&](const std::string& x) { return lx_.role_terms.count(x) > 0; };
  if ((q.empty() || q == "list") && plan.entity >= 0 && !u.content.empty() &&
      std::all_of(u.content.begin(), u.content.end(), role)) {
    // A part headed by the thing's name alone ("### Dewan Perwakilan
    // Rakyat (DPR)") is all about it, what it does among the rest.
    if (const int own = own_sections_[static_cast<size_t>(plan.entity)]; own >= 0) {
      Draft d = whole_section(own, u, t);
      if (d.confidence > 0) return d;
    }
    Draft passage = passage_answer(u, plan, t);
    Understanding what = u;  // "Apa itu Bawaslu?"
    what.qtype = "definition";
    for (Words* w : {&what.query, &what.content, &what.key_content})
      w->erase(std::remove_if(w->begin(), w->end(), role), w->end());
    Draft def = definition_answer(what, plan, t);
    return def.confidence > passage.confidence ? def : passage;
  }
  // "Apakah Eropa Barat termasuk wilayah mitra bilateral?" is not asking
  // what kind of cooperation bilateral is: a kind is classified only when
  // nothing else is asked about.
  if (q == "classification" && plan.entity >= 0 &&
      (!kb_.entities[static_cast<size_t>(plan.entity)].scoped() || u.key_content.empty())) {
    Draft d = classification_answer(u, plan, t);
    if (d.confidence > 0) return d;
  }
  // "ASEAN itu kerja sama multilateral ya?": a named thing and a kind, no
  // other question: the article's own classification answers (and corrects).
  if ((q.empty() || q == "yesno") && plan.entity >= 0 && plan.entity2 >= 0 &&
      u.key_content.empty()) {
    const KEntity& a = kb_.entities[static_cast<size_t>(plan.entity)];
    const KEntity& b = kb_.entities[static_cast<size_t>(plan.entity2)];
    if (a.scoped() != b.scoped()) {
      Plan p = plan;
      p.entity = a.scoped() ? plan.entity2 : plan.entity;
      Draft d = classification_answer(u, p, t);
      if (d.confidence > 0) return d;
    }
  }
  if (q == "comparison" && plan.entity >= 0 && plan.entity2 >= 0) {
    Draft d = comparison_answer(u, plan, t);
    // (Told only by where the article lists them, the two are compared
    // better by a passage that names both, if one does.)
    if (d.confidence > 0 && d.confidence < kComparison) {
      Draft p = passage_answer(u, plan, t);
      if (p.confidence > d.confidence) return p;
    }
    if (d.confidence > 0) return d;
  }
  // "Apa bedanya public cloud dan private cloud?" about things that are no
  // entities: each side by its own definition.
  if (q == "comparison" && plan.entity2 < 0) {
    Draft d = compare_terms(u, t);
    if (d.confidence > 0) return d;
  }
  // "Rapat anggota itu apa?": a term that holds a topic word ("anggota")
  // is asked for what it is, when the article defines it.
  // "Penerima bantuan hukum itu siapa saja?", "Psikiater itu siapa?": who
  // is meant by a term the article defines is what its definition says.
  // "Siapa R.A. Kartini?": who the subject is, asked of nothing more, is
  // what the article says it is.
  if (q == "who" && plan.entity < 0 && u.subject && u.content.empty() && u.unknown.empty() &&
      u.topics.empty()) {
    const Definition subject = define_entity(-1, u.query);
    if (subject.sentence >= 0)
      return definition_draft(subject, -1, kDefinitionOfEntity, t, asks_several(u));
  }
  if (q == "who" && plan.entity < 0 && !u.query.empty()) {
    // (Also without the subject's words, the frame of the question: "Yang
    // disebut nasabah di bank sampah itu siapa?" asks who "nasabah" are.)
    std::vector<Terms> targets{u.query};
    Terms own;
    for (const std::string& term : u.query) {
      if (kb_.docs.empty() ||
          std::find(kb_.docs.front().subject_terms.begin(), kb_.docs.front().subject_terms.end(),
                    term) == kb_.docs.front().subject_terms.end())
        own.push_back(term);
    }
    if (!own.empty() && own.size() < u.query.size()) targets.push_back(own);
    // (And the words before a field marker: "... wajib pajak dalam PBB?".)
    if (const Terms thing = thing_asked(u); !thing.empty() && thing.size() < u.query.size())
      targets.push_back(thing);
    Definition def = find_definition(targets, -1, {});
    if (def.sentence >= 0) return definition_draft(def, -1, kDefinitionOfWords, t, asks_several(u));
  }
  // ("Apa yang dimaksud risiko dilusi pada SCF?": a topic's term asked of
  // a named thing, the thing its context.)
  if (q == "definition" && !plan.topic.empty() && u.query.size() >= 2) {
    auto names_entity = [&](const std::string& term) {
      if (plan.entity < 0) return false;
      const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
      return std::any_of(e.name_terms.begin(), e.name_terms.end(), [&](const Terms& n) {
        return std::find(n.begin(), n.end(), term) != n.end();
      });
    };
    Terms own;
    for (const std::string& term : u.query) {
      if (!names_entity(term)) own.push_back(term);
    }
    Definition def = own.size() >= 2 ? find_definition({own}, -1, u.query) : Definition{};
    if (def.sentence >= 0) return definition_draft(def, -1, kDefinitionOfWords, t, asks_several(u));
  }
  // "Yang dimaksud peserta JKN siapa?": a topic word the article defines as
  // a term of its own ("Peserta, yaitu setiap orang ...") is asked for
  // what it means, the rest of the question its context.
  if (q == "definition" && !plan.topic.empty()) {
    // "Yang dimaksud risiko sendiri itu apa?": a topic's word that opens a
    // longer term the article defines ("**Risiko sendiri**, yaitu ...")
    // names that term, not the topic.
    for (size_t i = 0; i + 1 < u.terms.size(); ++i) {
      if (!lx_.topic_terms.count(u.terms[i])) continue;
      Terms phrase{u.terms[i]};
      for (size_t k = i + 1; k < u.terms.size() && k < u.words.size(); ++k) {
        if (std::find(u.query.begin(), u.query.end(), u.terms[k]) == u.query.end() ||
            lx_.stop_words.count(u.words[k]))
          break;
        phrase.push_back(u.terms[k]);
      }
      if (phrase.size() < 2) continue;
      const Definition def = find_definition({phrase}, -1, u.query, u.words);
      if (def.sentence >= 0 && def.predicate > 0)
        return definition_draft(def, -1, kDefinitionOfWords, t, asks_several(u));
    }
  }
  if ((q == "definition" || q == "who") && !plan.topic.empty()) {
    for (const std::string& term : u.query) {
      if (!lx_.topic_terms.count(term)) continue;
      Definition def = find_definition({{term}}, -1, u.query);
      if (def.sentence < 0 || kb_.sentences[static_cast<size_t>(def.sentence)].item < 0 ||
          def.predicate == 0)
        continue;
      // Only where it is said of what the question names ("... dalam
      // layanan JKN:"): "Peserta bukan PBI ..." asks about other members.
      Terms rest;
      for (const std::string& x : u.query) {
        if (x != term) rest.push_back(x);
      }
      if (sentence_share({def.sentence}, rest, true) >= 1)
        return definition_draft(def, -1, kDefinitionOfWords, t, asks_several(u));
    }
  }
  if (!plan.topic.empty()) {
    Draft d = toward_asked(u, plan.topic, with_defining(topic_answer(u, plan, t)), t);
    // "Apa saja penyebab klaim ditolak?" where an item "**Klaim ditolak.**
    // Penyebabnya antara lain:" leads its own list: that list, not the
    // article's general one, which says nothing of it.
    // (So too where the topic's list names it only inside its items, "Ada
    // dua bentuk saham:" over one that mentions dividends, while an item
    // of its own, "**Dividen** ... Dividen bisa berbentuk:", announces it.)
    // (A list nested under one of the answer's items is headed by that
    // item, which names what the question asks only as one of several.)
    auto headed = [&] {
      std::unordered_set<int> nested;
      for (int si : d.sentences) nested.insert(kb_.nested_list(si));
      for (int si : d.sentences) {
        const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
        if (nested.count(s.block)) continue;
        const Terms& lead = kb_.blocks[static_cast<size_t>(s.block)].lead_terms;
        const Terms& heading = kb_.sections[static_cast<size_t>(kb_.section_of(si))].heading_terms;
        for (const std::string& x : u.key_content) {
          if (std::find(lead.begin(), lead.end(), x) != lead.end() ||
              std::find(heading.begin(), heading.end(), x) != heading.end())
            return true;
        }
      }
      return false;
    };
    if (plan.entity < 0 && !u.key_content.empty()) {
      Draft item = item_topic_answer(u, plan.topic, t);
      // (Even where the topic's list names it: "Klade I terbagi lagi
      // menjadi apa saja?" singles out the one item, "Klade I, ... Klade ini
      // terbagi lagi menjadi:", of the list of kinds it is in.)
      const bool one_of_answer =
          !item.sentences.empty() && std::find(d.sentences.begin(), d.sentences.end(),
                                               item.sentences.front()) != d.sentences.end();
      if (item.confidence > 0 &&
          (d.confidence <= 0 || sentence_share(d.sentences, u.key_content, true) < kTopicCovers ||
           !headed() || one_of_answer))
        return item;
    }
    // A topic the article says of the thing only where it says what the
    // thing is ("TRT, yaitu terapi ... agar otak terbiasa" for "Apa tujuan
    // TRT?"): that definition, by the topic's own phrase for it.
    if (d.confidence <= 0 && plan.entity >= 0) {
      if (const TopicDef* topic = lx_.topic(plan.topic);
          topic != nullptr && !topic->in_definition.empty()) {
        const Definition def = define_entity(plan.entity, {});
        if (def.sentence >= 0 && holds_any(kb_.sentences[static_cast<size_t>(def.sentence)].terms,
                                           topic->in_definition)) {
          Draft own = definition_draft(def, plan.entity, kTopicInDefinition, t);
          own.intent = "topic." + plan.topic;
          own.topic = plan.topic;
          return own;
        }
      }
    }
    // A question about a topic the article does not cover for this entity
    // ("jumlah anggota ASEAN") is not answered by describing the entity.
    if (d.confidence <= 0) return passage_answer(u, plan, t);
    // A topic word can be incidental ("Mitra ... dibagi menjadi berapa
    // wilayah?" is not about the forms): when the question's other words
    // are nowhere in the topic's section but a passage holds them, the
    // passage answers better.
    // So can a topic the entity has no say on, answered from the whole
    // article instead ("mitra bilateral dibagi menjadi berapa wilayah?" is
    // not about the forms of cooperation).
    if (!u.key_content.empty() &&
        (covered_share(d.sections, u.key_content) < kTopicCovers || d.entity != plan.entity)) {
      Draft p = passage_answer(u, plan, t);
      if (p.confidence >= kPassageInstead) return p;
    }
    // So can a topic's answer that does not say what the question names,
    // though its section does ("Contoh tumbuhan C3?" answered with another
    // sentence of the section that holds the C3 item): a passage that says
    // more of it answers.
    if (plan.entity < 0 && u.key_content.size() >= 2 &&
        sentence_share(d.sentences, u.key_content) < kTopicCovers) {
      Draft p = passage_answer(u, plan, t);
      if (p.confidence >= kPassageInstead && sentence_share(p.sentences, u.key_content, true) >
                                                 sentence_share(d.sentences, u.key_content, true))
        return p;
      // ...and, where the topic's answer names none of it, so does a passage
      // that says the topic in its cue word of what the question names
      // ("Koperasi konsumsi: ..., misalnya beras, ..." for "Contoh barang
      // yang dijual koperasi konsumsi?"), though it covers less of it.
      // (Not one from the part the topic's answer comes from, which leads
      // to it: "... terdiri dari tiga bentuk" above the list of forms.)
      const bool apart = std::none_of(p.sentences.begin(), p.sentences.end(), [&](int a) {
        return std::any_of(d.sentences.begin(), d.sentences.end(),
                           [&](int b) { return kb_.section_of(a) == kb_.section_of(b); });
      });
      const TopicDef* topic = lx_.topic(plan.topic);
      if (topic != nullptr && apart && p.confidence >= lx_.threshold &&
          sentence_share(d.sentences, u.key_content, true) == 0 &&
          sentence_share(p.sentences, u.key_content, true) > 0 &&
          std::any_of(p.sentences.begin(), p.sentences.end(), [&](int si) {
            return cue_match(*topic, kb_.sentences[static_cast<size_t>(si)].terms) > 0;
          }))
        return p;
    }
    // "Mengapa X bisa terjadi?": a topic found by a cue word alone is a
    // guess; a passage about X that gives a reason ("dipicu oleh ...",
    // "karena ...") is the answer.
    if (q == "reason" && d.confidence < kTopicByHeading && !u.key_content.empty()) {
      Draft p = passage_answer(u, plan, t);
      if (p.confidence >= kPassageInstead && gives_reason(p.sentences)) return p;
    }
    return d;
  }
  if (q == "yesno" && plan.entity >= 0) {
    Draft d = other_agent_answer(u, plan, t);
    if (d.confidence > 0) return d;
  }
  if (q == "yesno") {
    Draft d = wrong_value_answer(u, plan, t);
    if (d.confidence > 0) return d;
    d = opposite_answer(u, plan, t);
    if (d.confidence > 0) return d;
  }
  // "Siapa Sunan Kalijaga?": who a named one is, and nothing more asked,
  // is what the article says they are ("**Sunan Kalijaga** (Raden Said):
  // berdakwah di Demak ...").
  if (q == "who" && plan.entity >= 0 && u.content.empty() && u.topics.empty()) {
    const Definition def = define_entity(plan.entity, u.query);
    if (def.sentence >= 0)
      return definition_draft(def, -1, kDefinitionOfEntity, t, asks_several(u));
  }
  if (q == "when" || q == "where" || q == "who" || q == "number" || q == "yesno") {
    return passage_answer(u, plan, t);
  }
  // "Kenapa disebut komputasi awan?", "Apa arti nama Sriwijaya?": where
  // the name comes from.
  const bool asks_name = holds_any(u.words, lx_.name_nouns);
  if (q == "reason" || (q == "definition" && asks_name)) {
    Draft d = name_origin_answer(u, plan, t);
    if (d.confidence > 0) return d;
  }
  auto topics = lx_.qtype_topics.find(q);
  if (topics != lx_.qtype_topics.end()) {
    // "Mengapa ...?" without a topic word: the first topic that the
    // article covers for this entity (or at the top level of the article).
    // (A thing named in passing beside the subject, the doer, has no say
    // of its own on why: "Kenapa BI membuat QRIS?" asks why QRIS is.)
    const bool beside_subject =
        u.subject && plan.entity >= 0 && !kb_.entities[static_cast<size_t>(plan.entity)].scoped();
    for (const std::string& topic : topics->second) {
      Plan p = plan;
      Found f = find_topic(topic, plan.entity);
      if (f.score <= 0 && beside_subject) {
        p.entity = -1;
        f = find_topic(topic, -1);
      }
      if (f.score <= 0) continue;
      int block = f.block >= 0 ? f.block : kb_.sentences[static_cast<size_t>(f.sentences[0])].block;
      if (p.entity < 0 && kb_.subtype_section(kb_.blocks[static_cast<size_t>(block)].section) >= 0)
        continue;
      p.topic = topic;
      Draft d = toward_asked(u, topic, with_defining(topic_answer(u, p, t)), t);
      // The topic is only the question type's default ("kenapa ...?" ->
      // importance): when the question's own words point to a passage the
      // topic's section does not hold ("kenapa negara tidak bisa berjalan
      // sendiri?"), that passage is the answer. So is a passage that gives a
      // reason for what the question names, where the topic's answer does
      // not name it ("Kenapa cakupan imunisasi masih rendah?" under
      // "Mengapa Imunisasi Penting?"); one word the topic's answer lacks
      // ("negara" in an article where every part has it) is not enough.
      if (!u.key_content.empty()) {
        // A topic picked only by the question's type, in a part of the
        // article that holds nothing the question names, misses what is
        // asked as a passage that holds none of it does.
        const double held = covered_share(d.sections, u.key_content);
        if (held == 0) d.confidence *= kMissesWhatIsAsked;
        const bool section_lacks = held < 0.5;
        const double share = sentence_share(d.sentences, u.key_content);
        if (section_lacks || share < 0.5 || (q == "reason" && share < 1)) {
          Draft passage = passage_answer(u, plan, t);
          // A sentence that gives the reason for all the question names
          // ("Bunga deposito lebih tinggi daripada bunga tabungan karena
          // ...") answers it; the type's topic list says only part of it.
          if (q == "reason" && u.key_content.size() >= 2 && passage.confidence >= kPassageInstead &&
              gives_reason(passage.sentences) &&
              sentence_share(passage.sentences, u.key_content) > 1 - 1e-9)
            return passage;
          if (!section_lacks && share >= 0.5) return d;
          // A topic found by one cue word in a sentence that holds nothing
          // the question names ("Karena itu, penting untuk memahami ...")
          // is only the type's guess; a passage that holds some of it wins.
          // (Found for a named thing, the topic is that thing's own.)
          const bool cue_only = p.entity < 0 && d.confidence <= kTopicByCue &&
                                sentence_share(d.sentences, u.key_content, true) == 0 &&
                                sentence_share(passage.sentences, u.key_content, true) > 0;
          if (passage.confidence > d.confidence && held == 0) return passage;
          // (A reason given for part of what is asked does not outweigh a
          // part of the article that names all of it: "Kenapa pemerintah
          // membuat program KUR?" under "Mengapa Pemerintah Menyalurkan
          // KUR?" over "... alasan ... lahirnya program ini:".)
          const bool reason_instead =
              q == "reason" && u.key_content.size() >= 2 && gives_reason(passage.sentences) &&
              sentence_share(passage.sentences, u.key_content, true) >= held;
          if (passage.confidence >= kPassageInstead &&
              (section_lacks || cue_only || reason_instead))
            return passage;
        }
      }
      return d;
    }
  }
  // "DBD itu penyakit apa?": the kind of thing it is, which its definition
  // says ("DBD adalah penyakit infeksi ...").
  if (q.empty() && (plan.entity >= 0 || u.subject) && u.content.size() == 1 && !u.words.empty() &&
      lx_.question_words.count(u.words.back())) {
    Draft def = definition_answer(u, plan, t);
    if (def.confidence > 0 && sentence_share(def.sentences, u.content) > 0) return def;
  }
  // "Santara tuh aplikasi apa?": of a term the article defines, what kind
  // of thing it is, where the question names the term, "itu", one word for
  // the kind, and asks.
  if (q.empty() && plan.entity < 0 && u.words.size() >= 4 && u.words.size() == u.terms.size() &&
      lx_.question_words.count(u.words.back()) && u.words[u.words.size() - 3] == "itu") {
    const Terms term(u.terms.begin(), u.terms.end() - 3);
    const bool content = std::all_of(term.begin(), term.end(), [&](const std::string& x) {
      return std::find(u.query.begin(), u.query.end(), x) != u.query.end();
    });
    // (One that opens with the term: "130/85 mmHg berarti ..." in passing
    // says what a reading means, not what mmHg is.)
    Definition def = content ? find_definition({term}, -1, u.query) : Definition{};
    if (def.sentence >= 0 &&
        find_phrase(kb_.sentences[static_cast<size_t>(def.sentence)].terms, term) == 0)
      return definition_draft(def, -1, kDefinitionOfWords, t, false);
  }
  Draft d;
  // A question with nothing left but what it names asks what that is,
  // unless it asks for a list ("penyakit apa saja?"): a definition is one
  // thing, and the list is in the passage.
  if (q == "definition" || ((plan.entity >= 0 || u.subject) && u.content.empty() && q != "list")) {
    d = definition_answer(u, plan, t);
  }
  // "Transportasi umum di Surabaya namanya apa?": a definition that says
  // none of what the question names beyond the thing defined answers
  // another question; a passage that says it answers this one.
  if (d.confidence > 0 && !u.key_content.empty() &&
      sentence_share(d.sentences, u.key_content, true) == 0) {
    Draft p = passage_answer(u, plan, t);
    if (p.confidence >= kPassageInstead && sentence_share(p.sentences, u.key_content, true) > 0)
      return p;
  }
  return d.confidence > 0 ? d : passage_answer(u, plan, t);
}

std::string Answerer::without_dateline(const KSentence& s) const {
  // News articles open with their publisher ("Ajaib.co.id – Sama seperti
  // ..."): part of the first sentence, but not of what it says.
  const KBlock& b = kb_.blocks[static_cast<size_t>(s.block)];
  const KDocument& doc =
      kb_.docs[static_cast<size_t>(kb_.sections[static_cast<size_t>(b.section)].doc)];
  if (doc.source.empty() || s.text.rfind(doc.source, 0) != 0) return s.text;
  size_t at = doc.source.size();
  while (at < s.text.size() && s.text[at] == ' ') ++at;
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "-"}) {  // en dash, em dash
    if (s.text.compare(at, dash.size(), dash) == 0) {
      at += dash.size();
      while (at < s.text.size() && s.text[at] == ' ') ++at;
      return s.text.substr(at);
    }
  }
  return s.text;
}

std::vector<int> Answerer::focused_items(const KBlock& list, const Terms& content) const {
  // A word that picks out a few items ("budaya" among the risks) focuses the
  // answer on them; a word most items share ("negara") picks out nothing.
  std::vector<int> part;
  const size_t n = list.sentences.size();
  // The paragraph right before the list in its part, when it ends in the
  // sentence that announces the list.
  const KBlock* leading = nullptr;
  if (!list.sentences.empty()) {
    const int at = kb_.sentences[static_cast<size_t>(list.sentences.front())].block;
    if (at > 0) {
      const KBlock& before = kb_.blocks[static_cast<size_t>(at) - 1];
      if (!before.list && before.section == list.section && !before.sentences.empty() &&
          introduces_list(kb_.sentences[static_cast<size_t>(before.sentences.back())].text))
        leading = &before;
    }
  }
  for (const auto& term : content) {
    // A word of the list's lead ("... membuat sektor ini terus tumbuh:") is
    // said of every item, whichever items repeat it; so is one of its
    // heading ("Penyebab Kekalahan Pasukan X" over "wabah ... yang
    // menyerang pasukan").
    // (So is one of the paragraph the lead ends: "Sifat magnet bisa hilang
    // karena .... Penyebabnya antara lain:".)
    const Terms& heading = kb_.sections[static_cast<size_t>(list.section)].heading_terms;
    if (std::find(list.lead_terms.begin(), list.lead_terms.end(), term) != list.lead_terms.end() ||
        std::find(heading.begin(), heading.end(), term) != heading.end() ||
        (leading != nullptr &&
         std::any_of(leading->sentences.begin(), leading->sentences.end(), [&](int si) {
           const Terms& terms = kb_.sentences[static_cast<size_t>(si)].terms;
           return std::find(terms.begin(), terms.end(), term) != terms.end();
         })))
      continue;
    std::vector<int> with;
    for (int si : list.sentences) {
      const Terms& terms = kb_.sentences[static_cast<size_t>(si)].terms;
      if (std::find(terms.begin(), terms.end(), term) != terms.end()) with.push_back(si);
    }
    if (with.empty() || 2 * with.size() > n) continue;
    for (int si : with) {
      if (std::find(part.begin(), part.end(), si) == part.end()) part.push_back(si);
    }
  }
  std::sort(part.begin(), part.end());
  return part.size() < n ? part : std::vector<int>{};
}

bool Answerer::with_antecedent(std::vector<int>* sentences) const {
  // "Hal itulah yang jadi faktor pendorong ...": says nothing without the
  // sentence it points back to.
  if (sentences->empty() || sentences->front() <= 0) return false;
  int first = sentences->front();
  const KSentence& s = kb_.sentences[static_cast<size_t>(first)];
  const KSentence& before = kb_.sentences[static_cast<size_t>(first) - 1];
  if (s.item >= 0 || before.block != s.block ||
      (!opens_with_back_reference(s) && !refers_to(s, before)))
    return false;
  sentences->insert(sentences->begin(), first - 1);
  return true;
}

bool Answerer::refers_to(const KSentence& s, const KSentence& before) const {
  // "... menikahi Dyah Pitaloka, putri Kerajaan Sunda. Gajah Mada menuntut
  // agar sang putri diserahkan ...": a noun made definite ("sang putri",
  // "aplikasi tersebut") that the sentence before names is the one it named.
  auto named_before = [&](size_t k) {
    return k < s.terms.size() && !lx_.stop_words.count(s.words[k]) &&
           std::find(before.terms.begin(), before.terms.end(), s.terms[k]) != before.terms.end();
  };
  for (size_t k = 0; k + 1 < s.words.size(); ++k) {
    if (lx_.definite_articles.count(s.words[k]) && named_before(k + 1)) return true;
    if (lx_.anaphors.count(s.words[k + 1]) && named_before(k)) return true;
  }
  return false;
}

bool Answerer::gives_reason(const std::vector<int>& sentences) const {
  for (int si : sentences) {
    if (holds_any(kb_.sentences[static_cast<size_t>(si)].words, lx_.reason_marker_phrases))
      return true;
  }
  return false;
}

void Answerer::said_past_colon(Draft* d) const {
  if (d->sentences.empty()) return;
  // "... disebut rantai makanan, contohnya: padi → tikus → ular." is one
  // sentence, cut at its colon: a paragraph's sentence that ends in one
  // goes on in the next, which the answer must say too.
  const int last = *std::max_element(d->sentences.begin(), d->sentences.end());
  const size_t next = static_cast<size_t>(last) + 1;
  const KSentence& s = kb_.sentences[static_cast<size_t>(last)];
  if (s.item >= 0 || s.text.empty() || s.text.back() != ':' || next >= kb_.sentences.size()) return;
  // (Or, ending its paragraph, in the one line after it, a formula or a
  // quote set apart: "Rumusnya:" over "**Laju = (PDB ... ) × 100%**".)
  const KSentence& after = kb_.sentences[next];
  const KBlock& own = kb_.blocks[static_cast<size_t>(s.block)];
  const KBlock& then = kb_.blocks[static_cast<size_t>(after.block)];
  const bool line_after = after.block == s.block + 1 && then.section == own.section &&
                          then.sentences.size() == 1 && !then.list;
  if (after.block != s.block && !line_after) return;
  size_t end = d->text.size();
  while (end > 0 && std::isspace(static_cast<unsigned char>(d->text[end - 1]))) --end;
  if (end < s.text.size() || d->text.compare(end - s.text.size(), s.text.size(), s.text) != 0)
    return;
  d->text.insert(end, " " + kb_.sentences[next].text);
  d->sentences.push_back(static_cast<int>(next));
}

bool Answerer::explains_asked(const KSentence& s, const Terms& asked) const {
  if (asked.empty()) return true;
  auto holds_asked = [&](size_t from, size_t to) {
    for (size_t k = from; k < to && k < s.terms.size(); ++k) {
      if (std::find(asked.begin(), asked.end(), s.terms[k]) != asked.end()) return true;
    }
    return false;
  };
  // "Karena itu, ...", "Akibatnya, ...": what follows is the effect.
  std::vector<bool> in_consequence(s.words.size(), false);
  for (const Words& opener : lx_.consequence_openers) {
    for (int at = find_phrase(s.words, opener); at >= 0;
         at = find_phrase_from(s.words, opener, at + 1)) {
      const size_t end = static_cast<size_t>(at) + opener.size();
      for (size_t k = static_cast<size_t>(at); k < end; ++k) in_consequence[k] = true;
      if (holds_asked(end, s.terms.size())) return true;
    }
  }
  for (const Words& marker : lx_.reason_marker_phrases) {
    for (int at = find_phrase(s.words, marker); at >= 0;
         at = find_phrase_from(s.words, marker, at + 1)) {
      const size_t end = static_cast<size_t>(at) + marker.size();
      if (in_consequence[static_cast<size_t>(at)]) continue;
      // ("Penyebabnya ...", "... antara lain penyebabnya:" point back at, or
      // announce, what their paragraph explains: no side to tell.)
      if (has_nya(marker.back()) || end >= s.words.size()) return true;
      const bool after = lx_.effect_after_markers.count(marker.front()) > 0;
      if (after ? holds_asked(end, s.terms.size()) : holds_asked(0, static_cast<size_t>(at)))
        return true;
    }
  }
  return false;
}

bool Answerer::follows_from_before(const KSentence& s) const {
  return std::any_of(
      lx_.consequence_openers.begin(), lx_.consequence_openers.end(),
      [&](const Words& c) { return s.words.size() > c.size() && opens_with(s.words, c); });
}

bool Answerer::starts_noun_phrase(const KSentence& s, size_t p) const {
  if (p == 0 || p >= s.words.size()) return p == 0;
  // An alias in parentheses names what precedes it: "Pendapatan Asli
  // Daerah (PAD), yaitu ..." glosses PAD too.
  const size_t at = s.begins[p];
  if (at > 0 && s.text[at - 1] == '(') return true;
  // So does one that opens a sentence inside a list item ("**Spread**.
  // Harga buyback, yaitu ..."): a stop ends what came before.
  for (size_t i = s.begins[p - 1]; i + 1 < at; ++i) {
    if (std::string_view(".:;!?").find(s.text[i]) != std::string_view::npos && s.text[i + 1] == ' ')
      return true;
  }
  // A name written in capitals after a word in small letters is one of
  // its own, set beside that word ("gagasan Cakrawala Mandala Dwipantara,
  // yaitu ...": the idea named so).
  const size_t prev = s.begins[p - 1];
  if (std::isupper(static_cast<unsigned char>(s.text[at])) &&
      std::islower(static_cast<unsigned char>(s.text[prev])))
    return true;
  // After a function word or a verb ("Terjadi fotolisis, yaitu ...") the
  // term stands alone; after a noun it qualifies that noun ("Pemegang hak
  // cipta, yaitu ..." glosses "pemegang hak cipta").
  const std::string& before = s.words[p - 1];
  return lx_.stop_words.count(before) > 0 ||
         std::any_of(lx_.verb_prefixes.begin(), lx_.verb_prefixes.end(),
                     [&](const std::string& v) { return before.rfind(v, 0) == 0; });
}

bool Answerer::summarizes(int section) const {
  const KSection& sec = kb_.sections[static_cast<size_t>(section)];
  return sec.level >= 2 &&
         std::any_of(sec.heading_words.begin(), sec.heading_words.end(),
                     [&](const std::string& w) { return lx_.summary_headings.count(w) > 0; });
}

bool Answerer::announces_list(int block) const {
  const KBlock& b = kb_.blocks[static_cast<size_t>(block)];
  return !b.list && !b.sentences.empty() && announced_list(b.sentences.back()) >= 0;
}

bool Answerer::defines_here(const KSentence& s, size_t k) const {
  return lx_.copula_terms.count(s.terms[k]) > 0 && lx_.naming_words.count(s.words[k]) == 0 &&
         (k >= s.words.size() || lx_.copula_words.count(s.words[k]) > 0);
}

bool Answerer::states_meaning(int sentence) const {
  const KSentence& s = kb_.sentences[static_cast<size_t>(sentence)];
  for (size_t k = 0; k < s.terms.size(); ++k) {
    if (lx_.copula_terms.count(s.terms[k])) return true;
  }
  // Where a name comes from is what it means too ("Nama X berasal dari
  // kata ... (sakit)").
  if (holds_any(s.words, lx_.naming_verbs) || holds_any(s.words, lx_.name_origins)) return true;
  // So does a list item that sets its name off by a colon and goes on to
  // say what it is ("Devisa negara: devisa yang dimiliki ...").
  constexpr size_t kNameWords = 5;
  const size_t colon = s.text.find(':');
  if (s.item < 0 || colon == std::string::npos || colon + 2 >= s.text.size()) return false;
  const size_t name_words = static_cast<size_t>(
      std::count_if(s.begins.begin(), s.begins.end(), [&](size_t b) { return b < colon; }));
  return name_words > 0 && name_words <= kNameWords;
}

bool Answerer::defines_in_place(const std::vector<int>& sentences, const Terms& term) const {
  if (term.empty()) return false;
  // The words that tie a term to what it means, on either side of it:
  // "X yakni ...", "... dikenal sebagai X", "milik umum atau X".
  auto defining = [&](const KSentence& s, size_t k) {
    if (k >= s.words.size()) return false;
    if (lx_.copula_terms.count(s.terms[k]) || s.words[k] == "atau") return true;
    for (const Words& verb : lx_.naming_verbs) {
      if (!verb.empty() && verb.back() == s.words[k] && k + 1 >= verb.size() &&
          std::equal(verb.begin(), verb.end(), s.words.begin() + (k + 1 - verb.size())))
        return true;
    }
    return false;
  };
  // A name given beside the term in parentheses names it where it stands:
  // "kekebalan kelompok (herd immunity) yang ...", either name asked.
  auto parenthesis_between = [](const KSentence& s, size_t from, size_t to) {
    if (from >= s.begins.size()) return false;
    const size_t end = to < s.begins.size() ? s.begins[to] : s.text.size();
    return s.text.find('(', s.begins[from]) < end;
  };
  for (int si : sentences) {
    const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
    int p = find_phrase(s.terms, term);
    if (p < 0) continue;
    size_t after = static_cast<size_t>(p) + term.size();
    if ((defining(s, after) && starts_noun_phrase(s, static_cast<size_t>(p))) ||
        (p > 0 && defining(s, static_cast<size_t>(p) - 1)))
      return true;
    if (parenthesis_between(s, after - 1, after) ||
        (p > 0 && parenthesis_between(s, static_cast<size_t>(p) - 1, static_cast<size_t>(p))))
      return true;
    // "manufaktur subtraktif, seperti pembubutan ..., yang justru membuang
    // bahan ...": a clause of "yang" set off by a comma right after the
    // term, or after its examples, says what the term is.
    auto comma_before = [&](size_t k) {
      return k > 0 && k < s.begins.size() && s.text.find(',', s.begins[k - 1]) < s.begins[k];
    };
    if (after < s.words.size() && comma_before(after)) {
      if (s.words[after] == "yang") return true;
      const TopicDef* examples = lx_.topic("examples");
      const bool cue =
          examples != nullptr && (std::any_of(examples->cues.begin(), examples->cues.end(),
                                              [&](const Words& c) {
                                                return c.size() == 1 && c.front() == s.terms[after];
                                              }) ||
                                  std::find(examples->near_cues.begin(), examples->near_cues.end(),
                                            s.terms[after]) != examples->near_cues.end());
      for (size_t k = after + 1; cue && k < s.words.size(); ++k) {
        if (s.words[k] == "yang" && comma_before(k)) return true;
      }
    }
    // "... dimakamkan di Pajimatan Imogiri, kompleks makam raja-raja
    // Mataram di Bukit Merak": a name set off by a comma from a noun
    // phrase, with no verb up to the next comma, is said what it is there.
    // (Not a clause that goes on after it: "Setelah tiba di Batavia,
    // pasukan menyerang ...".)
    constexpr size_t kPhraseWords = 2;
    if (after < s.terms.size() && after < s.begins.size() && s.begins[p] < s.text.size() &&
        std::isupper(static_cast<unsigned char>(s.text[s.begins[p]])) &&
        s.text.find(',', s.begins[after - 1]) < s.begins[after] &&
        std::islower(static_cast<unsigned char>(s.text[s.begins[after]]))) {
      const size_t end = std::min(s.text.find(',', s.begins[after]), s.text.size());
      size_t words = 0;
      bool verb = false;
      for (size_t k = after; k < s.words.size() && k < s.begins.size() && s.begins[k] < end; ++k) {
        ++words;
        verb = verb || lx_.verb_form(s.words[k]);
      }
      if (words >= kPhraseWords && !verb) return true;
    }
  }
  // "Apa arti asas rahasia?" under "... enam asas:" over "Rahasia: pilihan
  // ...": an item that opens with the asked term, less the words its lead
  // or heading already says, and goes on to say what it is, defines it.
  for (int si : sentences) {
    const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
    if (s.item < 0) continue;
    const KBlock& b = kb_.blocks[static_cast<size_t>(s.block)];
    const KSection& sec = kb_.sections[static_cast<size_t>(b.section)];
    Terms rest;
    for (const std::string& t : term) {
      if (std::find(b.lead_terms.begin(), b.lead_terms.end(), t) == b.lead_terms.end() &&
          std::find(sec.heading_terms.begin(), sec.heading_terms.end(), t) ==
              sec.heading_terms.end())
        rest.push_back(t);
    }
    // (The item may say the heading's word first: "Cacing tambang" under
    // "... Berdasarkan Cacing Penyebabnya" for "tambang".)
    size_t at = 0;
    if (!rest.empty() && rest.size() < s.terms.size() && rest.front() != s.terms.front() &&
        s.terms.size() > rest.size() + 1 &&
        std::find(sec.heading_terms.begin(), sec.heading_terms.end(), s.terms.front()) !=
            sec.heading_terms.end())
      at = 1;
    if (rest.empty() || at + rest.size() >= s.terms.size() ||
        !std::equal(rest.begin(), rest.end(), s.terms.begin() + static_cast<long>(at)))
      continue;
    size_t n = at + rest.size();  // the words of the item's head
    // (A gloss in parentheses right after the head is part of it:
    // "Kurulung (getar), yaitu ...".)
    if (const size_t open = s.text.find('(', s.begins[n - 1]); open < s.begins[n]) {
      const size_t close = s.text.find(')', open);
      while (close != std::string::npos && n < s.begins.size() && s.begins[n] < close) ++n;
      if (n >= s.terms.size()) continue;
    }
    const size_t end = s.begins[n];
    const size_t colon = s.text.find(':', s.begins[n - 1]);
    if (defining(s, n) || colon < end) return true;
    // "hidroton, butiran tanah liat yang dibakar": a noun phrase set off by
    // a comma says what the term is, where no second comma makes the item
    // a run of names ("padi, jagung, dan gandum").
    constexpr size_t kPhraseWords = 3;
    const size_t comma = s.text.find(',', s.begins[n - 1]);
    if (comma < end && s.terms.size() >= n + kPhraseWords &&
        s.text.find(',', end) >= s.begins[n + kPhraseWords - 1])
      return true;
  }
  return false;
}

bool Answerer::opens_with_back_reference(const KSentence& s) const {
  for (const Words& opener : lx_.back_references) {
    if (opens_with(s.words, opener)) return true;
  }
  // "Tanggal itu ...", "Kain seperti ini ...": a noun the sentence opens
  // with, pointed at, is the one the sentence before named.
  constexpr size_t kPointedWithin = 3;
  if (s.words.size() > kPointedWithin && !lx_.stop_words.count(s.words[0])) {
    for (size_t k = 1; k < kPointedWithin; ++k) {
      if (lx_.demonstratives.count(s.words[k])) return true;
    }
  }
  return false;
}

double Answerer::weighted_share(const Terms& terms,
                                const std::function<bool(const std::string&)>& found) const {
  double total = 0, covered = 0;
  for (const auto& term : terms) {
    double w = kb_.weight(term);
    total += w;
    if (found(term)) covered += w;
  }
  return total > 0 ? covered / total : 1;
}

double Answerer::covered_share(const std::vector<int>& sections, const Terms& terms) const {
  return weighted_share(terms,
                        [&](const std::string& term) { return covers_any(sections, {term}); });
}

Draft Answerer::item_topic_answer(const Understanding& u, const std::string& topic,
                                  Tools& t) const {
  Draft d;
  const TopicDef* def = lx_.topic(topic);
  if (def == nullptr) return d;
  constexpr size_t kItemTerm = 4;  // words a term opening an item may have
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    if (s.item < 0 || !introduces_list(s.text)) continue;
    const int nested = kb_.nested_list(static_cast<int>(si));
    if (nested < 0) continue;
    // The words of the item before the first of `marks` (none if no mark).
    auto words_before = [&](const char* marks) {
      const size_t cut = s.text.find_first_of(marks);
      size_t n = 0;
      while (cut != std::string::npos && n < s.begins.size() && s.begins[n] < cut) ++n;
      return n;
    };
    // The item names what is asked before its last sentence, which
    // announces the topic ("Penyebabnya antara lain:"); an item of one
    // sentence, by the term it opens with ("Kredit, yaitu pinjaman ... yang
    // terbagi menjadi:").
    size_t from = last_sentence_start(s);
    if (from == 0) {
      from = words_before(",:");
      if (from >= s.terms.size() || from > kItemTerm) from = 0;
    }
    if (from == 0) continue;
    const Terms head(s.terms.begin(), s.terms.begin() + static_cast<long>(from));
    const Terms last(s.terms.begin() + static_cast<long>(from), s.terms.end());
    // (The basis the question groups by, "berdasarkan penyebabnya", names
    // no item: it asks how the kinds are told apart.)
    Terms asked;
    for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
      const bool basis = i > 0 && lx_.basis_markers.count(u.words[i - 1]) > 0;
      if (!basis &&
          std::find(u.key_content.begin(), u.key_content.end(), u.terms[i]) != u.key_content.end())
        asked.push_back(u.terms[i]);
    }
    const bool names =
        !asked.empty() && std::all_of(asked.begin(), asked.end(), [&](const auto& x) {
          return std::find(head.begin(), head.end(), x) != head.end();
        });
    if (!names_topic(*def, last) || !names) continue;
    // (Nor an item whose term says more than the question does: "Urusan
    // pemerintahan konkuren, yaitu ..." is one kind of what "Urusan
    // pemerintahan dibagi menjadi apa?" asks the kinds of. A term and its
    // other name in parentheses, "Glare (silau)", are two names: either
    // may be the one asked.)
    const size_t term_words = words_before(",:.");
    const size_t open = s.text.find('(');
    // (A word before the asked ones heads what they qualify, "Bahan bambu"
    // for "bambu": the item is the thing asked, in the article's words; one
    // after them names a kind of it, "Urusan pemerintahan konkuren".)
    auto names_more = [&](bool inside) {
      bool any = false, more = false, asked_seen = false;
      for (size_t k = 0; k < term_words; ++k) {
        const bool in_parens = open != std::string::npos && s.begins[k] > open;
        if (in_parens != inside || lx_.stop_words.count(s.terms[k])) continue;
        any = true;
        const bool asked_word =
            std::find(u.terms.begin(), u.terms.end(), s.terms[k]) != u.terms.end();
        more = more || (!asked_word && asked_seen);
        asked_seen = asked_seen || asked_word;
      }
      return !any || more || !asked_seen;
    };
    if (term_words <= kItemTerm + 2 && names_more(false) && names_more(true)) continue;
    std::string text = s.text;
    d.sentences.push_back(static_cast<int>(si));
    append_items(nested, &text, &d.sentences);
    data v;
    v.set("text", text);
    d.text = t.renderer.render(lx_.tmpl("sentences"), v);
    d.intent = "topic." + topic;
    d.topic = topic;
    d.confidence = kListOfItem;
    d.sections.push_back(kb_.blocks[static_cast<size_t>(s.block)].section);
    return d;
  }
  return d;
}

Draft Answerer::toward_asked(const Understanding& u, const std::string& topic, Draft d,
                             Tools& t) const {
  // A cue word in one sentence ("misalnya ...") answers for what the
  // question names only if that sentence names it: "Contoh retribusi apa
  // saja?" wants the "misalnya" that follows "retribusi".
  if (u.key_content.empty() || d.confidence <= 0 || d.confidence > kTopicByCue ||
      !d.items.empty() || sentence_share(d.sentences, u.key_content) >= 0.5)
    return d;
  Draft cued = cue_sentence_answer(topic, u.key_content, t);
  return cued.confidence > 0 ? cued : d;
}

double Answerer::sentence_share(const std::vector<int>& sentences, const Terms& terms,
                                bool with_leads) const {
  return weighted_share(terms, [&](const std::string& term) {
    return std::any_of(sentences.begin(), sentences.end(), [&](int si) {
      const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
      if (std::find(s.terms.begin(), s.terms.end(), term) != s.terms.end()) return true;
      if (!with_leads || s.item < 0) return false;
      const Terms& lead = kb_.blocks[static_cast<size_t>(s.block)].lead_terms;
      return std::find(lead.begin(), lead.end(), term) != lead.end();
    });
  });
}

Draft Answerer::cue_sentence_answer(const std::string& topic, const Terms& terms, Tools& t) const {
  Draft d;
  const TopicDef* def = lx_.topic(topic);
  if (def == nullptr) return d;
  int best = -1;
  double best_share = 0.5 - 1e-9;  // at least half of what is asked
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    bool cued = !guides_[si] && holds_any(s.terms, def->cues);
    if (!cued) continue;
    double share = sentence_share({static_cast<int>(si)}, terms);
    if (share > best_share) {
      best_share = share;
      best = static_cast<int>(si);
    }
  }
  if (best < 0) return d;
  const KSentence& s = kb_.sentences[static_cast<size_t>(best)];
  const KBlock& block = kb_.blocks[static_cast<size_t>(s.block)];
  data v;
  std::string text = s.item >= 0 && !block.lead.empty() ? block.lead + " " + s.text : s.text;
  // "Itulah sebabnya ...": a cue that points back says its topic of the
  // sentence before it, which is said first.
  d.sentences.push_back(best);
  if (with_antecedent(&d.sentences))
    text = kb_.sentences[static_cast<size_t>(d.sentences.front())].text + " " + text;
  v.set("text", text);
  d.text = t.renderer.render(lx_.tmpl("passage"), v);
  d.intent = "topic." + topic;
  d.topic = topic;
  d.sections.push_back(block.section);
  d.confidence = kTopicByCue;
  return d;
}

long Answerer::subject_start(const KSentence& s) const {
  // "Sebaliknya, erosi dipercepat terjadi ...": one word set off by a
  // comma links the sentence to the one before; what it is about follows.
  if (s.begins.size() > 2 && s.begins[1] > 0 && s.text.compare(s.begins[1] - 2, 2, ", ") == 0)
    return 1;
  return 0;
}

bool Answerer::refers_to_subject(const KSentence& s) const {
  if (kb_.docs.empty()) return false;
  const Terms& subject = kb_.docs.front().subject_terms;
  for (size_t k = 0; k + 1 < s.words.size() && k < s.terms.size(); ++k) {
    if (s.words[k + 1] == "ini" &&
        std::find(subject.begin(), subject.end(), s.terms[k]) != subject.end())
      return true;
  }
  return false;
}

bool Answerer::covers_any(const std::vector<int>& sections, const Terms& terms) const {
  for (int sec : sections) {
    const KSection& section = kb_.sections[static_cast<size_t>(sec)];
    auto has = [&](const Terms& in) {
      return std::any_of(terms.begin(), terms.end(), [&](const std::string& x) {
        return std::find(in.begin(), in.end(), x) != in.end();
      });
    };
    if (has(section.heading_terms)) return true;
    for (int b : section.blocks) {
      for (int si : kb_.blocks[static_cast<size_t>(b)].sentences) {
        if (has(kb_.sentences[static_cast<size_t>(si)].terms)) return true;
      }
    }
  }
  return false;
}

bool Answerer::section_names(const Found& f, const KEntity& e) const {
  if (f.block < 0 && f.sentences.empty()) return false;
  const int block =
      f.block >= 0 ? f.block : kb_.sentences[static_cast<size_t>(f.sentences[0])].block;
  const KSection& sec =
      kb_.sections[static_cast<size_t>(kb_.blocks[static_cast<size_t>(block)].section)];
  auto names = [&](const Terms& terms) { return holds_any(terms, e.name_terms); };
  if (names(sec.heading_terms)) return true;
  for (int bi : sec.blocks) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
    if (names(b.lead_terms)) return true;
    for (int si : b.sentences) {
      if (!b.list && names(kb_.sentences[static_cast<size_t>(si)].terms)) return true;
    }
  }
  return false;
}

Draft Answerer::instances_beside(const Understanding& u, const TopicDef& topic, Tools& t) const {
  Draft d;
  // The thing asked, as the question writes it: its words in order,
  // without the topic's own ("Tanaman penutup tanah contohnya apa?" asks of
  // "tanaman penutup tanah"). A run of one word is no name: too many
  // sentences hold it beside some cue.
  Terms asked;
  for (const std::string& term : u.query) {
    if (!names_topic(topic, Terms{term})) asked.push_back(term);
  }
  constexpr size_t kShortestName = 2;
  // How surely a sentence gives instances of `name`: an item that opens
  // with the name and gives its instances by a cue ("**Sistem dominasi
  // uap**, yaitu ... Contohnya Kamojang ...") or by an enumeration after a
  // colon ("Objek bumi: tanah pekarangan, sawah, ..."), surest; then a
  // sentence with a cue right beside the name ("tanaman penutup tanah,
  // seperti ...").
  auto rank = [&](const KSentence& s, const Terms& name) {
    const bool opens = s.item >= 0 && find_phrase(s.terms, name) == 0;
    if (opens && cue_match(topic, s.terms, &s.words) > 0) return 2;
    if (opens && name.size() < s.begins.size()) {
      const std::string_view rest = std::string_view(s.text).substr(s.begins[name.size() - 1]);
      const size_t colon = rest.find(':');
      constexpr long kEnumerates = 2;  // commas
      if (colon != std::string_view::npos && colon < rest.find(' ') + 3 &&
          std::count(rest.begin() + static_cast<long>(colon), rest.end(), ',') >= kEnumerates)
        return 2;
    }
    return cue_beside_name(topic, s, {name}) ? 1 : 0;
  };
  // The longest run of the thing's words the article writes is its name:
  // a shorter one names another thing ("penyakit tipe" of "Penyakit tipe
  // lain" when "Penyakit tipe 1" is asked).
  for (size_t n = asked.size(); n >= kShortestName; --n) {
    int best = -1, best_rank = 0;
    bool written = false;
    for (size_t from = 0; from + n <= asked.size(); ++from) {
      const Terms name(asked.begin() + static_cast<long>(from),
                       asked.begin() + static_cast<long>(from + n));
      if (std::none_of(name.begin(), name.end(), [&](const std::string& x) {
            return std::find(u.key_content.begin(), u.key_content.end(), x) != u.key_content.end();
          }))
        continue;
      for (size_t si = 0; si < kb_.sentences.size(); ++si) {
        written = written || find_phrase(kb_.sentences[si].terms, name) >= 0;
        const int r = rank(kb_.sentences[si], name);
        if (r > best_rank) {
          best = static_cast<int>(si);
          best_rank = r;
        }
      }
    }
    if (best < 0 && written) return d;
    if (best < 0) continue;
    const KSentence& s = kb_.sentences[static_cast<size_t>(best)];
    d = sentence_draft(best, "passage", "topic." + topic.id, -1, kTopicBesideName, t);
    d.topic = topic.id;
    // With the list it goes on to, nested under it or announced by it
    // ("... misalnya:").
    std::string text = s.text;
    append_nested_list(best, &text, &d.sentences);
    if (d.sentences.size() == 1 && s.item < 0 && introduces_list(s.text)) {
      if (const int list = announced_list(best); list >= 0) append_items(list, &text, &d.sentences);
    }
    if (d.sentences.size() > 1) {
      data v;
      v.set("text", text);
      d.text = t.renderer.render(lx_.tmpl("passage"), v);
    }
    return d;
  }
  return d;
}

Draft Answerer::topic_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d;
  const TopicDef* topic = lx_.topic(plan.topic);
  if (topic == nullptr) return d;
  // Instances of a thing the question names in words of its own, where a
  // sentence says them of it ("Objek bangunan, contohnya: ...").
  if (topic->of_items && plan.entity < 0 && !u.key_content.empty()) {
    Draft beside = instances_beside(u, *topic, t);
    if (beside.confidence > 0) return beside;
  }
  int entity = plan.entity;
  Found f = find_topic(plan.topic, entity);
  double confidence = kTopicByHeading;
  if (entity >= 0 && f.score <= 0) {
    // A sub-type without its own say on the topic: the article's general
    // answer is still what the reader wants, with less certainty. So is it,
    // asked nothing more, for a named thing its part names ("Apa bahaya
    // gerhana matahari?": "... gerhana matahari perlu diwaspadai. Berikut
    // risikonya:").
    // So is it for a name the article gives in the very paragraph that says
    // what its subject is ("Paylater adalah ... Di luar negeri, layanan
    // serupa dikenal dengan istilah Buy Now Pay Later (BNPL)."): another
    // name of the subject, asked nothing more.
    const KEntity& e = kb_.entities[static_cast<size_t>(entity)];
    const Found whole = find_topic(plan.topic, -1);
    auto names_subject = [&] {
      if (e.block < 0 || !u.key_content.empty()) return false;
      const Definition subject = define_entity(-1, {});
      return subject.sentence >= 0 &&
             kb_.sentences[static_cast<size_t>(subject.sentence)].block == e.block;
    };
    if (e.kind != "subtype" && (!u.key_content.empty() || !section_names(whole, e)) &&
        !names_subject())
      return d;
    entity = -1;
    f = whole;
    confidence = kTopicOfParent;
    // ...but not another sub-type's answer: bilateral's motives are not
    // regional's.
    if (f.block >= 0 && kb_.subtype_section(kb_.blocks[static_cast<size_t>(f.block)].section) >= 0)
      return Draft{};
  }
  if (f.block < 0 && f.sentences.empty()) return d;
  int found_section =
      f.block >= 0 ? kb_.blocks[static_cast<size_t>(f.block)].section
                   : kb_.blocks[static_cast<size_t>(
                                    kb_.sentences[static_cast<size_t>(f.sentences[0])].block)]
                         .section;
  if (entity < 0 && kb_.subtype_section(found_section) >= 0) {
    Draft g = grouped_answer(plan.topic, t);
    if (g.confidence > 0) return g;
  }
  d.intent = "topic." + plan.topic;
  d.topic = plan.topic;
  d.entity = entity;
  // Evidence from a heading that names the topic is the article's own word
  // on it; a cue word in a list's lead or in one sentence is weaker, and a
  // section whose heading the question names may answer better.
  d.confidence = f.by_heading ? confidence : std::min(confidence, kTopicByCue);
  if (f.beside_name && entity == plan.entity) d.confidence = kTopicBesideName;
  d.sections.push_back(found_section);
  // "## Penyebab X" over "### Faktor Alam" and "### Faktor Manusia": parts
  // that each name the topic, under a parent that names it too, are each
  // one share of the answer. Asked of no part in its own words ("alam",
  // "manusia"), the answer is all of them.
  if (f.block >= 0 && f.by_heading && entity < 0) {
    const int parent = kb_.sections[static_cast<size_t>(found_section)].parent;
    std::vector<const KSection*> parts;
    for (const KSection& sec : kb_.sections) {
      if (parent >= 0 && sec.parent == parent) parts.push_back(&sec);
    }
    auto in = [](const Terms& terms, const std::string& x) {
      return std::find(terms.begin(), terms.end(), x) != terms.end();
    };
    // (Not kinds by several bases, "Jenis X Berdasarkan A" and "...
    // Berdasarkan B": each is a whole answer of its own. Nor a count, which
    // one list gives.)
    const bool all_name_topic =
        parts.size() >= 2 && u.qtype != "number" &&
        std::all_of(parts.begin(), parts.end(), [&](const KSection* p) {
          return heading_match(*topic, *p) > 0 &&
                 std::none_of(p->heading_words.begin(), p->heading_words.end(),
                              [&](const std::string& w) { return lx_.basis_markers.count(w) > 0; });
        });
    const bool names_part =
        all_name_topic &&
        std::any_of(u.key_content.begin(), u.key_content.end(), [&](const std::string& x) {
          return !in(kb_.sections[static_cast<size_t>(parent)].heading_terms, x) &&
                 !names_topic(*topic, Terms{x}) &&
                 std::any_of(parts.begin(), parts.end(),
                             [&](const KSection* p) { return in(p->heading_terms, x); });
        });
    if (all_name_topic && !names_part && kb_.sections[static_cast<size_t>(parent)].level > 1 &&
        heading_match(*topic, kb_.sections[static_cast<size_t>(parent)]) > 0) {
      Draft whole = whole_section(parent, u, t);
      if (whole.items.size() >= 2) {
        whole.intent = d.intent;
        whole.topic = d.topic;
        whole.confidence = d.confidence;
        return whole;
      }
    }
  }
  std::string scope = scope_name(entity);
  // A section that gives the topic for each party in turn ("Bagi
  // konsumen:" over one list, "Bagi penjual:" over the next): the list
  // whose lead names what the question asks about.
  if (f.block >= 0 && !u.key_content.empty()) {
    auto named = [&](int bi) {
      const Terms& lead = kb_.blocks[static_cast<size_t>(bi)].lead_terms;
      return std::count_if(u.key_content.begin(), u.key_content.end(), [&](const std::string& x) {
        return std::find(lead.begin(), lead.end(), x) != lead.end();
      });
    };
    const KSection& sec = kb_.sections[static_cast<size_t>(found_section)];
    auto most = named(f.block);
    for (int bi : sec.blocks) {
      const KBlock& other = kb_.blocks[static_cast<size_t>(bi)];
      if (!other.list || other.sentences.empty() || kb_.nests(bi)) continue;
      if (const auto n = named(bi); n > most) {
        most = n;
        f.block = bi;
      }
    }
  }
  if (f.block >= 0) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(f.block)];
    // Only when the topic came from the conversation: words next to a topic
    // the question names itself are mostly incidental ("antar negara").
    // (But an ordinal or a number that labels one of the items, "sila
    // keempat" over "**Sila keempat**: ...", picks it out however the
    // question names the topic.)
    Terms labels;
    for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
      const std::string& w = u.words[i];
      const bool number = !w.empty() && std::all_of(w.begin(), w.end(),
                                                    [](char c) { return c >= '0' && c <= '9'; });
      if ((number || lx_.ordinals.count(w) > 0) &&
          std::find(u.key_content.begin(), u.key_content.end(), u.terms[i]) != u.key_content.end())
        labels.push_back(u.terms[i]);
    }
    // (So does the head an item is named by: "Laut" over "**Laut**:
    // fitoplankton → ...", asked "Contoh rantai makanan di laut?".)
    for (const std::string& x : u.key_content) {
      for (int si : b.sentences) {
        const KSentence& item = kb_.sentences[static_cast<size_t>(si)];
        // (A head of one word: a longer head shares words with the
        // question's basis, "Business to Consumer" with "pelaku".)
        const size_t end = item.text.find(':');
        if (end == std::string::npos || item.terms.empty() || item.begins.size() < 2 ||
            item.begins[1] < end)
          continue;
        if (item.terms.front() == x && std::find(labels.begin(), labels.end(), x) == labels.end())
          labels.push_back(x);
      }
    }
    std::vector<int> part = focused_items(b, u.topics.empty() ? u.key_content : labels);
    if (!part.empty() && u.qtype != "number") {
      // "yang soal budaya maksudnya?": the items about that, not the list again.
      data items{data::type::list};
      for (int si : part) {
        const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
        d.sentences.push_back(si);
        // An item's own list is part of what it says, on its line.
        std::string text = trim_end(s.text);
        if (std::string nested = nested_items(kb_, si, &d.sentences); !nested.empty())
          text += " " + nested;
        d.items.push_back(text);
        data item;
        item.set("text", text);
        items.push_back(item);
      }
      data v;
      v.set("scope", scope);
      v.set("label", topic->label);
      v.set("one", part.size() == 1);
      v.set("items", items);
      d.text = t.renderer.render(lx_.tmpl("list_part"), v);
      return d;
    }
    // A list of parts, each over a list of its own ("Tujuan ekspor:" and
    // "Tujuan impor:"): the parts whose heads name what is asked.
    std::vector<int> shown = b.sentences;
    if (!u.key_content.empty() && b.sentences.size() >= 2 &&
        std::all_of(b.sentences.begin(), b.sentences.end(),
                    [&](int si) { return kb_.nested_list(si) >= 0; })) {
      // (The head: the words before a colon, a parenthesis or a comma,
      // "Faktor internal (dari dalam diri anak)" is no part about "anak",
      // "SBN syariah, yaitu ... sesuai prinsip syariah" none about
      // "prinsip". Nor does the basis a heading divides by: "Berdasarkan
      // Sumber Pembayaran Iuran" is shared by every part, whatever one
      // part's name says.)
      std::vector<int> named;
      for (int si : b.sentences) {
        const KSentence& item = kb_.sentences[static_cast<size_t>(si)];
        const size_t end = item.text.find_first_of(":(,");
        bool names = false;
        for (size_t k = 0; k < item.terms.size() && k < item.begins.size() && item.begins[k] < end;
             ++k) {
          names = names || (std::find(u.key_content.begin(), u.key_content.end(), item.terms[k]) !=
                                u.key_content.end() &&
                            !sections_->in_basis(b.section, item.terms[k]));
        }
        if (names) named.push_back(si);
      }
      if (!named.empty() && named.size() < b.sentences.size()) shown = named;
    }
    data items{data::type::list};
    for (int si : shown) {
      const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
      d.sentences.push_back(si);
      d.items.push_back(trim_end(s.text));
      data item;
      item.set("text", trim_end(s.text));
      // An item with a list nested under it ("Bagi anggota" over "- Harga
      // lebih murah") is said with that list.
      if (std::string nested = nested_items(kb_, si, &d.sentences); !nested.empty())
        item.set("detail", nested);
      // An item that names a sub-type gets its one-line definition.
      for (size_t e = 0; e < kb_.entities.size(); ++e) {
        const KEntity& ent = kb_.entities[e];
        if (ent.kind != "subtype" || ent.name_terms.empty() || ent.name_terms[0] != s.terms)
          continue;
        const Definition& def = definitions_[e];
        if (def.sentence >= 0) item.set("detail", predicate_text(def));
      }
      items.push_back(item);
    }
    data v;
    v.set("scope", scope);
    v.set("Scope", capitalize(scope));
    v.set("label", topic->label);
    v.set("count", std::to_string(shown.size()));
    v.set("count_word", lx_.number_word(shown.size()));
    v.set("items", items);
    if (u.qtype == "number") {
      // "Beberapa syarat menjadi anggota X:" under "Susunan dan Syarat
      // Anggota X": items whose lead heads them with another topic's word
      // ("syarat", said first: Indonesian puts the head noun first) count
      // those, not the topic asked (the members).
      auto first_cue = [&](const TopicDef& td) {
        int first = -1;
        for (const Terms& cue : td.cues) {
          const int at = find_phrase(b.lead_terms, cue);
          if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
      };
      const int own_at = first_cue(*topic);
      const bool counts_other =
          own_at > 0 && std::any_of(lx_.topics.begin(), lx_.topics.end(), [&](const TopicDef& o) {
            const int at = &o != topic ? first_cue(o) : -1;
            return at >= 0 && at < own_at;
          });
      if (counts_other) return passage_answer(u, plan, t);
      // A figure the article gives of what is counted ("Jumlah peserta
      // KAA akhirnya 29 negara") is the count asked, however many kinds a
      // list sorts them into ("Asia (23 negara)", "Afrika (6 negara)").
      // (What is counted: the noun right after "berapa" or "jumlah".)
      std::string counted;
      for (size_t i = 0; i + 1 < u.words.size() && i + 1 < u.terms.size() && counted.empty(); ++i) {
        if ((lx_.fact_question_words.count(u.words[i]) || lx_.question_words.count(u.words[i])) &&
            !lx_.stop_words.count(u.words[i + 1]) &&
            !lx_.fact_question_words.count(u.words[i + 1]) &&
            std::find(lx_.number_words.begin(), lx_.number_words.end(), u.words[i]) ==
                lx_.number_words.end())
          counted = u.terms[i + 1];
      }
      auto gives_figure = [&](int si) {
        if (std::find(b.sentences.begin(), b.sentences.end(), si) != b.sentences.end())
          return false;
        const KSentence& x = kb_.sentences[static_cast<size_t>(si)];
        for (size_t k = 0; k + 1 < x.words.size() && k + 1 < x.terms.size(); ++k) {
          if (has_digit(x.words[k]) && !has_year(x.words[k]) && x.terms[k + 1] == counted)
            return true;
        }
        return false;
      };
      // (The search only where some sentence gives such a figure.)
      bool figure_given = false;
      for (size_t si = 0; !counted.empty() && !figure_given && si < kb_.sentences.size(); ++si)
        figure_given = gives_figure(static_cast<int>(si));
      if (Draft p = figure_given ? passage_answer(u, plan, t) : Draft{};
          p.confidence >= kPassageInstead &&
          std::any_of(p.sentences.begin(), p.sentences.end(), gives_figure))
        return p;
      // A lead that states the count itself ("PP 71 Tahun 2019 membagi TTE
      // menjadi dua jenis:") says it in the article's words.
      const std::string count_word = lx_.number_word(shown.size());
      const bool lead_counts =
          !b.lead.empty() && shown.size() == b.sentences.size() &&
          std::any_of(b.lead_words.begin(), b.lead_words.end(), [&](const std::string& w) {
            return w == count_word || w == std::to_string(shown.size());
          });
      if (lead_counts) {
        v.set("intro", b.lead);
        d.text = t.renderer.render(lx_.tmpl("list"), v);
      } else {
        d.text = t.renderer.render(lx_.tmpl("count"), v);
      }
    } else {
      v.set("intro", t.renderer.render(topic->intro, v));
      d.text = t.renderer.render(lx_.tmpl("list"), v);
    }
  } else {
    // A heading that names the topic over parts that each hold their own
    // list ("Dampak ..." over "Dampak jangka pendek:", "Dampak jangka
    // panjang:"): its opening says little, its parts say it all.
    if (f.by_heading && entity < 0 && has_parts(found_section)) {
      Draft parts = whole_section(found_section, u, t);
      if (!parts.items.empty()) {
        parts.intent = d.intent;
        parts.topic = d.topic;
        parts.confidence = d.confidence;
        return parts;
      }
    }
    std::string text;
    std::vector<int> sentences = f.sentences;
    with_antecedent(&sentences);
    for (int si : sentences) {
      if (!text.empty()) text += " ";
      text += kb_.sentences[static_cast<size_t>(si)].text;
      d.sentences.push_back(si);
    }
    // An opening that ends by announcing its list says nothing without it.
    if (const int list = announced_list(sentences.back()); list >= 0)
      append_items(list, &text, &d.sentences);
    data v;
    v.set("text", text);
    d.text = t.renderer.render(lx_.tmpl("sentences"), v);
  }
  return d;
}

Draft Answerer::with_defining(Draft d) const {
  const TopicDef* topic = lx_.topic(d.topic);
  if (d.confidence <= 0 || topic == nullptr) return d;
  // "Penyebab gondongan adalah virus mumps. Virus ini berpindah ... melalui
  // beberapa cara:": the section may state the topic of its subject
  // outright, the topic's word and the subject's name before a copula, and
  // then list more of it (how it spreads). The statement is the answer the
  // list goes on from.
  if (!d.items.empty() && d.sections.size() == 1 && !kb_.docs.empty()) {
    Terms name = kb_.docs.front().subject_terms;
    if (d.entity >= 0) {
      for (const Terms& n : kb_.entities[static_cast<size_t>(d.entity)].name_terms)
        name.insert(name.end(), n.begin(), n.end());
    }
    auto in_name = [&](const std::string& x) {
      return std::find(name.begin(), name.end(), x) != name.end();
    };
    constexpr size_t kOpening = 4;  // words before the topic's ("Seperti sudah disebutkan, ...")
    auto states_topic = [&](const KSentence& s) {
      for (const Words& syn : topic->synonyms) {
        const int at = find_phrase(s.terms, syn);
        if (at < 0 || static_cast<size_t>(at) > kOpening) continue;
        size_t k = static_cast<size_t>(at) + syn.size();
        const size_t named_from = k;
        while (k < s.terms.size() && in_name(s.terms[k])) ++k;
        if (k > named_from && k < s.terms.size() && lx_.copula_terms.count(s.terms[k])) return true;
      }
      return false;
    };
    for (int bi : kb_.sections[static_cast<size_t>(d.sections.front())].blocks) {
      const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
      if (b.list) continue;
      for (int si : b.sentences) {
        if (std::find(d.sentences.begin(), d.sentences.end(), si) != d.sentences.end() ||
            !states_topic(kb_.sentences[static_cast<size_t>(si)]))
          continue;
        d.text = kb_.sentences[static_cast<size_t>(si)].text + "\n\n" + d.text;
        d.sentences.insert(d.sentences.begin(), si);
        return d;
      }
    }
    // "Hingga kini, penyebab pasti asma belum diketahui. Para ahli meyakini
    // ... faktor genetik dan lingkungan. Seseorang lebih berisiko ... jika
    // memiliki:": the paragraph that leads into the list may say the topic
    // before it announces the list, in sentences that name the topic; those
    // are the answer the list goes on from.
    const auto item = std::find_if(d.sentences.begin(), d.sentences.end(), [&](int si) {
      return kb_.sentences[static_cast<size_t>(si)].item >= 0;
    });
    const int list =
        item == d.sentences.end() ? -1 : kb_.sentences[static_cast<size_t>(*item)].block;
    const KSection& sec = kb_.sections[static_cast<size_t>(d.sections.front())];
    const auto at = std::find(sec.blocks.begin(), sec.blocks.end(), list);
    if (list >= 0 && at != sec.blocks.end() && at != sec.blocks.begin()) {
      const KBlock& lead = kb_.blocks[static_cast<size_t>(*(at - 1))];
      constexpr size_t kMostBefore = 2;  // sentences before the one announcing the list
      const std::vector<int>& ss = lead.sentences;
      const bool announces = !lead.list && ss.size() >= 2 && ss.size() <= kMostBefore + 1 &&
                             introduces_list(kb_.sentences[static_cast<size_t>(ss.back())].text);
      const bool names_topic_before =
          announces && std::any_of(ss.begin(), ss.end() - 1, [&](int si) {
            return holds_any(kb_.sentences[static_cast<size_t>(si)].terms, topic->synonyms);
          });
      if (names_topic_before && std::none_of(ss.begin(), ss.end(), [&](int si) {
            return std::find(d.sentences.begin(), d.sentences.end(), si) != d.sentences.end();
          })) {
        std::string before;
        for (auto it = ss.begin(); it + 1 != ss.end(); ++it)
          before += (before.empty() ? "" : " ") + kb_.sentences[static_cast<size_t>(*it)].text;
        d.text = before + "\n\n" + d.text;
        d.sentences.insert(d.sentences.begin(), ss.begin(), ss.end() - 1);
        return d;
      }
    }
  }
  if (topic->in_definition.empty()) return d;
  // "Apa penyebab tuberkulosis?": the article may say the cause where it
  // says what the thing is ("... penyakit yang disebabkan oleh bakteri
  // ..."), and list only what makes it likelier under "Penyebab".
  const Definition def = define_entity(d.entity, {});
  if (def.sentence < 0 ||
      std::find(d.sentences.begin(), d.sentences.end(), def.sentence) != d.sentences.end())
    return d;
  const KSentence& s = kb_.sentences[static_cast<size_t>(def.sentence)];
  if (!holds_any(s.terms, topic->in_definition)) return d;
  d.text = s.text + "\n\n" + d.text;
  d.sentences.insert(d.sentences.begin(), def.sentence);
  return d;
}

Draft Answerer::grouped_answer(const std::string& topic, Tools& t) const {
  Draft d;
  const TopicDef* def = lx_.topic(topic);
  data groups{data::type::list};
  int n = 0;
  for (size_t e = 0; e < kb_.entities.size(); ++e) {
    if (kb_.entities[e].kind != "subtype") continue;
    Found f = find_topic(topic, static_cast<int>(e));
    if (!f.in_scope) continue;
    std::string text;
    std::vector<int> sents =
        f.block >= 0 ? kb_.blocks[static_cast<size_t>(f.block)].sentences : f.sentences;
    for (int si : sents) {
      if (!text.empty()) text += f.block >= 0 ? ", " : " ";
      text += f.block >= 0 ? trim_end(kb_.sentences[static_cast<size_t>(si)].text)
                           : kb_.sentences[static_cast<size_t>(si)].text;
      d.sentences.push_back(si);
    }
    data g;
    g.set("name", capitalize(scope_name(static_cast<int>(e))));
    g.set("text", text);
    groups.push_back(g);
    d.sections.push_back(kb_.entities[e].section);
    ++n;
  }
  if (n < 2) return Draft{};
  data v;
  v.set("scope", scope_name(-1));
  v.set("Label", capitalize(def->label));
  v.set("intro", t.renderer.render(lx_.tmpl("grouped_intro"), v));
  v.set("groups", groups);
  d.text = t.renderer.render(lx_.tmpl("grouped"), v);
  d.intent = "topic." + topic;
  d.topic = topic;
  d.confidence = kGroupedByKind;
  return d;
}

Terms Answerer::spoken_span(const Understanding& u) const {
  // From the first word asked to the last, where only stop words come
  // between them.
  auto asked = [&](size_t i) {
    return std::find(u.query.begin(), u.query.end(), u.terms[i]) != u.query.end();
  };
  const size_t n = std::min(u.terms.size(), u.words.size());
  size_t first = n, last = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!asked(i)) continue;
    first = std::min(first, i);
    last = i;
  }
  if (first >= n) return {};
  Terms span;
  for (size_t i = first; i <= last; ++i) {
    if (!asked(i) && (!lx_.stop_words.count(u.words[i]) || lx_.question_words.count(u.words[i])))
      return {};
    span.push_back(u.terms[i]);
  }
  return span;
}

Draft Answerer::definition_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d;
  Definition def;
  double confidence = kDefinitionOfEntity;
  // "Apa itu gerhana matahari cincin?": a term the article defines whose
  // name is a named thing's and more ("Gerhana matahari cincin: ...").
  if (plan.entity >= 0 && !u.content.empty() && u.qtype == "definition") {
    def = find_definition({u.query}, -1, {}, u.words);
    if (def.sentence >= 0)
      return definition_draft(def, -1, kDefinitionOfEntity, t, asks_several(u));
  }
  if (plan.entity >= 0) {
    def = define_entity(plan.entity, u.query);
    if (def.sentence < 0) {
      const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
      if (!e.scoped()) {
        if (e.expansion.empty()) return entity_answer(plan, t);
        Draft described = described_acronym_answer(plan, t);
        return described.confidence > 0 ? described : acronym_answer(plan, t);
      }
    }
  } else if (!u.content.empty()) {
    // "Apa itu anggota utama?": the leftover words are the thing to define;
    // "Apa itu reksa dana terbuka?": with the subject's words before them.
    std::vector<Terms> targets{u.content};
    if (u.query.size() > u.content.size()) targets.insert(targets.begin(), u.query);

    // "Apa arti komputasi menurut KBBI?": what comes after a source marker
    // names the source, not the thing to define; "Whaling dalam dunia
    // keamanan siber artinya apa?", after a field marker, the field.
    const Terms thing = thing_asked(u);
    if (!thing.empty() && thing.size() < u.query.size()) targets.push_back(thing);
    // "Dalam program pensiun, iuran itu apa?": a clause that opens with a
    // field marker and ends at a comma sets the field; the thing to define
    // comes after it.
    if (!u.words.empty() && lx_.field_markers.count(u.words.front())) {
      if (size_t comma = u.text.find(','); comma != std::string::npos) {
        std::unordered_set<std::string> after;
        for (const Token& tk : t.tokenizer.tokenize(std::string_view(u.text).substr(comma + 1)))
          after.insert(tk.word);
        Terms asked;
        for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
          if (after.count(u.words[i]) &&
              std::find(u.query.begin(), u.query.end(), u.terms[i]) != u.query.end())
            asked.push_back(u.terms[i]);
        }
        if (!asked.empty() && asked.size() < u.query.size()) targets.push_back(asked);
      }
    }
    // "Apa itu migrain dengan aura?": the words asked with the small words
    // between them, as a term may be written ("Migrain dengan aura: ..."),
    // name it more surely than any of them alone ("Aura, yaitu ...").
    if (Terms spoken = spoken_span(u); spoken.size() > u.query.size())
      def = find_definition({spoken}, -1, u.query, u.words);
    if (def.sentence < 0) def = find_definition(targets, -1, u.query, u.words);
    // "Apa yang dimaksud dengan proses giling basah?": a class noun before
    // the term ("proses", "metode") says what kind of thing it is; the
    // article may define the term without it.
    if (def.sentence < 0 && u.content.size() >= 3)
      def = find_definition({Terms(u.content.begin() + 1, u.content.end())}, -1, u.query, u.words);
    // (Of two words, only where the heading over the definition names that
    // kind: "pilar pemanfaatan" under "Empat Pilar Ketahanan Pangan".)
    if (def.sentence < 0 && u.content.size() == 2) {
      Definition rest = find_definition({Terms{u.content.back()}}, -1, u.query, u.words);
      if (rest.sentence >= 0) {
        for (int sec = kb_.section_of(rest.sentence); sec >= 0;
             sec = kb_.sections[static_cast<size_t>(sec)].parent) {
          const Terms& heading = kb_.sections[static_cast<size_t>(sec)].heading_terms;
          if (std::find(heading.begin(), heading.end(), u.content.front()) != heading.end()) {
            def = rest;
            break;
          }
        }
      }
    }
    // "Mukosa lambung itu apa?": the article defines the head word where
    // it says the rest ("mukosa, yaitu lapisan ... dinding lambung").
    if (def.sentence < 0 && u.content.size() >= 2) {
      Definition head = find_definition({Terms{u.content.front()}}, -1, u.query, u.words);
      if (head.sentence >= 0) {
        const Terms& in = kb_.sentences[static_cast<size_t>(head.sentence)].terms;
        if (std::all_of(u.content.begin() + 1, u.content.end(), [&](const std::string& x) {
              return std::find(in.begin(), in.end(), x) != in.end();
            }))
          def = head;
      }
    }
    confidence = kDefinitionOfWords;
    // "Jelaskan arti kerja sama antar negara": no sentence defines the
    // leftover words, but the subject they qualify has one.
    if (def.sentence < 0 && u.subject) {
      Definition subject = define_entity(-1, u.query);
      if (subject.sentence >= 0) {
        const Terms& in = kb_.sentences[static_cast<size_t>(subject.sentence)].terms;
        bool holds = std::all_of(u.key_content.begin(), u.key_content.end(), [&](const auto& x) {
          return std::find(in.begin(), in.end(), x) != in.end();
        });
        if (holds) {
          def = subject;
          confidence = kDefinitionOfHead;
        }
      }
    }
  } else if (u.subject) {
    def = define_entity(-1, u.query);
  } else if (!u.query.empty()) {
    // A word of the subject asked alone ("Apa arti kata otonomi?" in an
    // article on otonomi daerah): the subject's words are no content, but
    // they are what to define.
    def = find_definition({u.query}, -1, u.query, u.words);
    confidence = kDefinitionOfWords;
    // (Or the head of the subject's name, the subject said short.)
    if (def.sentence < 0) {
      def = define_subject_head(u.query);
      if (def.sentence >= 0) confidence = kDefinitionOfHead;
    }
  }
  if (def.sentence < 0 && plan.entity < 0) {
    // A term that heads a column of a table, and nothing defines.
    const TableColumn column = column_named(kb_, lx_.stop_words, u.query);
    if (column.rows.empty()) return d;
    // (A sentence about the term says it better: "Sebaliknya, X terjadi
    // karena ...".)
    if (Draft p = passage_answer(u, plan, t); p.confidence > kColumnOfTable) return p;
    data items{data::type::list};
    for (const auto& [si, cell] : column.rows) {
      d.sentences.push_back(si);
      d.items.push_back(cell);
      data item;
      item.set("text", cell);
      items.push_back(item);
    }
    data v;
    v.set("intro", column.header + ":");
    v.set("items", items);
    d.text = t.renderer.render(lx_.tmpl("list"), v);
    d.intent = "definition";
    d.confidence = kColumnOfTable;
    d.sections.push_back(kb_.section_of(column.rows.front().first));
    return d;
  }
  if (def.sentence < 0) {
    // A sub-type with no defining sentence: the opening of its section,
    // which says what it is over a sentence or two.
    const int section = kb_.entities[static_cast<size_t>(plan.entity)].section;
    if (section < 0) return d;
    std::vector<int> sentences;
    std::string opening = opening_of(section, &sentences);
    // (A part that opens with its list, "Tri Pusat Pendidikan" over "-
    // Alam keluarga ...", is told by that list.)
    const KSection& part = kb_.sections[static_cast<size_t>(section)];
    if (opening.empty() && !part.blocks.empty() &&
        kb_.blocks[static_cast<size_t>(part.blocks.front())].list) {
      opening = kb_.entities[static_cast<size_t>(plan.entity)].name + ":";
      append_items(part.blocks.front(), &opening, &sentences);
    }
    if (opening.empty()) return d;
    data v;
    v.set("text", opening);
    d.text = t.renderer.render(lx_.tmpl("definition"), v);
    d.intent = "definition";
    d.entity = plan.entity;
    d.confidence = kOpeningOfSection;
    d.sentences = std::move(sentences);
    d.sections.push_back(section);
    return d;
  }
  return definition_draft(def, plan.entity, confidence, t, asks_several(u));
}

Terms Answerer::thing_asked(const Understanding& u) const {
  Terms thing;
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    if (lx_.source_markers.count(u.words[i]) ||
        (!thing.empty() && lx_.field_markers.count(u.words[i])))
      break;
    if (std::find(u.query.begin(), u.query.end(), u.terms[i]) != u.query.end())
      thing.push_back(u.terms[i]);
  }
  return thing;
}

bool Answerer::asks_several(const Understanding& u) const {
  return std::any_of(u.words.begin(), u.words.end(),
                     [&](const std::string& w) { return lx_.several_markers.count(w) > 0; });
}

Draft Answerer::definition_draft(const Definition& def, int entity, double confidence, Tools& t,
                                 bool several) const {
  Draft d;
  const KSentence& s = kb_.sentences[static_cast<size_t>(def.sentence)];
  // From the sentence that says what the term names to the one that names
  // it, all that lies between: "Bakteri ini ... mencemari makanan" between
  // "Penyebab utama tifus adalah ..." and "Pola ini disebut ..." is the
  // pattern named.
  std::string text;
  for (int k = def.before >= 0 ? def.before : def.sentence; k <= def.sentence; ++k) {
    d.sentences.push_back(k);
    text += (text.empty() ? "" : " ") + kb_.sentences[static_cast<size_t>(k)].text;
  }
  // "X, yaitu ... Bentuknya beragam:" over a nested list: the definition
  // goes on in that list.
  if (introduces_list(s.text)) append_nested_list(def.sentence, &text, &d.sentences);
  // "Ketiganya dikenal sebagai segitiga api:" over a list: what the term
  // names is that list.
  if (d.sentences.back() == def.sentence) {
    if (const int list = announced_list(def.sentence); list >= 0)
      append_items(list, &text, &d.sentences);
  }
  // Asked for several, the sentence right after that names them ("Mereka
  // terdiri atas Semar, Gareng, Petruk, dan Bagong.") is the answer's rest.
  constexpr long kListingCommas = 2;
  const size_t next = static_cast<size_t>(def.sentence) + 1;
  if (several && d.sentences.back() == def.sentence && next < kb_.sentences.size() &&
      kb_.sentences[next].block == s.block && kb_.sentences[next].item == s.item &&
      std::count(kb_.sentences[next].text.begin(), kb_.sentences[next].text.end(), ',') >=
          kListingCommas) {
    text += " " + kb_.sentences[next].text;
    d.sentences.push_back(static_cast<int>(next));
  }
  data v;
  v.set("text", text);
  d.text = t.renderer.render(lx_.tmpl("definition"), v);
  d.intent = "definition";
  d.entity = entity;
  d.confidence = confidence;
  d.sections.push_back(kb_.blocks[static_cast<size_t>(s.block)].section);
  return d;
}

void Answerer::append_nested_list(int item, std::string* text, std::vector<int>* sentences) const {
  if (const int bi = kb_.nested_list(item); bi >= 0) append_items(bi, text, sentences);
}

void Answerer::append_items(int block, std::string* text, std::vector<int>* sentences) const {
  for (int si : kb_.blocks[static_cast<size_t>(block)].sentences) {
    *text += "\n- " + trim_end(kb_.sentences[static_cast<size_t>(si)].text);
    sentences->push_back(si);
    // An item's own list ("Bukan PBI ... terdiri atas:" over "- PPU ...")
    // is part of what it says, on its line.
    if (std::string nested = nested_items(kb_, si, sentences); !nested.empty())
      *text += " " + nested;
  }
}

int Answerer::announced_list(int sentence) const {
  const KSentence& s = kb_.sentences[static_cast<size_t>(sentence)];
  const KBlock& b = kb_.blocks[static_cast<size_t>(s.block)];
  const size_t next = static_cast<size_t>(s.block) + 1;
  if (b.list || b.sentences.empty() || b.sentences.back() != sentence ||
      next >= kb_.blocks.size() || !kb_.blocks[next].list || kb_.blocks[next].section != b.section)
    return -1;
  // A colon announces what follows; so does counting a set the sentence
  // leaves unnamed, "beberapa faktor" or "tiga jenis", or pointing ahead
  // ("berikut"), right before a list.
  return introduces_list(s.text) || lx_.announces_list(s.words) ? static_cast<int>(next) : -1;
}

Draft Answerer::entity_answer(const Plan& plan, Tools& t) const {
  Draft d;
  const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
  std::string context = entity_context(plan.entity);
  if (context.empty()) return d;
  data v;
  v.set("name", e.name);
  if (!e.expansion.empty()) v.set("expansion", e.expansion);
  v.set("context", context);
  d.text = t.renderer.render(lx_.tmpl("entity"), v);
  d.intent = "entity";
  d.entity = plan.entity;
  d.confidence = kEntityMention;
  d.sections.push_back(e.section);
  if (e.block >= 0 && e.item >= 0)
    d.sentences.push_back(
        kb_.blocks[static_cast<size_t>(e.block)].sentences[static_cast<size_t>(e.item)]);
  return d;
}

int Answerer::item_of(int entity) const {
  const KEntity& e = kb_.entities[static_cast<size_t>(entity)];
  if (e.block < 0 || e.item < 0) return -1;
  const KBlock& parent = kb_.blocks[static_cast<size_t>(e.block)];
  if (static_cast<size_t>(e.item) >= parent.sentences.size()) return -1;
  return parent.sentences[static_cast<size_t>(e.item)];
}

Draft Answerer::nested_list_answer(const Plan& plan, Tools& t) const {
  Draft d;
  const int lead = plan.entity < 0 ? -1 : item_of(plan.entity);
  if (lead < 0) return d;
  const KBlock& parent =
      kb_.blocks[static_cast<size_t>(kb_.entities[static_cast<size_t>(plan.entity)].block)];
  const std::string& item = kb_.sentences[static_cast<size_t>(lead)].text;
  if (const int bi = kb_.nested_list(lead); bi >= 0) {
    const KBlock& nested = kb_.blocks[static_cast<size_t>(bi)];
    data items{data::type::list};
    for (int si : nested.sentences) {
      data line;
      line.set("text", trim_end(kb_.sentences[static_cast<size_t>(si)].text));
      items.push_back(line);
      d.items.push_back(trim_end(kb_.sentences[static_cast<size_t>(si)].text));
      d.sentences.push_back(si);
    }
    data v;
    v.set("intro", trim_end(item) + ":");
    v.set("items", items);
    d.text = t.renderer.render(lx_.tmpl("list"), v);
    d.intent = "list";
    d.entity = plan.entity;
    d.confidence = kListOfItem;
    d.sections.push_back(parent.section);
    return d;
  }
  return d;
}

Draft Answerer::described_acronym_answer(const Plan& plan, Tools& t) const {
  Draft d;
  const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
  // A name listed as an example of something is best said as that.
  if (e.block < 0 || !entity_context(plan.entity).empty()) return d;
  // What the article says of it where it names it: the sentences of that
  // paragraph that use the name or its expansion, two at most, when they
  // say more than the name.
  constexpr size_t kMaxSentences = 2;
  std::string text;
  for (int si : kb_.blocks[static_cast<size_t>(e.block)].sentences) {
    const std::string& s = kb_.sentences[static_cast<size_t>(si)].text;
    if (s.find(e.name) == std::string::npos && s.find(e.expansion) == std::string::npos) continue;
    constexpr size_t kMoreThanName = 30;  // bytes beyond the name and expansion
    if (s.size() < e.name.size() + e.expansion.size() + kMoreThanName) continue;
    text += (text.empty() ? "" : " ") + s;
    d.sentences.push_back(si);
    if (d.sentences.size() == kMaxSentences) break;
  }
  if (text.empty()) return d;
  data v;
  v.set("name", e.name);
  v.set("expansion", e.expansion);
  v.set("text", text);
  d.text = t.renderer.render(lx_.tmpl("acronym_described"), v);
  d.intent = "definition";
  d.entity = plan.entity;
  d.confidence = kDefinitionOfEntity;
  d.sections.push_back(e.section);
  return d;
}

Draft Answerer::acronym_answer(const Plan& plan, Tools& t) const {
  const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
  if (e.expansion.empty()) {
    Draft d = entity_answer(plan, t);
    d.confidence = std::min(d.confidence, kEntityNoExpansion);
    return d;
  }
  Draft d;
  data v;
  v.set("name", e.name);
  v.set("expansion", e.expansion);
  std::string context = entity_context(plan.entity);
  if (!context.empty()) v.set("context", context);
  d.text = t.renderer.render(lx_.tmpl("acronym"), v);
  d.intent = "acronym";
  d.entity = plan.entity;
  d.confidence = kAcronym;
  d.sections.push_back(e.section);
  if (e.block >= 0 && e.item >= 0) {
    d.sentences.push_back(
        kb_.blocks[static_cast<size_t>(e.block)].sentences[static_cast<size_t>(e.item)]);
  } else if (e.block >= 0) {
    for (int si : kb_.blocks[static_cast<size_t>(e.block)].sentences) {
      if (kb_.sentences[static_cast<size_t>(si)].text.find(e.name) != std::string::npos) {
        d.sentences.push_back(si);
        break;
      }
    }
  }
  return d;
}

Draft Answerer::classification_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d;
  const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
  std::string category;
  if (e.kind == "subtype") {
    // Listed as an item of a list about a topic ("bentuk") of the subject.
    for (const KSentence& s : kb_.sentences) {
      if (s.item < 0 || e.name_terms.empty() || s.terms != e.name_terms[0]) continue;
      const TopicDef* topic = lx_.topic(topic_of_block(s.block));
      if (topic) category = topic->label + " " + scope_name(-1);
      d.sections.push_back(kb_.blocks[static_cast<size_t>(s.block)].section);
      break;
    }
  } else {
    int sub = kb_.subtype_section(e.section);
    if (sub >= 0) category = scope_name(kb_.sections[static_cast<size_t>(sub)].subtype);
    d.sections.push_back(e.section);
  }
  // A thing listed under a heading ("### Pajak Provinsi" over "6. Pajak
  // Rokok"), or under an item ("Penyakit non-infeksi, yaitu ...:" over
  // "Asma: ..."), is of that kind.
  bool listed = false;
  if (category.empty() && e.block >= 0 && e.item >= 0) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(e.block)];
    category = kb_.sections[static_cast<size_t>(b.section)].heading;
    if (const int parent = kb_.parent_item(e.block); parent >= 0)
      category = item_head(kb_.sentences[static_cast<size_t>(parent)].text);
    // Only a kind that holds all the question asks of it: "termasuk skala
    // apa?" is not answered by a heading without "skala", and whether it is
    // not of a kind the question names would need every list it is in.
    const Terms kind = t.tokenizer.terms(category);
    listed = std::all_of(u.key_content.begin(), u.key_content.end(), [&](const auto& x) {
      return std::find(kind.begin(), kind.end(), x) != kind.end();
    });
    if (!listed) return d;
    d.sections.push_back(b.section);
  }
  if (category.empty()) return d;
  data v;
  v.set("name", e.name);
  // "GNB itu apa? termasuk apa?": an acronym is named with what it stands for.
  if (!e.expansion.empty()) v.set("expansion", e.expansion);
  v.set("category", category);
  std::string context = e.kind == "subtype" ? "" : entity_context(plan.entity);
  if (!context.empty()) v.set("context", context);
  d.text = t.renderer.render(lx_.tmpl("classification"), v);
  // "Apakah pajak rokok termasuk pajak provinsi?": the kind asked is the
  // kind it is listed under.
  if (listed && lx_.asks_yes_no(u.words) && !u.key_content.empty()) {
    data verdict;
    verdict.set("text", d.text);
    d.text = t.renderer.render(lx_.tmpl("yes"), verdict);
  }
  d.intent = "classification";
  d.entity = plan.entity;
  d.confidence = kClassification;
  if (e.block >= 0 && e.item >= 0)
    d.sentences.push_back(
        kb_.blocks[static_cast<size_t>(e.block)].sentences[static_cast<size_t>(e.item)]);
  return d;
}

Draft Answerer::compare_terms(const Understanding& u, Tools& t) const {
  // The two sides: the question's content words before and after the word
  // that joins them ("dan", "dengan", "atau", "vs").
  // (Each side's words as written tell apart terms that stem alike:
  // "umbra" and "penumbra".)
  std::vector<Terms> sides(1);
  std::vector<Words> forms(1);
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    const std::string& w = u.words[i];
    if (lx_.comparison_joiners.count(w)) {
      if (!sides.back().empty()) sides.emplace_back(), forms.emplace_back();
      continue;
    }
    // A negation that opens a side sets it apart ("pemilu langsung dengan
    // tidak langsung").
    if (std::find(u.query.begin(), u.query.end(), u.terms[i]) != u.query.end() || has_digit(w) ||
        (lx_.negations.count(w) && sides.back().empty())) {
      sides.back().push_back(u.terms[i]);
      forms.back().push_back(w);
    }
  }
  if (sides.size() != 2 || sides[0].empty() || sides[1].empty()) return Draft{};
  // A second side that starts inside the first ("diabetes tipe 1 dan tipe
  // 2") takes the first one's words before it.
  for (size_t k = 1; k < sides[0].size(); ++k) {
    if (sides[0][k] == sides[1][0]) {
      sides[1].insert(sides[1].begin(), sides[0].begin(), sides[0].begin() + static_cast<long>(k));
      break;
    }
  }
  Draft d;
  data rows{data::type::list};
  for (size_t k = 0; k < sides.size(); ++k) {
    const Terms& side = sides[k];
    Definition def = find_definition({side}, -1, {}, forms[k]);
    if (def.sentence < 0) def = define_subject_head(side);
    // "pajak langsung dan tidak langsung": the second side is named with
    // the first one's head ("pajak tidak langsung").
    for (size_t h = 1; def.sentence < 0 && k == 1 && h < sides[0].size(); ++h) {
      Terms named(sides[0].begin(), sides[0].begin() + static_cast<long>(h));
      named.insert(named.end(), side.begin(), side.end());
      def = find_definition({named}, -1, {}, forms[k]);
    }
    // Two sides the article defines in one sentence are one thing to it.
    if (def.sentence < 0 ||
        std::find(d.sentences.begin(), d.sentences.end(), def.sentence) != d.sentences.end())
      return Draft{};
    data row;
    row.set("name", capitalize(defined_term(def, t.tokenizer)));
    row.set("text", predicate_text(def));
    rows.push_back(row);
    d.sentences.push_back(def.sentence);
    d.sections.push_back(kb_.section_of(def.sentence));
  }
  data v;
  v.set("rows", rows);
  d.text = t.renderer.render(lx_.tmpl("comparison"), v);
  d.intent = "comparison";
  d.confidence = kComparison;
  return d;
}

std::string Answerer::opening_of(int section, std::vector<int>* sentences) const {
  // The first paragraph, up to kOpening bytes in whole sentences (at least
  // one): what a comparison row has room for.
  constexpr size_t kOpening = 320;
  std::string text;
  for (int bi : kb_.sections[static_cast<size_t>(section)].blocks) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
    if (b.list) break;
    for (int si : b.sentences) {
      const std::string& sentence = kb_.sentences[static_cast<size_t>(si)].text;
      if (!text.empty() && text.size() + sentence.size() > kOpening) return text;
      text += (text.empty() ? "" : " ") + sentence;
      sentences->push_back(si);
    }
    break;
  }
  return text;
}

Draft Answerer::comparison_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d;
  data rows{data::type::list};
  bool by_context = false;  // a side told only by where the article lists it
  // "bilateral, regional, dan multilateral": every entity named, in order;
  // a follow-up comparison names one and takes the other from the context.
  std::vector<int> compared = u.entities;
  if (compared.size() < 2) compared = {plan.entity, plan.entity2};
  for (int e : compared) {
    const Definition& def = definitions_[static_cast<size_t>(e)];
    std::string text;
    const KEntity& entity = kb_.entities[static_cast<size_t>(e)];
    if (def.sentence >= 0) {
      text = predicate_text(def);
      d.sentences.push_back(def.sentence);
      d.sections.push_back(kb_.section_of(def.sentence));
    } else if (entity.kind == "subtype" && entity.section >= 0 &&
               !(text = opening_of(entity.section, &d.sentences)).empty()) {
      // A kind with a part of its own ("### Siklus Panjang") and no
      // sentence that defines it: the part's opening says what it is.
      d.sections.push_back(entity.section);
    } else if (const int item = item_of(e);
               item >= 0 && !(text = nested_items(kb_, item, &d.sentences)).empty()) {
      // An item over a list of what it is ("Jaminan Hari Tua (JHT)" over
      // "Saldo dibayarkan sekaligus"): that list describes it.
      d.sections.push_back(entity.section);
    } else {
      text = entity_context(e);
      by_context = true;
      d.sections.push_back(entity.section);
    }
    if (text.empty()) return Draft{};
    data row;
    row.set("name", capitalize(scope_name(e)));
    row.set("text", text);
    rows.push_back(row);
  }
  data v;
  v.set("rows", rows);
  d.text = t.renderer.render(lx_.tmpl("comparison"), v);
  d.intent = "comparison";
  d.entity = plan.entity2;
  d.confidence = by_context ? kComparisonByContext : kComparison;
  return d;
}

Draft Answerer::negated_answer(const Understanding& u, const Draft& d, Tools& t) const {
  // "Sampah apa yang tidak diterima?": the question asks what a negated
  // verb holds for. An answer that never negates it (the list of what is
  // accepted) answers the opposite; the one sentence of the article that
  // says "tidak diterima" answers it.
  for (size_t i = 0; i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
    // (A verb as written, "tidak dipilih" is not "tidak memilih"; not a
    // modal, "tidak boleh", which says what must not be done to something,
    // nor a state, "tidak baik-baik saja".)
    const std::string& verb = u.words[i + 1];
    if (!lx_.negations.count(u.words[i]) || lx_.stop_words.count(verb) || !lx_.verb_form(verb) ||
        std::any_of(lx_.deontic_phrases.begin(), lx_.deontic_phrases.end(),
                    [&](const Words& p) { return std::find(p.begin(), p.end(), verb) != p.end(); }))
      continue;
    auto negates = [&](int si) {
      const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
      for (size_t k = 0; k + 1 < s.words.size(); ++k) {
        if (lx_.negations.count(s.words[k]) && s.words[k + 1] == verb) return true;
      }
      return false;
    };
    if (std::any_of(d.sentences.begin(), d.sentences.end(), negates)) return Draft{};
    int found = -1;
    for (size_t si = 0; si < kb_.sentences.size(); ++si) {
      const int sentence = static_cast<int>(si);
      if (kb_.sections[static_cast<size_t>(kb_.section_of(sentence))].doc != 0 ||
          !negates(sentence))
        continue;
      if (found >= 0) return Draft{};  // said of several things: no one answer
      found = static_cast<int>(si);
    }
    // (A sentence that introduces a list says nothing without it.)
    if (found < 0 || introduces_list(kb_.sentences[static_cast<size_t>(found)].text))
      return Draft{};
    return sentence_draft(found, "passage", "passage", d.entity, d.confidence, t);
  }
  return Draft{};
}

Draft Answerer::sentence_draft(int sentence, std::string_view tmpl, std::string_view intent,
                               int entity, double confidence, Tools& t) const {
  Draft d;
  const KSentence& s = kb_.sentences[static_cast<size_t>(sentence)];
  kainjow::mustache::data v;
  v.set("text", s.text);
  d.text = t.renderer.render(lx_.tmpl(std::string(tmpl)), v);
  d.intent = std::string(intent);
  d.entity = entity;
  d.sentences.push_back(sentence);
  d.sections.push_back(kb_.blocks[static_cast<size_t>(s.block)].section);
  d.confidence = confidence;
  return d;
}

Draft Answerer::other_agent_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d;
  const int found = yesno_->said_of_other(u, plan.entity);
  if (found < 0) return d;
  return sentence_draft(found, "no", "yesno", plan.entity, kOtherAgent, t);
}

Draft Answerer::name_origin_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d;
  // Asked of a name: a naming verb or word in the question ("disebut",
  // "dinamakan", "namanya"). Its other words are the name.
  std::vector<bool> naming(u.words.size(), false);
  for (const Words& verb : lx_.naming_verbs) {
    const int at = find_phrase(u.words, verb);
    for (size_t k = 0; at >= 0 && k < verb.size(); ++k) naming[static_cast<size_t>(at) + k] = true;
  }
  for (size_t i = 0; i < u.words.size(); ++i) {
    if (lx_.meaning_words.count(u.words[i])) naming[i] = true;
  }
  for (const Words& noun : lx_.name_nouns) {
    const int at = find_phrase(u.words, noun);
    for (size_t k = 0; at >= 0 && k < noun.size(); ++k) naming[static_cast<size_t>(at) + k] = true;
  }
  // ("Mengapa kain printing tidak bisa disebut batik?" asks why a thing is
  // not one, not where a name comes from.)
  if (std::none_of(naming.begin(), naming.end(), [](bool b) { return b; }) ||
      std::any_of(u.words.begin(), u.words.end(),
                  [&](const std::string& w) { return lx_.negations.count(w) > 0; }))
    return d;
  Terms name;
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    if (!naming[i] && std::find(u.query.begin(), u.query.end(), u.terms[i]) != u.query.end())
      name.push_back(u.terms[i]);
  }
  if (name.empty()) return d;
  // The sentence that says where a name comes from ("Nama Majapahit
  // berasal dari buah maja", "kata awan merupakan kiasan untuk internet"),
  // or why a thing is given it ("Karena gerakannya cepat, X dijuluki ..."),
  // and holds most of it.
  int best = -1;
  double best_share = 0;
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    // (Or its reason is the sentence before, which "Karena itu X dijuluki
    // ..." points back at: the two are said together. And the whole name
    // there: a reason given another name is none.)
    auto names_for_reason = [&] {
      return holds_any(s.words, lx_.naming_verbs) && gives_reason({static_cast<int>(si)}) &&
             (!follows_from_before(s) ||
              (si > 0 && kb_.sentences[si - 1].block == s.block && s.item < 0)) &&
             sentence_share({static_cast<int>(si)}, name) >= 1.0;
    };
    if (!holds_any(s.words, lx_.name_origins) && !names_for_reason()) continue;
    double share = sentence_share({static_cast<int>(si)}, name);
    // ("Nama kerajaan ini berasal dari ..." in an article on Kerajaan
    // Tarumanegara: the subject's own word with "ini" is the subject.)
    if (share == 0 && refers_to_subject(s) &&
        std::all_of(name.begin(), name.end(), [&](const std::string& x) {
          const Terms& subject = kb_.docs.front().subject_terms;
          return std::find(subject.begin(), subject.end(), x) != subject.end();
        }))
      share = 1;
    if (share > best_share) best = static_cast<int>(si), best_share = share;
  }
  if (best < 0) return d;
  d = sentence_draft(best, "passage", "passage", plan.entity,
                     kPassageBase + kPassageSpan * best_share, t);
  if (const KSentence& s = kb_.sentences[static_cast<size_t>(best)];
      follows_from_before(s) && !holds_any(s.words, lx_.name_origins)) {
    const std::string text = kb_.sentences[static_cast<size_t>(best) - 1].text + " " + s.text;
    d.sentences.insert(d.sentences.begin(), best - 1);
    data v;
    v.set("text", text);
    d.text = t.renderer.render(lx_.tmpl("passage"), v);
  }
  // ("... berasal dari dua kata, yaitu:" over the words it names.)
  if (const int list = announced_list(best); list >= 0) {
    std::string text = kb_.sentences[static_cast<size_t>(best)].text;
    append_items(list, &text, &d.sentences);
    data v;
    v.set("text", text);
    d.text = t.renderer.render(lx_.tmpl("passage"), v);
  }
  return d;
}

Draft Answerer::wrong_value_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d;
  const GivenValue value = yesno_->given_value(u);
  if (value.word < 0) return d;
  const size_t at = static_cast<size_t>(value.word);
  // The rest of the claim, without the value, finds where the article says it.
  Understanding rest = u;
  auto drop = [&](Words* list) {
    list->erase(std::remove(list->begin(), list->end(), u.terms[at]), list->end());
  };
  drop(&rest.query);
  drop(&rest.content);
  drop(&rest.key_content);
  rest.unknown.erase(std::remove(rest.unknown.begin(), rest.unknown.end(), u.words[at]),
                     rest.unknown.end());
  if (rest.query.size() < 2) return d;
  Draft p = passage_answer(rest, plan, t);
  if (p.confidence < kPassageInstead) return d;
  if (!yesno_->states_other_value(u, value, p.sentences)) {
    // What the thing asked about is, by the article's definition, also
    // gives its value ("LPDP ... membiayai studi S2 dan S3" for "S1?").
    const int def = plan.entity >= 0 ? definitions_[static_cast<size_t>(plan.entity)].sentence : -1;
    if (def < 0 || !yesno_->states_other_value(u, value, {def})) return d;
    const KSentence& s = kb_.sentences[static_cast<size_t>(def)];
    p.text = s.text;
    p.sentences = {def};
    p.sections = {kb_.blocks[static_cast<size_t>(s.block)].section};
  }
  kainjow::mustache::data v;
  v.set("text", p.text);
  d = p;
  d.text = t.renderer.render(lx_.tmpl("no"), v);
  d.intent = "yesno";
  d.unknown_explained = std::count(u.unknown.begin(), u.unknown.end(), u.words[at]) > 0 ? 1 : 0;
  return d;
}

Draft Answerer::opposite_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  Draft d;
  std::optional<Draft> as_asked;  // the claim as asked, searched once when needed
  for (const Understanding::Opposite& o : u.opposites) {
    const std::string& asked = u.terms[o.at];
    // The claim with the antonym in its word's place finds where the
    // article says the opposite...
    Understanding other = u;
    other.opposites.clear();
    other.words[o.at] = o.word;
    other.terms[o.at] = o.term;
    for (Words* list : {&other.query, &other.content, &other.key_content})
      std::replace(list->begin(), list->end(), asked, o.term);
    Draft p = passage_answer(other, plan, t);
    if (p.confidence < kPassageInstead) continue;
    // ...and only that: a sentence that says both ("lebih cepat, tidak
    // lambat") is no evidence against the word. (The sentence after it,
    // said with it, may turn to something else: "Sebaliknya, ...".)
    bool opposite = false, both = false;
    for (int si : p.sentences) {
      const Terms& in = kb_.sentences[static_cast<size_t>(si)].terms;
      const bool has_opposite = std::find(in.begin(), in.end(), o.term) != in.end();
      opposite = opposite || has_opposite;
      both = both || (has_opposite && std::find(in.begin(), in.end(), asked) != in.end());
    }
    if (!opposite || both) continue;
    // ...at least as well as the claim as asked is said anywhere.
    if (!as_asked) as_asked = passage_answer(u, plan, t);
    if (as_asked->confidence > p.confidence) continue;
    kainjow::mustache::data v;
    v.set("text", sentence_start(p.text));
    d = p;
    d.text = t.renderer.render(lx_.tmpl("no"), v);
    d.intent = "yesno";
    return d;
  }
  return d;
}

Draft Answerer::passage_answer(const Understanding& u, const Plan& plan, Tools& t) const {
  // "adanya di mana?" after "Posbakum itu apa?": a question about the
  // thing the conversation is on, that does not name it, asks about it.
  if (plan.entity >= 0 && u.entities.empty()) {
    const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
    const bool named = std::any_of(e.name_terms.begin(), e.name_terms.end(), [&](const Terms& n) {
      return std::all_of(n.begin(), n.end(), [&](const std::string& term) {
        return std::find(u.query.begin(), u.query.end(), term) != u.query.end();
      });
    });
    if (!named) {
      Understanding with_name = u;
      for (const Token& token : t.tokenizer.tokenize(e.name)) {
        with_name.words.push_back(token.word);
        with_name.terms.push_back(token.term);
        with_name.query.push_back(token.term);
      }
      with_name.entities.push_back(plan.entity);
      return passage_answer(with_name, plan, t);
    }
  }
  Draft d;
  if (u.query.empty()) return d;
  Words words, common;
  std::unordered_set<std::string> q(u.query.begin(), u.query.end());
  // "diawasi pemerintah atau OJK?": of two alternatives, one the article
  // never names is no part of what a passage must hold; the other is.
  for (size_t i = 1; i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
    if (!lx_.choice_markers.count(u.words[i])) continue;
    const std::string &left = u.terms[i - 1], &right = u.terms[i + 1];
    if (!kb_.terms.count(left) && kb_.terms.count(right)) q.erase(left);
    if (!kb_.terms.count(right) && kb_.terms.count(left)) q.erase(right);
  }
  for (size_t i = 0; i < u.words.size(); ++i) {
    // A word the article does not have finds nothing; it must not push out
    // the common words that do.
    if (!q.count(u.terms[i]) || !kb_.terms.count(u.terms[i])) continue;
    // Words in a large share of the article ("kerja", "sama") match nearly
    // every chunk: they cost FTS5 a bm25 score per chunk and rank nothing.
    // They still count when the sentences are scored below.
    auto df = kb_.term_sentences.find(u.terms[i]);
    bool is_common =
        df != kb_.term_sentences.end() && 4 * df->second > static_cast<int>(kb_.sentences.size());
    (is_common ? common : words).push_back(u.words[i]);
  }
  if (words.empty()) words = common;
  std::vector<Hit> hits = bm25_search(kb_, words, lx_.search_limit, t.tokenizer);
  // The main subject's words ("kerja sama internasional") are in the
  // question as its frame, and in half the article: as evidence they count
  // about as much as one ordinary word, or they outvote the word that asks.
  std::unordered_set<std::string> frame;
  if (u.subject && !kb_.docs.empty()) {
    frame.insert(kb_.docs.front().subject_terms.begin(), kb_.docs.front().subject_terms.end());
    // (So are the words of another name it goes by, where the question
    // says that one: "Pak Dirman" for Jenderal Soedirman.)
    for (const Terms& alias : kb_.docs.front().subject_aliases) {
      if (alias.size() >= 2 && find_phrase(u.terms, alias) >= 0)
        frame.insert(alias.begin(), alias.end());
    }
  }
  // "Bunganya lebih murah mana, A atau B?": the quality a choice is made
  // by is the reader's judgment, which the article mostly gives in figures
  // ("3%" against "10%"); what it is judged of, named right before it
  // ("bunga"), and the two things are the evidence, and the quality counts
  // half. (Judged of nothing named, "Mana yang lebih berbahaya, A atau
  // B?", the quality is all that is asked.)
  std::unordered_set<std::string> judged;
  for (size_t i = 2; u.choice && i < u.words.size() && i < u.terms.size(); ++i) {
    if (lx_.comparative_markers.count(u.words[i - 1]) && !lx_.stop_words.count(u.words[i - 2]) &&
        !lx_.question_words.count(u.words[i - 2]))
      judged.insert(u.terms[i]);
  }
  // "di bagian tubuh mana?": the kind a "mana" asks which of is said by
  // its instance ("ke otot lengan atas"), which need not name the kind: it
  // counts half, as a judged quality does.
  if (u.qtype == "where" && !u.words.empty() && u.words.back() == "mana") {
    for (size_t k = u.words.size() - 1; k-- > 0 && k < u.terms.size();) {
      if (lx_.stop_words.count(u.words[k])) break;
      judged.insert(u.terms[k]);
    }
  }
  constexpr double kJudgedQuality = 0.5;
  auto weight = [&](const std::string& term) {
    double w = kb_.weight(term) * (judged.count(term) ? kJudgedQuality : 1.0);
    return frame.count(term) ? w / static_cast<double>(frame.size()) : w;
  };
  double total = 0;
  for (const auto& term : q) total += weight(term);
  const bool number = u.qtype == "number";
  // "setiap tahun": the unit a rate is told per. A figure of that unit
  // ("15 tahun") counts nothing that is asked.
  std::vector<std::string> rate_units;
  for (size_t i = 1; number && i < u.words.size() && i < u.terms.size(); ++i) {
    if (lx_.rate_markers.count(u.words[i - 1])) rate_units.push_back(u.terms[i]);
  }
  // The word that asks for a length of time ("lama" in "berapa lama").
  std::string duration;
  for (size_t i = 0; number && i < u.words.size() && i < u.terms.size(); ++i) {
    if (lx_.duration_words.count(u.words[i]) && q.count(u.terms[i])) duration = u.terms[i];
  }
  auto is_number_word = [&](const std::string& w) {
    return has_digit(w) ||
           std::find(lx_.number_words.begin(), lx_.number_words.end(), w) !=
               lx_.number_words.end() ||
           lx_.quantity_words.count(w) > 0;
  };
  // The measure asked ("harga" in "berapa harga ..."), with its units.
  // Not when the question names the unit itself ("berapa persen"), nor
  // when it counts something ("harga di berapa kota?": the word after
  // "berapa" is what is counted).
  std::string measure, measure_word;
  const std::unordered_set<std::string>* units = nullptr;
  // The units the question asks the figure in ("dalam kilometer
  // persegi"), each by all its names: a figure in one of them is what is
  // asked. (Not a unit said of the figure, "per kilogram", "satu gram".)
  std::unordered_set<std::string> named_units;
  for (size_t i = 1; number && i < u.words.size(); ++i) {
    if (!lx_.units.count(u.words[i]) || lx_.time_words.count(u.words[i])) continue;
    if (u.words[i - 1] != "dalam" && (i < 2 || u.words[i - 2] != "dalam")) continue;
    named_units.insert(u.words[i]);
    if (auto g = lx_.unit_group.find(u.words[i]); g != lx_.unit_group.end())
      named_units.insert(lx_.unit_groups[g->second].begin(), lx_.unit_groups[g->second].end());
  }
  for (size_t i = 0; number && i < u.words.size() && i < u.terms.size(); ++i) {
    const auto m = lx_.measures.find(u.words[i]);
    // (A unit of time, "per bulan", is said of the figure, not asked. Nor
    // is a letter after a name: "SIM C" labels, where "30 C" and "berapa
    // C" are Celsius.)
    const bool label = u.words[i].size() == 1 && i > 0 && !is_number_word(u.words[i - 1]) &&
                       !lx_.fact_question_words.count(u.words[i - 1]);
    if (lx_.units.count(u.words[i]) && !lx_.time_words.count(u.words[i]) && !label) {
      units = nullptr;
      break;
    }
    if (units == nullptr && m != lx_.measures.end() && q.count(u.terms[i])) {
      measure = u.terms[i];
      measure_word = u.words[i];
      units = &m->second;
    }
    if (i > 0 && lx_.fact_question_words.count(u.words[i - 1]) && m == lx_.measures.end() &&
        q.count(u.terms[i]) && !is_number_word(u.words[i])) {
      units = nullptr;
      break;
    }
  }
  // A figure of it: a number with one of its units on either side
  // ("Rp10.000" reads "rupiah 10.000"; "1.100 meter", "2,5 juta hektare").
  auto states_figure_in = [&](const KSentence& s, const std::unordered_set<std::string>* in) {
    for (size_t k = 0; k < s.words.size(); ++k) {
      if (!is_number_word(s.words[k])) continue;
      size_t after = k + 1;
      while (after < s.words.size() && lx_.scale_words.count(s.words[after])) ++after;
      // ("5 km persegi": the unit may take a word after it.)
      if ((after < s.words.size() && in->count(s.words[after])) ||
          (after + 1 < s.words.size() && in->count(s.words[after + 1])) ||
          (k > 0 && in->count(s.words[k - 1])))
        return true;
    }
    return false;
  };
  // (Or a figure right after the measure's own word, in whatever unit:
  // "dengan panjang kunci 56 bit" for "Berapa panjang kunci ...?".)
  auto states_measure = [&](const KSentence& s) {
    if (states_figure_in(s, units)) return true;
    constexpr size_t kNamedFigure = 3;  // words from the measure to its figure
    for (size_t k = 0; k < s.words.size(); ++k) {
      if (s.words[k] != measure_word) continue;
      for (size_t j = k + 1; j < s.words.size() && j <= k + kNamedFigure; ++j) {
        // (A figure in digits, not a year, which dates the measure, nor
        // one in a unit of another measure, "selama 20 tahun", which says
        // something else of it.)
        if (!is_number_word(s.words[j]) || !has_digit(s.words[j]) || has_year(s.words[j])) continue;
        const bool other_unit = j + 1 < s.words.size() && (lx_.units.count(s.words[j + 1]) ||
                                                           lx_.time_words.count(s.words[j + 1]));
        if (!other_unit) return true;
      }
    }
    return false;
  };
  // (A date, "20 April", is a time but no length of it.)
  auto states_length = [&](const KSentence& s) {
    for (size_t k = 0; k + 1 < s.words.size(); ++k) {
      if (is_number_word(s.words[k]) && lx_.time_words.count(s.words[k + 1]) &&
          !lx_.month_words.count(s.words[k + 1]))
        return true;
    }
    return false;
  };
  // "Tarifnya ...", "Kelebihannya, ...": a paragraph sentence that opens
  // with a word carrying "-nya", which points back at what came before.
  auto opens_with_possessive = [](const KSentence& sent) {
    const std::string& first = sent.words.empty() ? std::string() : sent.words.front();
    return sent.item < 0 && has_nya(first);
  };
  // (The other party to what is asked says nothing of which sentence is
  // about the question.)
  const bool partner = named_as_partner(u, plan.entity);
  // An entity that is the subject by another name ("PGK" for "Penyakit
  // Ginjal Kronis", which the opening says the subject is called) is what
  // the whole article is about.
  const bool entity_is_subject = plan.entity >= 0 && names_the_subject(plan.entity);
  auto about_entity = [&](const KSentence& sent) {
    if (entity_is_subject) return true;
    const KEntity& e = kb_.entities[static_cast<size_t>(plan.entity)];
    // An item is about what the lead of its list names ("kadar
    // hemoglobinnya:" over "kurang dari 12 g/dL ...").
    const Terms* lead =
        sent.item >= 0 ? &kb_.blocks[static_cast<size_t>(sent.block)].lead_terms : nullptr;
    const int section = kb_.blocks[static_cast<size_t>(sent.block)].section;
    // So is all under a heading that names it ("### 1. LPDP").
    const Terms& heading = kb_.sections[static_cast<size_t>(section)].heading_terms;
    // The sentence before it in its paragraph, where it opens with a word
    // that is no stop word.
    const size_t at = static_cast<size_t>(&sent - kb_.sentences.data());
    const KSentence* previous =
        at > 0 && at < kb_.sentences.size() && kb_.sentences[at - 1].block == sent.block &&
                !sent.terms.empty() && !lx_.stop_words.count(sent.words.front())
            ? &kb_.sentences[at - 1]
            : nullptr;
    // So is a sentence that opens by pointing back at what the one before
    // it names ("... adalah KRL Commuter Line. Tarifnya Rp3.000 ...",
    // "... bernama Sarekat Dagang Islam (SDI). Perkumpulan ini didirikan
    // ...").
    const KSentence* before =
        opens_with_possessive(sent) || opens_with_back_reference(sent) ? previous : nullptr;
    // So is one that opens by repeating the head of a phrase the one before
    // it says of the name ("... frekuensi BAB setiap orang berbeda-beda.
    // Frekuensi yang dianggap normal ...").
    auto heads_name = [&](const Terms& name) {
      for (int k = find_phrase(previous->terms, name); k > 0;
           k = find_phrase_from(previous->terms, name, k + 1)) {
        if (previous->terms[static_cast<size_t>(k) - 1] == sent.terms.front()) return true;
      }
      return false;
    };
    for (const Terms& name : e.name_terms) {
      if (find_phrase(sent.terms, name) >= 0) return true;
      if (lead != nullptr && find_phrase(*lead, name) >= 0) return true;
      if (find_phrase(heading, name) >= 0) return true;
      if (before != nullptr && find_phrase(before->terms, name) >= 0) return true;
      if (previous != nullptr && heads_name(name)) return true;
    }
    return e.scoped() && kb_.within(section, e.section);
  };
  // The topics asked about, and the words that name them ("kelebihan",
  // "manfaat").
  std::vector<const TopicDef*> asked_topics;
  std::unordered_set<std::string> topical, topical_words;
  for (const std::string& id : u.topics) {
    if (const TopicDef* td = lx_.topic(id)) {
      asked_topics.push_back(td);
      for (const Words& p : td->synonyms) {
        if (p.size() == 1) topical.insert(p.front());
      }
      for (const Words& p : td->synonym_words) {
        if (p.size() == 1) topical_words.insert(p.front());
      }
    }
  }
  auto points_back = [&](const KSentence& sent) {
    return opens_with_possessive(sent) && lx_.topic_terms.count(sent.terms[0]) > 0;
  };
  // "Ia adalah seorang maharesi yang mengungsi ...": a sentence that opens
  // with a personal pronoun is about whom the sentence before it names.
  auto opens_with_pronoun = [&](const KSentence& sent) {
    return sent.item < 0 && !sent.words.empty() && lx_.pronouns.count(sent.words.front()) > 0;
  };
  // "boleh" in the question ("Boleh pakai lift?"): any word that says what
  // may or must be done. (Not where it frames asking what, after a
  // question word: "Apa yang harus dilakukan?")
  auto frames_what = [&](size_t i) {
    return i >= 2 && lx_.stop_words.count(u.words[i - 1]) &&
           std::any_of(u.words.begin(), u.words.begin() + static_cast<long>(i) - 1,
                       [&](const std::string& w) { return lx_.question_words.count(w) > 0; });
  };
  std::unordered_set<std::string> deontic;
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    if (!frames_what(i) &&
        std::any_of(lx_.deontic_phrases.begin(), lx_.deontic_phrases.end(),
                    [&](const Words& p) { return p.size() == 1 && p.front() == u.words[i]; }))
      deontic.insert(u.terms[i]);
  }
  // The question's own limit words, by the directions they set: a
  // minimum asked is no maximum given.
  std::unordered_map<std::string, std::vector<size_t>> limits;
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    for (size_t dir = 0; dir < lx_.limit_phrases.size(); ++dir) {
      const auto& phrases = lx_.limit_phrases[dir];
      if (std::any_of(phrases.begin(), phrases.end(),
                      [&](const Words& p) { return p.size() == 1 && p.front() == u.words[i]; }))
        limits[u.terms[i]].push_back(dir);
    }
  }
  // Whether `said` sets a limit in a direction of `term` (any, for none).
  auto says_limit = [&](const Words& said, const std::string& term = {}) {
    for (size_t dir = 0; dir < lx_.limit_phrases.size(); ++dir) {
      auto it = limits.find(term);
      if (it != limits.end() &&
          std::find(it->second.begin(), it->second.end(), dir) == it->second.end())
        continue;
      const auto& phrases = lx_.limit_phrases[dir];
      if (holds_any(said, phrases)) return true;
      // (The end of a range sets an upper limit as "paling banyak" does:
      // "di atas Rp100 juta sampai Rp500 juta", read "sampai rupiah 500".)
      constexpr size_t kUpper = 0;  // Lexicon::limit_phrases: upper, lower
      for (size_t k = 0; dir == kUpper && k + 1 < said.size(); ++k) {
        if (!lx_.range_ends.count(said[k])) continue;
        const size_t figure = k + 2 < said.size() && lx_.units.count(said[k + 1]) ? k + 2 : k + 1;
        if (is_number_word(said[figure])) return true;
      }
    }
    return false;
  };
  // ... or, for a minimum asked, where an item of a list sets a figure as
  // a requirement by the list's heading or lead ("Syarat Usia" over "21
  // tahun untuk SIM B II"): what is required is the least allowed. (Not
  // an item that sets a limit of its own, "usia maksimal 65 tahun"; nor a
  // paragraph under the heading, which may say anything of it.)
  constexpr size_t kLower = 1;  // Lexicon::limit_phrases: upper, lower
  auto says_limit_at = [&](int si, const std::string& term) {
    const KSentence& sent = kb_.sentences[static_cast<size_t>(si)];
    if (says_limit(sent.words, term)) return true;
    auto it = limits.find(term);
    if (sent.item < 0 || it == limits.end() || says_limit(sent.words) ||
        std::find(it->second.begin(), it->second.end(), kLower) == it->second.end())
      return false;
    const KBlock& b = kb_.blocks[static_cast<size_t>(sent.block)];
    const Terms& heading = kb_.sections[static_cast<size_t>(b.section)].heading_terms;
    auto requires = [&](const Terms& terms) {
      return std::any_of(terms.begin(), terms.end(),
                         [&](const std::string& x) { return lx_.requirement_terms.count(x) > 0; });
    };
    return requires(heading) || requires(b.lead_terms);
  };
  int best = -1, second = -1;
  double best_score = 0, second_score = 0;
  bool best_cued = false;   // the best holds a cue word of a topic asked
  bool best_opens = false;  // the best opens with the name asked about
  const std::unordered_set<std::string> asked_terms(u.query.begin(), u.query.end());
  std::unordered_set<std::string> entity_terms;  // the words that name the entity asked
  if (plan.entity >= 0) {
    for (const Terms& n : kb_.entities[static_cast<size_t>(plan.entity)].name_terms)
      entity_terms.insert(n.begin(), n.end());
  }
  // A list its heading or lead names as steps of what is asked ("Cara
  // Menjaga Pernapasan", "Langkah-langkahnya:"): a "bagaimana cara"
  // question wants one of its items, or the paragraph right before it,
  // which is answered with it.
  auto names = [&](const Terms& terms, const auto& set) {
    return std::any_of(terms.begin(), terms.end(),
                       [&](const std::string& x) { return set.count(x) > 0; });
  };
  auto steps_of_asked = [&](const KBlock& list) {
    const Terms& heading = kb_.sections[static_cast<size_t>(list.section)].heading_terms;
    return (names(heading, lx_.step_terms) || names(list.lead_terms, lx_.step_terms)) &&
           (names(heading, asked_terms) || names(list.lead_terms, asked_terms));
  };
  auto steps_follow = [&](int block) {
    const size_t next = static_cast<size_t>(block) + 1;
    return next < kb_.blocks.size() && kb_.blocks[next].list &&
           kb_.blocks[next].section == kb_.blocks[static_cast<size_t>(block)].section &&
           steps_of_asked(kb_.blocks[next]);
  };
  // "Apa yang terjadi pada tahun 1985?": a number the question gives, and
  // the article has, is where the answer is; a sentence without it answers
  // of another time or thing, however many other words it shares.
  // Only a year, which dates what is asked: a value ("5 miliar") may be
  // the reader's guess at the one the article gives. (Nor a year a claim
  // gives, which may be the wrong one.)
  std::vector<std::string> asked_numbers;
  for (const std::string& term : q) {
    if (u.qtype != "yesno" && u.qtype != "classification" && term.size() == 4 && has_year(term) &&
        kb_.term_sentences.count(term))
      asked_numbers.push_back(term);
  }
  // (In the sentence, its list's lead, or the next sentence of its
  // paragraph, which goes on with it: "... mencapai 221 juta. Angka ini
  // naik dari 215 juta pada 2023.")
  auto dated_as_asked = [&](int si) {
    const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
    const KBlock& b = kb_.blocks[static_cast<size_t>(s.block)];
    auto in = [&](const Terms& terms) {
      return std::any_of(asked_numbers.begin(), asked_numbers.end(), [&](const std::string& n) {
        return std::find(terms.begin(), terms.end(), n) != terms.end();
      });
    };
    if (in(s.terms) || in(b.lead_terms)) return true;
    const size_t next = static_cast<size_t>(si) + 1;
    return next < kb_.sentences.size() && kb_.sentences[next].block == s.block &&
           kb_.sentences[next].item == s.item && in(kb_.sentences[next].terms);
  };
  std::unordered_set<int> asked_lists;  // lists with an item the question names
  for (size_t si = 0; si < item_words_.size(); ++si) {
    if (!item_words_[si].empty() && q.count(item_words_[si]))
      asked_lists.insert(kb_.sentences[si].block);
  }
  auto of_sibling = [&](int si) {
    const std::string& word = item_words_[static_cast<size_t>(si)];
    const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
    if (word.empty() || q.count(word) || !asked_lists.count(s.block)) return false;
    // (Unless it names the kind asked too: "lebih pahit dari robusta".)
    for (int other : kb_.blocks[static_cast<size_t>(s.block)].sentences) {
      const std::string& asked = item_words_[static_cast<size_t>(other)];
      if (!asked.empty() && q.count(asked) &&
          std::find(s.terms.begin(), s.terms.end(), asked) != s.terms.end())
        return false;
    }
    return true;
  };
  const bool year_asked =
      u.qtype == "when" && std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
        return lx_.year_words.count(w) > 0;
      });
  // Whether a heading above `section`, below the article's title (which
  // names every part), has `term`.
  auto headed_above = [&](int section, const std::string& term) {
    for (int p = kb_.sections[static_cast<size_t>(section)].parent; p >= 0;
         p = kb_.sections[static_cast<size_t>(p)].parent) {
      const KSection& up = kb_.sections[static_cast<size_t>(p)];
      if (up.level >= 2 && std::find(up.heading_terms.begin(), up.heading_terms.end(), term) !=
                               up.heading_terms.end())
        return true;
    }
    return false;
  };
  // "Perjanjian Giyanti dan Perjanjian Salatiga": a heading of two things
  // frames a sentence that names one of them as about that one only.
  auto names_other_half = [&](const KSection& sec, const std::string& term, const KSentence& s) {
    const auto dan = std::find(sec.heading_words.begin(), sec.heading_words.end(), "dan");
    if (dan == sec.heading_words.end()) return false;
    const size_t cut = static_cast<size_t>(dan - sec.heading_words.begin());
    if (cut >= sec.heading_terms.size()) return false;
    const Terms left(sec.heading_terms.begin(), sec.heading_terms.begin() + static_cast<long>(cut));
    const Terms right(sec.heading_terms.begin() + static_cast<long>(cut) + 1,
                      sec.heading_terms.end());
    auto in = [](const Terms& v, const std::string& x) {
      return std::find(v.begin(), v.end(), x) != v.end();
    };
    const bool in_left = in(left, term), in_right = in(right, term);
    if (in_left == in_right) return false;
    const Terms& other = in_left ? right : left;
    const Terms& own = in_left ? left : right;
    return std::any_of(other.begin(), other.end(),
                       [&](const std::string& x) { return !in(own, x) && in(s.terms, x); });
  };
  // The unit of time a "kapan" question asks in ("tanggal" of "tanggal
  // berapa"): a time word right before its question word. (A year asked
  // is judged by the year the sentence gives, year_asked above.)
  std::string time_unit_asked;
  for (size_t i = 0; u.qtype == "when" && i + 1 < u.words.size(); ++i) {
    if (lx_.time_words.count(u.words[i]) && !lx_.year_words.count(u.words[i]) &&
        lx_.fact_question_words.count(u.words[i + 1]))
      time_unit_asked = u.words[i];
  }
  const double time_unit_weight =
      time_unit_asked.empty() ? 0.0 : kb_.weight(t.tokenizer.stem(time_unit_asked));
  // The one-word cues of the topics asked, near ones too ("misalnya",
  // "seperti"), and what a question's word weighs on average.
  std::unordered_set<std::string> asked_cues;
  for (const TopicDef* td : asked_topics) {
    asked_cues.insert(td->near_cues.begin(), td->near_cues.end());
    for (const Words& c : td->cues) {
      if (c.size() == 1) asked_cues.insert(c.front());
    }
  }
  const double mean_weight = q.empty() ? 0.0 : total / static_cast<double>(q.size());
  auto tells_time = [&](const KSentence& x) {
    return std::any_of(x.words.begin(), x.words.end(), [&](const std::string& w) {
      return lx_.time_words.count(w) > 0 || lx_.condition_markers.count(w) > 0;
    });
  };
  // "dari mana", "berasal dari": where from, an origin, which no "di"
  // gives.
  const bool asks_place =
      u.qtype == "where" && std::none_of(u.words.begin(), u.words.end(), [](const std::string& w) {
        return w == "dari" || w == "darimana";
      });
  // Whether `s` is a table's row with a column headed by one of `headers`
  // ("Tanggal: 22 Desember 2018", "Lokasi: Purwakarta").
  auto column_of = [&](const KSentence& s, const std::unordered_set<std::string>& headers) {
    for (const TableCell& cell : table_cells(s, lx_.stop_words)) {
      const size_t header_end = s.text.find(':', cell.begin);
      if (header_end == std::string::npos) continue;
      if (headers.count(fold(s.text.substr(cell.begin, header_end - cell.begin)))) return true;
    }
    return false;
  };
  // A place: after "di" ("terletak di Sleman"), or in a table's column
  // of places.
  auto states_place = [&](const KSentence& s) {
    if (column_of(s, lx_.place_words)) return true;
    for (size_t k = 0; k + 1 < s.words.size(); ++k) {
      if (s.words[k] == "di" && !lx_.stop_words.count(s.words[k + 1]) &&
          !lx_.question_words.count(s.words[k + 1]))
        return true;
    }
    return false;
  };
  std::vector<std::string> place_terms;
  for (size_t i = 0; asks_place && i < u.words.size() && i < u.terms.size(); ++i) {
    if (lx_.place_words.count(u.words[i]) && q.count(u.terms[i])) place_terms.push_back(u.terms[i]);
  }
  // "Kapan X mulai berlaku?" asks when it starts: a time told after a word
  // that starts it ("sejak 1 Januari 2024") is that very time.
  const bool asks_start =
      u.qtype == "when" && std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
        return lx_.start_markers.count(w) > 0;
      });
  auto tells_start = [&](const KSentence& x) {
    for (size_t k = 0; k + 1 < x.words.size(); ++k) {
      if (lx_.start_markers.count(x.words[k]) &&
          (has_digit(x.words[k + 1]) || lx_.month_words.count(x.words[k + 1]) ||
           lx_.time_words.count(x.words[k + 1])))
        return true;
    }
    return false;
  };
  // A paragraph sentence with no time of its own, after one of its
  // paragraph that gives a date: that date is when it happened.
  // (Or a few sentences before, none of them dated: a narrative goes on
  // in the time its paragraph set, "Dalam sidang ... pada 1 Juni 1945,
  // Soekarno ... Menurutnya, ... Trisila pun ... menjadi Ekasila ...".)
  constexpr int kDatedReach = 3;  // sentences back
  auto dating_sentence = [&](int si) {
    const KSentence& x = kb_.sentences[static_cast<size_t>(si)];
    if (si <= 0 || x.item >= 0 || has_year(x.text) || tells_time(x)) return -1;
    for (int at = si - 1; at >= 0 && at >= si - kDatedReach; --at) {
      const KSentence& before = kb_.sentences[static_cast<size_t>(at)];
      if (before.block != x.block || before.item >= 0) return -1;
      if (has_year(before.text)) return at;
      if (tells_time(before)) return -1;
    }
    return -1;
  };
  auto dated_by_previous = [&](int si) { return dating_sentence(si) >= 0; };
  // (Each sentence once: a wider search finds the first one's chunks
  // again, and a sentence ranked twice would stand second to itself.)
  std::unordered_set<int> seen;
  auto rank = [&](const std::vector<Hit>& found) {
    for (const Hit& h : found) {
      auto it = kb_.block_of_chunk.find(h.chunk_id);
      if (it == kb_.block_of_chunk.end()) continue;
      const KBlock& b = kb_.blocks[static_cast<size_t>(it->second)];
      const KSection& sec = kb_.sections[static_cast<size_t>(b.section)];
      for (int si : b.sentences) {
        const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
        if (guides_[static_cast<size_t>(si)] || !seen.insert(si).second) continue;
        // "Tahun berapa ...?", "Sejak tahun berapa ...?": a year is asked,
        // which "ketika" alone does not give.
        // (Or the sentence right after it in its paragraph gives it: "Tahun
        // berdirinya masih diperdebatkan. Banyak buku mencantumkan 1478 ...")
        const size_t after = static_cast<size_t>(si) + 1;
        const KSentence* next = after < kb_.sentences.size() &&
                                        kb_.sentences[after].block == s.block &&
                                        kb_.sentences[after].item == s.item
                                    ? &kb_.sentences[after]
                                    : nullptr;
        const bool year_next = next != nullptr && has_year(next->text);
        if (year_asked && !has_year(s.text) && !year_next) continue;
        // (A time word in the sentence, or in the next one of its paragraph
        // that goes on from it: "VAR diberikan sebanyak 4 dosis: 2 dosis
        // pada hari ke-0, ...".)
        const bool time_next =
            next != nullptr && !s.text.empty() && s.text.back() == ':' && tells_time(*next);
        // (Or the sentence before it in its paragraph dates what it tells:
        // "Pengakuan dunia datang pada 24 November 2011. Dalam sidang ...,
        // UNESCO menetapkan ...".)
        const bool dated_before = u.qtype == "when" && dated_by_previous(si);
        if (u.qtype == "when" && !has_year(s.text) && !year_next && !time_next && !tells_time(s) &&
            !dated_before)
          continue;
        if (!asked_numbers.empty() && !dated_as_asked(si)) continue;
        // Sentences are short: a linear scan beats building a set per sentence.
        double score = 0;
        // A stop word in the sentence is not the question's word that stems
        // the same ("lebih dulu" is not "kelebihan").
        auto holds = [&](const std::string& term) {
          if (limits.count(term)) return says_limit_at(si, term);
          if (deontic.count(term))
            return holds_any(s.words, lx_.deontic_phrases) || (number && says_limit(s.words));
          for (size_t k = 0; k < s.terms.size(); ++k) {
            if (s.terms[k] == term && (k >= s.words.size() || !lx_.stop_words.count(s.words[k])))
              return true;
          }
          return false;
        };
        // "Kelebihannya, ..." after a sentence about a thing: a sentence
        // that opens with a topic's word pointing back by "-nya" tells that
        // topic of what its paragraph names before it ("Kekurangannya, ..."
        // after it, of the same thing; "Misalnya, ..." two sentences after
        // "Cost-push inflation disebabkan oleh ...").
        const bool opens_pointing_back = points_back(s);
        const bool opens_with_person = opens_with_pronoun(s);
        const bool opens_pointing_at = s.item < 0 && opens_with_back_reference(s);
        auto said_before = [&](const std::string& term) {
          if (opens_pointing_at && frame.count(term) && si > 0 &&
              kb_.sentences[static_cast<size_t>(si) - 1].block == s.block) {
            const Terms& terms = kb_.sentences[static_cast<size_t>(si) - 1].terms;
            if (std::find(terms.begin(), terms.end(), term) != terms.end()) return true;
          }
          if (!opens_pointing_back && !opens_with_person) return false;
          // (A pronoun points at the sentence right before it, or past it
          // where that one points back too: "... adalah seorang wartawan.
          // Nama lahirnya adalah .... Ia lahir di ...".)
          int stop = opens_with_person && !opens_pointing_back ? si - 1 : 0;
          auto whose = [&](const KSentence& before) {  // "Nama lahirnya ...", "Ia ..."
            constexpr size_t kOpening = 2;             // words
            for (size_t k = 0; k < before.words.size() && k < kOpening; ++k) {
              if (has_nya(before.words[k])) return true;
            }
            return opens_with_pronoun(before);
          };
          while (stop > 0 && kb_.sentences[static_cast<size_t>(stop)].block == s.block &&
                 whose(kb_.sentences[static_cast<size_t>(stop)]))
            --stop;
          for (int at = si - 1;
               at >= stop && kb_.sentences[static_cast<size_t>(at)].block == s.block; --at) {
            const Terms& terms = kb_.sentences[static_cast<size_t>(at)].terms;
            if (std::find(terms.begin(), terms.end(), term) != terms.end()) return true;
          }
          return false;
        };
        for (const auto& term : q) {
          if (holds(term))
            score += weight(term);
          else if (said_before(term))
            // Opened by the very topic asked, it says all the question asks.
            score += (topical.count(s.terms[0]) ? 1 : kLeadShare) * weight(term);
          else if (s.item >= 0 &&
                   std::find(b.lead_terms.begin(), b.lead_terms.end(), term) != b.lead_terms.end())
            score += kLeadShare * weight(term);  // said of the item it hangs from
          else if (std::find(sec.heading_terms.begin(), sec.heading_terms.end(), term) !=
                       sec.heading_terms.end() &&
                   !names_other_half(sec, term, s))
            // Under the heading that names the entity asked about, all is
            // said of it ("### 1. LPDP" over "Usia maksimal 35 tahun").
            score += (entity_terms.count(term) ? 1.0 : 0.5) * weight(term);
          else if (headed_above(b.section, term))
            // So is what a part's parent heading says ("Dampak Kecanduan
            // Gawai" over "### Dampak Sosial"), as framing.
            score += 0.5 * weight(term);
        }
        if (number) {
          // "Berapa negara ...": a number that counts one of the asked-about
          // things. "Berapa lama ...": a number of time units is the length
          // asked, in place of the word that asks it.
          // (Only in a sentence about what is asked: "15–20 orang" of
          // another group counts no "orang" of the one named.)
          const bool about_asked =
              u.key_content.empty() ||
              std::any_of(u.key_content.begin(), u.key_content.end(), [&](const std::string& x) {
                return holds(x) ||
                       std::find(b.lead_terms.begin(), b.lead_terms.end(), x) !=
                           b.lead_terms.end() ||
                       std::find(sec.heading_terms.begin(), sec.heading_terms.end(), x) !=
                           sec.heading_terms.end();
              });
          bool any = false;
          // (Each asked unit once: "3 tahun ... dan 4 tahun" says no more
          // of what is asked than "5 tahun".)
          std::unordered_set<std::string> counted(rate_units.begin(), rate_units.end());
          for (size_t k = 0; k < s.words.size(); ++k) {
            // (A name with a digit the question itself says, "5G", is no
            // figure; the reader's own values, "Rp10 juta", may frame it.)
            if (!is_number_word(s.words[k]) ||
                (k < s.terms.size() && q.count(s.terms[k]) &&
                 std::any_of(s.words[k].begin(), s.words[k].end(),
                             [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })))
              continue;
            any = true;
            // (A year counts nothing: "2023: gerhana ...". Nor does the
            // number of a law dated by its year: "UU Nomor 10 Tahun 1995".)
            const bool dated = k + 2 < s.words.size() && has_year(s.words[k + 2]);
            if (about_asked && k + 1 < s.terms.size() && q.count(s.terms[k + 1]) &&
                !has_year(s.words[k]) && !dated && counted.insert(s.terms[k + 1]).second)
              score += kb_.weight(s.terms[k + 1]);
          }
          if (!any) continue;
          if (!duration.empty() && !holds(duration) && states_length(s)) score += weight(duration);
          // (Where the sentence names the measure, a figure of it is still
          // what is asked: "Modal awal ... Rp10.000" over "Modal
          // terjangkau: ... satu gram".)
          if (units != nullptr && states_measure(s))
            score += (holds(measure) ? kLeadShare : 1.0) * weight(measure);
        }
        // "Kelebihan: lebih efisien ..." under "Tumbuhan C4, yaitu ...": an
        // item headed by the topic asked about is the answer for its lead.
        if (s.item >= 0 && !s.terms.empty() && topical.count(s.terms.front()) &&
            std::find(b.lead_terms.begin(), b.lead_terms.end(), s.terms.front()) ==
                b.lead_terms.end())
          score += weight(s.terms.front());
        // A "siapa" question wants an agent: Indonesian names it after a
        // marker ("dilakukan oleh seluruh negara").
        if (u.qtype == "who") {
          for (const auto& w : s.words) {
            if (lx_.agent_markers.count(w)) {
              score += 1;
              break;
            }
          }
        }
        // A "kenapa" question wants a reason: Indonesian marks one with a
        // connective ("karena", "sehingga", "akibat"), and tells what it
        // explains on one side of it: before "karena", after "sehingga".
        // A sentence where what is asked stands only on the other side
        // gives it as the reason of something else ("robekan ... karena
        // feses yang keras" explains no hard stool).
        if (u.qtype == "reason" && gives_reason({si}) && explains_asked(s, u.key_content))
          score += 1;
        if (asks_start && tells_start(s)) score += 1;
        // A "di mana" question wants a place: Indonesian puts one after "di"
        // ("misalnya di jari, siku, atau daun telinga").
        // (The question's own noun for a place, "lokasi" in "di mana
        // lokasinya?", is what that place gives: it counts as held.)
        if (asks_place && states_place(s)) {
          score += 1;
          for (const std::string& term : place_terms) {
            if (!holds(term)) score += weight(term);
          }
        }
        // "Contoh alat pelindung ...?": a topic's cue right after the thing
        // asked ("Alat Pelindung Diri (APD) seperti masker dan sarung
        // tangan") says that topic of that very thing, as the topic's own
        // word would: it counts as one more word of the question. (Even a
        // cue that elsewhere mostly compares, "seperti", does so here.)
        if (!asked_cues.empty() && !q.empty()) {
          constexpr size_t kCueReach = 3;  // words between the thing and its cue
          bool beside = false;
          for (size_t k = 1; k < s.terms.size() && !beside; ++k) {
            const bool cue = asked_cues.count(s.terms[k]) > 0;
            // (In one clause: "... dari sumbernya ke udara. Contohnya ..."
            // gives examples of what the item is about, not of "sumber".)
            for (size_t j = k > kCueReach ? k - kCueReach : 0; cue && j < k && !beside; ++j)
              beside = std::find(u.key_content.begin(), u.key_content.end(), s.terms[j]) !=
                           u.key_content.end() &&
                       k < s.begins.size() &&
                       s.text.find_first_of(".;", s.begins[j]) >= s.begins[k];
          }
          if (beside) score += mean_weight;
        }
        // "Tanggal berapa ...?", "Jam berapa ...?": the unit of time asked
        // for, written beside a figure ("paling lambat tanggal 10"), is the
        // very time asked, where another figure only dates something else:
        // it counts as the word it is.
        if (!time_unit_asked.empty()) {
          for (size_t k = 0; k + 1 < s.words.size(); ++k) {
            if ((s.words[k] == time_unit_asked && is_number_word(s.words[k + 1])) ||
                (s.words[k + 1] == time_unit_asked && is_number_word(s.words[k]))) {
              score += time_unit_weight;
              break;
            }
          }
        }
        // A "kapan" question, a table's row whose column tells the time
        // ("Tanggal: 22 Desember 2018"): the date as the article lists it.
        if (u.qtype == "when" && column_of(s, lx_.time_words)) score += 1;
        // On otherwise equal evidence, the sentence that says the topic
        // asked in its own cue word ("misalnya" for examples) says it (a
        // tie-break only: it is no evidence of how much is covered).
        // So does, for a "bagaimana cara" question, a step (steps_of_asked,
        // steps_follow above).
        // (A reader's own word for the topic counts too, where the
        // sentence writes it: "Ada beberapa jenis vaksin" for "jenis apa".)
        const bool cued =
            std::any_of(asked_topics.begin(), asked_topics.end(),
                        [&](const TopicDef* td) { return cue_match(*td, s.terms) > 0; }) ||
            std::any_of(s.words.begin(), s.words.end(),
                        [&](const std::string& x) { return topical_words.count(x) > 0; }) ||
            (u.qtype == "how" &&
             ((s.item >= 0 && steps_of_asked(b)) || (s.item < 0 && steps_follow(s.block))));
        // So does, asked of a thing the article names, the sentence that
        // opens with its name ("Karbon monoksida (CO): gas ..." over a list
        // that mentions it).
        // (Or with all the question's words in its order: "Bunyi terjadi
        // karena ..." for "Bunyi itu terjadi karena apa?".)
        const Terms& opening = u.key_content.size() >= 2 ? u.key_content : u.query;
        const bool opens_with_asked =
            opening.size() >= 2 && find_phrase(s.terms, opening) == subject_start(s);
        // About an entity, prefer sentences that are about it.
        // (Unless the entity is the other party to what is asked, and the
        // sentence says all else the question names, two words or more.)
        const bool says_rest = partner && u.key_content.size() >= 2 &&
                               std::all_of(u.key_content.begin(), u.key_content.end(), holds);
        if (plan.entity >= 0 && !about_entity(s) && !says_rest) score *= 0.5;
        // Asked of one kind a list names by one word ("Kopi robusta ...?"),
        // another kind's item ("Arabika, yaitu kopi yang tumbuh ...")
        // speaks of another thing, however many other words it shares.
        if (of_sibling(si)) score *= kNotAboutEntity;
        // A time asked, given only by the next sentence: on equal evidence
        // the sentence that gives it itself says it better.
        constexpr double kTimeNext = 0.9;
        if ((year_asked || u.qtype == "when") && !has_year(s.text) &&
            (year_next || time_next || dated_before))
          score *= kTimeNext;
        constexpr double kTie = 1e-6;
        // (The topic's cue first, then the name.)
        const bool tie = score > best_score - kTie;
        if (score > best_score + kTie || (tie && cued && !best_cued) ||
            (tie && cued == best_cued && opens_with_asked && !best_opens)) {
          second = best, second_score = best_score;
          best = si, best_score = score, best_cued = cued, best_opens = opens_with_asked;
        } else if (score > second_score) {
          second = si, second_score = score;
        }
      }
    }
  };
  rank(hits);
  // "lokasi" of "di mana lokasinya?" asks for a place, which a sentence
  // may give without the word ("terletak di Sleman"): the sentences found
  // by the question's other words are ranked too.
  if (!place_terms.empty()) {
    Words others;
    for (const std::string& w : words.size() > 1 ? words : common) {
      if (!lx_.place_words.count(w)) others.push_back(w);
    }
    if (!others.empty()) rank(bm25_search(kb_, others, lx_.search_limit, t.tokenizer));
  }
  // A question for a number or a time keeps only the sentences that state
  // one, and the few chunks its words rank first may hold none of them, or
  // only one that says less of what is asked: "Kapan Puputan Margarana
  // terjadi?", where the subject's words are in every chunk and leave
  // "terjadi" to find the chronology, not the definition that dates it; a
  // long list whose one item gives the figure ranks below a short
  // paragraph that names a year. Such a question ranks every chunk of the
  // article; the sentences it keeps are few.
  constexpr int kWiderSearch = 10;  // about every chunk of one article
  if (number || u.qtype == "when")
    rank(bm25_search(kb_, words, lx_.search_limit * kWiderSearch, t.tokenizer));
  if (best < 0 || total <= 0) return d;
  double coverage = std::min(1.0, best_score / total);
  // The weight of what is asked that sentence `beside` holds and `at` does
  // not: what saying the two together adds.
  auto held_beside = [&](int at, int beside) {
    const Terms& in_at = kb_.sentences[static_cast<size_t>(at)].terms;
    const Terms& in_beside = kb_.sentences[static_cast<size_t>(beside)].terms;
    double held = 0;
    for (const std::string& term : q) {
      if (std::find(in_at.begin(), in_at.end(), term) == in_at.end() &&
          std::find(in_beside.begin(), in_beside.end(), term) != in_beside.end())
        held += weight(term);
    }
    return held;
  };
  // "Setelah akta pendirian dibuat, langkah berikutnya apa?": the step the
  // question names is where the reader is; the answer goes on to the one
  // after it.
  const bool next_asked = kb_.sentences[static_cast<size_t>(best)].item >= 0 &&
                          std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
                            return lx_.next_markers.count(w) > 0;
                          });
  if (next_asked && static_cast<size_t>(best) + 1 < kb_.sentences.size() &&
      kb_.sentences[static_cast<size_t>(best) + 1].block ==
          kb_.sentences[static_cast<size_t>(best)].block) {
    second = best + 1;
    second_score = best_score;
    // (The question names the step it is at and asks of the next: "Setelah
    // Perdes ditetapkan, didaftarkan lewat mana?". What it asks of the
    // next is evidence in the next.)
    coverage = std::min(1.0, (best_score + held_beside(best, second)) / total);
  }
  const KSentence& s = kb_.sentences[static_cast<size_t>(best)];
  std::string text = without_dateline(s);
  d.sentences.push_back(best);
  // A neighbour with nearly the same evidence completes the answer; but not
  // a neighbouring item that lacks the number the question names and this
  // one holds ("kelas 1" is a table's row, "Kelas 2" the next one).
  auto holds_asked_number = [&](int si) {
    const Terms& in = kb_.sentences[static_cast<size_t>(si)].terms;
    return std::any_of(u.terms.begin(), u.terms.end(), [&](const std::string& x) {
      return has_digit(x) && std::find(in.begin(), in.end(), x) != in.end();
    });
  };
  if (second >= 0 && second_score >= 0.75 * best_score && std::abs(second - best) == 1 &&
      kb_.sentences[static_cast<size_t>(second)].block == s.block &&
      (s.item < 0 || next_asked || !holds_asked_number(best) || holds_asked_number(second))) {
    const std::string& other = kb_.sentences[static_cast<size_t>(second)].text;
    text = second < best ? other + " " + text : text + " " + other;
    d.sentences.push_back(second);
    // (Said together, the two cover what either holds: "... masyarakat
    // desa yang sebagian besar bertani. ... dilakukan beramai-ramai karena
    // ...".)
    coverage = std::max(coverage, std::min(1.0, (best_score + held_beside(best, second)) / total));
  }
  // "Berapa suhu dan pH air?": two things asked together that the article
  // gives apart, in two items of one list or two sentences of one
  // paragraph. The chosen one holds one of them; the one in the same block
  // that holds the other (with a figure, where one is asked) is said too.
  if (d.sentences.size() == 1) {
    auto holds = [&](int si, const std::string& term) {
      const Terms& in = kb_.sentences[static_cast<size_t>(si)].terms;
      return std::find(in.begin(), in.end(), term) != in.end();
    };
    for (size_t i = 1; i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
      if (!lx_.coordinators.count(u.words[i]) || lx_.choice_markers.count(u.words[i])) continue;
      const std::string &left = u.terms[i - 1], &right = u.terms[i + 1];
      if (!q.count(left) || !q.count(right) || holds(best, left) == holds(best, right)) continue;
      const std::string& other = holds(best, left) ? right : left;
      const KBlock& block = kb_.blocks[static_cast<size_t>(s.block)];
      for (int si : block.sentences) {
        const KSentence& candidate = kb_.sentences[static_cast<size_t>(si)];
        if (si == best || !holds(si, other) ||
            (number && std::none_of(candidate.terms.begin(), candidate.terms.end(),
                                    [](const std::string& x) { return has_digit(x); })))
          continue;
        text = si < best ? candidate.text + " " + text : text + " " + candidate.text;
        d.sentences.insert(si < best ? d.sentences.begin() : d.sentences.end(), si);
        coverage = std::max(coverage, std::min(1.0, (best_score + held_beside(best, si)) / total));
        break;
      }
      break;
    }
  }
  // "Ia adalah ..." says of whom with the sentence before it; "Pada hari
  // itu, ..." says when with it.
  auto opens_with_time_back = [&](const KSentence& sent) {
    constexpr size_t kOpening = 4;  // words
    for (size_t k = 0; k + 1 < sent.words.size() && k < kOpening; ++k) {
      if (lx_.time_words.count(sent.words[k]) && sent.words[k + 1] == "itu") return true;
    }
    return false;
  };
  if (const int first = *std::min_element(d.sentences.begin(), d.sentences.end());
      first > 0 &&
      (opens_with_pronoun(kb_.sentences[static_cast<size_t>(first)]) ||
       opens_with_time_back(kb_.sentences[static_cast<size_t>(first)]) ||
       ((u.qtype == "when" || year_asked) && dated_by_previous(first))) &&
      kb_.sentences[static_cast<size_t>(first) - 1].block == s.block) {
    // (The sentence that dates it, where that is further back.)
    const int dating = (u.qtype == "when" || year_asked) ? dating_sentence(first) : -1;
    const int before = dating >= 0 ? dating : first - 1;
    text = kb_.sentences[static_cast<size_t>(before)].text + " " + text;
    d.sentences.insert(d.sentences.begin(), before);
  }
  // "Kekurangannya, ..." says whose shortcoming with the sentence it points
  // back to, past any "Kelebihannya, ..." between them.
  int root = best;
  while (root > 0 && points_back(kb_.sentences[static_cast<size_t>(root)]) &&
         kb_.sentences[static_cast<size_t>(root) - 1].block == s.block)
    --root;
  if (d.sentences.size() == 1 && root < best) {
    text = kb_.sentences[static_cast<size_t>(root)].text + " " + text;
    d.sentences.insert(d.sentences.begin(), root);
  } else if (d.sentences.size() == 1 && with_antecedent(&d.sentences)) {
    text = kb_.sentences[static_cast<size_t>(d.sentences.front())].text + " " + text;
  } else if (d.sentences.size() == 1 && s.item < 0 && opens_with_back_reference(s) && s.block > 0 &&
             kb_.blocks[static_cast<size_t>(s.block)].sentences.front() == best) {
    // "Itulah sebabnya ..." after a list: the list is what it points back to.
    const KBlock& list = kb_.blocks[static_cast<size_t>(s.block) - 1];
    if (list.list && list.section == kb_.blocks[static_cast<size_t>(s.block)].section) {
      std::string said = list.lead;
      append_items(s.block - 1, &said, &d.sentences);
      text = said + "\n\n" + text;
    }
  }
  // "TTD kadang menimbulkan mual. Efek ini wajar ...": a next sentence
  // that opens by pointing back at what this one said goes on saying it.
  if (d.sentences.size() == 1 && static_cast<size_t>(best) + 1 < kb_.sentences.size()) {
    const KSentence& next = kb_.sentences[static_cast<size_t>(best) + 1];
    if (next.block == s.block && next.item == s.item && next.words.size() > 2 &&
        lx_.demonstratives.count(next.words[1]) && !lx_.stop_words.count(next.words[0])) {
      text += " " + next.text;
      d.sentences.push_back(best + 1);
    }
  }
  // A number the question gives ("tahun 2023") that the chosen sentence
  // lacks, in the next sentence of the paragraph ("Angka ini naik dari ...
  // pada 2023."): that sentence says the rest.
  {
    const int after = *std::max_element(d.sentences.begin(), d.sentences.end()) + 1;
    if ((number || u.qtype == "when") && static_cast<size_t>(after) < kb_.sentences.size() &&
        kb_.sentences[static_cast<size_t>(after)].block == s.block &&
        kb_.sentences[static_cast<size_t>(after)].item == s.item) {
      const KSentence& next = kb_.sentences[static_cast<size_t>(after)];
      bool completes = false;
      for (const std::string& term : u.query) {
        if (!has_digit(term)) continue;
        bool here = false;
        for (int si : d.sentences) {
          const Terms& in = kb_.sentences[static_cast<size_t>(si)].terms;
          here = here || std::find(in.begin(), in.end(), term) != in.end();
        }
        completes = completes || (!here && std::find(next.terms.begin(), next.terms.end(), term) !=
                                               next.terms.end());
      }
      if (completes) {
        text += " " + next.text;
        d.sentences.push_back(after);
      }
    }
  }
  const int last = *std::max_element(d.sentences.begin(), d.sentences.end());
  if (u.qtype == "reason" && s.item < 0 && !gives_reason(d.sentences) &&
      static_cast<size_t>(last) + 1 < kb_.sentences.size() &&
      kb_.sentences[static_cast<size_t>(last) + 1].block == s.block) {
    // "Kenapa negara tidak bisa berjalan sendiri?": the sentences that say
    // so give no reason; the article's next sentence does. (Or the one
    // after it, where the next only goes on stating the fact: "Bayi ...
    // memiliki 300 tulang. Jumlahnya berkurang karena ...": up to it.)
    constexpr int kReasonReach = 2;
    int upto = last + 1;
    for (int k = last + 1;
         k <= last + kReasonReach && static_cast<size_t>(k) < kb_.sentences.size() &&
         kb_.sentences[static_cast<size_t>(k)].block == s.block;
         ++k) {
      if (gives_reason({k})) {
        upto = k;
        break;
      }
    }
    for (int k = last + 1; k <= upto; ++k) {
      text += " " + kb_.sentences[static_cast<size_t>(k)].text;
      d.sentences.push_back(k);
    }
  }
  constexpr size_t kWholeList = 8;  // items: a longer list is not one answer
  // What the list's lead and heading say, for the words the question asks by.
  auto said_above = [&](const std::string& term) {
    // (The subject's words frame every part of the article.)
    if (!kb_.docs.empty() &&
        std::find(kb_.docs.front().subject_terms.begin(), kb_.docs.front().subject_terms.end(),
                  term) != kb_.docs.front().subject_terms.end())
      return true;
    const KBlock& b = kb_.blocks[static_cast<size_t>(s.block)];
    const Terms& h = kb_.sections[static_cast<size_t>(b.section)].heading_terms;
    return std::find(b.lead_terms.begin(), b.lead_terms.end(), term) != b.lead_terms.end() ||
           std::find(h.begin(), h.end(), term) != h.end();
  };
  // "Penyakit apa saja yang bisa menyerang X?" over "Beberapa gangguan
  // yang sering menyerang X antara lain:": a list whose lead says most of
  // what is asked ("apa saja") is the answer, though an item has a word of
  // the question the lead puts another way. (Not when the question names
  // the item by its own word: "contoh sumber emisi yang alami".)
  auto lead_says_most = [&] {
    double said = 0, all = 0;
    for (const std::string& term : u.key_content) {
      all += kb_.weight(term);
      if (said_above(term)) said += kb_.weight(term);
    }
    constexpr double kLeadSaysMost = 0.5;  // of the weight of what is asked
    return all > 0 && said >= kLeadSaysMost * all;
  };
  auto names_item = [&] {
    const std::string name = item_head(s.text);
    if (name == trim_end(s.text)) return false;  // an item with no name of its own
    const Terms head = t.tokenizer.terms(name);
    return std::any_of(head.begin(), head.end(), [&](const std::string& x) {
      return !said_above(x) &&
             std::find(u.key_content.begin(), u.key_content.end(), x) != u.key_content.end();
    });
  };
  const bool items_only = std::all_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
    const KSentence& x = kb_.sentences[static_cast<size_t>(si)];
    return x.block == s.block && x.item >= 0;
  });
  // ("Bagaimana langkah-langkah X?" asks for the list as "Apa saja" does,
  // when the list is the steps it names.)
  const bool asks_steps =
      u.qtype == "how" && steps_of_asked(kb_.blocks[static_cast<size_t>(s.block)]) &&
      std::any_of(u.content.begin(), u.content.end(),
                  [&](const std::string& x) { return lx_.step_terms.count(x) > 0; });
  // (So does a table of how two things differ, asked how they differ: its
  // rows are the aspects, and one row is one difference of several.)
  const bool compares_table = u.qtype == "comparison" && !table_cells(s, lx_.stop_words).empty();
  // ("Hukum apa yang mengatur X?" asks which of a kind, one or several:
  // where the list's lead and heading say all it asks, "Dasar Hukum X:
  // X diatur oleh peraturan berikut", every item is one, and an item that
  // repeats a word of it in another sense, "badan hukum", is no better.)
  bool asks_which = false;
  for (size_t i = 1; u.qtype.empty() && i < u.words.size(); ++i) {
    asks_which =
        asks_which ||
        (lx_.choice_questions.count(u.words[i]) + (u.words[i] == "apa") > 0 &&
         !lx_.stop_words.count(u.words[i - 1]) && !lx_.question_words.count(u.words[i - 1]));
  }
  if (s.item >= 0 && (u.qtype == "list" || asks_steps || compares_table || asks_which) &&
      items_only && kb_.blocks[static_cast<size_t>(s.block)].sentences.size() <= kWholeList &&
      !kb_.blocks[static_cast<size_t>(s.block)].lead.empty() &&
      (asks_steps || compares_table || !u.key_content.empty()) &&
      (compares_table || std::all_of(u.key_content.begin(), u.key_content.end(), said_above) ||
       ((u.qtype == "list" || asks_steps) && lead_says_most() && !names_item())) &&
      (kb_.nested_list(best) < 0 || !names_item())) {
    // "Apa saja fase-fase X?" under "Fase X" over "Ada tiga fase ...:": the
    // list asks for what its lead and heading name, not one of its items.
    const KBlock& b = kb_.blocks[static_cast<size_t>(s.block)];
    text = b.lead;
    d.sentences.clear();
    append_items(s.block, &text, &d.sentences);
  } else if (s.item >= 0) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(s.block)];
    if (!b.lead.empty()) text = b.lead + " " + text;
    // An item with a list nested under it ("Buka rekening ... Dokumen yang
    // dibutuhkan:" over "- KTP elektronik") says the rest in that list.
    append_nested_list(best, &text, &d.sentences);
    // So does the last item the answer quotes beside it, where it ends by
    // announcing that list ("Klaim ditolak. Penyebabnya antara lain:").
    const int end = *std::max_element(d.sentences.begin(), d.sentences.end());
    if (end != best && kb_.sentences[static_cast<size_t>(end)].item >= 0 &&
        introduces_list(kb_.sentences[static_cast<size_t>(end)].text))
      append_nested_list(end, &text, &d.sentences);
  } else if (introduces_list(s.text) ||
             ((u.qtype == "how" || u.qtype == "list" || u.qtype == "reason") &&
              announces_list(s.block))) {
    // A sentence that introduces a list says nothing without the list; nor
    // does one in a paragraph that ends by announcing steps or items, asked
    // how, why or what ("Agar diakui secara resmi, ... perlu memiliki NIB. ...
    // Berikut langkah-langkahnya:").
    const std::vector<int>& para = kb_.blocks[static_cast<size_t>(s.block)].sentences;
    for (int si : para) {
      if (si <= *std::max_element(d.sentences.begin(), d.sentences.end())) continue;
      text += " " + kb_.sentences[static_cast<size_t>(si)].text;
      d.sentences.push_back(si);
    }
    const size_t next = static_cast<size_t>(s.block) + 1;
    if (next < kb_.blocks.size() && kb_.blocks[next].list &&
        kb_.blocks[next].section == kb_.blocks[static_cast<size_t>(s.block)].section)
      append_items(static_cast<int>(next), &text, &d.sentences);
  } else if (static_cast<size_t>(best) + 1 < kb_.sentences.size()) {
    // "Sebutkan wilayah ...": the sentence that introduces a set, and the
    // enumeration right after it; also when the enumeration holds a word
    // the question asks about ("Apakah Eropa Barat termasuk wilayah ...?").
    const KSentence& next = kb_.sentences[static_cast<size_t>(best) + 1];
    bool same_section = kb_.blocks[static_cast<size_t>(next.block)].section ==
                        kb_.blocks[static_cast<size_t>(s.block)].section;
    bool shares = std::any_of(next.terms.begin(), next.terms.end(),
                              [&](const std::string& x) { return q.count(x) > 0; });
    bool completes = std::any_of(next.terms.begin(), next.terms.end(), [&](const std::string& x) {
      return q.count(x) > 0 && std::find(s.terms.begin(), s.terms.end(), x) == s.terms.end();
    });
    bool wanted = u.qtype == "list" || u.qtype == "number" || completes;
    if (wanted && same_section && next.item < 0 && shares &&
        std::count(next.text.begin(), next.text.end(), ',') >= 2 &&
        std::find(d.sentences.begin(), d.sentences.end(), best + 1) == d.sentences.end()) {
      text += " " + next.text;
      d.sentences.push_back(best + 1);
    }
  }
  // "Wayang diakui dunia. UNESCO menetapkan wayang ... pada 2003.": a
  // date or figure is often given in the sentence after the one that says
  // what it is of. Where the paragraph's sentence before says a word asked
  // that the sentence with it lacks, the two are the answer; so too for a
  // claim checked against them ("Apakah wayang sudah diakui UNESCO?").
  const int first = *std::min_element(d.sentences.begin(), d.sentences.end());
  if ((number || u.qtype == "when" || u.qtype == "yesno") && s.item < 0 && first > 0 &&
      kb_.sentences[static_cast<size_t>(first) - 1].block == s.block &&
      std::all_of(
          d.sentences.begin(), d.sentences.end(),
          [&](int si) { return kb_.sentences[static_cast<size_t>(si)].block == s.block; }) &&
      std::any_of(u.key_content.begin(), u.key_content.end(), [&](const std::string& x) {
        const Terms& said = kb_.sentences[static_cast<size_t>(first) - 1].terms;
        return sentence_share(d.sentences, {x}) == 0 &&
               std::find(said.begin(), said.end(), x) != said.end();
      })) {
    text = kb_.sentences[static_cast<size_t>(first) - 1].text + " " + text;
    d.sentences.insert(d.sentences.begin(), first - 1);
  }
  // "Kenapa ... sempat meredup?" answered by "Akibatnya, popularitas ...
  // sempat meredup.": a sentence that opens by saying it follows from the
  // one before has its reason there, which goes first.
  // (So again where that one follows from its own: "Karena itulah ...".)
  constexpr int kReasonsBack = 2;
  for (int back = 0; u.qtype == "reason" && back < kReasonsBack; ++back) {
    const int opening = *std::min_element(d.sentences.begin(), d.sentences.end());
    const KSentence& o = kb_.sentences[static_cast<size_t>(opening)];
    if (!follows_from_before(o) || o.item >= 0 || opening == 0 ||
        kb_.sentences[static_cast<size_t>(opening) - 1].block != o.block)
      break;
    text = kb_.sentences[static_cast<size_t>(opening) - 1].text + " " + text;
    d.sentences.insert(d.sentences.begin(), opening - 1);
  }
  // An answer whose last sentence announces a list ("Langkah-langkahnya
  // sebagai berikut:") ends with that list, however the sentence came in.
  auto end_with_list = [&] {
    const int last_said = *std::max_element(d.sentences.begin(), d.sentences.end());
    const KSentence& ending = kb_.sentences[static_cast<size_t>(last_said)];
    const size_t next = static_cast<size_t>(ending.block) + 1;
    if (ending.item < 0 && introduces_list(ending.text) &&
        kb_.blocks[static_cast<size_t>(ending.block)].sentences.back() == last_said &&
        next < kb_.blocks.size() && kb_.blocks[next].list &&
        kb_.blocks[next].section == kb_.blocks[static_cast<size_t>(ending.block)].section &&
        std::none_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
          return kb_.sentences[static_cast<size_t>(si)].block == static_cast<int>(next);
        }))
      append_items(static_cast<int>(next), &text, &d.sentences);
  };
  end_with_list();
  data v;
  v.set("text", text);
  d.text = t.renderer.render(lx_.tmpl("passage"), v);
  d.intent = "passage";
  d.entity = plan.entity;
  // A passage that brings a whole list says its items, so that "yang
  // pertama" after it names one.
  {
    std::unordered_map<int, size_t> per_block;
    for (int si : d.sentences) {
      const KSentence& x = kb_.sentences[static_cast<size_t>(si)];
      if (x.item >= 0) ++per_block[x.block];
    }
    for (const auto& [block, n] : per_block) {
      const KBlock& b = kb_.blocks[static_cast<size_t>(block)];
      if (n < 2 || n != b.sentences.size() || !d.items.empty()) continue;
      for (int si : b.sentences)
        d.items.push_back(trim_end(kb_.sentences[static_cast<size_t>(si)].text));
    }
  }
  d.confidence = kPassageBase + kPassageSpan * coverage;
  if (coverage < kPassageFloorCoverage) d.confidence *= coverage / kPassageFloorCoverage;
  // The words that say what is asked about an entity ("pendiri" in "Siapa
  // pendiri ASEAN?", "tujuan" in "Apa tujuan ASEAN?") must be in the
  // passage, or it answers another question.
  std::unordered_set<std::string> naming;  // terms that name the entities or the subject
  for (int e : u.entities) {
    for (const Terms& n : kb_.entities[static_cast<size_t>(e)].name_terms)
      naming.insert(n.begin(), n.end());
  }
  for (const KDocument& doc : kb_.docs)
    naming.insert(doc.subject_terms.begin(), doc.subject_terms.end());
  Terms asked;
  bool said_in_kind = false;  // a limit or a "boleh" asked, said in words of its kind
  for (const auto& term : u.query) {
    // "lama" is answered by the length the passage gives, not by the word.
    const bool length_given =
        term == duration && std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
          return states_length(kb_.sentences[static_cast<size_t>(si)]);
        });
    // Nor are a limit and a "boleh" asked by the word, where the passage
    // says them in words of their kind ("paling lama 90 hari").
    const bool in_kind = (limits.count(term) || deontic.count(term)) &&
                         std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
                           const Words& w = kb_.sentences[static_cast<size_t>(si)].words;
                           return says_limit_at(si, term) ||
                                  (deontic.count(term) && holds_any(w, lx_.deontic_phrases));
                         });
    // Nor, asked what a thing is for ("gunanya buat apa?"), the word of
    // use, where the passage says it by a purpose clause ("... untuk
    // meredam energi gelombang").
    const bool purpose_given = u.qtype == "purpose" && lx_.topic_terms.count(term) &&
                               std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
                                 const Words& w = kb_.sentences[static_cast<size_t>(si)].words;
                                 return std::any_of(w.begin(), w.end(), [&](const std::string& x) {
                                   return lx_.purpose_clauses.count(x) > 0;
                                 });
                               });
    // Nor, asked where, the word for a place ("lokasi"), where the passage
    // gives one.
    const bool place_given =
        std::find(place_terms.begin(), place_terms.end(), term) != place_terms.end() &&
        std::any_of(d.sentences.begin(), d.sentences.end(),
                    [&](int si) { return states_place(kb_.sentences[static_cast<size_t>(si)]); });
    said_in_kind = said_in_kind || in_kind || purpose_given || place_given;
    if (!naming.count(term) && !length_given && !in_kind && !purpose_given && !place_given)
      asked.push_back(term);
  }
  if (!asked.empty()) {
    // An item is said with the lead of its list, which it answers for;
    // and, asked of a named thing, a sentence under a heading that holds
    // all the words asked ("... Berdasarkan Skenario Penggunaan" over
    // "Contohnya mobil otonom ..." for "contoh penggunaan URLLC").
    const bool any = sentence_share(d.sentences, asked, true) > 0 ||
                     std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
                       if (plan.entity < 0) return false;
                       const Terms& heading =
                           kb_.sections[static_cast<size_t>(kb_.section_of(si))].heading_terms;
                       return std::all_of(asked.begin(), asked.end(), [&](const std::string& x) {
                         return std::find(heading.begin(), heading.end(), x) != heading.end();
                       });
                     });
    if (!any && !said_in_kind) d.confidence *= kMissesWhatIsAsked;
  }
  // "Berapa harga tiket ...?": a passage with no figure of that measure
  // gives some other number.
  // A figure that does says it, where the article never names the measure
  // ("Tiket masuk Rp20.000" for "harga").
  if (units != nullptr) {
    const bool stated = std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
      return states_measure(kb_.sentences[static_cast<size_t>(si)]);
    });
    if (!stated)
      d.confidence *= kMissesWhatIsAsked;
    else if (std::count(u.unknown.begin(), u.unknown.end(), measure_word) > 0)
      d.unknown_explained = 1;
    d.measure_given = stated;
  }
  // "Berapa luas ... dalam kilometer persegi?": a passage with no figure in
  // the units named gives another number than the one asked.
  if (!named_units.empty() && std::none_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
        return states_figure_in(kb_.sentences[static_cast<size_t>(si)], &named_units);
      }))
    d.confidence *= kMissesWhatIsAsked;
  // "Koperasi apa yang paling besar?": a passage that ranks nothing by that
  // quality ("paling", "ter" + it) names things, not the one asked for.
  // (Not "paling lambat berapa hari?", a limit asked as a number:
  // bot/lexicon.json limit_phrases.)
  const bool limit =
      number && std::any_of(lx_.limit_phrases.begin(), lx_.limit_phrases.end(),
                            [&](const std::vector<Words>& side) {
                              return std::any_of(side.begin(), side.end(), [&](const Words& p) {
                                return p.size() == 2 && lx_.superlative_markers.count(p[0]) &&
                                       p[1] == u.superlative;
                              });
                            });
  if (!u.superlative.empty() && !limit) {
    const std::string ranked = "ter" + u.superlative;
    const std::string quality = t.tokenizer.stem(u.superlative);
    // (By that quality, in any form of its word, "paling berbahaya" for
    // "paling bahaya": "paling aktif" ranks nothing by height.)
    const bool ranks = std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
      const KSentence& x = kb_.sentences[static_cast<size_t>(si)];
      for (size_t k = 0; k < x.words.size(); ++k) {
        if (x.words[k] == ranked) return true;
        if (lx_.superlative_markers.count(x.words[k]) && k + 1 < x.terms.size() &&
            x.terms[k + 1] == quality)
          return true;
      }
      return false;
    });
    if (!ranks) d.confidence *= kRanksNothing;
  }
  // "Siapa menteri X saat ini?", "Berapa bunga bulan ini?": a fact as it
  // stands now, which a passage that says nothing of now does not give.
  if (u.asks_present && (u.qtype == "who" || number)) {
    // (A dated figure, "pada 2024 mencapai ...", is the latest the article
    // knows; a date says nothing of who holds an office now.)
    const bool now = std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
      const KSentence& sent = kb_.sentences[static_cast<size_t>(si)];
      // (An item is dated by its list's lead: "Berdasarkan Perpres ...
      // Tahun 2020, rinciannya:"; and said to hold now by it: "Berikut
      // bunga yang berlaku saat ini:" over a table.)
      const KBlock& b = kb_.blocks[static_cast<size_t>(sent.block)];
      return (number && !u.asks_today &&
              (has_year(sent.text) || (sent.item >= 0 && has_year(b.lead)))) ||
             std::any_of(lx_.present_stated.begin(), lx_.present_stated.end(), [&](const Words& m) {
               return find_phrase(sent.words, m) >= 0 ||
                      (sent.item >= 0 && find_phrase(b.lead_words, m) >= 0);
             });
    });
    // Who does a thing ("dilakukan oleh Kementerian ...") is said as it
    // stands, with or without a "now".
    const bool agent =
        u.qtype == "who" && std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
          const Words& w = kb_.sentences[static_cast<size_t>(si)].words;
          return std::any_of(w.begin(), w.end(),
                             [&](const std::string& x) { return lx_.agent_markers.count(x) > 0; });
        });
    if (!now && !agent) d.confidence *= kMissesWhatIsAsked;
  }
  // A sentence that merely uses a term does not define it ("Apa itu politik
  // luar negeri?"); one that holds nearly all of a long question
  // ("jelaskan lebih lanjut: <an item of the last list>") explains it.
  // Nor does one that holds all the words asked and says what something
  // means, is called or is named after, when that is what is asked ("Kata
  // otonomi artinya apa?": "... kata otonomi berasal dari ... yang berarti
  // sendiri"; "Ilmu yang mempelajari gempa namanya apa?": "... dikenal
  // sebagai seismologi"; "gringsing artinya apa": "Nama gringsing berasal
  // dari kata ...").
  const bool asks_meaning = std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
    return lx_.meaning_words.count(w) > 0;
  });
  const bool says_meaning = asks_meaning && coverage >= 0.9 && !u.content.empty() &&
                            std::any_of(d.sentences.begin(), d.sentences.end(),
                                        [&](int si) { return states_meaning(si); });
  // ...unless the article says nothing else of it: a term it names in one
  // place only ("mengusulkan Uji Turing untuk menilai ...") is what it says
  // there.
  // (Said there, not named last in passing: "... berpedoman pada politik
  // luar negeri masing-masing negara." says nothing of it.)
  constexpr int kOnePlace = 1;     // sentences
  constexpr size_t kSaysMore = 3;  // words after the term
  size_t named_end = 0;            // after the last word of the question in the sentence
  for (size_t k = 0; k < s.terms.size(); ++k) {
    if (std::find(u.content.begin(), u.content.end(), s.terms[k]) != u.content.end())
      named_end = k + 1;
  }
  // (The term goes on with the question's other words written after it:
  // "reksa dana" where "dana" is also the subject's.)
  while (named_end > 0 && named_end < s.terms.size() &&
         std::find(u.query.begin(), u.query.end(), s.terms[named_end]) != u.query.end())
    ++named_end;
  // A comma after it lists it among others ("selada, bayam, ...") or
  // glosses a longer name it ends ("Pemegang izin tambang, yaitu ...").
  const bool comma_after = named_end > 0 && named_end < s.begins.size() &&
                           s.text.find(',', s.begins[named_end - 1]) < s.begins[named_end];
  const bool only_mention =
      coverage >= 0.99 && named_end > 0 && !comma_after &&
      s.terms.size() >= named_end + kSaysMore &&
      std::any_of(u.content.begin(), u.content.end(), [&](const std::string& term) {
        auto df = kb_.term_sentences.find(term);
        return df != kb_.term_sentences.end() && df->second <= kOnePlace;
      });
  // A term listed among others, or named last in a sentence its paragraph
  // does not go on from, is named in passing: nothing is said of it. (A
  // sentence that ends in a colon goes on in the list it announces:
  // "... dengan aturan 3-2-1:".)
  const bool announces = !s.text.empty() && s.text.back() == ':';
  const bool goes_on =
      announces || (s.item < 0 && static_cast<size_t>(best) + 1 < kb_.sentences.size() &&
                    kb_.sentences[static_cast<size_t>(best) + 1].block == s.block);
  const bool in_passing =
      comma_after || (named_end > 0 && s.terms.size() < named_end + kSaysMore && !goes_on);
  // "Ketiganya sering disingkat CAMILAN": a term a naming verb gives to
  // what the sentence (or the one before it) says is defined by it.
  const bool named_by_verb =
      std::any_of(lx_.naming_verbs.begin(), lx_.naming_verbs.end(), [&](const Words& verb) {
        const int at = find_phrase(s.words, verb);
        const size_t after = static_cast<size_t>(at) + verb.size();
        return at > 0 && after < s.terms.size() &&
               std::find(u.content.begin(), u.content.end(), s.terms[after]) != u.content.end();
      });
  // "### Inflasi Dorongan Biaya (Cost-Push Inflation)" over "Cost-push
  // inflation disebabkan oleh ...": the opening of a part whose heading
  // names the term is where the article explains it.
  const KSection& part =
      kb_.sections[static_cast<size_t>(kb_.blocks[static_cast<size_t>(s.block)].section)];
  // So is a sentence of its opening paragraph that opens with the term, the
  // subject it then says something of ("... memperkenalkan panduan Isi
  // Piringku. Isi Piringku menggambarkan ...").
  const long subject_at = subject_start(s);
  // (The term with the subject's words it is written with: "erosi
  // dipercepat" in an article on erosion.)
  const size_t term_words = std::max(u.content.size(), u.query.size());
  const bool opens_with_term =
      !u.content.empty() && s.terms.size() > term_words + static_cast<size_t>(subject_at) &&
      std::all_of(u.content.begin(), u.content.end(), [&](const std::string& x) {
        const auto from = s.terms.begin() + subject_at;
        const auto to = from + static_cast<long>(term_words);
        return std::find(from, to, x) != to;
      });
  const bool opens_named_part =
      !u.content.empty() && !part.blocks.empty() &&
      !kb_.blocks[static_cast<size_t>(part.blocks.front())].sentences.empty() &&
      (kb_.blocks[static_cast<size_t>(part.blocks.front())].sentences.front() == best ||
       (s.block == part.blocks.front() && s.item < 0 && opens_with_term)) &&
      std::all_of(u.content.begin(), u.content.end(), [&](const std::string& x) {
        return std::find(part.heading_terms.begin(), part.heading_terms.end(), x) !=
               part.heading_terms.end();
      });
  // (The term asked may stand among the question's other words: "Apa yang
  // dimaksud dengan kapasitas kWp pada panel surya?" asks of "kWp", which
  // the article defines in place, "satuan kWp (kilowatt peak), yaitu ...".
  // Any run of the question's key words with a word the article uses in
  // one or two sentences only is a term it may define so.)
  // (Tried only where the penalty below is at stake.)
  auto rare_defined = [&] {
    constexpr int kRareTerm = 3;  // sentences
    auto is_rare = [&](const std::string& x) {
      auto df = kb_.term_sentences.find(x);
      return df != kb_.term_sentences.end() && df->second <= kRareTerm;
    };
    for (size_t from = 0; from < u.key_content.size(); ++from) {
      for (size_t to = from + 1; to <= u.key_content.size(); ++to) {
        const Terms run(u.key_content.begin() + static_cast<long>(from),
                        u.key_content.begin() + static_cast<long>(to));
        // (All the rare words asked: "Standar smart home Matter" is not
        // asked of "smart home" alone.)
        const bool rare =
            std::any_of(run.begin(), run.end(), is_rare) &&
            std::all_of(u.key_content.begin(), u.key_content.end(), [&](const std::string& x) {
              return !is_rare(x) || std::find(run.begin(), run.end(), x) != run.end();
            });
        if (rare && defines_in_place(d.sentences, run)) return true;
      }
    }
    return false;
  };
  if (u.qtype == "definition" && (coverage < 0.75 || u.key_content.size() < 4) &&
      !defines_in_place(d.sentences, u.content) && !says_meaning && !only_mention &&
      !named_by_verb && !opens_named_part && !rare_defined())
    d.confidence *= in_passing ? kMentionInPassing : kMentionIsNoDefinition;
  // A passage that neither names the entity asked about nor lies in its
  // section answers a question about something else.
  if (plan.entity >= 0 && !about_entity(s) &&
      !(partner && u.key_content.size() >= 2 &&
        sentence_share(d.sentences, u.key_content, true) >= 1))
    d.confidence *= kNotAboutEntity;
  // A closing section ("Kesimpulan") says again, in brief, what the parts
  // say: a part that answers is better evidence.
  if (summarizes(kb_.blocks[static_cast<size_t>(s.block)].section))
    d.confidence *= kSummaryRestates;
  // A short sentence rarely holds a whole answer ("Jika jadwal terlewat,
  // orang tua tidak perlu panik."): writers go on with it in the next
  // sentence of the paragraph, which is said with it. (Said, not weighed:
  // the evidence above is the sentence that answers.)
  constexpr size_t kShortSentence = 200;  // bytes: about 25 words
  if (d.sentences.size() == 1 && s.item < 0 && text.size() < kShortSentence &&
      static_cast<size_t>(best) + 1 < kb_.sentences.size() &&
      kb_.sentences[static_cast<size_t>(best) + 1].block == s.block) {
    text += " " + kb_.sentences[static_cast<size_t>(best) + 1].text;
    d.sentences.push_back(best + 1);
    end_with_list();
    v.set("text", text);
    d.text = t.renderer.render(lx_.tmpl("passage"), v);
  }
  d.sections.push_back(kb_.blocks[static_cast<size_t>(s.block)].section);
  return d;
}

}  // namespace tanya
