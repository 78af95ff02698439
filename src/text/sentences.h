// Splits a paragraph into sentences. A sentence ends at '.', '!', '?' or ':'
// followed by a space or the end of the text; the terminator stays with the
// sentence. "Ajaib.co.id" and "3.5" do not end a sentence (no space), nor
// does the period of an initial ("Charles F. Richter", "R.A. Kartini") or of a short
// abbreviation before a number ("UU No. 23 Tahun 2014").
#ifndef TANYA_TEXT_SENTENCES_H_
#define TANYA_TEXT_SENTENCES_H_

#include <string>
#include <string_view>
#include <vector>

namespace tanya {

std::vector<std::string> split_sentences(std::string_view paragraph);

}  // namespace tanya

#endif  // TANYA_TEXT_SENTENCES_H_
