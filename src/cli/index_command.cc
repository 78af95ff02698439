// `tanya index [--out FILE] [--full]`: bring the index up to the corpus,
// writing only the articles that changed (or everything, with --full).
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "base/embedded.h"
#include "bot/runtime.h"
#include "cli/commands.h"
#include "index/indexer.h"

namespace tanya::cli {

void add_index_command(CLI::App& app) {
  auto runtime = std::make_shared<RuntimeOptions>();
  auto full = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "index", "Update the index from the corpus: the articles added, changed or removed");
  cmd->add_option("--corpus", runtime->corpus_dir,
                  "Articles directory (default: ./corpus or built-in)");
  cmd->add_option("--out,--index", runtime->index_path,
                  "Where to write the index (default: index/tanya.db)");
  cmd->add_flag("--full", *full, "Build the whole index anew");
  cmd->callback([runtime, full] {
    RuntimeOptions o = resolve_runtime(*runtime);
    try {
      Corpus corpus = load_corpus(read_data_files(o.corpus_dir, embedded::corpus()));
      IndexStats s = *full ? build_index(corpus, o.index_path) : update_index(corpus, o.index_path);
      std::cout << "indexed " << s.documents << " article(s): " << s.sections << " sections, "
                << s.chunks << " chunks, " << s.entities << " entities";
      if (!s.full) std::cout << " (" << s.unchanged << " unchanged, " << s.removed << " removed)";
      std::cout << " -> " << o.index_path << " (" << s.milliseconds << " ms)\n";
    } catch (const std::exception& e) {
      std::cerr << "tanya index: " << e.what() << "\n";
      throw CLI::RuntimeError(1);
    }
  });
}

}  // namespace tanya::cli
