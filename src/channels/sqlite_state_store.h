// The default StateStore: one SQLite file in WAL mode, so that readers (the
// metrics scrape, `tanya channels`) never block the webhook writers, with
// synchronous=FULL so that an acknowledged message survives a power cut.
#ifndef TANYA_CHANNELS_SQLITE_STATE_STORE_H_
#define TANYA_CHANNELS_SQLITE_STATE_STORE_H_

#include <memory>
#include <string>

#include "channels/state_store.h"

namespace tanya::channels {

// Opens (creating if needed) the state database at `path`. Returns nullptr
// and sets *error when the file cannot be opened or its schema created.
std::unique_ptr<StateStore> open_sqlite_state_store(const std::string& path, std::string* error);

}  // namespace tanya::channels

#endif  // TANYA_CHANNELS_SQLITE_STATE_STORE_H_
