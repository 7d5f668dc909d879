// A small deterministic generator (splitmix64). decide() draws every random
// choice from the entropy it is given, so the same inputs give the same event.
#pragma once

#include <cstdint>

namespace kring::core {

class Entropy {
 public:
  explicit Entropy(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, bound) for bound > 0 (modulo bias is negligible for our small bounds).
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }

 private:
  std::uint64_t state_;
};

}  // namespace kring::core
