// room_log_factory: the room log a node runs on, chosen by its configuration.
#pragma once

#include <boost/asio/io_context.hpp>
#include <memory>
#include <optional>
#include <string>

#include "app/config.hpp"
#include "log/room_log.hpp"

namespace kring::app {

// With Redis: tries its login once, blocking (before the node serves); the
// reason not to start when Redis refuses it, never with the password.
// Nullopt otherwise, also when Redis cannot be reached (the node reconnects).
std::optional<std::string> room_log_login_refused(const Config& config);

// Redis when config.redis or config.redis_sentinels is set (connecting starts now, in the
// background), otherwise the in-memory log.
std::unique_ptr<log::RoomLog> make_room_log(boost::asio::io_context& io, const Config& config);

}  // namespace kring::app
