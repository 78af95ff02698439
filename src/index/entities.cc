#include "index/entities.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "base/strings.h"

namespace tanya {

namespace {

bool is_upper_word(std::string_view w) {
  if (w.size() < 2 || w.size() > 8) return false;
  for (char c : w) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool starts_upper(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

std::string trim(std::string_view s) {
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) || s.front() == ','))
    s.remove_prefix(1);
  while (!s.empty() &&
         (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == '.' || s.back() == ','))
    s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool lower_connector(std::string_view w) {
  return w == "of" || w == "and" || w == "the" || w == "for" || w == "de" || w == "as" ||
         w == "a" || w == "an" || w == "to" || w == "on" || w == "in" || w == "dan" || w == "di" ||
         w == "dari" || w == "untuk" || w == "yang" || w == "atau";
}

std::string spelled_letters(std::string_view acronym);

// A word shaped like an acronym: "KBBI", "IaaS", "HbA1c", "Kemenkes",
// "PBB-P2", "P4" — 2 to 12 letters, digits or inner hyphens, starting with
// a capital, with another capital (a count repeats one: "P4" is "PPPP") or
// more than three letters (a blend of syllables). A count may open it
// ("3GPP": a digit, then capitals).
bool acronym_shaped(std::string_view w) {
  const bool opens = w.size() >= 2 && (std::isupper(static_cast<unsigned char>(w[0])) ||
                                       (std::isdigit(static_cast<unsigned char>(w[0])) &&
                                        std::isupper(static_cast<unsigned char>(w[1]))));
  if (w.size() < 2 || w.size() > 12 || !opens || w.back() == '-') return false;
  for (char c : w) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  const std::string letters = spelled_letters(w);
  const auto upper = std::count_if(letters.begin(), letters.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c));
  });
  return upper >= 2 || w.size() >= 4;
}

// The letters an acronym stands for. Indonesian writes a letter repeated
// as the letter and the count: "P3K" is Pertolongan Pertama Pada
// Kecelakaan, "PD3I" Penyakit yang Dapat Dicegah dengan Imunisasi, and
// "PBB-P2" Pajak Bumi dan Bangunan Perdesaan dan Perkotaan. A hyphen
// stands for nothing; a number that is not such a count ("COVID-19")
// stays, and then spells nothing.
std::string spelled_letters(std::string_view acronym) {
  std::string out;
  for (size_t i = 0; i < acronym.size(); ++i) {
    const char c = acronym[i];
    if (c == '-') continue;
    const bool count =
        c >= '2' && c <= '9' && i > 0 && std::isalpha(static_cast<unsigned char>(acronym[i - 1])) &&
        (i + 1 == acronym.size() || !std::isdigit(static_cast<unsigned char>(acronym[i + 1])));
    if (count) {
      out.append(static_cast<size_t>(c - '1'), acronym[i - 1]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

char ascii_lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// True when `acronym` is spelled by `words` in order: each word gives a
// non-empty prefix of itself ("Kemen"+"kes" for Kementerian Kesehatan,
// initials for KBBI); a small connector may give none ("Infrastructure as a
// Service" for IaaS, "dan" in APBD). A blend of syllables (small letters
// after its capital) may also take a later word's last syllable: "Pos
// Bantuan Hukum" is "Pos"+"ba"+"kum", as "Kemenkumham" takes "kum".
bool spells_letters(std::string_view acronym, bool blend,
                    const std::vector<std::string_view>& words, bool initials_only = false) {
  constexpr size_t kMinSyllable = 3;
  // reach[i] after word k: the first i letters can be spelled by words [0, k].
  std::vector<bool> reach(acronym.size() + 1, false);
  reach[0] = true;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
    if (w.empty()) return false;
    // (A compound's second word that opens with its first word's letter
    // may give none: "Bahan Bakar" is the "B" of SPBU.)
    const bool optional = lower_connector(w) || (k > 0 && !words[k - 1].empty() &&
                                                 ascii_lower(words[k - 1][0]) == ascii_lower(w[0]));
    std::vector<bool> next(acronym.size() + 1, false);
    for (size_t i = 0; i <= acronym.size(); ++i) {
      if (!reach[i]) continue;
      if (optional) next[i] = true;
      const size_t longest = initials_only ? 1 : w.size();
      for (size_t n = 1; n <= longest && i + n <= acronym.size(); ++n) {
        if (ascii_lower(w[n - 1]) != ascii_lower(acronym[i + n - 1])) break;
        next[i + n] = true;
      }
      for (size_t n = kMinSyllable; blend && k > 0 && n < w.size() && i + n <= acronym.size();
           ++n) {
        const std::string_view tail = w.substr(w.size() - n);
        if (std::equal(tail.begin(), tail.end(), acronym.begin() + static_cast<long>(i),
                       [](char a, char b) { return ascii_lower(a) == ascii_lower(b); }))
          next[i + n] = true;
      }
    }
    reach = std::move(next);
  }
  return reach[acronym.size()];
}

bool spells(std::string_view written, const std::vector<std::string_view>& words) {
  const bool blend = std::any_of(written.begin(), written.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c));
  });
  if (spells_letters(spelled_letters(written), blend, words)) return true;
  // (Or a digit is a word of the name as written: "EM4" is Effective
  // Microorganisms 4, no fourfold M.)
  if (std::any_of(written.begin(), written.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
      spells_letters(written, blend, words))
    return true;
  // A hyphenated name gives an initial of each capitalised part:
  // "Undang-Undang Lalu Lintas dan Angkutan Jalan" is "UU LLAJ".
  std::vector<std::string_view> parts;
  bool split = false;
  for (std::string_view w : words) {
    size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size() ||
        !starts_upper(w.substr(dash + 1))) {
      parts.push_back(w);
      continue;
    }
    for (size_t from = 0;;) {
      dash = w.find('-', from);
      parts.push_back(w.substr(from, dash == std::string_view::npos ? w.npos : dash - from));
      if (dash == std::string_view::npos) break;
      from = dash + 1;
    }
    split = true;
  }
  if (split && spells_letters(spelled_letters(written), blend, parts)) return true;
  // English writes "to" as "2" between two capitals: "M2M" is Machine to
  // Machine, "B2B" Business to Business.
  std::string to(written);
  bool any = false;
  for (size_t i = 1; i + 1 < to.size(); ++i) {
    if (to[i] == '2' && std::isupper(static_cast<unsigned char>(to[i - 1])) &&
        std::isupper(static_cast<unsigned char>(to[i + 1]))) {
      to[i] = 't';
      any = true;
    }
  }
  return any && spells_letters(to, blend, words);
}

