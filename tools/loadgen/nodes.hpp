// nodes: the kring-server processes a run talks to (and the redis-server
// behind them when there are several), started on 127.0.0.1 with free ports
// and stopped when the object goes away, also when the run fails.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "device.hpp"
#include "support/redis_server.hpp"
#include "support/server_process.hpp"

namespace kring::loadgen {

class Nodes {
 public:
  // `count` nodes; with `redis` they share rooms through one redis-server.
  // `extra_args` go to every node (e.g. --send-queue-bytes). With
  // `redis_replicas`, that many replicas follow the redis-server and the
  // nodes wait for all of them (--redis-min-replicas) before an ack.
  Nodes(std::size_t count, bool redis, const std::vector<std::string>& extra_args = {},
        std::size_t redis_replicas = 0);

  std::size_t size() const { return servers_.size(); }
  NodeAddress address(std::size_t index) const;

  // Summed over the nodes.
  double server_cpu_seconds() const;
  std::uint64_t server_rss_bytes() const;
  // 0 without Redis.
  double redis_cpu_seconds() const;

 private:
  std::unique_ptr<test::RedisServer> redis_;
  std::vector<std::unique_ptr<test::RedisServer>> replicas_;
  std::vector<std::unique_ptr<test::ServerProcess>> servers_;
};

}  // namespace kring::loadgen
