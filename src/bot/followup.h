// Follow-up resolution: fills what a short question leaves out from the
// conversation so far. "contohnya?" after a question about multilateral
// cooperation asks for examples of multilateral cooperation; "kalau
// regional?" after "Contoh kerja sama bilateral?" asks for regional examples.
#ifndef TANYA_BOT_FOLLOWUP_H_
#define TANYA_BOT_FOLLOWUP_H_

#include <string>
#include <string_view>

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

// Entity index for a name stored in a context, or -1.
int entity_by_name(const Knowledge& knowledge, const std::string& name);

}  // namespace tanya

#endif  // TANYA_BOT_FOLLOWUP_H_
