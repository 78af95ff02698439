// Bot: the one question-answering core that every channel calls.
//
//   auto bot = tanya::Bot::open(options, &error);
//   tanya::Answer a = bot->ask("session-1", "Apa saja bentuk kerja sama internasional?");
//
// A Bot is safe for concurrent use from many threads without external
// synchronization: the article knowledge is an immutable snapshot, each
// thread borrows its own read-only SQLite connection from a pool, and the
// session store locks internally. ask() never throws on user input; text that
// is empty, too long or not UTF-8 should be rejected by the channel first
// with validate_question(), but is still answered safely if it is not.
#ifndef TANYA_BOT_BOT_H_
#define TANYA_BOT_BOT_H_

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bot/answer.h"
#include "bot/context.h"
#include "bot/session_store.h"
#include "text/language.h"

namespace tanya {

struct BotOptions {
  std::string index_path;        // built SQLite index (see index/indexer.h)
  std::string bot_dir;           // bot data directory; empty = the embedded default
  LanguagePaths language;        // Debian's Indonesian resources (text/language.h)
  size_t max_sessions = 100000;  // least recently used sessions are evicted beyond this
  std::chrono::seconds session_ttl{30 * 60};  // a session expires after this much inactivity
  // Where Bot::ask(session_id, ...) keeps contexts; null = in memory, bounded
  // by the two settings above. A shared store lets replicas resume each
  // other's sessions.
  std::shared_ptr<SessionStore> sessions;
};

// Longest question accepted, in bytes.
inline constexpr size_t kMaxQuestionBytes = 1000;

// Returns an error code ("empty", "too_long", "invalid_utf8") for text that
// no channel should pass to ask(), or nullopt when the text is acceptable.
std::optional<std::string> validate_question(std::string_view text);

// Human-readable message for an error code from validate_question().
std::string question_error_message(std::string_view code);

class Bot {
 public:
  // Opens the index and loads the bot data. Returns nullptr and sets *error
  // when the index or the data cannot be loaded.
  static std::unique_ptr<Bot> open(const BotOptions& options, std::string* error);

  ~Bot();
  Bot(const Bot&) = delete;
  Bot& operator=(const Bot&) = delete;

  // Answers `question` in the conversation `session_id`, whose context is
  // kept in the session store (BotOptions::sessions).
  //
  // `article` scopes the question to one article of the corpus (its slug,
  // the file name without ".md"): it is answered from that article, and from
  // another only when it names that article's subject (the answer then
  // says which article it comes from). Empty, or a slug the corpus lacks:
  // site-wide, where the article that answers best is picked, and several
  // answering alike are offered to choose from (bot/router.h).
  Answer ask(std::string_view session_id, std::string_view question, std::string_view article = {});

  // Answers `question` with an explicit context, which is read and updated.
  // For channels that keep conversations elsewhere (a state database).
  Answer ask(Context& context, std::string_view question, std::string_view article = {}) const;

  // Re-reads the index file (after `tanya index --out` replaced it) and the
  // bot data, and swaps them in. Questions in flight finish on the old
  // snapshot; sessions are kept. On failure the bot keeps answering from
  // the old snapshot and *error says why.
  bool reload(std::string* error);

  // How the bot reads `question` (question type, topics, entities, leftover
  // and unknown words, typo corrections), as JSON, for `tanya ask --explain`.
  std::string explain(std::string_view question) const;

  // The words that carry `question`'s meaning as the bot reads it (slang,
  // spelling, closed compounds and stems resolved), sorted, after
  // "?<type>" when the question has a type: two questions that mean the
  // same have the same key ("kerjasama tuh apa", "kerja sama itu apaan").
  // The editor's report groups declined questions by it. Read as `article`
  // (a slug) reads it, or the first article when empty or unknown.
  std::vector<std::string> question_key(std::string_view question,
                                        std::string_view article = {}) const;

  // A session's stored context (a new one when there is none), and storing
  // it back: for a channel that holds a conversation between questions (a
  // WebSocket connection) and asks with ask(Context&, ...), so that a
  // shared store is read once per connection instead of once per question.
  Context load_session(std::string_view session_id);
  void save_session(std::string_view session_id, const Context& context);

  // Context of a session, if it exists and has not expired (for resuming).
  std::optional<Context> session(std::string_view session_id);
  bool has_session(std::string_view session_id);

  // Questions to offer before the user has asked anything, about `article`
  // (a slug), or the first article when empty or unknown.
  std::vector<std::string> welcome_suggestions(std::string_view article = {}) const;

  // Title of `article` (a slug), or of the first article when empty or
  // unknown, for channel UIs.
  std::string article_title(std::string_view article = {}) const;

  // True when the corpus has an article with this slug.
  bool has_article(std::string_view article) const;

  // Number of live sessions (for metrics), nullopt when the store does not count.
  std::optional<size_t> session_count() const;

 private:
  struct Impl;
  explicit Bot(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tanya

#endif  // TANYA_BOT_BOT_H_
