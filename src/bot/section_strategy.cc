#include "bot/section_strategy.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_set>

#include "base/strings.h"
#include "bot/render.h"
#include "index/entities.h"

namespace tanya {

namespace {

bool has(const Terms& terms, const std::string& t) {
  return std::find(terms.begin(), terms.end(), t) != terms.end();
}

// Opening paragraphs are cut at about this many bytes: enough for an answer,
// short enough to read in a chat bubble.
constexpr size_t kOpeningChars = 600;
constexpr double kMinRecall = 0.6;

// A phase's key among a heading's terms: not a stem of any word.
std::string phase_key(const std::string& phase) {
  return "@" + phase;
}

}  // namespace

bool introduces_list(std::string_view sentence) {
  return !sentence.empty() && sentence.back() == ':';
}

SectionStrategy::SectionStrategy(const Lexicon& lexicon, const Knowledge& knowledge)
    : lx_(lexicon), kb_(knowledge), heading_topics_(knowledge.sections.size()) {
  // The terms each heading is judged by, with their weights: fixed for the
  // article, so computed once. Stop words go by the word, not the stem
  // ("mengatasi" stems to "atas"); a heading phrased as a question ("Apa
  // Itu X?") asks nothing of its own.
  heading_keys_.resize(kb_.sections.size());
  defining_keys_.resize(kb_.sections.size());
  typed_keys_.resize(kb_.sections.size());
  typed_questions_.resize(kb_.sections.size());
  basis_tail_.resize(kb_.sections.size());
  lone_basis_.resize(kb_.sections.size(), false);
  std::vector<std::string> heads(kb_.sections.size());
  std::unordered_map<std::string, std::string> type_words;  // one-word phrase -> type
  for (const PhraseSet& set : lx_.qtypes) {
    for (const Words& p : set.phrases) {
      if (p.size() == 1) type_words.emplace(p.front(), set.id);
    }
  }
  std::unordered_set<std::string> defining = lx_.defining_headings;
  for (const PhraseSet& set : lx_.qtypes) {
    if (set.id != "definition" && set.id != "comparison") continue;
    for (const Words& p : set.phrases) {
      if (p.size() == 1) (set.id == "definition" ? defining : comparing_).insert(p.front());
    }
  }
  context_keys_.resize(kb_.sections.size());
  emphasis_keys_.resize(kb_.sections.size());
  for (size_t s = 0; s < kb_.sections.size(); ++s) {
    const KSection& sec = kb_.sections[s];
    for (const Words& phrase : lx_.heading_emphasis) {
      const int at = find_phrase(sec.heading_words, phrase);
      if (at < 0) continue;
      for (size_t i = static_cast<size_t>(at); i < sec.heading_terms.size(); ++i)
        emphasis_keys_[s].insert(sec.heading_terms[i]);
    }
    // "Aturan 10 Persen dalam Aliran Energi": after a small word that
    // follows the name ("dalam", "di", "pada"), a heading says where the
    // thing stands, not which aspect of it the part is about.
    bool named = false, context = false;
    for (size_t i = 0; i < sec.heading_terms.size() && i < sec.heading_words.size(); ++i) {
      const bool small = lx_.stop_words.count(sec.heading_words[i]) > 0;
      if (context && !small) context_keys_[s].insert(sec.heading_terms[i]);
      if (small && named) context = true;
      named = named || !small;
    }
    bool after_basis = false;  // past "berdasarkan": the words after it go to basis_tail_
    for (size_t i = 0; i < sec.heading_terms.size(); ++i) {
      const std::string& t = sec.heading_terms[i];
      const std::string& word = sec.heading_words[i];
      if (after_basis) basis_tail_[s].insert(t);
      after_basis = after_basis || lx_.basis_markers.count(word) > 0;
      if (!after_basis) heads[s] += t + " ";
      // A heading that asks a question of its own ("Mengapa X Dibutuhkan?")
      // is headed as that type, though its question word is no key.
      if (i == 0 || lx_.question_words.count(word)) {
        if (auto type = type_words.find(word); type != type_words.end())
          typed_questions_[s] = type->second;
      }
      if (lx_.stop_words.count(word) || lx_.question_words.count(word)) continue;
      if (defining.count(word)) defining_keys_[s].insert(t);
      if (auto type = type_words.find(word); type != type_words.end())
        typed_keys_[s].emplace(t, type->second);
      heading_vocabulary_.insert(t);
      auto& keys = heading_keys_[s];
      if (std::none_of(keys.begin(), keys.end(), [&](const auto& k) { return k.first == t; }))
        keys.emplace_back(t, kb_.weight(t));
    }
    // "Saat Banjir" under "Cara Menghadapi Banjir": the phase word is a stop
    // word anywhere else, but opening a heading it is what tells the part
    // from its siblings ("Sebelum Banjir", "Setelah Banjir"). It is keyed
    // by the phase it names, so "ketika banjir" finds "Saat Banjir", and
    // weighs as much as the word it is written with.
    if (!sec.heading_words.empty() && !sec.heading_terms.empty()) {
      if (auto it = lx_.phase_words.find(sec.heading_words.front()); it != lx_.phase_words.end()) {
        const std::string key = phase_key(it->second);
        heading_keys_[s].emplace_back(key, kb_.weight(sec.heading_terms.front()));
        phase_weights_[key] = std::max(phase_weights_[key], heading_keys_[s].back().second);
        heading_vocabulary_.insert(key);
      }
    }
  }
  // A heading's length, by its words but for small ones and the words that
  // say it defines: "Pengertian X" is no longer than "X".
  heading_size_.assign(kb_.sections.size(), 0);
  for (size_t s = 0; s < kb_.sections.size(); ++s) {
    const KSection& sec = kb_.sections[s];
    for (size_t i = 0; i < sec.heading_words.size() && i < sec.heading_terms.size(); ++i) {
      if (!lx_.stop_words.count(sec.heading_words[i]) &&
          !defining_keys_[s].count(sec.heading_terms[i]))
        ++heading_size_[s];
    }
  }
  // The stems a heading writes with two words ("raja" for "Raja-Raja" and
  // "Kerajaan"), with those words.
  split_stems_.resize(kb_.sections.size());
  for (size_t s = 0; s < kb_.sections.size(); ++s) {
    const KSection& sec = kb_.sections[s];
    std::unordered_map<std::string, std::vector<std::string>> forms;
    for (size_t i = 0; i < sec.heading_words.size() && i < sec.heading_terms.size(); ++i) {
      if (lx_.stop_words.count(sec.heading_words[i])) continue;
      auto& f = forms[sec.heading_terms[i]];
      if (std::find(f.begin(), f.end(), sec.heading_words[i]) == f.end())
        f.push_back(sec.heading_words[i]);
    }
    for (auto& [t, f] : forms) {
      if (f.size() > 1) split_stems_[s].emplace_back(t, std::move(f));
    }
  }
  // A heading with a basis whose kinds no other heading groups on another
  // basis ("Jenis Zakat Mal Berdasarkan Sumber Hartanya", but not "Jenis
  // Hujan Berdasarkan Asalnya" beside "... Berdasarkan Ukuran Butirnya").

  for (const KDocument& d : kb_.docs)
    subject_terms_.insert(d.subject_terms.begin(), d.subject_terms.end());
  // (The subject's other names: those the article gives it, and its short
  // form, an acronym whose expansion is the subject.)
  if (!kb_.docs.empty()) {
    const KDocument& first = kb_.docs.front();
    std::vector<const Terms*> names;
    for (const Terms& alias : first.subject_aliases) names.push_back(&alias);
    for (const KEntity& e : kb_.entities) {
      if (e.doc != 0 || e.expansion.empty() ||
          std::find(e.name_terms.begin(), e.name_terms.end(), first.subject_terms) ==
              e.name_terms.end())
        continue;
      for (const Terms& n : e.name_terms) names.push_back(&n);
    }
    for (const Terms* name : names) {
      Terms own;
      for (const std::string& t : *name) {
        if (!subject_terms_.count(t)) own.push_back(t);
      }
      if (!own.empty()) alias_names_.push_back(std::move(own));
    }
  }
  for (const TopicDef& t : lx_.topics) {
    auto& terms = topic_terms_[t.id];
    // One-word names only: the words of a phrase ("terbagi menjadi") name
    // nothing alone ("Terjadinya" is no "menjadi").
    for (const auto* phrases : {&t.cues, &t.synonyms}) {
      for (const Words& p : *phrases) {
        if (p.size() == 1) terms.insert(p.front());
      }
    }
  }
  // The topics each heading names ("Manfaat Koperasi Sekolah": benefits),
  // by any synonym; and those it names outside the basis of a grouping.
  head_topics_.resize(kb_.sections.size());
  for (size_t s = 0; s < kb_.sections.size(); ++s) {
    const KSection& sec = kb_.sections[s];
    for (const TopicDef& t : lx_.topics) {
      bool named = false, as_head = false;
      for (const Words& synonym : t.synonyms) {
        for (int at = find_phrase(sec.heading_terms, synonym); at >= 0;
             at = find_phrase_from(sec.heading_terms, synonym, at + 1)) {
          named = true;
          const auto i = static_cast<size_t>(at);
          as_head = as_head || !lx_.in_basis(sec.heading_words, i);
        }
      }
      if (named) heading_topics_[s].push_back(t.id);
      if (as_head) head_topics_[s].push_back(t.id);
    }
  }
  // (Grouped by the same head, or by heads that name one topic:
  // "Klasifikasi Berdasarkan Hari Tanpa Hujan" beside "Jenis Kekeringan
  // Berdasarkan Prosesnya" groups the same kinds on another basis.)
  {
    std::unordered_map<std::string, int> grouped;
    // (The thing grouped is the head without the topic's and the
    // subject's words: "Jenis Zakat Mal" groups zakat mal, not zakat.)
    auto key = [&](size_t s) {
      if (head_topics_[s].empty()) return heads[s];
      const auto& topic_words = topic_terms_[head_topics_[s].front()];
      std::string thing = head_topics_[s].front() + ":";
      size_t from = 0;
      const std::string& head = heads[s];
      while (from < head.size()) {
        size_t space = head.find(' ', from);
        if (space == std::string::npos) space = head.size();
        const std::string t = head.substr(from, space - from);
        if (!t.empty() && !topic_words.count(t) && !subject_terms_.count(t)) thing += t + " ";
        from = space + 1;
      }
      return thing;
    };
    grouping_key_.resize(kb_.sections.size());
    for (size_t s = 0; s < kb_.sections.size(); ++s) {
      if (!basis_tail_[s].empty()) ++grouped[grouping_key_[s] = key(s)];
    }
    for (size_t s = 0; s < kb_.sections.size(); ++s)
      lone_basis_[s] = !basis_tail_[s].empty() && grouped[grouping_key_[s]] == 1;
  }
}

std::unordered_set<std::string> SectionStrategy::other_conjunct(
    const KSection& sec, const std::function<bool(const std::string&)>& matched,
    bool any_word) const {
  std::unordered_set<std::string> out;
  const Words& words = sec.heading_words;
  const Terms& terms = sec.heading_terms;
  const size_t n = std::min(words.size(), terms.size());
  auto joins = [&](size_t i) { return lx_.coordinators.count(words[i]) > 0; };
  // A word the heading writes in capitals ("UMP").
  auto acronym = [&](const std::string& word) {
    for (size_t at = sec.heading.find(ascii_upper(word)); at != std::string::npos;
         at = sec.heading.find(ascii_upper(word), at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || !std::isalnum(static_cast<unsigned char>(sec.heading[at - 1]))) &&
          (end == sec.heading.size() ||
           !std::isalnum(static_cast<unsigned char>(sec.heading[end]))))
        return word.size() >= 2;
    }
    return false;
  };
  // "Perbedaan Vaksinasi dan Imunisasi": "dan" joins the two things
  // compared, and the heading is about both.
  if (std::any_of(words.begin(), words.end(), [&](const auto& w) { return comparing_.count(w); }))
    return out;
  for (size_t c = 1; c + 1 < n; ++c) {
    if (!joins(c)) continue;
    // Only one side may be set aside, the side unmatched where the other
    // side's next word (or, `any_word`, any of its words up to the next
    // "dan") is matched: "Sejarah dan Fungsi X" for "Apa itu X?" keeps both
    // its words as more than was asked.
    bool left = matched(terms[c - 1]), right = matched(terms[c + 1]);
    for (size_t i = c; any_word && i-- > 0 && !joins(i);) left = left || matched(terms[i]);
    for (size_t i = c + 1; any_word && i < n && !joins(i); ++i) right = right || matched(terms[i]);
    if (left == right) continue;
    if (left) {
      for (size_t i = c + 1; i < n && !joins(i) && !matched(terms[i]); ++i) out.insert(terms[i]);
    } else if ((c + 2 == n || (c + 2 < n && joins(c + 2))) && acronym(words[c - 1]) &&
               acronym(words[c + 1])) {
      // Two acronyms joined pair with each other: "Cara Penetapan UMP dan
      // UMK" sets apart UMP, and the way of setting both stays the
      // heading's. (Words of a title-case heading may pair with more:
      // "Peran Setelah Kemerdekaan dan Penghargaan".)
      out.insert(terms[c - 1]);
    } else {
      for (size_t i = c; i-- > 0 && !joins(i) && !matched(terms[i]);) out.insert(terms[i]);
    }
  }
  return out;
}

