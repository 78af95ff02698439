#include "bot/runtime.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "base/embedded.h"
#include "base/files.h"
#include "index/indexer.h"

namespace tanya {

namespace fs = std::filesystem;

void add_runtime_options(CLI::App& command, RuntimeOptions& options) {
  command.add_option(
      "--corpus", options.corpus_dir,
      "Articles directory (default: ./corpus if present, else the built-in article)");
  command.add_option("--index", options.index_path,
                     "Index database (default: index/tanya.db in a checkout, else a cache file)");
  command.add_option("--bot", options.bot_dir,
                     "Bot data directory: lexicon, topics, templates (default: ./bot or built-in)");
}

RuntimeOptions resolve_runtime(RuntimeOptions o) {
  std::error_code ec;
  bool checkout = o.corpus_dir.empty() && fs::is_directory("corpus", ec) &&
                  fs::exists("corpus/.", ec) && fs::is_directory("bot", ec) &&
                  fs::is_directory("index", ec);
  if (o.corpus_dir.empty() && checkout) o.corpus_dir = "corpus";
  if (o.bot_dir.empty() && checkout) o.bot_dir = "bot";
  if (o.index_path.empty()) {
    if (checkout) {
      o.index_path = "index/tanya.db";
    } else {
      // Outside a checkout the index is a cache of the corpus in use.
      const char* xdg = std::getenv("XDG_CACHE_HOME");
      const char* home = std::getenv("HOME");
      fs::path dir = xdg && *xdg ? fs::path(xdg) / "tanya"
                     : home && *home
                         ? fs::path(home) / ".cache" / "tanya"
                         : fs::temp_directory_path() / ("tanya-" + std::to_string(::getuid()));
      std::string key =
          o.corpus_dir.empty() ? "builtin" : fnv1a_hex(fs::absolute(o.corpus_dir, ec).string());
      o.index_path = (dir / ("index-" + key + ".db")).string();
    }
  }
  return o;
}

std::unique_ptr<Bot> open_runtime(const RuntimeOptions& options, std::string* error) {
  RuntimeOptions o = resolve_runtime(options);
  try {
    Corpus corpus = load_corpus(read_data_files(o.corpus_dir, embedded::corpus()));
    if (corpus.documents.empty()) throw std::runtime_error("no articles (*.md) in the corpus");
    if (!index_is_current(o.index_path, corpus.fingerprint)) {
      // Only the articles that changed are written again.
      IndexStats s = update_index(corpus, o.index_path);
      if (o.verbose) {
        std::cerr << "tanya: indexed " << s.documents << " article(s), " << s.chunks << " chunks, "
                  << s.entities << " entities into " << o.index_path << " in " << s.milliseconds
                  << " ms\n";
      }
    }
  } catch (const std::exception& e) {
    if (error) *error = e.what();
    return nullptr;
  }
  BotOptions bo;
  bo.index_path = o.index_path;
  bo.bot_dir = o.bot_dir;
  bo.sessions = o.sessions;
  return Bot::open(bo, error);
}

std::vector<Document> load_documents(const RuntimeOptions& options) {
  RuntimeOptions o = resolve_runtime(options);
  return load_corpus(read_data_files(o.corpus_dir, embedded::corpus())).documents;
}

}  // namespace tanya
