// Fuzz target: Bot::ask end to end (src/bot/bot.h) over the shipped corpus
// and bot data, on arbitrary bytes. ask() must answer anything safely, even
// text a channel would have refused (empty, too long, not UTF-8).
//
// The input is a conversation: one question per line, asked in order in one
// context, so that follow-ups ("contohnya?", "yang kedua?") run on whatever
// the previous answer left. A first line that starts with '{' is instead a
// stored context (JSON, as the webhooks keep it in SQLite or Redis): it may
// come from another version of the bot data after a reload, so any value in
// it must be survivable. The context is local to the input, which keeps a
// crash reproducible from its input alone.
#include <nlohmann/json.hpp>

#include "base/json.h"
#include "bot/context.h"
#include "fuzz_bot.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  tanya::fuzz::repo_bot();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const tanya::Bot& bot = tanya::fuzz::repo_bot();
  std::string_view rest = tanya::fuzz::as_text(data, size);
  tanya::Context context;
  bool first = true;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (first && !line.empty() && line.front() == '{') {
      context = tanya::context_from_json(
          nlohmann::json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false));
      first = false;
      continue;
    }
    first = false;
    tanya::Answer answer = bot.ask(context, line);
    TANYA_FUZZ_CHECK(!answer.text.empty());
    TANYA_FUZZ_CHECK(answer.confidence >= 0.0 && answer.confidence <= 1.0);
    // What every channel does with an answer; never throws.
    std::string json = tanya::dump_json(tanya::to_json(answer));
    TANYA_FUZZ_CHECK(nlohmann::json::accept(json));
    // The context survives the trip through storage unchanged.
    tanya::Context stored = tanya::context_from_json(tanya::to_json(context));
    TANYA_FUZZ_CHECK(stored.topic == context.topic && stored.entity == context.entity &&
                     stored.qtype == context.qtype && stored.focus == context.focus &&
                     stored.turns == context.turns && stored.items == context.items);
  }
  return 0;
}
