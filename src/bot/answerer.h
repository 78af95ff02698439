// Answerer: from an understood question and its resolved plan to a draft
// answer drawn from the article. Every answer is either a template about a
// topic (filled with the article's own list items and sentences) or the
// best cited passage from full-text search; each carries a confidence that
// says how much of the question it covers.
#ifndef TANYA_BOT_ANSWERER_H_
#define TANYA_BOT_ANSWERER_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "bot/lexicon.h"
#include "bot/render.h"
#include "bot/understand.h"
#include "index/knowledge.h"

namespace tanya {

// What to answer, after follow-ups have been resolved against the context.
struct Plan {
  std::string qtype;
  std::string topic;  // "" if none
  int entity = -1;    // Knowledge::entities index
  int entity2 = -1;   // second entity, for comparisons
};

struct Draft {
  std::string intent;  // "topic.goals", "definition", "acronym", ...
  std::string text;
  std::vector<std::string> items;  // list answer items
  std::vector<int> sentences;      // Knowledge::sentences the answer is cut from
  std::vector<int> sections;       // Knowledge::sections cited
  double confidence = 0;
  std::string topic;  // topic actually answered
  int entity = -1;    // entity actually answered about
  // Words of the question the article lacks that this answer accounts for
  // (the wrong value a yes/no question gives): they cost no confidence.
  size_t unknown_explained = 0;
  // The measure the question asks by ("umur" in "Berapa umur ...?", read as
  // the article's "usia") is stated by the answer in its units: the word
  // that asks it is answered, however the reader said it.
  bool measure_given = false;
};

// Per-thread tools the answerer borrows for one question.
struct Tools {
  Tokenizer& tokenizer;
  Renderer& renderer;
};

class SectionStrategy;
class YesNoStrategy;
class ClassifyStrategy;

class Answerer {
 public:
  Answerer(const Lexicon& lexicon, const Knowledge& knowledge);
  ~Answerer();

  // Best draft for the plan, or a draft with confidence 0 when nothing fits.
  Draft answer(const Understanding& u, const Plan& plan, Tools& tools) const;

  // A list item of the last answer that explains itself ("Kebijakan fiskal
  // oleh pemerintah, misalnya ..."), as the answer to "what does it mean";
  // confidence 0 when `item` is only a name (its definition is asked then)
  // or is not an item of the article.
  Draft item_answer(const std::string& item, Tools& tools) const;
  // A follow-up `u` (in its own words) answered from where the last answer
  // came from: the paragraph or list item of each of `last` (sentence
  // indices) and the paragraph after it. Confidence 0 unless a sentence
  // there holds all the follow-up asks: its topic's cue ("contohnya"), a
  // number when it asks one, and its own content words.
  Draft near_answer(const Understanding& u, const std::vector<int>& last, Tools& tools) const;

  // Where in the article a topic is covered for an entity (or the whole
  // article when entity < 0): a list block, or a set of sentences. Empty
  // when the article does not cover it in that scope.
  struct Found {
    int block = -1;              // a list block, or
    std::vector<int> sentences;  // sentences (paragraph answers)
    bool in_scope = false;       // inside the entity's own section
    double score = 0;
    bool by_heading = false;   // its section's heading names the topic
    bool beside_name = false;  // its sentence writes the topic's cue beside the thing's name
  };
  // Whether sections are nested under `section` (its parts).
  bool has_parts(int section) const;
  // Whether the plan asks a topic that the item naming its entity does
  // not name ("bahaya" of the item "Gerhana Matahari").
  bool asks_other_topic(const Plan& plan) const;
  // Whether `terms` name `topic` by a cue or a synonym ("Penyebabnya antara
  // lain:" names the factors).
  bool names_topic(const TopicDef& topic, const Terms& terms) const;
  // Where the last sentence of a list item starts, as a term index: the one
  // that announces what follows ("Klaim ditolak. Penyebabnya antara
  // lain:"); 0 when the item is one sentence.
  size_t last_sentence_start(const KSentence& item) const;
  Found find_topic(const std::string& topic, int entity) const;

  // A sentence defining an entity (or the subject when entity < 0), and the
  // byte offset where its predicate starts (after "adalah", "merupakan"...).
  struct Definition {
    int sentence = -1;
    size_t predicate = 0;
    double score = 0;
    int before = -1;  // a sentence it names the term of ("Kondisi ini disebut X."), said first
  };
  // `context` terms of the question that appear in a candidate sentence
  // make it a better match ("menurut KBBI"). Between terms that stem alike,
  // the one written as in `forms` (the question's words) wins: "ciptaan"
  // asks for "Ciptaan, yaitu ...", not "Pencipta, yaitu ...".
  Definition find_definition(const std::vector<Terms>& targets, int scope_section,
                             const Terms& context, const Words& forms = {}) const;
  Definition define_entity(int entity, const Terms& context) const;
  // The subject's definition where |words| are the first words of its name
  // and fewer ("erosi" in an article on erosi tanah); none otherwise.
  Definition define_subject_head(const Terms& words) const;
  // Whether a name of `entity` is the subject's or one of its other names.
  bool names_the_subject(int entity) const;

