// Bot: the question path, top to bottom.
//   understand (bot/understand) -> resolve follow-ups (bot/followup)
//   -> answer from the article (bot/answerer) -> threshold, sources,
//   suggestions and context update (here).
#include "bot/bot.h"

#include <malloc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>
#include <unordered_set>

#include "base/embedded.h"
#include "base/files.h"
#include "base/json.h"
#include "base/strings.h"
#include "bot/answerer.h"
#include "bot/curated_strategy.h"
#include "bot/followup.h"
#include "bot/lexicon.h"
#include "bot/render.h"
#include "bot/router.h"
#include "bot/scoring.h"
#include "bot/session_store.h"
#include "bot/suggest.h"
#include "bot/understand.h"
#include "index/fts_tokenizer.h"
#include "index/knowledge.h"
#include "index/searcher.h"
#include "text/casing.h"
#include "text/clitic.h"
#include "text/utf8.h"
#include "text/year.h"

namespace tanya {

namespace {

// Everything one question needs that is not thread-safe, borrowed from a
// pool for the duration of one ask(): a SQLite connection, a stemmer cache
// and parsed templates.
struct Worker {
  Worker(const std::string& index_path, uint64_t gen) : generation(gen), searcher(index_path) {}
  uint64_t generation;  // the Model it was opened for (see Bot::reload)
  Tokenizer tokenizer;
  Searcher searcher;
  Renderer renderer;
};

constexpr size_t kMaxSnippetBytes = 240;

}  // namespace

std::optional<std::string> validate_question(std::string_view text) {
  if (!utf8::valid(text)) return std::string("invalid_utf8");
  if (text.size() > kMaxQuestionBytes) return std::string("too_long");
  if (utf8::clean(text).empty()) return std::string("empty");
  return std::nullopt;
}

std::string question_error_message(std::string_view code) {
  if (code == "invalid_utf8") return "The question is not valid UTF-8 text.";
  if (code == "too_long") {
    return "The question is too long (at most " + std::to_string(kMaxQuestionBytes) + " bytes).";
  }
  if (code == "empty") return "The question is empty.";
  return "The question cannot be answered.";
}

// One article's answering, as if the article were alone in the corpus: its
// own snapshot and the strategies reading it. The lexicon and Debian's
// resources belong to the Model and are shared by its articles.
struct ArticleModel {
  ArticleModel(std::shared_ptr<const Lexicon> lexicon, const Language* lang)
      : lexicon_(std::move(lexicon)), lx(*lexicon_), language(lang) {}
  std::shared_ptr<const Knowledge> kb;

 private:
  std::shared_ptr<const Lexicon> lexicon_;  // kept alive for `lx`, across reloads

 public:
  const Lexicon& lx;
  const Language* language;
  // The strategies reading the snapshot, built by ensure() before the
  // article's first question: on a large site the articles nobody asks
  // about cost only their snapshot (about 150 KB each, against 300 with
  // these). Read them only after ensure().
  mutable std::once_flag built;
  mutable std::unique_ptr<Answerer> answerer;
  mutable std::unique_ptr<Understander> understander;
  mutable std::unique_ptr<Suggester> suggester;
  mutable std::unique_ptr<CuratedStrategy> curated;

  void ensure(Worker& w) const {
    std::call_once(built, [&] {
      answerer = std::make_unique<Answerer>(lx, *kb);
      understander = std::make_unique<Understander>(lx, *kb, language);
      suggester = std::make_unique<Suggester>(lx, *kb, *answerer, w.renderer);
      curated = std::make_unique<CuratedStrategy>(lx, doc(), *understander, w.tokenizer);
    });
  }
  // The answer of curated pair `pair` (KDocument::curated), citing the
  // section it names, if the article has one by that heading.
  Answer curated_answer(int pair, double confidence) const;
  const KDocument& doc() const { return kb->docs.front(); }
  // How the article read a question, for the router: the question's terms
  // (after typo correction, rewrites and translation, with the
  // conversation's focus a follow-up adds), whether it names the article's
  // subject, and whether it was taken as a follow-up of the conversation.
  struct Reading {
    Words terms;
    // The question's folded words in order, for phrases; "" for a word not
    // worth searching for (a stop word, a question word).
    Words words;
    bool subject = false;
    bool followup = false;
  };
  Answer ask(Context& ctx, std::string_view question, Worker& w, Reading* reading = nullptr) const;
  Answer ask_one(Context& ctx, std::string_view question, Worker& w,
                 Reading* reading = nullptr) const;
  std::vector<std::string_view> question_parts(std::string_view question, Worker& w) const;
  Answer fallback(Worker& w, const Plan& plan, double confidence, const std::string& intent) const;
  std::vector<Source> sources(const Draft& d) const;
};

// Everything loaded from one index and one set of bot data. Immutable, so
// questions share it without locks; reload() builds a new one and swaps the
// pointer, and questions in flight finish on the one they started with.
struct Model {
  explicit Model(std::shared_ptr<const Lexicon> lex) : lexicon(std::move(lex)), lx(*lexicon) {}
  uint64_t generation = 0;
  std::shared_ptr<const Lexicon> lexicon;
  const Lexicon& lx;
  std::string bot_data_hash;                 // of the bot data files the lexicon was read from
  std::shared_ptr<const Language> language;  // shared by every generation
  // The site's articles in file-name order, each answered on its own
  // (bot/router.h picks among them).
  // An article whose files did not change keeps its model across reloads.
  std::vector<std::shared_ptr<const ArticleModel>> articles;
  // The articles using each term, in order (RouteCandidate::affinity, and
  // the likeliest articles of a large site).
  std::unordered_map<std::string, std::vector<int>> postings;
  Terms site_terms;                              // the keys of postings, sorted (prefix lookups)
  std::unordered_map<std::string, int> by_slug;  // index of each article by its id
  // The articles whose subject, or another name of it, is posted under
  // each term. A name is posted under its term fewest of the site's names
  // have: a question holds the whole name only if it holds that term, so a
  // word many subjects share ("layanan") costs no check of each of them.
  std::unordered_map<std::string, std::vector<int>> subject_postings;

  // How many articles use `term`.
  size_t articles_using(const std::string& term) const {
    auto it = postings.find(term);
    return it == postings.end() ? 0 : it->second.size();
  }

