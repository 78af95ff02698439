#include "base/random.h"

#include <sys/random.h>

#include <random>

namespace tanya {

std::string random_hex(size_t bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string raw(bytes, '\0');
  // getrandom(2) is one system call and keeps no state in the process.
  // (std::random_device opens and closes /dev/urandom each time it is made:
  // some 30 µs, a sixth of answering a question.)
  size_t got = 0;
  while (got < bytes) {
    const ssize_t n = getrandom(raw.data() + got, bytes - got, 0);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  if (got < bytes) {  // no getrandom (an old kernel): the slow way
    std::random_device device;
    for (; got < bytes; ++got) raw[got] = static_cast<char>(device() & 0xFFu);
  }
  std::string out;
  out.reserve(2 * bytes);
  for (unsigned char b : raw) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0xF]);
  }
  return out;
}

}  // namespace tanya
