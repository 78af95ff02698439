// Fitting answers into each platform's message limit. Platforms count
// characters, not bytes (Telegram and LINE count UTF-16 code units), so the
// length here is UTF-16 code units: a conservative count for every platform.
// Cuts fall only between UTF-8 sequences, never inside one, so each part
// stays valid UTF-8 (and JSON-serialisable) when the input is.
#ifndef TANYA_CHANNELS_TEXT_SPLIT_H_
#define TANYA_CHANNELS_TEXT_SPLIT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tanya::channels {

// Length of `text` in UTF-16 code units: 2 for a character outside the BMP
// (most emoji), 1 for any other character and for each invalid byte.
size_t text_length(std::string_view text);

// `text` unchanged when it fits `limit`, otherwise its longest prefix that fits
// with a trailing "…", cut at a space when one is near the end. limit >= 1.
std::string shorten(std::string_view text, size_t limit);

// Splits `text` into at most `max_parts` parts of at most `limit` each,
// breaking preferably at a blank line, then a line break, then the end of a
// sentence, then a space. Parts are trimmed of surrounding whitespace; the
// last part is shortened when the text needs more than max_parts parts.
// Empty text gives no parts. limit >= 1, max_parts >= 1.
std::vector<std::string> split_text(std::string_view text, size_t limit, size_t max_parts);

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_TEXT_SPLIT_H_
