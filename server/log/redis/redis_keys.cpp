#include "log/redis/redis_keys.hpp"

namespace kring::log::redis {

RoomKeys::RoomKeys(core::RoomId room) {
  const std::string prefix = "kring:room:{" + std::to_string(room) + "}:";
  seq = prefix + "seq";
  epoch = prefix + "epoch";
  stream = prefix + "stream";
  snapshot = prefix + "snapshot";
  channel = prefix + "events";
  credentials = prefix + "credentials";
  deleted = prefix + "deleted";
  fence = prefix + "fence";
}

std::string credential_key(std::string_view key) {
  std::string name = "kring:credential:";
  name.append(key);
  return name;
}

}  // namespace kring::log::redis
