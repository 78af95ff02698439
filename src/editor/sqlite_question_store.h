// The question log in a SQLite file, in WAL mode so that a report can read
// while the server writes. One connection behind a mutex: the log writes in
// batches from one thread, so there is nothing to gain from more.
#ifndef TANYA_EDITOR_SQLITE_QUESTION_STORE_H_
#define TANYA_EDITOR_SQLITE_QUESTION_STORE_H_

#include <memory>
#include <string>

#include "editor/question_store.h"

namespace tanya::editor {

// Where the log is kept when no file is given: tanya-questions.db beside
// the index, as the webhooks' state is.
std::string default_question_log(const std::string& index_path);

// Opens (creating if needed) the log at `path`; nullptr and *error when it
// cannot be opened or is not a question log.
std::unique_ptr<QuestionStore> open_sqlite_question_store(const std::string& path,
                                                          std::string* error);

}  // namespace tanya::editor

#endif  // TANYA_EDITOR_SQLITE_QUESTION_STORE_H_
