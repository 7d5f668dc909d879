// A Redis primary, one replica and three sentinels watching them as "kring",
// all on loopback, each a real process (support/redis_server.hpp). The
// sentinels judge the primary down after 1 s and may fail over every 5 s.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "support/redis_server.hpp"

namespace kring::test {

class SentinelGroup {
 public:
  // Starts everything and waits until the replica is in sync and every
  // sentinel knows the primary and its replica; throws when that takes too long.
  SentinelGroup();

  RedisServer& primary() { return *primary_; }
  RedisServer& replica() { return *replica_; }
  // "127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3", for --redis-sentinel.
  std::string sentinel_list() const;
  // The primary's port as the first sentinel that answers reports it.
  std::optional<std::uint16_t> reported_primary_port() const;
  // Waits until the sentinels report `port` as the primary; false on timeout.
  bool wait_for_primary(std::uint16_t port, std::chrono::milliseconds timeout) const;

 private:
  std::unique_ptr<RedisServer> primary_;
  std::unique_ptr<RedisServer> replica_;
  std::vector<std::unique_ptr<RedisServer>> sentinels_;
};

}  // namespace kring::test
