// Reading a question: cleaning, rewriting slang and English into plain
// Indonesian, typo correction against the article's vocabulary, then the
// question type, topics, entities and what is left over. Pure: the same
// question always gives the same Understanding; conversation context is
// applied later (bot/followup.h).
#ifndef TANYA_BOT_UNDERSTAND_H_
#define TANYA_BOT_UNDERSTAND_H_

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bot/lexicon.h"
#include "bot/phrase_index.h"
#include "index/knowledge.h"
#include "text/language.h"
#include "text/tokenizer.h"

namespace tanya {

struct Understanding {
  std::string text;                 // cleaned question
  Words words;                      // folded, rewritten, typo-corrected
  Words terms;                      // stems of `words`
  std::string qtype;                // "definition", "list", "number", ... or ""
  std::vector<std::string> topics;  // topic ids, highest priority first
  std::vector<int> entities;        // Knowledge::entities indices, in question order
  bool subject = false;             // names the article's subject
  // Says the subject's name with the root of a word the subject affixes
  // into another noun: "raja-raja Kutai" in an article on Kerajaan Kutai
  // asks about kings. Then `subject` is false.
  bool subject_root = false;
  std::string smalltalk;  // intent id when the question is only small talk
  Words query;            // terms worth searching for: all but stopwords and question words
  Words content;          // leftover content terms, not explained by the above
  Words unknown;          // leftover words found neither in the article nor the lexicon
  // Those of `unknown` a preposition puts in a phrase of their own ("ke
  // bayi", "dalam konteks ..."): where or to whom, not what is asked about.
  Words unknown_framed;
  size_t everyday = 0;           // how many of `content` are everyday words (Lexicon::common_words)
  Words key_content;             // `content` without everyday and unknown words
  bool followup_marker = false;  // "kalau", "terus", "-nya"...: refers back to the conversation
  std::vector<std::string> corrections;  // "multilatral→multilateral", for logs and tests
  size_t synonyms = 0;  // words read as a thesaurus synonym the article uses: weaker evidence
  Words synonym_words;  // the article's words they were read as
  // The quality a superlative asks the most of ("besar" in "paling besar",
  // "terbesar"), or "": the answer must rank something by it.
  std::string superlative;
  // Asks which of two is more of a quality ("Lebih cepat mana, A atau B?"):
  // a comparison by that quality, not of the two's definitions.
  bool choice = false;
  // Asks a fact as it stands now ("Siapa menteri X saat ini?").
  bool asks_present = false;
  // Asks it as it stands today ("Berapa kurs dolar hari ini?"): a value
  // that changes by the day, which an article's dated figure does not give.
  bool asks_today = false;
  // Asks for one place in a sequence ("langkah pertama", "tahap
  // terakhir"): 1-based, -1 for the last, 0 when not; `ordinal_of` is the
  // term of the noun it follows ("langkah").
  int ordinal = 0;
  std::string ordinal_of;
  // In a yes/no question, a word of the claim whose antonym the article
  // writes ("cepat" / "lambat", "laki-laki" / "perempuan"): the word's
  // index in `words`, and the antonym as the article writes it and as a term.
  struct Opposite {
    size_t at = 0;
    std::string word, term;
  };
  std::vector<Opposite> opposites;
};

class Understander {
 public:
  // `language` (may be null: no general resources) outlives the Understander.
  Understander(const Lexicon& lexicon, const Knowledge& knowledge, const Language* language);
  // Not copied: blends_ points into pair_count_.
  Understander(const Understander&) = delete;
  Understander& operator=(const Understander&) = delete;
  // `tokenizer` is the calling thread's own.
  Understanding read(std::string_view question, Tokenizer& tokenizer) const;
  // How many times the article writes the folded words `a` `b` side by side.
  int pair_count(const std::string& a, const std::string& b) const;
  // True when items of one list open with the folded words `a` and `b`
  // ("Arabika", "Robusta"): two kinds of one thing.
  bool siblings(const std::string& a, const std::string& b) const;

