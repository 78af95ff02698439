#include "text/speller.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <mutex>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "text/resource_file.h"

namespace tanya {
namespace {

using resource::set_error;

bool readable(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    set_error(error, "cannot open " + path + ": " +
                         std::error_code(errno, std::generic_category()).message());
    return false;
  }
  return true;
}

// One iconv conversion direction. Not thread-safe: used under Impl::mutex.
class Converter {
 public:
  Converter() = default;
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;
  ~Converter() {
    if (is_open()) iconv_close(cd_);
  }

  bool open(const char* to, const char* from) {
    cd_ = iconv_open(to, from);
    return is_open();
  }
  bool is_open() const { return cd_ != reinterpret_cast<iconv_t>(-1); }

  // Fails on characters the target cannot hold (a word with them cannot
  // be in a Latin-1 dictionary anyway).
  bool convert(std::string_view in, std::string* out) {
    out->clear();
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);  // reset shift state
    std::string buffer(in.size() * 4 + 8, '\0');
    char* src = const_cast<char*>(in.data());  // iconv's signature is not const-correct
    size_t src_left = in.size();
    char* dst = buffer.data();
    size_t dst_left = buffer.size();
    if (iconv(cd_, &src, &src_left, &dst, &dst_left) == static_cast<size_t>(-1)) return false;
    buffer.resize(buffer.size() - dst_left);
    *out = std::move(buffer);
    return true;
  }

 private:
  iconv_t cd_ = reinterpret_cast<iconv_t>(-1);
};

// Lowercases ASCII and the Latin-1 capitals (U+00C0..U+00DE but U+00D7),
// enough for Indonesian.
std::string to_lower(std::string s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 'A' && b <= 'Z') {
      s[i] = static_cast<char>(b + 32);
    } else if (b == 0xC3 && i + 1 < s.size()) {
      const auto c = static_cast<unsigned char>(s[i + 1]);
      if (c >= 0x80 && c <= 0x9E && c != 0x97) s[i + 1] = static_cast<char>(c + 32);
      ++i;
    }
  }
  return s;
}

// Hunspell refuses longer words itself; suggesting for long junk is slow.
constexpr size_t kMaxWordBytes = 100;

}  // namespace

struct Speller::Impl {
  // Skeleton -> the stems of the word list with it, read from `dic` on
  // first use (a process that never meets shorthand does not pay its
  // 10-odd ms), then never changed.
  std::string dic;
  std::once_flag indexed;
  std::unordered_map<std::string, std::vector<std::string>> stems_by_skeleton;

  void index_word_list() {
    // The word list: a count, then "stem[/flags]" per line. Stems of
    // three letters or more, plain ASCII letters only (Latin-1 accents
    // are no chat shorthand's).
    std::ifstream words(dic, std::ios::binary);
    std::string line;
    std::getline(words, line);
    constexpr size_t kShortestStem = 3;
    while (std::getline(words, line)) {
      std::string stem = to_lower(line.substr(0, line.find('/')));
      while (!stem.empty() && (stem.back() == '\r' || stem.back() == ' ')) stem.pop_back();
      if (stem.size() < kShortestStem) continue;
      std::string key = consonant_skeleton(stem);
      if (key.size() < 2) continue;
      stems_by_skeleton[key].push_back(std::move(stem));
    }
  }
  std::mutex mutex;  // Hunspell and iconv handles are not thread-safe
  // Word -> its roots (roots_locked), bounded; used under `mutex`.
  std::unordered_map<std::string, std::vector<std::string>> roots_cache;
  std::unique_ptr<Hunspell> hunspell;
  bool utf8 = true;
  Converter to_dictionary;    // UTF-8 -> dictionary encoding
  Converter from_dictionary;  // dictionary encoding -> UTF-8

  // The *_locked helpers expect `mutex` held.
  bool encode_locked(std::string_view word, std::string* out) {
    if (utf8) {
      out->assign(word);
      return true;
    }
    return to_dictionary.convert(word, out);
  }

  bool valid_locked(std::string_view word) {
    std::string encoded;
    if (word.empty() || word.size() > kMaxWordBytes || !encode_locked(word, &encoded)) {
      return false;
    }
    return hunspell->spell(encoded);
  }

  std::vector<std::string> suggest_locked(std::string_view word) {
    std::string encoded;
    if (word.empty() || word.size() > kMaxWordBytes || !encode_locked(word, &encoded)) return {};
    return decode_locked(hunspell->suggest(encoded));
  }

  std::vector<std::string> roots_locked(std::string_view word) {
    // Questions reuse a small vocabulary, and Hunspell's analysis costs
    // microseconds a word: a bounded cache pays for itself.
    constexpr size_t kCacheLimit = 8192;
    std::string key(word);
    if (auto it = roots_cache.find(key); it != roots_cache.end()) return it->second;
    std::string encoded;
    if (word.empty() || word.size() > kMaxWordBytes || !encode_locked(word, &encoded)) return {};
    std::vector<std::string> roots = decode_locked(hunspell->stem(encoded));
    if (roots_cache.size() >= kCacheLimit) roots_cache.clear();
    roots_cache.emplace(std::move(key), roots);
    return roots;
  }

