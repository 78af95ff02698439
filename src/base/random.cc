#include "base/random.h"

#include <random>

namespace tanya {

std::string random_hex(size_t bytes) {
  std::random_device device;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * bytes);
  for (size_t i = 0; i < bytes; i += 4) {
    unsigned bits = device();  // 32 random bits: four bytes at a time
    for (size_t k = i; k < bytes && k < i + 4; ++k, bits >>= 8) {
      out.push_back(kHex[(bits >> 4) & 0xF]);
      out.push_back(kHex[bits & 0xF]);
    }
  }
  return out;
}

}  // namespace tanya
