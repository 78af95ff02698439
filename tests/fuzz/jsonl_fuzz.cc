// Fuzz target: the JSONL request protocol of `tanya ask --jsonl`
// (src/cli/jsonl.h). The input is what arrives on stdin: any bytes, split
// into lines by run_jsonl(). The protocol promises exactly one output line
// per input line, each a JSON object (an answer or an error), and processing
// that goes on after a bad line; both are checked here.
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/jsonl.h"
#include "fuzz_bot.h"

namespace {

// Lines as run_jsonl() counts them: one per '\n', plus an unterminated last one.
size_t count_lines(std::string_view text) {
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  if (!text.empty() && text.back() != '\n') ++lines;
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  tanya::fuzz::repo_bot();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input = tanya::fuzz::as_text(data, size);
  std::istringstream in{std::string(input)};
  std::ostringstream out;
  size_t handled = tanya::run_jsonl(tanya::fuzz::repo_bot(), in, out);
  TANYA_FUZZ_CHECK(handled == count_lines(input));

  std::string output = out.str();
  size_t written = 0;
  for (size_t begin = 0; begin < output.size(); ++written) {
    size_t end = output.find('\n', begin);
    TANYA_FUZZ_CHECK(end != std::string::npos);  // every output line is terminated
    auto reply = nlohmann::json::parse(output.begin() + static_cast<long>(begin),
                                       output.begin() + static_cast<long>(end), nullptr, false);
    TANYA_FUZZ_CHECK(reply.is_object());
    TANYA_FUZZ_CHECK(reply.contains("answer") != reply.contains("error"));
    begin = end + 1;
  }
  TANYA_FUZZ_CHECK(written == handled);
  return 0;
}