// A short form of four letters or more with small letters in it: a blend
// of syllables ("Bawaslu", "Posyandu"), not initials.
bool is_blend(std::string_view w) {
  return w.size() >= 4 && std::any_of(w.begin(), w.end(), [](char c) {
           return std::islower(static_cast<unsigned char>(c));
         });
}

// A blend of syllables that takes them from inside its words, or skips a
// word ("Bawaslu" for Badan Pengawas Pemilu, "Pilpres" for Pemilihan
// Presiden dan Wakil Presiden): its letters in order within the words,
// the first being the first word's first letter and the last within the
// last word. Loose, so it is asked only of a blend (capital, then small
// letters), or of capitals that no stricter reading spells, right before
// the words in parentheses name nothing else.
bool loosely_spells(std::string_view blend, const std::vector<std::string_view>& words) {
  if (blend.size() < 3 || words.size() < 2 || words.front().empty() ||
      ascii_lower(words.front()[0]) != ascii_lower(blend[0]))
    return false;
  auto low = [](std::string_view w) {
    std::string out(w);
    for (char& c : out) c = ascii_lower(c);
    return out;
  };
  size_t k = 0, at = 1;  // the word and position after the last letter matched
  for (size_t i = 1; i + 1 < blend.size(); ++i) {
    while (k < words.size()) {
      const size_t found = low(words[k]).find(ascii_lower(blend[i]), at);
      if (found != std::string::npos) {
        at = found + 1;
        break;
      }
      ++k;
      at = 0;
    }
    if (k == words.size()) return false;
  }
  const std::string last = low(words.back());
  return last.find(ascii_lower(blend.back()), k + 1 == words.size() ? at : 0) != std::string::npos;
}