 private:
  // Terms the sentence glosses in another language ("pemutihan karang
  // (coral bleaching)", "Perundungan atau bullying"): the gloss reads as
  // the article's term, which the article uses everywhere else.
  void add_glosses(const KSentence& sentence, Tokenizer& tokenizer);
  // True when the question says the subject's name, found at `at`, with the
  // root of a word the subject affixes into another noun ("raja" for
  // "kerajaan"): it names that root's thing, not the subject.
  bool names_root_of_subject(const Understanding& u, int at) const;
  // True when `phrase` (folded words) is in the name a list item opens with.
  bool item_head_has(const Words& phrase) const;
  // True when the article writes words `a` `b` in a heading or at the head
  // of a list item: in a name it gives a part of itself.
  bool names_part(const std::string& a, const std::string& b) const;
  // True when the topic word at `at` is the middle of a three-word name
  // that opens a list item ("Diabetes tipe lain").
  bool inside_name(const Understanding& u, size_t at) const;
  // read() without looking for the clause that asks in a long message.
  Understanding read_all(std::string_view question, Tokenizer& tokenizer) const;
  std::string correct(const std::string& word) const;
  // The reading of a chat shorthand this article takes (Lexicon::slang_readings).
  const Words& slang_reading(const std::string& shorthand, const Words& first) const;
  // Chat shorthand that drops vowels ("tlat", "dftr"): the one stem of
  // Hunspell's word list it abbreviates that, read toward the article's
  // words, leads to a word of the article; empty when none or several do.
  Words shorthand(const std::string& word, Tokenizer& tok, std::vector<std::string>* notes) const;
  // Words the article does not use, read toward the ones it does: a closed
  // compound it writes open ("sumberdaya" -> "sumber daya") or the reverse,
  // an English word it says in Indonesian, a synonym it uses. Each change
  // is noted in *notes ("inflation→inflasi"). In a question asked in
  // English (`english`), two words the article also uses may be English
  // ones: "air pollution" is "polusi udara" where the article writes that.
  Words toward_article(const Words& words, Tokenizer& tok, std::vector<std::string>* notes,
                       size_t* synonyms, Words* synonym_words, bool english = false) const;
  // The term of a folded word: its stem, bridged to the article's where
  // Snowball stems two forms of one root apart.
  std::string term_of(const std::string& word, Tokenizer& tok) const;
  // The article's word that `word` is an affixed form of, by Indonesian
  // prefixes and suffixes undone by hand; "" when none.
  std::string article_form(const std::string& word) const;
  // The article's most used word of the same root as `word` by Hunspell's
  // affix rules ("menunggak" -> the article's "tunggakan"); "" when none.
  std::string family_form(const std::string& word) const;
  // Whether `w` and every article word that stems to `term` have roots of
  // their own in Hunspell, none shared: a Snowball collision.
  bool stems_apart(const std::string& w, const std::string& term) const;
  // Fills family_word_ and word_roots_ once, on first use.
  void families() const;
  // True when the article uses `word` in some form.
  // The words of an entity's name that name it in a question: all but the
  // subject's (`subject`) and stop words. A letter or Roman numeral that
  // tells the name from its siblings ("SIM A Umum", "SIM B II") is kept,
  // though as a word it would be a stop word ("a", "i").
  Terms name_key(const Terms& name, const std::unordered_set<std::string>& subject) const;
  // The article's word that `word` spells another way ("migren" for its
  // "migrain"), or "".
  std::string spelling_variant(const std::string& word) const;
  bool article_term(const std::string& word, Tokenizer& tok) const;
  // The word class `word` has among the synonyms of `of`'s first sense (a
  // thesaurus pair holds only where each gives the other so); nullopt when
  // it is not among them. Needs the language resources.
  std::optional<std::string> first_sense_class(const std::string& of,
                                               const std::string& word) const;
  // The folded words of `phrase` when the article uses every one of them
  // (as a word or a stem); empty otherwise.
  // Of `phrases`, the one whose words the article has and uses most, as
  // the article's words; empty when it has none of them. The first
  // phrase's uses count `first_weight` times.
  Words most_used(const std::vector<std::string>& phrases, Tokenizer& tok,
                  int first_weight = 1) const;
  // How often the article writes `word` in any of its affixed forms
  // (those with its stem, for a stem of four letters or more), the word
  // itself counting twice.
  int affixed_count(const std::string& word, Tokenizer& tok) const;
  Words article_words(std::string_view phrase, Tokenizer& tok) const;
  // Words of the longest phrase of two or more words of
  // Lexicon::english_words at `at`, or 0.
  size_t english_phrase_at(const Words& words, size_t at) const;
  // The words of Lexicon::english_words[key] when the article uses them all
  // or the lexicon knows them all; empty otherwise.
  Words english_word(const std::string& key, Tokenizer& tok) const;
  // A translation as the article says it: the translation or a synonym of
  // its first sense, whichever the article uses most, or another form of
  // it the article has; empty when none.
  Words as_article_says(const std::string& translation, Tokenizer& tok) const;
  // True for a folded word of the article or the lexicon.
  bool knows(const std::string& word) const;
  // `word` as the bot knows it: stretched letters squeezed ("apaaaa"), the
  // spoken "nge-"/"-in" taken off ("ngebantu"); unchanged when nothing fits.
  std::string everyday_form(const std::string& word, Tokenizer& tok) const;