  // "kerja sama bilateral" for a sub-type, the subject for -1, else the name.
  std::string scope_name(int entity) const;
  // The topic a list block is about, judged by its lead and heading.
  std::string topic_of_block(int block) const;

 private:
  // The answer by kind, or from a section whose heading names the question.
  // `d` narrowed to the one item a question with an ordinal asks for
  // ("Langkah pertama ...?") of the list `d` gives or quotes from.
  Draft nth_item(const Understanding& u, Draft d, Tools& t) const;
  // For a question that negates its verb ("yang tidak diterima"), the one
  // sentence that negates it, when the answer `d` never does; confidence 0
  // otherwise.
  Draft negated_answer(const Understanding& u, const Draft& d, Tools& t) const;
  // The opening paragraph of `section`, in whole sentences up to a short
  // length, its sentences appended to `sentences`; "" when it opens with a
  // list.
  std::string opening_of(int section, std::vector<int>* sentences) const;
  // The list item (a Knowledge::sentences index) that names `entity`
  // ("- **Jaminan Hari Tua (JHT)**"), or -1.
  int item_of(int entity) const;
  Draft answer_with_sections(const Understanding& u, const Plan& plan, Tools& t) const;
  // `d`, a topic's list under a heading that writes the reader's own word
  // for the topic where the list does not ("Risiko dan Tantangan" for
  // "tantangan"), or the paragraph of that section that writes it.
  Draft in_readers_word(const Understanding& u, const Plan& plan, Draft d, Tools& t) const;
  // The answer by the question's kind (topic, definition, acronym...).
  // The section strategy's answer from all of `section`, as if its heading
  // named everything asked (the caller sets the confidence).
  Draft whole_section(int section, const Understanding& u, Tools& t) const;
  // The part whose heading is the entity's name and nothing else, or -1.
  int own_section(int entity) const;
  // The parts of the section whose opening the passage `d` is, when that
  // opening ends by announcing them and `u` asks neither how many nor
  // whether; empty otherwise.
  Draft announced_parts(const Draft& d, const Understanding& u, Tools& t) const;
  Draft answer_by_kind(const Understanding& u, const Plan& plan, Tools& t) const;
  Draft topic_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  // `d`, a topic's answer about a thing, opened by the sentence that says
  // the topic of it outright: one of its section that states it ("Penyebab
  // X adalah ...") before a list, else the thing's definition when that
  // says it (TopicDef::in_definition).
  Draft with_defining(Draft d) const;
  // The question's words from the first asked to the last with the stop
  // words between them ("migrain dengan aura"); empty when another word
  // comes between.
  Terms spoken_span(const Understanding& u) const;
  Draft definition_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  Draft entity_answer(const Plan& plan, Tools& t) const;
  // The answer that quotes definition `def` (of `entity`, -1 for none).
  // `several`: the question asks for several ("Siapa saja X?"), which the
  // sentence after a definition may list ("Mereka terdiri atas A, B, ...").
  Draft definition_draft(const Definition& def, int entity, double confidence, Tools& t,
                         bool several = false) const;
  // True when the question asks for several things ("Siapa saja X?").
  bool asks_several(const Understanding& u) const;
  // The words of the question that name the thing asked about, before a
  // source ("menurut KBBI") or, after them, a field ("dalam PBB").
  Terms thing_asked(const Understanding& u) const;
  // "Apa itu CC?" when the article defines CC nowhere: its expansion and
  // what the paragraph that names it says.
  Draft described_acronym_answer(const Plan& plan, Tools& t) const;
  // An entity that is a list item with a list of its own under it ("Saat
  // gempa" over "- Jauhi kaca ..."): that list is what the article says of it.
  Draft nested_list_answer(const Plan& plan, Tools& t) const;
  Draft acronym_answer(const Plan& plan, Tools& t) const;
  // The kind a named thing is: its sub-type section, the topic of the list
  // it is an item of, or the heading (or item) it is listed under when that
  // holds all the question asks of it ("Ya." to a yes/no question).
  Draft classification_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  Draft comparison_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  // A comparison of two things that are no entities, each by the sentence
  // that defines it.
  Draft compare_terms(const Understanding& u, Tools& t) const;
  Draft passage_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  // "Apakah DKPP yang menetapkan hasil pemilu?" where the article says the
  // whole claim of another named thing ("KPU: ... menetapkan hasil
  // pemilu") and nothing of it about the one asked: "Tidak", with that.
  // One sentence said with template `tmpl` ("passage", "no").
  Draft sentence_draft(int sentence, std::string_view tmpl, std::string_view intent, int entity,
                       double confidence, Tools& t) const;
  // "Tanaman penutup tanah contohnya apa?": the sentence that writes a cue
  // of `topic` (a topic of instances) beside the thing the question names
  // in its own words, or an item that opens with it and enumerates after a
  // colon; none when no sentence does.
  Draft instances_beside(const Understanding& u, const TopicDef& topic, Tools& t) const;
  Draft other_agent_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  // "Kenapa disebut komputasi awan?": the sentence that says where the name
  // asked comes from ("berasal dari", "kiasan untuk": Lexicon::name_origins),
  // as a passage of what of the name it holds.
  Draft name_origin_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  // "Abrasi itu nama lainnya apa?": the sentence that names the thing asked
  // another way, after a naming verb ("abrasi sering juga disebut erosi
  // marin"); no draft when the question asks no other name or no sentence
  // gives one.
  Draft other_name_answer(const Understanding& u, Tools& t) const;
  // "Apakah Kongres Pemuda I diadakan di Bandung?" where the passage that
  // says the rest of the claim gives another value of that kind (a name,
  // "di Batavia"; a month): "Tidak", with that passage.
  Draft wrong_value_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  // "Apakah erosi alami berlangsung cepat?" where the passage that says the
  // rest of the claim says its word's antonym ("sangat lambat") and not
  // the word: "Tidak", with that passage (Understanding::opposites).
  Draft opposite_answer(const Understanding& u, const Plan& plan, Tools& t) const;
  Draft grouped_answer(const std::string& topic, Tools& t) const;