std::unordered_set<std::string> SectionStrategy::topical_terms(const Understanding& u) const {
  std::unordered_set<std::string> topical;
  for (const std::string& id : u.topics) {
    auto it = topic_terms_.find(id);
    if (it != topic_terms_.end()) topical.insert(it->second.begin(), it->second.end());
  }
  return topical;
}

bool SectionStrategy::above_has(const KSection& sec, const std::string& term,
                                bool title_counts) const {
  for (int p = sec.parent; p >= 0; p = kb_.sections[static_cast<size_t>(p)].parent) {
    const KSection& above = kb_.sections[static_cast<size_t>(p)];
    if (has(above.heading_terms, term) && (above.level >= 2 || title_counts)) return true;
  }
  return false;
}

SectionMatch SectionStrategy::match(const Understanding& u, int doc) const {
  SectionMatch best;
  // Questions after one fact (when, who, how many, where) are answered by
  // the passage that states it, not by a section; but how many of a topic
  // ("Jenis X menurut Y ada berapa?") is counted in the list its section has.
  // ("Siapa saja ...?" asks for several: a list of them under a heading
  // is an answer.)
  const bool several = std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
    return lx_.several_markers.count(w) > 0;
  });
  if (u.query.empty() || u.qtype == "when" || (u.qtype == "who" && !several) ||
      (u.qtype == "number" && u.topics.empty()) || u.qtype == "where")
    return best;
  // Heading terms that the question's topics stand for.
  const std::unordered_set<std::string> topical = topical_terms(u);
  const std::unordered_set<std::string>& subject = subject_terms_;
  // A question has a handful of terms: sorted vectors beat hash sets here.
  auto sorted_unique = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  };
  std::vector<std::string> q(u.query.begin(), u.query.end());
  // A thing asked by its long name that headings call by its acronym
  // ("bahan perusak ozon" under "Jenis BPO Berdasarkan ..."): asked by the
  // acronym, as headings are read.
  for (const KEntity& e : kb_.entities) {
    if (e.kind != "acronym" || e.name_terms.size() < 2 || e.name_terms[0].size() != 1) continue;
    const std::string& acronym = e.name_terms[0].front();
    const Terms& expansion = e.name_terms[1];
    if (expansion.size() < 2 || !heading_vocabulary_.count(acronym) ||
        find_phrase(u.terms, expansion) < 0 ||
        std::all_of(expansion.begin(), expansion.end(),
                    [&](const std::string& t) { return heading_vocabulary_.count(t) > 0; }))
      continue;
    q.erase(std::remove_if(q.begin(), q.end(),
                           [&](const std::string& t) {
                             return std::find(expansion.begin(), expansion.end(), t) !=
                                    expansion.end();
                           }),
            q.end());
    q.push_back(acronym);
  }
  // The subject named only by another of its names ("karhutla" for
  // Kebakaran Hutan dan Lahan) is asked wherever a heading names it by its
  // own words.
  std::unordered_set<std::string> alias;
  if (u.subject && std::none_of(q.begin(), q.end(),
                                [&](const std::string& t) { return subject.count(t) > 0; })) {
    for (const Terms& name : alias_names_) {
      if (find_phrase(u.terms, name) >= 0) alias.insert(name.begin(), name.end());
    }
  }
  const bool by_alias = !alias.empty();
  // The words that name a topic are what is asked ("bentuk" in "terdiri dari
  // bentuk apa saja?"), even where the question's type took them.
  for (const std::string& t : u.terms) {
    if (topical.count(t)) q.push_back(t);
  }
  // An everyday word the article never uses ("langkah-langkah" where it
  // writes "Cara ...") is in no heading and tells none apart; a word not
  // known at all still counts, for it may be what the article lacks.
  {
    std::unordered_set<std::string> unknown;
    for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
      if (std::find(u.unknown.begin(), u.unknown.end(), u.words[i]) != u.unknown.end())
        unknown.insert(u.terms[i]);
    }
    auto everyday_absent = [&](const std::string& t) {
      return !kb_.terms.count(t) && !unknown.count(t) &&
             std::find(u.key_content.begin(), u.key_content.end(), t) == u.key_content.end() &&
             std::find(u.content.begin(), u.content.end(), t) != u.content.end();
    };
    q.erase(std::remove_if(q.begin(), q.end(), everyday_absent), q.end());
  }
  // "saat banjir": a phase some heading opens with is asked, though its
  // word is a stop word.
  for (const std::string& w : u.words) {
    if (auto it = lx_.phase_words.find(w); it != lx_.phase_words.end()) {
      if (heading_vocabulary_.count(phase_key(it->second))) q.push_back(phase_key(it->second));
    }
  }
  // ...and then it is all that tells the part from its siblings ("Saat X"
  // beside "Sebelum X"): an everyday word that no heading writes ("apa yang
  // harus dilakukan saat X") is the reader's frame for the steps, which
  // say what is done in their own verbs.
  const bool phase_asked = std::any_of(q.begin(), q.end(), [&](const std::string& t) {
    return !t.empty() && t == phase_key(t.substr(1)) && heading_vocabulary_.count(t) > 0;
  });
  if (phase_asked) {
    q.erase(std::remove_if(q.begin(), q.end(),
                           [&](const std::string& t) {
                             return !heading_vocabulary_.count(t) &&
                                    std::find(u.key_content.begin(), u.key_content.end(), t) ==
                                        u.key_content.end() &&
                                    std::find(u.content.begin(), u.content.end(), t) !=
                                        u.content.end();
                           }),
            q.end());
  }
  q = sorted_unique(std::move(q));
  // "Apa fungsi X bagi tubuh kita?": for whom a thing is asked, where no
  // heading names any such one, qualifies what is asked without telling
  // headings apart; it counts for nothing there. (Unless the article never
  // names it: "dampak X terhadap terumbu karang" asks what it does not say.)
  std::unordered_set<std::string> beneficiary;
  for (size_t i = 0; i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
    if (!lx_.beneficiary_markers.count(u.words[i])) continue;
    std::vector<std::string> whom;
    for (size_t k = i + 1; k < u.words.size() && k < u.terms.size(); ++k) {
      if (lx_.stop_words.count(u.words[k])) break;
      whom.push_back(u.terms[k]);
    }
    // (All its words or none: "lapangan kerja" is not "kerja".)
    if (std::none_of(whom.begin(), whom.end(),
                     [&](const std::string& t) { return heading_vocabulary_.count(t) > 0; }) &&
        std::all_of(whom.begin(), whom.end(),
                    [&](const std::string& t) { return kb_.terms.count(t) > 0; }))
      beneficiary.insert(whom.begin(), whom.end());
  }
  // "Gimana cara bikin X di desa gw?": a place, person or thing the
  // reader owns ("di desa saya", "untuk anak kami") is the reader's own
  // circumstance, which the article does not know; it tells no heading
  // apart, even where the article's headings use the word of others.
  for (size_t i = 0; i + 2 < u.words.size() && i + 2 < u.terms.size(); ++i) {
    if (!lx_.prepositions.count(u.words[i])) continue;
    size_t k = i + 1;
    while (k < u.words.size() && k < u.terms.size() && !lx_.stop_words.count(u.words[k])) ++k;
    if (k == i + 1 || k >= u.words.size() || !lx_.reader_pronouns.count(u.words[k])) continue;
    for (size_t n = i + 1; n < k; ++n) beneficiary.insert(u.terms[n]);
  }
  // "Bagaimana cara menjaga X supaya tetap kuat?": in a question for a
  // way, the purpose after "supaya"/"agar" says why the reader asks, not
  // which way; where no heading names it, it counts for nothing either.
  for (size_t i = 0; u.qtype == "how" && i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
    if (!lx_.purpose_markers.count(u.words[i])) continue;
    std::vector<std::string> why;
    for (size_t k = i + 1; k < u.words.size() && k < u.terms.size(); ++k) {
      if (!lx_.stop_words.count(u.words[k])) why.push_back(u.terms[k]);
    }
    if (std::none_of(why.begin(), why.end(),
                     [&](const std::string& t) { return heading_vocabulary_.count(t) > 0; }))
      beneficiary.insert(why.begin(), why.end());
    break;
  }
  // "Bagaimana cara membuat kartu kredit?": in a question for a way, an
  // everyday verb ("membuat", "bikin") frames the doing; a heading of
  // steps ("Cara Mengajukan Kartu Kredit") says it in its own verb.
  // (The verb right after the step word only: "naik" in "langkah-langkah
  // naik KRL" is what is asked. A verb the article never writes frames
  // it too, key or not: "bikin" where the article says "mendirikan" can
  // name nothing else in it.)
  std::unordered_set<std::string> frame;
  for (size_t i = 1; u.qtype == "how" && i < u.terms.size() && i < u.words.size(); ++i) {
    const std::string& t = u.terms[i];
    if (lx_.step_terms.count(u.terms[i - 1]) &&
        std::find(u.content.begin(), u.content.end(), t) != u.content.end() &&
        (!kb_.terms.count(t) ||
         std::find(u.key_content.begin(), u.key_content.end(), t) == u.key_content.end()))
      frame.insert(t);
  }
  auto weight = [&](const std::string& t) {
    if (beneficiary.count(t)) return 0.0;
    auto it = phase_weights_.find(t);
    return it != phase_weights_.end() ? it->second : kb_.weight(t);
  };
  // Question words name headings too ("Cara Mencegah ...", "Mengapa ...
  // Penting?"): they match a heading term, but a question is not judged
  // by how many of them it holds.
  const std::vector<std::string> asked = sorted_unique(u.terms);
  auto in = [](const std::vector<std::string>& v, const std::string& t) {
    return std::binary_search(v.begin(), v.end(), t);
  };
  double q_weight = 0;
  for (const auto& t : q) q_weight += weight(t);
  // The words that shape the question ("cara", "pengertian") are not what
  // it is about, but where the article heads a section with one ("Cara
  // Mendaftarkan X"), a heading that has it answers more of the question
  // than one that names only X.
  // (Not the words of the phrase that asks the topic, "dibagi menjadi":
  // a heading names the topic in its own word, "Jenis".)
  std::vector<bool> asks_topic(u.terms.size(), false);
  for (const std::string& id : u.topics) {
    const TopicDef* td = lx_.topic(id);
    if (td == nullptr) continue;
    for (const auto* phrases : {&td->cues, &td->synonyms}) {
      for (const Words& p : *phrases) {
        if (p.size() < 2) continue;
        for (int at = find_phrase(u.terms, p); at >= 0; at = find_phrase_from(u.terms, p, at + 1)) {
          for (size_t k = 0; k < p.size() && static_cast<size_t>(at) + k < asks_topic.size(); ++k)
            asks_topic[static_cast<size_t>(at) + k] = true;
        }
      }
    }
  }
  std::vector<std::string> shaping;
  double shaping_weight = 0;
  for (size_t i = 0; i < u.terms.size() && i < u.words.size(); ++i) {
    const std::string& t = u.terms[i];
    if (in(q, t) || asks_topic[i] || !heading_vocabulary_.count(t) ||
        lx_.stop_words.count(u.words[i]) || lx_.question_words.count(u.words[i]) ||
        std::find(shaping.begin(), shaping.end(), t) != shaping.end())
      continue;
    shaping.push_back(t);
    shaping_weight += kb_.weight(t);
  }
  // (A topic asked by a phrase, "dibagi menjadi apa?", is more than the
  // subject though none of its words is left.)
  const bool only_subject =
      u.topics.empty() &&
      std::all_of(q.begin(), q.end(), [&](const std::string& t) { return subject.count(t) > 0; });

  const bool asks_basis = std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
    return lx_.basis_markers.count(w) > 0;
  });
  // The basis asked: the words after the marker, up to a question word.
  std::vector<std::string> basis_asked;
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    if (!lx_.basis_markers.count(u.words[i])) continue;
    for (size_t k = i + 1; k < u.words.size() && k < u.terms.size(); ++k) {
      if (lx_.question_words.count(u.words[k])) break;
      if (!lx_.stop_words.count(u.words[k])) basis_asked.push_back(u.terms[k]);
    }
  }
  // The kind whose members a list question asks: "strategi" in "Strategi
  // apa saja yang ...?", "bidang" in "Bidang yang ... apa saja?".
  std::string kind_asked;
  if ((u.qtype == "list" || u.qtype == "who") && u.words.size() >= 3 && u.terms.size() >= 3) {
    // (The question's first word, asked of at once or at the end; not a
    // topic's word, which a topic reads.)
    const size_t n = u.words.size();
    const bool opens_with_kind = !lx_.stop_words.count(u.words[0]) &&
                                 !lx_.question_words.count(u.words[0]) &&
                                 !lx_.topic_terms.count(u.terms[0]);
    if (opens_with_kind && ((u.words[1] == "apa" && u.words[2] == "saja") ||
                            (u.words[n - 1] == "saja" && lx_.question_words.count(u.words[n - 2]))))
      kind_asked = u.terms[0];
  }
  for (size_t s = 0; s < kb_.sections.size(); ++s) {
    const KSection& sec = kb_.sections[s];
    if (sec.level < 2 || (doc >= 0 && sec.doc != doc)) continue;
    // What X is, is not said under a heading about one aspect of X
    // ("Manfaat X" for "Apa itu X?").
    // (Unless the heading has the very word the question asks with:
    // "Makna dan Manfaat X bagi Y" for "Apa makna X bagi Y?".)
    const std::vector<std::pair<std::string, double>>& keys = heading_keys_[s];
    auto keyed = [&](const std::string& t) {
      return std::any_of(keys.begin(), keys.end(), [&](const auto& k) { return k.first == t; });
    };
    if (u.qtype == "definition" && !heading_topics_[s].empty() &&
        std::none_of(shaping.begin(), shaping.end(), keyed)) {
      bool asked_topic = false;
      for (const std::string& t : heading_topics_[s]) {
        asked_topic =
            asked_topic || std::find(u.topics.begin(), u.topics.end(), t) != u.topics.end();
      }
      if (!asked_topic) continue;
    }
    // "Efek Samping dan Risiko Imunisasi" asked "Apa efek samping
    // imunisasi?": the part joined to a matched word by "dan" is the other
    // half of the heading, not something it says beyond the question.
    auto typed = [&](size_t sec_index, const std::string& t) {
      auto it = typed_keys_[sec_index].find(t);
      return !u.qtype.empty() && it != typed_keys_[sec_index].end() && it->second == u.qtype;
    };
    // (So is the half joined to the heading's own word for what the
    // question asks: "Pengertian dan Letak X" for "Apa itu X?".)
    const std::unordered_set<std::string> other_half = other_conjunct(sec, [&](const auto& t) {
      return in(q, t) || topical.count(t) > 0 || in(asked, t) || typed(s, t);
    });
    double h_weight = 0, h_matched = 0;
    bool beyond_subject = false;
    // What X is, is said where the heading names X alone ("Pengertian X",
    // "X"); "Tarif X" is about one aspect of X.
    bool aspect = false;
    // A topic word in the basis of the heading's grouping is not the topic
    // asked ("Jenis X Berdasarkan Manfaat" for "manfaat X", "... Berdasarkan
    // Cakupan Risiko" for "risiko X").
    // (Unless the heading's own topic is asked too: "Jenis Kompos
    // Berdasarkan Bentuknya" for "dibagi jadi apa menurut bentuknya".)
    const bool head_asked =
        std::any_of(head_topics_[s].begin(), head_topics_[s].end(), [&](const std::string& id) {
          return std::find(u.topics.begin(), u.topics.end(), id) != u.topics.end();
        });
    auto basis_topic = [&](const std::string& t) {
      return !head_asked && !head_topics_[s].empty() && basis_tail_[s].count(t) > 0 &&
             topical.count(t) > 0;
    };
    // "raja-raja Kutai" in an article on Kerajaan Kutai
    // (Understanding::subject_root): the subject's term counts where the
    // heading writes the word the reader did, and is then more than the
    // subject.
    auto written_in_heading = [&](const std::string& t) {
      for (size_t i = 0; i < sec.heading_terms.size() && i < sec.heading_words.size(); ++i) {
        if (sec.heading_terms[i] == t &&
            std::find(u.words.begin(), u.words.end(), sec.heading_words[i]) != u.words.end())
          return true;
      }
      return false;
    };
    const bool root_of_subject = u.subject_root;
    const bool step_heading = !frame.empty() && headed_as_steps(static_cast<int>(s));
    // Steps whose own text says the reader's everyday verb for the doing
    // ("... bisa dijaga dengan kebiasaan berikut:" for "cara menjaga X")
    // are the way asked, in the heading's verb ("Cara Meningkatkan X").
    const bool says_frame =
        step_heading && std::any_of(sec.blocks.begin(), sec.blocks.end(), [&](int bi) {
          const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
          auto holds = [&](const Terms& terms) {
            return std::any_of(terms.begin(), terms.end(),
                               [&](const std::string& x) { return frame.count(x) > 0; });
          };
          return holds(b.lead_terms) ||
                 std::any_of(b.sentences.begin(), b.sentences.end(), [&](int si) {
                   return holds(kb_.sentences[static_cast<size_t>(si)].terms);
                 });
        });
    auto heading_verb = [&](const std::string& t) {
      for (size_t i = 1; i < sec.heading_terms.size(); ++i) {
        if (sec.heading_terms[i] == t && lx_.step_terms.count(sec.heading_terms[i - 1]))
          return true;
      }
      return false;
    };
    for (const auto& [t, w] : keys) {
      if (other_half.count(t)) continue;
      if (says_frame && heading_verb(t) && !in(q, t)) {
        h_weight += w;
        h_matched += w;
        continue;
      }
      if (root_of_subject && subject.count(t) && in(q, t)) {
        h_weight += w;
        if (written_in_heading(t)) {
          h_matched += w;
          beyond_subject = true;
        }
        continue;
      }
      // "Jenis Zakat Mal Berdasarkan Sumber Hartanya" for "Apa saja jenis
      // zakat mal?": the basis of the kinds asked says how they are told
      // apart, nothing beyond the question, when the question gives none.
      // (Where other headings group them on other bases too, any one of
      // them answers the kinds of the whole; not the kinds of one thing
      // named, which its own list gives.)
      if (head_asked && !asks_basis && basis_tail_[s].count(t) && !in(q, t) &&
          (lone_basis_[s] || u.entities.empty()))
        continue;
      if (emphasis_keys_[s].count(t) && !in(q, t)) continue;
      h_weight += w;
      if (basis_topic(t)) {
        aspect = true;
      } else if (in(q, t) || topical.count(t) || (by_alias && subject.count(t))) {
        h_matched += w;
        if (!subject.count(t)) beyond_subject = true;
      } else if (in(asked, t) || typed(s, t)) {
        // A question word the heading shares ("cara"), or its own word for
        // what the question asks ("Perbandingan ..." for "apa bedanya",
        // "Penyebab ..." for "kenapa"): no evidence of topic, but nothing
        // beyond the question either.
        h_matched += w;
      } else if (!defining_keys_[s].count(t) && !context_keys_[s].count(t) &&
                 !std::isdigit(static_cast<unsigned char>(t[0]))) {
        // A number ("### 7. Alveolus") orders a part; it names no aspect.
        aspect = true;
      }
    }
    // "Raja-Raja Kerajaan Mataram" for "Apa itu Kerajaan Mataram?": the
    // stem joins "raja" (a king) to "kerajaan" (a kingdom), but a heading
    // that writes both, where the question writes one, names another thing
    // with the other.
    // (It says something beyond the question, as any unasked word does.)
    for (const auto& [t, words] : split_stems_[s]) {
      if (!in(q, t) || u.subject_root) continue;
      auto asked_as = [&](const std::string& w) {
        return std::find(u.words.begin(), u.words.end(), w) != u.words.end();
      };
      if (std::any_of(words.begin(), words.end(), asked_as) &&
          !std::all_of(words.begin(), words.end(), asked_as)) {
        h_weight += weight(t);
        aspect = true;
      }
    }
    // (Steps of doing something to the subject say more than the subject.)
    if (h_weight <= 0 || h_matched <= 0 || (!beyond_subject && !only_subject && !step_heading))
      continue;
    // Named by the subject's words alone, a heading is about the whole
    // subject only when it has all of them that are asked: "Raja-Raja"
    // shares "raja" with "Kerajaan Mataram" and is about its kings.
    if (!beyond_subject && !std::all_of(q.begin(), q.end(), [&](const std::string& t) {
          return keyed(t) || (step_heading && frame.count(t)) || beneficiary.count(t) > 0;
        }))
      continue;
    // Nor is anything else asked of the subject alone ("Kenapa disebut X?"
    // is not answered under "Tokoh-Tokoh dalam X").
    if ((u.qtype == "definition" || only_subject) && aspect) continue;
    // "Siapa saja ...?" is answered by a part only when its heading (or
    // one above it) names the people asked, every key word of them, and no
    // topic but theirs ("Kelompok Berisiko" for "siapa saja yang
    // berisiko"; not "Syarat Penerima" for "penerima itu siapa saja?").
    if (u.qtype == "who") {
      const bool names_them =
          std::all_of(u.key_content.begin(), u.key_content.end(),
                      [&](const std::string& t) { return keyed(t) || above_has(sec, t, false); });
      const bool other_topic =
          !heading_topics_[s].empty() &&
          std::none_of(heading_topics_[s].begin(), heading_topics_[s].end(),
                       [&](const std::string& id) {
                         return std::find(u.topics.begin(), u.topics.end(), id) != u.topics.end();
                       });
      if (!names_them || other_topic) continue;
    }
    double found = 0, own = 0;
    // The topics asked that this heading names, in any of their words.
    // A part's topic may be named by the heading above it ("Bagi penjual"
    // under "Manfaat E-Commerce").
    std::vector<const std::unordered_set<std::string>*> named;
    for (const std::string& id : u.topics) {
      auto it = topic_terms_.find(id);
      if (it == topic_terms_.end()) continue;
      bool names = false;
      for (int p = static_cast<int>(s); p >= 0 && !names;
           p = kb_.sections[static_cast<size_t>(p)].parent) {
        const auto& pk = heading_keys_[static_cast<size_t>(p)];
        names = kb_.sections[static_cast<size_t>(p)].level >= 2 &&
                std::any_of(pk.begin(), pk.end(),
                            [&](const auto& k) { return it->second.count(k.first) > 0; });
      }
      if (names) named.push_back(&it->second);
    }
    for (const auto& t : q) {
      // A topic word is found when the heading names that same topic in
      // its own words ("kelebihan" for a heading "Keuntungan ..."); a
      // heading about another topic does not hold it ("penyebab" is not
      // found in "Jenis-Jenis ...").
      // A word the question does not ask as a topic ("bentuknya" in
      // "berdasarkan bentuknya") must be the heading's own.
      const bool as_topic = std::find(u.content.begin(), u.content.end(), t) == u.content.end();
      bool here = (keyed(t) && !basis_topic(t)) || (frame.count(t) && step_heading) ||
                  (as_topic && std::any_of(named.begin(), named.end(),
                                           [&](const auto* terms) { return terms->count(t) > 0; }));
      // The headings above say what this part belongs to; the article's
      // title lists every part ("X: Jenis, Penyebab, Dampak"), so from it
      // only the subject's words count.
      if (here) own += weight(t);
      here = here || above_has(sec, t, subject.count(t) > 0);
      if (alias.count(t)) {
        here = here || std::any_of(subject.begin(), subject.end(), keyed);
      }
      if (here) found += weight(t);
    }
    double shaped = 0;
    for (const auto& t : shaping) {
      if (keyed(t) || above_has(sec, t, false)) shaped += kb_.weight(t);
    }
    SectionMatch m;
    m.section = static_cast<int>(s);
    m.precision = h_matched / h_weight;
    m.recall = q_weight > 0 ? found / q_weight : 0;
    // Most of what the question asks must be in the heading: a heading that
    // shares only its topic word ("Tujuan ...") with a question about
    // something else ("Apa tujuan APEC?") does not answer it.
    // (Unless the question lists the members of a kind, "Strategi apa saja
    // yang dipakai Belanda ...?", and the heading, with those above it,
    // names the kind and says nothing the question does not: "Strategi
    // Belanda" lists them, whatever verbs frame the asking.)
    // (What a heading says of the kind in a clause of its own, "Kesalahan
    // yang Sering Terjadi", qualifies the kind as the question's own "yang
    // ..." clause does: it is not more than asked. The kind then opens the
    // heading.)
    auto names_only_kind = [&] {
      const size_t n = std::min(sec.heading_words.size(), sec.heading_terms.size());
      if (n == 0 || sec.heading_terms.front() != kind_asked) return false;
      for (size_t i = 1; i < n && sec.heading_words[i] != "yang"; ++i) {
        const std::string& t = sec.heading_terms[i];
        if (!lx_.stop_words.count(sec.heading_words[i]) && !in(q, t) && !subject.count(t))
          return false;
      }
      return true;
    };
    const bool lists_kind = !kind_asked.empty() && (m.precision > 1 - 1e-9 || names_only_kind()) &&
                            (keyed(kind_asked) || above_has(sec, kind_asked, false)) &&
                            !subject.count(kind_asked);
    if (m.recall < kMinRecall && !lists_kind) continue;
    // Then the shaping words count: "Cara Mendaftarkan X" over "Apa Itu X?"
    // for "cara daftar X".
    if (shaping_weight > 0) m.recall = (found + shaped) / (q_weight + shaping_weight);
    // F2: what the question asks must be in the heading (recall) more than
    // the heading must say nothing else (precision): "Cara Membeli Reksa
    // Dana untuk Pemula" answers "Bagaimana cara membeli reksa dana?".
    m.score = 5 * m.precision * m.recall / (4 * m.precision + m.recall);
    m.own = own;
    m.words = heading_size_[s];
    m.names_topic = !named.empty();
    m.by_basis = !basis_asked.empty() &&
                 std::all_of(basis_asked.begin(), basis_asked.end(),
                             [&](const std::string& t) { return basis_tail_[s].count(t) > 0; });
    m.says_frame = says_frame;
    const bool tie = m.score > best.score - 1e-9 && m.score < best.score + 1e-9;
    const bool same_topic = m.names_topic == best.names_topic;
    const bool same_basis = same_topic && m.by_basis == best.by_basis;
    if (m.score > best.score + 1e-9 || (tie && m.names_topic && !best.names_topic) ||
        (tie && same_topic && m.by_basis && !best.by_basis) ||
        (tie && same_basis && m.says_frame && !best.says_frame) ||
        (tie && same_basis && m.says_frame == best.says_frame &&
         (m.own > best.own + 1e-9 || (m.own > best.own - 1e-9 && m.words < best.words))))
      best = m;
  }
  return best;
}

