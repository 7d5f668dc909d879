// tally: what the devices of one generator thread observed. Written only by
// that thread; read and merged by the controller after the threads stopped.
// The measurement window is shared: an event counts when it was *sent* inside
// it, so the numbers describe the load offered during the window.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <limits>

#include "histogram.hpp"

namespace kring::loadgen {

// One monotonic clock for send and receipt (CLOCK_MONOTONIC is system-wide,
// so it holds across generator processes too).
inline std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

struct Window {
  std::atomic<std::int64_t> start_ns{std::numeric_limits<std::int64_t>::max()};
  std::atomic<std::int64_t> end_ns{std::numeric_limits<std::int64_t>::max()};

  bool contains(std::int64_t sent_ns) const {
    return sent_ns >= start_ns.load(std::memory_order_relaxed) &&
           sent_ns < end_ns.load(std::memory_order_relaxed);
  }
};

struct Tally {
  Histogram latency;             // send -> receipt of timestamped events sent in the window
  std::uint64_t delivered = 0;   // timestamped events sent in the window and received
  std::uint64_t sent = 0;        // timestamped commands sent in the window
  std::uint64_t received = 0;    // timestamped events received in the window, whenever sent
  std::uint64_t duplicates = 0;  // an event seq at or below one already seen
  std::uint64_t gaps = 0;        // an event seq more than one past the last (order violation)
  std::uint64_t errors = 0;      // Error replies (rate limit, rejections)
  std::uint64_t going_away = 0;
  std::uint64_t disconnects = 0;  // connections that ended while the run wanted them open
  std::uint64_t resumed = 0;      // rejoins answered with recovered = true
  std::uint64_t frames = 0;       // WebSocket frames (ServerBatch) received, whole step
  std::uint64_t messages = 0;     // server messages in those frames

  void merge(const Tally& other) {
    latency.merge(other.latency);
    delivered += other.delivered;
    sent += other.sent;
    received += other.received;
    duplicates += other.duplicates;
    gaps += other.gaps;
    errors += other.errors;
    going_away += other.going_away;
    disconnects += other.disconnects;
    resumed += other.resumed;
    frames += other.frames;
    messages += other.messages;
  }
};

}  // namespace kring::loadgen