// An acronym of initials: in capitals throughout, or opening with two
// capitals and with small letters only after a capital ("PPh", "PPnBM"),
// not a blend of syllables ("Kemenkes").
bool initials_shaped(std::string_view acronym) {
  if (acronym.size() < 2 || !std::isupper(static_cast<unsigned char>(acronym[0])) ||
      !std::isupper(static_cast<unsigned char>(acronym[1])))
    return false;
  for (char c : acronym) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// True when each word of `words` gives `acronym` its initial and, after
// it, none or more of its own letters in order: English writes compounds
// closed, and takes a letter from each part ("Securities Crowdfunding" is
// SCF, "Crowd" + "funding").
bool spells_by_parts(std::string_view acronym, const std::vector<std::string_view>& words) {
  std::vector<bool> reach(acronym.size() + 1, false);
  reach[0] = true;
  for (std::string_view w : words) {
    std::vector<bool> next(acronym.size() + 1, false);
    for (size_t i = 0; i < acronym.size(); ++i) {
      if (!reach[i] || w.empty() || ascii_lower(w[0]) != ascii_lower(acronym[i])) continue;
      size_t j = i + 1;
      next[j] = true;
      for (size_t at = 1; at < w.size() && j < acronym.size(); ++at) {
        if (ascii_lower(w[at]) == ascii_lower(acronym[j])) next[++j] = true;
      }
    }
    reach = std::move(next);
  }
  return reach[acronym.size()];
}

// True when a word of `run` before its last ends a sentence or clause: a
// name does not go on past a full stop ("Satgas PASTI. Satuan Tugas ...").
bool ends_sentence(const std::vector<std::string_view>& run) {
  return std::any_of(run.begin(), run.end() - 1, [](std::string_view w) {
    const char c = w.empty() ? ' ' : w.back();
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
  });
}

// The words just before `end` that spell `acronym`, the longest such run
// that starts with a capital: "... menurut Kamus Besar Bahasa Indonesia" +
// "KBBI" -> "Kamus Besar Bahasa Indonesia".
std::string expansion_before(std::string_view text, std::string_view acronym) {
  auto words = split_words(text);
  constexpr size_t kMaxWords = 10;
  std::string best;
  size_t best_n = 0;
  for (size_t n = 2; n <= std::min(kMaxWords, words.size()); ++n) {
    std::vector<std::string_view> run(words.end() - static_cast<long>(n), words.end());
    if (!starts_upper(run.front()) || ends_sentence(run) || !spells(acronym, run)) continue;
    best.clear();
    best_n = n;
    for (std::string_view w : run) best += (best.empty() ? "" : " ") + std::string(w);
  }
  // (Or, of initials, by its parts' letters: "PPh" takes its "h" from
  // inside "Penghasilan".)
  const bool initials = initials_shaped(acronym);
  for (size_t n = 2; best_n == 0 && initials && n <= std::min(kMaxWords, words.size()); ++n) {
    std::vector<std::string_view> run(words.end() - static_cast<long>(n), words.end());
    if (n >= acronym.size() || ends_sentence(run) ||
        !std::all_of(run.begin(), run.end(), [](std::string_view w) { return starts_upper(w); }) ||
        !spells_by_parts(acronym, run))
      continue;
    best.clear();
    best_n = n;
    for (std::string_view w : run) best += (best.empty() ? "" : " ") + std::string(w);
  }
  // Indonesian often writes a common noun's name in small letters before
  // its acronym: "gula, garam, dan lemak (GGL)", "sumber daya manusia
  // (SDM)". Small words are a name only when each gives exactly its
  // initial, the first word no connector, and the acronym is all capitals.
  const bool capitals = std::all_of(acronym.begin(), acronym.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c));
  });
  for (size_t n = 2;
       best_n == 0 && capitals && acronym.size() >= 2 && n <= std::min(kMaxWords, words.size());
       ++n) {
    std::vector<std::string_view> run(words.end() - static_cast<long>(n), words.end());
    std::string_view first = run.front();
    if (lower_connector(first) || ends_sentence(run) ||
        !std::all_of(run.begin(), run.end(),
                     [](std::string_view w) {
                       return std::all_of(w.begin(), w.end(), [](char c) {
                         return std::islower(static_cast<unsigned char>(c)) || c == ',' || c == '-';
                       });
                     }) ||
        !spells_letters(acronym, false, run, true))
      continue;
    best.clear();
    for (std::string_view w : run) best += (best.empty() ? "" : " ") + std::string(w);
  }
  const bool blend = is_blend(acronym) && best.empty();
  for (size_t n = 2; best_n == 0 && blend && n <= std::min(kMaxWords, words.size()); ++n) {
    std::vector<std::string_view> run(words.end() - static_cast<long>(n), words.end());
    if (!starts_upper(run.front()) || !starts_upper(run.back()) || ends_sentence(run) ||
        !loosely_spells(acronym, run))
      continue;
    best.clear();
    for (std::string_view w : run) best += (best.empty() ? "" : " ") + std::string(w);
  }
  // Capitals may also take a later letter of a word and skip a word, as a
  // blend does ("Obligasi Negara Ritel (ORI)", "Single Investor
  // Identification (SID)"): asked of a name in capitals throughout, right
  // before the parentheses, when nothing stricter spells it.
  const bool loose = capitals && acronym.size() >= 3 && best.empty();
  for (size_t n = 2; best_n == 0 && loose && n <= std::min(kMaxWords, words.size()); ++n) {
    std::vector<std::string_view> run(words.end() - static_cast<long>(n), words.end());
    if (ends_sentence(run) ||
        !std::all_of(run.begin(), run.end(), [](std::string_view w) { return starts_upper(w); }) ||
        !loosely_spells(acronym, run))
      continue;
    best.clear();
    for (std::string_view w : run) best += (best.empty() ? "" : " ") + std::string(w);
  }
  // A blend often leaves out the head of an institution's name:
  // "Kementerian Komunikasi dan Informatika (Kominfo)". A capitalized word
  // mid-sentence just before, with the acronym's first letter, is that head.
  if (best_n > 0 && best_n + 2 <= words.size()) {
    std::string_view head = words[words.size() - best_n - 1];
    if (starts_upper(head) && ascii_lower(head.front()) == ascii_lower(acronym.front()) &&
        std::all_of(head.begin(), head.end(),
                    [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      best = std::string(head) + " " + best;
  }
  while (!best.empty() && (best.back() == ',' || best.back() == ' ')) best.pop_back();
  return best;
}

// "hemoglobin (Hb)": a short abbreviation of one word, a capital and then
// small letters, all of them the word's own letters in order, from its
// first; the word at least twice as long.
bool abbreviates(std::string_view abbreviation, std::string_view word) {
  constexpr size_t kMaxLetters = 4;
  if (abbreviation.size() < 2 || abbreviation.size() > kMaxLetters ||
      !std::isupper(static_cast<unsigned char>(abbreviation[0])) ||
      word.size() < 2 * abbreviation.size())
    return false;
  for (size_t i = 1; i < abbreviation.size(); ++i) {
    if (!std::islower(static_cast<unsigned char>(abbreviation[i]))) return false;
  }
  if (!std::all_of(word.begin(), word.end(),
                   [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) ||
      ascii_lower(word[0]) != ascii_lower(abbreviation[0]))
    return false;
  size_t at = 1;
  for (size_t i = 1; i < abbreviation.size(); ++i) {
    at = word.find(abbreviation[i], at);
    if (at == std::string_view::npos) return false;
    ++at;
  }
  return true;
}

// "Helicobacter pylori (H. pylori)": a species named by its genus's
// initial and a stop, after its full name. Returns the full name, or "".
std::string genus_abbreviated(std::string_view inside, std::string_view before) {
  if (inside.size() < 4 || !std::isupper(static_cast<unsigned char>(inside[0])) ||
      inside[1] != '.' || inside[2] != ' ')
    return {};
  const std::string_view species = inside.substr(3);
  if (!std::all_of(species.begin(), species.end(),
                   [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
    return {};
  const std::vector<std::string_view> words = split_words(before);
  if (words.size() < 2 || words.back() != species) return {};
  const std::string_view genus = words[words.size() - 2];
  if (genus.size() < 3 || genus[0] != inside[0]) return {};
  return std::string(genus) + " " + std::string(species);
}

// "Golongan putih (golput)", "pemilihan umum (pemilu)": a word of small
// letters made of the opening letters of each word just before it, in
// order, the first word giving two or more. Returns those words, or "".
std::string blended_from(std::string_view word, std::string_view before) {
  constexpr size_t kMinLetters = 4, kMaxWords = 4;
  if (word.size() < kMinLetters || !std::all_of(word.begin(), word.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c));
      }))
    return "";
  const auto words = split_words(before);
  // spelled(run, k, i, least): run[k..] spells word[i..] with an opening of
  // `least` letters or more of run[k] and of one letter or more of each after.
  auto spelled = [&](const auto& self, const std::vector<std::string_view>& run, size_t k, size_t i,
                     size_t least) -> bool {
    if (k == run.size()) return i == word.size();
    const std::string_view w = run[k];
    for (size_t n = 1; n <= w.size() && i + n <= word.size(); ++n) {
      if (ascii_lower(w[n - 1]) != word[i + n - 1]) break;
      if (n >= least && self(self, run, k + 1, i + n, 1)) return true;
    }
    return false;
  };
  for (size_t n = 2; n <= std::min(kMaxWords, words.size()); ++n) {
    const std::vector<std::string_view> run(words.end() - static_cast<long>(n), words.end());
    const bool alphabetic = std::all_of(run.begin(), run.end(), [](std::string_view w) {
      return std::all_of(w.begin(), w.end(),
                         [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    });
    // The first word gives two letters or more: one letter a word is an
    // initial, which small letters do not write.
    if (alphabetic && spelled(spelled, run, 0, 0, 2)) {
      std::string out;
      for (std::string_view w : run) out += (out.empty() ? "" : " ") + std::string(w);
      return out;
    }
  }
  return "";
}

struct Found {
  std::string name, expansion;
  std::vector<std::string> aliases;
};

// Two or three short forms that name one thing together ("Komnas HAM",
// "Pokja PKK"): each shaped like an acronym, one of them in capitals.
bool short_forms(const std::vector<std::string_view>& words) {
  constexpr size_t kMostWords = 3;
  // (A blend is short; a longer capitalized word, "Kesehatan", is a word
  // of the name, as in "BPJS Kesehatan", not a short form of it.)
  constexpr size_t kLongestBlend = 7;
  return words.size() >= 2 && words.size() <= kMostWords &&
         std::all_of(words.begin(), words.end(),
                     [](std::string_view w) {
                       return acronym_shaped(w) && (is_upper_word(w) || w.size() <= kLongestBlend);
                     }) &&
         std::any_of(words.begin(), words.end(),
                     [](std::string_view w) { return is_upper_word(w); });
}

// Acronym patterns in one text: "ACR (Expansion)" and "Expansion (ACR)".
std::vector<Found> acronyms_in(std::string_view text) {
  std::vector<Found> out;
  size_t open = 0;
  while ((open = text.find('(', open)) != std::string_view::npos) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos) break;
    std::string inside = trim(text.substr(open + 1, close - open - 1));
    std::string_view before = std::string_view(text).substr(0, open);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    size_t sp = before.rfind(' ');
    std::string_view last = sp == std::string_view::npos ? before : before.substr(sp + 1);
    Found f;
    // A blend before its name in capitals ("Posyandu (Pos Pelayanan
    // Terpadu)") takes syllables from inside the words, as after it.
    const std::vector<std::string_view> inside_words = split_words(inside);
    const bool blend_of_name =
        is_blend(last) && inside_words.size() >= 2 && starts_upper(inside_words.front()) &&
        starts_upper(inside_words.back()) && loosely_spells(last, inside_words);
    // (Letters in capitals in the parentheses are a short form themselves,
    // of the words before them: "Terapi Pencegahan TBC (TPT)" does not
    // expand "TBC".)
    const bool by_parts = initials_shaped(last) && inside_words.size() >= 2 &&
                          inside_words.size() < last.size() &&
                          std::all_of(inside_words.begin(), inside_words.end(),
                                      [](std::string_view w) { return starts_upper(w); }) &&
                          spells_by_parts(last, inside_words);
    if ((is_upper_word(last) && starts_upper(inside) && !is_upper_word(inside)) ||
        (acronym_shaped(last) && (spells(last, inside_words) || blend_of_name || by_parts))) {
      f.name = std::string(last);
      f.expansion = inside;
    } else if (is_upper_word(inside) || acronym_shaped(inside) || short_forms(inside_words)) {
      // (A short form of two or three, "Komnas HAM", spells its name as
      // one: "Kom"+"nas"+"H"+"A"+"M".)
      std::string joined;
      for (std::string_view w : inside_words) joined += w;
      std::string exp = expansion_before(before, joined);
      if (!exp.empty()) {
        f.name = inside;
        f.expansion = exp;
      }
    } else if (std::string genus = genus_abbreviated(inside, before); !genus.empty()) {
      f.name = inside;
      f.expansion = genus;
    } else if (abbreviates(inside, last)) {
      f.name = inside;
      f.expansion = std::string(last);
    } else if (std::string blend = blended_from(inside, before); !blend.empty()) {
      f.name = inside;
      f.expansion = blend;
    }
    if (!f.name.empty()) {
      // "X (..) atau Alias" and "Alias atau X (..)" name the same thing.
      std::string_view after = text.substr(close + 1);
      const std::string_view atau = " atau ";
      if (after.rfind(atau, 0) == 0) f.aliases.push_back(trim(after.substr(atau.size())));
      size_t a = before.rfind(atau);
      if (a != std::string_view::npos) {
        std::string alias = trim(before.substr(0, a));
        if (!f.expansion.empty() && before.substr(a + atau.size()) == f.expansion) {
          if (!alias.empty() && alias.find(' ') != std::string::npos) f.aliases.push_back(alias);
        }
      }
      out.push_back(std::move(f));
    }
    open = close + 1;
  }
  return out;
}

// The words a short form stands for, at the start of `text`: capitalised,
// joined by small function words, two at least, up to a clause's end
// ("Pemilihan Kepala Daerah, yaitu ..."); empty when there are fewer.
std::string_view capitalised_run(std::string_view text) {
  const size_t end = text.find_first_of(",.;:()\"");
  const std::vector<std::string_view> words =
      split_words(end == std::string_view::npos ? text : text.substr(0, end));
  constexpr std::string_view kJoiners[] = {"dan", "atau", "di", "dari", "untuk", "bagi", "ke"};
  size_t last_upper = 0;
  for (size_t n = 0; n < words.size(); ++n) {
    const bool upper = starts_upper(words[n]);
    if (!upper &&
        std::find(std::begin(kJoiners), std::end(kJoiners), words[n]) == std::end(kJoiners))
      break;
    if (upper) last_upper = n + 1;
  }
  if (last_upper < 2) return {};
  const char* first = words.front().data();
  return std::string_view(first, static_cast<size_t>(words[last_upper - 1].data() +
                                                     words[last_upper - 1].size() - first));
}

// "Pilkada adalah singkatan dari Pemilihan Kepala Daerah": a short form the
// text says in words it stands for, whatever letters it takes (a blend
// takes syllables from inside its words, and may skip one).
std::vector<Found> stated_short_forms(std::string_view text) {
  std::vector<Found> out;
  for (std::string_view marker :
       {std::string_view(" singkatan dari "), std::string_view(" kependekan dari ")}) {
    for (size_t at = text.find(marker); at != std::string_view::npos;
         at = text.find(marker, at + 1)) {
      std::string_view before = text.substr(0, at);
      for (std::string_view copula : {" adalah", " merupakan", " ialah", " yaitu"}) {
        if (before.size() > copula.size() &&
            before.substr(before.size() - copula.size()) == copula) {
          before.remove_suffix(copula.size());
          break;
        }
      }
      while (!before.empty() && (before.back() == ',' || before.back() == ' '))
        before.remove_suffix(1);
      const size_t sp = before.find_last_of(" \"(");
      std::string_view name = sp == std::string_view::npos ? before : before.substr(sp + 1);
      // (A name of one word, opening in a capital: "Pilkada", "KPU".)
      if (name.size() < 2 || !starts_upper(name)) continue;
      // The words it stands for.
      const std::string_view expansion = capitalised_run(text.substr(at + marker.size()));
      if (expansion.empty()) continue;
      Found f;
      f.name = std::string(name);
      f.expansion = std::string(expansion);
      out.push_back(std::move(f));
    }
  }
  // "BI-FAST adalah infrastruktur .... Kepanjangannya adalah Bank
  // Indonesia Fast Payment.": the words a short form stands for, said of
  // the name the paragraph opens by defining, pointing back to it.
  const size_t sp = text.find(' ');
  const std::string_view opening = text.substr(0, sp);
  bool defined = false;
  for (std::string_view copula : {" adalah ", " merupakan ", " ialah "})
    defined = defined || (sp != std::string_view::npos && text.substr(sp).rfind(copula, 0) == 0);
  if (!defined || opening.size() < 2 || !starts_upper(opening)) return out;
  for (std::string_view marker :
       {std::string_view(". Kepanjangannya "), std::string_view(". Singkatan dari ")}) {
    const size_t at = text.find(marker);
    if (at == std::string_view::npos) continue;
    std::string_view after = text.substr(at + marker.size());
    for (std::string_view copula : {"adalah ", "merupakan ", "ialah ", "yaitu "}) {
      if (after.rfind(copula, 0) == 0) after.remove_prefix(copula.size());
    }
    const std::string_view expansion = capitalised_run(after);
    if (expansion.empty()) continue;
    Found f;
    f.name = std::string(opening);
    f.expansion = std::string(expansion);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

std::string strip_numbering(std::string_view heading) {
  // "#1 Kerja sama Bilateral", "1. Kerja sama", "A. ..." -> the name.
  size_t i = 0;
  while (i < heading.size() &&
         (heading[i] == '#' || std::isdigit(static_cast<unsigned char>(heading[i])) ||
          heading[i] == '.' || heading[i] == ')' || heading[i] == ' '))
    ++i;
  return std::string(heading.substr(i));
}

std::string initials(const std::string& name) {
  std::string out;
  for (std::string_view w : split_words(name)) {
    size_t start = 0;
    while (start < w.size()) {
      size_t dash = w.find('-', start);
      std::string_view part =
          w.substr(start, dash == std::string_view::npos ? w.npos : dash - start);
      if (!part.empty()) {
        if (!starts_upper(part)) return "";
        out.push_back(part[0]);
      }
      if (dash == std::string_view::npos) break;
      start = dash + 1;
    }
  }
  return out.size() >= 3 ? out : "";
}

// The words of a heading without its numbering, lowercased.
// "Asuransi Jiwa Seumur Hidup (Whole Life)" -> "Asuransi Jiwa Seumur Hidup",
// with the gloss in *gloss: a name in parentheses at a heading's end is its
// other name, not part of it.
std::string without_gloss(const std::string& name, std::string* gloss = nullptr) {
  const size_t open = name.rfind(" (");
  if (open == std::string::npos || name.empty() || name.back() != ')') return name;
  if (gloss != nullptr)
    *gloss = trim(std::string_view(name).substr(open + 2, name.size() - open - 3));
  return trim(std::string_view(name).substr(0, open));
}

std::vector<std::string> heading_words(const std::string& heading) {
  std::vector<std::string> words;
  std::string name = ascii_lower(without_gloss(strip_numbering(heading)));
  size_t at = 0;
  while (at < name.size()) {
    size_t end = name.find(' ', at);
    if (end == std::string::npos) end = name.size();
    if (end > at) words.push_back(name.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

bool kinds_among_siblings(const Document& doc, size_t s) {
  constexpr size_t kMinKinds = 3, kMinWords = 2, kMaxWords = 4;
  const int level = doc.sections[s].level;
  if (level < 3) return false;
  // The run of sections under the same parent: back and forth from s while
  // the level stays at or below this one's depth.
  size_t first = s, last = s;
  while (first > 0 && doc.sections[first - 1].level >= level) --first;
  while (last + 1 < doc.sections.size() && doc.sections[last + 1].level >= level) ++last;
  std::vector<size_t> siblings;
  for (size_t t = first; t <= last; ++t) {
    if (doc.sections[t].level != level) return false;  // a part with parts of its own
    siblings.push_back(t);
  }
  if (siblings.size() < kMinKinds) return false;
  // Kinds share the thing's name and differ right after it: one word
  // ("Siklus Pendek", "Siklus Panjang") or two ("Asuransi Jiwa Berjangka",
  // "Asuransi Jiwa Dwiguna"). Headings that share more ("Jenis Perundungan
  // Berdasarkan Bentuknya", "... Medianya") are groupings of one thing, not
  // kinds of it.
  constexpr size_t kMaxShared = 2;
  std::vector<std::vector<std::string>> all;
  for (size_t t : siblings) all.push_back(heading_words(doc.sections[t].heading));
  size_t shared = 0;
  while (shared < all.front().size() &&
         std::all_of(all.begin(), all.end(), [&](const std::vector<std::string>& w) {
           return shared < w.size() && w[shared] == all.front()[shared];
         }))
    ++shared;
  if (shared == 0 || shared > kMaxShared) return false;
  std::vector<std::string> differing;
  for (const std::vector<std::string>& words : all) {
    if (words.size() < std::max(kMinWords, shared + 1) || words.size() > kMaxWords + shared - 1)
      return false;
    if (std::find(differing.begin(), differing.end(), words[shared]) != differing.end())
      return false;
    differing.push_back(words[shared]);
  }
  return true;
}

std::vector<EntityRecord> extract_entities(const Document& doc) {
  std::vector<EntityRecord> out;
  auto known = [&](const std::string& name) {
    for (const auto& e : out) {
      if (ascii_lower(e.name) == ascii_lower(name)) return true;
    }
    return false;
  };
  auto add = [&](Found f, const std::string& kind, int s, int b, int item) {
    if (f.name.empty() || known(f.name)) return;
    EntityRecord e;
    e.name = std::move(f.name);
    e.expansion = std::move(f.expansion);
    e.aliases = std::move(f.aliases);
    for (const std::string& a : std::vector<std::string>(e.aliases)) {
      std::string acr = initials(a);
      if (!acr.empty() && acr != e.name) e.aliases.push_back(acr);
    }
    e.kind = kind;
    e.section = s;
    e.block = b;
    e.item = item;
    out.push_back(std::move(e));
  };

  // Sub-types first: a heading that repeats an item of an earlier list
  // ("Kerja sama bilateral" in the list of forms, then "#1 Kerja sama Bilateral").
  for (size_t s = 0; s < doc.sections.size(); ++s) {
    std::string name = strip_numbering(doc.sections[s].heading);
    bool listed = false;
    for (size_t t = 0; t < s && !listed; ++t) {
      for (const Block& b : doc.sections[t].blocks) {
        for (const std::string& item : b.items) {
          if (ascii_lower(trim(item)) == ascii_lower(name)) listed = true;
        }
      }
    }
    // Sibling parts named as kinds of one thing ("Siklus Pendek", "Siklus
    // Sedang", "Siklus Panjang" under "Jenis Siklus Air ..."): at least three
    // headings of two to four words at one level under one parent, all with
    // the same first word, each a part that has no parts of its own.
    if (!listed && kinds_among_siblings(doc, s)) {
      // (Named without its gloss, which is its other name.)
      std::string gloss;
      std::string base = without_gloss(name, &gloss);
      add(Found{base, "",
                gloss.empty() ? std::vector<std::string>{} : std::vector<std::string>{gloss}},
          "subtype", static_cast<int>(s), -1, -1);
      continue;
    }
    if (listed) {
      add(Found{name, "", {}}, "subtype", static_cast<int>(s), -1, -1);
      continue;
    }
    // A heading that is a name and its acronym ("Platform as a Service
    // (PaaS)"): its section describes that thing.
    std::vector<Found> named = acronyms_in(name);
    if (named.size() == 1 && name.back() == ')' && doc.sections[s].level >= 2) {
      add(std::move(named.front()), "subtype", static_cast<int>(s), -1, -1);
      continue;
    }
    // A heading too long to be a name that gives its part one in
    // parentheses ("Prinsip Taman Siswa Berdasarkan Lingkungan Pendidikan
    // (Tri Pusat Pendidikan)"): the part is what that name names. (A name
    // in capitals, of a few words: "(timely)" glosses a word. After a short
    // heading, "Metamorfosis Sempurna (Holometabola)", the name is the
    // heading's own other name.)
    constexpr size_t kNameWords = 5;
    std::string gloss;
    const std::string base = without_gloss(name, &gloss);
    if (named.empty() && doc.sections[s].level >= 2 && !gloss.empty() && starts_upper(gloss) &&
        split_words(gloss).size() <= kNameWords && split_words(base).size() > kNameWords)
      add(Found{gloss, "", {}}, "subtype", static_cast<int>(s), -1, -1);
  }

  for (size_t s = 0; s < doc.sections.size(); ++s) {
    const auto& blocks = doc.sections[s].blocks;
    for (size_t b = 0; b < blocks.size(); ++b) {
      const Block& block = blocks[b];
      auto si = static_cast<int>(s), bi = static_cast<int>(b);
      if (!block.is_list()) {
        for (Found& f : acronyms_in(block.text)) add(std::move(f), "acronym", si, bi, -1);
        for (Found& f : stated_short_forms(block.text)) add(std::move(f), "acronym", si, bi, -1);
        continue;
      }
      for (size_t i = 0; i < block.items.size(); ++i) {
        const std::string& item = block.items[i];
        auto found = acronyms_in(item);
        for (Found& f : found) add(std::move(f), "acronym", si, bi, static_cast<int>(i));
        for (Found& f : stated_short_forms(item))
          add(std::move(f), "acronym", si, bi, static_cast<int>(i));
        // A short item that is a name, not a sentence: "World Bank atau Bank Dunia".
        // (A table row, "Tahun: 2021; Inflasi: 1,87 persen", is cells; an
        // item "Panjang: sekitar 100 km" a label and its value.)
        bool sentence = !item.empty() && (item.back() == '.' || item.back() == ':');
        if (found.empty() && !sentence && block.kind != Block::Kind::kTable &&
            split_words(item).size() <= 6 && starts_upper(item) &&
            item.find(": ") == std::string::npos) {
          Found f;
          size_t a = item.find(" atau ");
          f.name = trim(item.substr(0, a));
          // "Di Pulau Samosir" over what is there: the place is the name,
          // not the preposition that says where.
          for (std::string_view where : {"Di ", "Ke ", "Dari ", "Pada "}) {
            if (f.name.size() > where.size() + 2 && f.name.compare(0, where.size(), where) == 0 &&
                starts_upper(f.name.substr(where.size())))
              f.name = f.name.substr(where.size());
          }
          if (a != std::string::npos) f.aliases.push_back(trim(item.substr(a + 6)));
          add(std::move(f), "named", si, bi, static_cast<int>(i));
        }
      }
    }
  }
  return out;
}

}  // namespace tanya
