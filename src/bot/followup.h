// The conversation: the one module that reads and writes a Context. It fills
// what a short question leaves out from the conversation so far
// ("contohnya?" after a question about multilateral cooperation asks for
// examples of multilateral cooperation; "kalau regional?" after "Contoh kerja
// sama bilateral?" asks for regional examples), and records what each
// answered turn leaves for the next.
#ifndef TANYA_BOT_FOLLOWUP_H_
#define TANYA_BOT_FOLLOWUP_H_

#include <functional>
#include <string>
#include <string_view>

#include "bot/answer.h"
#include "bot/answerer.h"
#include "bot/context.h"
#include "bot/lexicon.h"
#include "bot/understand.h"
#include "index/knowledge.h"

namespace tanya {

Plan resolve_plan(const Understanding& u, const Context& context, const Knowledge& knowledge);

// "yang kedua kepanjangannya apa?" after a list: the question with the
// ordinal reference replaced by that item of the last list ("ASEAN (...)
// kepanjangannya apa?"); empty when it has none or there is no such item.
// `item`, when not null, receives the item named.
std::string with_item_named(std::string_view question, const Context& context,
                            const Lexicon& lexicon, Tokenizer& tokenizer,
                            std::string* item = nullptr);

// "kapan dia wafat?" after "Siapa pemimpin yang membawa Tidore ke puncak
// kejayaan?", answered "... pada masa Sultan Nuku ...": the question with
// its personal pronoun replaced by the name that answered (context.person);
// empty when it has none or the last question asked no "siapa".
std::string with_person_named(std::string_view question, const Context& context,
                              const Lexicon& lexicon, Tokenizer& tokenizer);

// "yang kedua?" after "Siapa yang memimpin pemugaran pertama?": the last
// question (context.frame) with its ordinal replaced by the follow-up's,
// when the follow-up says nothing but that ordinal and the last question
// had one; empty otherwise.
std::string with_ordinal_swapped(std::string_view question, const Context& context,
                                 const Lexicon& lexicon, Tokenizer& tokenizer);

// "kalau MA?" after "Apa saja wewenang Mahkamah Konstitusi?": the last
// question (context.frame) with the last entity's name replaced by the one
// `u` names, when `u` opens with an again-marker and names that entity and
// nothing else; empty otherwise. (What was asked of the last thing, here
// its powers, is asked of the new one; no question type or topic may say
// it.)
std::string with_entity_swapped(const Understanding& u, const Context& context,
                                const Lexicon& lexicon, const Knowledge& knowledge,
                                Tokenizer& tokenizer);

// "di mana?" after "Kapan IDA didirikan?": the last question (context.frame)
// asked again by the follow-up's question words ("IDA didirikan di mana"),
// when the follow-up says nothing but them and asks another kind of fact
// than the last question; empty otherwise.
std::string with_question_word_swapped(const Understanding& u, const Context& context,
                                       const Lexicon& lexicon);

// True when `u` is a bare follow-up ("contohnya?", "kenapa bisa terjadi?")
// to a question about something that was no entity nor topic (those have
// their own rules in resolve_plan): it is about context.focus, the words
// of that question.
bool about_focus(const Understanding& u, const Context& context);

// "kalau usaha kecil?" (or the name alone, "badan?", after a question
// that asked something) after "Berapa modal maksimal usaha mikro?": the
// last question asked again of what the follow-up names, as text to read;
// empty when `u` is no such follow-up (it has a type, a topic or an entity
// of its own, or more than a short phrase). What it names replaces, in the
// last question: its numbers ("kalau 9 bulan?"), the words after a word it
// shares ("usaha mikro" -> "usaha kecil") or before one both end with
// ("dengan aura" -> "tanpa aura"), a word of the same ending
// ("inspirasi" -> "ekspirasi"), a word the article writes beside the same
// neighbour ("TB sensitif obat" -> "TB resisten obat"), an item of the
// same list ("kopi arabika" -> "kopi robusta"), or else its last words.
struct ArticleWords {
  // How many times the article writes two folded words side by side.
  std::function<int(const std::string&, const std::string&)> pairs;
  // True when items of one list open with the two folded words.
  std::function<bool(const std::string&, const std::string&)> siblings;
};
std::string reframe(const Understanding& u, const Context& context, const Lexicon& lexicon,
                    const ArticleWords& article);

// Records an answered turn: the entity and topic answered, the question
// type, what was asked about in the reader's words (the focus) and the
// items of a list answer.
void remember_turn(const Understanding& u, const Plan& plan, const Draft& draft,
                   const Answer& answer, const Knowledge& knowledge, const Lexicon& lexicon,
                   Context* context);

// Entity index for a name stored in a context, or -1.
int entity_by_name(const Knowledge& knowledge, const std::string& name);

}  // namespace tanya

#endif  // TANYA_BOT_FOLLOWUP_H_
