// The bot of the fuzz targets that answer questions (jsonl, bot): the
// repository's own corpus and bot data, opened once in LLVMFuzzerInitialize.
#ifndef TANYA_TESTS_FUZZ_FUZZ_BOT_H_
#define TANYA_TESTS_FUZZ_FUZZ_BOT_H_

#include <memory>
#include <string>

#include "bot/runtime.h"
#include "fuzz_support.h"

namespace tanya::fuzz {

// The bot over the repository's corpus/ and bot/, its index built into the
// scratch directory on first use. Aborts when it cannot be opened: that is
// a broken checkout, not a finding.
inline Bot& repo_bot() {
  static std::unique_ptr<Bot> bot = [] {
    RuntimeOptions options;
    options.corpus_dir = std::string(TANYA_SOURCE_DIR) + "/corpus";
    options.bot_dir = std::string(TANYA_SOURCE_DIR) + "/bot";
    options.index_path = scratch_dir() + "/index.db";
    std::string error;
    std::unique_ptr<Bot> opened = open_runtime(options, &error);
    if (!opened) {
      std::fprintf(stderr, "fuzz: cannot open the bot: %s\n", error.c_str());
      std::abort();
    }
    return opened;
  }();
  return *bot;
}

}  // namespace tanya::fuzz

#endif  // TANYA_TESTS_FUZZ_FUZZ_BOT_H_
