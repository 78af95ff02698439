// UTF-8 checks and repairs at the edges of the system: every byte string
// that arrives from a user is validated here before the core sees it.
#ifndef TANYA_TEXT_UTF8_H_
#define TANYA_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tanya::utf8 {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or
// code points above U+10FFFF).
bool valid(std::string_view text);

// Decodes one code point at text[*pos] and advances *pos. Returns -1 for an
// ill-formed sequence (and advances past one byte).
int next(std::string_view text, size_t* pos);

// Appends the UTF-8 encoding of `cp` to *out.
void append(int cp, std::string* out);

// Valid UTF-8 copy of `text`: ill-formed bytes become U+FFFD, control
// characters (C0 except tab/newline, DEL, C1) are dropped, and runs of
// white space collapse to one space. Leading and trailing space is trimmed.
std::string clean(std::string_view text);

// Longest prefix of `text` of at most `max_bytes` bytes that does not end in
// the middle of a UTF-8 sequence.
std::string_view truncate(std::string_view text, size_t max_bytes);

}  // namespace tanya::utf8

#endif  // TANYA_TEXT_UTF8_H_
