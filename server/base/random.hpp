// random: the kernel CSPRNG (getrandom(2)), the only source of randomness on
// the node. Nothing here is derived from a seedable generator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kring::base {

// `count` random bytes. Terminates the process if the kernel CSPRNG fails:
// handing out guessable capabilities is worse than stopping.
std::string random_bytes(std::size_t count);

std::uint64_t random_u64();

}  // namespace kring::base
