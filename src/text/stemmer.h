// The Snowball Indonesian stemmer (libstemmer), wrapped for RAII.
// A Stemmer is not thread-safe: each thread or tokenizer owns one.
#ifndef TANYA_TEXT_STEMMER_H_
#define TANYA_TEXT_STEMMER_H_

#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace tanya {

class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // Stem of a case-folded word ("kepentingan" -> "penting"). Words that are
  // digits, or shorter than four bytes, are returned unchanged.
  std::string stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
  // Stemming costs about a microsecond; questions reuse a small vocabulary,
  // so a bounded cache pays for itself.
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace tanya

#endif  // TANYA_TEXT_STEMMER_H_
