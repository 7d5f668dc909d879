#include <charconv>
#include <string>
#include <string_view>
#include <utility>

#include "log/redis/redis_keys.hpp"
#include "log/redis/redis_log_core.hpp"
#include "log/redis/redis_log_report.hpp"
#include "log/redis/redis_reply.hpp"

namespace kring::log::redis {
namespace {

// The head in "KRING_CONFLICT <head>"; 0 when it does not parse.
core::Seq conflict_head(const redisReply& reply) {
  const std::string_view text = reply_text(reply);
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return 0;
  core::Seq head = 0;
  const std::string_view digits = text.substr(space + 1);
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), head);
  return error == std::errc{} && end == digits.data() + digits.size() ? head : 0;
}

// `last` is the seq the last of the events must get.
AppendOutcome append_outcome(core::RoomId room, core::Seq last, const redisReply* reply) {
  if (reply == nullptr) return {AppendStatus::unavailable, 0};
  if (reply->type == REDIS_REPLY_INTEGER && reply->integer >= 0 &&
      static_cast<core::Seq>(reply->integer) == last) {
    return {AppendStatus::appended, last};
  }
  // The head moved ("KRING_CONFLICT <head>"), the room's log has another
  // epoch, or it is gone.
  if (is_error_starting(reply, "KRING_CONFLICT")) {
    return {AppendStatus::conflict, 0, conflict_head(*reply)};
  }
  if (is_error_starting(reply, "KRING_EPOCH") || is_error_starting(reply, "KRING_LOST")) {
    return {AppendStatus::conflict, 0};
  }
  report_problem("append to room " + std::to_string(room) +
                 " failed: " + std::string(reply_text(*reply).substr(0, 200)));
  return {AppendStatus::unavailable, 0};
}

}  // namespace

void RedisLogCore::append(core::RoomId room, core::Epoch epoch, core::Seq expected_head,
                          std::vector<std::string> events, RoomLog::AppendDone done) {
  const RoomKeys keys(room);
  const core::Seq last = expected_head + events.size();
  std::vector<std::string> args{std::to_string(expected_head), std::to_string(epoch), keys.channel,
                                std::to_string(options().retention.count())};
  args.reserve(args.size() + events.size());
  for (std::string& bytes : events) args.push_back(std::move(bytes));
  run_script(Script::append, {keys.seq, keys.epoch, keys.stream, keys.snapshot, keys.credentials},
             std::move(args), [room, last, done = std::move(done)](const redisReply* reply) {
               done(append_outcome(room, last, reply));
             });
}

}  // namespace kring::log::redis
