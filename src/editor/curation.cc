#include "editor/curation.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "text/utf8.h"

namespace tanya::editor {

namespace fs = std::filesystem;
using ordered = nlohmann::ordered_json;

namespace {

// An article id is a file name: letters, digits, '-' and '_' only, so that
// no input can name a file outside the corpus.
bool valid_article_id(std::string_view id) {
  if (id.empty() || id.size() > 200) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

bool check_text(std::string_view text, size_t max, const char* what, std::string* error) {
  if (utf8::clean(text).empty()) {
    *error = std::string(what) + " is empty";
    return false;
  }
  if (!utf8::valid(text)) {
    *error = std::string(what) + " is not valid UTF-8";
    return false;
  }
  if (text.size() > max) {
    *error = std::string(what) + " is too long (at most " + std::to_string(max) + " bytes)";
    return false;
  }
  return true;
}

// Reads the article's data file (an empty object when there is none),
// lets `change` edit it, and writes it back atomically.
template <typename Change>
bool update_data_file(const std::string& corpus_dir, std::string_view article, Change change,
                      std::string* error) {
  if (!valid_article_id(article)) {
    *error = "no article is named \"" + std::string(article) + "\"";
    return false;
  }
  const fs::path md = fs::path(corpus_dir) / (std::string(article) + ".md");
  std::error_code ec;
  if (!fs::is_regular_file(md, ec)) {
    *error = "the corpus has no article " + std::string(article) + " (" + md.string() + ")";
    return false;
  }
  const fs::path path = fs::path(corpus_dir) / (std::string(article) + ".json");
  // One change at a time per data file, across threads (an editor's double
  // click, two admin requests) and processes (tanya curate beside a server):
  // each read-change-write holds an flock on a lock file beside it, so no
  // change is lost to another that read the file before it was written.
  const fs::path lock_path = fs::path(corpus_dir) / ("." + std::string(article) + ".json.lock");
  const int lock_fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd < 0 || ::flock(lock_fd, LOCK_EX) != 0) {
    if (lock_fd >= 0) ::close(lock_fd);
    *error = "cannot lock " + lock_path.string();
    return false;
  }
  struct Unlock {
    int fd;
    ~Unlock() { ::close(fd); }  // closing releases the flock
  } unlock{lock_fd};
  ordered data = ordered::object();
  if (fs::exists(path, ec)) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    data = ordered::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (data.is_discarded() || !data.is_object()) {
      *error = path.string() + " is not a JSON object; fix it before adding to it";
      return false;
    }
  }
  if (!change(data, error)) return false;
  // A fresh temporary file (mkstemp: no name another writer, or a planted
  // link, could share), renamed over the file when whole.
  // (Hidden, as the lock file is: the corpus reader skips dot files.)
  std::string tmp_name =
      (fs::path(corpus_dir) / ("." + std::string(article) + ".json.XXXXXX")).string();
  const int tmp_fd = ::mkstemp(tmp_name.data());
  if (tmp_fd < 0) {
    *error = "cannot create a temporary file beside " + path.string();
    return false;
  }
  const fs::path tmp(tmp_name);
  const std::string text = data.dump(1) + "\n";
  size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(tmp_fd, text.data() + written, text.size() - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  ::fchmod(tmp_fd, 0644);
  if (::close(tmp_fd) != 0 || written < text.size()) {
    fs::remove(tmp, ec);
    *error = "cannot write " + tmp.string();
    return false;
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    *error = "cannot replace " + path.string();
    return false;
  }
  return true;
}

}  // namespace

bool add_curated_pair(const std::string& corpus_dir, std::string_view article,
                      const CuratedPair& pair, std::string* error) {
  if (pair.questions.empty()) {
    *error = "a curated answer needs at least one question";
    return false;
  }
  for (const std::string& q : pair.questions) {
    if (!check_text(q, kMaxCuratedQuestion, "a question", error)) return false;
  }
  if (!check_text(pair.answer, kMaxCuratedAnswer, "the answer", error)) return false;
  if (!pair.section.empty() && !check_text(pair.section, kMaxCuratedQuestion, "the section", error))
    return false;
  return update_data_file(
      corpus_dir, article,
      [&](ordered& data, std::string* why) {
        ordered& list = data["curated"];
        if (list.is_null()) list = ordered::array();
        if (!list.is_array()) {
          *why = "\"curated\" in the article's data file is not a list";
          return false;
        }
        ordered entry = {{"questions", ordered::array()}, {"answer", utf8::clean(pair.answer)}};
        for (const std::string& q : pair.questions) entry["questions"].push_back(utf8::clean(q));
        if (!pair.section.empty()) entry["section"] = utf8::clean(pair.section);
        list.push_back(std::move(entry));
        return true;
      },
      error);
}

bool add_alias(const std::string& corpus_dir, std::string_view article, std::string_view phrase,
               std::string_view article_words, std::string* error) {
  if (!check_text(phrase, kMaxCuratedQuestion, "the reader's phrase", error) ||
      !check_text(article_words, kMaxCuratedQuestion, "the article's words", error))
    return false;
  return update_data_file(
      corpus_dir, article,
      [&](ordered& data, std::string* why) {
        ordered& map = data["rewrites"];
        if (map.is_null()) map = ordered::object();
        if (!map.is_object()) {
          *why = "\"rewrites\" in the article's data file is not an object";
          return false;
        }
        map[utf8::clean(phrase)] = utf8::clean(article_words);
        return true;
      },
      error);
}

}  // namespace tanya::editor
