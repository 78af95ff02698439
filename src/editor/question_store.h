// QuestionStore: where the question log is kept, behind one small contract
// so that replicas sharing Redis write one log and a report sees them all,
// while a single server keeps it in a SQLite file (WAL). The contract test
// (tests/unit/question_store_test.cc) runs the same cases on both.
//
// A row is one question a reader asked and what the bot did with it. It
// holds no platform user id or session id in clear: `user` is a keyed hash
// (QuestionLog::hash), so rows of one reader can be told apart and nothing
// more. Implementations are safe for concurrent use; nothing throws: a
// failure is a false or empty return, and QuestionLog counts it.
#ifndef TANYA_EDITOR_QUESTION_STORE_H_
#define TANYA_EDITOR_QUESTION_STORE_H_

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bot/answer.h"

namespace tanya::editor {

// A reader's mark on one answer.
enum class Feedback { kNone, kUp, kDown };

// "up", "down" -> the mark; anything else -> nullopt.
std::optional<Feedback> parse_feedback(std::string_view text);
std::string_view feedback_name(Feedback feedback);  // "", "up", "down"

struct LoggedQuestion {
  AnswerId answer_id;
  int64_t time_ms = 0;   // when it was asked, ms since the Unix epoch
  std::string channel;   // "websocket", "http", "telegram", ...
  std::string article;   // the article that answered (or the scope), "" for none
  std::string user;      // keyed hash of the session or platform user, never the id
  std::string question;  // as the reader typed it
  std::string answer;    // what the bot said (cut to kMaxLoggedAnswer bytes)
  std::string intent;
  bool found = false;
  double confidence = 0;
  Feedback feedback = Feedback::kNone;
  std::string comment;  // the reader's words with a 👎, may be empty
  // QuestionLog's own bookkeeping, never stored: the user is hashed and the
  // question cleaned already; the row was refused once.
  bool hashed = false;
  bool retried = false;
};

// Longest answer text kept in a row: enough to see what the reader was
// told (an answer's opening and its first items), and short enough that
// logging costs answering little: the row's size is most of its cost.
inline constexpr size_t kMaxLoggedAnswer = 400;
// Longest feedback comment accepted, in bytes.
inline constexpr size_t kMaxFeedbackComment = 500;

// A row as JSON ({"answer_id","time_ms","channel",...}), as the report and
// the Redis store write it; from_json gives nullopt for anything else.
nlohmann::json to_json(const LoggedQuestion& row);
std::optional<LoggedQuestion> logged_question_from_json(const nlohmann::json& json);

class QuestionStore {
 public:
  virtual ~QuestionStore() = default;

  // Stores rows (new answer ids; a repeated id keeps the first row).
  virtual bool append(const std::vector<LoggedQuestion>& rows) = 0;

  // Marks the row of `id`; false when no such row is kept (never logged,
  // or purged by retention). The same mark again with no comment keeps the
  // comment it had.
  virtual bool set_feedback(const AnswerId& id, Feedback feedback, std::string_view comment) = 0;

  // Rows asked at or after `since_ms`, oldest first (rows of one
  // millisecond in any order).
  virtual std::vector<LoggedQuestion> since(int64_t since_ms) = 0;

  // Deletes rows asked before `before_ms`; returns how many went.
  virtual size_t purge_before(int64_t before_ms) = 0;

  // The secret that user hashes are keyed with: made once, at random, by
  // whichever replica comes first, and then shared by all, so one reader
  // hashes alike on every replica. Empty on failure.
  virtual std::string hash_key() = 0;
};

}  // namespace tanya::editor

#endif  // TANYA_EDITOR_QUESTION_STORE_H_
