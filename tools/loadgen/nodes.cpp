#include "nodes.hpp"

#include "proc_stats.hpp"

namespace kring::loadgen {

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
