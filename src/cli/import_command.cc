// `tanya import [--out DIR] FILE...`: articles from saved HTML pages and
// WordPress exports, written into the corpus as Markdown (src/import).
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "bot/runtime.h"
#include "cli/commands.h"
#include "import/importer.h"

namespace tanya::cli {

namespace {

struct ImportFlags {
  std::string out;
  std::vector<std::string> files;
};

// A WordPress export is XML whose root is an RSS channel of WordPress's.
bool is_wxr(const std::string& path, const std::string& text) {
  const std::string head = text.substr(0, 4096);
  return std::filesystem::path(path).extension() == ".xml" ||
         (head.find("<rss") != std::string::npos &&
          head.find("wordpress.org/export") != std::string::npos);
}

int run_import(const ImportFlags& flags) {
  namespace fs = std::filesystem;
  std::string out = flags.out;
  if (out.empty()) out = resolve_runtime(RuntimeOptions{}).corpus_dir;
  if (out.empty()) {
    std::cerr << "tanya import: no corpus directory here; give one with --out DIR\n";
    return 2;
  }
  std::error_code ec;
  fs::create_directories(out, ec);
  int imported = 0, failed = 0;
  for (const std::string& path : flags.files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "error: " << path << ": cannot be read\n";
      ++failed;
      continue;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    ImportResult r = is_wxr(path, text) ? import_wxr(path, text) : import_html(path, text);
    for (const std::string& e : r.errors) {
      std::cerr << "error: " << e << "\n";
      ++failed;
    }
    for (const ImportedArticle& a : r.articles) {
      const fs::path target = fs::path(out) / (a.slug + ".md");
      const bool existed = fs::exists(target, ec);
      std::ofstream(target, std::ios::binary) << a.markdown << "\n";
      std::cout << (existed ? "updated " : "imported ") << target.string() << "\n";
      ++imported;
    }
  }
  std::cout << imported << " article(s) imported, " << failed << " error(s)\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace

void add_import_command(CLI::App& app) {
  auto flags = std::make_shared<ImportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Import articles from saved HTML pages or a WordPress export (WXR) into the corpus");
  cmd->add_option("files", flags->files, "HTML pages (.html) and WordPress exports (.xml)")
      ->required();
  cmd->add_option("--out", flags->out, "Corpus directory to write to (default: ./corpus)");
  cmd->callback([flags] {
    int rc = run_import(*flags);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tanya::cli
