// The JSONL protocol of `tanya ask --jsonl`: one request object per input
// line, {"session": "s1", "text": "..."}, and exactly one output line per
// input line: the answer object, or {"error": code, "message": text} for a
// bad line, after which processing goes on.
#ifndef TANYA_CLI_JSONL_H_
#define TANYA_CLI_JSONL_H_

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "bot/bot.h"

namespace tanya {

// Longest input line read; longer lines are skipped to their end and
// answered with a "too_long" error, so a huge line cannot exhaust memory.
inline constexpr size_t kMaxJsonlLineBytes = 64 * 1024;

// Answers one protocol line (without its newline) as one output line
// (without newline).
std::string answer_jsonl_line(Bot& bot, std::string_view line);

// Reads lines from `in` until EOF, writing one line to `out` per input
// line and flushing after each. Returns the number of lines handled.
size_t run_jsonl(Bot& bot, std::istream& in, std::ostream& out);

}  // namespace tanya

#endif  // TANYA_CLI_JSONL_H_
