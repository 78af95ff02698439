#include "bot/understand.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "base/strings.h"
#include "text/casing.h"
#include "text/clitic.h"
#include "text/utf8.h"
#include "text/year.h"

namespace tanya {

namespace {

// A one-letter word or a Roman numeral: in a name ("SIM A", "SIM B II",
// "Vitamin D") it labels one thing among its siblings.
bool is_label(std::string_view t) {
  static constexpr std::string_view kNumerals[] = {"i",  "ii",  "iii",  "iv", "v",
                                                   "vi", "vii", "viii", "ix", "x"};
  return (t.size() == 1 && t[0] >= 'a' && t[0] <= 'z') ||
         std::find(std::begin(kNumerals), std::end(kNumerals), t) != std::end(kNumerals);
}

// The keys two spellings of one word share (Understander::spelling_variant):
// - "e" for "i" and "ai" ("migren" and "migrain", "resiko" and "risiko");
std::string vowels_as_e(std::string_view w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == 'a' && i + 1 < w.size() && w[i + 1] == 'i') {
      out += 'e';
      ++i;
    } else {
      out += w[i] == 'i' ? 'e' : w[i];
    }
  }
  return out;
}

// - a doubled consonant once ("biomassa" and "biomasa");
std::string consonants_once(std::string_view w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i > 0 && w[i] == w[i - 1] && std::string_view("aeiou").find(w[i]) == std::string_view::npos)
      continue;
    out += w[i];
  }
  return out;
}

// - an English word as Indonesian spells its sound ("laundry" and
//   "londri", "Mallaby" and "malabi"), and a Dutch or old-spelling name
//   as it is now written ("Roijen" and "Royen", "Soekarno" and "Sukarno",
//   "Djuanda" and "Juanda").
std::string as_sounded(std::string_view w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    if ((w[i] == 'i' && next == 'j') || ((w[i] == 'd' || w[i] == 't') && next == 'j')) {
      out += w[i] == 'i' ? 'i' : w[i] == 'd' ? 'j' : 'k';
      ++i;
    } else if (w[i] == 'o' && next == 'e') {
      out += 'u';
      ++i;
    } else if (w[i] == 'a' && next == 'u') {
      out += 'o';
      ++i;
    } else if ((w[i] == 'e' && next == 'e') || w[i] == 'y') {
      out += 'i';
      i += w[i] == 'e' ? 1 : 0;
    } else if (w[i] == 'o' && next == 'o') {
      out += 'u';
      ++i;
    } else if (w[i] == 'c' || w[i] == 'q') {
      out += 'k';
    } else if (w[i] == 'p' && next == 'h') {
      out += 'f';
      ++i;
    } else {
      out += w[i];
    }
  }
  return consonants_once(out);
}

bool is_number(const std::string& w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

int count_of(const std::unordered_map<std::string, int>& counts, const std::string& key) {
  auto it = counts.find(key);
  return it == counts.end() ? 0 : it->second;
}

}  // namespace

int edit_distance(std::string_view a, std::string_view b, int limit) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev2(static_cast<size_t>(m + 1)), prev(static_cast<size_t>(m + 1)),
      cur(static_cast<size_t>(m + 1));
  for (int j = 0; j <= m; ++j) prev[static_cast<size_t>(j)] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      auto J = static_cast<size_t>(j);
      int cost = a[static_cast<size_t>(i - 1)] == b[J - 1] ? 0 : 1;
      cur[J] = std::min({prev[J] + 1, cur[J - 1] + 1, prev[J - 1] + cost});
      if (i > 1 && j > 1 && a[static_cast<size_t>(i - 1)] == b[J - 2] &&
          a[static_cast<size_t>(i - 2)] == b[J - 1]) {
        cur[J] = std::min(cur[J], prev2[J - 2] + 1);
      }
      row_min = std::min(row_min, cur[J]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[static_cast<size_t>(m)];
}

Understander::Understander(const Lexicon& lexicon, const Knowledge& knowledge,
                           const Language* language)
    : lx_(lexicon), kb_(knowledge), lang_(language) {
  // Readers write many open compounds closed and the other way round
  // ("sumberdaya", "kerjasama"): every pair of adjacent words in the article
  // is also known in its closed form.
  for (const KSentence& s : kb_.sentences) {
    for (const std::string& w : s.words) ++word_count_[w];
    for (size_t i = 0; i < s.words.size() && i < s.terms.size(); ++i)
      ++stem_forms_[s.terms[i]][s.words[i]];
    for (size_t i = 0; i + 1 < s.words.size(); ++i) {
      const std::string& a = s.words[i];
      const std::string& b = s.words[i + 1];
      if (!is_number(a) && is_number(b)) numbered_names_.insert(a + " " + b);
      if (is_number(a) || is_number(b)) continue;
      // A hyphen joins a word of any length ("e-commerce", "e-KTP"): readers
      // drop it ("ecommerce") as they close open compounds.
      const size_t at = s.begins[i + 1];
      const bool hyphened = at > 0 && at <= s.text.size() && s.text[at - 1] == '-';
      if (b.size() == 1 && a.size() >= 3 && std::isalpha(static_cast<unsigned char>(b[0])))
        letter_labels_.insert(a + " " + b);
      // (Nor of two letters but in a name's words, never a small word's:
      // "El Nino" is "elnino", but "di rumah" is no compound.)
      const bool short_name_part =
          a.size() >= 2 && b.size() >= 2 && !lx_.stop_words.count(a) && !lx_.stop_words.count(b);
      if (!hyphened && (a.size() < 3 || b.size() < 3) && !short_name_part) continue;
      joined_.emplace(a + b, Words{a, b});
      ++pair_count_[a + " " + b];
    }
  }
  // The pairs a blend may shorten ("Kemenkes"), by the letters that open
  // their first word, so that a question looks at a few, not all.
  for (const auto& [pair, count] : pair_count_) {
    const size_t space = pair.find(' ');
    if (space > kBlendPart) blends_[pair.substr(0, kBlendPart)].push_back(&pair);
  }
  // A name opens its item ("**Perundungan kelompok**, yaitu ..."): the few
  // words before its first comma, colon or full stop.
  constexpr size_t kItemHead = 4;
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    if (s.item < 0) continue;
    const size_t end = s.text.find_first_of(",:.");
    size_t n = 0;
    while (n < s.begins.size() && n <= kItemHead && s.begins[n] < end) ++n;
    if (n <= kItemHead)
      item_heads_.emplace_back(s.words.begin(), s.words.begin() + static_cast<long>(n));
    // An item named by one word is one kind among its list's items.
    if (kb_.named_by_one_word(static_cast<int>(si))) item_lists_[s.words.front()].insert(s.block);
  }
  {
    std::unordered_set<std::string> subject;
    for (const KDocument& d : kb_.docs)
      subject.insert(d.subject_terms.begin(), d.subject_terms.end());
    loose_names_.resize(kb_.entities.size());
    for (size_t e = 0; e < kb_.entities.size(); ++e) {
      const auto& names = kb_.entities[e].name_terms;
      loose_names_[e].assign(names.size(), false);
      for (size_t n = 0; n < names.size(); ++n) {
        const Terms key = name_key(names[n], subject);
        if (key.size() != 1 || names[n].size() < 2) continue;
        int whole = 0;
        for (const KSentence& s : kb_.sentences) whole += find_phrase(s.terms, names[n]) >= 0;
        auto df = kb_.term_sentences.find(key.front());
        const int alone = (df == kb_.term_sentences.end() ? 0 : df->second) - whole;
        // (So is the one word left of a name whose other words, two or
        // more, are common ones, "internet" of "Internet of Things", where
        // the article also writes it on its own: it says too little of the
        // name to stand for it. The subject's words are said by the
        // article's subject, and count as said.)
        const auto common = std::count_if(names[n].begin(), names[n].end(), [&](const auto& t) {
          return !subject.count(t) && t != key.front();
        });
        loose_names_[e][n] = alone >= whole || (alone > 0 && common >= 2);
      }
    }
  }
  // English names in the article ("World Trade Organization") must reach
  // entity matching as they are, not as the English keywords' rewrites
  // ("trade" -> "perdagangan"). Names are ASCII: folded by hand here.
  std::vector<const std::string*> names;
  for (const KEntity& e : kb_.entities) {
    names.push_back(&e.name);
    names.push_back(&e.expansion);
    for (const std::string& a : e.aliases) names.push_back(&a);
  }
  for (const KDocument& d : kb_.docs) {
    for (const auto& e : d.errata) names.push_back(&e.correct);  // "World Trade Organization"
  }
  if (!kb_.docs.empty()) {
    // (Folded by hand: a byte of a non-ASCII letter stays in its word.)
    Words words(1);
    for (unsigned char c : kb_.docs.front().subject) {
      if (c < 0x80 && !std::isalnum(c)) {
        if (!words.back().empty()) words.emplace_back();
      } else {
        words.back() += static_cast<char>(std::tolower(c));
      }
    }
    if (words.back().empty()) words.pop_back();
    if (words.size() == kb_.docs.front().subject_terms.size()) subject_words_ = std::move(words);
  }
  // The kind of thing the subject is, from the first sentence that defines
  // it: "Campak adalah penyakit ...", "Mars merupakan salah satu planet
  // ..." (a reader says "penyakit campak", "planet Mars").
  for (const KSentence& s : kb_.sentences) {
    if (subject_words_.empty()) break;
    const size_t n = subject_words_.size();
    if (s.words.size() < n + 2 ||
        !std::equal(subject_words_.begin(), subject_words_.end(), s.words.begin()) ||
        !lx_.copula_words.count(s.words[n]))
      continue;
    size_t k = n + 1;
    if (k + 2 < s.words.size() && s.words[k] == "salah" && s.words[k + 1] == "satu") k += 2;
    const std::string& kind = s.words[k];
    if (!lx_.stop_words.count(kind) && !is_number(kind) &&
        std::find(subject_words_.begin(), subject_words_.end(), kind) == subject_words_.end())
      subject_kind_ = kind;
    break;
  }
  for (const KSentence& s : kb_.sentences) {
    for (size_t k = 0; k < s.words.size() && k < s.begins.size(); ++k) {
      const std::string& w = s.words[k];
      if (w.size() < 2 || s.begins[k] + w.size() > s.text.size()) continue;
      const std::string_view written(s.text.data() + s.begins[k], w.size());
      if (std::all_of(written.begin(), written.end(),
                      [](char c) {
                        return std::isupper(static_cast<unsigned char>(c)) ||
                               std::isdigit(static_cast<unsigned char>(c));
                      }) &&
          std::any_of(written.begin(), written.end(),
                      [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
        capitalized_.insert(w);
    }
  }
  word_acronyms_.resize(kb_.entities.size());
  for (size_t e = 0; e < kb_.entities.size(); ++e) {
    const KEntity& ent = kb_.entities[e];
    if (ent.kind == "acronym" || !ent.expansion.empty()) {
      std::string folded;
      for (unsigned char c : ent.name) folded += static_cast<char>(std::tolower(c));
      acronyms_.insert(folded);
      // (A function word: a reader who types "sim" may mean SIM, but no
      // one types "itu" for ITU.)
      // (Nor "who" for WHO, in a question asked in English.)
      if (lx_.stop_words.count(folded) || lx_.question_words.count(folded) ||
          lx_.english_openers.count(folded))
        word_acronyms_[e] = folded;
    }
  }
  for (const std::string* n : names) {
    Words words(1);
    for (unsigned char c : *n) {
      if (std::isalnum(c)) {
        words.back() += static_cast<char>(std::tolower(c));
      } else if (!words.back().empty()) {
        words.emplace_back();
      }
    }
    if (words.back().empty()) words.pop_back();
    if (words.size() >= 2) names_.add(words, 0);
  }
  // The article's words come first, so that on equal distance a typo
  // becomes the article's word ("regionl" -> "regional", not the English
  // keyword "region"); each part is sorted for deterministic ties.
  std::unordered_set<std::string> article;
  for (const auto& [w, t] : kb_.words) {
    if (w.size() >= 4 && !is_number(w)) article.insert(w);
  }
  // The understander's own tokenizer, for what it reads at load.
  Tokenizer tok;
  // The subject's words in capitals ("BPJS", "JKN"; not a capitalized word).
  if (!kb_.docs.empty()) {
    const std::string& written = kb_.docs.front().subject;
    for (const Token& t : tok.tokenize(written)) {
      const std::string_view w(written.data() + t.begin, t.end - t.begin);
      constexpr int kCapitals = 2;
      if (std::count_if(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >=
          kCapitals)
        subject_capitals_.insert(t.term);
    }
  }
  // English words of the article whose Indonesian it uses instead: found
  // once, not per question.
  if (lang_ != nullptr && !kb_.docs.empty()) {
    for (const auto& [word, term] : kb_.words) {
      if (word.size() < 4 ||
          !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        continue;
      std::vector<std::string> translations = lang_->english->translations(word);
      std::vector<std::string> spellings = lx_.loanwords.spellings(word);
      std::vector<std::string> indonesian = translations;
      indonesian.insert(indonesian.end(), spellings.begin(), spellings.end());
      std::optional<Words> alias;
      for (const std::string& t : indonesian) {
        Words to = article_words(t, tok);
        if (to.empty() || to == Words{word}) continue;
        Terms terms;
        for (const auto& x : to) terms.push_back(term_of(x, tok));
        if (terms == kb_.docs.front().subject_terms) {
          alias = std::move(to);
          break;
        }
      }
      // An English gloss beside the article's own word ("literasi digital
      // (digital literacy)"): the reader who types the English means the
      // word the article goes on to use, not the one place it glosses it.
      // The word's own Indonesian spelling, which means what it means; or
      // a dictionary's translation of one sense only ("nuclear" -> "nuklir";
      // of several senses, the article's may be another: "public" ->
      // "umum").
      std::vector<std::string> forms = spellings;
      if (translations.size() == 1 && translations.front().find(' ') == std::string::npos)
        forms.push_back(translations.front());
      for (size_t k = 0; k < forms.size() && !alias; ++k) {
        const std::string& form = forms[k];
        if (!kb_.words.count(form) || form == word || lang_->speller->valid(word)) continue;
        if (count_of(word_count_, form) > 2 * count_of(word_count_, word)) {
          alias = Words{form};
          if (k >= spellings.size()) translated_alias_.insert(word);
        }
      }
      if (alias) english_alias_.emplace(word, std::move(*alias));
    }
  }
  // Closed forms of the article's open compounds are typo targets too
  // ("kerjsama" -> "kerjasama" -> "kerja sama").
  for (const auto& [closed, parts] : joined_) {
    if (!lx_.stop_words.count(parts[0]) && !lx_.stop_words.count(parts[1])) article.insert(closed);
  }
  // General rewrites (bot/lexicon.json), then each article's own
  // (corpus/<id>.json), which name only words of that article.
  // A reader's word the lexicon rewrites ("wujud" -> "bentuk") is kept
  // where the article writes it itself ("Berdasarkan Wujud Fluida"): the
  // article's own word is the surest reading. (One word of the language:
  // a phrase, "dilihat dari", frames the question whatever the article
  // writes; an English keyword the article quotes is weighed by
  // keeps_english.)
  for (const KSection& sec : kb_.sections)
    heading_words_.insert(sec.heading_words.begin(), sec.heading_words.end());
  for (const auto& [from, to] : lx_.rewrites) {
    // (Hunspell, the costly check, last: most rewrites are of words the
    // article does not write.)
    if (from.size() == 1 && (count_of(word_count_, from[0]) > 0 || heading_words_.count(from[0])) &&
        lang_ != nullptr && lang_->speller->valid(from[0]))
      kept_.insert(from[0]);
  }
  auto words_of = [&](const std::string& text) {
    Words out;
    for (const Token& t : tok.tokenize(text)) out.push_back(t.word);
    return out;
  };
  for (const KDocument& d : kb_.docs) {
    for (const auto& [from, to] : d.rewrites) {
      Words f = words_of(from);
      if (!f.empty()) replacements_.emplace_back(std::move(f), words_of(to));
    }
  }
  // An English name an article gives its subject where it defines it
  // ("Energi terbarukan adalah ... Dalam bahasa Inggris, istilah ini dikenal
  // sebagai renewable energy."): a reader who uses it asks about the subject.
  if (lang_ != nullptr) {
    for (const KBlock& b : kb_.blocks) {
      if (b.sentences.empty()) continue;
      const int doc = kb_.sections[static_cast<size_t>(b.section)].doc;
      const Words subject = words_of(kb_.docs[static_cast<size_t>(doc)].subject);
      const Words& opening = kb_.sentences[static_cast<size_t>(b.sentences.front())].words;
      if (subject.empty() || opening.size() < subject.size() ||
          !std::equal(subject.begin(), subject.end(), opening.begin()))
        continue;
      for (int si : b.sentences) {
        const Words& w = kb_.sentences[static_cast<size_t>(si)].words;
        for (const Words& verb : lx_.naming_verbs) {
          const int at = find_phrase(w, verb);
          if (at < 0) continue;
          // (One name per "atau": "drip irrigation atau trickle irrigation".)
          std::vector<Words> given(1);
          for (auto it = w.begin() + at + static_cast<long>(verb.size()); it != w.end(); ++it) {
            if (*it == "atau") {
              given.emplace_back();
            } else {
              given.back().push_back(*it);
            }
          }
          constexpr size_t kMaxName = 4;
          for (Words& name : given) {
            const bool english =
                !name.empty() && name.size() <= kMaxName &&
                std::all_of(name.begin(), name.end(),
                            [](const std::string& x) {
                              return std::all_of(x.begin(), x.end(),
                                                 [](char c) { return c >= 'a' && c <= 'z'; });
                            }) &&
                std::any_of(name.begin(), name.end(),
                            [&](const std::string& x) { return !lang_->speller->valid(x); });
            if (english && name != subject) {
              replacements_.emplace_back(std::move(name), subject);
              names_subject_.resize(replacements_.size());
              names_subject_.back() = true;
            }
          }
        }
      }
    }
  }
  // An everyday name the article gives its subject ("Di masyarakat, diabetes
  // lebih dikenal sebagai penyakit gula atau kencing manis."): the subject's
  // first word a few words before a naming verb, the names after it to the
  // end of the sentence, one per "atau".
  constexpr size_t kNameGap = 3, kMaxOtherName = 3;
  std::vector<Words> subjects;
  for (const KDocument& d : kb_.docs) subjects.push_back(words_of(d.subject));
  for (const KSentence& sent : kb_.sentences) {
    const int doc =
        kb_.sections[static_cast<size_t>(kb_.blocks[static_cast<size_t>(sent.block)].section)].doc;
    const Words& subject = subjects[static_cast<size_t>(doc)];
    const Words& w = sent.words;
    if (subject.empty()) continue;
    for (const Words& verb : lx_.naming_verbs) {
      const int at = find_phrase(w, verb);
      if (at <= 0) continue;
      const size_t from =
          static_cast<size_t>(at) > kNameGap ? static_cast<size_t>(at) - kNameGap : 0;
      if (std::find(w.begin() + static_cast<long>(from), w.begin() + at, subject.front()) ==
          w.begin() + at)
        continue;
      Words name;
      auto add = [&] {
        const bool plain = !name.empty() && name.size() <= kMaxOtherName && name != subject &&
                           std::none_of(name.begin(), name.end(), [&](const std::string& x) {
                             return lx_.stop_words.count(x) > 0 ||
                                    x.find_first_of("0123456789") != std::string::npos;
                           });
        if (plain) {
          aliases_.add(name, static_cast<int>(alias_names_.size()));
          alias_names_.emplace_back(name, subject);
        }
        name.clear();
      };
      for (size_t k = static_cast<size_t>(at) + verb.size(); k < w.size(); ++k) {
        if (w[k] == "atau") {
          add();
          continue;
        }
        name.push_back(w[k]);
      }
      add();
    }
  }
  if (lang_ != nullptr) {
    for (const KSentence& sent : kb_.sentences) add_glosses(sent, tok);
  }
  names_subject_.resize(replacements_.size());
  for (size_t i = 0; i < replacements_.size(); ++i)
    own_rewrites_.add(replacements_[i].first, static_cast<int>(i));
  vocabulary_.assign(article.begin(), article.end());
  std::sort(vocabulary_.begin(), vocabulary_.end());
  // (Each word's spelling keys once here, not once per question's word.)
  for (const std::string& v : vocabulary_)
    spelling_keys_.push_back({vowels_as_e(v), consonants_once(v), as_sounded(v)});
}

std::pair<size_t, const Words*> Understander::rewrite_at(const Words& raw, size_t i) const {
  // The lexicon's rewrites come before the article's own on equal length,
  // as they were listed first; a one-word one the article keeps is none.
  auto [general, g] = lx_.rewrite_index.longest_at(raw, i);
  if (general == 1 && kept_.count(raw[i])) general = 0;
  auto [own, o] = own_rewrites_.longest_at(raw, i);
  // Another name of the subject reads as the subject, unless the question
  // names the subject too: then it asks about the name ("Apakah abrasi
  // sama dengan erosi marin?").
  if (own > 0 && names_subject_[static_cast<size_t>(o)]) {
    const std::string& first = replacements_[static_cast<size_t>(o)].second.front();
    for (size_t k = 0; k < raw.size(); ++k) {
      if ((k < i || k >= i + own) && raw[k] == first) own = 0;
    }
  }
  if (general > 0 && general >= own) return {general, &lx_.rewrites[static_cast<size_t>(g)].second};
  if (own > 0) return {own, &replacements_[static_cast<size_t>(o)].second};
  return {0, nullptr};
}

namespace {

// Chat shorthand drops a word's vowels and keeps its consonants ("btk" for
// "batik", "tuls" for "tulis", "byr" for "bayar"), writing "ng" as "g" and
// a doubled consonant once ("tgl" for "tanggal"): `short_form` is `word`
// with such letters left out, and nothing else changed.
bool drops_vowels(const std::string& short_form, const std::string& word) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  size_t k = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (k < short_form.size() && short_form[k] == c)
      ++k;
    else if (!vowel(c) && !(c == 'n' && i + 1 < word.size() && word[i + 1] == 'g') &&
             !(i > 0 && word[i - 1] == c))
      return false;
  }
  return k == short_form.size() && short_form.size() < word.size();
}

// The forms an English word may be a headword in: plurals in their
// singular form, and derived forms a headword lacks.
std::vector<std::string> english_forms(const std::string& w) {
  std::vector<std::string> forms{w};
  // ("studies", "buried", "easier", "easiest": a "y" the suffix turned
  // into "i".)
  for (std::string_view suffix : {"ies", "ied", "ier", "iest"}) {
    if (w.size() > suffix.size() + 1 &&
        w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0)
      forms.push_back(w.substr(0, w.size() - suffix.size()) + "y");
  }
  if (w.size() > 3 && w.back() == 's') {
    forms.push_back(w.substr(0, w.size() - 1));
    if (w.size() > 4 && w.compare(w.size() - 2, 2, "es") == 0)
      forms.push_back(w.substr(0, w.size() - 2));
  }
  // Derived forms a headword lacks: "regional" -> "region",
  // "controlling" -> "control", "supervised" -> "supervise", "largest"
  // -> "large" (Indonesian "terbesar" stems to the same "besar").
  // (A superlative of a three-letter adjective too: "oldest" -> "old".)
  for (std::string_view suffix : {"al", "ing", "ed", "ly", "est"}) {
    const size_t shortest = suffix == "est" ? 3 : 4;
    if (w.size() >= suffix.size() + shortest &&
        w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) {
      std::string stem = w.substr(0, w.size() - suffix.size());
      forms.push_back(stem);
      forms.push_back(stem + "e");
      // "controlling" -> "control": a consonant doubled before the suffix.
      if (stem.size() > 3 && stem.back() == stem[stem.size() - 2] &&
          std::string_view("aeiou").find(stem.back()) == std::string_view::npos)
        forms.push_back(stem.substr(0, stem.size() - 1));
    }
  }
  return forms;
}

}  // namespace

void Understander::add_glosses(const KSentence& sent, Tokenizer& tok) {
  // A word of another language: plain ASCII letters Hunspell's Indonesian
  // does not know ("bullying", "coral", "reef").
  auto foreign = [&](const std::string& w) {
    return w.size() >= 3 &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           !lang_->speller->valid(w);
  };
  const Words& w = sent.words;
  // How often the article writes a run of words.
  auto uses = [&](const Words& run) {
    int n = 0;
    for (const KSentence& other : kb_.sentences) {
      for (size_t i = 0; i + run.size() <= other.words.size(); ++i)
        n += std::equal(run.begin(), run.end(), other.words.begin() + static_cast<long>(i));
    }
    return n;
  };
  // The term glossed: the words w[0, end) end with it. A name written in
  // capitals is whole ("Segitiga Terumbu Karang (Coral Triangle)"); else
  // the longest of the last few words the article writes again elsewhere
  // ("pemutihan karang (coral bleaching)").
  auto term_before = [&](size_t end, size_t gloss_words, bool heads) {
    constexpr size_t kLongestTerm = 4;
    auto capital = [&](size_t i) {
      const unsigned char c = static_cast<unsigned char>(sent.text[sent.begins[i]]);
      return c >= 'A' && c <= 'Z';
    };
    size_t from = end;
    while (from > 0 && end - from < kLongestTerm && capital(from - 1)) --from;
    if (from > 0 && end - from >= 2)
      return Words(w.begin() + static_cast<long>(from), w.begin() + static_cast<long>(end));
    // A word of the term is Indonesian, or one the article makes its own
    // by using it often ("perundungan", newer than the dictionary).
    constexpr int kOwnUses = 2;
    auto plain = [&](const std::string& x) {
      return !is_number(x) && (!foreign(x) || count_of(word_count_, x) >= kOwnUses);
    };
    // The words that open the sentence or item, whole, where the gloss
    // closes them as its head: "Pemberi waralaba (franchisor), yaitu ..."
    // glosses the giver, not "waralaba".
    if (heads && end >= 2 && end <= kLongestTerm && !lx_.stop_words.count(w.front()) &&
        std::all_of(w.begin(), w.begin() + static_cast<long>(end), plain))
      return Words(w.begin(), w.begin() + static_cast<long>(end));
    // A term of as many words as its gloss, at least ("coral bleaching" is
    // "pemutihan karang", not "karang").
    for (size_t k = std::min(kLongestTerm, end); k >= gloss_words && k > 0; --k) {
      Words run(w.begin() + static_cast<long>(end - k), w.begin() + static_cast<long>(end));
      if (lx_.stop_words.count(run.front()) || !std::all_of(run.begin(), run.end(), plain))
        continue;
      if (uses(run) >= 2 || k == gloss_words) return run;
    }
    return Words{};
  };
  // An abbreviation of the term is no gloss: its letters are the term's
  // in order ("juru pemantau jentik (jumantik)").
  auto abbreviates = [](const std::string& gloss, const Words& term) {
    std::string letters;
    for (const std::string& x : term) letters += x;
    size_t at = 0;
    for (char c : gloss) {
      at = letters.find(c, at);
      if (at == std::string::npos) return false;
      ++at;
    }
    return !term.empty() && gloss[0] == term.front()[0];
  };
  auto add = [&](Words gloss, Words term) {
    if (gloss.empty() || term.empty() || gloss == term) return;
    // The reader's word is read toward the one the article uses more.
    if (uses(gloss) >= uses(term)) return;
    aliases_.add(gloss, static_cast<int>(alias_names_.size()));
    alias_names_.emplace_back(std::move(gloss), std::move(term));
  };
  // A gloss is written in lowercase: a capital opens a name or an acronym
  // ("(SaaS)", "(Jong Java)"), which the article's entities read.
  auto lowercase = [&](size_t from, size_t to) {
    while (from < to && !std::isalpha(static_cast<unsigned char>(sent.text[from]))) ++from;
    return from < to && sent.text[from] >= 'a' && sent.text[from] <= 'z';
  };
  // "X (Y)": Y of one to three foreign words.
  constexpr size_t kLongestGloss = 3;
  for (size_t open = sent.text.find('('); open != std::string::npos;
       open = sent.text.find('(', open + 1)) {
    const size_t close = sent.text.find(')', open);
    if (close == std::string::npos) break;
    const std::string inside = sent.text.substr(open + 1, close - open - 1);
    if (!lowercase(open + 1, close)) continue;
    Words gloss;
    for (const Token& t : tok.tokenize(inside)) gloss.push_back(t.word);
    if (gloss.empty() || gloss.size() > kLongestGloss ||
        !std::all_of(gloss.begin(), gloss.end(), foreign))
      continue;
    size_t end = 0;  // words before the parenthesis
    while (end < w.size() && sent.begins[end] < open) ++end;
    bool abbreviation = false;
    for (size_t k = 2; gloss.size() == 1 && k <= std::min<size_t>(4, end); ++k)
      abbreviation =
          abbreviation || abbreviates(gloss.front(), Words(w.begin() + static_cast<long>(end - k),
                                                           w.begin() + static_cast<long>(end)));
    const size_t n = gloss.size();
    const size_t after = sent.text.find_first_not_of(" *_", close + 1);
    const bool heads =
        after != std::string::npos && (sent.text[after] == ',' || sent.text[after] == ':');
    if (!abbreviation) add(std::move(gloss), term_before(end, n, heads));
  }
  // "X atau Y": one foreign word as the other name.
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] != "atau" || !foreign(w[i + 1]) || i + 2 >= w.size() ||
        !lx_.copula_terms.count(sent.terms[i + 2]) ||
        !lowercase(sent.begins[i + 1], sent.text.size()))
      continue;
    // Only as the sentence opens a definition ("Perundungan atau bullying
    // adalah ..."): elsewhere "atau" joins alternatives ("arang sekam atau
    // cocopeat").
    Words term = term_before(i, 1, false);
    if (term.size() == i) add(Words{w[i + 1]}, std::move(term));
  }
}

