// Shared by the fuzz targets (tests/fuzz/*_fuzz.cc; docs/reliability.md): the
// input as text, a scratch directory for the process, and a check that
// stays on in every build.
//
// Nothing here catches exceptions, and neither do the targets: an exception
// that escapes a parser is a finding, and libFuzzer reports it as a crash
// (std::terminate -> abort) with the input that caused it.
#ifndef TANYA_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define TANYA_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <stdlib.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace tanya::fuzz {

// The input as a string_view.
inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A directory of this process under $TMPDIR, removed when the fuzzer exits
// normally (scripts/fuzz.sh also removes its whole scratch directory, which
// covers a crash).
inline const std::string& scratch_dir() {
  // Never destroyed: the exit handler below runs after static destructors.
  static const std::string* dir = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "tanya-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    return new std::string(pattern);
  }();
  static const bool cleanup = std::atexit([] {
                                std::error_code ignored;
                                std::filesystem::remove_all(*dir, ignored);
                              }) == 0;
  (void)cleanup;
  return *dir;
}

// Stops the fuzzer with a message when a property of the code under test
// does not hold (an assert that stays on in release builds).
#define TANYA_FUZZ_CHECK(condition)                                                      \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

}  // namespace tanya::fuzz

#endif  // TANYA_TESTS_FUZZ_FUZZ_SUPPORT_H_
