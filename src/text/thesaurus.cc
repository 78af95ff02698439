#include "text/thesaurus.h"

#include <algorithm>
#include <cctype>
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

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

bool parse_number(std::string_view s, uint64_t* value) {
  if (!all_digits(s) || s.size() > 18) return false;
  uint64_t v = 0;
  for (char c : s) v = v * 10 + static_cast<uint64_t>(c - '0');
  *value = v;
  return true;
}

// Lowercases and converts to UTF-8. The files declare ISO-8859-1 (in
// practice pure ASCII today); UTF-8 files are accepted too, lowercasing
// ASCII and the Latin-1 range, which is all Indonesian needs.
void append_lower_utf8(std::string_view raw, bool latin1, std::string* out) {
  for (size_t i = 0; i < raw.size(); ++i) {
    auto b = static_cast<unsigned char>(raw[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b + 32);
      out->push_back(static_cast<char>(b));
    } else if (latin1) {
      if (b >= 0xC0 && b <= 0xDE && b != 0xD7) b = static_cast<unsigned char>(b + 32);
      out->push_back(static_cast<char>(0xC0 | (b >> 6)));
      out->push_back(static_cast<char>(0x80 | (b & 0x3F)));
    } else if (b == 0xC3 && i + 1 < raw.size()) {
      // U+00C0..U+00DE (except U+00D7) are capitals of U+00E0..U+00FE.
      auto c = static_cast<unsigned char>(raw[i + 1]);
      if (c >= 0x80 && c <= 0x9E && c != 0x97) c = static_cast<unsigned char>(c + 32);
      out->push_back(static_cast<char>(b));
      out->push_back(static_cast<char>(c));
      ++i;
    } else {
      out->push_back(static_cast<char>(b));
    }
  }
}

// Collapses runs of spaces so "kerja  sama" in the data matches "kerja sama".
std::string normalize_word(std::string_view raw, bool latin1) {
  std::string lower;
  append_lower_utf8(trim(raw), latin1, &lower);
  std::string out;
  out.reserve(lower.size());
  for (char c : lower) {
    if (c == '\t') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return out;
}

// Words glued to a following header shorter than this are truncation debris
// in the data ("...|mermenebeng|1" holds "mer" + headword "menebeng").
constexpr size_t kMinGluedPrefix = 4;

}  // namespace

struct Thesaurus::Impl {
  struct Entry {
    uint32_t key_offset;  // into keys
    uint32_t key_size;
    uint32_t dat_offset;     // into dat
    bool lowercase_in_file;  // "jabar" (not "Jabar") matches "jabar" first
  };

  std::string dat;             // the raw .dat, parsed lazily per lookup
  std::string keys;            // all lowercase UTF-8 headwords, concatenated
  std::vector<Entry> entries;  // sorted by key, file order among equal keys
  bool latin1 = true;

  std::string_view key(const Entry& e) const {
    return std::string_view(keys).substr(e.key_offset, e.key_size);
  }

  std::pair<std::vector<Entry>::const_iterator, std::vector<Entry>::const_iterator> find(
      std::string_view word) const {
    auto lo = std::lower_bound(entries.begin(), entries.end(), word,
                               [this](const Entry& e, std::string_view w) { return key(e) < w; });
    auto hi = lo;
    while (hi != entries.end() && key(*hi) == word) ++hi;
    return {lo, hi};
  }

  bool has_key(std::string_view word) const {
    auto range = find(word);
    return range.first != range.second;
  }

  struct SenseState {
    bool antonym = false;
    int number = -1;         // assigned when the sense yields its first synonym
    std::string word_class;  // the sense's label, lowercase ("n", "v", "a", "adv", "p")
  };

  void emit(std::string_view raw, std::string_view query, SenseState* sense, int* next_sense,
            bool antonyms, std::vector<Synonym>* out) const {
    raw = trim(raw);
    if (raw.empty() || sense->antonym != antonyms) return;
    // Stray brackets and bare numbers are debris from broken lines.
    if (raw.find_first_of("[]") != std::string_view::npos || all_digits(raw)) return;
    // A digit stuck to a letter is a typo: at the end it is dropped
    // ("sarapan1"), inside the word is lost ("di0 fusi"). "emas 24 karat" stays.
    while (raw.size() > 1 && is_digit(raw.back()) && is_letter(raw[raw.size() - 2])) {
      raw.remove_suffix(1);
    }
    for (size_t i = 0; i + 1 < raw.size(); ++i) {
      if ((is_digit(raw[i]) && is_letter(raw[i + 1])) ||
          (is_letter(raw[i]) && is_digit(raw[i + 1]))) {
        return;
      }
    }
    std::string word = normalize_word(raw, latin1);
    if (word.empty() || word == query) return;
    for (const Synonym& s : *out) {
      if (s.word == word) return;
    }
    if (sense->number < 0) sense->number = (*next_sense)++;
    out->push_back(Synonym{std::move(word), sense->number, sense->word_class});
  }