std::string item_head(const std::string& item) {
  // "Poliuria: sering buang air kecil ..." -> "Poliuria": a list item that
  // names a thing and then explains it is named by its head when many are
  // shown at once.
  constexpr size_t kMaxHead = 60;
  size_t cut = item.find_first_of(":,(");
  for (std::string_view sep : {" yaitu ", " adalah ", " merupakan ", " \xE2\x80\x93 ", " - "}) {
    cut = std::min(cut, item.find(sep));
  }
  if (cut == std::string::npos || cut == 0 || cut > kMaxHead) return trim_end(item);
  return trim_end(item.substr(0, cut));
}

std::string SectionStrategy::summary_of(int section, std::vector<int>* sentences) const {
  const KSection& sec = kb_.sections[static_cast<size_t>(section)];
  for (int bi : sec.blocks) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
    if (!b.list) continue;
    std::string text;
    for (int si : b.sentences) {
      text += (text.empty() ? "" : ", ") + item_head(kb_.sentences[static_cast<size_t>(si)].text);
      sentences->push_back(si);
    }
    return text;
  }
  for (int bi : sec.blocks) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
    if (b.sentences.empty()) continue;
    sentences->push_back(b.sentences.front());
    return trim_end(kb_.sentences[static_cast<size_t>(b.sentences.front())].text);
  }
  return {};
}

