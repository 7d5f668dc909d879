#include "log/redis/redis_scripts.hpp"

#include <utility>

#include "kring/redis/append_lua.hpp"
#include "kring/redis/confirm_lua.hpp"
#include "kring/redis/read_lua.hpp"
#include "kring/redis/register_credentials_lua.hpp"
#include "kring/redis/remove_room_lua.hpp"
#include "kring/redis/reseed_lua.hpp"
#include "kring/redis/snapshot_lua.hpp"
#include "log/redis/redis_reply.hpp"

namespace kring::log::redis {
namespace {

std::vector<std::string> call(std::string verb, std::string script_or_sha,
                              const std::vector<std::string>& keys,
                              const std::vector<std::string>& args) {
  std::vector<std::string> command;
  command.reserve(3 + keys.size() + args.size());
  command.push_back(std::move(verb));
  command.push_back(std::move(script_or_sha));
  command.push_back(std::to_string(keys.size()));
  command.insert(command.end(), keys.begin(), keys.end());
  command.insert(command.end(), args.begin(), args.end());
  return command;
}

}  // namespace

std::string_view RedisScripts::text(Script script) {
  switch (script) {
    case Script::append:
      return append_lua;
    case Script::confirm:
      return confirm_lua;
    case Script::read:
      return read_lua;
    case Script::snapshot:
      return snapshot_lua;
    case Script::reseed:
      return reseed_lua;
    case Script::register_credentials:
      return register_credentials_lua;
    case Script::remove_room:
      return remove_room_lua;
    case Script::count:
      break;
  }
  return {};
}

void RedisScripts::load_all(const std::shared_ptr<HiredisAsio>& connection) {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Script::count); ++i) {
    connection->command({"SCRIPT", "LOAD", std::string(text(static_cast<Script>(i)))},
                        [shas = shas_, i](const redisReply* reply) {
                          if (reply != nullptr && reply->type == REDIS_REPLY_STRING) {
                            (*shas)[i] = std::string(reply_text(*reply));
                          }
                        });
  }
}

void RedisScripts::run(const std::shared_ptr<HiredisAsio>& connection, Script script,
                       const std::vector<std::string>& keys, const std::vector<std::string>& args,
                       HiredisAsio::ReplyHandler handler) {
  const std::string& sha = (*shas_)[static_cast<std::size_t>(script)];
  if (sha.empty()) {
    connection->command(call("EVAL", std::string(text(script)), keys, args), std::move(handler));
    return;
  }
  // The retry needs the arguments again; they are kept only until the reply.
  auto retry = call("EVAL", std::string(text(script)), keys, args);
  std::weak_ptr<HiredisAsio> weak_connection = connection;
  connection->command(call("EVALSHA", sha, keys, args),
                      [weak_connection, retry = std::move(retry),
                       handler = std::move(handler)](const redisReply* reply) mutable {
                        const auto still = weak_connection.lock();
                        if (is_error_starting(reply, "NOSCRIPT") && still && still->connected()) {
                          still->command(retry, std::move(handler));
                          return;
                        }
                        handler(reply);
                      });
}

}  // namespace kring::log::redis
