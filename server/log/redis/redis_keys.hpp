// redis_keys: the Redis names of one room's log and of the credential
// directory (docs/redis-log.md, "Keys"). The "{R}" hash tag keeps one room's
// keys in one Redis Cluster slot, which the scripts touching them all need.
#pragma once

#include <string>
#include <string_view>

#include "core/ids.hpp"

namespace kring::log::redis {

struct RoomKeys {
  explicit RoomKeys(core::RoomId room);

  std::string seq;          // head seq, decimal
  std::string epoch;        // epoch, decimal; missing = the room has no log
  std::string stream;       // one entry per event, id "0-<seq>"
  std::string snapshot;     // "<seq>:<RoomSnapshot bytes>"
  std::string channel;      // pub/sub, "<seq>:<StoredEvent bytes>" per append
  std::string credentials;  // set of the room's directory keys (full names)
  std::string deleted;      // tombstone "1": the room was removed on purpose
  std::string fence;        // written by confirm.lua before a WAIT; expires
};

std::string credential_key(std::string_view key);

}  // namespace kring::log::redis
