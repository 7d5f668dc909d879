// Randomness for test inputs: idempotency keys, note and ballot secrets, and
// markers that must be unique enough to be searched for in raw frames.
#pragma once

#include <cstddef>
#include <string>

namespace kring::test {

// `count` random bytes (any values, including zero bytes).
std::string random_bytes(std::size_t count);

// `count` random lowercase hex digits: safe inside note text and names.
std::string random_hex(std::size_t count);

}  // namespace kring::test