  // The article with this slug, or -1.
  int find(std::string_view slug) const;
  Answer ask(Context& ctx, std::string_view question, std::string_view scope, Worker& w) const;
  // True when `terms` (a question's) hold the whole name of article `k`'s
  // subject, or one of its other names.
  bool names(size_t k, const Terms& terms) const;
  // The distinct terms of `question`, and for each word no article uses,
  // the site's words it may stand for: its English translations and
  // spelling, the two words of a closed compound, the words a typo is one
  // slip from.
  Terms site_reading(std::string_view question, Worker& w) const;
  // The articles worth asking beside the current and named ones, on a site
  // too large to ask every article: those the question's words (its
  // site_reading) make likeliest.
  std::vector<int> likely(const Terms& words) const;
  // RouteCandidate::affinity of article `k` for the distinct `terms` it
  // read, the terms `asked` as the reader wrote them (sorted), and the
  // question's `words` in order. A phrase's rarity is counted among the
  // articles `among` (those asked: on a small site, all).
  double affinity(size_t k, const Terms& terms, const Terms& asked, const Words& words,
                  const std::vector<int>& among) const;
};

namespace {
// "g20" (letters and digits), or a word the reader wrote in capitals
// ("BPJS" in `text`): the name of a thing, not a filler word.
bool is_name_like(const std::string& word, std::string_view text) {
  const bool digit = std::any_of(
      word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  const bool alpha = std::any_of(
      word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (digit && alpha) return true;
  if (word.size() < 2 || !alpha) return false;
  std::string upper(word);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (size_t at = text.find(upper); at != std::string_view::npos; at = text.find(upper, at + 1)) {
    const size_t end = at + upper.size();
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

// Marks the topics' one-word synonyms that Debian's thesaurus knows only as
// adjectives (TopicDef::adjectives).
void mark_adjectives(Lexicon* lx, const Language* language) {
  if (language == nullptr || language->thesaurus == nullptr) return;
  for (TopicDef& topic : lx->topics) {
    for (const Words& phrase : topic.synonym_words) {
      if (phrase.size() != 1) continue;
      const std::vector<Synonym> senses = language->thesaurus->synonyms(phrase.front());
      if (!senses.empty() && std::all_of(senses.begin(), senses.end(),
                                         [](const Synonym& s) { return s.word_class == "a"; }))
        topic.adjectives.insert(phrase.front());
    }
  }
}

// Loads a Model with `w`'s connection and tokenizer: one snapshot per
// article of the index. From `previous` (may be null) it keeps the lexicon
// when the bot data is the same, and with it every article whose files
// did not change: a reload after one article changed reads that one.
std::shared_ptr<const Model> load_model(const BotOptions& options,
                                        std::shared_ptr<const Language> language, Worker& w,
                                        const Model* previous) {
  const std::vector<DataFile> data = read_data_files(options.bot_dir, embedded::bot());
  std::string all;
  for (const DataFile& f : data) all += f.path + "\n" + std::string(f.data) + "\n";
  const std::string data_hash = fnv1a_hex(all);
  const bool same_data = previous != nullptr && previous->bot_data_hash == data_hash;
  std::shared_ptr<const Lexicon> lexicon;
  if (same_data) {
    lexicon = previous->lexicon;
  } else {
    auto lx = std::make_shared<Lexicon>(Lexicon::load(data, w.tokenizer));
    mark_adjectives(lx.get(), language.get());
    lexicon = std::move(lx);
  }
  auto m = std::make_shared<Model>(lexicon);
  m->generation = w.generation;
  m->bot_data_hash = data_hash;
  m->language = std::move(language);
  std::map<std::string, std::shared_ptr<const ArticleModel>> kept;
  if (same_data) {
    for (const auto& a : previous->articles) {
      if (!a->doc().hash.empty()) kept[a->doc().slug + "\n" + a->doc().hash] = a;
    }
  }
  for (const Knowledge::ArticleRow& row : Knowledge::articles(w.searcher.db())) {
    if (auto it = kept.find(row.slug + "\n" + row.hash); it != kept.end()) {
      m->articles.push_back(it->second);
    } else {
      auto a = std::make_shared<ArticleModel>(lexicon, m->language.get());
      a->kb = Knowledge::load_article(w.searcher.db(), w.tokenizer, row.id);
      if (a->kb->docs.empty()) continue;
      m->articles.push_back(std::move(a));
    }
    const int k = static_cast<int>(m->articles.size()) - 1;
    const ArticleModel& a = *m->articles.back();
    m->by_slug[a.doc().slug] = k;
    for (const std::string& t : a.kb->terms) m->postings[t].push_back(k);
  }
  {
    auto each_name = [&](auto&& visit) {
      for (size_t k = 0; k < m->articles.size(); ++k) {
        const KDocument& d = m->articles[k]->doc();
        if (!d.subject_terms.empty()) visit(static_cast<int>(k), d.subject_terms);
        for (const Terms& alias : d.subject_aliases)
          if (!alias.empty()) visit(static_cast<int>(k), alias);
      }
    };
    std::unordered_map<std::string, size_t> names_with;
    each_name([&](int, const Terms& name) {
      for (const std::string& t : name) ++names_with[t];
    });
    each_name([&](int k, const Terms& name) {
      const std::string* rarest = &name.front();
      for (const std::string& t : name)
        if (names_with[t] < names_with[*rarest]) rarest = &t;
      std::vector<int>& posted = m->subject_postings[*rarest];
      if (posted.empty() || posted.back() != k) posted.push_back(k);
    });
  }
  if (m->articles.empty()) throw std::runtime_error("the index holds no article");
  // A small site is read whole now, so that no reader waits for it; a
  // large one article by article, as readers ask (ArticleModel::ensure).
  constexpr size_t kReadAtLoad = 8;
  if (m->articles.size() <= kReadAtLoad) {
    for (const auto& a : m->articles) a->ensure(w);
  }
  for (const auto& [term, n] : m->postings) m->site_terms.push_back(term);
  std::sort(m->site_terms.begin(), m->site_terms.end());
#ifdef __GLIBC__
  // Reading a site makes many short-lived strings between the long-lived
  // ones; hand the freed pages back rather than keep them as the process's.
  malloc_trim(0);
#endif
  return m;
}
}  // namespace

struct Bot::Impl {
  BotOptions options;
  std::shared_ptr<SessionStore> sessions;

  // Debian's Indonesian resources: loaded once, kept across reloads.
  std::shared_ptr<const Language> language;
  std::mutex mu;  // guards model and idle
  std::shared_ptr<const Model> model;
  std::vector<std::unique_ptr<Worker>> idle;

  explicit Impl(const BotOptions& o)
      : options(o),
        sessions(o.sessions ? o.sessions
                            : std::make_shared<MemorySessionStore>(o.max_sessions, o.session_ttl)) {
  }

  std::shared_ptr<const Model> current() {
    std::lock_guard<std::mutex> lock(mu);
    return model;
  }
  // A worker whose connection was opened for `generation`; workers of an
  // older model are dropped (their connection still sees the old file).
  std::unique_ptr<Worker> acquire(uint64_t generation) {
    {
      std::lock_guard<std::mutex> lock(mu);
      while (!idle.empty()) {
        auto w = std::move(idle.back());
        idle.pop_back();
        if (w->generation == generation) return w;
      }
    }
    return std::make_unique<Worker>(options.index_path, generation);
  }
  void release(std::unique_ptr<Worker> w) {
    std::lock_guard<std::mutex> lock(mu);
    if (model && w->generation == model->generation) idle.push_back(std::move(w));
  }

  Answer ask(Context& ctx, std::string_view question, std::string_view article) {
    auto m = current();
    auto w = acquire(m->generation);
    Answer a = m->ask(ctx, question, article, *w);
    release(std::move(w));
    return a;
  }
};

int Model::find(std::string_view slug) const {
  if (slug.empty()) return -1;
  auto it = by_slug.find(std::string(slug));
  return it == by_slug.end() ? -1 : it->second;
}

bool Model::names(size_t k, const Terms& terms) const {
  const KDocument& d = articles[k]->doc();
  auto within = [&](const Terms& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [&](const std::string& t) {
      return std::find(terms.begin(), terms.end(), t) != terms.end();
    });
  };
  return within(d.subject_terms) ||
         std::any_of(d.subject_aliases.begin(), d.subject_aliases.end(), within);
}

double Model::affinity(size_t k, const Terms& terms, const Terms& asked, const Words& words,
                       const std::vector<int>& among) const {
  double sum = 0;
  const double n = static_cast<double>(articles.size());
  // An article reads a word no article has (a typo, English, slang) as one
  // of its own: evidence only when the reader's own words found none.
  const bool unknown = std::any_of(asked.begin(), asked.end(),
                                   [&](const std::string& t) { return articles_using(t) == 0; });
  for (const std::string& t : terms) {
    if (articles[k]->kb->terms.count(t) == 0) continue;
    if (!unknown && !std::binary_search(asked.begin(), asked.end(), t)) continue;
    sum += std::log(n / static_cast<double>(articles_using(t)));
  }
  // Two words the article writes side by side ("anggota utama") are its
  // phrase: evidence of its own, as rare as the articles writing it.
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string &a = words[i], &b = words[i + 1];
    if (a.empty() || b.empty() || articles[k]->understander->pair_count(a, b) == 0) continue;
    const auto df = std::count_if(among.begin(), among.end(), [&](int other) {
      return articles[static_cast<size_t>(other)]->understander->pair_count(a, b) > 0;
    });
    sum += std::log(static_cast<double>(among.size()) / static_cast<double>(df));
  }
  return sum;
}

Terms Model::site_reading(std::string_view question, Worker& w) const {
  // A word no article has may still point to one: read it as the site's
  // words it may stand for, the way each article reads it toward its own
  // (bot/understand.h) but for the whole site and only to find articles.
  Terms out;
  auto add_terms = [&](const std::string& text) {
    for (std::string& x : w.tokenizer.terms(text)) out.push_back(std::move(x));
  };
  for (const Token& token : w.tokenizer.tokenize(question)) {
    out.push_back(token.term);
    // (A word of the bot's own language data, "singkatan", is no slip.)
    if (articles_using(token.term) > 0 || lx.known_words.count(token.word)) continue;
    const std::string& t = token.word;  // as written: a stem may have lost a piece
    // English: its translations and its Indonesian spelling ("glaucoma").
    if (language != nullptr && language->english != nullptr) {
      for (const std::string& tr : language->english->translations(t)) add_terms(tr);
    }
    for (const std::string& sp : lx.loanwords.spellings(t)) add_terms(sp);
    // A closed compound of two of the site's words ("kerjasama", "ongrid").
    constexpr size_t kPart = 2;
    for (size_t cut = kPart; cut + kPart <= t.size(); ++cut) {
      const Terms parts = w.tokenizer.terms(t.substr(0, cut) + " " + t.substr(cut));
      if (parts.size() == 2 && articles_using(parts[0]) > 0 && articles_using(parts[1]) > 0)
        out.insert(out.end(), parts.begin(), parts.end());
    }
    // A slip of the keys: the site's words of the same first two letters
    // and about the same length within one edit (two for long words).
    constexpr size_t kShortest = 4, kMaxSpellings = 8;
    if (t.size() < kShortest) continue;
    const int limit = t.size() >= 7 ? 2 : 1;
    const std::string opening = t.substr(0, 2);
    Terms like;
    for (auto it = std::lower_bound(site_terms.begin(), site_terms.end(), opening);
         it != site_terms.end() && it->compare(0, 2, opening) == 0; ++it) {
      if (it->size() + 2 < t.size() || it->size() > t.size() + 2) continue;
      if (edit_distance(t, *it, limit) <= limit) like.push_back(*it);
    }
    if (like.size() <= kMaxSpellings) out.insert(out.end(), like.begin(), like.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<int> Model::likely(const Terms& asked) const {
  // The likeliest articles by those words (affinity without phrases),
  // through the postings of the words half the articles or fewer use (the
  // others weigh ln 2 or less) unless they are short anyway.
  constexpr size_t kLikely = 2;
  const double total = static_cast<double>(articles.size());
  std::unordered_map<int, double> sums;
  for (const std::string& t : asked) {
    auto it = postings.find(t);
    constexpr size_t kShortPostings = 64;
    if (it == postings.end() ||
        (2 * it->second.size() > articles.size() && it->second.size() > kShortPostings))
      continue;
    const double idf = std::log(total / static_cast<double>(it->second.size()));
    for (int k : it->second) sums[k] += idf;
  }
  std::vector<std::pair<double, int>> ranked;
  for (const auto& [k, a] : sums) ranked.emplace_back(-a, k);
  const size_t n = std::min(kLikely, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(n), ranked.end());
  std::vector<int> out;
  for (size_t i = 0; i < n; ++i) out.push_back(ranked[i].second);
  return out;
}

Answer Model::ask(Context& ctx, std::string_view question, std::string_view scope,
                  Worker& w) const {
  // One article: the corpus is the article, and nothing is routed.
  if (articles.size() == 1) return articles.front()->ask(ctx, question, w);

  auto fresh = [&](int k) {
    Context c;
    c.turns = ctx.turns;
    c.article = articles[static_cast<size_t>(k)]->doc().slug;
    return c;
  };
  auto distinct = [&](std::string_view text) {
    Terms t = w.tokenizer.terms(text);
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    return t;
  };
  const Terms terms = distinct(question);

  // The reader picks one of the articles offered for a question several
  // answered alike: by its title (the chip's text), its subject, or its
  // place in the list ("2"). The question waiting is then asked there.
  if (!ctx.choices.empty()) {
    const std::string pending = std::move(ctx.pending);
    const std::vector<std::string> choices = std::move(ctx.choices);
    ctx.pending.clear();
    ctx.choices.clear();
    // The chip's text comes back as the title was written.
    const bool numbered = question.size() == 1 && question[0] >= '1' && question[0] <= '9';
    int picked = -1;
    for (size_t i = 0; i < choices.size() && picked < 0; ++i) {
      const int k = find(choices[i]);
      if (k < 0) continue;
      const KDocument& d = articles[static_cast<size_t>(k)]->doc();
      if (distinct(d.title) == terms || (numbered && static_cast<size_t>(question[0] - '1') == i) ||
          (names(static_cast<size_t>(k), terms) && terms.size() <= d.subject_terms.size() + 2))
        picked = k;
    }
    if (picked >= 0 && !pending.empty()) {
      Context c = fresh(picked);
      Answer a = articles[static_cast<size_t>(picked)]->ask(c, pending, w);
      ctx = std::move(c);
      return a;
    }
  }

  const int scoped = find(scope);
  const int current = scoped >= 0 ? scoped : find(ctx.article);
  // The articles asked: the scope alone, or, site-wide, every article of a
  // small site and the likeliest of a large one; and always the current
  // article and any article the question names.
  constexpr size_t kAskEvery = 8;
  std::vector<int> asked;
  auto add = [&](int k) {
    if (k >= 0 && std::find(asked.begin(), asked.end(), k) == asked.end()) asked.push_back(k);
  };
  add(current);
  // (A question may name many articles of a large site, by an acronym
  // they share: the first few found are asked.)
  constexpr size_t kMaxNamed = 4;
  bool any_named = false;
  const Terms read = articles.size() > kAskEvery ? site_reading(question, w) : terms;
  for (const std::string& t : read) {
    auto it = subject_postings.find(t);
    if (it == subject_postings.end()) continue;
    for (int k : it->second) {
      if (asked.size() >= kMaxNamed || !names(static_cast<size_t>(k), read)) continue;
      add(k);
      any_named = true;
    }
  }
  if (scoped < 0) {
    if (articles.size() <= kAskEvery) {
      for (size_t k = 0; k < articles.size(); ++k) add(static_cast<int>(k));
    } else if (!any_named) {
      // (Where the question names an article, only named ones compete:
      // bot/router.h.)
      for (int k : likely(read)) add(k);
      if (asked.empty()) add(0);
    } else if (current >= 0 && !names(static_cast<size_t>(current), read)) {
      // Nor is the conversation's article asked then: a follow-up that
      // names another article's subject leaves it (router.h, rule 1), and
      // a large site weighs no article it has not found named or likely.
      asked.erase(asked.begin());
    }
  }

  std::vector<RouteCandidate> candidates;
  std::vector<Context> contexts;
  std::vector<Answer> answers;
  // (Every article asked is read before any is weighed: affinity compares
  // the phrases of all of them.)
  for (int k : asked) articles[static_cast<size_t>(k)]->ensure(w);
  const int in_article = find(ctx.article);
  for (int k : asked) {
    Context c = k == in_article ? ctx : fresh(k);
    c.article = articles[static_cast<size_t>(k)]->doc().slug;
    ArticleModel::Reading reading;
    Answer a = articles[static_cast<size_t>(k)]->ask(c, question, w, &reading);
    std::sort(reading.terms.begin(), reading.terms.end());
    reading.terms.erase(std::unique(reading.terms.begin(), reading.terms.end()),
                        reading.terms.end());
    RouteCandidate rc;
    rc.article = k;
    rc.found = a.found;
    rc.confidence = a.confidence;
    rc.named = reading.subject || names(static_cast<size_t>(k), terms);
    rc.affinity = affinity(static_cast<size_t>(k), reading.terms, terms, reading.words, asked);
    rc.followup = reading.followup;
    rc.current = k == current;
    rc.cited = !a.sources.empty();
    candidates.push_back(rc);
    contexts.push_back(std::move(c));
    answers.push_back(std::move(a));
  }
  const Route r = route(candidates);
  auto at = [&](int k) {
    return static_cast<size_t>(std::find(asked.begin(), asked.end(), k) - asked.begin());
  };

  // Articles that answer in the same words leave nothing to choose ("DAS
  // adalah singkatan dari Daerah Aliran Sungai." in two articles): the
  // answer is given once, citing each.
  Route settled = r;
  if (!r.choices.empty() && std::all_of(r.choices.begin(), r.choices.end(), [&](int k) {
        return answers[at(k)].text == answers[at(r.choices.front())].text;
      })) {
    settled.article = r.choices.front();
    settled.choices.clear();
    for (size_t i = 1; i < r.choices.size(); ++i) {
      for (Source& src : answers[at(r.choices[i])].sources)
        answers[at(settled.article)].sources.push_back(std::move(src));
    }
  }
  if (!settled.choices.empty()) {
    Answer a;
    a.text = w.renderer.render(lx.tmpl("choose_article"), kainjow::mustache::data{});
    a.found = true;
    a.intent = "choose_article";
    a.confidence = answers[at(r.choices.front())].confidence;
    for (int k : r.choices) {
      a.suggestions.push_back(articles[static_cast<size_t>(k)]->doc().title);
      ctx.choices.push_back(articles[static_cast<size_t>(k)]->doc().slug);
    }
    if (question.size() <= Context::kMaxPending) ctx.pending = std::string(question);
    ++ctx.turns;
    return a;
  }
  const size_t i = at(settled.article);
  Answer a = std::move(answers[i]);
  ctx = std::move(contexts[i]);
  // A scoped conversation answered from another article says so.
  if (scoped >= 0 && settled.article != scoped && a.found) {
    kainjow::mustache::data v;
    v.set("title", articles[static_cast<size_t>(settled.article)]->doc().title);
    a.text = w.renderer.render(lx.tmpl("other_article"), v) + "\n" + a.text;
  }
  return a;
}

Answer ArticleModel::fallback(Worker& w, const Plan& plan, double confidence,
                              const std::string& intent) const {
  Answer a;
  kainjow::mustache::data v;
  // The article the question was about: the one of the entity it named, or
  // the main one.
  size_t doc = plan.entity >= 0
                   ? static_cast<size_t>(kb->entities[static_cast<size_t>(plan.entity)].doc)
                   : 0;
  v.set("title", doc < kb->docs.size() ? kb->docs[doc].title : std::string());
  a.text = w.renderer.render(lx.tmpl("fallback"), v);
  a.suggestions =
      suggester->near("", plan.topic, plan.entity, static_cast<size_t>(lx.max_suggestions));
  if (!a.suggestions.empty()) a.text += w.renderer.render(lx.tmpl("fallback_suggest"), v);
  a.found = false;
  a.intent = intent;
  a.confidence = confidence;
  return a;
}

Answer ArticleModel::curated_answer(int pair, double confidence) const {
  const KDocument::Curated& c = doc().curated[static_cast<size_t>(pair)];
  Answer a;
  a.text = c.answer;
  a.found = true;
  a.intent = "curated";
  a.confidence = std::round(confidence * 1000) / 1000;
  Source src;
  src.article = doc().title;
  src.article_id = doc().slug;
  if (!c.section.empty()) {
    for (const KSection& sec : kb->sections) {
      if (ascii_lower(sec.heading) == ascii_lower(c.section) || sec.anchor == c.section) {
        src.section = sec.path.empty() ? sec.heading : sec.path;
        src.anchor = sec.anchor;
        break;
      }
    }
  }
  a.sources.push_back(std::move(src));
  return a;
}

std::vector<Source> ArticleModel::sources(const Draft& d) const {
  std::vector<Source> out;
  for (int s : d.sections) {
    const KSection& sec = kb->sections[static_cast<size_t>(s)];
    bool seen = false;
    for (const Source& o : out) seen = seen || o.anchor == sec.anchor;
    if (seen) continue;
    Source src;
    src.article = kb->docs[static_cast<size_t>(sec.doc)].title;
    src.article_id = kb->docs[static_cast<size_t>(sec.doc)].slug;
    src.section = sec.path.empty() ? sec.heading : sec.path;
    src.anchor = sec.anchor;
    for (int si : d.sentences) {
      const KSentence& sent = kb->sentences[static_cast<size_t>(si)];
      if (kb->blocks[static_cast<size_t>(sent.block)].section == s) {
        src.snippet = std::string(utf8::truncate(sent.text, kMaxSnippetBytes));
        break;
      }
    }
    out.push_back(std::move(src));
  }
  return out;
}

std::vector<std::string_view> ArticleModel::question_parts(std::string_view question,
                                                           Worker& w) const {
  // Clauses end at ? ! and line breaks, and at a comma or semicolon followed
  // by a word that joins a second question ("..., trus mitranya ...?").
  std::vector<std::string_view> clauses;
  size_t start = 0;
  for (size_t i = 0; i <= question.size(); ++i) {
    // ". " and ": " end a clause too ("Abaikan instruksi ... . Setelah itu
    // jawab: apa itu ...?"); a clause that asks nothing stays with the next.
    bool end = i == question.size() || question[i] == '?' || question[i] == '!' ||
               question[i] == '\n' ||
               ((question[i] == '.' || question[i] == ':') && i + 1 < question.size() &&
                question[i + 1] == ' ');
    if (!end && (question[i] == ',' || question[i] == ';')) {
      size_t j = i + 1;
      while (j < question.size() && question[j] == ' ') ++j;
      size_t k = j;
      while (k < question.size() && std::isalpha(static_cast<unsigned char>(question[k]))) ++k;
      std::string next(question.substr(j, k - j));
      std::transform(next.begin(), next.end(), next.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      end = lx.question_joiners.count(next) > 0;
    }
    if (!end) continue;
    clauses.push_back(question.substr(start, i + 1 - start));
    start = i + 1;
  }
  // Most messages are one clause: nothing to split, nothing to read twice.
  // A long message is chatter around one question (Understander::read).
  constexpr size_t kLongMessageBytes = 200;
  if (question.size() > kLongMessageBytes) return {};
  size_t nonempty = std::count_if(clauses.begin(), clauses.end(), [](std::string_view c) {
    return c.find_first_not_of(" ?!,;\n") != std::string_view::npos;
  });
  if (nonempty < 2) return {};
  // A clause asks when it has a question type or topic and is about
  // something (or follows up on the clause before). Clauses that do not ask
  // ("Saya mau tanya,") stay with the question after them.
  std::vector<std::string_view> parts;
  size_t from = 0;
  for (std::string_view clause : clauses) {
    Understanding c = understander->read(clause, w.tokenizer);
    // A follow-up clause is short ("trus mitranya dibagi jadi berapa?"); a
    // long one with a "-nya" in it is chatter.
    constexpr size_t kFollowUpWords = 8;
    bool asks = (!c.qtype.empty() || !c.topics.empty()) &&
                (c.subject || !c.entities.empty() || !c.topics.empty() ||
                 (c.followup_marker && c.words.size() <= kFollowUpWords));
    size_t end = static_cast<size_t>(clause.data() - question.data()) + clause.size();
    if (asks) {
      parts.push_back(question.substr(from, end - from));
      from = end;
    }
  }
  // Words after the last question that ask nothing ("makasih", pasted
  // operators) are left out.
  return parts;
}

Answer ArticleModel::ask(Context& ctx, std::string_view question, Worker& w,
                         Reading* reading) const {
  ensure(w);
  // Two or three questions in one message are answered in turn, each in the
  // context the one before leaves ("Indonesia bekerja sama bilateral dengan
  // berapa negara, trus mitranya dibagi jadi berapa wilayah?"), and the
  // answers joined. One question (or chatter around one) is read whole.
  constexpr size_t kMaxParts = 3;
  std::vector<std::string_view> parts = question_parts(question, w);
  // One clause asks and the rest is noise ("apa itu X?\" OR 1=1 --"): the
  // clause alone.
  if (parts.size() == 1) return ask_one(ctx, parts.front(), w, reading);
  if (parts.size() < 2 || parts.size() > kMaxParts) return ask_one(ctx, question, w, reading);
  Answer joined;
  size_t found = 0, with_items = 0;
  for (std::string_view part : parts) {
    Reading r;
    Answer a = ask_one(ctx, part, w, &r);
    if (reading != nullptr) {
      reading->terms.insert(reading->terms.end(), r.terms.begin(), r.terms.end());
      reading->words.insert(reading->words.end(), r.words.begin(), r.words.end());
      reading->subject = reading->subject || r.subject;
      reading->followup = reading->followup || r.followup;
    }
    if (!a.found) continue;
    if (found > 0 && joined.text.find(a.text) != std::string::npos) continue;  // asked twice
    if (found++ == 0) {
      joined = std::move(a);
      with_items = joined.items.empty() ? 0 : 1;
      continue;
    }
    joined.text += "\n\n" + a.text;
    joined.confidence = std::min(joined.confidence, a.confidence);
    if (!a.items.empty()) ++with_items, joined.items = a.items;
    for (Source& s : a.sources) {
      bool seen = std::any_of(joined.sources.begin(), joined.sources.end(),
                              [&](const Source& o) { return o.anchor == s.anchor; });
      if (!seen) joined.sources.push_back(std::move(s));
    }
    joined.suggestions = std::move(a.suggestions);
  }
  if (found == 0) return ask_one(ctx, question, w, reading);
  // Items stand for one list; two lists joined are only text.
  if (with_items > 1) joined.items.clear();
  return joined;
}

Answer ArticleModel::ask_one(Context& ctx, std::string_view question, Worker& worker,
                             Reading* reading) const {
  Worker* w = &worker;
  // A reader who repeats a known mistake of the article ("WTO itu World
  // Trade Center Organization kan?") asks about the right thing.
  // Searched in place, ignoring ASCII case: no lower-cased copies per
  // question and erratum on this path.
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  };
  std::string text(question);
  for (const KDocument& doc : kb->docs) {
    for (const auto& e : doc.errata) {
      if (e.wrong.empty()) continue;
      auto at = std::search(text.begin(), text.end(), e.wrong.begin(), e.wrong.end(), same);
      if (at != text.end()) text.replace(at, at + static_cast<long>(e.wrong.size()), e.correct);
    }
  }
  std::string item;
  // "yang kedua?" after a question that named a first of something is that
  // question of the second; else it names an item of the last list.
  std::string named = with_ordinal_swapped(text, ctx, lx, w->tokenizer);
  if (named.empty()) named = with_item_named(text, ctx, lx, w->tokenizer, &item);
  // "kapan dia wafat?" after a "siapa" question: asked of the person named.
  if (named.empty()) named = with_person_named(text, ctx, lx, w->tokenizer);
  Understanding u =
      understander->read(named.empty() ? std::string_view(text) : named, w->tokenizer);
  // A follow-up in its own words ("contohnya?", "olahraganya berapa lama?"),
  // before the conversation's focus is added to it.
  const Understanding own = u;
  // "kalau usaha kecil?": the last question, asked of this; then it is a
  // whole question, not one about the last answer.
  const ArticleWords article{
      [&](const std::string& a, const std::string& b) { return understander->pair_count(a, b); },
      [&](const std::string& a, const std::string& b) { return understander->siblings(a, b); }};
  std::string again = named.empty() ? reframe(u, ctx, lx, article) : std::string();
  // "kalau MA?" after what was asked of another named thing.
  if (again.empty() && named.empty()) again = with_entity_swapped(u, ctx, lx, *kb, w->tokenizer);
  // "di mana?" after "Kapan IDA didirikan?": that question, asked where.
  if (again.empty() && named.empty()) again = with_question_word_swapped(u, ctx, lx);
  bool followup = named.empty() && again.empty() && (u.followup_marker || about_focus(u, ctx));
  if (!again.empty()) {
    u = understander->read(again, w->tokenizer);
  } else if (named.empty() && about_focus(u, ctx)) {
    text += " " + ctx.focus;
    u = understander->read(text, w->tokenizer);
  }
  // A definition asked of nothing named ("pengertiannya apa?", "artinya
  // apa?") asks what the conversation is about: the thing it last named,
  // else the article's subject. (Not the last answer's topic: "manfaatnya"
  // answered, "pengertiannya" asks what the thing is, not its benefits.)
  // (At the start of a conversation any such question does: "artinya
  // apa?" has nothing else to be about.)
  const bool asks_definition_noun =
      std::any_of(u.words.begin(), u.words.end(),
                  [&](const std::string& word) { return lx.definition_nouns.count(word) > 0; });
  if (u.qtype == "definition" && u.query.empty() && u.entities.empty() && !u.subject &&
      named.empty() && again.empty() && u.smalltalk.empty() &&
      (ctx.turns == 0 || asks_definition_noun)) {
    const std::string of = !ctx.entity.empty()  ? ctx.entity
                           : !ctx.focus.empty() ? ctx.focus
                                                : doc().subject;
    if (!of.empty()) {
      text = "apa itu " + of;
      u = understander->read(text, w->tokenizer);
      followup = false;  // now a whole question of its own
    }
  }
  if (reading != nullptr) {
    reading->terms = u.query;
    for (size_t i = 0; i < u.words.size(); ++i) {
      const bool query = i < u.terms.size() &&
                         std::find(u.query.begin(), u.query.end(), u.terms[i]) != u.query.end();
      reading->words.push_back(query ? u.words[i] : std::string());
    }
    reading->subject = u.subject;
    reading->followup = !named.empty() || !again.empty() || followup;
  }
  Plan plan;
  if (u.words.empty()) return fallback(*w, plan, 0, "fallback");

  // Small talk, possibly with everyday words around it ("makasih ya,
  // membantu banget"), and nothing about the article.
  // (A word of the subject's name, "mangrove" of "hutan mangrove", is about
  // the article even when it does not name the whole subject.)
  const bool names_subject_word =
      !kb->docs.empty() && std::any_of(u.query.begin(), u.query.end(), [&](const std::string& t) {
        const Terms& s = kb->docs.front().subject_terms;
        return std::find(s.begin(), s.end(), t) != s.end();
      });
  if (!u.smalltalk.empty() && u.topics.empty() && u.entities.empty() && !u.subject &&
      !names_subject_word && u.content.size() == u.everyday) {
    Answer a;
    for (const PhraseSet& i : lx.intents) {
      if (i.id != u.smalltalk) continue;
      kainjow::mustache::data v;
      v.set("title", kb->docs.empty() ? std::string() : kb->docs.front().title);
      a.text = w->renderer.render(i.answer, v);
    }
    a.found = true;
    a.intent = u.smalltalk;
    a.confidence = scoring::kSmallTalk;
    a.suggestions = suggester->welcome(static_cast<size_t>(lx.max_suggestions));
    return a;
  }

  plan = resolve_plan(u, ctx, *kb);
  Tools tools{w->tokenizer, w->renderer};
  // "yang kedua maksudnya apa?" after a list of explained items: the item
  // that was named already says what it is; read again as a question it
  // would be taken for what it mentions ("misalnya ..." is no question of examples).
  Draft d = !item.empty() && (u.qtype.empty() || u.qtype == "definition" || u.qtype == "how")
                ? answerer->item_answer(item, tools)
                : Draft{};
  if (d.confidence <= 0) d = answerer->answer(u, plan, tools);
  // ...and it is about what was just said first: the part of the article
  // the last answer came from, when that holds what is asked.
  // (A list the article gives for the topic asked, or a section's list, is
  // its own answer; a passage that happens to introduce a list is not.)
  // But after what one named thing is ("Apa itu tugas pembantuan?"), the
  // example beside its definition is about it, and the article's list of
  // examples is about the whole subject.
  // The thing just defined: the reader's words for it, or a named thing
  // outside any sub-type's own section ("Asma", an item of a list).
  Terms defined;
  if (ctx.qtype == "definition") {
    if (!ctx.focus.empty()) {
      defined = w->tokenizer.terms(ctx.focus);
    } else if (const int e = entity_by_name(*kb, ctx.entity);
               e >= 0 && !kb->entities[static_cast<size_t>(e)].scoped() &&
               !kb->entities[static_cast<size_t>(e)].name_terms.empty()) {
      defined = kb->entities[static_cast<size_t>(e)].name_terms.front();
    }
  }
  bool defined_one = !defined.empty();
  if (defined_one) {
    // A list that itself names the thing is about it.
    std::unordered_set<std::string> held;
    for (int si : d.sentences) {
      const Terms& in = kb->sentences[static_cast<size_t>(si)].terms;
      held.insert(in.begin(), in.end());
    }
    defined_one = !std::all_of(defined.begin(), defined.end(),
                               [&](const std::string& t) { return held.count(t) > 0; });
  }
  const bool listed =
      d.confidence >= lx.threshold && !defined_one &&
      (d.intent.rfind("topic.", 0) == 0 || (!d.items.empty() && d.intent != "passage"));
  // A short question that names nothing and finds no answer of its own,
  // right after an answer ("siapa yang menetapkan?" after "Kapan Hari
  // Mangrove Sedunia?"), leans on that answer as a follow-up does; so does
  // a question of one word, which can fit anywhere ("mulai tahun berapa?"
  // after what a program is: not the article's "Mulailah dari ..."),
  // unless it names a place in a list ("rapat kedua di mana?"), which the
  // article numbers for itself.
  constexpr size_t kShortQuestion = 3;  // content words
  const bool leans = named.empty() && again.empty() && !u.subject && u.entities.empty() &&
                     ((u.key_content.size() <= kShortQuestion && d.confidence < lx.threshold) ||
                      (u.key_content.size() <= 1 && u.ordinal == 0));
  bool by_context = false;  // answered beside the last answer
  // After a list, a topic asked of its items ("contohnya?" after the kinds
  // of a thing, where the items give each kind's example) is looked for
  // in them first.
  const bool of_items = !ctx.items.empty() && lx.asks_of_items(own.topics);
  if ((followup || leans) && (!listed || !defined.empty() || of_items) && !ctx.sentences.empty()) {
    Draft near = answerer->near_answer(own, ctx.sentences, tools);
    // Even a list that names the thing just defined gives way to what its
    // own definition goes on to say ("Asma: ... Pemicunya antara lain ...").
    const KSentence* said = near.sentences.empty()
                                ? nullptr
                                : &kb->sentences[static_cast<size_t>(near.sentences.front())];
    const bool own_item = said != nullptr && said->item >= 0 &&
                          std::any_of(ctx.sentences.begin(), ctx.sentences.end(), [&](int si) {
                            if (si < 0 || static_cast<size_t>(si) >= kb->sentences.size())
                              return false;
                            const KSentence& was = kb->sentences[static_cast<size_t>(si)];
                            return was.block == said->block && was.item == said->item;
                          });
    if ((!listed || own_item) && near.confidence > d.confidence) {
      d = std::move(near);
      by_context = true;
    }
  }
  // A word the article does not know usually means the question is about
  // something else ("Apa manfaat blockchain?"). When the question also names
  // the subject or an entity of the article, and a topic, the word is more
  // likely filler the lexicon lacks ("kasih contoh kerja sama bilateral
  // dong"), so it costs less; two such words still sink the answer.
  // A passage that holds most of the question's words anchors it as well
  // ("Apakah kerja sama internasional bisa bikin rahasia negara bocor?").
  // But the thing a "siapa" or "berapa" asks for, named right after it
  // ("Berapa gaji ...", "Siapa menteri ..."), is no filler: when the article
  // does not know it, or knows it only by a synonym, nothing anchors the
  // question.
  bool asks_unknown = false;
  auto among = [](const Words& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
  };
  // (A measure the article calls by a synonym, that the answer states in
  // its units, is known: "Berapa umur ...?" of "naik takhta pada usia 16
  // tahun".)
  for (size_t i = 0; i + 1 < u.words.size(); ++i) {
    const bool measure_said = d.measure_given && lx.measures.count(u.words[i + 1]) > 0;
    if (lx.fact_question_words.count(u.words[i]) > 0 &&
        (among(u.unknown, u.words[i + 1]) ||
         (among(u.synonym_words, u.words[i + 1]) && !measure_said)))
      asks_unknown = true;
    // (So is what "apa" asks for, named right after it as the question
    // opens: "Apa sanksi bagi ...?". Not a kind named before it, "Buah apa
    // ...?", which its instances say.)
    if (i == 0 && u.words[i] == "apa" && among(u.unknown, u.words[i + 1]) &&
        !lx.figure_nouns.count(u.words[i + 1]))
      asks_unknown = true;
  }
  // A year the article never names dates what is asked: nothing of the
  // article answers for it ("Berapa kerugian ... pada tahun 2023?").
  if (std::any_of(u.unknown.begin(), u.unknown.end(),
                  [](const std::string& word) { return has_year(word); }))
    asks_unknown = true;
  // A word the article uses once or twice ("HPV"), held by the answer,
  // anchors the question as its subject's name would: it is what the
  // question is about, in the article's own words.
  constexpr int kRareSentences = 2;
  // Only a passage says it, of a few sentences (a reason, what follows from
  // it, and the next): a list or a section holds many words at once.
  // A name the article lacks ("G20", "BPJS": letters with digits, or
  // capitals) is what such a question is about, and no word of the article
  // anchors it.
  const bool names_unknown = std::any_of(u.unknown.begin(), u.unknown.end(), [&](const auto& word) {
    return is_name_like(word, u.text);
  });
  bool rare_held = false;
  constexpr size_t kPassageSentences = 3;
  if (d.items.empty() && d.sentences.size() <= kPassageSentences && !names_unknown) {
    for (const std::string& term : u.query) {
      auto df = kb->term_sentences.find(term);
      if (df == kb->term_sentences.end() || df->second > kRareSentences ||
          lx.common_terms.count(term))
        continue;
      for (int si : d.sentences) {
        const Terms& in = kb->sentences[static_cast<size_t>(si)].terms;
        rare_held = rare_held || std::find(in.begin(), in.end(), term) != in.end();
      }
    }
  }
  // An answer found beside the last one is anchored by the conversation.
  // A place or name the reader capitalises and the article lacks is what
  // the question is about ("penyebab banjir di Pakistan"), however much
  // else of it the article has. (Letters in capitals, "SD", "RI", are as
  // often an aside.)
  // (A name the article has part of, "Asia Tenggara" where it names Asia,
  // is a place it may well speak of.)
  auto part_known = [&](const std::string& word) {
    const auto at = std::find(u.words.begin(), u.words.end(), word);
    if (at == u.words.end()) return false;
    for (auto next : {at + 1, at == u.words.begin() ? u.words.end() : at - 1}) {
      if (next != u.words.end() && kb->words.count(*next) && written_as_name(*next, u.text))
        return true;
    }
    return false;
  };
  const bool names_other = std::any_of(u.unknown.begin(), u.unknown.end(), [&](const auto& word) {
    return written_as_name(word, u.text) && !is_name_like(word, u.text) && !part_known(word);
  });
  // So does a run of the question's words that the answer says in the
  // same order, word for word ("di bawah 18 bulan"): three content words
  // in a row are a phrase of this article, not a coincidence of common
  // words. (In the answer nothing may come between them: "melibatkan
  // lebih dari dua negara" is not "melibatkan dua negara".)
  constexpr size_t kHeldRun = 3;
  bool run_held = false;
  {
    Terms asked;
    for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
      if (!lx.stop_words.count(u.words[i]) && !lx.question_words.count(u.words[i]))
        asked.push_back(u.terms[i]);
    }
    // (Not when the thing a "siapa" or "berapa" asks for, named right
    // after it, is not in the answer: "Siapa ilmuwan yang menemukan efek
    // rumah kaca?" is not answered by what the greenhouse effect is. Nor
    // where the question names something the article lacks, "G20".)
    bool thing_said = !names_unknown;
    for (size_t i = 0; thing_said && i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
      if (!lx.fact_question_words.count(u.words[i]) || lx.stop_words.count(u.words[i + 1]))
        continue;
      thing_said = std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
        const Terms& in = kb->sentences[static_cast<size_t>(si)].terms;
        return std::find(in.begin(), in.end(), u.terms[i + 1]) != in.end();
      });
    }
    for (int si : d.sentences) {
      const Terms& said = kb->sentences[static_cast<size_t>(si)].terms;
      for (size_t i = 0; thing_said && !run_held && i + kHeldRun <= asked.size(); ++i)
        run_held = find_phrase(said, Terms(asked.begin() + static_cast<long>(i),
                                           asked.begin() + static_cast<long>(i + kHeldRun))) >= 0;
    }
  }
  // A name the reader capitalises that the article has, but not where the
  // answer is ("Kapan PLTP Ulubelu mulai beroperasi?" answered by a date
  // of Kamojang), says the answer is about another thing: the article
  // tells of that one elsewhere, or not at all.
  // (The subject's own words frame every part; a list or a section is
  // judged by its items.)
  bool name_elsewhere = false;
  // (A yes/no claim may name the wrong one, which its verdict answers;
  // what a term means is told where the term is, whatever it is said of.)
  if (d.items.empty() && !d.sentences.empty() && d.sentences.size() <= kPassageSentences &&
      u.qtype != "yesno" && u.qtype != "definition") {
    std::unordered_set<std::string> subject_terms;
    for (const KDocument& doc : kb->docs)
      subject_terms.insert(doc.subject_terms.begin(), doc.subject_terms.end());
    // (Nor a word of the long name of a thing asked that the answer names
    // by another of its names: "Satu DU setara ..." for "Satu Dobson Unit
    // itu setara dengan berapa?".)
    for (const int e : u.entities) {
      if (e < 0 || static_cast<size_t>(e) >= kb->entities.size()) continue;
      const KEntity& ent = kb->entities[static_cast<size_t>(e)];
      const bool said =
          std::any_of(ent.name_terms.begin(), ent.name_terms.end(), [&](const Terms& n) {
            return !n.empty() && std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
              return find_phrase(kb->sentences[static_cast<size_t>(si)].terms, n) >= 0;
            });
          });
      if (!said) continue;
      for (const Terms& n : ent.name_terms) subject_terms.insert(n.begin(), n.end());
    }
    for (size_t i = 0; i < u.words.size() && i < u.terms.size() && !name_elsewhere; ++i) {
      const std::string& t = u.terms[i];
      // (A name the article gives once or twice: "Tiongkok" or "IoT" told
      // of throughout is a setting, not the one thing asked.)
      auto df = kb->term_sentences.find(t);
      // (Nor the kind a "mana" asks which of: "Bangsa Eropa mana saja ...?"
      // is answered by the nations, "Portugis, Inggris, dan Denmark".)
      const bool kind_asked = i + 1 < u.words.size() && u.words[i + 1] == "mana";
      if (kind_asked || !written_as_name(u.words[i], u.text) || is_name_like(u.words[i], u.text) ||
          df == kb->term_sentences.end() || df->second > kRareSentences || subject_terms.count(t) ||
          lx.stop_words.count(u.words[i]))
        continue;
      const bool held = std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
        const KSentence& s = kb->sentences[static_cast<size_t>(si)];
        const KBlock& b = kb->blocks[static_cast<size_t>(s.block)];
        const Terms& heading = kb->sections[static_cast<size_t>(b.section)].heading_terms;
        // (Or the sentence before it, which a "-nya" or "ia" points back to.)
        const Terms* before = si > 0 && kb->sentences[static_cast<size_t>(si) - 1].block == s.block
                                  ? &kb->sentences[static_cast<size_t>(si) - 1].terms
                                  : &s.terms;
        for (const Terms* in : {&s.terms, &b.lead_terms, &heading, before}) {
          if (std::find(in->begin(), in->end(), t) != in->end()) return true;
        }
        return false;
      });
      name_elsewhere = !held;
    }
  }
  const bool anchored =
      by_context || (!asks_unknown && !names_other &&
                     (u.subject || !u.entities.empty() || rare_held || run_held) &&
                     (!u.topics.empty() || d.confidence >= 0.75 || rare_held || run_held));
  // A word the article lacks in a phrase of its own after a preposition
  // ("menular dari ibu hamil ke bayi", "dalam konteks risiko") says to whom
  // or where, around what is asked: it costs a step less than one that may
  // be the very thing asked about.
  const size_t framed = std::min(u.unknown_framed.size(), u.unknown.size());
  // (A figure noun the article lacks, "berapa batas", is said by any
  // figure of the answer, "tidak lebih dari 4 gram", as a measure is by its
  // units.)
  const bool figure_given = has_digit(d.text);
  const size_t figured =
      figure_given ? static_cast<size_t>(std::count_if(
                         u.unknown.begin(), u.unknown.end(),
                         [&](const std::string& word) { return lx.figure_nouns.count(word) > 0; }))
                   : 0;
  const size_t unexplained =
      u.unknown.size() - std::min(u.unknown.size(), d.unknown_explained + framed + figured);
  double confidence = (name_elsewhere ? lx.unknown_penalty : 1.0) * d.confidence *
                      std::pow(anchored ? lx.anchored_unknown_penalty : lx.unknown_penalty,
                               static_cast<double>(unexplained)) *
                      std::pow(anchored ? lx.framed_unknown_penalty : lx.anchored_unknown_penalty,
                               static_cast<double>(framed));
  // Whether the answer says `term`: in its sentences, their list's lead or
  // their heading.
  auto said_by_answer = [&](const std::string& term) {
    return std::any_of(d.sentences.begin(), d.sentences.end(), [&](int si) {
      const KSentence& s = kb->sentences[static_cast<size_t>(si)];
      const KBlock& b = kb->blocks[static_cast<size_t>(s.block)];
      const Terms& heading = kb->sections[static_cast<size_t>(b.section)].heading_terms;
      for (const Terms* in : {&s.terms, &b.lead_terms, &heading}) {
        if (std::find(in->begin(), in->end(), term) != in->end()) return true;
      }
      return false;
    });
  };
  // "Siapa pendiri X?", "Berapa nomor rekening X?": the thing a one-fact
  // question asks for, named right after its question word, that the
  // answer (its sentences, their list's lead, their heading) never says is
  // likely not there at all: the answer is about X, not that fact of it.
  // (A measure the answer gives in its units is said: "Berapa umur ...?"
  // of "16 tahun".)
  {
    bool fact_unsaid = false;
    for (size_t i = 0; i + 1 < u.words.size() && i + 1 < u.terms.size(); ++i) {
      // (Its "-nya" says whose: "berapa kekuatannya" asks a measure.)
      std::string next = u.words[i + 1];
      if (has_nya(next)) {
        const std::string bare = without_nya(next);
        if (lx.measures.count(bare) || lx.figure_nouns.count(bare)) next = bare;
      }
      // (Not "tahun berapa": there the thing asked comes before. Nor a unit,
      // "berapa kali", which any figure of the answer may give.)
      if (!lx.fact_question_words.count(u.words[i]) || lx.stop_words.count(next) ||
          lx.question_words.count(next) || lx.common_words.count(next) || lx.units.count(next) ||
          lx.figure_nouns.count(next) || (d.measure_given && lx.measures.count(next)) ||
          (i > 0 && !lx.stop_words.count(u.words[i - 1]) &&
           !lx.question_words.count(u.words[i - 1])))
        continue;
      if (!said_by_answer(u.terms[i + 1])) fact_unsaid = true;
    }
    if (fact_unsaid && !d.sentences.empty()) confidence *= scoring::kFactUnsaid;
  }
  // A synonym is weaker evidence than the article's own word. Unanchored,
  // it costs as a filler word the article lacks where the answer says the
  // word it was read as ("kalau telat bayar" of the article's "terlambat");
  // where the answer does not say it, or where it is the very thing a
  // "berapa" or "siapa" asks for ("Berapa gaji ...?" of the article's
  // "pendapatan"), as a word that is not there at all.
  Terms synonym_terms;
  for (const std::string& word : u.synonym_words) synonym_terms.push_back(w->tokenizer.stem(word));
  const bool synonym_held = std::any_of(synonym_terms.begin(), synonym_terms.end(), said_by_answer);
  if (!anchored)
    confidence *=
        std::pow(asks_unknown || !synonym_held ? lx.unknown_penalty : lx.anchored_unknown_penalty,
                 static_cast<double>(u.synonyms));
  confidence = std::round(confidence * 1000) / 1000;
  ++ctx.turns;
  // An editor's curated pair competes with the article's answer on the
  // same scale, and answers when it is the more confident.
  if (const CuratedStrategy::Match cur = curated->match(u);
      cur.pair >= 0 && cur.confidence >= lx.threshold &&
      (cur.confidence > confidence || d.text.empty())) {
    ctx.sentences.clear();
    ctx.items.clear();
    return curated_answer(cur.pair, cur.confidence);
  }
  if (confidence < lx.threshold || d.text.empty()) {
    return fallback(*w, plan, confidence, "fallback");
  }

  Answer a;
  // (A clause cut from its sentence, "..., sedangkan pemegang obligasi
  // adalah kreditur", starts the answer as a sentence does.)
  a.text = sentence_start(d.text);
  while (!a.text.empty() && (a.text.back() == '\n' || a.text.back() == ' ')) a.text.pop_back();
  a.text = fit_list(std::move(a.text), static_cast<size_t>(lx.max_answer_chars));
  if (a.text.size() > static_cast<size_t>(lx.max_answer_chars)) {
    std::string_view cut = utf8::truncate(a.text, static_cast<size_t>(lx.max_answer_chars));
    size_t nl = cut.rfind('\n');
    a.text =
        std::string(nl != std::string_view::npos && nl > cut.size() / 2 ? cut.substr(0, nl) : cut) +
        " …";
  }
  // Known mistakes of the article (corpus/<id>.json "errata") are corrected in
  // what the bot says, and the note tells what the article wrote: a reader
  // asking what WTO stands for wants the right name, and the citation
  // (sources) still shows the article's own words.
  for (const KDocument& doc : kb->docs) {
    for (const auto& e : doc.errata) {
      if (e.wrong.empty() || a.text.find(e.wrong) == std::string::npos) continue;
      a.text = replace_all(std::move(a.text), e.wrong, e.correct);
      for (std::string& line : a.items) line = replace_all(std::move(line), e.wrong, e.correct);
      kainjow::mustache::data v;
      v.set("wrong", e.wrong);
      v.set("right", e.correct);
      v.set("note", e.note);
      a.text += "\n\n" + w->renderer.render(lx.tmpl("erratum"), v);
    }
  }
  a.found = true;
  a.intent = d.intent;
  a.confidence = confidence;
  a.items = d.items;
  a.sources = sources(d);
  a.suggestions =
      suggester->near(d.intent, d.topic, d.entity, static_cast<size_t>(lx.max_suggestions));

  remember_turn(u, plan, d, a, *kb, lx, &ctx);
  return a;
}

