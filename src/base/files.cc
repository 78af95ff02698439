#include "base/files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tanya {

namespace fs = std::filesystem;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<DataFile> read_data_files(const std::string& dir,
                                      const std::vector<embedded::File>& embedded) {
  std::vector<DataFile> out;
  if (dir.empty()) {
    for (const auto& f : embedded) out.push_back({std::string(f.path), std::string(f.data)});
  } else {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw std::runtime_error("not a directory: " + dir);
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) throw std::runtime_error("cannot list " + dir + ": " + ec.message());
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file()) continue;
      out.push_back(
          {fs::relative(it->path(), dir).generic_string(), read_file(it->path().string())});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const DataFile& a, const DataFile& b) { return a.path < b.path; });
  return out;
}

std::string fnv1a_hex(std::string_view data, unsigned long long seed) {
  unsigned long long h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  static const char* kHex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = kHex[h & 0xF];
  return out;
}

}  // namespace tanya
