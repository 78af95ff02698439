#include "text/wordnet.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <unordered_map>

#include "text/resource_file.h"

namespace tanya {

namespace {

constexpr std::array<std::string_view, 4> kParts = {"noun", "verb", "adj", "adv"};

// WordNet writes a lemma's spaces as underscores.
std::string to_lemma(std::string_view word) {
  std::string out(word);
  std::replace(out.begin(), out.end(), ' ', '_');
  return out;
}

std::string from_lemma(std::string_view lemma) {
  std::string out(lemma);
  std::replace(out.begin(), out.end(), '_', ' ');
  // An adjective's position marker ("galore(ip)") is no part of the word.
  if (const size_t paren = out.find('('); paren != std::string::npos) out.resize(paren);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at < line.size()) {
    while (at < line.size() && line[at] == ' ') ++at;
    const size_t end = line.find(' ', at);
    const size_t stop = end == std::string_view::npos ? line.size() : end;
    if (stop > at) out.push_back(line.substr(at, stop - at));
    at = stop;
  }
  return out;
}

// A synset as its data line gives it: its words, and its lexical pointers
// to derived words ("+") and to antonyms ("!"): from which of its words, to
// which synset and word.
struct Synset {
  std::vector<std::string> words;
  struct Link {
    size_t from = 0;  // 1-based word of this synset; 0: all of them
    size_t part = 0;  // index into kParts
    long offset = 0;
    size_t to = 0;  // 1-based word of the target synset
  };
  std::vector<Link> derivations;
  std::vector<Link> antonyms;
};

}  // namespace

struct WordNet::Impl {
  struct Part {
    std::string index;            // index.<part>, its license lines dropped
    std::vector<uint32_t> lines;  // start of each line of `index`
    int data = -1;                // data.<part>, read by offset
  };
  std::array<Part, kParts.size()> parts;
  std::unordered_map<std::string, std::vector<std::string>> exceptions;  // inflected -> bases
  // Synsets read from disk, by part and offset: a question asks a few
  // words, and readers ask the same words again. Bounded; cleared when full.
  static constexpr size_t kCacheLimit = 4096;
  mutable std::mutex cache_mutex;
  mutable std::unordered_map<uint64_t, Synset> cache;

  ~Impl() {
    for (Part& p : parts) {
      if (p.data >= 0) close(p.data);
    }
  }

  // The index line of `lemma` in `part`, or empty.
  std::string_view index_line(size_t part, std::string_view lemma) const {
    const Part& p = parts[part];
    auto key = [&](uint32_t start) {
      std::string_view line(p.index.data() + start, p.index.size() - start);
      return line.substr(0, line.find(' '));
    };
    auto it = std::lower_bound(p.lines.begin(), p.lines.end(), lemma,
                               [&](uint32_t start, std::string_view k) { return key(start) < k; });
    if (it == p.lines.end() || key(*it) != lemma) return {};
    std::string_view line(p.index.data() + *it, p.index.size() - *it);
    return line.substr(0, line.find('\n'));
  }

  // The synset offsets of `lemma` in `part`, most frequent sense first.
  std::vector<long> offsets(size_t part, std::string_view lemma) const {
    const std::vector<std::string_view> f = fields(index_line(part, lemma));
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
    if (f.size() < 4) return {};
    const size_t pointers = static_cast<size_t>(std::atoi(std::string(f[3]).c_str()));
    const size_t first = 4 + pointers + 2;
    std::vector<long> out;
    for (size_t i = first; i < f.size(); ++i) out.push_back(std::atol(std::string(f[i]).c_str()));
    return out;
  }

  Synset synset(size_t part, long offset) const {
    const uint64_t key = (static_cast<uint64_t>(part) << 32) | static_cast<uint64_t>(offset);
    {
      std::lock_guard<std::mutex> lock(cache_mutex);
      if (auto it = cache.find(key); it != cache.end()) return it->second;
    }
    Synset s = read_synset(part, offset);
    std::lock_guard<std::mutex> lock(cache_mutex);
    if (cache.size() >= kCacheLimit) cache.clear();
    cache.emplace(key, s);
    return s;
  }

