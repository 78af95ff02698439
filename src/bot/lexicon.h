// Lexicon: everything the bot knows about Indonesian questions that is not
// in the article, loaded from bot/*.json: slang and English rewrites,
// stopwords, question-type phrases, topics with synonyms and cues, small
// talk, answer templates and tuning. Immutable after load; shared by threads.
#ifndef TANYA_BOT_LEXICON_H_
#define TANYA_BOT_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/files.h"
#include "bot/phrase_index.h"
#include "text/loanword.h"
#include "text/tokenizer.h"

namespace tanya {

using Words = std::vector<std::string>;

// Every answer template the code renders (bot/templates.json) and every
// question type it tests (bot/lexicon.json "qtypes"). Lexicon::load() fails
// when the data lacks one, and Lexicon::tmpl() refuses a name not listed
// here: a typo fails the first test that reaches it, not a reader.
inline constexpr std::string_view kTemplateNames[] = {"acronym",
                                                      "ask_acronym",
                                                      "ask_classification",
                                                      "ask_definition",
                                                      "bases_intro",
                                                      "acronym_described",
                                                      "classification",
                                                      "classified",
                                                      "choose_article",
                                                      "comparison",
                                                      "count",
                                                      "definition",
                                                      "entity",
                                                      "erratum",
                                                      "fallback",
                                                      "fallback_suggest",
                                                      "grouped",
                                                      "grouped_intro",
                                                      "list",
                                                      "list_part",
                                                      "other_article",
                                                      "passage",
                                                      "sentences",
                                                      "yes",
                                                      "no"};
inline constexpr std::string_view kQuestionTypes[] = {
    "acronym", "classification", "comparison", "definition", "how", "list",
    "number",  "reason",         "when",       "where",      "who", "yesno"};

struct TopicDef {
  std::string id, label, intro, ask;
  int priority = 0;
  bool lists_only = false;  // answered by a list only ("bentuk" is everywhere in prose)
  bool nouns_only = false;  // "membentuk" (a verb) does not ask about "bentuk"
  // After a list, a follow-up asking this topic asks it of the items
  // ("contohnya?" after the kinds of a thing: each kind's example).
  bool of_items = false;
  std::vector<Words> synonyms;       // stemmed phrases
  std::vector<Words> synonym_words;  // the same phrases as folded words
  std::vector<Words> cues;           // stemmed phrases
  // Words that give the topic in a sentence only right after an answer
  // about one thing ("seperti deposito dan obligasi" are its examples; in
  // the whole article "seperti" is mostly a comparison). Stemmed, one word.
  std::vector<std::string> near_cues;
  // Phrases by which the definition of a thing says the topic of it
  // ("X adalah penyakit yang disebabkan oleh bakteri Y": its cause). The
  // definition that has one is said before the topic's own list. Stemmed.
  std::vector<Words> in_definition;
  // One-word synonyms (folded) that the thesaurus knows only as adjectives
  // ("penting"): after a noun in a heading they describe that noun ("Fakta
  // Penting"), and name no topic. Filled where the thesaurus is loaded.
  std::unordered_set<std::string> adjectives;

  // True when `word`, whose stem `term` is a one-word synonym of the topic,
  // is the topic's own word: not a noun of the doer or the tool made by
  // "pe-" ("pengguna", a user, is no "guna", a use), nor for a topic named
  // by nouns only a verb made by "me-" or "di-" ("membentuk" is no
  // "bentuk"), unless the topic lists such a word itself ("penyebab").
  bool own_word(const std::string& word, const std::string& term) const;
};

struct PhraseSet {
  std::string id;              // question type or intent id
  std::vector<Words> phrases;  // folded words
  std::string answer;          // small talk only
};

struct Lexicon {
  // Parses the bot data files (lexicon.json, topics.json, intents.json,
  // templates.json, config.json). Throws std::runtime_error naming the file
  // and the problem when one is missing or malformed.
  static Lexicon load(const std::vector<DataFile>& files, Tokenizer& tokenizer);

