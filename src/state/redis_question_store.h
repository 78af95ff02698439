// The question log in the Redis that replicas share (`tanya serve --state
// redis://...`), so that `tanya report` and /admin see the questions of
// every replica. Layout, under the URL's prefix:
//   qlog:row:<answer_id>  one row, as JSON (editor::to_json)
//   qlog:time             sorted set of answer ids by time asked (ms)
//   qlog:key              the secret user hashes are keyed with
#ifndef TANYA_STATE_REDIS_QUESTION_STORE_H_
#define TANYA_STATE_REDIS_QUESTION_STORE_H_

#include <memory>

#include "editor/question_store.h"
#include "state/redis.h"

namespace tanya::state {

std::unique_ptr<editor::QuestionStore> make_redis_question_store(
    std::shared_ptr<RedisClient> client);

}  // namespace tanya::state

#endif  // TANYA_STATE_REDIS_QUESTION_STORE_H_
