// Helpers shared by the channel tests: temporary directories and UTF-8 checks.
#ifndef TANYA_TESTS_CHANNELS_TEST_UTIL_H_
#define TANYA_TESTS_CHANNELS_TEST_UTIL_H_

#include <atomic>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>

namespace tanya::testing {

// A fresh directory, removed with its contents at scope exit.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("tanya-channels-" + std::to_string(random()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// True when `text` is well-formed UTF-8 (no truncated or stray sequences).
inline bool valid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > text.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// A clock the test moves by hand.
struct ManualClock {
  std::atomic<int64_t> now_ms{1'700'000'000'000};
  auto function() {
    return [this] { return now_ms.load(); };
  }
};

}  // namespace tanya::testing

#endif  // TANYA_TESTS_CHANNELS_TEST_UTIL_H_
