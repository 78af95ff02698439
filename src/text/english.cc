#include "text/english.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <limits>
#include <system_error>
#include <utility>

#include "text/resource_file.h"

namespace tanya {
namespace {

using resource::next_line;
using resource::set_error;
using resource::trim;

struct GzCloser {
  void operator()(gzFile_s* f) const { gzclose(f); }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

// Reads a gzip file whole (zlib also passes a plain file through unchanged).
bool read_gzip(const std::string& path, std::string* out, std::string* error) {
  GzFile f(gzopen(path.c_str(), "rb"));
  if (!f) {
    set_error(error, "cannot open " + path + ": " +
                         std::error_code(errno, std::generic_category()).message());
    return false;
  }
  gzbuffer(f.get(), 128 * 1024);
  constexpr unsigned kChunk = 256 * 1024;
  out->clear();
  for (;;) {
    const size_t used = out->size();
    out->resize(used + kChunk);
    const int n = gzread(f.get(), out->data() + used, kChunk);
    if (n < 0) {
      int code = 0;
      set_error(error, "cannot read " + path + ": " + gzerror(f.get(), &code));
      return false;
    }
    out->resize(used + static_cast<size_t>(n));
    if (n == 0) break;
  }
  out->shrink_to_fit();
  return true;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// dictd's base64 number: A-Z a-z 0-9 + /, most significant digit first.
bool decode_b64_number(std::string_view s, uint64_t* value) {
  if (s.empty() || s.size() > 10) return false;  // 60 bits is plenty
  uint64_t v = 0;
  for (char c : s) {
    int d;
    if (c >= 'A' && c <= 'Z')
      d = c - 'A';
    else if (c >= 'a' && c <= 'z')
      d = c - 'a' + 26;
    else if (is_digit(c))
      d = c - '0' + 52;
    else if (c == '+')
      d = 62;
    else if (c == '/')
      d = 63;
    else
      return false;
    v = v * 64 + static_cast<uint64_t>(d);
  }
  *value = v;
  return true;
}

// Lowercases ASCII and the Latin-1 capitals (U+00C0..U+00DE but U+00D7).
std::string to_lower(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    const auto b = static_cast<unsigned char>(out[i]);
    if (b >= 'A' && b <= 'Z') {
      out[i] = static_cast<char>(b + 32);
    } else if (b == 0xC3 && i + 1 < out.size()) {
      const auto c = static_cast<unsigned char>(out[i + 1]);
      if (c >= 0x80 && c <= 0x9E && c != 0x97) out[i + 1] = static_cast<char>(c + 32);
      ++i;
    }
  }
  return out;
}

// Collapses whitespace runs to one space and trims.
std::string squeeze_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// dictd indexes headwords lowercased with punctuation dropped ("I'm" is
// "im", "good-for-nothing" is "goodfornothing"); queries get the same.
std::string normalize_headword(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if ((b >= 'a' && b <= 'z') || is_digit(static_cast<char>(b))) {
        out.push_back(static_cast<char>(b));
      } else if (b >= 'A' && b <= 'Z') {
        out.push_back(static_cast<char>(b + 32));
      } else if (b == ' ' || b == '\t' || b == '\n') {
        out.push_back(' ');
      }
      continue;  // other ASCII is punctuation
    }
    // Typographic quotes (U+2018, U+2019, U+201C, U+201D) are punctuation too.
    if (b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto c = static_cast<unsigned char>(s[i + 2]);
      if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D) {
        i += 2;
        continue;
      }
    }
    out.push_back(static_cast<char>(b));
  }
  return squeeze_spaces(to_lower(out));
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// "[[kemudi|mengemudi(kan)]]" -> "mengemudi(kan)", "[[suam-suam]]" -> "suam-suam":
// Wiktionary links left in the WikDict data.
std::string unwrap_wiki_links(std::string_view s) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    const size_t open = s.find("[[", pos);
    if (open == std::string_view::npos) break;
    const size_t close = s.find("]]", open + 2);
    if (close == std::string_view::npos) break;
    out.append(s.substr(pos, open - pos));
    std::string_view inner = s.substr(open + 2, close - open - 2);
    const size_t bar = inner.rfind('|');
    if (bar != std::string_view::npos) inner.remove_prefix(bar + 1);
    out.append(inner);
    pos = close + 2;
  }
  out.append(s.substr(pos));
  return out;
}

// Drops parenthesised notes: "(orang) brengsek" -> " brengsek",
// "mengemudi(kan)" -> "mengemudi".
std::string drop_parentheses(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      out.push_back(c);
    }
  }
  return out;
}

