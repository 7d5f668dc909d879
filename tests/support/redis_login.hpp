// How a RedisLog in a test reaches a RedisServer fixture and logs in as the
// nodes do (user kring, deploy/redis/users.acl.in). Header-only: only the
// suites that link the Redis log include it.
#pragma once

#include <string>

#include "log/redis/redis_target.hpp"
#include "support/redis_server.hpp"

namespace kring::test {

inline log::redis::RedisTarget kring_login(const RedisServer& server) {
  log::redis::RedisTarget target;
  target.direct = log::redis::RedisEndpoint{"127.0.0.1", server.port()};
  target.user = "kring";
  target.password = std::string(redis_kring_password);
  return target;
}

}  // namespace kring::test
