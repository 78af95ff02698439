// SectionStrategy: answers from the section whose heading the question names.
//
// An explainer article says what each part is about in its headings
// ("Dampak Positif Inflasi", "Jenis Pajak Berdasarkan Lembaga Pemungutnya",
// "Cara Mengatasi Inflasi"). A question that names the same things is
// answered by that section: its list (with the sentence that introduces it),
// or its opening paragraphs, or the names of its sub-sections. This needs no
// knowledge of the subject: the article's own structure is the evidence, so
// it works on any article.
//
// Scoring (one rule, documented here and tested in tests/unit/section_test.cc):
//   heading terms H (the section's own heading, without stop words),
//   context terms C (the headings above it), question terms Q (u.query),
//   each term weighted by Knowledge::weight (rarer says more);
//   a heading term also matches when it is a cue or synonym of a topic the
//   question asks about (Understanding::topics): "kekurangan" asks for a
//   section headed "Risiko ...".
//     precision = weight(H matched) / weight(H), where H leaves out the
//                 part "dan" joins to a matched word when that part holds
//                 nothing asked ("Efek Samping dan Risiko X" is a heading
//                 for "efek samping X" and one for "risiko X")
//     recall    = weight(Q found in H or C) / weight(Q), where Q also holds
//                 the question's shaping words ("cara", "pengertian") that
//                 head some section of the corpus, found only in H
//     score     = 5 * precision * recall / (4 * precision + recall)   (F2:
//                 recall counts more than precision: a heading may say more)
//   A heading about one aspect (a topic the question does not ask) does not
//   answer a definition question ("Manfaat X" for "Apa itu X?").
//   The best section must have at least one matched heading term that is
//   not the article's subject (or the question names only the subject), and
//   a recall of at least 0.6. Questions after one fact (when, who, number,
//   where) are left to passages.
//   Its confidence is kSectionBase + kSectionSpan * score (bot/scoring.h).
#ifndef TANYA_BOT_SECTION_STRATEGY_H_
#define TANYA_BOT_SECTION_STRATEGY_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "bot/answerer.h"
#include "bot/lexicon.h"
#include "bot/scoring.h"
#include "bot/understand.h"
#include "index/knowledge.h"

namespace tanya {

// The head of a list item that names and then explains a thing:
// "Poliuria: sering buang air kecil" -> "Poliuria"; the whole item when it
// has no such head.
std::string item_head(const std::string& item);

// "Urutannya seperti ini:": a sentence that ends in a colon announces the
// list after it, and says nothing without it.
bool introduces_list(std::string_view sentence);

struct SectionMatch {
  int section = -1;  // Knowledge::sections index, -1 when none matched
  double precision = 0, recall = 0, score = 0;
  // Breaking a tie: whether the heading names a topic the question asks
  // ("Jenis ... Berdasarkan Penyebabnya" over "Penyebab ..." for "dibagi
  // menjadi apa berdasarkan penyebabnya?"), whether it groups by the very
  // basis asked ("... Berdasarkan Jenis Kendaraan" over the "Jenis ..."
  // above it, whose words it repeats), how much of what is asked it says
  // itself, not through a heading above it, and how many words it has.
  bool names_topic = false;
  bool by_basis = false;
  // Asked for a way in an everyday verb, whether the steps' own text says
  // that verb ("... bisa dijaga dengan kebiasaan berikut:" under "Cara
  // Meningkatkan X", for "cara menjaga X", over "Cara Kerja X").
  bool says_frame = false;
  double own = 0;
  size_t words = 0;
  // A heading that names everything asked (0.95) outranks a passage that
  // mentions it all (0.9): headings say what a part is about.
  double confidence() const {
    return section < 0 ? 0 : scoring::kSectionBase + scoring::kSectionSpan * score;
  }
};

class SectionStrategy {
 public:
  SectionStrategy(const Lexicon& lexicon, const Knowledge& knowledge);

  // The section whose heading best matches the question, within article
  // `doc` (-1: any). Of two that match alike, the one whose own heading
  // says more of the question, then the one with fewer words (the part
  // "Risiko Kelebihan Gizi", not "Risiko Kekurangan dan Kelebihan Gizi"
  // above it, for "bahaya kelebihan gizi"), then the earlier.
  SectionMatch match(const Understanding& u, int doc) const;

  // The answer from a matched section; confidence 0 when the section holds
  // nothing to say.
  // A definition question is answered by the section's opening prose.
  Draft answer(const SectionMatch& m, const Understanding& u, Tools& tools) const;

  // The items of the matched section (or its parts) that hold every word
  // the question asks beyond the headings ("hewan laut" in "Apa dampak X
  // terhadap hewan laut?" under "Dampak X": "Mengganggu hewan laut: ...");
  // confidence 0 when the question asks nothing beyond them, or no item,
  // or more than a few, holds it all.
  Draft named_items(const SectionMatch& m, const Understanding& u, Tools& tools) const;

  // "Apa saja jenis X?" where the article groups X's kinds on several
  // bases ("Jenis X Berdasarkan A", "... Berdasarkan B"): each grouping with
  // what it holds. Confidence 0 when the matched part groups alone, or the
  // question gives a basis of its own.
  Draft kinds_by_bases(const SectionMatch& m, const Understanding& u, Tools& tools) const;

