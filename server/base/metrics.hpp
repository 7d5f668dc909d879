// metrics: the node's counters, shared by every thread (relaxed atomics: each
// counter is independent and only read for /metrics). The hub counts here;
// the network layer renders them (net/prometheus.hpp).
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>

#include "core/errors.hpp"

namespace kring::base {

// One past the last core::ErrorCode.
inline constexpr std::size_t error_code_count =
    static_cast<std::size_t>(core::ErrorCode::group_too_small) + 1;

struct Metrics {
  std::atomic<std::uint64_t> connections_open{0};  // WebSocket sessions now
  std::atomic<std::uint64_t> connections_total{0};
  std::atomic<std::uint64_t> http_requests{0};
  std::atomic<std::uint64_t> frames_in{0};
  std::atomic<std::uint64_t> bytes_in{0};
  std::atomic<std::uint64_t> frames_out{0};    // WebSocket frames: one ServerBatch each
  std::atomic<std::uint64_t> messages_out{0};  // ServerMessages in those frames
  std::atomic<std::uint64_t> bytes_out{0};
  std::atomic<std::uint64_t> slow_consumers_closed{0};
  // Room appends refused because another node wrote first (then decided
  // again), and how many of those needed no read: the other node's events had
  // already arrived on the subscription.
  std::atomic<std::uint64_t> append_conflicts{0};
  std::atomic<std::uint64_t> append_conflicts_without_read{0};
  std::array<std::atomic<std::uint64_t>, error_code_count> rejections{};

  static void add(std::atomic<std::uint64_t>& counter, std::uint64_t amount = 1) {
    counter.fetch_add(amount, std::memory_order_relaxed);
  }
  void count_rejection(core::ErrorCode code) { add(rejections[static_cast<std::size_t>(code)]); }
};

}  // namespace kring::base