  Synset read_synset(size_t part, long offset) const {
    Synset s;
    const int fd = parts[part].data;
    std::string line;
    char buffer[4096];
    for (off_t at = offset;;) {
      const ssize_t n = pread(fd, buffer, sizeof buffer, at);
      if (n <= 0) break;
      const std::string_view got(buffer, static_cast<size_t>(n));
      const size_t end = got.find('\n');
      line.append(got.substr(0, end));
      if (end != std::string_view::npos) break;
      at += n;
    }
    line.resize(std::min(line.size(), line.find(" | ")));  // the gloss follows
    const std::vector<std::string_view> f = fields(line);
    // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [ptr offset pos src/tgt]...
    if (f.size() < 4) return s;
    const size_t words = std::strtoul(std::string(f[3]).c_str(), nullptr, 16);
    size_t at = 4;
    for (size_t w = 0; w < words && at + 1 < f.size(); ++w, at += 2)
      s.words.push_back(from_lemma(f[at]));
    if (at >= f.size()) return s;
    const size_t pointers = static_cast<size_t>(std::atoi(std::string(f[at]).c_str()));
    ++at;
    for (size_t p = 0; p < pointers && at + 3 < f.size(); ++p, at += 4) {
      if (f[at] != "+" && f[at] != "!") continue;
      Synset::Link d;
      const std::string_view pos = f[at + 2];
      d.part = pos == "n" ? 0 : pos == "v" ? 1 : pos == "a" || pos == "s" ? 2 : 3;
      d.offset = std::atol(std::string(f[at + 1]).c_str());
      const std::string st(f[at + 3]);
      d.from = std::strtoul(st.substr(0, 2).c_str(), nullptr, 16);
      d.to = std::strtoul(st.substr(2, 2).c_str(), nullptr, 16);
      (f[at] == "+" ? s.derivations : s.antonyms).push_back(d);
    }
    return s;
  }
};

WordNet::WordNet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WordNet::~WordNet() = default;

std::unique_ptr<WordNet> WordNet::load(const std::string& dir, std::string* error) {
  auto impl = std::make_unique<Impl>();
  for (size_t i = 0; i < kParts.size(); ++i) {
    Impl::Part& p = impl->parts[i];
    const std::string index = dir + "/index." + std::string(kParts[i]);
    if (!resource::read_whole_file(index, &p.index, error)) return nullptr;
    // (The license opens each file, its lines indented by two spaces.)
    for (size_t at = 0; at < p.index.size();) {
      const size_t end = p.index.find('\n', at);
      if (p.index[at] != ' ') p.lines.push_back(static_cast<uint32_t>(at));
      if (end == std::string::npos) break;
      at = end + 1;
    }
    const std::string data = dir + "/data." + std::string(kParts[i]);
    p.data = open(data.c_str(), O_RDONLY | O_CLOEXEC);
    if (p.data < 0) {
      *error = "cannot open " + data;
      return nullptr;
    }
    // (Adverbs have no irregular forms file in every release.)
    std::string exc;
    if (resource::read_whole_file(dir + "/" + std::string(kParts[i]) + ".exc", &exc, nullptr)) {
      for (size_t at = 0; at < exc.size();) {
        const std::vector<std::string_view> f = fields(resource::next_line(exc, &at));
        for (size_t b = 1; b < f.size(); ++b)
          impl->exceptions[std::string(f[0])].push_back(from_lemma(f[b]));
      }
    }
  }
  if (impl->parts[0].lines.empty()) {
    *error = "no entries in " + dir + "/index.noun";
    return nullptr;
  }
  return std::unique_ptr<WordNet>(new WordNet(std::move(impl)));
}

