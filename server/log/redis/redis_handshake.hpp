// redis_handshake: what a new connection says before it is used. With a
// password it authenticates (AUTH); when it must reach the primary (one found
// through Sentinel) it asks ROLE and accepts only "master", since a sentinel's
// answer may be stale by the time the connection is made.
//
// Runs on the connection's strand; `done` is called once, true when the
// connection may be used. A refusal is reported (one line per attempt, and
// attempts back off to one per 2 s), never with the password.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "log/redis/hiredis_asio.hpp"

namespace kring::log::redis {

struct HandshakeSettings {
  std::string user;      // empty: the default user
  std::string password;  // empty: no AUTH
  bool must_be_primary = false;
};

void handshake(const std::shared_ptr<HiredisAsio>& connection, const HandshakeSettings& settings,
               std::function<void(bool)> done);

// The AUTH command for `settings` (empty when there is no password): also
// used by the start-up check.
std::vector<std::string> auth_command(const HandshakeSettings& settings);

}  // namespace kring::log::redis
