#include "nodes.hpp"

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "proc_stats.hpp"
#include "support/redis_raw_client.hpp"

namespace kring::loadgen {
namespace {

// Waits until the primary on `port` reports `count` replicas online (a room
// created before that would wait for a replica that is still syncing).
void wait_for_replicas_online(std::uint16_t port, std::size_t count) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  const std::string wanted = "connected_slaves:" + std::to_string(count);
  for (;;) {
    test::RawRedisClient client(port);
    const test::Reply info = client.run({"INFO", "replication"});
    if (info && info->type == REDIS_REPLY_STRING) {
      const std::string text(info->str, info->len);
      std::size_t online = 0;
      for (std::size_t at = text.find("state=online"); at != std::string::npos;
           at = text.find("state=online", at + 1)) {
        ++online;
      }
      if (text.find(wanted) != std::string::npos && online == count) return;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      throw std::runtime_error("the Redis replicas did not come online");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

Nodes::Nodes(std::size_t count, bool redis, const std::vector<std::string>& extra_args,
             std::size_t redis_replicas) {
  std::vector<std::string> args = extra_args;
  if (redis) {
    redis_ = std::make_unique<test::RedisServer>();
    const std::vector<std::string> redis_args = redis_->node_args();
    args.insert(args.end(), redis_args.begin(), redis_args.end());
  }
  if (redis && redis_replicas > 0) {
    for (std::size_t i = 0; i < redis_replicas; ++i) {
      replicas_.push_back(std::make_unique<test::RedisServer>(test::RedisServer::Options{
          {"--replicaof", "127.0.0.1 " + std::to_string(redis_->port()), "--masteruser",
           "kring-replication", "--masterauth", std::string(test::redis_replication_password)},
          false,
          "",
          true}));
    }
    wait_for_replicas_online(redis_->port(), redis_replicas);
    args.push_back("--redis-min-replicas");
    args.push_back(std::to_string(redis_replicas));
  }
  for (std::size_t i = 0; i < count; ++i) {
    std::vector<std::string> node_args = args;
    node_args.push_back("--node-name");
    node_args.push_back("load-" + std::to_string(i + 1));
    servers_.push_back(std::make_unique<test::ServerProcess>(node_args));
  }
}

NodeAddress Nodes::address(std::size_t index) const {
  return NodeAddress{servers_[index % servers_.size()]->port()};
}

double Nodes::server_cpu_seconds() const {
  double total = 0;
  for (const auto& server : servers_) total += cpu_seconds(server->pid());
  return total;
}

std::uint64_t Nodes::server_rss_bytes() const {
  std::uint64_t total = 0;
  for (const auto& server : servers_) total += rss_bytes(server->pid());
  return total;
}

double Nodes::redis_cpu_seconds() const { return redis_ ? cpu_seconds(redis_->pid()) : 0.0; }

}  // namespace kring::loadgen