  std::unordered_map<std::string, Words> slang;  // word -> replacement words ({} drops it)
  // Shorthand that stands for more than one word ("mkn": "mungkin" or
  // "makan"), from a slang entry written as a list: every reading, the
  // first also in `slang`. The question takes the one its article writes
  // most (bot/understand.h).
  std::unordered_map<std::string, std::vector<Words>> slang_readings;
  // Phrase rewrites, longest first: English keywords ("benefits" ->
  // "manfaat") and paraphrases of the article's words ("sekawasan" ->
  // "regional"), from bot/lexicon.json "english" and "paraphrases".
  std::vector<std::pair<Words, Words>> rewrites;
  // General English words FreeDict lacks ("improve", "side effect"), by
  // their folded words joined with spaces, from "english_words". Unlike
  // rewrites, consulted only after FreeDict, and only toward words the
  // article (or the lexicon) has.
  std::unordered_map<std::string, std::string> english_words;
  size_t english_words_longest = 0;
  // Stopwords as folded words: matched on the word, not the stem, because
  // stems collide ("terdiri" and "pendiri" both stem to "diri").
  std::unordered_set<std::string> stop_words;
  // Everyday words (verbs, adverbs, school and chat words) that carry
  // meaning but never show that a question is about something else: they
  // are not "unknown" even when the article does not use them.
  std::unordered_set<std::string> common_words;
  std::unordered_set<std::string>
      common_terms;  // their stems: "cakupannya" is as everyday as "cakup"
  // Words that ask about an aspect of any subject ("akibat", "peran",
  // "cocok"): where the article uses one, the question asks by it; where it
  // does not, they are everyday words, for the article may say the same in
  // other words.
  // "tugas", "peran": what a named thing does, which its definition says.
  std::unordered_set<std::string> role_terms;
  std::unordered_set<std::string> aspect_terms;  // as terms: "perannya" asks as "peran" does
  std::vector<PhraseSet> qtypes;                 // in priority order
  std::vector<PhraseSet> intents;
  std::vector<TopicDef> topics;
  // Every topic's one-word synonyms, as terms ("bahaya", "lebih" of
  // "kelebihan"): words a question asks by, and a sentence opens a topic by.
  std::unordered_set<std::string> topic_terms;
  // Topics that answer a question type when the question names no topic:
  // "mengapa ..." -> motives, factors...; "untuk apa ..." -> goals.
  std::unordered_map<std::string, std::vector<std::string>> qtype_topics;
  std::vector<Words> followup_markers;    // folded words
  std::vector<std::string> number_words;  // index = value
  // Words that give an amount without an exact count ("seratus", "ribuan"):
  // a figure in a sentence, as a numeral is.
  std::unordered_set<std::string> quantity_words;
  std::unordered_set<std::string> copula_terms;  // "adalah", "merupakan"... (stems)
  // The same as written: "ada" (there is) stems as "adalah" does, but
  // ties no term to what it is.
  std::unordered_set<std::string> copula_words;
  // "tidak", "bukan": a copula after one does not define ("X bukan berarti
  // ..."), and a sentence with one answers a yes/no question with "Tidak".
  std::unordered_set<std::string> negations;
  // "hanya", "sekadar": after a negation ("tidak hanya ..., tetapi juga
  // ...") it affirms more than it denies.
  std::unordered_set<std::string> not_only;
  // "cuma", "semua", "selalu", "pasti": a claim with one says it holds
  // only, or always; "tidak selalu", "bukan semata" deny that.
  std::unordered_set<std::string> universal_words;
  // Personal pronouns that open a sentence about whom the sentence before
  // names ("Ia adalah seorang maharesi ..." after "... didirikan oleh
  // Jayasingawarman").
  std::unordered_set<std::string> pronouns;
  // Of those, the ones that speak of several ("mereka"): no one person
  // answered before.
  std::unordered_set<std::string> plural_pronouns;
  // "disebut", "dikenal sebagai": a sentence that ends by naming a term
  // ("Kondisi ini disebut resistensi insulin.") defines it.
  std::vector<Words> naming_verbs;
  // "nama lain", "disebut juga apa": the question asks another name of a
  // thing, which a sentence gives after a naming verb.
  std::vector<Words> other_name_phrases;
  // The words that open a naming verb ("disingkat"): one that shares a
  // copula's stem ("singkatan") gives the term a name there, not a meaning.
  std::unordered_set<std::string> naming_words;
  std::unordered_set<std::string> agent_markers;  // "oleh": names who does something
  // "jika", "apabila": a sentence that says under what condition answers
  // "kapan" as well as one that names a time ("Kapan beasiswa dicabut?").
  std::unordered_set<std::string> condition_markers;
  // "cara", "langkah" (stems): a list a heading or lead names so gives steps.
  std::unordered_set<std::string> step_terms;
  // "syarat", "kriteria" (stems): a figure a heading or list lead names a
  // requirement of ("Syarat Usia" over "17 tahun untuk SIM A") is the
  // least allowed, as "minimal" would say.
  std::unordered_set<std::string> requirement_terms;
  // Sentence openers that point back to the sentence before ("Hal itulah
  // ..."): such a sentence is quoted with the one it refers to.
  std::vector<Words> back_references;
  // Words that make a question a follow-up when it starts with them ("yang
  // di Eropa?": the one in Europe, of the things just listed).
  std::unordered_set<std::string> opening_followup_words;
  // Words that give a reason ("karena", "agar"): a passage answering "kenapa"
  // without one continues into the next sentence.
  std::unordered_set<std::string> reason_markers;
  // Words that ask for what comes after ("selanjutnya", "berikutnya"): the
  // step after the one the question names.
  std::unordered_set<std::string> next_markers;
  std::vector<Words> reason_marker_phrases;  // the same, as phrases ("disebabkan oleh")
  // Of those, the ones after which the effect is told, not the cause ("A
  // sehingga B": B is what A explains); after the others the cause comes
  // ("B karena A").
  std::unordered_set<std::string> effect_after_markers;
  // "sejak", "mulai": words that say when something starts, asked ("Kapan
  // X mulai berlaku?") and told ("sejak 1 Januari 2024").
  std::unordered_set<std::string> start_markers;
  // "awal", "akhir", "parah": the ends of a span ("dari awal sampai
  // parah"), after one of `span_markers` ("dari", "sampai", "hingga").
  std::unordered_set<std::string> span_ends;
  std::unordered_set<std::string> span_markers;
  // "kedua" -> 2, "terakhir" -> -1: ordinals that name an item of the last
  // list; `ordinal_heads` ("yang") go with them.
  std::unordered_map<std::string, int> ordinals;
  std::unordered_set<std::string> ordinal_heads;
  // "kali" in "pertama kali": the ordinal says when, not which item.
  std::unordered_set<std::string> ordinal_adverbs;
  std::unordered_set<std::string> number_heads;  // "nomor", "poin": "nomor dua" is the second
  // Words that start a second question after a comma ("trus", "lalu").
  std::unordered_set<std::string> question_joiners;
  // "itu", "tersebut": after a noun, the one already talked about.
  std::unordered_set<std::string> demonstratives;
  // "apa", "mana": after a noun, the question asks which one.
  std::unordered_set<std::string> question_words;
  // The one-word phrases of the question types that ask for one fact
  // ("siapa", "berapa"): the word after one names the fact asked.
  std::unordered_set<std::string> fact_question_words;
  // "sedangkan", "tetapi": a sentence with one says different things of two.
  std::unordered_set<std::string> contrast_markers;
  // Prefixes of Indonesian verbs ("me-", "di-", "ber-", "ter-").
  std::vector<std::string> verb_prefixes;
  // "menurut", "selain": the entity after it is a source or an exception,
  // not what is asked about.
  std::unordered_set<std::string> source_markers;
  // "dengan", "melawan": the entity after it is the other party to what is
  // asked ("Gowa bersedia berunding dengan VOC"), not what it is about.
  std::unordered_set<std::string> partner_markers;
  // "dan", "vs", chat's "sama": what joins the two sides of a comparison.
  std::unordered_set<std::string> comparison_joiners;
  // "sang", "si" before a noun and "tersebut" after it make it definite:
  // the one a sentence before named.
  std::unordered_set<std::string> definite_articles, anaphors;
  // "berasal dari", "kiasan": a sentence that says where a name comes from.
  std::vector<Words> name_origins;
  // "nama": "Apa arti nama X?" asks what a name means, which is where it
  // comes from.
  std::vector<Words> name_nouns;
  // "dalam", "di bidang", "oleh": after the thing a question asks to
  // define, the field it is meant in ("X dalam dunia keamanan siber") or
  // who means it so ("Ekasila oleh Soekarno"), which the sentence that
  // defines it need not repeat.
  std::unordered_set<std::string> field_markers;
  // "Mengenal X", "Sekilas tentang X": a heading that introduces what X is,
  // like "Pengertian X" (with the one-word phrases of the definition type).
  std::unordered_set<std::string> defining_headings;
  // "yang perlu", "yang harus": in a heading ("Komplikasi yang Perlu
  // Diwaspadai") they open a clause of emphasis to its end, which says how
  // much the part matters, not which part it is.
  std::vector<Words> heading_emphasis;
  // "dan", "serta": in a heading "Efek Samping dan Risiko X" they join two
  // parts, each a heading of its own for a question that asks one.
  std::unordered_set<std::string> coordinators;
  // "Akibatnya", "Oleh karena itu": opening a sentence, they say it follows
  // from the one before, which holds the reason (folded phrases).
  std::vector<Words> consequence_openers;
  // Words that open a phrase of place, time, person or means ("ke", "dalam").
  std::unordered_set<std::string> prepositions;
  // "saya", "kami": the reader's own words for themself; "di desa saya" is
  // the reader's circumstance, not what is asked of the article.
  std::unordered_set<std::string> reader_pronouns;
  // "kalau", "bagaimana dengan": opening a short follow-up, they ask the last
  // question again of another thing ("kalau usaha kecil?").
  std::vector<Words> again_markers;
  // "Kesimpulan", "Penutup": the heading of a section that restates.
  std::unordered_set<std::string> summary_headings;
  // "artikel ini", "simak": a sentence that speaks of the article itself
  // ("Simak penjelasannya berikut ini") guides the reader and answers nothing.
  std::vector<Words> navigation_markers;
  // "X itu yang seperti apa?": words that, ending a question with no other
  // type, ask what X is like (after a noun, "masyarakat yang seperti apa?",
  // or mid-question, "Gempa seperti apa yang ...", they ask which).
  std::vector<Words> definition_endings;
  // Endings that make a statement a yes/no question in chat ("ikan bisa
  // mati gara-gara hujan asam ga?", read "... tidak").
  std::vector<Words> yesno_endings;
  // "saja": a question that asks for several things ("Siapa saja X?").
  std::unordered_set<std::string> several_markers;
  // "menganggap", "mitos": a sentence that reports a belief, which a
  // contrast ("padahal") then corrects.
  std::unordered_set<std::string> belief_markers;
  // "boleh", "harus", "hindari": words that say what may, must or must not
  // be done. Whether a thing may be done is answered by a sentence that
  // says it in any of them ("Boleh minum ibuprofen?": "Hindari ibuprofen").
  // (So does "tidak dapat": what cannot be done may not be.)
  std::vector<Words> deontic_phrases;
  // "paling lama", "maksimal", "batas": words that set a limit on a
  // figure, upper or lower. A question's one-word limit ("Berapa lama
  // maksimal ...?") is said by any of its direction ("paling lama 90
  // hari"), and a limit is the rule a "boleh" of a number question asks
  // about.
  std::vector<std::vector<Words>> limit_phrases;  // one list per direction (upper, lower)
  // "sampai", "hingga": right before a figure, the upper end of a range
  // ("di atas Rp100 juta sampai Rp500 juta"), an upper limit too.
  std::unordered_set<std::string> range_ends;
  // "agar", "supaya": the words after one say what a way asked is for.
  std::unordered_set<std::string> purpose_markers;
  // "untuk", "agar": a clause that opens with one says what a thing is for,
  // which is what "gunanya buat apa?" asks.
  std::unordered_set<std::string> purpose_clauses;
  // "hindari", "dilarang": a prohibition denies what a "boleh" asks, as a
  // "tidak" does.
  std::unordered_set<std::string> prohibitions;
  // Nouns among the question-type phrases ("jumlah"): they name the type
  // only when no other phrase (an interrogative) does.
  std::unordered_set<std::string> weak_qtype_words;
  // "artinya", "namanya": a question that asks what a word means or what a
  // thing is called, not what it is.
  std::unordered_set<std::string> meaning_words;
  // Nouns that ask for a definition as such ("pengertiannya apa?"): asked
  // of nothing named, of what the conversation is about, never of the last
  // answer's own words (which "maksudnya?" asks to explain).
  std::unordered_set<std::string> definition_nouns;
  // Words that place a statement in time ("9 bulan", "setelah", "April"):
  // a "kapan" question is answered by a sentence with one, or with a year.
  std::unordered_set<std::string> time_words;
  // "lama" in "berapa lama": a number question that asks for a length of
  // time, answered by a number of time units ("4-8 minggu").
  std::unordered_set<std::string> duration_words;
  // "lokasi" in "di mana lokasi ...": a "di mana" question's own noun,
  // answered by any place the sentence gives ("terletak di Sleman").
  std::unordered_set<std::string> place_words;
  // "setiap" in "berapa ... setiap tahun": the unit after it is the rate a
  // figure is told per, not the thing a number question counts.
  std::unordered_set<std::string> rate_markers;
  // "batas" in "berapa batas ...": asked by a noun any figure gives,
  // though the answer writes no such word ("kurang dari 12 g/dL").
  std::unordered_set<std::string> figure_nouns;
  // "harga" in "berapa harga": a number question that asks for a measure,
  // answered by a figure written with one of its units ("Rp10.000",
  // "1.100 meter"); by the folded word.
  std::unordered_map<std::string, std::unordered_set<std::string>> measures;
  std::unordered_set<std::string> units;        // all of them, and "persen"
  std::unordered_set<std::string> scale_words;  // "ribu", "juta": between a figure and its unit
  // The names of one unit ("kalori", "kkal", "kilokalori"), by group; and
  // each single-word name's group.
  std::vector<Words> unit_groups;
  std::unordered_map<std::string, size_t> unit_group;
  // "berdasarkan": the words after it are the basis of a grouping
  // ("berdasarkan bentuknya"), never the topic asked (in_basis below).
  std::unordered_set<std::string> basis_markers;
  // "termasuk" in "Apakah X termasuk Y?": the word that claims X is of kind Y.
  std::unordered_set<std::string> kind_markers;
  // "bagi" in "fungsi X bagi tubuh": the words after it say for whom.
  std::unordered_set<std::string> beneficiary_markers;
  // "tahun": a "when" question with it asks for a year.
  std::unordered_set<std::string> year_words;
  // "saat", "ketika": a word that names a phase of an event, by the phase
  // it names ("ketika" -> "saat"). A heading that opens with one ("Saat
  // Banjir", "Setelah Banjir") is about that phase of its subject.
  std::unordered_map<std::string, std::string> phase_words;
  // "paling": the word before the quality a superlative ranks by.
  std::unordered_set<std::string> superlative_markers;
  // "lebih ... mana, A atau B?": a comparative, a question word and a
  // choice between two ask to compare them.
  std::unordered_set<std::string> comparative_markers;
  std::unordered_set<std::string> choice_markers;
  std::unordered_set<std::string> choice_questions;
  // "beberapa", "berbagai", "berikut": a sentence that counts a set without
  // naming it ("... dipicu oleh beberapa faktor.") or points ahead to it
  // ("ikuti langkah-langkah berikut.") announces the list after it, as a
  // colon would.
  std::unordered_set<std::string> list_announcers;
  std::unordered_set<std::string> month_words;  // "januari" ... "desember"
  // "saat ini", "sekarang": a question about how things stand now;
  // present_stated ("kini", "saat ini"): a statement of how they stand.
  std::vector<Words> present_asked;
  std::vector<Words> present_stated;
  // "hari ini": a question about a value as it stands today, which changes
  // by the day ("kurs dolar hari ini"): no figure dated by a year gives it.
  std::vector<Words> today_asked;
  // "what", "why", "is": an English question's first word, which asks it;
  // after it "when", "where" (english_clause_words) only join a clause.
  std::unordered_set<std::string> english_openers;
  // "is", "does", "should": English auxiliaries, which end the noun a
  // "which" or "what" question asks the kind of ("Which toxic metals are").
  std::unordered_set<std::string> english_auxiliaries;
  // "for", "of": English prepositions. After "What is the" a noun that one
  // of them qualifies ("the penalty for ...") asks a fact, not a meaning.
  std::unordered_set<std::string> english_prepositions;
  std::unordered_set<std::string> english_clause_words;
  // English words of Latin or Greek stock, respelled the Indonesian way
  // ("hydroponics" -> "hidroponik"), from "english_spelling".
  LoanwordSpeller loanwords;
  std::unordered_map<std::string, std::string> templates;
  std::unordered_set<std::string> known_words;  // every folded word the lexicon mentions

