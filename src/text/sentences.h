// Splits a paragraph into sentences. A sentence ends at '.', '!', '?' or ':'
// followed by a space or the end of the text; the terminator stays with the
// sentence. "Ajaib.co.id" and "3.5" do not end a sentence (no space).
#ifndef TANYA_TEXT_SENTENCES_H_
#define TANYA_TEXT_SENTENCES_H_

#include <string>
#include <string_view>
#include <vector>

namespace tanya {

std::vector<std::string> split_sentences(std::string_view paragraph);

}  // namespace tanya

#endif  // TANYA_TEXT_SENTENCES_H_
