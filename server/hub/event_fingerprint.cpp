#include "hub/event_fingerprint.hpp"

#include <functional>
#include <string>

namespace kring::hub {

std::uint64_t event_fingerprint(const core::Event& event) {
  // Mixes with the 64-bit golden ratio so that nearby clocks spread out.
  constexpr std::uint64_t mix = 0x9E3779B97F4A7C15ULL;
  std::uint64_t hash = std::hash<std::string>{}(event.idempotency_key);
  hash = (hash ^ static_cast<std::uint64_t>(event.at_ms)) * mix;
  hash = (hash ^ static_cast<std::uint64_t>(event.body.index())) * mix;
  return hash == 0 ? 1 : hash;
}

}  // namespace kring::hub
