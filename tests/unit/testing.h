// Shared fixtures for the unit tests: one bot over the repository's corpus
// and bot data, with its index built once into a temporary file.
#ifndef TANYA_TESTS_UNIT_TESTING_H_
#define TANYA_TESTS_UNIT_TESTING_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "bot/runtime.h"

namespace tanya::testing {

inline std::string source_dir() {
  return TANYA_SOURCE_DIR;
}

inline std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("tanya-test-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

// The text of a file of the repository ("tests/qa/holdout58/x.md"); empty
// when it cannot be read.
inline std::string read_source(const std::string& path) {
  std::ifstream in(source_dir() + "/" + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A short article with two kinds of one thing ("Migrain tanpa aura",
// "Migrain dengan aura") and a term of their names ("Aura"), for the tests
// of definitions and follow-ups that tell them apart.
inline constexpr const char* kMigraineKinds = R"(---
title: Migrain
subject: Migrain
---

# Migrain

Migrain adalah sakit kepala berdenyut yang kambuh berulang kali.

## Fase Migrain

- **Aura**, yaitu gangguan penglihatan sementara sebelum sakit kepala.
- **Serangan**, yaitu sakit kepala berdenyut selama 4 sampai 72 jam.

## Jenis Migrain

- **Migrain tanpa aura**: jenis yang paling umum, tanpa gejala peringatan.
- **Migrain dengan aura**: sakit kepala didahului atau disertai aura.
)";

inline RuntimeOptions repo_runtime() {
  RuntimeOptions o;
  o.corpus_dir = source_dir() + "/corpus";
  o.bot_dir = source_dir() + "/bot";
  o.index_path = temp_path("index.db");
  return o;
}

// The bot is shared by the tests of one process; each test uses its own
// session ids, so contexts never mix.
// Its index file is removed when the process exits.
inline Bot& bot() {
  struct Owned {
    std::unique_ptr<Bot> bot;
    std::string index;
    ~Owned() {
      bot.reset();
      std::error_code ec;
      for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(index + suffix, ec);
    }
  };
  static Owned owned = [] {
    std::string error;
    RuntimeOptions options = repo_runtime();
    auto p = open_runtime(options, &error);
    if (!p) throw std::runtime_error("cannot open the test bot: " + error);
    return Owned{std::move(p), options.index_path};
  }();
  return *owned.bot;
}

// A bot over one article written to a temporary corpus directory (after the
// default corpus's files with `beside_default`); the directory is removed
// afterwards. Fails the test when the bot cannot be opened.
struct ArticleBot {
  ArticleBot(const std::string& name, const std::string& file, const std::string& text,
             bool beside_default = false)
      : dir(temp_path(name)) {
    std::filesystem::create_directories(dir);
    if (beside_default) {
      for (const auto& f : std::filesystem::directory_iterator(source_dir() + "/corpus"))
        std::filesystem::copy_file(f.path(), dir / f.path().filename());
    }
    std::ofstream(dir / file) << text;
    options.corpus_dir = dir.string();
    options.bot_dir = source_dir() + "/bot";
    options.index_path = (dir / "index.db").string();
    reopen();
  }
  // Opens the bot again over the directory, after files were added to it.
  void reopen() {
    std::string error;
    bot.reset();
    bot = open_runtime(options, &error);
    if (!bot) throw std::runtime_error("cannot open the article bot: " + error);
  }
  ~ArticleBot() {
    bot.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  std::filesystem::path dir;
  RuntimeOptions options;
  std::unique_ptr<Bot> bot;
};

}  // namespace tanya::testing

#endif  // TANYA_TESTS_UNIT_TESTING_H_
