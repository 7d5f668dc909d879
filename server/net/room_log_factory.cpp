#include "net/room_log_factory.hpp"

#include "log/memory_log.hpp"
#include "log/redis/redis_log.hpp"

namespace kring::net {

std::unique_ptr<log::RoomLog> make_room_log(boost::asio::io_context& io, const Config& config) {
  if (config.redis) {
    return std::make_unique<log::redis::RedisLog>(io, config.redis->host, config.redis->port);
  }
  return std::make_unique<log::MemoryLog>();
}

}  // namespace kring::net
