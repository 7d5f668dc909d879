#include "app/room_log_factory.hpp"

#include "app/redis_login_check.hpp"
#include "log/memory/memory_log.hpp"
#include "log/redis/redis_log.hpp"

namespace kring::app {
namespace {

log::redis::RedisTarget redis_target(const Config& config) {
  log::redis::RedisTarget target;
  if (config.redis) target.direct = {config.redis->host, config.redis->port};
  for (const RedisAddress& sentinel : config.redis_sentinels) {
    target.sentinels.push_back({sentinel.host, sentinel.port});
  }
  target.master_name = config.redis_master_name;
  target.user = config.redis_user;
  target.password = config.redis_password;
  target.sentinel_user = config.redis_sentinel_user;
  target.sentinel_password = config.redis_sentinel_password;
  target.min_replicas = config.redis_min_replicas;
  target.replica_timeout = std::chrono::milliseconds(config.redis_replica_timeout_ms);
  return target;
}

}  // namespace

std::optional<std::string> room_log_login_refused(const Config& config) {
  if (!config.uses_redis()) return std::nullopt;
  return redis_login_refused(redis_target(config));
}

std::unique_ptr<log::RoomLog> make_room_log(boost::asio::io_context& io, const Config& config) {
  if (config.uses_redis()) {
    log::redis::RedisLogOptions options;
    options.retention = std::chrono::hours(24) * config.room_retention_days;
    return std::make_unique<log::redis::RedisLog>(io, redis_target(config), options);
  }
  return std::make_unique<log::MemoryLog>();
}

}  // namespace kring::app
