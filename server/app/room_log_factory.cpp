#include "app/room_log_factory.hpp"

#include "log/memory/memory_log.hpp"
#include "log/redis/redis_log.hpp"

namespace kring::app {

std::unique_ptr<log::RoomLog> make_room_log(boost::asio::io_context& io, const Config& config) {
  if (config.redis) {
    log::redis::RedisLogOptions options;
    options.retention = std::chrono::hours(24) * config.room_retention_days;
    return std::make_unique<log::redis::RedisLog>(io, config.redis->host, config.redis->port,
                                                  options);
  }
  return std::make_unique<log::MemoryLog>();
}

}  // namespace kring::app
