// store_snapshot and reseed: the two writers of a room's snapshot key.
#include <string>
#include <utility>

#include "log/redis/redis_keys.hpp"
#include "log/redis/redis_log_core.hpp"
#include "log/redis/redis_log_report.hpp"
#include "log/redis/redis_reply.hpp"

namespace kring::log::redis {

void RedisLogCore::store_snapshot(core::RoomId room, core::Epoch epoch, core::Seq seq,
                                  std::string snapshot_value) {
  const RoomKeys keys(room);
  run_script(Script::snapshot, {keys.epoch, keys.seq, keys.snapshot, keys.stream},
             {std::to_string(epoch), std::to_string(seq), std::move(snapshot_value),
              std::to_string(options_.snapshot_keep_tail)},
             [room, seq](const redisReply* reply) {
               // Best effort: a later snapshot will do; only errors are worth a line.
               if (is_error(reply)) {
                 report_problem("snapshot of room " + std::to_string(room) + " at seq " +
                                std::to_string(seq) +
                                " failed: " + std::string(reply_text(*reply).substr(0, 200)));
               }
             });
}

void RedisLogCore::reseed(core::RoomId room, core::Epoch new_epoch, core::Seq seq,
                          std::string snapshot_value, RoomLog::WriteDone done) {
  const RoomKeys keys(room);
  run_script(Script::reseed, {keys.epoch, keys.seq, keys.snapshot, keys.stream},
             {std::to_string(new_epoch), std::to_string(seq), std::move(snapshot_value)},
             [room, done = std::move(done)](const redisReply* reply) {
               if (reply != nullptr && reply->type == REDIS_REPLY_INTEGER) {
                 done(reply->integer == 1 ? WriteStatus::written : WriteStatus::refused);
                 return;
               }
               if (is_error(reply)) {
                 report_problem("reseed of room " + std::to_string(room) +
                                " failed: " + std::string(reply_text(*reply).substr(0, 200)));
               }
               done(WriteStatus::unavailable);
             });
}

}  // namespace kring::log::redis