  // One meaning line: "[pos]|syn|syn...". The data also has lines with
  // markers glued to words ("[ant]cukup", "tersisih[a]|distingt"), markers
  // inside a line ("listrik [n]|partikel") that start a new sense, and
  // broken ones ("ant]|...", "ki] sesepuh"); every marker starts a sense.
  void parse_meaning(std::string_view line, std::string_view query, int* next_sense, bool antonyms,
                     std::vector<Synonym>* out) const {
    SenseState sense;
    size_t start = 0;
    while (start <= line.size()) {
      size_t bar = line.find('|', start);
      if (bar == std::string_view::npos) bar = line.size();
      std::string_view field = line.substr(start, bar - start);
      for (;;) {
        const size_t close = field.find(']');
        if (close == std::string_view::npos) break;
        const size_t open = field.rfind('[', close);
        const size_t label_begin = open == std::string_view::npos ? 0 : open + 1;
        const size_t word_end = open == std::string_view::npos ? 0 : open;
        emit(field.substr(0, word_end), query, &sense, next_sense, antonyms, out);
        const std::string_view label = field.substr(label_begin, close - label_begin);
        sense = SenseState{};
        sense.antonym = label.size() == 3 && (label[0] | 0x20) == 'a' && (label[1] | 0x20) == 'n' &&
                        (label[2] | 0x20) == 't';
        for (char c : label) {
          if (std::isalpha(static_cast<unsigned char>(c)))
            sense.word_class.push_back(static_cast<char>(c | 0x20));
        }
        field.remove_prefix(close + 1);
      }
      emit(field, query, &sense, next_sense, antonyms, out);
      start = bar + 1;
    }
  }

  // Parses the entry at e.dat_offset, appending its synonyms (or, with
  // `antonyms`, only its "[ant]" lines' words).
  void parse_entry(const Entry& e, std::string_view query, int* next_sense, bool antonyms,
                   std::vector<Synonym>* out) const {
    const std::string_view text(dat);
    size_t pos = e.dat_offset;
    const std::string_view header = next_line(text, &pos);
    const size_t bar = header.rfind('|');
    uint64_t count = 0;
    if (bar == std::string_view::npos || !parse_number(header.substr(bar + 1), &count)) return;
    // An index pointing at the wrong place must not yield another word's synonyms.
    if (normalize_word(header.substr(0, bar), latin1) != key(e)) return;
    for (uint64_t i = 0; i < count && pos < text.size(); ++i) {
      std::string_view line = next_line(text, &pos);
      // A line ending in "|<digits>" has the next entry's header glued on
      // ("...|mengitarbermanjau|1"); the lines after it belong to that
      // entry, so cut the headword off and stop here.
      const size_t last = line.rfind('|');
      bool glued = false;
      if (last != std::string_view::npos && last > 0 && all_digits(line.substr(last + 1))) {
        const size_t prev = line.rfind('|', last - 1);
        if (prev != std::string_view::npos) {
          glued = true;
          const std::string_view tail = line.substr(prev + 1, last - prev - 1);
          const std::string lower = normalize_word(tail, latin1);
          size_t cut = 0;  // bytes of `tail` to keep
          for (size_t j = 1; j < lower.size(); ++j) {
            if ((static_cast<unsigned char>(lower[j]) & 0xC0) == 0x80) continue;
            if (has_key(std::string_view(lower).substr(j))) {
              // Same byte count in `tail` when it is ASCII, the only case in the data.
              if (lower.size() == tail.size() && j >= kMinGluedPrefix) cut = j;
              break;
            }
          }
          line = line.substr(0, prev + 1 + cut);
        }
      }
      parse_meaning(line, query, next_sense, antonyms, out);
      if (glued) break;
    }
  }
};