  // The parts `section` is divided into, each with what it holds, after
  // `intro` (a sentence of the section that announces them: "... dalam tiga
  // tahap berikut:"); confidence 0 when it has no parts.
  Draft parts_of(int section, const std::string& intro, Tools& tools) const;

  // The heading terms of the part that a coordinator ("dan") joins to a
  // matched word right beside it, when that part itself holds nothing
  // matched. With `any_word`, the matched word may be anywhere in its side
  // ("Makanan Pemicu Alergi dan Cara Mengenalkannya", matched by "pemicu"):
  // for a topic's one word, where a question's words would match on both.
  std::unordered_set<std::string> other_conjunct(
      const KSection& sec, const std::function<bool(const std::string&)>& matched,
      bool any_word = false) const;

  // True when the heading of `section` is phrased as the question type
  // `qtype` asks ("Perbedaan X dan Y" for "comparison").
  bool headed_as(int section, std::string_view qtype) const;
  // True when the heading of `section` says it gives steps ("Cara ...",
  // "Langkah ...": Lexicon::step_terms).
  bool headed_as_steps(int section) const;
  // True when `term` stands in the heading of `section` after its basis
  // marker ("Berdasarkan Sumber Pembayaran Iuran"): the basis every part
  // of the grouping shares, which names none of them.
  bool in_basis(int section, const std::string& term) const;

 private:
  // True when a heading above `sec` has `term`. The article's title lists
  // every part ("X: Jenis, Penyebab, Dampak"), so it counts only when
  // `title_counts` (for the subject's own words).
  bool above_has(const KSection& sec, const std::string& term, bool title_counts) const;
  // The heading terms that the question's topics stand for (each topic's
  // one-word cues and synonyms).
  std::unordered_set<std::string> topical_terms(const Understanding& u) const;
  // One line about a section: its list's item heads, or its first sentence.
  std::string summary_of(int section, std::vector<int>* sentences) const;
  // Each direct part of `section`: its heading and its summary_of.
  std::vector<std::pair<std::string, std::string>> part_summaries(
      int section, std::vector<int>* sentences) const;

  const Lexicon& lx_;
  const Knowledge& kb_;
  std::vector<std::vector<std::string>> heading_topics_;  // topic ids each heading names
  std::unordered_set<std::string> subject_terms_;         // of every article
  // The subject's other names ("karhutla"), each without the words it
  // shares with the subject's own name.
  std::vector<Terms> alias_names_;
  // Each topic's cue and synonym terms, by topic id.
  std::unordered_map<std::string, std::unordered_set<std::string>> topic_terms_;
  // Each heading's terms (without stop and question words) and their weights.
  std::vector<std::vector<std::pair<std::string, double>>> heading_keys_;
  // Per heading, its key terms written as a word that asks for a definition
  // ("Pengertian X"): they say the section defines, not what it is about.
  std::vector<std::unordered_set<std::string>> defining_keys_;
  // Per heading, its terms after a small word that follows its name ("...
  // dalam Aliran Energi"): where the thing stands, no aspect of it.
  std::vector<std::unordered_set<std::string>> context_keys_;
  // Per heading, its terms in a clause of emphasis (Lexicon::heading_emphasis):
  // nothing the part is about beyond what the question asks.
  std::vector<std::unordered_set<std::string>> emphasis_keys_;
  // The terms after a heading's basis marker ("Berdasarkan Cakupan
  // Risiko": the basis of a grouping, which names no topic of the section),
  // and whether no other heading groups the same kinds on another basis.
  std::vector<std::unordered_set<std::string>> basis_tail_;
  std::vector<bool> lone_basis_;
  std::vector<size_t> heading_size_;  // SectionMatch::words of each section
  // Per section, the stems its heading writes with two or more words.
  std::vector<std::vector<std::pair<std::string, std::vector<std::string>>>> split_stems_;
  // Topics each heading names outside its basis ("Jenis ..." : forms).
  std::vector<std::vector<std::string>> head_topics_;
  // Per section: its heading's key terms that are a question type's own
  // word ("Perbandingan X dan Y": comparison; "Penyebab X": reason), with
  // that type.
  std::vector<std::unordered_map<std::string, std::string>> typed_keys_;
  // The type of the question a heading asks itself ("Mengapa ...?"), or "".
  // The thing and topic a heading groups by a basis ("forms:" for "Jenis
  // X Berdasarkan ..."), or "" for a heading with no basis.
  std::vector<std::string> grouping_key_;
  std::vector<std::string> typed_questions_;
  // The weight of each phase key ("@saat") that opens a heading: that of
  // the word it is written with.
  std::unordered_map<std::string, double> phase_weights_;
  // Every heading key term of the corpus.
  std::unordered_set<std::string> heading_vocabulary_;
  // The one-word phrases of the comparison type ("perbedaan", "vs").
  std::unordered_set<std::string> comparing_;
};

}  // namespace tanya

#endif  // TANYA_BOT_SECTION_STRATEGY_H_
