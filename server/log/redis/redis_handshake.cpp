#include "log/redis/redis_handshake.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "log/redis/redis_log_report.hpp"
#include "log/redis/redis_reply.hpp"

namespace kring::log::redis {
namespace {

// Both replies of a pipelined handshake land here; `done` runs after the last.
struct HandshakeState {
  int waiting = 0;
  bool ok = true;
  std::function<void(bool)> done;

  void answer(bool step_ok) {
    ok = ok && step_ok;
    if (--waiting == 0 && done) std::exchange(done, nullptr)(ok);
  }
};

bool is_master_role(const redisReply* reply) {
  if (reply == nullptr || reply->type != REDIS_REPLY_ARRAY || reply->elements == 0) return false;
  const redisReply* role = reply->element[0];
  return role != nullptr && reply_text(*role) == "master";
}

}  // namespace

std::vector<std::string> auth_command(const HandshakeSettings& settings) {
  if (settings.password.empty()) return {};
  if (settings.user.empty()) return {"AUTH", settings.password};
  return {"AUTH", settings.user, settings.password};
}

void handshake(const std::shared_ptr<HiredisAsio>& connection, const HandshakeSettings& settings,
               std::function<void(bool)> done) {
  auto state = std::make_shared<HandshakeState>();
  state->done = std::move(done);
  const std::vector<std::string> auth = auth_command(settings);
  state->waiting = (auth.empty() ? 0 : 1) + (settings.must_be_primary ? 1 : 0);
  if (state->waiting == 0) {
    std::exchange(state->done, nullptr)(true);
    return;
  }
  if (!auth.empty()) {
    connection->command(auth, [state](const redisReply* reply) {
      const bool ok =
          reply != nullptr && reply->type == REDIS_REPLY_STATUS && reply_text(*reply) == "OK";
      if (reply != nullptr && !ok) {
        report_problem("Redis refused the credentials: " +
                       std::string(reply_text(*reply).substr(0, 200)));
      }
      state->answer(ok);
    });
  }
  if (settings.must_be_primary) {
    connection->command({"ROLE"}, [state](const redisReply* reply) {
      const bool ok = is_master_role(reply);
      if (reply != nullptr && !ok)
        report_problem("the Redis found is not the primary; asking again");
      state->answer(ok);
    });
  }
}

}  // namespace kring::log::redis
