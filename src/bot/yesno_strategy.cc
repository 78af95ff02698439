#include "bot/yesno_strategy.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "bot/table_row.h"
#include "text/casing.h"
#include "text/tokenizer.h"

namespace tanya {

YesNoStrategy::YesNoStrategy(const Lexicon& lexicon, const Knowledge& knowledge)
    : lx_(lexicon), kb_(knowledge) {}

bool YesNoStrategy::negated(const std::vector<std::string>& words) const {
  for (size_t k = 0; k < words.size(); ++k) {
    if (lx_.prohibitions.count(words[k])) return true;
    // "tidak hanya tanaman, tetapi juga lingkungan" says both.
    if (lx_.negations.count(words[k]) &&
        (k + 1 >= words.size() || !lx_.not_only.count(words[k + 1])))
      return true;
  }
  return false;
}

int YesNoStrategy::number_of(const std::string& word) const {
  if (!word.empty() && word.size() <= 6 && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return std::stoi(word);
  auto it = std::find(lx_.number_words.begin(), lx_.number_words.end(), word);
  return it == lx_.number_words.end() ? -1 : static_cast<int>(it - lx_.number_words.begin());
}

Judgement YesNoStrategy::judge(const Understanding& u, const std::vector<int>& evidence) const {
  if (evidence.empty()) return {};
  const KSentence& s = kb_.sentences[static_cast<size_t>(evidence.front())];
  // 1. Negation on one side only, in the evidence that answers. (A
  //    negation that ends the question only asks: "... mati ga?".)
  const std::vector<std::string> claim(
      u.words.begin(), u.words.end() - static_cast<long>(lx_.yesno_ending(u.words)));
  if (negated(claim) != negated(s.words)) return {Verdict::kNo, evidence.front()};
  // 2. A count of the same thing that differs: "<number> <term>" in the
  //    question and in any of the evidence.
  for (size_t i = 0; i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
    int asked = number_of(u.words[i]);
    if (asked < 0) continue;
    const std::string& thing = u.terms[i + 1];
    for (int e : evidence) {
      const KSentence& es = kb_.sentences[static_cast<size_t>(e)];
      for (size_t k = 0; k + 1 < es.words.size() && k + 1 < es.terms.size(); ++k) {
        int stated = number_of(es.words[k]);
        if (stated >= 0 && es.terms[k + 1] == thing && stated != asked) return {Verdict::kNo, e};
      }
    }
  }
  // 3. A table row that gives the question's value to another column:
  //    "Apakah fotosintesis terjadi di mitokondria?" against "Aspek: Tempat;
  //    Fotosintesis: Kloroplas; Respirasi: Mitokondria".
  for (int e : evidence) {
    if (crosses_columns(u, kb_.sentences[static_cast<size_t>(e)])) return {Verdict::kNo, e};
  }
  // 4. A contrast that says the question's two halves of different things:
  //    "Provinsi mengelola SMA, sedangkan SD dikelola kabupaten" against
  //    "Apakah SMA dikelola kabupaten?".
  if (crosses_contrast(u, s)) return {Verdict::kNo, evidence.front()};
  // 5. A belief the article reports to correct it: "Banyak orang menganggap
  //    anemia sama dengan darah rendah. Padahal, keduanya berbeda." The
  //    claim that repeats the belief is answered by the correction.
  if (const int correction = corrects_belief(evidence.front()); correction >= 0)
    return {Verdict::kNo, correction};
  return {Verdict::kYes, evidence.front()};
}

int YesNoStrategy::denies_limit(const Understanding& u, double min_share, double* share) const {
  const bool limited = std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
    return lx_.universal_words.count(w) > 0;
  });
  if (!limited) return -1;
  // The claim's other words, the subject's (when named) counting as one
  // word: it is in half the article.
  std::vector<std::pair<std::string, double>> asked;
  double total = 0;
  std::unordered_set<std::string> subject;
  for (const KDocument& d : kb_.docs) {
    if (u.subject) subject.insert(d.subject_terms.begin(), d.subject_terms.end());
  }
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    const std::string& t = u.terms[i];
    if (lx_.universal_words.count(u.words[i]) ||
        std::find(u.query.begin(), u.query.end(), t) == u.query.end() ||
        std::any_of(asked.begin(), asked.end(), [&](const auto& a) { return a.first == t; }))
      continue;
    const double w = kb_.weight(t) / (subject.count(t) ? static_cast<double>(subject.size()) : 1.0);
    asked.emplace_back(t, w);
    total += w;
  }
  if (total <= 0) return -1;
  int best = -1;
  double best_share = 0;
  bool best_same = false;  // denies the very word the claim says ("tidak semua" for "semua")
  constexpr double kTie = 1e-9;
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    bool denies = false, same = false;
    // The negation right before the universal word, or one word before it
    // ("bukan jaminan pasti untung": no guarantee of always).
    constexpr size_t kReach = 2;
    for (size_t k = 0; k + 1 < s.words.size(); ++k) {
      if (!lx_.negations.count(s.words[k])) continue;
      for (size_t j = k + 1; j < s.words.size() && j <= k + kReach; ++j) {
        if (!lx_.universal_words.count(s.words[j])) continue;
        denies = true;
        same = same || std::find(u.words.begin(), u.words.end(), s.words[j]) != u.words.end();
      }
    }
    if (!denies) continue;
    double held = 0;
    for (const auto& [t, w] : asked) {
      if (std::find(s.terms.begin(), s.terms.end(), t) != s.terms.end()) held += w;
    }
    const double held_share = held / total;
    if (held_share > best_share + kTie || (held_share > best_share - kTie && same && !best_same)) {
      best_share = held_share;
      best_same = same;
      best = static_cast<int>(si);
    }
  }
  if (best < 0 || best_share < min_share) return -1;
  *share = best_share;
  return best;
}

