// redis_target: where a node finds the Redis that holds the room log, and how
// it proves who it is there. Either one fixed address, or a primary found
// through Redis Sentinel by its master name (docs/multi-node.md).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kring::log::redis {

struct RedisEndpoint {
  std::string host;
  std::uint16_t port = 6379;
  bool operator==(const RedisEndpoint&) const = default;
};

struct RedisTarget {
  // A fixed address; unused when `sentinels` is not empty.
  RedisEndpoint direct;
  // Asked in turn for the primary of `master_name`; the one that answers is
  // asked first next time.
  std::vector<RedisEndpoint> sentinels;
  std::string master_name = "kring";
  // An ACL user and its password, sent with AUTH on every new connection to
  // the data nodes. An empty password: no AUTH. An empty user: the "default"
  // user (AUTH with the password alone).
  std::string user;
  std::string password;
  // The same for the sentinels (Sentinel keeps its own users).
  std::string sentinel_user;
  std::string sentinel_password;
  // An append is acknowledged only once this many replicas have it (WAIT);
  // 0: once the primary has it.
  unsigned min_replicas = 0;
  // How long an append waits for those replicas before it is answered
  // unavailable (it may still be in the log: clients retry with its key).
  std::chrono::milliseconds replica_timeout{1000};

  bool uses_sentinel() const { return !sentinels.empty(); }
};

}  // namespace kring::log::redis