Thesaurus::Thesaurus(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Thesaurus::~Thesaurus() = default;

std::unique_ptr<Thesaurus> Thesaurus::load(const std::string& base, std::string* error) {
  try {
    auto impl = std::make_unique<Impl>();
    std::string idx;
    if (!resource::read_whole_file(base + ".idx", &idx, error) ||
        !resource::read_whole_file(base + ".dat", &impl->dat, error)) {
      return nullptr;
    }
    if (impl->dat.size() > std::numeric_limits<uint32_t>::max() ||
        idx.size() > std::numeric_limits<uint32_t>::max()) {
      set_error(error, base + ": files too large");
      return nullptr;
    }
    const std::string_view text(idx);
    size_t pos = 0;
    const std::string_view encoding = trim(next_line(text, &pos));
    if (encoding == "ISO-8859-1" || encoding == "ISO8859-1") {
      impl->latin1 = true;
    } else if (encoding == "UTF-8") {
      impl->latin1 = false;
    } else {
      set_error(error, base + ".idx: unsupported encoding '" + std::string(encoding) + "'");
      return nullptr;
    }
    uint64_t count = 0;
    if (!parse_number(trim(next_line(text, &pos)), &count) || count == 0 || count > text.size()) {
      set_error(error, base + ".idx: line 2 is not an entry count");
      return nullptr;
    }
    impl->entries.reserve(static_cast<size_t>(count));
    impl->keys.reserve(text.size());
    size_t line_number = 2;
    while (pos < text.size()) {
      const std::string_view line = next_line(text, &pos);
      ++line_number;
      if (line.empty()) continue;
      const size_t bar = line.rfind('|');
      uint64_t offset = 0;
      if (bar == std::string_view::npos || bar == 0 ||
          !parse_number(line.substr(bar + 1), &offset) || offset >= impl->dat.size()) {
        set_error(error, base + ".idx: malformed line " + std::to_string(line_number));
        return nullptr;
      }
      const std::string_view word = line.substr(0, bar);
      const std::string lower = normalize_word(word, impl->latin1);
      const bool lowercase_in_file =
          std::none_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      impl->entries.push_back(Impl::Entry{static_cast<uint32_t>(impl->keys.size()),
                                          static_cast<uint32_t>(lower.size()),
                                          static_cast<uint32_t>(offset), lowercase_in_file});
      impl->keys += lower;
    }
    if (impl->entries.size() != count) {
      set_error(error, base + ".idx: has " + std::to_string(impl->entries.size()) +
                           " entries, line 2 says " + std::to_string(count));
      return nullptr;
    }
    impl->keys.shrink_to_fit();
    // The file sorts bytewise with capitals first ("Jabar" < "aba-aba");
    // re-sort by lowercase key, keeping file order among equal keys.
    const Impl* p = impl.get();
    std::stable_sort(
        impl->entries.begin(), impl->entries.end(),
        [p](const Impl::Entry& a, const Impl::Entry& b) { return p->key(a) < p->key(b); });
    return std::unique_ptr<Thesaurus>(new Thesaurus(std::move(impl)));
  } catch (const std::exception& e) {
    set_error(error, base + ": " + e.what());
    return nullptr;
  }
}

std::vector<Synonym> Thesaurus::synonyms(std::string_view word) const {
  return words_of(word, /*antonyms=*/false);
}

std::vector<Synonym> Thesaurus::antonyms(std::string_view word) const {
  return words_of(word, /*antonyms=*/true);
}

std::vector<Synonym> Thesaurus::words_of(std::string_view word, bool antonyms) const {
  std::vector<Synonym> out;
  try {
    const std::string query = normalize_word(word, /*latin1=*/false);
    const auto range = impl_->find(query);
    // "jabar" (to explain) and "Jabar" (a name of God) are different words:
    // when the file has the lowercase form, capitalised entries are ignored.
    const bool has_lowercase = std::any_of(
        range.first, range.second, [](const Impl::Entry& e) { return e.lowercase_in_file; });
    int next_sense = 0;
    // The file repeats some entries ("bersuai", "menerobos"): dedup handles them.
    for (auto it = range.first; it != range.second; ++it) {
      if (has_lowercase && !it->lowercase_in_file) continue;
      impl_->parse_entry(*it, query, &next_sense, antonyms, &out);
    }
  } catch (const std::exception&) {
    out.clear();
  }
  return out;
}

size_t Thesaurus::entries() const {
  return impl_->entries.size();
}

}  // namespace tanya
