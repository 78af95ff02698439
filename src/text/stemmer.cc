#include "text/stemmer.h"

#include <libstemmer.h>

#include <cctype>
#include <stdexcept>
#include <string_view>

namespace tanya {

namespace {
constexpr size_t kCacheLimit = 8192;

// Function words whose affixes Snowball strips down to an unrelated
// content word: "berikut" (following) is no "ikut" (join), "tersebut"
// (that) no "sebut" (name), "terhadap" (towards) no "hadap" (face),
// "terutama" (especially) no "utama" (main). Matched stem to stem, each
// would tie any sentence that points or links with it to a question
// about the content word. They are their own stems.
constexpr std::string_view kWholeWords[] = {"berikut",  "kepada",   "sesudah",
                                            "terhadap", "tersebut", "terutama"};
}  // namespace

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("indonesian", "UTF_8")) {
  if (stemmer_ == nullptr) throw std::runtime_error("libstemmer: no Indonesian stemmer");
}

Stemmer::~Stemmer() {
  sb_stemmer_delete(stemmer_);
}

std::string Stemmer::stem(std::string_view word) {
  if (word.size() < 4 || std::isdigit(static_cast<unsigned char>(word[0]))) {
    return std::string(word);
  }
  for (std::string_view whole : kWholeWords) {
    if (word == whole) return std::string(word);
  }
  std::string key(word);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  std::string out = s ? std::string(reinterpret_cast<const char*>(s),
                                    static_cast<size_t>(sb_stemmer_length(stemmer_)))
                      : key;
  // The Indonesian stemmer can strip a word down to almost nothing
  // ("pemerintah" -> "perintah" is fine, "bentuk" -> "bentuk" is fine, but
  // 4-letter words may lose half). Keep at least three letters.
  if (out.size() < 3) out = key;
  if (cache_.size() >= kCacheLimit) cache_.clear();
  cache_.emplace(std::move(key), out);
  return out;
}

}  // namespace tanya
