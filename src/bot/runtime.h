// Opening the bot the way every command does: find the corpus and bot data
// (directories on disk, or the copies embedded in the binary), make sure the
// index is built and current, then open the Bot.
#ifndef TANYA_BOT_RUNTIME_H_
#define TANYA_BOT_RUNTIME_H_

#include <memory>
#include <string>
#include <vector>

#include "bot/bot.h"
#include "index/document.h"

namespace CLI {
class App;
}

namespace tanya {

struct RuntimeOptions {
  std::string corpus_dir;  // empty: ./corpus if it exists, else the embedded corpus
  std::string index_path;  // empty: ./index/tanya.db in a checkout, else a per-user cache file
  std::string bot_dir;     // empty: ./bot if it exists, else the embedded bot data
  bool verbose = false;    // log index rebuilds to stderr
  // Where Bot::ask(session, ...) keeps contexts (BotOptions::sessions); null:
  // in memory.
  std::shared_ptr<SessionStore> sessions;
};

// Adds --corpus, --index and --bot to a command.
void add_runtime_options(CLI::App& command, RuntimeOptions& options);

// Fills in the defaults described above.
RuntimeOptions resolve_runtime(RuntimeOptions options);

// Rebuilds the index if it is missing, from another schema version, or built
// from a different corpus; then opens the bot. nullptr and *error on failure.
std::unique_ptr<Bot> open_runtime(const RuntimeOptions& options, std::string* error);

// The parsed articles of the corpus (for rendering the demo page).
std::vector<Document> load_documents(const RuntimeOptions& options);

}  // namespace tanya

#endif  // TANYA_BOT_RUNTIME_H_