  Found locate_topic(const TopicDef& topic, int entity) const;  // the scan behind find_topic
  // Whether a cue of `topic` stands right before one of `names` in `s`, or
  // right after it (past a gloss in parentheses).
  bool cue_beside_name(const TopicDef& topic, const KSentence& s,
                       const std::vector<Terms>& names) const;
  // True when the section of what `f` found names `e` in its heading, a
  // list's lead or a paragraph.
  bool section_names(const Found& f, const KEntity& e) const;
  // 1 when `terms` hold one of the topic's cues. With the sentence's
  // `words` (aligned with `terms`), a one-word cue the thesaurus knows only
  // as an adjective, after a noun other than the subject, describes that
  // noun and is no cue ("istilah penting" names no importance).
  double cue_match(const TopicDef& topic, const Terms& terms,
                   const std::vector<std::string>* words = nullptr) const;
  // Whether words[i] is an adjective of `topic` that describes the noun
  // before it rather than naming the topic ("Fakta Penting").
  bool describes_noun(const TopicDef& topic, const std::vector<std::string>& words,
                      const Terms& terms, size_t i) const;
  // 1 when a heading names the topic, by a cue or any synonym ("Kekurangan
  // dan Risiko ..." names the risks): a heading is the article's own label.
  double heading_match(const TopicDef& topic, const KSection& sec) const;
  // True when `term` is a word of any article's subject.
  bool subject_term(const std::string& term) const;
  // True when the question names `entity` only as the other party to what
  // it asks ("... berunding dengan VOC"), outside a comparison.
  bool named_as_partner(const Understanding& u, int entity) const;
  // True when any of `terms` occurs in the heading or text of the sections.
  // The sentence's text without a leading publisher dateline ("Ajaib.co.id – ").
  std::string without_dateline(const KSentence& s) const;
  // The items of `list` that the question's leftover words single out, in
  // order; empty when none or most do (then the whole list answers).
  std::vector<int> focused_items(const KBlock& list, const Terms& content) const;
  // Puts the sentence before the first of `sentences` in front of them when
  // the first opens by pointing back to it; true when it did.
  bool with_antecedent(std::vector<int>* sentences) const;
  // True when one of `sentences` gives a reason ("karena", "dipicu oleh").
  bool gives_reason(const std::vector<int>& sentences) const;
  // Appends to `d` the sentence after its last one where that one ends in
  // a colon inside its paragraph ("..., contohnya:" over "padi → tikus").
  void said_past_colon(Draft* d) const;
  // Whether `s` tells, by a reason marker, the reason of something
  // `asked` names: one of its words on the side the marker puts the
  // effect ("B karena A", "A sehingga B"). True when nothing is asked.
  bool explains_asked(const KSentence& s, const Terms& asked) const;
  // True when `s` opens by saying it follows from the sentence before it
  // ("Akibatnya, ...", "Karena itulah ..."), with more after the opener.
  bool follows_from_before(const KSentence& s) const;
  // True when `s` starts by pointing back to the sentence before it.
  // True when one of `sentences` ties `term` to its meaning where it
  // stands (a copula, a naming verb or a gloss with "atau" next to it): it
  // defines the term rather than mentions it.
  // True when `section` closes the article ("Kesimpulan", "Penutup").
  bool summarizes(int section) const;
  // True when paragraph `block` ends with a sentence that announces the
  // list right after it ("Berikut langkah-langkahnya:").
  bool announces_list(int block) const;
  // True when sentence `sentence` says what something is, means or is
  // called: a copula ("adalah", "berarti") or a naming verb ("disebut").
  bool states_meaning(int sentence) const;
  // Word k of s ties a term to its meaning ("adalah", "yaitu"), not to a
  // name ("disingkat").
  bool defines_here(const KSentence& s, size_t k) const;
  bool defines_in_place(const std::vector<int>& sentences, const Terms& term) const;
  // True when the word at `p` of `s` opens a noun phrase of its own rather
  // than qualifying the noun before it.
  bool starts_noun_phrase(const KSentence& s, size_t p) const;
  // Appends the list nested under list item `item` (sentence index), if
  // any, to `text` as "- " lines, and its sentences to `sentences`.
  void append_nested_list(int item, std::string* text, std::vector<int>* sentences) const;
  // The items of list `block`, one "\n- " line each, onto `text`; an
  // item's nested list goes on its line.
  void append_items(int block, std::string* text, std::vector<int>* sentences) const;
  // The list block that `sentence` announces: it ends its paragraph in a
  // colon and the list follows in the same section. -1 when none.
  int announced_list(int sentence) const;
  bool opens_with_back_reference(const KSentence& s) const;
  // True when `s` makes definite a noun that `before` names ("sang putri",
  // "aplikasi tersebut").
  bool refers_to(const KSentence& s, const KSentence& before) const;
  // Share (by term weight) of `terms` for which `found` holds; 1 when empty.
  double weighted_share(const Terms& terms,
                        const std::function<bool(const std::string&)>& found) const;
  // Share (by term weight) of `terms` found in `sections`; 1 when empty.
  double covered_share(const std::vector<int>& sections, const Terms& terms) const;
  // `d`, a topic's answer, or the topic's cue sentence that names what the
  // question asks about when `d` found the topic by a cue word elsewhere.
  // The list nested under an item that names what the question names and
  // announces the topic asked ("Klaim ditolak. Penyebabnya antara lain:").
  Draft item_topic_answer(const Understanding& u, const std::string& topic, Tools& t) const;
  Draft toward_asked(const Understanding& u, const std::string& topic, Draft d, Tools& t) const;
  // The same over sentences; `with_leads`: a list item also holds what the
  // lead of its list says ("Contoh: wortel ..." under "Sayuran umbi, yaitu").
  double sentence_share(const std::vector<int>& sentences, const Terms& terms,
                        bool with_leads = false) const;
  // The sentence with one of `topic`'s cue words that holds most of
  // `terms` (at least half), as a topic answer; no draft if none does.
  Draft cue_sentence_answer(const std::string& topic, const Terms& terms, Tools& tools) const;
  bool covers_any(const std::vector<int>& sections, const Terms& terms) const;
  // True when `s` names the article's subject by one of its words and "ini"
  // ("kerajaan ini" in an article on Kerajaan Tarumanegara).
  bool refers_to_subject(const KSentence& s) const;
  // Where `s` starts saying what it is about: after an opening connective
  // set off by a comma ("Sebaliknya, ..."), else at its first word.
  long subject_start(const KSentence& s) const;
  // The term a definition defines, as the article writes it ("Pemilu langsung").
  std::string defined_term(const Definition& d, Tokenizer& tok) const;
  std::string predicate_text(const Definition& d) const;
  std::string entity_context(int entity) const;

  const Lexicon& lx_;
  const Knowledge& kb_;
  std::vector<Found> coverage_;          // [topic * (entities + 1) + entity + 1]
  std::vector<Definition> definitions_;  // each entity's definition, without question context
  std::vector<int> own_sections_;        // each entity's own_section()
  // Per sentence: it guides the reader ("Simak penjelasannya berikut ini",
  // a rhetorical question in the lead) and is no answer to anything.
  std::vector<bool> guides_;
  // Per sentence of a list item named by one word ("**Robusta** (*Coffea
  // canephora*), yaitu ..."): that word's term, "" otherwise.
  std::vector<std::string> item_words_;
  std::unique_ptr<SectionStrategy> sections_;
  std::unique_ptr<YesNoStrategy> yesno_;
  std::unique_ptr<ClassifyStrategy> classify_;
};

}  // namespace tanya

#endif  // TANYA_BOT_ANSWERER_H_
