// Reading a data directory from disk, or its embedded copy when no directory
// is given. Both give the same value: files sorted by relative path.
#ifndef TANYA_BASE_FILES_H_
#define TANYA_BASE_FILES_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/embedded.h"

namespace tanya {

struct DataFile {
  std::string path;  // relative to the directory, '/' separated
  std::string data;
};

// Files under `dir` (recursively; hidden files skipped) when `dir` is not
// empty, else the `embedded` ones. Throws std::runtime_error when `dir`
// cannot be read.
std::vector<DataFile> read_data_files(const std::string& dir,
                                      const std::vector<embedded::File>& embedded);

// Whole file contents; throws std::runtime_error when it cannot be read.
std::string read_file(const std::string& path);

// Stable 64-bit FNV-1a hash, as 16 hex digits (for corpus fingerprints and ETags).
std::string fnv1a_hex(std::string_view data, unsigned long long seed = 0xcbf29ce484222325ULL);

}  // namespace tanya

#endif  // TANYA_BASE_FILES_H_