std::unique_ptr<Bot> Bot::open(const BotOptions& options, std::string* error) {
  try {
    auto impl = std::make_unique<Impl>(options);
    auto w = std::make_unique<Worker>(options.index_path, 1);
    std::string why;
    impl->language = Language::load(options.language, &why);
    if (!impl->language) throw std::runtime_error(why);
    impl->model = load_model(options, impl->language, *w, nullptr);
    impl->release(std::move(w));
    return std::unique_ptr<Bot>(new Bot(std::move(impl)));
  } catch (const std::exception& e) {
    if (error) *error = e.what();
    return nullptr;
  }
}

bool Bot::reload(std::string* error) {
  try {
    auto w = std::make_unique<Worker>(impl_->options.index_path, impl_->current()->generation + 1);
    auto m = load_model(impl_->options, impl_->language, *w, impl_->current().get());
    {
      std::lock_guard<std::mutex> lock(impl_->mu);
      impl_->model = std::move(m);
      impl_->idle.clear();
    }
    impl_->release(std::move(w));
    return true;
  } catch (const std::exception& e) {
    if (error) *error = e.what();
    return false;
  }
}

Bot::Bot(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Bot::~Bot() = default;

Answer Bot::ask(Context& context, std::string_view question, std::string_view article) const {
  Answer a = impl_->ask(context, question, article);
  a.id = AnswerId::generate();
  return a;
}

Answer Bot::ask(std::string_view session_id, std::string_view question, std::string_view article) {
  Context ctx = impl_->sessions->load(session_id);
  Answer a = impl_->ask(ctx, question, article);
  a.id = AnswerId::generate();
  impl_->sessions->save(session_id, ctx);
  return a;
}

std::string Bot::explain(std::string_view question) const {
  auto m = impl_->current();
  auto w = impl_->acquire(m->generation);
  const ArticleModel& first = *m->articles.front();
  first.ensure(*w);
  Understanding u = first.understander->read(question, w->tokenizer);
  nlohmann::json entities = nlohmann::json::array();
  for (int e : u.entities) entities.push_back(first.kb->entities[static_cast<size_t>(e)].name);
  nlohmann::json j = {{"text", u.text},
                      {"words", u.words},
                      {"terms", u.terms},
                      {"qtype", u.qtype},
                      {"topics", u.topics},
                      {"entities", entities},
                      {"subject", u.subject},
                      {"smalltalk", u.smalltalk},
                      {"query", u.query},
                      {"content", u.content},
                      {"key_content", u.key_content},
                      {"unknown", u.unknown},
                      {"followup", u.followup_marker},
                      {"corrections", u.corrections}};
  impl_->release(std::move(w));
  return dump_json(j);
}

std::vector<std::string> Bot::question_key(std::string_view question,
                                           std::string_view article) const {
  auto m = impl_->current();
  auto w = impl_->acquire(m->generation);
  const ArticleModel& model = *m->articles[static_cast<size_t>(std::max(0, m->find(article)))];
  model.ensure(*w);
  Understanding u = model.understander->read(question, w->tokenizer);
  impl_->release(std::move(w));
  // The words a curated phrasing is matched by are the words two
  // questions mean the same by.
  std::vector<std::string> key = CuratedStrategy::key_of(u);
  if (!u.qtype.empty()) key.insert(key.begin(), "?" + u.qtype);
  return key;
}

Context Bot::load_session(std::string_view session_id) {
  return impl_->sessions->load(session_id);
}

void Bot::save_session(std::string_view session_id, const Context& context) {
  impl_->sessions->save(session_id, context);
}

std::optional<Context> Bot::session(std::string_view session_id) {
  return impl_->sessions->find(session_id);
}
bool Bot::has_session(std::string_view session_id) {
  return session(session_id).has_value();
}

std::vector<std::string> Bot::welcome_suggestions(std::string_view article) const {
  auto m = impl_->current();
  const ArticleModel& a = *m->articles[static_cast<size_t>(std::max(0, m->find(article)))];
  auto w = impl_->acquire(m->generation);
  a.ensure(*w);
  impl_->release(std::move(w));
  return a.suggester->welcome(static_cast<size_t>(m->lx.max_suggestions));
}

std::string Bot::article_title(std::string_view article) const {
  auto m = impl_->current();
  const int k = std::max(0, m->find(article));
  return m->articles[static_cast<size_t>(k)]->doc().title;
}

bool Bot::has_article(std::string_view article) const {
  return impl_->current()->find(article) >= 0;
}

std::optional<size_t> Bot::session_count() const {
  return impl_->sessions->size();
}

}  // namespace tanya
