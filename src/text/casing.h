// How a word is written in the text it was folded from. Readers capitalise
// names ("di Pakistan", "motif Besurek") and little else inside a sentence,
// so a capital there tells a name from an ordinary word the article lacks.
#ifndef TANYA_TEXT_CASING_H_
#define TANYA_TEXT_CASING_H_

#include <string>
#include <string_view>

namespace tanya {

// `text` in small letters for use inside a sentence ("Kerja Sama Bilateral"
// -> "kerja sama bilateral"), but for words with two capitals or more, which
// are written so wherever they stand ("MA", "PLTN", "IoT").
std::string lower_but_acronyms(std::string_view text);

// True when the folded `word` stands in `text` as a whole word, capitalised,
// and not where a sentence starts.
bool written_as_name(std::string_view word, std::string_view text);

}  // namespace tanya

#endif  // TANYA_TEXT_CASING_H_
