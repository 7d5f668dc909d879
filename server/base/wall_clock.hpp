// The node's wall clock in milliseconds since the Unix epoch: the time events
// carry (at_ms) and the time devices set their clocks by (Welcome, Pong).
// The core never reads it; the shell passes it in.
#pragma once

#include <chrono>
#include <cstdint>

namespace kring::base {

inline std::int64_t wall_clock_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace kring::base