int YesNoStrategy::corrects_belief(int sentence) const {
  const KSentence& s = kb_.sentences[static_cast<size_t>(sentence)];
  size_t belief = s.words.size();
  for (size_t k = 0; k < s.words.size() && belief == s.words.size(); ++k) {
    if (lx_.belief_markers.count(s.words[k])) belief = k;
  }
  if (belief == s.words.size() || negated(s.words)) return -1;
  // The correction in the same sentence, after the belief ("... dianggap
  // sama, padahal cakupannya berbeda"), or opening the next one.
  for (size_t k = belief + 1; k < s.words.size(); ++k) {
    if (lx_.contrast_markers.count(s.words[k])) return sentence;
  }
  const size_t next = static_cast<size_t>(sentence) + 1;
  if (next < kb_.sentences.size() && kb_.sentences[next].block == s.block &&
      kb_.sentences[next].item == s.item && !kb_.sentences[next].words.empty() &&
      lx_.contrast_markers.count(kb_.sentences[next].words.front()))
    return static_cast<int>(next);
  return -1;
}

bool YesNoStrategy::crosses_columns(const Understanding& u, const KSentence& s) const {
  const std::vector<TableCell> cells = table_cells(s, lx_.stop_words);
  if (cells.empty()) return false;
  auto count_in_question = [&](const std::vector<std::string>& terms,
                               const std::vector<std::string>& except) {
    int n = 0;
    for (const auto& t : terms) {
      if (std::find(except.begin(), except.end(), t) != except.end()) continue;
      n += std::find(u.query.begin(), u.query.end(), t) != u.query.end() ? 1 : 0;
    }
    return n;
  };
  std::vector<std::string> headers;
  for (const TableCell& c : cells) headers.insert(headers.end(), c.header.begin(), c.header.end());
  // The first cell is the row's label ("Aspek: Tempat"): what is compared.
  int by_header = -1, by_value = -1, best_header = 0, best_value = 0;
  for (size_t c = 1; c < cells.size(); ++c) {
    int h = count_in_question(cells[c].header, {});
    int v = count_in_question(cells[c].value, headers);
    if (h > best_header) best_header = h, by_header = static_cast<int>(c);
    if (v > best_value) best_value = v, by_value = static_cast<int>(c);
  }
  return by_header > 0 && by_value > 0 && by_header != by_value &&
         count_in_question(cells[static_cast<size_t>(by_header)].value, headers) == 0;
}

bool YesNoStrategy::crosses_contrast(const Understanding& u, const KSentence& s) const {
  // A distinctive word of the question: not the subject's, and not in most
  // of the article's sentences.
  constexpr double kDistinctive = 1.5;
  std::vector<std::string> subject;
  for (const KDocument& d : kb_.docs)
    subject.insert(subject.end(), d.subject_terms.begin(), d.subject_terms.end());
  for (size_t m = 1; m + 1 < s.words.size(); ++m) {
    if (!lx_.contrast_markers.count(s.words[m])) continue;
    auto holds = [&](size_t from, size_t to, const std::string& t) {
      for (size_t k = from; k < to && k < s.terms.size(); ++k) {
        if (s.terms[k] == t) return true;
      }
      return false;
    };
    bool first = false, second = false;
    for (const std::string& t : u.key_content) {
      if (kb_.weight(t) < kDistinctive ||
          std::find(subject.begin(), subject.end(), t) != subject.end())
        continue;
      bool in_first = holds(0, m, t), in_second = holds(m + 1, s.words.size(), t);
      first = first || (in_first && !in_second);
      second = second || (in_second && !in_first);
    }
    if (first && second) return true;
  }
  return false;
}

