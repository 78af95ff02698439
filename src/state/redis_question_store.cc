#include "state/redis_question_store.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/random.h"

namespace tanya::state {
namespace {

// KEYS: the time index. ARGV: prefix, then (id, time, row JSON) per row. A
// row is added once: a repeated id keeps the first, as in SQLite.
const RedisScript kAppend(R"lua(
local added = 0
for i = 2, #ARGV, 3 do
  if redis.call('SET', ARGV[1] .. 'qlog:row:' .. ARGV[i], ARGV[i + 2], 'NX') then
    redis.call('ZADD', KEYS[1], ARGV[i + 1], ARGV[i])
    added = added + 1
  end
end
return added
)lua");

// KEYS: the row. ARGV: feedback, comment. 0 when there is no such row.
const RedisScript kFeedback(R"lua(
local row = redis.call('GET', KEYS[1])
if not row then return 0 end
local value = cjson.decode(row)
if not (ARGV[2] == '' and value['feedback'] == ARGV[1]) then value['comment'] = ARGV[2] end
value['feedback'] = ARGV[1]
redis.call('SET', KEYS[1], cjson.encode(value))
return 1
)lua");

// KEYS: the time index. ARGV: prefix, before, batch. Deletes up to `batch`
// of the oldest rows asked before `before`; returns how many.
const RedisScript kPurge(R"lua(
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[2], 'LIMIT', 0, tonumber(ARGV[3]))
for _, id in ipairs(ids) do
  redis.call('DEL', ARGV[1] .. 'qlog:row:' .. id)
  redis.call('ZREM', KEYS[1], id)
end
return #ids
)lua");

class RedisQuestionStore final : public editor::QuestionStore {
 public:
  explicit RedisQuestionStore(std::shared_ptr<RedisClient> client)
      : client_(std::move(client)), prefix_(client_->url().prefix) {}

  bool append(const std::vector<editor::LoggedQuestion>& rows) override {
    std::vector<std::string> args = {prefix_};
    for (const editor::LoggedQuestion& r : rows) {
      args.push_back(r.answer_id.str());
      args.push_back(std::to_string(r.time_ms));
      args.push_back(
          editor::to_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    return client_->eval(kAppend, {prefix_ + "qlog:time"}, args).ok();
  }

  bool set_feedback(const AnswerId& id, editor::Feedback feedback,
                    std::string_view comment) override {
    RedisReply reply =
        client_->eval(kFeedback, {row_key(id.str())},
                      {std::string(editor::feedback_name(feedback)), std::string(comment)});
    return reply.type == RedisReply::Type::kInteger && reply.integer == 1;
  }

  std::vector<editor::LoggedQuestion> since(int64_t since_ms) override {
    std::vector<editor::LoggedQuestion> rows;
    RedisReply ids = client_->command(
        {"ZRANGEBYSCORE", prefix_ + "qlog:time", std::to_string(since_ms), "+inf"});
    if (ids.type != RedisReply::Type::kArray) return rows;
    constexpr size_t kBatch = 500;  // rows per MGET: bounded replies
    for (size_t at = 0; at < ids.elements.size(); at += kBatch) {
      std::vector<std::string> argv = {"MGET"};
      for (size_t i = at; i < ids.elements.size() && i < at + kBatch; ++i)
        argv.push_back(row_key(ids.elements[i].text));
      RedisReply values = client_->command(argv);
      if (values.type != RedisReply::Type::kArray) continue;
      for (const RedisReply& v : values.elements) {
        if (v.type != RedisReply::Type::kString) continue;
        auto parsed = editor::logged_question_from_json(
            nlohmann::json::parse(v.text, nullptr, /*allow_exceptions=*/false));
        if (parsed) rows.push_back(std::move(*parsed));
      }
    }
    return rows;
  }

  size_t purge_before(int64_t before_ms) override {
    size_t purged = 0;
    for (;;) {
      constexpr int kBatch = 1000;  // rows per script run: Redis is never held long
      RedisReply reply =
          client_->eval(kPurge, {prefix_ + "qlog:time"},
                        {prefix_, std::to_string(before_ms), std::to_string(kBatch)});
      if (reply.type != RedisReply::Type::kInteger) return purged;
      purged += static_cast<size_t>(reply.integer);
      if (reply.integer < kBatch) return purged;
    }
  }

  std::string hash_key() override {
    const std::string fresh = random_hex(32);
    // SET NX then GET: every replica ends up with the first key written.
    client_->command({"SET", prefix_ + "qlog:key", fresh, "NX"});
    RedisReply reply = client_->command({"GET", prefix_ + "qlog:key"});
    return reply.type == RedisReply::Type::kString ? reply.text : std::string();
  }

 private:
  std::string row_key(std::string_view id) const { return prefix_ + "qlog:row:" + std::string(id); }

  const std::shared_ptr<RedisClient> client_;
  const std::string prefix_;
};

}  // namespace

std::unique_ptr<editor::QuestionStore> make_redis_question_store(
    std::shared_ptr<RedisClient> client) {
  return std::make_unique<RedisQuestionStore>(std::move(client));
}

}  // namespace tanya::state
