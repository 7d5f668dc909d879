// The credential directory: "kring:credential:<key>" -> room id, decimal,
// and removing a room with every key that names it.
// Keys are made by the hub and carry secrets only as hashes; they are still
// never logged.
#include <string>
#include <utility>

#include "log/redis/redis_keys.hpp"
#include "log/redis/redis_log_core.hpp"
#include "log/redis/redis_log_report.hpp"
#include "log/redis/redis_reply.hpp"

namespace kring::log::redis {

void RedisLogCore::register_credentials(core::RoomId room, std::vector<std::string> credential_keys,
                                        RoomLog::WriteDone done) {
  std::vector<std::string> keys{RoomKeys(room).credentials};
  keys.reserve(credential_keys.size() + 1);
  for (const std::string& key : credential_keys) keys.push_back(credential_key(key));
  run_script(Script::register_credentials, keys,
             {std::to_string(room), std::to_string(options().retention.count())},
             [room, done = std::move(done)](const redisReply* reply) {
               if (reply != nullptr && reply->type == REDIS_REPLY_INTEGER) {
                 done(reply->integer == 1 ? WriteStatus::written : WriteStatus::refused);
                 return;
               }
               if (is_error(reply)) {
                 report_problem("registering credentials of room " + std::to_string(room) +
                                " failed: " + std::string(reply_text(*reply).substr(0, 200)));
               }
               done(WriteStatus::unavailable);
             });
}

void RedisLogCore::find_room(std::string key, RoomLog::FindDone done) {
  run_command({"GET", credential_key(key)}, [done = std::move(done)](const redisReply* reply) {
    if (reply == nullptr) {
      done({FindStatus::unavailable, 0});
    } else if (reply->type == REDIS_REPLY_NIL) {
      done({FindStatus::not_found, 0});
    } else if (const auto room = reply->type == REDIS_REPLY_STRING
                                     ? parse_decimal(reply_text(*reply))
                                     : std::nullopt) {
      done({FindStatus::found, *room});
    } else {
      report_problem("a credential key holds no room id");
      done({FindStatus::unavailable, 0});
    }
  });
}

void RedisLogCore::remove_room(core::RoomId room, RoomLog::WriteDone done) {
  const RoomKeys keys(room);
  run_script(Script::remove_room,
             {keys.seq, keys.epoch, keys.stream, keys.snapshot, keys.credentials, keys.deleted},
             {std::to_string(room), std::to_string(options().retention.count()), keys.channel},
             [room, done = std::move(done)](const redisReply* reply) {
               if (reply != nullptr && reply->type == REDIS_REPLY_INTEGER) {
                 return done(WriteStatus::written);
               }
               if (is_error(reply)) {
                 report_problem("removing room " + std::to_string(room) +
                                " failed: " + std::string(reply_text(*reply).substr(0, 200)));
               }
               done(WriteStatus::unavailable);
             });
}

}  // namespace kring::log::redis