int YesNoStrategy::said_of_other(const Understanding& u, int entity) const {
  if (entity < 0) return -1;
  const KEntity& asked = kb_.entities[static_cast<size_t>(entity)];
  auto names = [&](const KSentence& s, const KEntity& e) {
    return holds_any(s.terms, e.name_terms);
  };
  // The claim: what the question says of the thing, less its name and the
  // subject's words (which every sentence may hold).
  Terms claim;
  for (const std::string& term : u.query) {
    bool naming =
        std::any_of(asked.name_terms.begin(), asked.name_terms.end(),
                    [&](const Terms& n) { return std::find(n.begin(), n.end(), term) != n.end(); });
    for (const KDocument& doc : kb_.docs) {
      naming = naming || std::find(doc.subject_terms.begin(), doc.subject_terms.end(), term) !=
                             doc.subject_terms.end();
    }
    if (!naming && std::find(claim.begin(), claim.end(), term) == claim.end())
      claim.push_back(term);
  }
  constexpr size_t kMinClaim = 2;  // one word is too little to be a claim
  if (claim.size() < kMinClaim) return -1;
  auto holds_claim = [&](const KSentence& s) {
    return std::all_of(claim.begin(), claim.end(), [&](const std::string& term) {
      return std::find(s.terms.begin(), s.terms.end(), term) != s.terms.end();
    });
  };
  int found = -1;
  for (size_t si = 0; si < kb_.sentences.size(); ++si) {
    const KSentence& s = kb_.sentences[si];
    if (!holds_claim(s)) continue;
    // Said of the thing asked about: its own statement decides, as usual.
    if (names(s, asked)) return -1;
    // Said of another named thing: the one the sentence opens with (an
    // item's head, "KPU: ...", or its grammatical subject).
    const bool of_other =
        std::any_of(kb_.entities.begin(), kb_.entities.end(), [&](const KEntity& e) {
          return &e != &asked && e.kind != "subject" &&
                 std::any_of(e.name_terms.begin(), e.name_terms.end(),
                             [&](const Terms& n) { return find_phrase(s.terms, n) == 0; });
        });
    if (!of_other) continue;
    if (found >= 0) return -1;  // said of several: no one contradiction
    found = static_cast<int>(si);
  }
  return found;
}

namespace {

// "s1" -> 1, "pph21" -> 3: the length of the letters a code of letters and
// then digits opens with; 0 for any other word.
size_t code_letters(const std::string& w) {
  size_t letters = 0;
  while (letters < w.size() && std::isalpha(static_cast<unsigned char>(w[letters]))) ++letters;
  if (letters == 0 || letters == w.size()) return 0;
  for (size_t i = letters; i < w.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(w[i]))) return 0;
  }
  return letters;
}

}  // namespace

GivenValue YesNoStrategy::given_value(const Understanding& u) const {
  GivenValue value;
  int found = 0;
  for (size_t i = 0; i < u.words.size(); ++i) {
    const std::string& w = u.words[i];
    const bool unknown = std::find(u.unknown.begin(), u.unknown.end(), w) != u.unknown.end();
    // A name as the reader wrote it: capitalised inside the sentence.
    const bool name = unknown && written_as_name(w, u.text);
    const size_t letters = code_letters(w);
    const bool code = letters > 0;
    if (!name && !code && !lx_.month_words.count(w)) continue;
    ++found;
    value.word = static_cast<int>(i);
    value.month = value.month || lx_.month_words.count(w) > 0;
    value.code = code ? letters : 0;
  }
  return found == 1 ? value : GivenValue{};
}

bool YesNoStrategy::states_other_value(const Understanding& u, const GivenValue& value,
                                       const std::vector<int>& evidence) const {
  if (value.word < 0) return false;
  const size_t at = static_cast<size_t>(value.word);
  bool other = false;
  for (int si : evidence) {
    const KSentence& s = kb_.sentences[static_cast<size_t>(si)];
    if (std::find(s.words.begin(), s.words.end(), u.words[at]) != s.words.end()) return false;
    for (size_t k = 1; k < s.words.size(); ++k) {
      if (value.month) {
        other = other || lx_.month_words.count(s.words[k]) > 0;
      } else if (value.code > 0) {
        // The same letters with another number ("S2 dan S3" for "S1").
        other = other || (code_letters(s.words[k]) == value.code &&
                          s.words[k].compare(0, value.code, u.words[at], 0, value.code) == 0);
      } else {
        const size_t b = s.begins[k];
        // A place or a name after the same preposition ("di Batavia").
        other = other || (std::isupper(static_cast<unsigned char>(s.text[b])) && at > 0 &&
                          s.words[k - 1] == u.words[at - 1]);
      }
    }
  }
  return other;
}

}  // namespace tanya
