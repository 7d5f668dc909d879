// server_context: what every connection of the node shares. Owned by the Node,
// which outlives every session that runs (sessions must not touch it from
// their destructors: at a forced stop those run after the Node is gone).
#pragma once

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <string>

#include "base/metrics.hpp"
#include "hub/room_registry.hpp"
#include "net/origin_policy.hpp"
#include "net/session_tracker.hpp"

namespace kring::net {

struct ServerContext {
  // The node's name in Welcome and /metrics (--node-name).
  const std::string node_name;
  // Where people in the room reach the service (--public-url), in Welcome;
  // may be empty.
  const std::string public_url;
  // Bound of each WebSocket session's outgoing queue (--send-queue-bytes).
  const std::size_t send_queue_bytes;
  // SO_SNDBUF of each accepted socket, 0 = the kernel's autotuning
  // (--socket-send-buffer-bytes). Bounds what the kernel holds for a client
  // that stopped reading, so that the send queue fills and closes it.
  const std::size_t socket_send_buffer_bytes;
  hub::RoomRegistry& registry;
  base::Metrics& metrics;
  const OriginPolicy& origins;
  SessionTracker& sessions;
  // The static directory, made absolute once; may not exist.
  const std::filesystem::path static_root;
  // Set at the start of a graceful stop: no new WebSocket sessions.
  std::atomic<bool> stopping{false};
};

}  // namespace kring::net
