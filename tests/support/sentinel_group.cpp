#include "support/sentinel_group.hpp"

#include <stdexcept>
#include <thread>

#include "support/redis_raw_client.hpp"

namespace kring::test {
namespace {

std::string sentinel_config(std::uint16_t primary_port) {
  return "sentinel monitor kring 127.0.0.1 " + std::to_string(primary_port) +
         " 2\n"
         "sentinel down-after-milliseconds kring 1000\n"
         "sentinel failover-timeout kring 5000\n"
         "sentinel parallel-syncs kring 1\n"
         // Logins as deployed (deploy/redis/users.acl.in).
         "sentinel auth-user kring kring-sentinel\n"
         "sentinel auth-pass kring " +
         std::string(redis_sentinel_password) + "\n";
}

// Every data server, the primary included (it is a replica after it returns
// from a failover), logs in to its primary as the replication user.
std::vector<std::string> replication_login() {
  return {"--masteruser", "kring-replication", "--masterauth",
          std::string(redis_replication_password)};
}

// Field `name` of an INFO reply ("name:value" lines), or "".
std::string info_field(const std::string& info, const std::string& name) {
  const std::size_t at = info.find(name + ":");
  if (at == std::string::npos) return "";
  const std::size_t start = at + name.size() + 1;
  return info.substr(start, info.find_first_of("\r\n", start) - start);
}

bool eventually(std::chrono::milliseconds timeout, auto&& condition) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return true;
}

}  // namespace

SentinelGroup::SentinelGroup(int replica_count) {
  primary_ =
      std::make_unique<RedisServer>(RedisServer::Options{replication_login(), false, "", true});
  for (int i = 0; i < replica_count; ++i) {
    std::vector<std::string> args = replication_login();
    args.insert(args.end(), {"--replicaof", "127.0.0.1 " + std::to_string(primary_->port())});
    replicas_.push_back(
        std::make_unique<RedisServer>(RedisServer::Options{std::move(args), false, "", true}));
  }
  for (int i = 0; i < 3; ++i) {
    sentinels_.push_back(std::make_unique<RedisServer>(
        RedisServer::Options{{}, true, sentinel_config(primary_->port()), true}));
  }
  const bool synced = eventually(std::chrono::seconds(20), [this] {
    for (const auto& replica : replicas_) {
      RawRedisClient client(replica->port());
      const Reply info = client.run({"INFO", "replication"});
      if (!info || info->type != REDIS_REPLY_STRING ||
          info_field(std::string(info->str, info->len), "master_link_status") != "up") {
        return false;
      }
    }
    return true;
  });
  if (!synced) throw std::runtime_error("sentinel group: the replica did not sync");
  // A sentinel can promote the replica only once it knows of it (from INFO
  // of the primary, every 10 s at first) and of the other sentinels (hello
  // messages every 2 s).
  const bool known = eventually(std::chrono::seconds(30), [this] {
    for (const auto& sentinel : sentinels_) {
      RawRedisClient client(sentinel->port());
      const Reply primary = client.run({"SENTINEL", "master", "kring"});
      if (!primary || primary->type != REDIS_REPLY_ARRAY) return false;
      std::string replicas;
      std::string others;
      for (std::size_t i = 0; i + 1 < primary->elements; i += 2) {
        const std::string key(primary->element[i]->str, primary->element[i]->len);
        const std::string value(primary->element[i + 1]->str, primary->element[i + 1]->len);
        if (key == "num-slaves") replicas = value;
        if (key == "num-other-sentinels") others = value;
      }
      if (replicas != std::to_string(replicas_.size()) || others != "2") return false;
    }
    return true;
  });
  if (!known) throw std::runtime_error("sentinel group: the sentinels did not find each other");
}

std::string SentinelGroup::sentinel_list() const {
  std::string list;
  for (const auto& sentinel : sentinels_) {
    if (!list.empty()) list += ",";
    list += "127.0.0.1:" + std::to_string(sentinel->port());
  }
  return list;
}

std::vector<std::string> SentinelGroup::node_args(int min_replicas) const {
  return {"--redis-sentinel",
          sentinel_list(),
          "--redis-master-name",
          "kring",
          "--redis-min-replicas",
          std::to_string(min_replicas),
          "--redis-user",
          "kring",
          "--redis-password-file",
          primary_->kring_password_file(),
          "--redis-sentinel-user",
          "kring",
          "--redis-sentinel-password-file",
          sentinels_.front()->kring_sentinel_password_file()};
}

std::optional<std::uint16_t> SentinelGroup::reported_primary_port() const {
  for (const auto& sentinel : sentinels_) {
    try {
      RawRedisClient client(sentinel->port());
      const Reply address = client.run({"SENTINEL", "get-master-addr-by-name", "kring"});
      if (!address || address->type != REDIS_REPLY_ARRAY || address->elements != 2) continue;
      return static_cast<std::uint16_t>(
          std::stoul(std::string(address->element[1]->str, address->element[1]->len)));
    } catch (const std::exception&) {
      continue;
    }
  }
  return std::nullopt;
}

std::optional<std::uint16_t> SentinelGroup::wait_for_new_primary(
    std::uint16_t old_port, std::chrono::milliseconds timeout) const {
  std::optional<std::uint16_t> reported;
  const bool moved = eventually(timeout, [&] {
    reported = reported_primary_port();
    return reported && *reported != old_port;
  });
  return moved ? reported : std::nullopt;
}

bool SentinelGroup::wait_for_replica_link(const RedisServer& replica, std::uint16_t primary_port,
                                          std::chrono::milliseconds timeout) {
  return eventually(timeout, [&] {
    try {
      RawRedisClient client(replica.port());
      const Reply info = client.run({"INFO", "replication"});
      if (!info || info->type != REDIS_REPLY_STRING) return false;
      const std::string text(info->str, info->len);
      return info_field(text, "master_port") == std::to_string(primary_port) &&
             info_field(text, "master_link_status") == "up";
    } catch (const std::exception&) {
      return false;
    }
  });
}

}  // namespace kring::test
