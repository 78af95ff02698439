// Reading Debian's language resource files (text/thesaurus.h,
// text/english.h, text/speller.h, text/wordnet.h): the small pieces the
// readers share.
// None throws; failures are reported through `error` (may be null).
#ifndef TANYA_TEXT_RESOURCE_FILE_H_
#define TANYA_TEXT_RESOURCE_FILE_H_

#include <string>
#include <string_view>

namespace tanya::resource {

// Sets *error to `message` when error is not null.
void set_error(std::string* error, std::string message);

// The whole file at `path` into *out; false with *error set on failure.
bool read_whole_file(const std::string& path, std::string* out, std::string* error);

// The line starting at *pos (without "\n" or "\r\n"); advances *pos past it.
std::string_view next_line(std::string_view text, size_t* pos);

// `s` without leading and trailing spaces and tabs.
std::string_view trim(std::string_view s);

}  // namespace tanya::resource

#endif  // TANYA_TEXT_RESOURCE_FILE_H_