// Longer items are glosses or sentences, not translations of a word.
constexpr size_t kMaxTranslationWords = 5;

}  // namespace

struct EnglishDictionary::Impl {
  struct Entry {
    std::string headword;  // normalized
    uint32_t offset;       // into text
    uint32_t length;
  };

  std::string text;            // the uncompressed .dict
  std::vector<Entry> entries;  // sorted by headword, index order among equal ones
  size_t longest_words = 0;
  size_t headwords = 0;

  // Adds the cleaned items of one translation line.
  static void add_translations(std::string_view line, std::string_view headword,
                               std::vector<std::string>* out) {
    line = trim(line);
    // "buku, kitab 2." : the number starts a run of extra glosses.
    size_t end = line.size();
    while (end > 0 && line[end - 1] == '.') --end;
    size_t digits = end;
    while (digits > 0 && is_digit(line[digits - 1])) --digits;
    if (end < line.size() && digits < end && digits > 0 && line[digits - 1] == ' ') {
      line = trim(line.substr(0, digits));
    }
    const std::string text = drop_parentheses(unwrap_wiki_links(line));
    const bool headword_has_digit =
        std::any_of(headword.begin(), headword.end(), [](char c) { return is_digit(c); });
    const size_t max_words = std::max(kMaxTranslationWords, count_words(headword) + 2);
    size_t start = 0;
    while (start <= text.size()) {
      size_t sep = text.find_first_of(",;", start);
      if (sep == std::string::npos) sep = text.size();
      std::string item = squeeze_spaces(std::string_view(text).substr(start, sep - start));
      start = sep + 1;
      // Exclamations and questions ("brengsek!", "apa kabar?") keep their words.
      while (!item.empty() && (item.back() == '!' || item.back() == '?')) item.pop_back();
      item = squeeze_spaces(item);
      if (item.empty()) continue;
      // Templates ("saya perlu ..."), alternatives ("eksperimen / percobaan")
      // and leftover markup are not usable as a phrase.
      if (item.find("...") != std::string::npos || item.find("\xE2\x80\xA6") != std::string::npos ||
          item.find_first_of("/<>[]{}|=\"") != std::string::npos) {
        continue;
      }
      // Digits only belong where the headword has them ("10th" -> "ke-10").
      if (!headword_has_digit && std::any_of(item.begin(), item.end(), is_digit)) continue;
      if (count_words(item) > max_words) continue;
      item = to_lower(item);
      if (std::find(out->begin(), out->end(), item) == out->end()) out->push_back(std::move(item));
    }
  }

  // An entry is a header line ("tax //tæks// <n>"), then either one line of
  // translations followed by English glosses, or numbered senses
  // "1. translations" each followed by its glosses (extra glosses of a sense
  // are " 2.", " 3." lines, indented).
  void parse_entry(const Entry& e, std::vector<std::string>* out) const {
    const std::string_view body = std::string_view(text).substr(e.offset, e.length);
    size_t pos = 0;
    next_line(body, &pos);  // header
    std::string_view first;
    while (pos < body.size() && first.empty()) first = next_line(body, &pos);
    if (first.empty()) return;
    if (!starts_with(first, "1. ")) {
      add_translations(first, e.headword, out);
      return;
    }
    // Senses are numbered in sequence, so a gloss that happens to start
    // with a number is not taken for one.
    int next = 1;
    std::string_view line = first;
    for (;;) {
      const std::string marker = std::to_string(next) + ". ";
      if (starts_with(line, marker)) {
        add_translations(line.substr(marker.size()), e.headword, out);
        ++next;
      }
      if (pos >= body.size()) break;
      line = next_line(body, &pos);
    }
  }
};

