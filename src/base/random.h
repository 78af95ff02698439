// Unpredictable identifiers and secrets: answer ids, session ids, CSRF
// tokens, the question log's hash key. Drawn from the kernel's generator
// (getrandom) on each call, so no generator state is shared between
// threads and nothing a client sees predicts the next value.
#ifndef TANYA_BASE_RANDOM_H_
#define TANYA_BASE_RANDOM_H_

#include <cstddef>
#include <string>

namespace tanya {

// `bytes` random bytes as 2 * bytes lowercase hex digits.
std::string random_hex(size_t bytes);

}  // namespace tanya

#endif  // TANYA_BASE_RANDOM_H_
