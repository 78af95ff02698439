// `tanya curate`: adds an editor's curated answer or alias beside an
// article (editor/curation.h). A running `tanya serve` picks it up live.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "bot/runtime.h"
#include "cli/commands.h"
#include "editor/curation.h"

namespace tanya::cli {

namespace {
struct CurateFlags {
  RuntimeOptions runtime;
  std::string article;
  std::vector<std::string> questions;
  std::string answer;
  std::string section;
  std::string alias;
  std::string to;
};
}  // namespace

void add_curate_command(CLI::App& app) {
  auto flags = std::make_shared<CurateFlags>();
  CLI::App* cmd = app.add_subcommand(
      "curate",
      "Add a curated answer (--question ... --answer) or an alias (--alias --to) "
      "to an article's data file");
  add_runtime_options(*cmd, flags->runtime);
  cmd->add_option("--article", flags->article, "The article (its file name without .md)")
      ->required();
  cmd->add_option("--question", flags->questions, "A phrasing of the question (repeat for more)");
  cmd->add_option("--answer", flags->answer, "The answer to give");
  cmd->add_option("--section", flags->section, "Heading of the section the answer cites");
  cmd->add_option("--alias", flags->alias, "A reader's phrase ...");
  cmd->add_option("--to", flags->to, "... for these words of the article");
  cmd->callback([flags] {
    const std::string corpus = resolve_runtime(flags->runtime).corpus_dir;
    if (corpus.empty()) {
      std::cerr << "tanya curate: give --corpus (the embedded corpus cannot be edited)\n";
      throw CLI::RuntimeError(2);
    }
    std::string error;
    bool ok = false;
    if (!flags->alias.empty() || !flags->to.empty()) {
      ok = editor::add_alias(corpus, flags->article, flags->alias, flags->to, &error);
    } else if (!flags->questions.empty() || !flags->answer.empty()) {
      ok = editor::add_curated_pair(corpus, flags->article,
                                    {flags->questions, flags->answer, flags->section}, &error);
    } else {
      error = "give --question and --answer, or --alias and --to";
    }
    if (!ok) {
      std::cerr << "tanya curate: " << error << "\n";
      throw CLI::RuntimeError(1);
    }
    std::cout << "Added to " << corpus << "/" << flags->article << ".json\n";
  });
}

}  // namespace tanya::cli