EnglishDictionary::EnglishDictionary(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EnglishDictionary::~EnglishDictionary() = default;

std::unique_ptr<EnglishDictionary> EnglishDictionary::load(const std::string& base,
                                                           std::string* error) {
  try {
    auto impl = std::make_unique<Impl>();
    std::string index;
    if (!resource::read_whole_file(base + ".index", &index, error)) return nullptr;
    if (!read_gzip(base + ".dict.dz", &impl->text, error)) {
      // Some installs keep the dictionary uncompressed.
      std::string ignored;
      if (!read_gzip(base + ".dict", &impl->text, &ignored)) return nullptr;
    }
    if (impl->text.size() > std::numeric_limits<uint32_t>::max()) {
      set_error(error, base + ".dict: too large");
      return nullptr;
    }
    const std::string_view lines(index);
    size_t pos = 0;
    size_t line_number = 0;
    while (pos < lines.size()) {
      const std::string_view line = next_line(lines, &pos);
      ++line_number;
      if (line.empty()) continue;
      const size_t tab1 = line.find('\t');
      const size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
      uint64_t offset = 0;
      uint64_t length = 0;
      if (tab2 == std::string_view::npos ||
          !decode_b64_number(line.substr(tab1 + 1, tab2 - tab1 - 1), &offset) ||
          !decode_b64_number(line.substr(tab2 + 1), &length) || offset > impl->text.size() ||
          length > impl->text.size() - offset) {
        set_error(error, base + ".index: malformed line " + std::to_string(line_number));
        return nullptr;
      }
      const std::string_view raw = line.substr(0, tab1);
      // dictd's own metadata ("00databaseinfo", "00-database-short"...).
      if (starts_with(raw, "00database") || starts_with(raw, "00-database")) continue;
      std::string headword = normalize_headword(raw);
      if (headword.empty()) continue;
      impl->longest_words = std::max(impl->longest_words, count_words(headword));
      impl->entries.push_back(Impl::Entry{std::move(headword), static_cast<uint32_t>(offset),
                                          static_cast<uint32_t>(length)});
    }
    if (impl->entries.empty()) {
      set_error(error, base + ".index: no entries");
      return nullptr;
    }
    impl->headwords = impl->entries.size();
    // dictd sorts with its own collation; re-sort bytewise for binary search.
    std::stable_sort(
        impl->entries.begin(), impl->entries.end(),
        [](const Impl::Entry& a, const Impl::Entry& b) { return a.headword < b.headword; });
    return std::unique_ptr<EnglishDictionary>(new EnglishDictionary(std::move(impl)));
  } catch (const std::exception& e) {
    set_error(error, base + ": " + e.what());
    return nullptr;
  }
}

template <typename Visit>
void EnglishDictionary::each_entry(std::string_view english, Visit visit) const {
  auto first = [&](const std::string& key) {
    return std::lower_bound(
        impl_->entries.begin(), impl_->entries.end(), key,
        [](const Impl::Entry& e, const std::string& k) { return e.headword < k; });
  };
  std::string key = normalize_headword(english);
  if (key.empty()) return;
  auto it = first(key);
  // English hyphenates a compound one way and another ("value-added tax",
  // FreeDict's "value added tax"): where the joined form is no headword,
  // the open one is looked up.
  if ((it == impl_->entries.end() || it->headword != key) &&
      english.find('-') != std::string_view::npos) {
    std::string open(english);
    std::replace(open.begin(), open.end(), '-', ' ');
    key = normalize_headword(open);
    it = first(key);
  }
  // Several entries share a headword, one per part of speech.
  for (; it != impl_->entries.end() && it->headword == key; ++it) visit(*it);
}

namespace {

// The part of speech an entry's header line marks: "count //kaʊnt// <v>"
// is "v"; empty when unmarked.
std::string_view part_of(std::string_view text, size_t offset, size_t length) {
  const std::string_view body = text.substr(offset, length);
  size_t pos = 0;
  const std::string_view header = next_line(body, &pos);
  const size_t open = header.rfind('<'), close = header.rfind('>');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return {};
  return header.substr(open + 1, close - open - 1);
}

}  // namespace

std::vector<std::string> EnglishDictionary::translations(std::string_view english) const {
  std::vector<std::string> out;
  try {
    each_entry(english, [&](const Impl::Entry& e) { impl_->parse_entry(e, &out); });
  } catch (const std::exception&) {
    out.clear();
  }
  return out;
}

std::vector<std::string> EnglishDictionary::translations(std::string_view english,
                                                         std::string_view part) const {
  std::vector<std::string> out;
  try {
    each_entry(english, [&](const Impl::Entry& e) {
      if (part_of(impl_->text, e.offset, e.length) == part) impl_->parse_entry(e, &out);
    });
  } catch (const std::exception&) {
    out.clear();
  }
  return out;
}

std::vector<std::string> EnglishDictionary::parts_of_speech(std::string_view english) const {
  std::vector<std::string> out;
  try {
    each_entry(english, [&](const Impl::Entry& e) {
      const std::string_view tag = part_of(impl_->text, e.offset, e.length);
      if (tag.empty()) return;
      if (std::find(out.begin(), out.end(), tag) == out.end()) out.emplace_back(tag);
    });
  } catch (const std::exception&) {
    out.clear();
  }
  return out;
}

size_t EnglishDictionary::longest_headword_words() const {
  return impl_->longest_words;
}
size_t EnglishDictionary::entries() const {
  return impl_->headwords;
}

}  // namespace tanya