  // Built once from the above at load, and shared by every article of a
  // site (each article's Understander reads them, none copies them):
  // the question types', small talk's, follow-up markers' and topics'
  // phrases as phrase indexes (values index qtypes, intents, topics), and
  // the lexicon's words worth correcting a typo toward (four letters or
  // more, no small talk: "saham" must not become "salam"), sorted.
  PhraseIndex qtype_index, intent_index, marker_index, topic_index;
  PhraseIndex rewrite_index;  // values index `rewrites`
  std::vector<std::string> typo_targets;

  double threshold = 0.45;
  double unknown_penalty = 0.5;
  double anchored_unknown_penalty = 0.75;  // when the question names what and which topic
  double framed_unknown_penalty = 0.85;    // anchored, in a phrase after a preposition
  int max_suggestions = 3;
  int max_answer_chars = 1100;
  int search_limit = 5;

  const TopicDef* topic(const std::string& id) const;
  // True when one of the topics `ids` is asked of a list's items
  // (TopicDef::of_items: "contohnya?").
  bool asks_of_items(const std::vector<std::string>& ids) const;
  // The template `name`, which must be one of kTemplateNames (else
  // std::logic_error: a programming error).
  const std::string& tmpl(const std::string& name) const;
  // True when folded word `w` is in a verb's prefixed form: a verb prefix
  // and more than three letters after it ("mengalami", "dibagi").
  bool verb_form(const std::string& w) const;
  // True when words[i] of a heading stands in the basis of its grouping,
  // after a basis marker: "Jenis X Berdasarkan Cakupan Risiko" groups
  // kinds by the risks covered; it names no risks.
  bool in_basis(const std::vector<std::string>& words, size_t i) const;
  // "tiga" for 3; digits beyond the table.
  std::string number_word(size_t n) const;
  // True when a sentence, by its folded words, counts a set it leaves
  // unnamed ("beberapa faktor", "tiga jenis") or points ahead to it
  // ("berikut"): right before a list, it announces the list as a colon
  // would.
  bool announces_list(const Words& words) const;
  // The length of the yes/no ending `words` closes with ("... mati
  // tidak"), leaving at least one word before it; 0 when none.
  size_t yesno_ending(const Words& words) const;
  // True when `words` hold a phrase that asks yes or no ("apakah",
  // "bolehkah"; lexicon qtypes "yesno").
  bool asks_yes_no(const Words& words) const;
};

}  // namespace tanya

#endif  // TANYA_BOT_LEXICON_H_
