// A Redis primary, its replicas and three sentinels watching them as "kring",
// all on loopback, each a real process (support/redis_server.hpp). The
// sentinels judge the primary down after 1 s and may fail over every 5 s.
// Every server and every sentinel wants a login, as deployed.
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
  // Starts everything and waits until every replica is in sync and every
  // sentinel knows the primary, its replicas and the other sentinels; throws
  // when that takes too long.
  explicit SentinelGroup(int replica_count);

  RedisServer& primary() { return *primary_; }
  RedisServer& replica(std::size_t index) { return *replicas_.at(index); }
  std::size_t replica_count() const { return replicas_.size(); }
  // "127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3", for --redis-sentinel.
  std::string sentinel_list() const;
  // What a node needs to find the primary through the sentinels and log in to
  // both, acknowledging once `min_replicas` replicas have a write.
  std::vector<std::string> node_args(int min_replicas) const;
  // The primary's port as the first sentinel that answers reports it.
  std::optional<std::uint16_t> reported_primary_port() const;
  // Waits until the sentinels report a primary other than `old_port` and
  // returns its port; nullopt on timeout.
  std::optional<std::uint16_t> wait_for_new_primary(std::uint16_t old_port,
                                                    std::chrono::milliseconds timeout) const;
  // Waits until `replica` reports its link to the primary on `primary_port`
  // up; false on timeout.
  static bool wait_for_replica_link(const RedisServer& replica, std::uint16_t primary_port,
                                    std::chrono::milliseconds timeout);

 private:
  std::unique_ptr<RedisServer> primary_;
  std::vector<std::unique_ptr<RedisServer>> replicas_;
  std::vector<std::unique_ptr<RedisServer>> sentinels_;
};

}  // namespace kring::test
