#include <charconv>
#include <memory>
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
  const std::vector<std::string> script_keys{keys.seq, keys.epoch, keys.stream, keys.snapshot,
                                             keys.credentials};
  if (target().min_replicas == 0) {
    run_script(Script::append, script_keys, std::move(args),
               [room, last, done = std::move(done)](const redisReply* reply) {
                 done(append_outcome(room, last, reply));
               });
    return;
  }
  // WAIT is pipelined right behind the script, so it covers these events and
  // costs no extra round trip; the script's outcome stands only if it passes.
  // An append that reached the primary but not enough replicas is answered
  // unavailable: it may be in the log, and a retry with its key finds it.
  auto outcome = std::make_shared<AppendOutcome>();
  run_script(Script::append, script_keys, std::move(args),
             [room, last, outcome](const redisReply* reply) {
               *outcome = append_outcome(room, last, reply);
             });
  wait_for_replicas([room, outcome, done = std::move(done)](bool replicated) {
    if (outcome->status == AppendStatus::appended && !replicated) {
      report_problem("room " + std::to_string(room) +
                     ": too few replicas confirmed an append in time; answered unavailable");
      done({AppendStatus::unavailable, 0});
      return;
    }
    done(*outcome);
  });
}

void RedisLogCore::confirm_in_log(core::RoomId room, core::Epoch epoch, core::Seq seq,
                                  RoomLog::WriteDone done) {
  const RoomKeys keys(room);
  // confirm.lua writes behind the event, so the WAIT right after it covers
  // the event however it reached this primary (another node's append, or
  // replication before a promotion).
  auto in_log = std::make_shared<WriteStatus>(WriteStatus::unavailable);
  run_script(Script::confirm, {keys.seq, keys.epoch, keys.fence},
             {std::to_string(seq), std::to_string(epoch)}, [in_log](const redisReply* reply) {
               if (reply == nullptr) return;
               if (reply->type == REDIS_REPLY_INTEGER) {
                 *in_log = WriteStatus::written;
               } else if (is_error_starting(reply, "KRING_CONFLICT") ||
                          is_error_starting(reply, "KRING_EPOCH")) {
                 *in_log = WriteStatus::refused;
               }
             });
  wait_for_replicas([in_log, done = std::move(done)](bool replicated) {
    done(*in_log == WriteStatus::written && !replicated ? WriteStatus::unavailable : *in_log);
  });
}

}  // namespace kring::log::redis