Words Understander::shorthand(const std::string& word, Tokenizer& tok,
                              std::vector<std::string>* notes) const {
  // Three letters ("pkn") fit many words, and are as often an acronym: one
  // is read only as a word of the article's own ("bka": "buka", for an
  // article on opening an account), never by a synonym.
  constexpr size_t kShortest = 4, kShortestOwn = 3;
  if (lang_ == nullptr || word.size() < kShortestOwn || lang_->speller->valid(word)) return {};
  const bool own_only = word.size() < kShortest;
  // A real word with a clitic Hunspell lacks ("terbangnya") is no shorthand.
  for (std::string_view clitic : {"nya", "lah", "kah"}) {
    if (word.size() > clitic.size() + kShortest &&
        word.compare(word.size() - clitic.size(), clitic.size(), clitic) == 0) {
      const std::string root = word.substr(0, word.size() - clitic.size());
      if (kb_.words.count(root) || lang_->speller->valid(root)) return {};
    }
  }
  // Of the words it could shorten, the one that leads to the article;
  // two that do ("tmpt": "tempat", "tumpat") are a guess.
  Words only;
  // (A suffix is written in full, on a root shortened: "mkanan" is
  // "makan" with "-an". Hunspell's list has the root.)
  std::vector<std::pair<std::string, std::string>> stems;  // (stem, what shortens it)
  for (const std::string& s : lang_->speller->abbreviated(word)) stems.emplace_back(s, word);
  for (std::string_view suffix : {std::string_view("an"), std::string_view("nya")}) {
    if (word.size() < suffix.size() + kShortest ||
        word.compare(word.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    const std::string root = word.substr(0, word.size() - suffix.size());
    for (const std::string& s : lang_->speller->abbreviated(root)) stems.emplace_back(s, root);
  }
  constexpr size_t kMostStems = 12;  // more is a guess however it is read
  if (!own_only && stems.size() > kMostStems) return {};
  for (const auto& [s, shortened] : stems) {
    if (s[0] != word[0] || s == shortened || !drops_vowels(shortened, s)) continue;
    std::vector<std::string> read;
    size_t synonyms = 0;
    Words synonym_words;
    Words to = own_only ? Words{s} : toward_article({s}, tok, &read, &synonyms, &synonym_words);
    if (std::none_of(to.begin(), to.end(), [&](const std::string& x) {
          return kb_.words.count(x) > 0 || kb_.terms.count(tok.stem(x)) > 0;
        }))
      continue;
    if (!only.empty()) return {};
    only = std::move(to);
  }
  if (!only.empty()) notes->push_back(word + "\u2192" + join_words(only));
  return only;
}

const Words& Understander::slang_reading(const std::string& shorthand, const Words& first) const {
  // Shorthand read several ways ("mkn": "mungkin", "makan") means, in a
  // question about an article, the reading that article writes most: the
  // one it is about. (On a tie, or none written, the lexicon's first.)
  auto it = lx_.slang_readings.find(shorthand);
  if (it == lx_.slang_readings.end()) return first;
  const Words* best = &first;
  int best_count = 0;
  for (const Words& reading : it->second) {
    // (A reading of two words by the pair: "telepon genggam" is not
    // written wherever "telepon" is.)
    const int count = reading.size() == 1   ? count_of(word_count_, reading[0])
                      : reading.size() == 2 ? count_of(pair_count_, reading[0] + " " + reading[1])
                                            : 0;
    if (count > best_count) {
      best = &reading;
      best_count = count;
    }
  }
  return *best;
}

namespace {

// How often an article writes a word it uses throughout, not in passing
// (its forms counted as affixed_count does, the word itself twice): an
// English word the reader asks by is read as such a word of the article.
constexpr int kWrittenThroughout = 3;

// True when `a` is `b` with two neighbouring letters the other way round.
bool swapped(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

}  // namespace

std::string Understander::correct(const std::string& word) const {
  if (is_number(word)) return "";
  // Shorthand stands for the one word of the article it can stand for (the
  // bot's other words are no subject a reader shortens); two
  // candidates ("bt" for "batu" or "bata") are a guess, and none is taken.
  // The first letter and three letters in all keep it from matching at random.
  if (word.size() >= 3) {
    std::string only;
    int candidates = 0;
    for (const std::string& v : vocabulary_) {
      if (v[0] != word[0] || v.size() > 2 * word.size() + 1 || !drops_vowels(word, v)) continue;
      if (++candidates > 1) break;
      only = v;
    }
    if (candidates == 1) return only;
  }
  // Short words are too ambiguous to correct, except for a dropped letter
  // in a four- or five-letter word ("negra" for "negara", "krja" for
  // "kerja") or two letters swapped, the commonest slips there;
  // long ones (seven letters or more) tolerate two edits.
  if (word.size() < 4) return "";
  const bool dropped_only = word.size() <= 5;
  int limit = word.size() >= 7 ? 2 : 1;
  std::string best;
  int best_d = limit + 1;
  // The article's words first: on equal distance a typo becomes the
  // article's word (Lexicon::typo_targets may hold it again, to no effect).
  for (const auto* words : {&vocabulary_, &lx_.typo_targets}) {
    for (const std::string& v : *words) {
      // Typing slips rarely hit the first letter, while words that differ
      // there are often different words ("trilateral" is not "bilateral").
      if (v[0] != word[0]) continue;
      // (Or two letters typed in each other's place: "apnae" for "apnea".)
      if (dropped_only && v.size() != word.size() + 1 && !swapped(word, v)) continue;
      // (On equal distance, the word the article writes more: the likelier
      // one meant, "gianti" its "Giyanti" throughout, not the one "ganti".)
      int d = edit_distance(word, v, std::min(limit, best_d));
      if (d < best_d || (d == best_d && words == &vocabulary_ &&
                         count_of(word_count_, v) > count_of(word_count_, best))) {
        best_d = d;
        best = v;
      }
    }
  }
  return best_d <= limit ? best : "";
}

std::string Understander::spelling_variant(const std::string& word) const {
  // Indonesian writes many loanwords two ways that differ only where one
  // has "e" and the other "i" or "ai" ("migren" and "migrain", "resiko"
  // and "risiko", "praktek" and "praktik"); both may be in Hunspell's list.
  // The article's word that is the reader's but for that, when it is the
  // only one, is the reader's word. (Other vowels make other words:
  // "selatan" is not "sultan", "songket" not "singkat". Nor short words:
  // "tiga" is not "tega".)
  // So do loanwords, where one doubles a consonant the other writes once
  // ("biomassa" and "biomasa"; an Indonesian word of its own never doubles
  // one), and an English word the article writes, typed as it sounds
  // ("londri" for "laundry").
  // (A word spelled by its sound may be shorter: "Royen" for "Roijen".
  // Only those letters differ, which few short words have.)
  constexpr size_t kShortest = 6, kShortestSounded = 5, kConsonants = 4;
  if (word.size() < kShortestSounded) return "";
  const bool long_enough = word.size() >= kShortest;
  const bool vowels_tell = consonant_skeleton(word).size() >= kConsonants;
  const SpellingKeys keys{vowels_as_e(word), consonants_once(word), as_sounded(word)};
  std::string only;
  for (size_t i = 0; i < vocabulary_.size(); ++i) {
    const std::string& v = vocabulary_[i];
    const SpellingKeys& other = spelling_keys_[i];
    if (v == word || (v[0] != word[0] && other.sounded[0] != keys.sounded[0]) ||
        v.size() + 2 < word.size() || v.size() > word.size() + 2)
      continue;
    const bool near = v.size() + 1 >= word.size() && v.size() <= word.size() + 1;
    if (!(long_enough && near && vowels_tell && other.vowels_as_e == keys.vowels_as_e) &&
        !(long_enough && near && other.consonants_once == keys.consonants_once) &&
        other.sounded != keys.sounded)
      continue;
    if (!only.empty()) return "";
    only = v;
  }
  return only;
}

Terms Understander::name_key(const Terms& name,
                             const std::unordered_set<std::string>& subject) const {
  Terms key;
  for (const auto& t : name) {
    if (!subject.count(t) && (!lx_.stop_words.count(t) || is_label(t))) key.push_back(t);
  }
  return key;
}

bool Understander::knows(const std::string& word) const {
  return kb_.words.count(word) || lx_.known_words.count(word) || lx_.common_words.count(word) ||
         lx_.slang.count(word);
}

std::string Understander::everyday_form(const std::string& word, Tokenizer& tok) const {
  if (knows(word)) return word;
  // "apaaaa", "samaaa": letters stretched for emphasis. Indonesian doubles
  // a letter at most ("maaf", "saat"): squeeze longer runs to two, or to one
  // when that is a word the bot knows.
  std::string two, one;
  for (size_t i = 0; i < word.size(); ++i) {
    size_t run = 1;
    while (i + run < word.size() && word[i + run] == word[i]) ++run;
    two.append(std::min<size_t>(run, 2), word[i]);
    one.append(run >= 3 ? 1 : run, word[i]);
    i += run - 1;
  }
  std::string w = two.size() < word.size() ? (knows(two) ? two : one) : word;
  if (knows(w)) return w;
  // (A last vowel typed twice, "apaa", "gimanaa", stretches it too: no
  // Indonesian word ends in a doubled vowel. A doubled consonant may end
  // an acronym, "SPP", or an English spelling, "stress".)
  if (w.size() > 2 && w.back() == w[w.size() - 2] &&
      std::string_view("aiueo").find(w.back()) != std::string_view::npos &&
      knows(w.substr(0, w.size() - 1)))
    return w.substr(0, w.size() - 1);
  // The article's own word with a possessive "-nya" ("nyalanya" of its
  // "titik nyala") is that word, however a spoken prefix could be read
  // into it ("ny-" for "s-": no "salanya").
  if (has_nya(w) && kb_.words.count(without_nya(w))) return w;
  // Colloquial verbs: "ngebantu", "bantuin", "nyegah", "ngatasin" are
  // "bantu", "bantu", "cegah", "atasi" with the spoken prefix (nge-, ny- for
  // c/s, n- for t, ng- for k or a vowel) or the suffix -in (for -i or -kan).
  std::vector<std::string> roots{w};
  if (w.size() > 5 && w.compare(w.size() - 2, 2, "in") == 0) {
    std::string root = w.substr(0, w.size() - 2);
    roots = {root + "i", root + "kan", root};
  }
  std::vector<std::string> candidates;
  for (const std::string& root : roots) {
    candidates.push_back(root);
    // (Or only the "me-" dropped: "nabung" is the article's "menabung".
    // Not before "ng"/"ny": "ngartiin" asks what a word means, and
    // "mengartikan" is a question word.)
    if (root.size() > 4 && root[0] == 'n' &&
        std::string_view("aiueo").find(root[1]) != std::string_view::npos)
      candidates.push_back("me" + root);
    // (A one-syllable root takes it too: "ngeteh", "ngecat" are "teh", "cat".)
    if (root.size() > 5 && root.compare(0, 3, "nge") == 0) candidates.push_back(root.substr(3));
    if (root.size() > 4 && root.compare(0, 2, "ny") == 0) {
      candidates.push_back("c" + root.substr(2));
      candidates.push_back("s" + root.substr(2));
    }
    // (Before a vowel, ng- may also stand for a dropped "h": "ngitung",
    // "ngilangin" are "hitung", "hilangkan".)
    if (root.size() > 4 && root.compare(0, 2, "ng") == 0) {
      candidates.push_back("k" + root.substr(2));
      candidates.push_back(root.substr(2));
      if (std::string_view("aiueo").find(root[2]) != std::string_view::npos)
        candidates.push_back("h" + root.substr(2));
    }
    if (root.size() > 4 && root[0] == 'n' &&
        std::string_view("aiueo").find(root[1]) != std::string_view::npos)
      candidates.push_back("t" + root.substr(1));
    // (Before d, j or c, n- keeps the root's letter, as "men-" does, and
    // so does m- before b: "ndiriin", "njual", "mbayar" are "dirikan",
    // "jual", "bayar", the article's "mendirikan", "menjual", "membayar".)
    if (root.size() > 4 &&
        ((root[0] == 'n' && std::string_view("djc").find(root[1]) != std::string_view::npos) ||
         (root[0] == 'm' && root[1] == 'b'))) {
      candidates.push_back(root.substr(1));
      candidates.push_back("me" + root);
    }
    // (And m- for p: "mutusin", "milih" are "putuskan", "pilih", the
    // article's "memutuskan", "memilih"; not "me-", the written prefix, nor
    // a word Hunspell knows: "makan" is no "pakan".)
    if (root.size() > 4 && root[0] == 'm' &&
        std::string_view("aiuo").find(root[1]) != std::string_view::npos &&
        (lang_ == nullptr || !lang_->speller->valid(w))) {
      candidates.push_back("p" + root.substr(1));
      candidates.push_back("me" + root);
    }
    // Spoken "ke-" for "ter-", the passive of what befalls one: "ketipu",
    // "ketimbun", "kebawa" are "tertipu", "tertimbun", "terbawa".
    if (root.size() > 5 && root.compare(0, 2, "ke") == 0)
      candidates.push_back("ter" + root.substr(2));
    // Spoken Indonesian drops an initial "h": "ujan", "abis", "ilang" are
    // "hujan", "habis", "hilang" (the article's word as written, for a word
    // that is none of its own: "alamnya" is no "halaman").
    if (root.size() >= 3 && std::string_view("aiueo").find(root[0]) != std::string_view::npos &&
        kb_.words.count("h" + root) && (lang_ == nullptr || !lang_->speller->valid(root)))
      candidates.push_back("h" + root);
  }
  // Spoken Indonesian says "e" for "a" in a closed last syllable ("garem",
  // "dapet", "deket" for "garam", "dapat", "dekat"), and "ae" for "ai"
  // ("aer", "naek", "kaen" for "air", "naik", "kain").
  {
    const size_t native = candidates.size();
    auto vowel = [](char x) { return std::string_view("aiueo").find(x) != std::string_view::npos; };
    for (size_t i = 0; i < native; ++i) {
      std::string c = candidates[i];
      const size_t n = c.size();
      if (n >= 3 && c[n - 2] == 'e' && !vowel(c[n - 1]) && c[n - 3] == 'a') {
        c[n - 2] = 'i';
        candidates.push_back(c);
      } else if (n >= 4 && c[n - 2] == 'e' && !vowel(c[n - 1]) && !vowel(c[n - 3])) {
        c[n - 2] = 'a';
        candidates.push_back(c);
      }
    }
  }
  // An English verb in Indonesian dress ("dibully", "ngebully", "bully")
  // where the article glosses its "-ing" noun ("bullying").
  if (lang_ != nullptr) {
    const size_t native = candidates.size();
    for (size_t i = 0; i < native; ++i) {
      std::string c = candidates[i];
      if (c.size() > 5 && c.compare(0, 2, "di") == 0) c = c.substr(2);
      if (c.size() < 4 || lang_->speller->valid(c) ||
          !std::all_of(c.begin(), c.end(), [](char x) { return x >= 'a' && x <= 'z'; }))
        continue;
      candidates.push_back(c + "ing");
    }
  }
  // The article's own word first ("dibacain" is its "dibacakan", not
  // "dibacai" though both stem to its "baca"), then its own term, then any
  // word the bot knows.
  for (const std::string& c : candidates) {
    if (c != w && kb_.words.count(c)) return c;
  }
  for (const std::string& c : candidates) {
    if (c != w && article_term(c, tok)) return c;
  }
  for (const std::string& c : candidates) {
    if (knows(c)) return c;
  }
  return w;
}

std::string Understander::term_of(const std::string& w, Tokenizer& tok) const {
  // Snowball takes "di-" off "diskusi" ("skusi") but leaves it after
  // "ber-" in the article's "berdiskusi" ("diskusi"): when the stem is not
  // an article term and the word itself is, the word is the term.
  std::string t = tok.stem(w);
  if (!kb_.terms.count(t) && kb_.terms.count(w)) t = w;
  if (kb_.terms.count(t) && !kb_.words.count(w) && stems_apart(w, t)) {
    // Snowball strips "meN-" and "per-" alike, so "meningkat" (of
    // "tingkat") and "peringkat" both stem to "ingkat": where Hunspell
    // gives the word and every article word of that stem roots of their
    // own, none shared, they are two words. The article's word of the
    // same root, if any, is the term; else the root's own stem, which the
    // article does not have.
    if (std::string form = family_form(w); !form.empty()) return kb_.words.at(form);
    const std::vector<std::string> roots = lang_->speller->roots(w);
    return tok.stem(roots.front());
  }
  if (kb_.terms.count(t)) return t;
  // Snowball cannot undo the nasal prefixes meN-/peN-: it keeps what the
  // nasal left of the root ("menunggak" -> "unggak", "tunggakan" ->
  // "tungga"). Hunspell's affix rules find the root, and a word of the
  // article with the same root gives the term.
  if (std::string form = family_form(w); !form.empty()) return kb_.words.at(form);
  // What Hunspell leaves (a word it does not know, a doer's noun) is
  // bridged by hand. A stem that is the article's with the root's first
  // t/p/k/s added or removed is the same. (Only for a word that had
  // affixes: "pagi" is no "agi".)
  if (t.size() >= 4 && t != w) {
    if (std::string_view("tpks").find(t[0]) != std::string_view::npos &&
        kb_.terms.count(t.substr(1)))
      return t.substr(1);
    for (char c : std::string_view("tpks")) {
      if (kb_.terms.count(c + t)) return c + t;
    }
  }
  // Or the prefix is undone by hand, with the consonant a nasal prefix
  // dropped ("mem"+"eriksa" -> "periksa"), to the article's own word.
  if (std::string form = article_form(w); !form.empty()) return kb_.words.at(form);
  return t;
}

void Understander::families() const {
  std::call_once(families_once_, [this] {
    for (const auto& [word, term] : kb_.words) {
      std::vector<std::string>& roots = word_roots_[word];
      roots = lang_->speller->roots(word);
      for (const std::string& root : roots) {
        auto [it, added] = family_word_.emplace(root, word);
        if (!added && count_of(word_count_, word) > count_of(word_count_, it->second))
          it->second = word;
      }
    }
  });
}

bool Understander::stems_apart(const std::string& w, const std::string& term) const {
  if (lang_ == nullptr) return false;
  families();
  auto forms = stem_forms_.find(term);
  if (forms == stem_forms_.end() || forms->second.empty()) return false;
  const std::vector<std::string> own = lang_->speller->roots(w);
  if (own.empty()) return false;
  for (const auto& [form, n] : forms->second) {
    auto known = word_roots_.find(form);
    if (known == word_roots_.end()) return false;
    const std::vector<std::string>& theirs = known->second;
    if (theirs.empty()) return false;
    for (const std::string& r : theirs) {
      if (std::find(own.begin(), own.end(), r) != own.end()) return false;
    }
  }
  return true;
}

std::string Understander::family_form(const std::string& w) const {
  if (lang_ == nullptr) return {};
  families();
  // A peN- noun without -an names the doer ("penemu", "pemula"), another
  // thing than the doing ("ditemukan", "mulai") its root's other forms name.
  if (w.compare(0, 2, "pe") == 0 && !(w.size() > 2 && w.compare(w.size() - 2, 2, "an") == 0))
    return {};
  std::vector<std::string> roots = lang_->speller->roots(w);
  // A root with a verb suffix but no prefix ("terbitkan", as chat says the
  // article's "menerbitkan"), which Hunspell does not list: the root
  // without the suffix.
  constexpr size_t kMinRoot = 4;
  for (std::string_view suffix : {std::string_view("kan"), std::string_view("in")}) {
    if (!roots.empty() || w.size() < suffix.size() + kMinRoot ||
        w.compare(w.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    const std::string base = w.substr(0, w.size() - suffix.size());
    if (lang_->speller->valid(base)) roots = lang_->speller->roots(base);
  }
  for (const std::string& root : roots) {
    if (auto it = family_word_.find(root); it != family_word_.end() && it->second != w)
      return it->second;
  }
  return {};
}

std::string Understander::article_form(const std::string& w) const {
  struct Prefix {
    std::string_view prefix, restore;  // restore: the root's dropped first letter, or ""
  };
  static constexpr Prefix kPrefixes[] = {
      {"meng", "k"}, {"meny", "s"}, {"mem", "p"}, {"men", "t"}, {"me", ""}, {"peng", "k"},
      {"peny", "s"}, {"pem", "p"},  {"pen", "t"}, {"per", ""},  {"pe", ""}, {"ber", ""},
      {"be", ""},    {"ter", ""},   {"di", ""},   {"ke", ""},   {"se", ""}};
  static constexpr std::string_view kSuffixes[] = {"", "kan", "an", "i", "nya"};
  for (const Prefix& p : kPrefixes) {
    if (w.size() <= p.prefix.size() + 3 || w.compare(0, p.prefix.size(), p.prefix) != 0) continue;
    const std::string rest = w.substr(p.prefix.size());
    // ("be-" is "ber-" before a root's own "r": "berisiko" is "risiko".)
    if (p.prefix == "be" && rest[0] != 'r') continue;
    for (const std::string& root : {std::string(p.restore) + rest, rest}) {
      for (std::string_view suffix : kSuffixes) {
        if (root.size() <= suffix.size() + 3 ||
            root.compare(root.size() - suffix.size(), suffix.size(), suffix) != 0)
          continue;
        std::string candidate = root.substr(0, root.size() - suffix.size());
        if (kb_.words.count(candidate)) return candidate;
      }
    }
  }
  return {};
}

std::optional<std::string> Understander::first_sense_class(const std::string& of,
                                                           const std::string& word) const {
  for (const Synonym& s : lang_->thesaurus->synonyms(of)) {
    if (s.sense > 0) break;
    if (s.word == word) return s.word_class;
  }
  return std::nullopt;
}

bool Understander::article_term(const std::string& w, Tokenizer& tok) const {
  return kb_.terms.count(term_of(w, tok)) > 0;
}

Words Understander::english_word(const std::string& key, Tokenizer& tok) const {
  auto it = lx_.english_words.find(key);
  if (it == lx_.english_words.end()) return {};
  return as_article_says(it->second, tok);
}

Words Understander::as_article_says(const std::string& translation, Tokenizer& tok) const {
  // The listed translation is the sense asked; a synonym is the article's
  // word for it only where the article writes that synonym far more.
  constexpr int kListedWeight = 2;
  // One translation is listed; the article may use it or its synonym
  // ("waste" is "limbah", an article on compost writes "sampah"): the one
  // the article uses most, the listed one on a tie ("limbah" lists
  // "kotoran" before "sampah"; an article on waste banks names "limbah B3"
  // once and "sampah" throughout).
  if (lang_ != nullptr && translation.find(' ') == std::string::npos) {
    std::vector<std::string> first_sense{translation};
    for (const Synonym& syn : lang_->thesaurus->synonyms(translation)) {
      if (syn.sense > 0) break;
      first_sense.push_back(syn.word);
    }
    // (A unit, by any of its names: "calories" is "kalori", the article's
    // "kkal".)
    if (auto g = lx_.unit_group.find(translation); g != lx_.unit_group.end()) {
      const Words& names = lx_.unit_groups[g->second];
      first_sense.insert(first_sense.end(), names.begin(), names.end());
    }
    if (Words to = most_used(first_sense, tok, kListedWeight); !to.empty()) return to;
  }
  if (Words to = article_words(translation, tok); !to.empty()) return to;
  // (Or another form of the article's word: "memengaruhi" where it
  // writes "dipengaruhi"; a form the stemmer cuts apart from it is read as
  // the article writes it, "memakamkan" as "dimakamkan".)
  Words to;
  for (const Token& t : tok.tokenize(translation)) {
    std::string kin = kb_.terms.count(t.term) ? std::string() : family_form(t.word);
    to.push_back(kin.empty() ? t.word : kin);
  }
  if (std::all_of(to.begin(), to.end(),
                  [&](const std::string& x) { return knows(x) || article_term(x, tok); }))
    return to;
  return {};
}

size_t Understander::english_phrase_at(const Words& words, size_t at) const {
  for (size_t n = std::min(lx_.english_words_longest, words.size() - at); n > 1; --n) {
    if (lx_.english_words.count(join_words(words, at, at + n))) return n;
  }
  return 0;
}

int Understander::affixed_count(const std::string& word, Tokenizer& tok) const {
  // The forms the article writes with the same stem and the same root
  // letters ("meluncurkan", "diluncurkan": "luncur"), not words the stemmer
  // merely cuts alike ("keadaan" and "adalah").
  // The word itself counts twice: of two translations written equally
  // often, the one written as translated is the reading.
  const std::string stem = term_of(word, tok);
  int count = 2 * count_of(word_count_, word);
  if (stem.size() < 4) return count;
  auto it = stem_forms_.find(stem);
  if (it == stem_forms_.end()) return count;
  for (const auto& [form, n] : it->second) {
    if (form != word) count += n;
  }
  return count;
}

Words Understander::most_used(const std::vector<std::string>& phrases, Tokenizer& tok,
                              int first_weight) const {
  Words best;
  int most = -1;
  for (const std::string& phrase : phrases) {
    Words to = article_words(phrase, tok);
    if (to.empty()) continue;
    // How often the article writes the phrase itself, each use worth its
    // words: "orang Indonesia" must not beat "Indonesia" for "Indonesian"
    // because "orang" is a common word, yet "gempa bumi" written as often as
    // "gempa" alone is the more precise reading of "earthquake".
    // (A word in any of its affixed forms is the same word: "meluncurkan"
    // for an article that writes "diluncurkan" three times. Counted by the
    // article's words, not by stem: Snowball cuts "keadaan" to "ada".)
    // (Counts are doubled throughout: a single word's other forms count once.)
    int uses =
        to.size() == 1 ? affixed_count(to.front(), tok) : 2 * count_of(word_count_, to.front());
    for (size_t k = 1; k < to.size(); ++k)
      uses = std::min(uses, 2 * count_of(pair_count_, to[k - 1] + " " + to[k]));
    uses *= static_cast<int>(to.size());
    if (&phrase == &phrases.front()) uses *= first_weight;
    // The article's subject is what a reader most likely means by a word
    // that translates to it ("earthquake" in an article on gempa bumi).
    Terms terms;
    for (const std::string& x : to) terms.push_back(term_of(x, tok));
    if (std::any_of(kb_.docs.begin(), kb_.docs.end(),
                    [&](const KDocument& d) { return d.subject_terms == terms; }))
      uses = std::numeric_limits<int>::max();
    if (uses > most) {
      most = uses;
      best = std::move(to);
    }
  }
  return best;
}

Words Understander::article_words(std::string_view phrase, Tokenizer& tok) const {
  Words out;
  for (const Token& t : tok.tokenize(phrase)) {
    if (kb_.words.count(t.word) || kb_.terms.count(tok.stem(t.word))) {
      out.push_back(t.word);
    } else if (auto it = joined_.find(t.word); it != joined_.end()) {
      // Written closed where the article writes it open ("tatasurya").
      out.insert(out.end(), it->second.begin(), it->second.end());
    } else {
      return {};
    }
  }
  return out;
}

Words Understander::toward_article(const Words& in, Tokenizer& tok, std::vector<std::string>* notes,
                                   size_t* synonyms, Words* synonym_words,
                                   bool english_question) const {
  Words out;
  std::vector<bool> english;  // out[i] came from another word (English, a synonym)
  std::vector<size_t> unit;   // out[i] is of the unit[i]-th word read: a phrase stays whole
  size_t units = 0;
  auto kept_as_written = [&] {  // the words since the last take, one unit each
    english.resize(out.size(), false);
    while (unit.size() < out.size()) unit.push_back(units++);
  };
  auto take = [&](const std::string& from, const Words& to, bool from_english = false) {
    notes->push_back(from + "\u2192" + join_words(to));
    kept_as_written();
    out.insert(out.end(), to.begin(), to.end());
    english.resize(out.size(), from_english);
    unit.resize(out.size(), units++);
  };
  // Whether in[i] is inside a name of the article the reader writes as it
  // does ("Dengue Shock Syndrome", "Buy Now Pay Later").
  constexpr size_t kLongestName = 8;  // words looked back for a name's start
  auto in_name = [&](size_t i) {
    for (size_t from = i >= kLongestName ? i - kLongestName : 0; from <= i; ++from) {
      if (from + names_.longest_at(in, from).first > i) return true;
    }
    return false;
  };
  for (size_t i = 0; i < in.size(); ++i) {
    const std::string& w = in[i];
    // "Agresi Militer Belanda II": a Roman numeral after a word labels the
    // thing it names, as written, however a dictionary reads it ("dua").
    if (i > 0 && w.size() >= 2 && is_label(w) && !lx_.stop_words.count(in[i - 1])) {
      out.push_back(w);
      continue;
    }
    // "pph21", "covid19": a name and its number run together, which the
    // article writes apart ("PPh 21").
    if (const size_t digits = w.find_first_of("0123456789");
        digits >= 2 && digits != std::string::npos && !kb_.words.count(w) &&
        std::all_of(w.begin() + static_cast<long>(digits), w.end(),
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        numbered_names_.count(w.substr(0, digits) + " " + w.substr(digits))) {
      take(w, {w.substr(0, digits), w.substr(digits)});
      continue;
    }
    // The article writes closed what the reader wrote open: mostly so, for
    // an article may write a compound both ways ("gempa bumi" in its prose,
    // "Gempabumi" in one agency's name) and the reader's way is then its way.
    // (Not inside a name written as the article writes it: "Buy Now Pay
    // Later" glosses BNPL, though the article writes "paylater" throughout.)
    if (i + 1 < in.size() && w.size() + in[i + 1].size() >= 6 && !in_name(i) &&
        count_of(word_count_, w + in[i + 1]) > count_of(pair_count_, w + " " + in[i + 1]) &&
        !is_number(w) && !is_number(in[i + 1])) {
      take(w + " " + in[i + 1], {w + in[i + 1]});
      ++i;
      continue;
    }
    // Two English words the article glosses once ("Coral Reef Program")
    // whose translations are a pair the article writes more: the reader
    // asks about the article's thing ("coral reef" is "terumbu karang").
    // (Only a pair the article writes, as its gloss does, "sea turtles"
    // for its "sea turtle", or a pair of a question asked in English, where
    // a word may be English though the article uses it too: "air" in "air
    // pollution". Looking every pair of an Indonesian question up in
    // FreeDict costs more than all else here.)
    auto glossed = [&] {
      if (i + 1 >= in.size()) return false;
      if (english_question) return true;
      for (const std::string& form : english_forms(in[i + 1])) {
        if (count_of(pair_count_, w + " " + form) > 0) return true;
      }
      return false;
    };
    auto glossed_pair = [&] {
      if (lang_ == nullptr || !glossed()) return false;
      // (FreeDict first, then the bot's own English words, each as the
      // article says it: "waste" is "limbah", which an article on e-waste
      // writes "sampah".)
      auto translated = [&](const std::string& x) {
        for (const std::string& form : english_forms(x)) {
          if (Words to = most_used(lang_->english->translations(form), tok); !to.empty()) return to;
        }
        if (english_question) {
          for (const std::string& form : english_forms(x)) {
            if (Words to = english_word(form, tok); !to.empty()) return to;
          }
        }
        return Words{};
      };
      // (In an English question one of the two may be Indonesian already,
      // read so by an earlier step: "electronic" is "elektronik".)
      auto read_as = [&](const std::string& x) {
        Words to = translated(x);
        if (to.empty() && english_question && kb_.words.count(x) && !lx_.stop_words.count(x) &&
            !lx_.question_words.count(x))
          to = {x};
        return to;
      };
      const Words a = read_as(w);
      const Words b = a.size() == 1 ? read_as(in[i + 1]) : Words{};
      if (a.size() == 1 && b.size() == 1 && a != b && (a[0] != w || b[0] != in[i + 1])) {
        const int as_asked = count_of(pair_count_, a[0] + " " + b[0]);
        const int reversed = count_of(pair_count_, b[0] + " " + a[0]);
        // (In either order: English puts the modifier first, Indonesian
        // after its head, "electronic waste" and "sampah elektronik", and
        // the pair is turned once all is read, below.)
        if (as_asked + reversed > count_of(pair_count_, w + " " + in[i + 1])) {
          take(w, a, true);
          take(in[i + 1], b, true);
          ++i;
          return true;
        }
      }
      return false;
    };
    // (In an English question, before each word is read alone: the pair
    // may be the article's phrase in the other order.)
    if (english_question && glossed_pair()) continue;
    // An English word the article also uses, whose Indonesian is what the
    // article is about ("inflation" in an article on inflasi that names
    // "Cost-Push Inflation") or the word it otherwise writes, asks about that.
    // (Not inside a name of the article the reader writes as it does:
    // "Dengue Shock Syndrome" is that name, not "syok".)
    if (auto it = english_alias_.find(w); it != english_alias_.end()) {
      // (Nor, for a translation, where a question in Indonesian writes an
      // English pair the article writes: "Apakah Indonesia termasuk Coral
      // Triangle?" names its gloss, not its "karang".)
      bool in_glossed_pair =
          !english_question && translated_alias_.count(w) &&
          ((i + 1 < in.size() && count_of(pair_count_, w + " " + in[i + 1]) > 0) ||
           (i > 0 && count_of(pair_count_, in[i - 1] + " " + w) > 0));
      in_glossed_pair = in_glossed_pair || in_name(i);
      if (!in_glossed_pair) {
        take(w, it->second);
        continue;
      }
    }
    // In a question asked in English, an English word the article writes
    // only in passing (a gloss, "DBF (direct breastfeeding)"; a quoted
    // term, "*mixed paper*") means the Indonesian word the article writes
    // throughout: the reader asks in English what the article says in
    // Indonesian. (Not a name the reader writes as the article does.)
    // (Not a word of a heading: "Cara Bayar secara Online" names the
    // section the reader asks for. Nor a word the article uses as a term of
    // its own, written more than once: "fintech lending".)
    if (english_question && lang_ != nullptr && kb_.words.count(w) && !in_name(i) &&
        w.size() >= 4 &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
        count_of(word_count_, w) <= 1 && !heading_words_.count(w) && !lang_->speller->valid(w)) {
      std::vector<std::string> translations;
      for (const std::string& form : english_forms(w)) {
        for (std::string& t : lang_->english->translations(form))
          translations.push_back(std::move(t));
      }
      if (Words to = most_used(translations, tok);
          to.size() == 1 && to.front() != w &&
          affixed_count(to.front(), tok) >= 2 * kWrittenThroughout) {
        take(w, to, true);
        continue;
      }
    }
    // The reader wrote closed what the article writes open.
    if (auto it = joined_.find(w);
        it != joined_.end() &&
        count_of(word_count_, w) < count_of(pair_count_, it->second[0] + " " + it->second[1])) {
      take(w, it->second);
      continue;
    }
    if (!english_question && glossed_pair()) continue;
    // (A topic's own word, "bahaya", is how the question asks: it is not
    // read toward an article's synonym of it.)
    // (Nor is an ordinal, "pertama", which asks for a place in a list.)
    // (Nor is a word the bot knows, with a clitic: "akibatnya" asks what
    // "akibat" asks, whatever synonym of it the article happens to use.)
    // A possessive "-nya" that Snowball leaves on a short word ("gasnya",
    // "hukumnya") on a word the article writes bare: the article's word.
    // (Chat drops its last letter: "tugasny".)
    {
      const size_t clitic = has_nya(w)                                              ? kNyaSize
                            : w.size() > 4 && w.compare(w.size() - 2, 2, "ny") == 0 ? 2
                                                                                    : 0;
      const std::string bare = w.substr(0, w.size() - clitic);
      if (clitic > 0 && !kb_.words.count(w) && !kb_.terms.count(tok.stem(w)) &&
          (kb_.words.count(bare) || kb_.terms.count(tok.stem(bare)))) {
        take(w, {bare});
        continue;
      }
    }
    // A unit by a name the article does not write ("kalori" where it
    // writes "kkal"): the name it writes most.
    if (auto g = lx_.unit_group.find(w); g != lx_.unit_group.end() && !kb_.words.count(w)) {
      const std::string* name = nullptr;
      int most = 0;
      for (const std::string& other : lx_.unit_groups[g->second]) {
        if (const int n = count_of(word_count_, other); n > most) {
          most = n;
          name = &other;
        }
      }
      if (name != nullptr) {
        take(w, {*name});
        continue;
      }
    }
    const bool known_root =
        w.size() > 6 && w.compare(w.size() - 3, 3, "nya") == 0 && knows(w.substr(0, w.size() - 3));
    // (Nor is a word that asks what a named thing does, "fungsinya":
    // its definition says that, in whatever words.)
    if (knows(w) || known_root || is_number(w) || article_term(w, tok) ||
        lx_.topic_terms.count(tok.stem(w)) || lx_.role_terms.count(tok.stem(w)) ||
        (lx_.ordinals.count(w) && lang_ != nullptr && lang_->speller->valid(w))) {
      out.push_back(w);
      continue;
    }
    if (lang_ == nullptr) {
      out.push_back(w);
      continue;
    }
    // A clipped form of the subject's word ("depo" for "deposito"): chat
    // shortens the one thing the conversation is about.
    bool done = false;
    if (!kb_.docs.empty() && w.size() >= 3 && !lang_->speller->valid(w)) {
      for (const Token& t : tok.tokenize(kb_.docs.front().subject)) {
        if (t.word.size() >= w.size() + 2 && t.word.compare(0, w.size(), w) == 0) {
          take(w, {t.word});
          done = true;
          break;
        }
      }
    }
    // Or of another word of the article, when it is the only one the clip
    // can be and the article writes it often ("karbo" for "karbohidrat").
    constexpr size_t kMinClip = 4;
    constexpr int kOftenWritten = 3;
    if (!done && w.size() >= kMinClip && !lang_->speller->valid(w)) {
      const std::string* only = nullptr;
      int candidates = 0;
      for (const auto& [word, count] : word_count_) {
        if (word.size() < w.size() + 2 || word.compare(0, w.size(), w) != 0) continue;
        if (++candidates > 1) break;
        if (count >= kOftenWritten) only = &word;
      }
      if (candidates == 1 && only != nullptr) {
        take(w, {*only});
        done = true;
      }
    }
    if (done) continue;
    // A blend of two words the article writes together ("Kemenkes" for
    // "Kementerian Kesehatan", "Pemprov" for "pemerintah provinsi"): the
    // syllables that open each, as Indonesian abbreviates an institution.
    constexpr size_t kMinBlend = 6;
    auto starts = w.size() >= kMinBlend ? blends_.find(w.substr(0, kBlendPart)) : blends_.end();
    if (starts != blends_.end() && !lang_->speller->valid(w)) {
      const std::string* blend = nullptr;
      int blends = 0;
      for (const std::string* pair : starts->second) {
        const size_t space = pair->find(' ');
        const std::string_view a(pair->data(), space), b(pair->data() + space + 1);
        for (size_t cut = kBlendPart; cut + kBlendTail <= w.size() && cut < a.size(); ++cut) {
          const std::string_view head(w.data(), cut), rest(w.data() + cut, w.size() - cut);
          if (a.substr(0, cut) == head && rest.size() < b.size() &&
              b.substr(0, rest.size()) == rest) {
            blend = pair;
            ++blends;
            break;
          }
        }
      }
      if (blends == 1) {
        const size_t space = blend->find(' ');
        take(w, {blend->substr(0, space), blend->substr(space + 1)});
        continue;
      }
    }
    // English, a two-word headword first ("mutual fund", "blood sugar").
    if (i + 1 < in.size()) {
      std::vector<std::string> pairs{w + " " + in[i + 1]};
      if (in[i + 1].size() > 3 && in[i + 1].back() == 's')
        pairs.push_back(w + " " + in[i + 1].substr(0, in[i + 1].size() - 1));
      for (const std::string& pair : pairs) {
        if (done) break;
        for (const std::string& t : lang_->english->translations(pair)) {
          Words to = article_words(t, tok);
          if (to.empty()) continue;
          take(pair, to);
          ++i;
          done = true;
          break;
        }
      }
      // Or one WordNet has, by another name of it the article writes
      // ("German measles" is "rubella"): English names many things by a
      // two-word phrase that no word of it translates.
      for (const std::string& pair : english_question ? pairs : std::vector<std::string>{}) {
        if (done) break;
        for (const std::string& other : lang_->wordnet->synonyms(pair, 1)) {
          if (other.find(' ') != std::string::npos || !kb_.words.count(other)) continue;
          take(pair, {other}, true);
          ++i;
          done = true;
          break;
        }
      }
    }
    // (In a question asked in Indonesian, a word Hunspell accepts is an
    // English headword only as it is written: "proses" is no plural of
    // "pro".)
    const std::vector<std::string> forms = !english_question && lang_->speller->valid(w)
                                               ? std::vector<std::string>{w}
                                               : english_forms(w);
    // Of a word's translations the article has, the one it uses most: the
    // sense it writes about ("waste" is "sampah" in an article on waste,
    // though FreeDict lists "kotoran" first).
    // (`function_word`: a preposition, "under", "during", ends a run of
    // qualifiers: the words on either side of it are two phrases, ordered
    // apart.)
    auto from_dictionary = [&](const std::string& form, bool* function_word) {
      const std::vector<std::string> parts = lang_->english->parts_of_speech(form);
      *function_word =
          !parts.empty() && std::all_of(parts.begin(), parts.end(), [](const std::string& p) {
            return p == "preposition" || p == "conjunction" || p == "determiner" ||
                   p == "pronoun" || p == "article";
          });
      // A noun or verb is no Indonesian stop word, whatever sense of it the
      // dictionary gives: "split" is not "bagi" (for). (An adverb may be
      // one: "already" is "sudah".)
      std::vector<std::string> translations = lang_->english->translations(form);
      // A participle or past tense ("signed", "treated") is the verb's: of
      // "sign", its senses as a verb ("menandatangani"), not the noun's
      // ("tanda").
      if (english_question && form != w && w.size() > form.size() &&
          w.compare(w.size() - 2, 2, "ed") == 0 && parts.size() > 1 &&
          std::find(parts.begin(), parts.end(), "v") != parts.end()) {
        if (std::vector<std::string> verb = lang_->english->translations(form, "v"); !verb.empty())
          translations = std::move(verb);
      }
      const bool noun_or_verb =
          !parts.empty() && std::all_of(parts.begin(), parts.end(),
                                        [](const std::string& p) { return p == "n" || p == "v"; });
      if (noun_or_verb)
        translations.erase(std::remove_if(translations.begin(), translations.end(),
                                          [&](const std::string& t) {
                                            // (A time word is a noun, "hari" for "day", however
                                            // often it frames a phrase.)
                                            return lx_.stop_words.count(t) > 0 &&
                                                   !lx_.time_words.count(t);
                                          }),
                           translations.end());
      // (The word's own Indonesian spelling is one of its translations:
      // "consumer" is "pemakai" to FreeDict and "konsumen" to an article
      // on consumer protection.)
      for (const std::string& s : lx_.loanwords.spellings(form)) translations.push_back(s);
      // A superlative ("oldest") is "ter-" on the adjective ("tertua"), where
      // the article writes that.
      if (form != w && w.size() > 3 && w.compare(w.size() - 3, 3, "est") == 0) {
        for (const std::string& t : translations) {
          if (t.find(' ') == std::string::npos && kb_.words.count("ter" + t))
            return Words{"ter" + t};
        }
      }
      if (Words to = most_used(translations, tok); !to.empty()) return to;
      // (Or the article's word of a translation's root, where Snowball stems
      // the two apart: "sign" is "menandatangani", the article's
      // "ditandatangani".)
      for (const std::string& t : translations) {
        if (t.find(' ') != std::string::npos || lx_.stop_words.count(t)) continue;
        if (std::string kin = family_form(t); !kin.empty()) return Words{kin};
      }
      // A noun none of whose translations the article writes, by a synonym
      // each gives the other in its first sense ("canal" is "terusan,
      // kanal"; an article writes "saluran").
      // (As written or in the plural: "implementing" is no noun. And only
      // in a question asked in English: in an Indonesian one an English
      // word is mostly a term, "body" of "body:asean" no "badan".)
      const bool noun =
          english_question && !parts.empty() &&
          std::all_of(parts.begin(), parts.end(), [](const std::string& p) { return p == "n"; }) &&
          (form == w || w == form + "s" || w == form + "es");
      std::vector<std::string> kin;
      for (const std::string& t : noun ? translations : std::vector<std::string>{}) {
        for (const Synonym& syn : lang_->thesaurus->synonyms(t)) {
          if (syn.sense > 0) break;
          // (The back lookup, the costly part, only for a word the article has.)
          if (lx_.stop_words.count(syn.word) || article_words(syn.word, tok).empty()) continue;
          if (first_sense_class(syn.word, t)) kin.push_back(syn.word);
        }
      }
      return most_used(kin, tok);
    };
    // The lexicon's own reading of the very verb, where it has one the
    // article uses: it gives the general sense, where FreeDict may list
    // one sense only ("start" is "menjalankan", a machine's starting).
    // (FreeDict's parts of speech are asked only of a word the lexicon has.)
    auto verb_only = [&] {
      const std::vector<std::string> parts = lang_->english->parts_of_speech(w);
      return !parts.empty() &&
             std::all_of(parts.begin(), parts.end(), [](const std::string& p) { return p == "v"; });
    };
    if (auto it = lx_.english_words.find(w); it != lx_.english_words.end() && verb_only()) {
      if (Words to = english_word(it->first, tok); !to.empty()) {
        take(w, to, true);
        done = true;
      }
    }
    for (const std::string& form : forms) {
      if (done) break;
      bool function_word = false;
      if (Words to = from_dictionary(form, &function_word); !to.empty()) {
        // A sense the article writes once in passing, where a synonym of
        // the word's own first senses is one it writes throughout: "farming"
        // is "kebun" to FreeDict, by "farm", and "pertanian" by WordNet's
        // "agriculture", the word of an article on organic farming.
        constexpr int kInPassing = 1;  // uses of the reading found
        constexpr size_t kSenses = 1;
        // (Only where FreeDict read another word, the one it is derived
        // from: of a word it lists, "functions", its senses are its own.)
        const bool derived = form != w && w != form + "s" && w != form + "es";
        if (english_question && derived && !function_word && to.size() == 1 &&
            count_of(word_count_, to.front()) <= kInPassing) {
          for (const std::string& other : lang_->wordnet->synonyms(w, kSenses)) {
            bool other_function = false;
            Words alt = other == w || other.find(' ') != std::string::npos
                            ? Words{}
                            : from_dictionary(other, &other_function);
            if (alt.size() == 1 && !other_function && alt != to &&
                affixed_count(alt.front(), tok) >= 2 * kWrittenThroughout &&
                affixed_count(alt.front(), tok) > affixed_count(to.front(), tok))
              to = std::move(alt);
          }
        }
        take(w, to, !function_word);
        done = true;
      }
    }
    // A general English word or phrase FreeDict lacks ("side effects",
    // "improve"), longest first, toward the article's words, or toward
    // words the lexicon knows (a question word of any article).
    for (size_t n = std::min(lx_.english_words_longest, in.size() - i); !done && n > 0; --n) {
      const std::string key = join_words(in, i, i + n);
      auto it = lx_.english_words.find(key);
      // One word also in its base form ("controlling" -> "control").
      for (size_t f = 1; n == 1 && it == lx_.english_words.end() && f < forms.size(); ++f)
        it = lx_.english_words.find(forms[f]);
      if (it == lx_.english_words.end()) continue;
      Words to = english_word(it->first, tok);
      if (to.empty()) continue;
      take(key, to, true);
      i += n - 1;
      done = true;
    }
    // An English word of Latin or Greek stock, in the article's spelling
    // ("hydroponics" in an article on hidroponik).
    for (const std::string& form : lx_.loanwords.spellings(w)) {
      if (done) break;
      if (kb_.words.count(form)) {
        take(w, {form}, true);
        done = true;
      }
    }
    // An English word FreeDict lacks, through WordNet: a word derived from
    // it, then a synonym, in the article's loanword spelling or by its
    // FreeDict translation ("proclaimed" -> "proclamation" -> "proklamasi";
    // "affect" -> "impact" -> "pengaruh"). Not a word FreeDict has, whose
    // senses it gives ("split" is no "bagian"), nor a real Indonesian word
    // in an Indonesian question.
    const bool in_dictionary = std::any_of(forms.begin(), forms.end(), [&](const std::string& f) {
      return !lang_->english->translations(f).empty();
    });
    if (!done && !in_dictionary && (english_question || !lang_->speller->valid(w))) {
      for (const std::string& base : lang_->wordnet->base_forms(w)) {
        std::vector<std::string> related = lang_->wordnet->derived(base);
        for (const std::string& syn : lang_->wordnet->synonyms(base)) related.push_back(syn);
        for (const std::string& other : related) {
          // (The related word itself, where the article glosses it:
          // "impeached" for its "(Impeachment)".)
          // (Read as that word is: "ovary", which the article glosses
          // once, is its "ovarium" throughout.)
          if (!done && other != w && kb_.words.count(other)) {
            auto alias = english_alias_.find(other);
            take(w, alias != english_alias_.end() ? alias->second : Words{other}, true);
            done = true;
          }
          for (const std::string& form : lx_.loanwords.spellings(other)) {
            if (!done && kb_.words.count(form)) {
              take(w, {form}, true);
              done = true;
            }
          }
          // (A content word's kin stays a content word: "level" is "even"
          // in one sense, but no "bahkan".)
          bool function_word = false;
          if (Words to = done ? Words{} : from_dictionary(other, &function_word);
              !to.empty() && !(to.size() == 1 && lx_.stop_words.count(to.front()))) {
            take(w, to, true);
            done = true;
          }
          if (done) break;
        }
        if (done) break;
      }
      // A word WordNet gives as the opposite of one FreeDict has is that
      // word negated ("incomplete" -> "tidak sempurna"): Indonesian says
      // most such opposites with "tidak" or "tak".
      for (const std::string& base :
           done ? std::vector<std::string>{} : lang_->wordnet->base_forms(w)) {
        for (const std::string& opposite : lang_->wordnet->antonyms(base)) {
          bool function_word = false;
          Words to = from_dictionary(opposite, &function_word);
          if (to.empty() || function_word || (to.size() == 1 && lx_.stop_words.count(to.front())))
            continue;
          to.insert(to.begin(), "tidak");
          take(w, to, true);
          done = true;
          break;
        }
        if (done) break;
      }
    }
    if (done) continue;
    // A synonym the article uses, for a real word it does not.
    // (Hunspell is asked last: it is the slowest of the three.)
    // A word with a possessive clitic ("isinya") is its root in the
    // thesaurus, whose headwords are bare.
    std::string head = w;
    if (has_nya(w) && lang_->thesaurus->synonyms(w).empty() &&
        lang_->speller->valid(without_nya(w)))
      head = without_nya(w);
    // Of several synonyms the article uses ("imbas": "akibat" once in
    // passing, "dampak" in a heading and throughout), the one it uses most
    // is its word for the thing.
    Words chosen;
    int chosen_uses = -1;
    bool chosen_same_class = false;
    // (Not a word of a phrase the article has no word of: "efek samping"
    // is one thing, and "samping" read as "tepi" names another.)
    auto lacked = [&](size_t k) {
      return k < in.size() && !lx_.stop_words.count(in[k]) && !lx_.question_words.count(in[k]) &&
             !knows(in[k]) && !article_term(in[k], tok) && !is_number(in[k]);
    };
    const bool in_lacked_phrase = (i > 0 && lacked(i - 1)) || lacked(i + 1);
    for (const Synonym& syn :
         in_lacked_phrase ? std::vector<Synonym>{} : lang_->thesaurus->synonyms(head)) {
      // A word has many senses, and the article uses its synonym in one of
      // them ("datang" lists "ada"): only a synonym each word gives for the
      // other in its first sense stands for it.
      // (Unless the article writes the synonym after the very word the
      // question writes it after: "sumur penduduk" is its "sumur warga",
      // though "warga" gives "penduduk" only in its second sense.)
      // (Not a function word: "langsung" lists "terus", which says no
      // more in the article than it does in the question.)
      // (Nor a preposition: "menjalani" lists "melalui", which an article
      // writes to mean "through".)
      if (lx_.stop_words.count(syn.word) || lx_.prepositions.count(syn.word)) continue;
      Words to = article_words(syn.word, tok);
      if (to.empty()) continue;
      // (Nor one the article has only by a function word that stems alike:
      // "perhinggaan" for "batas" is no "hingga".)
      const bool by_function_word = std::any_of(to.begin(), to.end(), [&](const std::string& x) {
        if (kb_.words.count(x)) return false;
        auto written = stem_forms_.find(tok.stem(x));
        return written != stem_forms_.end() &&
               std::all_of(written->second.begin(), written->second.end(),
                           [&](const auto& f) { return lx_.stop_words.count(f.first) > 0; });
      });
      if (by_function_word) continue;
      // (After the word it qualifies, as Indonesian puts a modifier after
      // its head: the sense is the head's. "suka menggigit" is no
      // "sering menggigit".)
      const bool beside =
          i > 0 && !lx_.stop_words.count(in[i - 1]) && pair_count(in[i - 1], to.front()) > 0;
      if (syn.sense > 0 && !beside) continue;
      // (A phrase the article writes as such: "istri" lists "orang
      // belakang", whose words an article may use apart.)
      bool written = true;
      for (size_t k = 1; k < to.size(); ++k) written = written && pair_count(to[k - 1], to[k]) > 0;
      if (!written) continue;
      const std::optional<std::string> back_class = first_sense_class(syn.word, head);
      if (!back_class && !beside) continue;
      // (A heading that says it counts as its sentences do: "Dampak bagi
      // Hewan" makes "dampak" the article's word, though a sentence or two
      // say "akibat".)
      int uses = std::numeric_limits<int>::max();
      for (const std::string& x : to) {
        const std::string stem = tok.stem(x);
        auto df = kb_.term_sentences.find(stem);
        const int headed = static_cast<int>(
            std::count_if(kb_.sections.begin(), kb_.sections.end(), [&](const KSection& sec) {
              return std::find(sec.heading_terms.begin(), sec.heading_terms.end(), stem) !=
                     sec.heading_terms.end();
            }));
        uses = std::min(uses, (df == kb_.term_sentences.end() ? 0 : df->second) + headed);
      }
      // (The one beside the question's word first.)
      constexpr int kBeside = 1 << 20;
      if (beside) uses += kBeside;
      // (On equal use, a synonym of the same word class both ways: "mati"
      // the verb is "tewas", not "tenang", which lists "mati" as still.)
      const bool same_class = back_class && *back_class == syn.word_class;
      if (uses > chosen_uses || (uses == chosen_uses && same_class && !chosen_same_class)) {
        chosen = std::move(to);
        chosen_uses = uses;
        chosen_same_class = same_class;
      }
    }
    if (!chosen.empty() && lang_->speller->valid(head)) {
      take(w, chosen, true);
      ++*synonyms;
      synonym_words->insert(synonym_words->end(), chosen.begin(), chosen.end());
      done = true;
    }
    if (!done) out.push_back(w);
  }
  kept_as_written();
  // English puts the qualifier first, Indonesian after: "regional autonomy"
  // is "otonomi daerah". Words read from other words take the reverse order
  // when the article has their pairs that way round more often.
  auto count = [&](const std::string& a, const std::string& b) {
    auto it = pair_count_.find(a + " " + b);
    return it == pair_count_.end() ? 0 : it->second;
  };
  // A run of such words reverses as a whole ("fasting blood sugar" reads
  // "puasa darah gula"; the article says "gula darah puasa"), word by word
  // read: the phrase one word gives keeps its order ("incomplete
  // metamorphosis" is "metamorfosis tidak sempurna").
  std::vector<Words> read;  // the words of each unit
  std::vector<bool> read_english;
  for (size_t k = 0; k < out.size(); ++k) {
    if (k == 0 || unit[k] != unit[k - 1]) {
      read.emplace_back();
      read_english.push_back(english[k]);
    }
    read.back().push_back(out[k]);
  }
  for (size_t i = 0; i < read.size();) {
    size_t j = i;
    while (j < read.size() && read_english[j]) ++j;
    if (j - i >= 2) {
      int as_is = 0, reversed = 0;
      for (size_t k = i; k + 1 < j; ++k) {
        as_is += count(read[k].back(), read[k + 1].front());
        reversed += count(read[k + 1].back(), read[k].front());
      }
      if (reversed > as_is)
        std::reverse(read.begin() + static_cast<long>(i), read.begin() + static_cast<long>(j));
    }
    i = j > i ? j : i + 1;
  }
  Words ordered;
  for (const Words& u : read) ordered.insert(ordered.end(), u.begin(), u.end());
  return ordered;
}

int Understander::pair_count(const std::string& a, const std::string& b) const {
  return count_of(pair_count_, a + " " + b);
}

bool Understander::siblings(const std::string& a, const std::string& b) const {
  if (a == b) return false;
  auto x = item_lists_.find(a), y = item_lists_.find(b);
  if (x == item_lists_.end() || y == item_lists_.end()) return false;
  return std::any_of(x->second.begin(), x->second.end(),
                     [&](int block) { return y->second.count(block) > 0; });
}

Understanding Understander::read(std::string_view question, Tokenizer& tok) const {
  Understanding whole = read_all(question, tok);
  // A long message is mostly context around one question ("aku lagi
  // ngerjain tugas ..., jadi kerja sama multilateral itu contohnya apa aja
  // ya? makasih"): its other clauses would read as unknown words, stray
  // question types and topics. Read the clause that asks about something
  // the article names (a subject or entity, with a question type or topic),
  // the last one if several do.
  constexpr size_t kLongMessageWords = 25;
  if (whole.words.size() <= kLongMessageWords) return whole;
  std::optional<Understanding> best;
  size_t start = 0;
  for (size_t i = 0; i <= whole.text.size(); ++i) {
    if (i < whole.text.size() &&
        std::string_view(",.;!?\n").find(whole.text[i]) == std::string_view::npos)
      continue;
    std::string_view clause = std::string_view(whole.text).substr(start, i - start);
    start = i + 1;
    Understanding c = read_all(clause, tok);
    const bool names = c.subject || !c.entities.empty();
    const bool asks = !c.qtype.empty() || !c.topics.empty();
    if (names && asks && c.words.size() < whole.words.size()) best = std::move(c);
  }
  return best ? std::move(*best) : whole;
}

bool Understander::names_root_of_subject(const Understanding& u, int at) const {
  // "ke-...-an" and "pe-...-an" make a noun of a root that names another
  // thing: "kerajaan" (kingdom) of "raja" (king), "pendidikan" of "didik".
  // Snowball stems both alike, but "raja-raja Kutai" asks about the kings,
  // not about "Kerajaan Kutai".
  for (size_t k = 0; k < subject_words_.size(); ++k) {
    const size_t i = static_cast<size_t>(at) + k;
    if (i >= u.words.size()) break;
    const std::string& asked = u.words[i];
    const std::string& own = subject_words_[k];
    constexpr size_t kAffixes = 4;  // "ke" + "an" at the least
    if (asked == own || own.size() < asked.size() + kAffixes ||
        (own.compare(0, 2, "ke") != 0 && own.compare(0, 2, "pe") != 0) ||
        own.compare(own.size() - 2, 2, "an") != 0 || own.find(asked, 2) == std::string::npos)
      continue;
    return true;
  }
  return false;
}

bool Understander::item_head_has(const Words& phrase) const {
  return std::any_of(item_heads_.begin(), item_heads_.end(),
                     [&](const Words& head) { return find_phrase(head, phrase) >= 0; });
}

bool Understander::names_part(const std::string& a, const std::string& b) const {
  const Words pair{a, b};
  return std::any_of(kb_.sections.begin(), kb_.sections.end(),
                     [&](const KSection& s) { return find_phrase(s.heading_words, pair) >= 0; }) ||
         item_head_has(pair);
}

bool Understander::inside_name(const Understanding& u, size_t at) const {
  // "Diabetes tipe lain itu contohnya apa?": a topic word with a content
  // word before it and a word after it, the three as the article names an
  // item ("**Diabetes tipe lain**, misalnya ..."), is part of that name,
  // not the topic asked.
  // (After a numeral, "satu bidang usaha", it is counted, not named.)
  if (at == 0 || at + 1 >= u.terms.size() || lx_.stop_words.count(u.words[at - 1]) ||
      std::find(lx_.number_words.begin(), lx_.number_words.end(), u.words[at - 1]) !=
          lx_.number_words.end() ||
      lx_.question_words.count(u.words[at - 1]) || lx_.question_words.count(u.words[at + 1]))
    return false;
  return item_head_has(Words(u.words.begin() + static_cast<long>(at) - 1,
                             u.words.begin() + static_cast<long>(at) + 2));
}

Understanding Understander::read_all(std::string_view question, Tokenizer& tok) const {
  Understanding u;
  u.text = utf8::clean(utf8::truncate(question, 4096));

  // 1. Words, with slang expanded and "-nya" follow-ups noticed.
  Words raw;
  std::vector<bool> capitals;  // written in capitals: an acronym, never slang or English
  std::unordered_set<std::string> written_upper;  // the folded words written so
  for (const Token& token : tok.tokenize(u.text)) {
    std::string_view written(u.text.data() + token.begin, token.end - token.begin);
    const bool upper =
        written.size() >= 2 && std::all_of(written.begin(), written.end(), [](char c) {
          return std::isupper(static_cast<unsigned char>(c)) ||
                 std::isdigit(static_cast<unsigned char>(c));
        });
    if (upper) written_upper.insert(token.word);
    // An acronym with a small "s" after its capitals ("BPRs", "SMEs") is
    // its English plural: the article's acronym, even where the article
    // also has one that ends in a capital S ("BPRS").
    if (written.size() >= 3 && written.back() == 's' &&
        std::all_of(written.begin(), written.end() - 1,
                    [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; })) {
      std::string singular = token.word.substr(0, token.word.size() - 1);
      if (acronyms_.count(singular)) {
        written_upper.insert(singular);
        raw.push_back(std::move(singular));
        capitals.resize(raw.size(), false);
        capitals.back() = true;
        continue;
      }
    }
    // The article's acronym typed in small letters ("lbh") is still that
    // acronym, before any chat abbreviation it resembles ("lbh" = "lebih"),
    // unless it is a word of its own.
    if (acronyms_.count(token.word) &&
        (upper || (lang_ != nullptr && !lang_->speller->valid(token.word) &&
                   std::find(word_acronyms_.begin(), word_acronyms_.end(), token.word) ==
                       word_acronyms_.end()))) {
      raw.push_back(token.word);
      capitals.resize(raw.size(), false);
      capitals.back() = true;
      continue;
    }
    std::string word = everyday_form(token.word, tok);
    // (Also written apart by a hyphen: "plus-nya".)
    if (has_nya(word) || word == "nya") u.followup_marker = true;
    auto s = lx_.slang.find(word);
    // (A chat spelling the article itself writes as an acronym is that
    // acronym: "sma" is no "sama" in an article on schools, which writes
    // "SMA".)
    // (Not a shorthand with several readings, "hp" for "ponsel" or
    // "handphone": those name one thing, whichever the article writes.)
    if (s != lx_.slang.end() && !s->second.empty() && capitalized_.count(word) &&
        !lx_.slang_readings.count(word))
      s = lx_.slang.end();
    // A chat word with a possessive "-nya" ("bkinnya") is that word's
    // standard form with it ("membuatnya").
    std::string clitic;
    if (s == lx_.slang.end() && has_nya(word)) {
      s = lx_.slang.find(without_nya(word));
      if (s != lx_.slang.end() && !s->second.empty()) clitic = "nya";
    }
    // A figure written against its unit, as chat does ("7jt", "500rb",
    // "2thn"): the figure, then the unit as the lexicon reads it, where it
    // reads it as a number or a unit of time or measure.
    const size_t digits = static_cast<size_t>(
        std::find_if(word.begin(), word.end(),
                     [](char c) { return !std::isdigit(static_cast<unsigned char>(c)); }) -
        word.begin());
    // (Not a name the article writes so: "5G", "28C".)
    if (s == lx_.slang.end() && digits > 0 && digits < word.size() && !upper &&
        !kb_.words.count(word)) {
      const std::string unit = word.substr(digits);
      auto read = lx_.slang.find(unit);
      const std::string as =
          read != lx_.slang.end() && read->second.size() == 1 ? read->second.front() : unit;
      const bool figure = std::find(lx_.number_words.begin(), lx_.number_words.end(), as) !=
                              lx_.number_words.end() ||
                          lx_.scale_words.count(as) > 0 || lx_.time_words.count(as) > 0 ||
                          lx_.units.count(as) > 0;
      if (figure && std::all_of(unit.begin(), unit.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c));
          })) {
        raw.push_back(word.substr(0, digits));
        raw.push_back(as);
        continue;
      }
    }
    if (s == lx_.slang.end()) {
      raw.push_back(word);
    } else {
      const Words& to = slang_reading(s->first, s->second);
      raw.insert(raw.end(), to.begin(), to.end());
      if (!clitic.empty()) raw.back() += clitic;
    }
  }
  capitals.resize(raw.size(), false);
  // (So does "when" or "where" before an auxiliary, "When was ...", which
  // elsewhere may open a clause of any question.)
  const bool english_question =
      !raw.empty() && (lx_.english_openers.count(raw.front()) > 0 ||
                       (raw.size() > 2 && lx_.english_clause_words.count(raw.front()) > 0 &&
                        lx_.english_auxiliaries.count(raw[1]) > 0));
  // "Which law regulates X?" asks as "Hukum apa yang mengatur X?" does:
  // Indonesian names the kind asked first, then "apa". (The kind is the
  // word after "which", or two where an auxiliary follows them: "Which
  // toxic metals are ...". After "what", only so: "What causes X" asks
  // no kind.)
  if (english_question && raw.size() >= 3 && (raw[0] == "which" || raw[0] == "what") &&
      !lx_.english_auxiliaries.count(raw[1]) && !capitals[1]) {
    auto aux = [&](size_t i) {
      return i < raw.size() && lx_.english_auxiliaries.count(raw[i]) > 0;
    };
    const size_t kind = raw.size() > 3 && !aux(2) && aux(3) ? 2
                        : raw[0] == "which" || aux(2)       ? 1
                                                            : 0;
    if (kind > 0) {
      raw[0] = "apa";
      std::rotate(raw.begin(), raw.begin() + 1, raw.begin() + static_cast<long>(kind) + 1);
      std::rotate(capitals.begin(), capitals.begin() + 1,
                  capitals.begin() + static_cast<long>(kind) + 1);
    }
  }
  // "What does the Golgi apparatus do?" asks what it is for, as "Apa fungsi
  // badan Golgi?" does.
  if (english_question && raw.size() >= 4 && raw[0] == "what" &&
      (raw[1] == "does" || raw[1] == "do") && raw.back() == "do") {
    raw.pop_back();
    capitals.pop_back();
    raw[0] = "apa";
    raw[1] = "fungsi";
    capitals[1] = false;
  }
  // "What is the penalty for X?" asks what the penalty is, as "Apa denda
  // X?" does; only "What is the X?" with nothing qualifying the thing asks
  // what it means ("apa itu"). A preposition after the thing qualifies it.
  // (A longer rewrite, "What is the maximum", says what it asks itself.)
  if (english_question && raw.size() >= 5 && raw[0] == "what" && raw[1] == "is" &&
      raw[2] == "the" && !capitals[3] && rewrite_at(raw, 0).first <= 3 &&
      std::any_of(raw.begin() + 4, raw.end(),
                  [&](const std::string& w) { return lx_.english_prepositions.count(w) > 0; })) {
    raw.erase(raw.begin() + 1, raw.begin() + 3);
    capitals.erase(capitals.begin() + 1, capitals.begin() + 3);
    raw[0] = "apa";
  }
  // 2. English phrases to Indonesian, longest phrase first at each position.
  //    In a question that opens the English way ("What gas ...", "Why is
  //    ..."), a later "when" or "where" joins a clause ("... when it rots");
  //    the question is asked by its first word.
  // "should I" asks yes or no only where the question opens with it;
  // inside "What ... should I aim for" it is a modal, not a question.
  auto asks_yes_no = [&](const std::string& word) {
    for (const PhraseSet& set : lx_.qtypes) {
      if (set.id != "yesno") continue;
      for (const Words& p : set.phrases) {
        if (p.size() == 1 && p.front() == word) return true;
      }
    }
    return false;
  };
  for (size_t i = 0; i < raw.size();) {
    if (english_question && i > 0 && lx_.english_clause_words.count(raw[i])) {
      ++i;
      continue;
    }
    if (capitals[i]) {
      u.words.push_back(raw[i++]);
      continue;
    }
    if (size_t name = names_.longest_at(raw, i).first; name > 0) {
      u.words.insert(u.words.end(), raw.begin() + static_cast<long>(i),
                     raw.begin() + static_cast<long>(i + name));
      i += name;
      continue;
    }
    // A two-word English headword the article has in Indonesian ("solar
    // system" is "tata surya"): read before its words are rewritten one by
    // one ("system" -> "sistem").
    // (Not a phrase the article writes itself at least as often as its
    // translation, "screen time" in an article that uses the term: the
    // reader asks by the article's word. One name that glosses it, "...
    // Mental Health Survey", does not make it the article's word.)
    auto writes = [&](const Words& w, size_t from, size_t to) {
      if (to - from == 1) return count_of(word_count_, w[from]);
      int n = std::numeric_limits<int>::max();
      for (size_t k = from; k + 1 < to; ++k)
        n = std::min(n, count_of(pair_count_, w[k] + " " + w[k + 1]));
      return to > from ? n : 0;
    };
    auto keeps_english = [&](size_t from, size_t to, const Words& translation) {
      const int own = writes(raw, from, to);
      return own > 0 && own >= writes(translation, 0, translation.size());
    };
    if (english_question && lang_ != nullptr && i + 1 < raw.size() && !capitals[i + 1]) {
      // (Of its translations, the one the article writes most: "general
      // election" is "pemilihan umum" to FreeDict, and "pemilu" to an
      // article that says it short.)
      // (The lexicon's reading of the pair is one more.)
      const std::string pair = raw[i] + " " + raw[i + 1];
      std::vector<std::string> readings = lang_->english->translations(pair);
      if (auto it = lx_.english_words.find(pair); it != lx_.english_words.end())
        readings.push_back(it->second);
      const Words to = most_used(readings, tok);
      if (!to.empty() && !keeps_english(i, i + 2, to)) {
        u.corrections.push_back(raw[i] + " " + raw[i + 1] + "\u2192" + join_words(to));
        u.words.insert(u.words.end(), to.begin(), to.end());
        i += 2;
        continue;
      }
    }
    auto [length, rewritten] = rewrite_at(raw, i);
    // A longer general English phrase ("side effects", "responsible for")
    // stays whole for toward_article, where it is read after FreeDict.
    if (size_t phrase = english_phrase_at(raw, i); phrase > std::max<size_t>(length, 1)) {
      const std::string key = join_words(raw, i, i + phrase);
      if (Words to = english_word(key, tok); !to.empty() && !keeps_english(i, i + phrase, to)) {
        if (english_question && i > 0 && asks_yes_no(to.front())) to.erase(to.begin());
        u.corrections.push_back(key + "\u2192" + join_words(to));
        u.words.insert(u.words.end(), to.begin(), to.end());
        i += phrase;
        continue;
      }
    }
    // "klorofil a": a letter the article writes after the word before it
    // labels one of a set, and is no English article.
    const bool label = length == 1 && i > 0 && raw[i].size() == 1 &&
                       letter_labels_.count(raw[i - 1] + " " + raw[i]);
    // A word the article writes with the one beside it, as in the question
    // ("all risk", "public cloud"), is the article's name as written, not
    // an English word to translate.
    // (Only a word that is no Indonesian one: "organisasi" is read as the
    // lexicon reads it wherever it stands.)
    const bool written_so = length == 1 && kb_.words.count(raw[i]) > 0 && lang_ != nullptr &&
                            !lang_->speller->valid(raw[i]) &&
                            ((i > 0 && pair_count(raw[i - 1], raw[i]) > 0) ||
                             (i + 1 < raw.size() && pair_count(raw[i], raw[i + 1]) > 0));
    if (length == 0 || label || written_so) {
      u.words.push_back(raw[i++]);
      continue;
    }
    const Words& to = *rewritten;
    // An English word whose listed translation the article lacks, spelled
    // as the loanword the article writes beside the question's next or
    // previous word ("Doppler effect": "dampak" is listed; an article on
    // sound writes "Efek Doppler").
    if (english_question && length == 1 && to.size() == 1 && !kb_.words.count(to.front())) {
      std::string beside;
      for (const std::string& form : lx_.loanwords.spellings(raw[i])) {
        if (!kb_.words.count(form)) continue;
        for (size_t n : {i + 1, i - 1}) {
          if (n < raw.size() && n != i &&
              (pair_count(form, raw[n]) > 0 || pair_count(raw[n], form) > 0))
            beside = form;
        }
      }
      if (!beside.empty()) {
        u.corrections.push_back(raw[i] + "\u2192" + beside);
        u.words.push_back(beside);
        ++i;
        continue;
      }
    }
    u.words.insert(u.words.end(), to.begin(), to.end());
    i += length;
  }
  // 3. Words the article does not use, read toward the ones it does.
  u.words =
      toward_article(u.words, tok, &u.corrections, &u.synonyms, &u.synonym_words, english_question);
  // English puts the head last ("waste bank"), Indonesian first ("bank
  // sampah"): two words the article writes only the other way round are
  // its phrase.
  // (Of two overlapping pairs, the one the article writes more turns:
  // "founded Tarumanegara kingdom" is "didirikan" + "kerajaan
  // Tarumanegara", not "Tarumanegara didirikan" + "kerajaan".)
  auto reversed_uses = [&](size_t i) {
    const std::string& a = u.words[i];
    const std::string& b = u.words[i + 1];
    // (Not a word already in the article's phrase with the one before it:
    // "bantuan hukum" + "bawah" in "legal aid under ...".)
    const bool joined = i > 0 && count_of(pair_count_, u.words[i - 1] + " " + a) > 0;
    if (joined || count_of(pair_count_, a + " " + b) > 0) return 0;
    // (Two words of the subject's name count as written everywhere: its
    // title and headings write them more than its sentences do.)
    const int uses = count_of(pair_count_, b + " " + a);
    for (size_t k = 0; uses > 0 && k + 1 < subject_words_.size(); ++k) {
      if (subject_words_[k] == b && subject_words_[k + 1] == a)
        return std::numeric_limits<int>::max();
    }
    return uses;
  };
  for (size_t i = 0; english_question && i + 1 < u.words.size(); ++i) {
    const int here = reversed_uses(i);
    if (here == 0 || (i + 2 < u.words.size() && reversed_uses(i + 1) > here)) continue;
    std::swap(u.words[i], u.words[i + 1]);
    ++i;
  }
  // 4. Typo correction for words neither the article nor the lexicon knows.
  //    A correction may be the closed form of an article compound
  //    ("kerjsama" -> "kerjasama"), which then reads as the article writes it.
  Words corrected;
  constexpr int kMaxShorthands = 4;
  int shorthands_asked = 0;
  for (const std::string& w : u.words) {
    std::string fixed;
    // "dirumah", "kesekolah": the prepositions "di" and "ke" written onto
    // the word they govern, a common slip that Hunspell rejects; the rest
    // is a word the article or Hunspell knows.
    if (lang_ != nullptr && w.size() > 4 && (w.rfind("di", 0) == 0 || w.rfind("ke", 0) == 0) &&
        !kb_.words.count(w) && !lx_.known_words.count(w) && !lang_->speller->valid(w)) {
      const std::string rest = w.substr(2);
      // (The rest may be chat shorthand itself: "dirmh" is "di rumah".)
      auto slang = lx_.slang.find(rest);
      if (kb_.words.count(rest) || lang_->speller->valid(rest) ||
          (slang != lx_.slang.end() && slang->second.size() == 1)) {
        const std::string& to =
            kb_.words.count(rest) || lang_->speller->valid(rest) ? rest : slang->second.front();
        u.corrections.push_back(w + "\u2192" + w.substr(0, 2) + " " + to);
        corrected.push_back(w.substr(0, 2));
        corrected.push_back(to);
        continue;
      }
    }
    // A word Hunspell accepts is a real word, only not the article's:
    // correcting it would answer another question ("saham" is not "salam").
    // (Hunspell is asked only when there is a correction to veto.)
    if (!kb_.words.count(w) && !lx_.known_words.count(w)) fixed = correct(w);
    // A word the reader capitalises inside a sentence is a name ("tsunami
    // Mentawai"): one slip in it may be mended, but two make another word
    // ("mencapai"), not the name.
    if (!fixed.empty() && written_as_name(w, u.text) && edit_distance(w, fixed, 1) > 1)
      fixed.clear();
    // (With a clitic, "perannya", the word is its bare form: Hunspell's
    // word list lacks most such forms.)
    // (Nor with chat's "-in" for "-kan" or "-i": "nyalain" is
    // "nyalakan", no slip for "ngapain".)
    // (Unless the correction is that very form: "diapain" is "diapakan".)
    auto chat_suffixed = [&] {
      if (w.size() <= 5 || w.compare(w.size() - 2, 2, "in") != 0) return false;
      const std::string root = w.substr(0, w.size() - 2);
      if (fixed == root + "kan" || fixed == root + "i") return false;
      return lang_->speller->valid(root + "kan") || lang_->speller->valid(root + "i");
    };
    // ...unless the article writes the correction, one slip away, beside
    // the reader's next or last word: "skala bortel" is its "skala Bortle",
    // a slip that happens to spell a real word.
    const size_t at = static_cast<size_t>(&w - u.words.data());
    // (Only toward a word no dictionary has, a name or a term of the
    // article's: "lebih murah" is no slip for its "lebih mudah".)
    const bool in_article_pair =
        !fixed.empty() && edit_distance(w, fixed, 1) <= 1 && lang_ != nullptr &&
        !lang_->speller->valid(fixed) &&
        ((at > 0 && !lx_.stop_words.count(u.words[at - 1]) &&
          pair_count(u.words[at - 1], fixed) > 0) ||
         (at + 1 < u.words.size() && !lx_.stop_words.count(u.words[at + 1]) &&
          pair_count(fixed, u.words[at + 1]) > 0));
    if (!fixed.empty() && lang_ && !in_article_pair &&
        (lang_->speller->valid(w) || (has_nya(w) && lang_->speller->valid(without_nya(w))) ||
         chat_suffixed()))
      fixed.clear();
    if (fixed.empty() && !kb_.words.count(w) && !lx_.known_words.count(w)) {
      if (std::string variant = spelling_variant(w); !variant.empty()) {
        u.corrections.push_back(w + "\u2192" + variant);
        corrected.push_back(std::move(variant));
        continue;
      }
    }
    if (fixed.empty() && !kb_.words.count(w) && !lx_.known_words.count(w) && !is_number(w) &&
        shorthands_asked++ < kMaxShorthands) {
      // Chat shorthand of a word the article has in another form or by a
      // synonym ("tlat" for "telat", which it writes "terlambat"): Hunspell's
      // word list has the word, and it counts only if it leads to the
      // article. (Each candidate is read toward the article: a few words a
      // question.)
      if (Words to = shorthand(w, tok, &u.corrections); !to.empty()) {
        corrected.insert(corrected.end(), to.begin(), to.end());
        continue;
      }
    }
    if (fixed.empty()) {
      corrected.push_back(w);
      continue;
    }
    // A slip or another form of an English word the article uses
    // ("cooperative" for its "cooperation") reads as that word does.
    if (auto it = english_alias_.find(fixed); it != english_alias_.end()) {
      u.corrections.push_back(w + "\u2192" + join_words(it->second));
      corrected.insert(corrected.end(), it->second.begin(), it->second.end());
      continue;
    }
    u.corrections.push_back(w + "→" + fixed);
    if (auto it = joined_.find(fixed); it != joined_.end() && !kb_.words.count(fixed)) {
      corrected.insert(corrected.end(), it->second.begin(), it->second.end());
      continue;
    }
    for (const Token& t : tok.tokenize(fixed)) corrected.push_back(t.word);
  }
  u.words = std::move(corrected);
  // 5. The subject's everyday name ("kencing manis") reads as the subject,
  //    unless the question names the subject too: then it asks about the
  //    name ("Kenapa diabetes disebut kencing manis?").
  if (!alias_names_.empty()) {
    Words named;
    for (size_t i = 0; i < u.words.size();) {
      auto [length, value] = aliases_.longest_at(u.words, i);
      const Words* subject =
          length > 0 ? &alias_names_[static_cast<size_t>(value)].second : nullptr;
      // (Nor inside a longer name the article writes, as the reader does:
      // "reward-based crowdfunding" is one kind of urun dana.)
      const bool in_longer_name =
          length > 0 && ((i > 0 && pair_count(u.words[i - 1], u.words[i]) > 0) ||
                         (i + length < u.words.size() &&
                          pair_count(u.words[i + length - 1], u.words[i + length]) > 0));
      if (subject == nullptr || in_longer_name ||
          std::find(u.words.begin(), u.words.end(), subject->front()) != u.words.end()) {
        named.push_back(u.words[i++]);
        continue;
      }
      u.corrections.push_back(join_words(u.words, i, i + length) + "\u2192" + join_words(*subject));
      named.insert(named.end(), subject->begin(), subject->end());
      i += length;
    }
    u.words = std::move(named);
  }
  // "dibagi menurut peringkat menjadi apa saja?": a basis said inside a
  // topic's phrase ("dibagi menjadi") parts it; said after the phrase, as
  // readers also write it, it leaves the phrase whole.
  constexpr size_t kLongestBasis = 4;  // words between the phrase's two
  for (size_t i = 0; i + 2 < u.words.size(); ++i) {
    if (!lx_.basis_markers.count(u.words[i + 1])) continue;
    size_t second = 0;
    for (const TopicDef& t : lx_.topics) {
      for (const Words& p : t.synonym_words) {
        if (p.size() != 2 || p[0] != u.words[i]) continue;
        for (size_t j = i + 2; j < u.words.size() && j <= i + 1 + kLongestBasis && !second; ++j) {
          if (u.words[j] == p[1]) second = j;
        }
      }
    }
    if (second == 0) continue;
    std::rotate(u.words.begin() + static_cast<long>(i) + 1,
                u.words.begin() + static_cast<long>(second), u.words.end());
    break;
  }
  for (const std::string& w : u.words) u.terms.push_back(term_of(w, tok));
  std::vector<bool> used(u.words.size(), false);
  std::vector<bool> structural(u.words.size(), false);  // question words, markers, small talk
  auto mark = [&](int at, size_t n) {
    for (size_t k = 0; k < n; ++k) used[static_cast<size_t>(at) + k] = true;
  };

  // The first set (in the lexicon's priority order) with a phrase in the
  // question; every phrase found is marked as a question word.
  // A phrase that is a noun ("jumlah") names a question type only when no
  // interrogative names another: "Kenapa jumlah UMKM terus naik?" asks why.
  std::vector<bool> before_names;  // `used` before the subject and entities were read
  auto first_set = [&](const PhraseIndex& index, const std::vector<PhraseSet>& sets,
                       bool beside_names = false) {
    int first = -1, first_strong = -1;
    index.match(u.words, [&](size_t at, size_t n, int set) {
      // Small talk in the article's own names is a name: "bantuan" in
      // "Penerima bantuan hukum itu siapa?" asks for no help.
      if (beside_names) {
        for (size_t k = at; k < at + n; ++k) {
          if (used[k] && !before_names[k]) return;
        }
        // A greeting opens a message; inside one, a word the article uses
        // is the article's ("langit malam" is the night sky, not "malam!").
        if (n == 1 && at > 0 &&
            std::binary_search(vocabulary_.begin(), vocabulary_.end(), u.words[at]))
          return;
      }
      // "berdasarkan bentuknya apa saja?": the basis of the grouping, not
      // "bentuknya apa" (which kind is it?).
      if (at > 0 && lx_.basis_markers.count(u.words[at - 1])) return;
      if (first < 0 || set < first) first = set;
      const bool weak = n == 1 && lx_.weak_qtype_words.count(u.words[at]) > 0;
      if (!weak && (first_strong < 0 || set < first_strong)) first_strong = set;
      mark(static_cast<int>(at), n);
      for (size_t k = 0; k < n; ++k) structural[at + k] = true;
    });
    if (first_strong >= 0) first = first_strong;
    return first < 0 ? std::string() : sets[static_cast<size_t>(first)].id;
  };

  // 6. Question type, and words that refer back to the conversation.
  u.qtype = first_set(lx_.qtype_index, lx_.qtypes);
  // "Apakah Pemilu 2019 merupakan pemilu serentak pertama?": a copula
  // after a yes/no word states a claim to check, not a term to define
  // ("Apakah yang dimaksud dengan X?" still asks what X is).
  if (u.qtype == "definition" && !u.words.empty() && asks_yes_no(u.words.front())) {
    const bool only_copula =
        std::all_of(lx_.qtypes.begin(), lx_.qtypes.end(), [&](const PhraseSet& set) {
          return set.id != "definition" ||
                 std::none_of(set.phrases.begin(), set.phrases.end(), [&](const Words& p) {
                   return find_phrase(u.words, p) >= 0 &&
                          !(p.size() == 1 && lx_.copula_terms.count(tok.stem(p.front())) > 0);
                 });
        });
    if (only_copula) u.qtype = "yesno";
  }
  if (u.qtype.empty()) {
    for (const Words& ending : lx_.definition_endings) {
      if (ending.empty() || ending.size() > u.words.size() ||
          !std::equal(ending.begin(), ending.end(),
                      u.words.end() - static_cast<long>(ending.size())))
        continue;
      u.qtype = "definition";
      const size_t at = u.words.size() - ending.size();
      mark(static_cast<int>(at), ending.size());
      for (size_t k = at; k < u.words.size(); ++k) structural[k] = true;
      break;
    }
  }
  // "disuntikkan di bagian tubuh mana?": a place asked with its noun
  // between the preposition and "mana" asks where, as "di mana" does.
  if (u.qtype.empty() && u.words.size() >= 3 && u.words.back() == "mana") {
    constexpr size_t kPlaceNoun = 3;  // words between: "bagian tubuh"
    for (size_t k = u.words.size() - 2; k + 1 > 0 && u.words.size() - 1 - k <= kPlaceNoun; --k) {
      const std::string& w = u.words[k];
      if (w == "di" || w == "ke" || w == "dari") {
        if (k + 2 < u.words.size()) u.qtype = "where";
        break;
      }
      if (lx_.stop_words.count(w) || k == 0) break;
    }
  }
  // "ikan bisa mati gara-gara hujan asam ga?": a statement that ends in a
  // negation asks whether it holds.
  if (u.qtype.empty() && lx_.yesno_ending(u.words) > 0) u.qtype = "yesno";
  // "Lebih cepat mana, A atau B?", "Mana yang lebih hemat, A atau B?": a
  // choice between two by a quality.
  if (u.qtype.empty()) {
    auto has = [&](const std::unordered_set<std::string>& set) {
      return std::any_of(u.words.begin(), u.words.end(),
                         [&](const std::string& w) { return set.count(w) > 0; });
    };
    u.choice = has(lx_.choice_questions) && has(lx_.comparative_markers) && has(lx_.choice_markers);
  }
  if (!u.words.empty() && lx_.opening_followup_words.count(u.words.front())) {
    u.followup_marker = true;
  }
  // "wilayah-wilayah itu": a noun pointed at refers to the conversation.
  for (size_t i = 0; i + 1 < u.words.size(); ++i) {
    if (lx_.demonstratives.count(u.words[i + 1]) && !lx_.stop_words.count(u.words[i]) &&
        !lx_.demonstratives.count(u.words[i]))
      u.followup_marker = true;
  }
  lx_.marker_index.match(u.words, [&](size_t at, size_t n, int) {
    u.followup_marker = true;
    mark(static_cast<int>(at), n);
    for (size_t k = 0; k < n; ++k) structural[at + k] = true;
  });

  // 7. Topics, by stemmed synonym phrases; the highest priority first, then
  //    the lexicon's order.
  std::vector<int> matched;
  // "Apa bahayanya kalau kelebihan vitamin D?": after a condition marker
  // the question says when, not what: a topic word there ("kelebihan", an
  // excess) is no topic asked once one was asked before it.
  size_t condition = u.words.size();
  for (size_t i = 0; i < u.words.size() && condition == u.words.size(); ++i) {
    if (lx_.condition_markers.count(u.words[i])) condition = i;
  }
  size_t first_topic = u.words.size();
  // (By the words' own stems too, where the article led a term elsewhere:
  // "dikelompokkan" is the article's "elompok" of "mengelompokkan", and
  // the topic's "kelompok" of "dikelompokkan berdasarkan".)
  Terms own_stems;
  for (size_t i = 0; i < u.terms.size(); ++i)
    own_stems.push_back(i < u.words.size() ? tok.stem(u.words[i]) : u.terms[i]);
  const Terms* seen = &u.terms;
  auto on_topic = [&](size_t at, size_t n, int topic) {
    if (at > condition && first_topic < condition) return;
    // Nor, after a topic asked, is a topic word a heading writes with the
    // word after it as what the part is about: "Apa bahayanya kelebihan
    // gizi?" under "Risiko Kelebihan Gizi" (an excess, not an advantage).
    if (n == 1 && first_topic < at && at + 1 < u.words.size()) {
      const Words pair{u.words[at], u.words[at + 1]};
      // (Inside the heading, after what it is about: "Kekurangan Panel
      // Surya" opens with the topic of the subject.)
      if (std::any_of(kb_.sections.begin(), kb_.sections.end(), [&](const KSection& sec) {
            return find_phrase(sec.heading_words, pair) > 0;
          }))
        return;
    }
    // Stems join words that are not the same: "kelebihan" (a benefit)
    // and the stop word "lebih" ("lebih lanjut") share "lebih".
    if (n == 1 && lx_.stop_words.count(u.words[at])) return;
    // "Jenis X berdasarkan bentuknya": the word after the basis marker is
    // what the kinds are told apart by, not the topic asked.
    if (at > 0 && lx_.basis_markers.count(u.words[at - 1])) return;
    // In a phrase, the first word must be the synonym's own, give or take
    // a suffix: "terdiri dari" (forms) is not "memisahkan diri dari".
    if (n > 1) {
      const TopicDef& t = lx_.topics[static_cast<size_t>(topic)];
      bool same = false;
      for (size_t k = 0; k < t.synonyms.size() && !same; ++k) {
        if (t.synonyms[k].size() != n || !std::equal(t.synonyms[k].begin(), t.synonyms[k].end(),
                                                     seen->begin() + static_cast<long>(at)))
          continue;
        // (Every word, not only the first: "bisa jadi keras" is no "bisa
        // terjadi", though "jadi" and "terjadi" share a stem.)
        same = true;
        for (size_t j = 0; j < n && same; ++j) {
          const std::string& own = t.synonym_words[k][j];
          same = u.words[at + j].compare(0, own.size(), own) == 0;
        }
      }
      if (!same) return;
    }
    // A word made a noun of the doer or the tool by "pe-" ("pengguna", a
    // user), or a verb by "me-" or "di-" of a topic named by nouns only
    // ("membentuk", to set up), is not the topic word that stems alike
    // ("guna", a use; "bentuk", a form), unless the topic lists such a word
    // itself ("penyebab", "pendorong").
    if (n == 1 && !lx_.topics[static_cast<size_t>(topic)].own_word(u.words[at], (*seen)[at]))
      return;
    if (n == 1 && inside_name(u, at)) return;
    if (std::find(matched.begin(), matched.end(), topic) == matched.end()) matched.push_back(topic);
    first_topic = std::min(first_topic, at);
    mark(static_cast<int>(at), n);
    // A verb phrase that asks the topic ("dibagi jadi", "terdiri dari") is
    // the question's frame, as a question word is: its words ("bagi") find
    // other senses in the article ("membagikan"), not the topic. (A noun
    // phrase, "dampak positif", names the topic as headings do.)
    for (size_t k = 0; n > 1 && lx_.verb_form(u.words[at]) && k < n; ++k) structural[at + k] = true;
  };
  lx_.topic_index.match(u.terms, on_topic);
  if (own_stems != u.terms) {
    seen = &own_stems;
    lx_.topic_index.match(own_stems, on_topic);
  }
  std::sort(matched.begin(), matched.end(), [&](int a, int b) {
    int pa = lx_.topics[static_cast<size_t>(a)].priority,
        pb = lx_.topics[static_cast<size_t>(b)].priority;
    return pa != pb ? pa > pb : a < b;
  });
  for (int t : matched) u.topics.push_back(lx_.topics[static_cast<size_t>(t)].id);

  // 8. The article's subject ("kerja sama internasional"), then entities
  //    (other articles' subjects among them: index/knowledge.h).
  before_names = used;
  size_t kind_at = u.words.size();  // where the subject's kind is said before it
  std::unordered_set<std::string> subject_terms;
  for (const KDocument& d : kb_.docs) {
    subject_terms.insert(d.subject_terms.begin(), d.subject_terms.end());
  }
  // A word the article does not know right after the subject's name
  // names another thing of its kind: "saham split" (stock split), "kerja
  // sama trilateral".
  auto qualified_away = [&](size_t next) {
    if (next >= u.words.size()) return false;
    const std::string& w = u.words[next];
    return !kb_.terms.count(u.terms[next]) && !kb_.words.count(w) && !lx_.stop_words.count(w) &&
           !lx_.common_words.count(w) && !lx_.common_terms.count(u.terms[next]) &&
           !lx_.question_words.count(w) && !is_number(w);
  };
  if (!kb_.docs.empty()) {
    const KDocument& doc = kb_.docs.front();
    // A long name said with one inner word left out ("asuransi tani padi"
    // for "Asuransi Usaha Tani Padi") is still the name: the rest, in its
    // order, is said of nothing else. (Its own length then.)
    constexpr size_t kLongName = 4;
    auto find_name = [&](const Terms& name, size_t* said) {
      *said = name.size();
      int at = find_phrase(u.terms, name);
      for (size_t skip = 1; at < 0 && name.size() >= kLongName && skip + 1 < name.size(); ++skip) {
        Terms shorter = name;
        shorter.erase(shorter.begin() + static_cast<long>(skip));
        at = find_phrase(u.terms, shorter);
        *said = shorter.size();
      }
      return at;
    };
    for (const Terms* name = &doc.subject_terms; name != nullptr;) {
      size_t said = 0;
      int at = find_name(*name, &said);
      if (at >= 0 && u.qtype == "definition" && qualified_away(static_cast<size_t>(at) + said))
        at = -1;
      if (at >= 0 && name == &doc.subject_terms && names_root_of_subject(u, at)) {
        u.subject_root = true;
        at = -1;
      }
      if (at >= 0) {
        u.subject = true;
        mark(at, said);
        // The subject with its kind before it ("penyakit campak") is the
        // subject: the kind asks nothing of its own.
        // (Where a topic says what is asked: without one the kind may be
        // the article's word for the subject in the answer, "Program ini
        // dikelola ...". And not before a word that names a kind of the
        // subject, "peristiwa banjir bandang".)
        const size_t after = static_cast<size_t>(at) + said;
        const bool narrowed =
            after < u.words.size() && pair_count(u.words[after - 1], u.words[after]) > 0;
        if (at > 0 && !subject_kind_.empty() && !u.topics.empty() && !narrowed &&
            u.words[static_cast<size_t>(at) - 1] == subject_kind_) {
          mark(at - 1, 1);
          kind_at = static_cast<size_t>(at) - 1;
        }
        subject_terms.insert(name->begin(), name->end());
        break;
      }
      // The subject's other names, in the article's order.
      size_t next = name == &doc.subject_terms
                        ? 0
                        : static_cast<size_t>(name - doc.subject_aliases.data()) + 1;
      name = next < doc.subject_aliases.size() ? &doc.subject_aliases[next] : nullptr;
    }
  }
  // Where a name of two words or more is said whole, as one phrase: its
  // words there are that name's ("Sarekat Dagang Islam"), not another
  // name's said with a word between ("Sarekat Islam").
  struct WholeName {
    size_t entity;
    int start, length;
  };
  std::vector<WholeName> whole_names;
  for (size_t e = 0; e < kb_.entities.size(); ++e) {
    for (const Terms& name : kb_.entities[e].name_terms) {
      if (name.size() < 2) continue;
      if (const int at = find_phrase(u.terms, name); at >= 0)
        whole_names.push_back({e, at, static_cast<int>(name.size())});
    }
  }
  auto inside_longer = [&](size_t e, const std::vector<int>& at, size_t n) {
    return std::any_of(whole_names.begin(), whole_names.end(), [&](const WholeName& w) {
      return w.entity != e && static_cast<size_t>(w.length) > n &&
             std::all_of(at.begin(), at.end(),
                         [&](int k) { return k >= w.start && k < w.start + w.length; });
    });
  };
  // (where the name ends, where it starts, entity): names that share their
  // first word ("siklus pendek ... siklus sedang") are in the order the
  // question says them.
  std::vector<std::tuple<int, int, int>> found;
  for (size_t e = 0; e < kb_.entities.size(); ++e) {
    int first = -1, last = -1;
    size_t best_len = 0;
    for (size_t n = 0; n < kb_.entities[e].name_terms.size(); ++n) {
      const Terms& name = kb_.entities[e].name_terms[n];
      Terms key = name_key(name, subject_terms);
      // (A loose name is said whole and in its order.)
      const bool loose = loose_names_[e][n];
      if (loose && find_phrase(u.terms, name) < 0) continue;
      // An acronym that spells a word ("ITU" and "itu") is that acronym
      // only when written in capitals: in small letters it is the word.
      if (n == 0 && !word_acronyms_[e].empty() && !written_upper.count(word_acronyms_[e])) continue;
      // (A key of labels alone, "a" of "SIM A", is said with its name, as
      // one phrase: "a" is also English's article, "What is a SIM?")
      const bool labels =
          !key.empty() &&
          std::all_of(key.begin(), key.end(), [](const std::string& k) { return is_label(k); });
      if (labels && find_phrase(u.terms, name) < 0) continue;
      if (key.empty() || loose || labels) key = name;
      std::vector<int> at;
      for (const auto& k : key) {
        auto it = std::find(u.terms.begin(), u.terms.end(), k);
        if (it == u.terms.end()) break;
        at.push_back(static_cast<int>(it - u.terms.begin()));
      }
      if (at.size() != key.size() || key.size() < best_len) continue;
      if (key.size() >= 2 && find_phrase(u.terms, key) < 0 && inside_longer(e, at, key.size()))
        continue;
      // (So is a name of one word said only inside a longer one: "BI" in
      // "BI-FAST".)
      if (key.size() == 1 && inside_longer(e, at, 1)) continue;
      // (A name said without the subject's words, "barang kena" of "Barang
      // Kena Pajak" in an article on a tax, is said as one phrase: in
      // "barang yang kena PPnBM" its words are two of another phrase.)
      // (Or whole, in its order, words between: "cek dari kondisi atap".)
      auto whole_in_order = [&] {
        size_t k = 0;
        for (size_t i = 0; i < u.terms.size() && k < name.size(); ++i) {
          if (u.terms[i] == name[k]) ++k;
        }
        return k == name.size();
      };
      if (key.size() >= 2 && key.size() < name.size() && find_phrase(u.terms, key) < 0 &&
          !whole_in_order())
        continue;
      best_len = key.size();
      first = *std::min_element(at.begin(), at.end());
      last = *std::max_element(at.begin(), at.end());
      // Every mention, not only the first ("ASEAN is ..., right? ASEAN itu ...").
      for (size_t i = 0; i < u.terms.size(); ++i) {
        if (std::find(key.begin(), key.end(), u.terms[i]) != key.end()) used[i] = true;
      }
    }
    if (first < 0) continue;
    // A name inside the subject's, where the question names the whole
    // subject ("PLTS" in "Apa itu PLTS atap?"), is that word of its name.
    if (u.subject && u.qtype != "acronym" &&
        std::all_of(kb_.entities[e].name_terms.front().begin(),
                    kb_.entities[e].name_terms.front().end(),
                    [&](const std::string& x) { return subject_terms.count(x) > 0; }))
      continue;
    // The subject's own short form ("DBD" for Demam Berdarah Dengue) names
    // the subject, not a thing inside the article (unless what it stands
    // for is asked).
    const KEntity& ent = kb_.entities[e];
    if (!kb_.docs.empty() && ent.doc == 0 && !ent.expansion.empty() && u.qtype != "acronym" &&
        std::any_of(ent.name_terms.begin(), ent.name_terms.end(),
                    [&](const Terms& n) { return n == kb_.docs.front().subject_terms; })) {
      u.subject = true;
      continue;
    }
    found.emplace_back(last, first, static_cast<int>(e));
  }
  std::sort(found.begin(), found.end());
  // "Menurut KBBI, kata bilateral ..." or "Selain ASEAN, ...": an entity named
  // as a source or an exception comes after the one asked about.
  std::stable_partition(found.begin(), found.end(), [&](const std::tuple<int, int, int>& f) {
    const int start = std::get<1>(f);
    return start == 0 || !lx_.source_markers.count(u.words[static_cast<size_t>(start) - 1]);
  });
  for (auto& f : found) u.entities.push_back(std::get<2>(f));
  // A subject of three words or more is often said short ("kerja sama"
  // for "kerja sama internasional"): its head, when nothing more specific
  // (an entity) is named, names it too.
  if (!u.subject && u.entities.empty() && !kb_.docs.empty()) {
    const Terms& main = kb_.docs.front().subject_terms;
    if (main.size() >= 3) {
      Terms head(main.begin(), main.begin() + 2);
      int at = find_phrase(u.terms, head);
      // ...unless a word the article does not know follows it: "kerja sama
      // trilateral" is another kind of cooperation, not this one.
      size_t next = static_cast<size_t>(at) + head.size();
      if (at >= 0 && next < u.words.size() && lx_.question_words.count(u.words[next])) {
        // "termasuk kerja sama apa?": asks which kind, names none.
        at = -1;
      } else if (at >= 0 && next < u.words.size() && lx_.demonstratives.count(u.words[next])) {
        // "kerja sama itu": the one the conversation is about.
        u.followup_marker = true;
        mark(at, head.size() + 1);
        at = -1;
      } else if (at >= 0 && qualified_away(next)) {
        at = -1;
      }
      if (at >= 0) {
        u.subject = true;
        mark(at, head.size());
      }
    }
  }

  // One of the subject's words in capitals ("BPJS" of "BPJS Kesehatan dan
  // JKN") names it too, when nothing more specific is named.
  for (size_t i = 0; !u.subject && u.entities.empty() && i < u.terms.size(); ++i) {
    if (subject_capitals_.count(u.terms[i]) && !used[i]) {
      u.subject = true;
      mark(static_cast<int>(i), 1);
    }
  }

  // 9. Small talk.
  u.smalltalk = first_set(lx_.intent_index, lx_.intents, /*beside_names=*/true);

  // A superlative: "paling X". ("ter" + an adjective is one too, but as
  // often a word of its own: "terlambat", "terkenal".)
  for (size_t i = 0; i + 1 < u.words.size() && u.superlative.empty(); ++i) {
    if (lx_.superlative_markers.count(u.words[i])) u.superlative = u.words[i + 1];
  }
  // "Apa itu kerajaan tertua di Indonesia?", "What is the oldest ...?": a
  // superlative asks which thing is so, not what a term means. ("ter-" on
  // a word the thesaurus knows first as an adjective: "tertua", not
  // "terdiri" or "terbuka".)
  if (u.qtype == "definition" && lang_ != nullptr) {
    bool superlative = !u.superlative.empty();
    for (const std::string& w : u.words) {
      if (superlative || w.size() <= 5 || w.compare(0, 3, "ter") != 0) continue;
      const std::vector<Synonym> senses = lang_->thesaurus->synonyms(w.substr(3));
      superlative = !senses.empty() && senses.front().word_class == "a";
      // (It ranks by that adjective, as "paling tinggi" does.)
      if (superlative) u.superlative = w.substr(3);
    }
    if (superlative) u.qtype.clear();
  }

  // "Langkah pertama ...", "tahap terakhir": a noun and its ordinal ask
  // for one item of a sequence. ("yang kedua" points into the last answer,
  // bot/followup.cc; "pertama kali" is "for the first time".)
  for (size_t i = 1; i < u.words.size() && u.ordinal == 0; ++i) {
    auto it = lx_.ordinals.find(u.words[i]);
    if (it == lx_.ordinals.end() || structural[i - 1] || lx_.stop_words.count(u.words[i - 1]) ||
        lx_.ordinal_heads.count(u.words[i - 1]) || lx_.ordinals.count(u.words[i - 1]) ||
        (i + 1 < u.words.size() && lx_.ordinal_adverbs.count(u.words[i + 1])))
      continue;
    // (Nor is one the article writes with that noun, "Pemugaran pertama
    // dipimpin ...": a name of one thing, which the search finds as written,
    // not a place in whatever list the answer quotes.)
    // (Or with "-nya": "Raja terakhirnya, Andi Idjo ..." is whose last king
    // the sentence before names.)
    // (Nor one a heading writes so, "Cara Menyiapkan MPASI Pertama": the
    // first meal, whose steps are all asked.)
    auto in_heading = [&](const std::string& a, const std::string& b) {
      return std::any_of(kb_.sections.begin(), kb_.sections.end(), [&](const KSection& sec) {
        const Words& h = sec.heading_words;
        for (size_t k = 0; k + 1 < h.size(); ++k) {
          if (h[k] == a && h[k + 1] == b) return true;
        }
        return false;
      });
    };
    if (count_of(pair_count_, u.words[i - 1] + " " + u.words[i]) > 0 ||
        count_of(pair_count_, u.words[i - 1] + " " + u.words[i] + "nya") > 0 ||
        in_heading(u.words[i - 1], u.words[i]))
      continue;
    u.ordinal = it->second;
    u.ordinal_of = u.terms[i - 1];
    structural[i] = used[i] = true;
  }

  // "dari awal sampai parah": the ends of a span asked whole, in words that
  // name no thing of their own (lexicon "span_ends"), after "dari" or
  // "sampai": the question asks for all of it in order.
  // (A span has both ends: "diulang dari awal" starts over.)
  const bool span = std::find(u.words.begin(), u.words.end(), "dari") != u.words.end() &&
                    std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
                      return w != "dari" && lx_.span_markers.count(w) > 0;
                    });
  for (size_t i = 1; span && i < u.words.size(); ++i) {
    if (lx_.span_ends.count(u.words[i]) && lx_.span_markers.count(u.words[i - 1]))
      structural[i - 1] = structural[i] = true;
  }
  u.asks_present = holds_any(u.words, lx_.present_asked);
  u.asks_today = holds_any(u.words, lx_.today_asked);

  // A subject of two things joined ("Ekspor dan Impor"): one of them named
  // alone ("Tujuan impor apa saja?") is what the question asks about, not
  // the frame of the whole article.
  std::unordered_set<std::string> conjuncts;
  if (!u.subject && !kb_.docs.empty()) {
    const Terms& subject = kb_.docs.front().subject_terms;
    const bool joined = std::any_of(subject.begin(), subject.end(), [&](const std::string& x) {
      return lx_.coordinators.count(x) > 0;
    });
    for (const std::string& x : subject) {
      if (joined && !lx_.coordinators.count(x)) conjuncts.insert(x);
    }
  }
  auto lone_conjunct = [&](const std::string& term) {
    if (!conjuncts.count(term)) return false;
    // (Not when every part is named: "ekspor dan impor" asks of both.)
    return !std::all_of(conjuncts.begin(), conjuncts.end(), [&](const std::string& x) {
      return std::find(u.terms.begin(), u.terms.end(), x) != u.terms.end();
    });
  };
  // 10. What is left: content words the question has not explained yet.
  auto plain = [&](size_t k) {
    return k < u.words.size() && !structural[k] && !lx_.stop_words.count(u.words[k]);
  };
  // "Apa yang dimaksud CAMILAN dalam aturan pinjol?": after the thing a
  // definition is asked of, a field marker names the field it is used in,
  // which the sentence that explains it need not repeat.
  // (The thing may be the subject itself, by a whole name of it: "Apa itu
  // Tapera di Indonesia?" asks what the article is about, and the field,
  // which the whole article is in, is not searched for either.)
  size_t field_from = u.words.size();
  bool subject_field = false;  // the thing is the subject, named by all before the field
  if (u.qtype == "definition") {
    bool thing = false;
    for (size_t i = 0; i < u.words.size() && field_from == u.words.size(); ++i) {
      if (thing && lx_.field_markers.count(u.words[i])) field_from = i;
      thing = thing || plain(i);
    }
    Terms before;
    for (size_t i = 0; i < field_from && i < u.terms.size(); ++i) {
      if (plain(i)) before.push_back(u.terms[i]);
    }
    // (The whole subject, by one of its names: "Bangunan dalam konteks PBB"
    // asks of one word of "Pajak Bumi dan Bangunan".)
    auto names_all = [&](const Terms& name) {
      return !name.empty() && std::all_of(name.begin(), name.end(), [&](const std::string& x) {
        return lx_.stop_words.count(x) ||
               std::find(before.begin(), before.end(), x) != before.end();
      });
    };
    bool whole = false;
    for (const KDocument& doc : kb_.docs) {
      whole = whole || names_all(doc.subject_terms);
      for (const Terms& alias : doc.subject_aliases) whole = whole || names_all(alias);
    }
    subject_field = field_from < u.words.size() && whole &&
                    std::all_of(before.begin(), before.end(),
                                [&](const std::string& x) { return subject_terms.count(x) > 0; });
  }
  // "Kondensasi adalah proses apa?": in a definition question, the noun
  // between a copula and the closing "apa" is the kind of thing the answer
  // names, which a definition says in its own words ("pengembunan uap air
  // ...") and need not repeat. It still ranks, but is not required. (A
  // word with "-nya" or a topic's word asks about an aspect instead:
  // "X itu isinya apa?", "X itu contoh apa?".)
  size_t genus = u.words.size();
  if (u.qtype == "definition" && u.words.size() >= 4 && u.words.back() == "apa") {
    const size_t k = u.words.size() - 2;
    const bool after_copula = u.words[k - 1] == "itu" || lx_.copula_terms.count(u.terms[k - 1]) > 0;
    const bool bare =
        u.words[k].size() <= 3 || u.words[k].compare(u.words[k].size() - 3, 3, "nya") != 0;
    bool topical = false;  // "contoh", "isi": an aspect asked, not a kind
    lx_.topic_index.match(
        u.terms, [&](size_t at, size_t n, int) { topical = topical || (at <= k && k < at + n); });
    if (after_copula && plain(k) && bare && !topical) genus = k;
  }
  for (size_t i = 0; i < u.words.size(); ++i) {
    const std::string& w = u.words[i];
    const std::string& t = u.terms[i];
    if (i == genus) {
      u.query.push_back(t);
      continue;
    }
    // (Nor is the subject's kind searched: it is in what the article says
    // of its subject everywhere, and in few of the passages that answer.)
    if (i == kind_at) continue;
    // "energi tidak terbarukan": a negation between two words of a term is
    // part of its name, which without it names the opposite (asked what it
    // is, or a name the article writes so; elsewhere it more often negates
    // the verb: "tidak dianggap").
    // A name the article writes so tells a passage from the list of the
    // opposite ("Contoh energi tidak terbarukan?").
    const bool named_so = lx_.negations.count(w) && i > 0 && plain(i - 1) && plain(i + 1) &&
                          count_of(pair_count_, u.words[i - 1] + " " + w) > 0 &&
                          count_of(pair_count_, w + " " + u.words[i + 1]) > 0;
    // ("X yang tidak tersertifikasi", asked what it is, where the article
    // names "X tidak tersertifikasi": the relative "yang" joins it all the same.)
    const bool relative = u.qtype == "definition" && lx_.negations.count(w) && i > 1 &&
                          u.words[i - 1] == "yang" && plain(i - 2) && plain(i + 1) &&
                          count_of(pair_count_, w + " " + u.words[i + 1]) > 0;
    if (relative || (lx_.negations.count(w) && i > 0 && plain(i - 1) && plain(i + 1) &&
                     (u.qtype == "definition" || named_so))) {
      u.query.push_back(t);
      u.content.push_back(t);
      if (named_so) u.key_content.push_back(t);
      continue;
    }
    // (A digit alone is searched: "kelas 3", "zona 1" name one of a set;
    // so is a letter the article writes after the word before it: "fase
    // D", "vitamin D".)
    const bool label = w.size() == 1 && i > 0 && letter_labels_.count(u.words[i - 1] + " " + w);
    // (Nor is the way asked of: "cara daftar" asks how to register, though
    // "daftar" is also the stop word "list". A word right after "cara"
    // that is a verb, or the root of one by a nasal prefix, is the doing.)
    // (Nor a weak word of a list question: "daftar" is that too.)
    const bool way =
        u.qtype == "how" && i > 0 && u.words[i - 1] == "cara" &&
        (structural[i] ? lx_.weak_qtype_words.count(w) > 0 : lx_.stop_words.count(w) > 0) &&
        lang_ != nullptr &&
        (lx_.verb_form(w) || lang_->speller->valid("men" + w) || lang_->speller->valid("mem" + w) ||
         lang_->speller->valid("meng" + w));
    if ((way || (!structural[i] &&
                 (label || (!lx_.stop_words.count(w) && (w.size() >= 2 || is_number(w)))))) &&
        (i < field_from || !subject_field))
      u.query.push_back(t);
    if ((used[i] && !way) || (lx_.stop_words.count(w) && !label && !way) ||
        (subject_terms.count(t) && !lone_conjunct(t)) || (w.size() < 2 && !label))
      continue;
    // "Sebutkan empat sisi negatif": how many to give, not what about.
    if (u.qtype == "list" &&
        (is_number(w) ||
         std::find(lx_.number_words.begin(), lx_.number_words.end(), w) != lx_.number_words.end()))
      continue;
    u.content.push_back(t);
    // Judged against the article alone: a word the lexicon knows (an English
    // rewrite, say) is still not something this article talks about.
    // A unit a number question names ("derajat", "kilo") says how the
    // figure is told, which the article may tell in another unit of the
    // measure ("°C", "kg"). (Elsewhere "rupiah" may be what is asked of.)
    // (Nor is a word of length the article lacks right after the one that
    // asks a length, "berapa lama waktu ...": it restates what is asked.)
    bool everyday = lx_.common_words.count(w) > 0 || lx_.common_terms.count(t) > 0 ||
                    (u.qtype == "number" && lx_.units.count(w) > 0 && !lx_.time_words.count(w)) ||
                    (u.qtype == "number" && i > 0 && lx_.duration_words.count(u.words[i - 1]) &&
                     lx_.duration_words.count(w) && !kb_.terms.count(t) && !kb_.words.count(w)) ||
                    (lx_.aspect_terms.count(t) > 0 && !kb_.terms.count(t) && !kb_.words.count(w));
    // ...but not where it ends a name the article gives a part or an item
    // ("Perundungan kelompok", "Daerah otonomi khusus"): there it tells
    // that thing from the rest.
    if (everyday && i > 0 && !lx_.stop_words.count(u.words[i - 1]) && names_part(u.words[i - 1], w))
      everyday = false;
    // A real word the article does not use, in a verb's prefixed form
    // ("mengalami", "dicek"), says what is done, not what it is done to: the
    // question may still be about this article. (A noun it lacks, "harga",
    // "gubernur", more likely asks about something else.)
    if (!everyday && lang_ != nullptr && t != w && !kb_.terms.count(t) && !kb_.words.count(w) &&
        lx_.verb_form(w) && lang_->speller->valid(w))
      everyday = true;
    // So does a real word the thesaurus knows only as a verb, adjective,
    // adverb or particle ("lewat", "selagi", "mahal"): it says how, when or
    // which, while a noun the article lacks ("harga", "merek") names
    // something else to ask about.
    if (!everyday && lang_ != nullptr && !kb_.terms.count(t) && !kb_.words.count(w)) {
      const std::vector<Synonym> senses = lang_->thesaurus->synonyms(w);
      everyday = !senses.empty() &&
                 std::none_of(senses.begin(), senses.end(),
                              [](const Synonym& s) {
                                return s.word_class == "n" || s.word_class.empty();
                              }) &&
                 !written_as_name(w, u.text);
    }
    // And, in a question asked in English, an English word FreeDict marks
    // only as a verb, adjective or adverb ("take", "count", "formed"), for
    // the same reason. (In Indonesian, an English word is mostly a term:
    // "return reksa dana".)
    if (!everyday && english_question && lang_ != nullptr && !kb_.terms.count(t) &&
        !kb_.words.count(w) &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      for (const std::string& form : english_forms(w)) {
        const std::vector<std::string> parts = lang_->english->parts_of_speech(form);
        if (parts.empty()) continue;
        everyday = std::none_of(parts.begin(), parts.end(), [](const std::string& p) {
          return p == "n" || p == "pn" || p == "prop";
        });
        break;
      }
      // (Nor one the lexicon reads as a verb in its prefixed form: "take"
      // is "mengambil", though FreeDict also lists a noun "take".)
      if (auto it = lx_.english_words.find(w);
          !everyday && it != lx_.english_words.end() && it->second.find(' ') == std::string::npos)
        everyday = lx_.verb_form(it->second);
    }
    if (everyday) ++u.everyday;
    const bool number_word =
        std::find(lx_.number_words.begin(), lx_.number_words.end(), w) != lx_.number_words.end();
    // A year the article never names dates something it does not tell
    // ("Berapa cadangan devisa tahun 2015?"), where a figure of another
    // year would answer wrongly; a claim may still give a wrong year, which
    // its verdict corrects.
    const bool year_untold = u.qtype != "yesno" && has_year(w) && !kb_.words.count(w);
    bool known = kb_.terms.count(t) || kb_.words.count(w) || (is_number(w) && !year_untold) ||
                 number_word || everyday;
    // Words that could point to another passage of the article: not
    // everyday ones, and not ones the article does not have at all.
    if (!everyday && known && i < field_from) u.key_content.push_back(t);
    if (!known) {
      u.unknown.push_back(w);
      // (After a preposition: "ke bayi", "dalam konteks". Not a name, and
      // not in a comparison, where "dengan blockchain" is the other thing
      // compared.)
      if (i > 0 && lx_.prepositions.count(u.words[i - 1]) && !written_as_name(w, u.text) &&
          u.qtype != "comparison" && !u.choice)
        u.unknown_framed.push_back(w);
    }
  }
  // "Samsat itu lembaga apa?": a named thing, one noun of a kind, and
  // "apa" asks what kind of thing it is, which its definition says. (Not
  // a word of its own with "-nya", "tugasnya apa", nor a topic: those ask
  // one aspect of it.)
  if (u.qtype.empty() && u.topics.empty() && u.entities.size() == 1 && u.words.size() >= 3 &&
      !has_nya(u.words[u.words.size() - 2]) && u.words.back() == "apa") {
    const KEntity& e = kb_.entities[static_cast<size_t>(u.entities.front())];
    auto named = [&](const std::string& term) {
      return std::any_of(e.name_terms.begin(), e.name_terms.end(), [&](const Terms& n) {
        return std::find(n.begin(), n.end(), term) != n.end();
      });
    };
    size_t others = 0;
    for (size_t i = 0; i + 1 < u.words.size() && i < u.terms.size(); ++i) {
      if (!lx_.stop_words.count(u.words[i]) && !named(u.terms[i])) ++others;
    }
    const size_t kind = u.words.size() - 2;
    if (others == 1 && kind < u.terms.size() && !lx_.stop_words.count(u.words[kind]) &&
        !named(u.terms[kind]))
      u.qtype = "definition";
  }
  // "Kediri itu kerajaan apa?": the subject's own words, in another order
  // around "itu", and "apa" ask what the subject is, as "Apa itu Kerajaan
  // Kediri?" does.
  if (u.qtype.empty() && u.topics.empty() && u.entities.empty() && !u.subject &&
      u.words.size() >= 3 && u.words.back() == "apa" && !kb_.docs.empty()) {
    const Terms& name = kb_.docs.front().subject_terms;
    Terms said;
    for (size_t i = 0; i + 1 < u.words.size() && i < u.terms.size(); ++i) {
      if (!lx_.stop_words.count(u.words[i])) said.push_back(u.terms[i]);
    }
    if (name.size() >= 2 && said.size() == name.size() &&
        std::is_permutation(said.begin(), said.end(), name.begin())) {
      u.qtype = "definition";
      u.subject = true;
    }
  }
  // "What are microplastics?": in English, "what are" over a name and
  // nothing else asks what the thing is, not for a list of it.
  if (english_question && u.qtype == "list" && u.topics.empty() && u.content.empty() &&
      (u.subject || u.entities.size() == 1))
    u.qtype = "definition";
  // A claim's word the article says only the opposite of: "Apakah erosi
  // alami berlangsung cepat?" where it writes "sangat lambat".
  for (size_t i = 0; u.qtype == "yesno" && lang_ != nullptr && i < u.words.size(); ++i) {
    if (lx_.stop_words.count(u.words[i]) ||
        std::find(u.query.begin(), u.query.end(), u.terms[i]) == u.query.end())
      continue;
    // (A reduplicated word is read as its base: "laki-laki" is "laki".)
    std::vector<Synonym> opposite = lang_->thesaurus->antonyms(u.words[i]);
    if (opposite.empty()) opposite = lang_->thesaurus->antonyms(u.words[i] + "-" + u.words[i]);
    for (const Synonym& a : opposite) {
      if (a.word.find(' ') != std::string::npos || !kb_.words.count(a.word)) continue;
      u.opposites.push_back({i, a.word, kb_.words.at(a.word)});
      break;
    }
  }
  return u;
}

}  // namespace tanya
