// room_log_factory: the room log a node runs on, chosen by its configuration.
#pragma once

#include <boost/asio/io_context.hpp>
#include <memory>

#include "app/config.hpp"
#include "log/redis/redis_target.hpp"
#include "log/room_log.hpp"

namespace kring::app {

// Where the Redis log is and how to log in there, from the configuration.
log::redis::RedisTarget redis_target(const Config& config);

// Redis when config.redis or config.redis_sentinels is set (connecting starts now, in the
// background), otherwise the in-memory log.
std::unique_ptr<log::RoomLog> make_room_log(boost::asio::io_context& io, const Config& config);

}  // namespace kring::app