  // Hunspell's words in UTF-8, lowercase, each once, in its order.
  std::vector<std::string> decode_locked(std::vector<std::string> words) {
    std::vector<std::string> out;
    for (std::string& s : words) {
      std::string decoded;
      if (utf8) {
        decoded = std::move(s);
      } else if (!from_dictionary.convert(s, &decoded)) {
        continue;
      }
      decoded = to_lower(std::move(decoded));
      if (std::find(out.begin(), out.end(), decoded) == out.end())
        out.push_back(std::move(decoded));
    }
    return out;
  }
};

Speller::Speller(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Speller::~Speller() = default;

std::unique_ptr<Speller> Speller::load(const std::string& base, std::string* error) {
  try {
    const std::string aff = base + ".aff";
    const std::string dic = base + ".dic";
    // Hunspell only prints a warning for missing files and then accepts nothing.
    if (!readable(aff, error) || !readable(dic, error)) return nullptr;
    auto impl = std::make_unique<Impl>();
    impl->hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    const char* raw_encoding = impl->hunspell->get_dic_encoding();
    const std::string encoding = raw_encoding != nullptr ? raw_encoding : "";
    // id_ID.aff says "SET ISO8859-1": words go in and come out in Latin-1.
    impl->utf8 = encoding == "UTF-8" || encoding == "utf-8" || encoding == "UTF8";
    if (!impl->utf8 && (!impl->to_dictionary.open(encoding.c_str(), "UTF-8") ||
                        !impl->from_dictionary.open("UTF-8", encoding.c_str()))) {
      set_error(error, aff + ": unsupported encoding '" + encoding + "'");
      return nullptr;
    }
    impl->dic = dic;
    return std::unique_ptr<Speller>(new Speller(std::move(impl)));
  } catch (const std::exception& e) {
    set_error(error, base + ": " + e.what());
    return nullptr;
  }
}

std::vector<std::string> Speller::abbreviated(std::string_view shorthand) const {
  try {
    std::call_once(impl_->indexed, [this] { impl_->index_word_list(); });
  } catch (const std::exception&) {
    return {};
  }
  auto it = impl_->stems_by_skeleton.find(consonant_skeleton(shorthand));
  if (it == impl_->stems_by_skeleton.end()) return {};
  std::vector<std::string> out;
  for (const std::string& stem : it->second) {
    if (stem.size() > shorthand.size()) out.push_back(stem);
  }
  return out;
}

bool Speller::valid(std::string_view word) const {
  try {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->valid_locked(word);
  } catch (const std::exception&) {
    return false;
  }
}

std::vector<std::string> Speller::suggest(std::string_view word) const {
  try {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->suggest_locked(word);
  } catch (const std::exception&) {
    return {};
  }
}

std::vector<std::string> Speller::roots(std::string_view word) const {
  try {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->roots_locked(word);
  } catch (const std::exception&) {
    return {};
  }
}

std::vector<std::string> Speller::split_compound(std::string_view word) const {
  try {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    // A word Hunspell accepts is not a closed compound, whatever splits it
    // would also suggest ("dampak" -> "dam pak", "abdi" -> "ab di").
    if (impl_->valid_locked(word)) return {};
    std::vector<std::string> best;
    size_t best_shortest = 0;
    for (const std::string& suggestion : impl_->suggest_locked(word)) {
      // Only space-separated suggestions: a hyphenated one ("kupu-kupu")
      // is a reduplication or a hyphenated word, one unit in Indonesian.
      if (suggestion.find(' ') == std::string::npos) continue;
      std::vector<std::string> parts;
      std::string joined;
      size_t start = 0;
      while (start <= suggestion.size()) {
        size_t space = suggestion.find(' ', start);
        if (space == std::string::npos) space = suggestion.size();
        if (space > start) parts.push_back(suggestion.substr(start, space - start));
        start = space + 1;
      }
      for (const std::string& p : parts) joined += p;
      if (parts.size() < 2 || joined != word) continue;
      // Hunspell offers every split of valid words, in no useful order
      // ("sumberdaya": "sum berdaya" before "sumber daya"); the split whose
      // shortest part is longest is the likely compound. Ties keep
      // Hunspell's order.
      size_t shortest = word.size();
      for (const std::string& p : parts) shortest = std::min(shortest, p.size());
      if (shortest <= best_shortest) continue;
      if (std::all_of(parts.begin(), parts.end(),
                      [this](const std::string& p) { return impl_->valid_locked(p); })) {
        best = std::move(parts);
        best_shortest = shortest;
      }
    }
    return best;
  } catch (const std::exception&) {
    return {};
  }
}

std::string consonant_skeleton(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c < 'a' || c > 'z') return {};
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') continue;
    if (c == 'n' && i + 1 < word.size() && word[i + 1] == 'g') continue;
    if (!out.empty() && out.back() == c && i > 0 && word[i - 1] == c) continue;
    out += c;
  }
  return out;
}

}  // namespace tanya
