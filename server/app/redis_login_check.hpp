// redis_login_check: before a node serves, it tries its Redis login once, so
// that a wrong user or password is a clear start-up error rather than a node
// that runs and refuses every command. Blocking, with short timeouts; a Redis
// (or every sentinel) that cannot be reached is not an error here: the node
// starts and keeps reconnecting, as it does after any outage.
#pragma once

#include <optional>
#include <string>

#include "log/redis/redis_target.hpp"

namespace kring::app {

// The reason to refuse to start, or nullopt. Never contains a password.
std::optional<std::string> redis_login_refused(const log::redis::RedisTarget& target);

}  // namespace kring::app