std::vector<std::string> WordNet::base_forms(std::string_view word) const {
  // WordNet's own detachment rules (morphy), by part of speech.
  struct Rule {
    size_t part;
    std::string_view suffix, ending;
  };
  static constexpr Rule kRules[] = {
      {0, "s", ""},      {0, "ses", "s"},   {0, "xes", "x"}, {0, "zes", "z"}, {0, "ches", "ch"},
      {0, "shes", "sh"}, {0, "men", "man"}, {0, "ies", "y"}, {1, "s", ""},    {1, "ies", "y"},
      {1, "es", "e"},    {1, "es", ""},     {1, "ed", "e"},  {1, "ed", ""},   {1, "ing", "e"},
      {1, "ing", ""},    {2, "er", ""},     {2, "est", ""},  {2, "er", "e"},  {2, "est", "e"}};
  std::vector<std::string> out;
  auto add = [&](const std::string& lemma) {
    if (std::find(out.begin(), out.end(), lemma) == out.end()) out.push_back(lemma);
  };
  const std::string lemma = to_lemma(word);
  for (size_t p = 0; p < kParts.size(); ++p) {
    if (!impl_->index_line(p, lemma).empty()) {
      add(std::string(word));
      break;
    }
  }
  if (auto it = impl_->exceptions.find(lemma); it != impl_->exceptions.end()) {
    for (const std::string& base : it->second) add(base);
  }
  for (const Rule& r : kRules) {
    if (lemma.size() <= r.suffix.size() + 1 ||
        lemma.compare(lemma.size() - r.suffix.size(), r.suffix.size(), r.suffix) != 0)
      continue;
    std::string base = lemma.substr(0, lemma.size() - r.suffix.size()) + std::string(r.ending);
    if (!impl_->index_line(r.part, base).empty()) add(from_lemma(base));
  }
  return out;
}

namespace {

// Appends `w` to `out` unless it is `self` or there already.
void add_other(const std::string& w, const std::string& self, std::vector<std::string>* out) {
  if (w != self && std::find(out->begin(), out->end(), w) == out->end()) out->push_back(w);
}

}  // namespace

template <typename Visit>
void WordNet::each_sense(const std::string& lemma, size_t senses, Visit visit) const {
  for (size_t p = 0; p < kParts.size(); ++p) {
    std::vector<long> offsets = impl_->offsets(p, lemma);
    if (offsets.size() > senses) offsets.resize(senses);
    for (long offset : offsets) visit(impl_->synset(p, offset));
  }
}

std::vector<std::string> WordNet::synonyms(std::string_view word, size_t senses) const {
  std::vector<std::string> out;
  const std::string lemma = to_lemma(word);
  const std::string self = from_lemma(lemma);
  each_sense(lemma, senses, [&](const Synset& s) {
    for (const std::string& w : s.words) add_other(w, self, &out);
  });
  return out;
}

std::vector<std::string> WordNet::derived(std::string_view word, size_t senses) const {
  return linked(word, senses, /*antonyms=*/false);
}

std::vector<std::string> WordNet::antonyms(std::string_view word, size_t senses) const {
  return linked(word, senses, /*antonyms=*/true);
}

std::vector<std::string> WordNet::linked(std::string_view word, size_t senses,
                                         bool antonyms) const {
  std::vector<std::string> out;
  const std::string lemma = to_lemma(word);
  const std::string self = from_lemma(lemma);
  each_sense(lemma, senses, [&](const Synset& s) {
    for (const Synset::Link& d : antonyms ? s.antonyms : s.derivations) {
      // Only what is linked to this very word, not to a synonym.
      if (d.from == 0 || d.from > s.words.size() || s.words[d.from - 1] != self) continue;
      const Synset target = impl_->synset(d.part, d.offset);
      if (d.to == 0 || d.to > target.words.size()) continue;
      add_other(target.words[d.to - 1], self, &out);
    }
  });
  return out;
}

}  // namespace tanya
