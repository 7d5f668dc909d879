#include "app/redis_login_check.hpp"

#include <hiredis/hiredis.h>

#include <memory>
#include <string_view>
#include <vector>

#include "log/redis/redis_handshake.hpp"

namespace kring::app {
namespace {

using log::redis::HandshakeSettings;
using log::redis::RedisEndpoint;

constexpr timeval connect_timeout{2, 0};

struct ContextFree {
  void operator()(redisContext* context) const { redisFree(context); }
};
struct ReplyFree {
  void operator()(redisReply* reply) const { freeReplyObject(reply); }
};
using Context = std::unique_ptr<redisContext, ContextFree>;
using Reply = std::unique_ptr<redisReply, ReplyFree>;

Context connect(const RedisEndpoint& at) {
  Context context(redisConnectWithTimeout(at.host.c_str(), at.port, connect_timeout));
  if (!context || context->err != 0) return nullptr;
  redisSetTimeout(context.get(), connect_timeout);
  return context;
}

Reply run(redisContext* context, const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  std::vector<std::size_t> lengths;
  for (const std::string& arg : args) {
    argv.push_back(arg.data());
    lengths.push_back(arg.size());
  }
  return Reply(static_cast<redisReply*>(
      redisCommandArgv(context, static_cast<int>(argv.size()), argv.data(), lengths.data())));
}

std::string where(const RedisEndpoint& at) { return at.host + ":" + std::to_string(at.port); }

std::string text_of(const redisReply& reply) {
  return std::string(reply.str, reply.len).substr(0, 200);
}

// Logs in (or, without a password, pings) on an open connection.
std::optional<std::string> refused_login(redisContext* context, const RedisEndpoint& at,
                                         const HandshakeSettings& login, std::string_view what) {
  const std::vector<std::string> auth = log::redis::auth_command(login);
  const Reply reply = run(context, auth.empty() ? std::vector<std::string>{"PING"} : auth);
  if (!reply || reply->type != REDIS_REPLY_ERROR) return std::nullopt;
  const std::string why = text_of(*reply);
  if (auth.empty()) {
    return std::string(what) + " at " + where(at) + " wants a login (" + why +
           "): set its user and password (docs/multi-node.md)";
  }
  return std::string(what) + " at " + where(at) + " refused the login of user '" +
         (login.user.empty() ? "default" : login.user) + "': " + why;
}

}  // namespace

std::optional<std::string> redis_login_refused(const log::redis::RedisTarget& target) {
  const HandshakeSettings login{target.user, target.password, false};
  if (!target.uses_sentinel()) {
    const Context context = connect(target.direct);
    if (!context) return std::nullopt;
    return refused_login(context.get(), target.direct, login, "Redis");
  }
  const HandshakeSettings sentinel_login{target.sentinel_user, target.sentinel_password, false};
  for (const RedisEndpoint& sentinel : target.sentinels) {
    const Context context = connect(sentinel);
    if (!context) continue;
    if (auto refused = refused_login(context.get(), sentinel, sentinel_login, "Redis Sentinel")) {
      return refused;
    }
    const Reply primary =
        run(context.get(), {"SENTINEL", "get-master-addr-by-name", target.master_name});
    if (!primary || primary->type != REDIS_REPLY_ARRAY || primary->elements != 2) continue;
    const std::string port_text = text_of(*primary->element[1]);
    const RedisEndpoint at{text_of(*primary->element[0]),
                           static_cast<std::uint16_t>(std::stoul("0" + port_text))};
    const Context data = connect(at);
    if (!data) return std::nullopt;
    return refused_login(data.get(), at, login, "Redis");
  }
  return std::nullopt;
}

}  // namespace kring::app
