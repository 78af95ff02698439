// Curation: what an editor adds beside an article to close a gap the
// report shows, written into the article's own data file
// (corpus/<id>.json), never into code or bot/:
//   - an alias: a reader's phrase for the article's words ("rewrites");
//   - a curated pair: several phrasings of one question and its answer,
//     optionally citing a section ("curated"; bot/curated_strategy.h).
// The file is rewritten whole through a temporary file and a rename, its
// other members kept as they were, so a running server's corpus watch
// never reads it half-written and reloads it live.
#ifndef TANYA_EDITOR_CURATION_H_
#define TANYA_EDITOR_CURATION_H_

#include <string>
#include <string_view>
#include <vector>

namespace tanya::editor {

struct CuratedPair {
  std::vector<std::string> questions;  // at least one
  std::string answer;                  // not empty
  std::string section;                 // heading cited, "" for none
};

// Longest answer and phrasing an editor may store, in bytes.
inline constexpr size_t kMaxCuratedAnswer = 2000;
inline constexpr size_t kMaxCuratedQuestion = 300;

// Each returns false with *error (a sentence for the editor) when the
// article is not in `corpus_dir`, the input is empty, too long or not
// UTF-8, or the data file is not a JSON object or cannot be written.
bool add_curated_pair(const std::string& corpus_dir, std::string_view article,
                      const CuratedPair& pair, std::string* error);
bool add_alias(const std::string& corpus_dir, std::string_view article, std::string_view phrase,
               std::string_view article_words, std::string* error);

}  // namespace tanya::editor

#endif  // TANYA_EDITOR_CURATION_H_