bool SectionStrategy::headed_as(int section, std::string_view qtype) const {
  if (section < 0 || static_cast<size_t>(section) >= typed_keys_.size()) return false;
  const auto& keys = typed_keys_[static_cast<size_t>(section)];
  return typed_questions_[static_cast<size_t>(section)] == qtype ||
         std::any_of(keys.begin(), keys.end(), [&](const auto& k) { return k.second == qtype; });
}

bool SectionStrategy::in_basis(int section, const std::string& term) const {
  return basis_tail_[static_cast<size_t>(section)].count(term) > 0;
}

bool SectionStrategy::headed_as_steps(int section) const {
  const Terms& heading = kb_.sections[static_cast<size_t>(section)].heading_terms;
  return std::any_of(heading.begin(), heading.end(),
                     [&](const std::string& h) { return lx_.step_terms.count(h) > 0; });
}

Draft SectionStrategy::named_items(const SectionMatch& m, const Understanding& u,
                                   Tools& tools) const {
  Draft d;
  if (m.section < 0) return d;
  // What the question asks beyond the headings above the items: the
  // matched section's and its ancestors', and the subject's name.
  auto headed = [&](int section, const std::string& t) {
    const KSection& sec = kb_.sections[static_cast<size_t>(section)];
    return has(sec.heading_terms, t) || above_has(sec, t, true);
  };
  // (A way asked, or a list, wants all the steps or items.)
  if (u.qtype == "how" || u.qtype == "list" || u.qtype == "comparison") return d;
  Terms extra;
  for (const std::string& t : u.key_content) {
    if (!headed(m.section, t) && !subject_terms_.count(t) && !has(extra, t)) extra.push_back(t);
  }
  // (One word alone is said in many items in passing: it takes two to
  // name one.)
  constexpr size_t kNamingWords = 2;
  if (extra.size() < kNamingWords) return d;
  std::vector<int> named;
  for (size_t bi = 0; bi < kb_.blocks.size(); ++bi) {
    const KBlock& b = kb_.blocks[bi];
    if (!b.list || !kb_.within(b.section, m.section)) continue;
    // A list whose lead names it all ("Bagi pemodal:") is the answer whole.
    if (std::all_of(extra.begin(), extra.end(),
                    [&](const std::string& t) { return has(b.lead_terms, t); }))
      return d;
    for (int si : b.sentences) {
      const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
      // (Named by the item's head, "Mengganggu hewan laut:", or by a
      // heading of the part it is in; a word elsewhere in an item is
      // said in passing.)
      const size_t head_end = item_head(s.text).size();
      if (head_end + 1 >= trim_end(s.text).size()) continue;  // no head of its own
      auto in_head = [&](const std::string& t) {
        for (size_t k = 0; k < s.terms.size() && k < s.begins.size() && s.begins[k] < head_end;
             ++k) {
          if (s.terms[k] == t) return true;
        }
        return false;
      };
      if (std::all_of(extra.begin(), extra.end(), [&](const std::string& t) {
            return in_head(t) || (b.section != m.section && headed(b.section, t));
          }))
        named.push_back(si);
    }
  }
  // A few items answer; many that all hold the words do not tell one apart.
  constexpr size_t kMaxNamed = 2;
  if (named.empty() || named.size() > kMaxNamed) return d;
  std::string text;
  for (int si : named) {
    d.sentences.push_back(si);
    std::string item = trim_end(kb_.sentences[static_cast<size_t>(si)].text);
    if (std::string nested = nested_items(kb_, si, &d.sentences); !nested.empty())
      item += " " + nested;
    d.items.push_back(item);
    text += (text.empty() ? "" : "\n") + item;
  }
  kainjow::mustache::data v;
  v.set("text", text);
  d.text = tools.renderer.render(lx_.tmpl("sentences"), v);
  d.intent = "section";
  d.sections.push_back(
      kb_.blocks[static_cast<size_t>(kb_.sentences[static_cast<size_t>(named.front())].block)]
          .section);
  d.confidence = m.confidence();
  return d;
}

