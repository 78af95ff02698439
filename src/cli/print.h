// Plain-text rendering of an answer for a terminal.
#ifndef TANYA_CLI_PRINT_H_
#define TANYA_CLI_PRINT_H_

#include <ostream>

#include "bot/answer.h"

namespace tanya::cli {

// The answer, then "Sumber: article › section" lines, then suggestions
// when `suggestions` is true.
void print_answer(std::ostream& out, const Answer& answer, bool suggestions);

}  // namespace tanya::cli

#endif  // TANYA_CLI_PRINT_H_
