#include "editor/question_log.h"

#include <sys/resource.h>
#include <unistd.h>

#include "channels/hmac.h"
#include "text/utf8.h"

namespace tanya::editor {

namespace {
constexpr int64_t kDayMs = 24LL * 60 * 60 * 1000;
constexpr int64_t kPurgeEveryMs = 60LL * 60 * 1000;
constexpr int kWriterNice = 10;
}  // namespace

std::unique_ptr<QuestionLog> QuestionLog::open(std::shared_ptr<QuestionStore> store,
                                               QuestionLogOptions options, std::string* error) {
  std::string key = !options.hash_key.empty() ? options.hash_key : store->hash_key();
  if (key.empty()) {
    *error = "the question log has no hash key and cannot make one (is its store writable?)";
    return nullptr;
  }
  return std::unique_ptr<QuestionLog>(
      new QuestionLog(std::move(store), std::move(options), std::move(key)));
}

QuestionLog::QuestionLog(std::shared_ptr<QuestionStore> store, QuestionLogOptions options,
                         std::string key)
    : store_(std::move(store)), options_(std::move(options)), key_(std::move(key)) {
  purge();
  writer_ = std::thread([this] { run(); });
}

QuestionLog::~QuestionLog() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  writer_.join();
}

int64_t QuestionLog::now_ms() const {
  if (options_.now_ms) return options_.now_ms();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string QuestionLog::hash(std::string_view user) const {
  return channels::to_hex(channels::hmac_sha256(key_, user)).substr(0, 32);
}

std::string QuestionLog::hashed(const std::string& user) {
  constexpr size_t kRemembered = 10000;  // then forgotten all at once: memory stays bounded
  auto it = hashes_.find(user);
  if (it != hashes_.end()) return it->second;
  if (hashes_.size() >= kRemembered) hashes_.clear();
  return hashes_.emplace(user, hash(user)).first->second;
}

void QuestionLog::record(const Asked& asked, const Answer& answer) {
  if (answer.id.empty()) return;
  LoggedQuestion row;
  row.answer_id = answer.id;
  row.time_ms = now_ms();
  row.channel = std::string(asked.channel);
  // The article that answered, which a site-wide question picks; else the
  // scope it was asked in.
  row.article = !answer.sources.empty() && !answer.sources.front().article_id.empty()
                    ? answer.sources.front().article_id
                    : std::string(asked.article);
  // The user id is hashed, and the question cleaned, by the writer: the
  // answer path only copies. (The raw id never leaves this process's memory.)
  row.user = std::string(asked.user);
  row.question = std::string(asked.question);
  row.answer = std::string(utf8::truncate(answer.text, kMaxLoggedAnswer));  // bot text: valid
  row.intent = answer.intent;
  row.found = answer.found;
  row.confidence = answer.confidence;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (queue_.size() >= options_.max_queued) {
      dropped_.fetch_add(1);
      return;
    }
    unstored_.insert(row.answer_id.str());
    queue_.push_back(std::move(row));
    ++queued_through_;
    recorded_.fetch_add(1, std::memory_order_relaxed);
  }
}

bool QuestionLog::feedback(const AnswerId& id, Feedback feedback, std::string_view comment) {
  if (id.empty()) return false;
  const std::string text = utf8::clean(utf8::truncate(comment, kMaxFeedbackComment));
  if (store_->set_feedback(id, feedback, text)) return true;
  // The answer may still wait in the queue: store it, then try again. (An
  // id this log never had is refused at once.)
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (unstored_.count(id.str()) == 0) return false;
  }
  flush();
  return store_->set_feedback(id, feedback, text);
}

std::string QuestionLog::metrics_text() const {
  return "# HELP tanya_question_log_rows_total Questions queued for the question log.\n"
         "# TYPE tanya_question_log_rows_total counter\n"
         "tanya_question_log_rows_total " +
         std::to_string(recorded_.load()) +
         "\n# HELP tanya_question_log_dropped_total Questions not logged: the queue was full.\n"
         "# TYPE tanya_question_log_dropped_total counter\n"
         "tanya_question_log_dropped_total " +
         std::to_string(dropped_.load()) +
         "\n# HELP tanya_question_log_failed_total Questions the log's store refused.\n"
         "# TYPE tanya_question_log_failed_total counter\n"
         "tanya_question_log_failed_total " +
         std::to_string(failed_.load()) + "\n";
}

void QuestionLog::flush() {
  std::unique_lock<std::mutex> lock(mu_);
  const uint64_t target = queued_through_;
  if (stored_through_ >= target) return;
  flush_asked_ = true;
  wake_.notify_all();
  stored_.wait(lock, [&] { return stored_through_ >= target || stop_; });
}

size_t QuestionLog::purge() {
  return store_->purge_before(now_ms() - options_.retention_days * kDayMs);
}

void QuestionLog::run() {
  // The writer yields the CPU to answering: on a busy machine it runs in
  // what the answer threads leave (its queue absorbs the wait), so the log
  // costs answers as little CPU as possible. (A thread's nice value is its
  // own on Linux; failure only leaves it at the default.)
  setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kWriterNice);
  int64_t last_purge = now_ms();
  std::vector<LoggedQuestion> batch;  // keeps its capacity from round to round
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    wake_.wait_for(lock, options_.flush_every, [&] { return stop_ || flush_asked_; });
    flush_asked_ = false;
    batch.clear();
    batch.swap(queue_);
    const uint64_t through = queued_through_;
    const bool stopping = stop_;
    lock.unlock();
    for (LoggedQuestion& row : batch) {
      if (!row.hashed) {
        if (!row.user.empty()) row.user = hashed(row.user);
        row.question = utf8::clean(row.question);
        row.hashed = true;
      }
    }
    const bool stored = batch.empty() || store_->append(batch);
    if (now_ms() - last_purge >= kPurgeEveryMs) {
      purge();
      last_purge = now_ms();
    }
    lock.lock();
    if (stored) {
      for (const LoggedQuestion& row : batch) unstored_.erase(row.answer_id.str());
    } else {
      // A store that failed once (Redis restarting, a long lock) gets these
      // rows once more, ahead of the new ones; rows failing again are lost.
      std::vector<LoggedQuestion> again;
      for (LoggedQuestion& row : batch) {
        if (!row.retried && again.size() + queue_.size() < options_.max_queued) {
          row.retried = true;
          again.push_back(std::move(row));
        } else {
          failed_.fetch_add(1);
          unstored_.erase(row.answer_id.str());
        }
      }
      again.insert(again.end(), std::make_move_iterator(queue_.begin()),
                   std::make_move_iterator(queue_.end()));
      queue_.swap(again);
    }
    stored_through_ = through;
    stored_.notify_all();
    if (stopping && queue_.empty()) return;
  }
}

}  // namespace tanya::editor