Draft SectionStrategy::kinds_by_bases(const SectionMatch& m, const Understanding& u,
                                      Tools& tools) const {
  Draft d;
  auto s = static_cast<size_t>(m.section);
  // (A heading over the groupings, "## Jenis X" over "### Jenis X
  // Berdasarkan A", stands for them.)
  for (size_t c = s + 1; grouping_key_[s].empty() && c < kb_.sections.size() &&
                         kb_.within(static_cast<int>(c), static_cast<int>(s));
       ++c) {
    if (kb_.sections[c].parent == static_cast<int>(s) && !grouping_key_[c].empty()) s = c;
  }
  if (grouping_key_[s].empty() || lone_basis_[s]) return d;
  // Only asked with no basis of its own ("Apa saja jenis X?"), or asking
  // the bases themselves ("X dikelompokkan berdasarkan apa saja?").
  for (size_t i = 0; i < u.words.size(); ++i) {
    if (lx_.basis_markers.count(u.words[i]) &&
        (i + 1 >= u.words.size() || !lx_.question_words.count(u.words[i + 1])))
      return d;
  }
  // Nor where it names one basis in other words ("Kalau dari jaringan
  // komunikasinya ...", "tingkat keparahannya"), or asks of something
  // the groupings' head does not name.
  const Terms& all = kb_.sections[s].heading_terms;
  if (!u.entities.empty()) return d;  // kinds of one named thing
  for (const std::string& t : u.key_content) {
    if (!has(all, t) || basis_tail_[s].count(t)) return d;
  }
  for (size_t o = 0; o < kb_.sections.size(); ++o) {
    if (grouping_key_[o] != grouping_key_[s]) continue;
    for (const std::string& t : u.terms) {
      if (basis_tail_[o].count(t)) return d;
    }
  }
  kainjow::mustache::data groups{kainjow::mustache::data::type::list};
  size_t count = 0;
  for (size_t o = 0; o < kb_.sections.size(); ++o) {
    if (grouping_key_[o] != grouping_key_[s]) continue;
    // (Not one whose head lacks a word asked that the matched head has:
    // "Jenis HPV" groups the virus, where "Jenis Vaksin HPV" was asked.)
    if (std::any_of(u.terms.begin(), u.terms.end(), [&](const std::string& t) {
          return has(all, t) && !has(kb_.sections[o].heading_terms, t) && !basis_tail_[s].count(t);
        }))
      continue;
    // What each grouping holds: its list's heads, or its parts' headings.
    std::string text = summary_of(static_cast<int>(o), &d.sentences);
    std::string parts;
    for (size_t c = o + 1;
         c < kb_.sections.size() && kb_.within(static_cast<int>(c), static_cast<int>(o)); ++c) {
      if (kb_.sections[c].parent != static_cast<int>(o)) continue;
      parts += (parts.empty() ? "" : ", ") + strip_numbering(kb_.sections[c].heading);
    }
    if (!parts.empty()) text = parts;
    if (text.empty()) continue;
    kainjow::mustache::data g;
    g.set("name", kb_.sections[o].heading);
    g.set("text", text);
    groups.push_back(g);
    d.sections.push_back(static_cast<int>(o));
    ++count;
  }
  if (count < 2) return Draft{};
  // The groupings' shared head, as the matched heading writes it before
  // its basis ("Jenis Turbin Angin").
  const std::string& heading = kb_.sections[s].heading;
  const std::string folded = ascii_lower(heading);
  size_t cut = heading.size();
  for (const std::string& marker : lx_.basis_markers) {
    const size_t at = folded.find(" " + marker + " ");
    if (at != std::string::npos) cut = std::min(cut, at);
  }
  kainjow::mustache::data v;
  v.set("head", heading.substr(0, cut));
  v.set("intro", tools.renderer.render(lx_.tmpl("bases_intro"), v));
  v.set("groups", groups);
  d.text = tools.renderer.render(lx_.tmpl("grouped"), v);
  d.intent = "section";
  d.confidence = m.confidence();
  return d;
}

