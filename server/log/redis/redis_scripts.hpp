// redis_scripts: runs the log's Lua scripts by EVALSHA. The script cache of a
// Redis is empty after it restarts, so a NOSCRIPT reply makes the call run
// once more with the whole text (EVAL, which caches it again). Until a
// script's SHA1 is known (learnt by load_all() on each new connection) calls
// use EVAL directly.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "log/redis/hiredis_asio.hpp"

namespace kring::log::redis {

enum class Script : std::size_t {
  append,
  confirm,
  read,
  snapshot,
  reseed,
  register_credentials,
  remove_room,
  count
};

class RedisScripts {
 public:
  // Pipelines SCRIPT LOAD of every script on `connection` and remembers the SHA1s.
  void load_all(const std::shared_ptr<HiredisAsio>& connection);

  // Runs `script` with `keys` and `args`; `handler` gets the final reply
  // (nullptr when there is none). Call on the connection's strand.
  void run(const std::shared_ptr<HiredisAsio>& connection, Script script,
           const std::vector<std::string>& keys, const std::vector<std::string>& args,
           HiredisAsio::ReplyHandler handler);

 private:
  static std::string_view text(Script script);

  // Shared with pending replies, which may outlive this object.
  std::shared_ptr<std::array<std::string, static_cast<std::size_t>(Script::count)>> shas_ =
      std::make_shared<std::array<std::string, static_cast<std::size_t>(Script::count)>>();
};

}  // namespace kring::log::redis