  const Lexicon& lx_;
  const Knowledge& kb_;
  const Language* lang_;
  // An English word the article uses -> the article's Indonesian for it:
  // its subject ("inflation" -> "inflasi"), or a word it glosses in English
  // and then uses more ("literacy" -> "literasi").
  std::unordered_map<std::string, Words> english_alias_;
  // The words of english_alias_ read by a dictionary's translation.
  std::unordered_set<std::string> translated_alias_;
  // Two adjacent words of the article, written together -> the two words.
  std::unordered_map<std::string, Words> joined_;
  std::unordered_map<std::string, int> pair_count_;  // "a b" -> times the article has it
  // "fase d", "vitamin d": a word and the one letter the article writes
  // after it, which labels one of a set.
  // "pph 21", "covid 19": a word and the number the article writes after
  // it, which a reader may run together ("pph21").
  std::unordered_set<std::string> numbered_names_;
  std::unordered_set<std::string> letter_labels_;
  // Letters each part of a blend keeps at least ("Ke-men-kes"); the last
  // part may keep two ("trans-um" for "transportasi umum").
  static constexpr size_t kBlendPart = 3;
  static constexpr size_t kBlendTail = 2;
  // The keys of pair_count_ by the first kBlendPart letters of their first
  // word, longer than that (toward_article's blends).
  std::unordered_map<std::string, std::vector<const std::string*>> blends_;
  std::unordered_map<std::string, int> word_count_;  // a folded word -> times the article has it
  // A stem -> the article's words with it and how often each is written.
  std::unordered_map<std::string, std::unordered_map<std::string, int>> stem_forms_;
  // The article's words (four letters or more, and the closed forms of its
  // open compounds), sorted: typo targets before Lexicon::typo_targets.
  std::vector<std::string> vocabulary_;
  // Each word of vocabulary_, by the keys two spellings of it share
  // (spelling_variant): "e" for "i", consonants once, as sounded.
  struct SpellingKeys {
    std::string vowels_as_e, consonants_once, sounded;
  };
  std::vector<SpellingKeys> spelling_keys_;
  // The longest rewrite of `raw` at `i`, general (Lexicon::rewrites) or
  // this article's: its length and the words it reads as; (0, null) when none.
  std::pair<size_t, const Words*> rewrite_at(const Words& raw, size_t i) const;
  // One-word general rewrites this article keeps, as it writes the word itself.
  std::unordered_set<std::string> kept_;
  // This article's own rewrites (corpus/<id>.json, the English names it
  // gives its subject), indexed by own_rewrites_.
  std::vector<std::pair<Words, Words>> replacements_;
  // Which of them give the subject's own name for another it goes by.
  std::vector<bool> names_subject_;
  PhraseIndex own_rewrites_;
  // Everyday names articles give their subjects, and the subject's words.
  std::vector<std::pair<Words, Words>> alias_names_;  // indexed by aliases_
  PhraseIndex aliases_;
  PhraseIndex names_;  // the entities' names as words: kept from rewrites
  // Hunspell root -> the article's most used word of that root, built on
  // first use (a few milliseconds for an article of 1,500 words).
  mutable std::once_flag families_once_;
  mutable std::unordered_map<std::string, std::string> family_word_;
  // An article word -> its Hunspell roots (filled with family_word_).
  mutable std::unordered_map<std::string, std::vector<std::string>> word_roots_;
  // The article's acronyms, folded: written in capitals in a question
  // ("WHO"), the word is the acronym, not slang or English ("who").
  std::unordered_set<std::string> acronyms_;
  // Words the article writes in capitals somewhere ("SMA", "HP"): its
  // acronyms, defined or not, which a chat spelling does not replace.
  std::unordered_set<std::string> capitalized_;
  // Every word of the article's headings, folded.
  std::unordered_set<std::string> heading_words_;
  // The first article's subject as written, folded ("kerajaan", "kutai").
  Words subject_words_;
  // The kind of thing the article's definition makes its subject
  // ("penyakit" of "Campak adalah penyakit infeksi ..."), or "".
  std::string subject_kind_;
  // By entity, its folded acronym where it spells a function word ("itu"
  // for ITU), else "".
  std::vector<std::string> word_acronyms_;
  // Names that, less the subject's words, leave one word the article uses
  // on its own at least as often as in the name ("Gerhana Bulan" in an
  // article on gerhana: "Bulan" is the moon; "Bank Indonesia" in one on a
  // kind of bank that works "di seluruh Indonesia"): such a name is not
  // said by that word alone, which is at best a guess between the two. By
  // entity, then by index into its name_terms.
  std::vector<std::vector<bool>> loose_names_;
  // The terms of the words in capitals the subject is written with
  // ("BPJS", "JKN" of "BPJS Kesehatan dan JKN"): readers name the subject
  // by one of them alone.
  std::unordered_set<std::string> subject_capitals_;
  // The name each list item opens with, if short (item_head_has): fixed
  // for the article, so found once.
  std::vector<Words> item_heads_;
  // The lists (Knowledge::blocks) whose items open with each folded word.
  std::unordered_map<std::string, std::unordered_set<int>> item_lists_;
};

// Damerau-Levenshtein distance (adjacent transpositions), capped at
// `limit + 1` for speed.
int edit_distance(std::string_view a, std::string_view b, int limit);

}  // namespace tanya

#endif  // TANYA_BOT_UNDERSTAND_H_