std::vector<std::pair<std::string, std::string>> SectionStrategy::part_summaries(
    int section, std::vector<int>* sentences) const {
  std::vector<std::pair<std::string, std::string>> parts;
  for (size_t s = static_cast<size_t>(section) + 1;
       s < kb_.sections.size() && kb_.within(static_cast<int>(s), section); ++s) {
    if (kb_.sections[s].parent != section) continue;
    parts.emplace_back(kb_.sections[s].heading, summary_of(static_cast<int>(s), sentences));
  }
  return parts;
}

Draft SectionStrategy::parts_of(int section, const std::string& intro, Tools& tools) const {
  Draft d;
  kainjow::mustache::data items{kainjow::mustache::data::type::list};
  for (const auto& [heading, summary] : part_summaries(section, &d.sentences)) {
    d.items.push_back(heading);
    kainjow::mustache::data item;
    item.set("text", summary.empty() ? heading : heading + ": " + summary);
    items.push_back(item);
  }
  if (d.items.empty()) return Draft{};
  kainjow::mustache::data v;
  v.set("intro", intro);
  v.set("items", items);
  d.text = tools.renderer.render(lx_.tmpl("list"), v);
  d.intent = "section";
  d.sections.push_back(section);
  return d;
}

Draft SectionStrategy::answer(const SectionMatch& m, const Understanding& u, Tools& tools) const {
  Draft d;
  if (m.section < 0) return d;
  if (Draft items = named_items(m, u, tools); items.confidence > 0) return items;
  if (Draft bases = kinds_by_bases(m, u, tools); bases.confidence > 0) return bases;
  const KSection& sec = kb_.sections[static_cast<size_t>(m.section)];
  const std::unordered_set<std::string> topical = topical_terms(u);  // the topics' words asked
  kainjow::mustache::data items{kainjow::mustache::data::type::list};
  // `shown` is the line in the answer; `text` the item a follow-up names
  // ("yang kedua").
  auto add_item = [&](const std::string& text, const std::string& shown) {
    d.items.push_back(text);
    kainjow::mustache::data item;
    item.set("text", shown);
    items.push_back(item);
  };
  std::string intro;
  // 1. A list of its own: the section's first, introduced by its lead;
  //    but what a thing is, is said in the prose that opens its section.
  // A prose opening that only introduces the list (ends in ':') is no
  // definition either.
  bool prose_first = false;
  if (u.qtype == "definition") {
    for (int bi : sec.blocks) {
      const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
      if (b.list) break;
      if (!b.sentences.empty()) {
        // "X adalah ... Urutannya seperti ini:": the sentences before the
        // one that introduces the list say what X is.
        prose_first = std::any_of(b.sentences.begin(), b.sentences.end(), [&](int si) {
          return !introduces_list(kb_.sentences[static_cast<size_t>(si)].text);
        });
        break;
      }
    }
  }
  // "Penyebab dan Dampak X" asked for causes: a list whose lead names the
  // other half ("dampaknya ... misalnya:") is that half's; the prose says
  // the half asked.
  // (Where both halves are words of the topic asked, "Risiko dan
  // Tantangan" for "tantangan", the half is the one the question writes,
  // when a paragraph after the part's list turns to it in that word: "Di
  // sisi lain, tantangan terbesar ...".)
  auto written = [&](const std::string& t) { return topical.count(t) > 0 && has(u.terms, t); };
  bool turned_to = false, after_list = false;
  for (int bi : sec.blocks) {
    const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
    after_list = after_list || b.list;
    if (b.list || !after_list) continue;
    for (int si : b.sentences) {
      const Terms& terms = kb_.sentences[static_cast<size_t>(si)].terms;
      turned_to = turned_to || std::any_of(terms.begin(), terms.end(), written);
    }
  }
  const bool written_half =
      turned_to &&
      other_conjunct(sec, [&](const std::string& t) { return topical.count(t) > 0; }).empty() &&
      std::any_of(sec.heading_terms.begin(), sec.heading_terms.end(), written);
  if (!prose_first && !u.topics.empty()) {
    std::unordered_set<std::string> other = other_conjunct(sec, [&](const std::string& t) {
      return written_half ? written(t) : topical.count(t) > 0;
    });
    // (The subject's words, which end the heading, are both halves'.)
    for (const std::string& t : subject_terms_) other.erase(t);
    for (int bi : sec.blocks) {
      const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
      if (!b.list) continue;
      // (Unless an item names what the question does: "Mengapa gangguan X
      // menyebabkan banjir?" is answered by the item on floods.)
      const bool item_named = std::any_of(b.sentences.begin(), b.sentences.end(), [&](int si) {
        const Terms& terms = kb_.sentences[static_cast<size_t>(si)].terms;
        return std::any_of(u.key_content.begin(), u.key_content.end(),
                           [&](const std::string& t) { return has(terms, t); });
      });
      // (A lead that names both halves, "Beberapa risiko dan
      // komplikasinya meliputi:", is the list of the half asked too.)
      const bool names_asked =
          std::any_of(b.lead_terms.begin(), b.lead_terms.end(), [&](const std::string& t) {
            return !other.count(t) && !subject_terms_.count(t) &&
                   (written_half ? written(t) : topical.count(t) > 0);
          });
      prose_first = !item_named && !names_asked &&
                    std::any_of(b.lead_terms.begin(), b.lead_terms.end(),
                                [&](const std::string& t) { return other.count(t) > 0; });
      break;
    }
    // (Only where the prose says the half asked in a word of it: prose that
    // names neither half, "Anemia yang dibiarkan tidak hanya membuat tubuh
    // lemas.", says less than the list.)
    if (prose_first) {
      prose_first = std::any_of(sec.blocks.begin(), sec.blocks.end(), [&](int bi) {
        const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
        return !b.list && std::any_of(b.sentences.begin(), b.sentences.end(), [&](int si) {
          const KSentence& sent = kb_.sentences[static_cast<size_t>(si)];
          return !introduces_list(sent.text) &&
                 std::any_of(sent.terms.begin(), sent.terms.end(), [&](const std::string& t) {
                   return written_half ? written(t) : topical.count(t) > 0;
                 });
        });
      });
    }
  }
  // "Bagaimana cara ...?" of a section with more lists than one: the list
  // its lead calls the steps ("Langkah pencairannya:") is the way asked;
  // one before it sets the conditions ("... baru bisa dicairkan ketika:").
  auto lead_names_steps = [&](const KBlock& b) {
    return std::any_of(b.lead_terms.begin(), b.lead_terms.end(),
                       [&](const std::string& t) { return lx_.step_terms.count(t) > 0; });
  };
  // (A list nested under an item, "Pilih cara pembukaan:", is a step's.)
  std::unordered_set<int> nested_lists;
  for (int bi : sec.blocks) {
    for (int si : kb_.blocks[static_cast<size_t>(bi)].sentences)
      nested_lists.insert(kb_.nested_list(si));
  }
  const bool steps_listed =
      u.qtype == "how" && std::any_of(sec.blocks.begin(), sec.blocks.end(), [&](int bi) {
        const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
        return b.list && !b.sentences.empty() && !nested_lists.count(bi) && lead_names_steps(b);
      });
  for (int bi : sec.blocks) {
    if (prose_first) break;
    const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
    if (!b.list || b.sentences.empty() || (steps_listed && !lead_names_steps(b))) continue;
    intro = b.lead.empty() ? sec.heading + ":" : b.lead;
    // A lead that sets itself against what its paragraph said before it
    // ("Dalam jangka pendek, ... Sementara itu, jangka panjang ...:") says
    // half: the paragraph says the rest.
    if (bi > 0 && !b.lead.empty()) {
      const KBlock& before = kb_.blocks[static_cast<size_t>(bi) - 1];
      const KSentence* lead = before.sentences.empty()
                                  ? nullptr
                                  : &kb_.sentences[static_cast<size_t>(before.sentences.back())];
      // (So does one after a paragraph that opens by saying the topic
      // asked in its own word: "Penyebab utama glaukoma adalah ...", then
      // "Beberapa faktor berikut meningkatkan risiko ...:".)
      const KSentence* opening =
          before.sentences.empty() ? nullptr
                                   : &kb_.sentences[static_cast<size_t>(before.sentences.front())];
      const bool opens_with_topic = opening != nullptr && opening != lead &&
                                    !opening->terms.empty() && topical.count(opening->terms[0]) &&
                                    !topical.count(lead->terms.empty() ? "" : lead->terms[0]);
      if (!before.list && before.section == b.section && before.sentences.size() >= 2 &&
          lead != nullptr && lead->text == b.lead && !lead->words.empty() &&
          (lx_.contrast_markers.count(lead->words.front()) > 0 || opens_with_topic)) {
        intro.clear();
        for (int si : before.sentences) {
          intro += (intro.empty() ? "" : " ") + kb_.sentences[static_cast<size_t>(si)].text;
          d.sentences.push_back(si);
        }
      }
    }
    for (int si : b.sentences) {
      d.sentences.push_back(si);
      const std::string& item = kb_.sentences[static_cast<size_t>(si)].text;
      // An item with a list nested under it ("Di sekolah" over "- Mengikuti
      // upacara ...") is said with that list, on its line.
      const std::string nested = nested_items(kb_, si, &d.sentences);
      add_item(trim_end(item), nested.empty() ? trim_end(item) : trim_end(item) + ": " + nested);
    }
    break;
  }
  if (d.items.empty()) {
    // 2. Prose: the opening paragraphs...
    // (...of the half asked: under "Resonansi dan Efek Doppler", "Apa itu
    // resonansi?" stops at the paragraph that turns to "Efek Doppler".)
    const std::unordered_set<std::string> other_half =
        other_conjunct(sec, [&](const std::string& t) { return has(u.terms, t); });
    auto turns_away = [&](const KBlock& b) {
      if (other_half.empty() || b.sentences.empty()) return false;
      const Terms& first = kb_.sentences[static_cast<size_t>(b.sentences.front())].terms;
      return std::any_of(first.begin(), first.end(),
                         [&](const std::string& t) { return other_half.count(t) > 0; }) &&
             std::none_of(u.key_content.begin(), u.key_content.end(),
                          [&](const std::string& t) { return has(first, t); });
    };
    std::string text;
    // "Pengertian Ozon dan Lapisan Ozon" asked what the layer is: its
    // paragraphs define one each ("Ozon adalah ...", then "Sementara itu,
    // lapisan ozon adalah ..."); the answer opens where the thing asked, in
    // all its words, is what a sentence says is something.
    int opening = -1;
    if (u.qtype == "definition") {
      const Terms& asked = u.query;
      auto defines_asked = [&](int bi) {
        for (int si : kb_.blocks[static_cast<size_t>(bi)].sentences) {
          const KSentence& sent = kb_.sentences[static_cast<size_t>(si)];
          const int at = find_phrase(sent.terms, asked);
          size_t after = static_cast<size_t>(at) + asked.size();
          // (Its other name after "atau" may stand before the copula:
          // "kolesterol tinggi atau hiperkolesterolemia adalah ...".)
          constexpr size_t kAliasWords = 3;
          if (at >= 0 && after < sent.words.size() && sent.words[after] == "atau") {
            for (size_t k = after + 1; k < sent.terms.size() && k <= after + kAliasWords; ++k) {
              if (lx_.copula_terms.count(sent.terms[k])) {
                after = k;
                break;
              }
            }
          }
          // (As the sentence's subject, after a connective at most:
          // "Dasar hukum NPWP adalah ..." says what the basis is.)
          const bool opens =
              at >= 0 &&
              std::all_of(sent.words.begin(), sent.words.begin() + at, [&](const std::string& w) {
                return lx_.stop_words.count(w) || lx_.contrast_markers.count(w);
              });
          if (opens && after < sent.terms.size() && lx_.copula_terms.count(sent.terms[after]))
            return true;
        }
        return false;
      };
      for (int bi : sec.blocks) {
        const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
        if (b.list) break;
        if (defines_asked(bi)) {
          opening = bi;
          break;
        }
      }
    }
    // Past the other half's list, only a paragraph that names the half
    // asked goes on with it ("Di sisi lain, tantangan terbesar ...").
    bool past_list = false;
    for (int bi : sec.blocks) {
      if (opening >= 0 && bi < opening) continue;
      const KBlock& b = kb_.blocks[static_cast<size_t>(bi)];
      if (b.list && !prose_first) break;
      if (b.list) {
        past_list = true;
        continue;
      }
      if (past_list && std::none_of(b.sentences.begin(), b.sentences.end(), [&](int si) {
            const Terms& terms = kb_.sentences[static_cast<size_t>(si)].terms;
            return std::any_of(u.key_content.begin(), u.key_content.end(),
                               [&](const std::string& t) { return has(terms, t); }) ||
                   std::any_of(terms.begin(), terms.end(), [&](const std::string& t) {
                     return has(u.terms, t) && has(sec.heading_terms, t);
                   });
          }))
        continue;
      if (!text.empty() && turns_away(b)) break;
      for (int si : b.sentences) {
        const std::string& s = kb_.sentences[static_cast<size_t>(si)].text;
        // Its list is not shown: the sentence that announces it goes too.
        // (Not a colon inside the paragraph, "... dua bagian yang sama
        // besar: separuh ...": what it announces follows in the paragraph.)
        if (prose_first && introduces_list(s) && si == b.sentences.back()) continue;
        if (!text.empty() && text.size() + s.size() > kOpeningChars) break;
        text += (text.empty() ? "" : " ") + s;
        d.sentences.push_back(si);
      }
      if (text.size() >= kOpeningChars / 2) break;
    }
    // 3. ...and, when the section is divided, what each part holds: a short
    //    opening says little, its parts say what the section is about.
    const std::vector<std::pair<std::string, std::string>> parts =
        part_summaries(m.section, &d.sentences);
    if (parts.empty() || text.size() >= kOpeningChars / 2) {
      if (text.empty()) return Draft{};
      kainjow::mustache::data v;
      v.set("text", text);
      d.text = tools.renderer.render(lx_.tmpl("sentences"), v);
    } else {
      intro = text.empty() ? sec.heading + ":" : text;
      for (const auto& [heading, summary] : parts)
        add_item(heading, summary.empty() ? heading : heading + ": " + summary);
    }
  }
  if (!d.items.empty()) {
    kainjow::mustache::data v;
    v.set("intro", intro);
    v.set("items", items);
    d.text = tools.renderer.render(lx_.tmpl("list"), v);
  }
  if (d.text.empty()) return Draft{};
  d.intent = "section";
  d.sections.push_back(m.section);
  d.confidence = m.confidence();
  return d;
}

}  // namespace tanya
