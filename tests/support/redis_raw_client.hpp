// A plain blocking hiredis client for tests that look at or break Redis
// directly (tests may block; the server code never does).
#pragma once

#include <hiredis/hiredis.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/redis_server.hpp"

namespace kring::test {

struct ReplyFree {
  void operator()(redisReply* reply) const { freeReplyObject(reply); }
};
using Reply = std::unique_ptr<redisReply, ReplyFree>;

class RawRedisClient {
 public:
  // Logs in as the test admin where the server or sentinel has logins
  // (RedisServer); where it has none the refused AUTH changes nothing.
  explicit RawRedisClient(std::uint16_t port) : context_(redisConnect("127.0.0.1", port)) {
    if (!context_ || context_->err) throw std::runtime_error("cannot connect to redis");
    const Reply ignored =
        run({"AUTH", std::string(redis_admin_user), std::string(redis_admin_password)});
  }

  // Sends one command with binary-safe arguments; null on a broken connection.
  Reply run(const std::vector<std::string>& args) {
    std::vector<const char*> argv;
    std::vector<std::size_t> lengths;
    for (const std::string& arg : args) {
      argv.push_back(arg.data());
      lengths.push_back(arg.size());
    }
    return Reply(static_cast<redisReply*>(redisCommandArgv(
        context_.get(), static_cast<int>(argv.size()), argv.data(), lengths.data())));
  }

  // The next pushed reply (a subscriber's message); null on a broken connection.
  Reply next_reply() {
    void* reply = nullptr;
    if (redisGetReply(context_.get(), &reply) != REDIS_OK) return nullptr;
    return Reply(static_cast<redisReply*>(reply));
  }

 private:
  struct ContextFree {
    void operator()(redisContext* context) const { redisFree(context); }
  };
  std::unique_ptr<redisContext, ContextFree> context_;
};

}  // namespace kring::test
