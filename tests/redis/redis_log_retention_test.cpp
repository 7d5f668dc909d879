// Retention and deletion in Redis: every key of a room (its log, snapshot and
// directory keys) carries the retention as a TTL, refreshed by an append once
// it has aged by a hundredth of the retention (at most an hour), and expires
// with it; a snapshot of a quiet room expires with the room; remove_room deletes every key at once,
// leaves a tombstone that makes readers answer `deleted` (so no node reseeds the room), and tells
// subscribers to read.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <vector>

#include "log/redis/redis_keys.hpp"
#include "redis/redis_log_fixture.hpp"

namespace kring::log::redis::test {
namespace redis_log_retention_test {
namespace {

constexpr core::RoomId room = 7;
constexpr core::Epoch epoch = 42;

class RedisRetention : public RedisLogFixture {
 protected:
  static WriteStatus remove(RedisLog& log, core::RoomId id) {
    auto promise = std::make_shared<std::promise<WriteStatus>>();
    log.remove_room(id, [promise](WriteStatus status) { promise->set_value(status); });
    return wait_for(promise->get_future(), "remove_room");
  }

  long long ttl(const std::string& key) {
    RawRedisClient client(server_.port());
    return client.run({"TTL", key})->integer;
  }

  long long exists(const std::string& key) {
    RawRedisClient client(server_.port());
    return client.run({"EXISTS", key})->integer;
  }

  // Every key the room has in Redis, the directory keys included.
  static std::vector<std::string> room_keys() {
    const RoomKeys keys(room);
    return {keys.seq,         keys.epoch,          keys.stream,        keys.snapshot,
            keys.credentials, credential_key("p"), credential_key("f")};
  }

  // A room with a snapshot, two directory keys and three events.
  void make_room(RedisLog& log) {
    ASSERT_TRUE(wait_ready(log));
    ASSERT_EQ(register_keys(log, room, {"p", "f"}), WriteStatus::written);
    append_range(log, room, epoch, 1, 2);
    core::RoomState state;
    state.created = true;
    state.seq = 2;
    log.store_snapshot(room, epoch, state);
    ASSERT_TRUE(eventually([&] { return exists(RoomKeys(room).snapshot) == 1; }));
    append_range(log, room, epoch, 3, 3);
  }
};

TEST_F(RedisRetention, EveryKeyOfTheRoomGetsTheRetentionAsTtl) {
  RedisLogOptions options;
  options.retention = std::chrono::hours(24) * 30;
  RedisLog& log = make_log(options);
  make_room(log);
  for (const std::string& key : room_keys()) {
    const long long left = ttl(key);
    EXPECT_GT(left, 30 * 86'400 - 60) << key;
    EXPECT_LE(left, 30 * 86'400) << key;
  }
}

TEST_F(RedisRetention, ASnapshotStoredAfterTheLastAppendExpiresWithTheRoom) {
  RedisLogOptions options;
  options.retention = std::chrono::hours(24) * 30;
  RedisLog& log = make_log(options);
  ASSERT_TRUE(wait_ready(log));
  append_range(log, room, epoch, 1, 2);
  core::RoomState state;
  state.created = true;
  state.seq = 2;
  log.store_snapshot(room, epoch, state);
  const RoomKeys keys(room);
  ASSERT_TRUE(eventually([&] { return exists(keys.snapshot) == 1; }));
  const long long left = ttl(keys.snapshot);
  EXPECT_GT(left, 30 * 86'400 - 60);
  EXPECT_LE(left, ttl(keys.seq));
}

// Refreshing every key on every append would cost most of the append script;
// an append refreshes them once the room's expiry has aged past the slack
// (an hour at 30 days' retention), and not before.
TEST_F(RedisRetention, AnAppendRefreshesTheExpiryOnceItHasAged) {
  RedisLogOptions options;
  options.retention = std::chrono::hours(24) * 30;
  RedisLog& log = make_log(options);
  make_room(log);
  constexpr long long retention = 30 * 86'400;
  const RoomKeys keys(room);
  RawRedisClient client(server_.port());
  // Aged by less than the slack: the next append leaves every expiry alone.
  client.run({"EXPIRE", keys.seq, std::to_string(retention - 3000)});
  client.run({"EXPIRE", keys.stream, "1000"});
  append_range(log, room, epoch, 4, 4);
  EXPECT_LE(ttl(keys.stream), 1000);
  EXPECT_LE(ttl(keys.seq), retention - 3000);
  // Aged past it: every key, the directory keys included, is refreshed.
  client.run({"EXPIRE", keys.seq, std::to_string(retention - 3700)});
  client.run({"EXPIRE", credential_key("p"), "1000"});
  append_range(log, room, epoch, 5, 5);
  for (const std::string& key : room_keys()) EXPECT_GT(ttl(key), retention - 60) << key;
}

TEST_F(RedisRetention, WithoutRetentionNothingExpires) {
  RedisLog& log = make_log();
  make_room(log);
  for (const std::string& key : room_keys()) EXPECT_EQ(ttl(key), -1) << key;
}

TEST_F(RedisRetention, AnExpiredRoomIsGoneFromEveryKey) {
  RedisLogOptions options;
  options.retention = std::chrono::seconds(1);
  RedisLog& log = make_log(options);
  make_room(log);
  ASSERT_TRUE(eventually([&] {
    for (const std::string& key : room_keys()) {
      if (exists(key) == 1) return false;
    }
    return true;
  }));
  EXPECT_EQ(find(log, "p").status, FindStatus::not_found);
  EXPECT_EQ(read(log, room, 0).status, ReadStatus::not_found);
}

TEST_F(RedisRetention, RemoveDeletesEveryKeyAndLeavesATombstone) {
  RedisLog& log = make_log();
  make_room(log);
  // A directory key another room took over is not this room's to delete.
  RawRedisClient client(server_.port());
  ASSERT_TRUE(client.run({"SADD", RoomKeys(room).credentials, credential_key("other")}));
  ASSERT_TRUE(client.run({"SET", credential_key("other"), "8"}));

  std::atomic<int> resyncs{0};
  const auto subscription = log.subscribe(
      room, [](const core::Event&) {}, [&resyncs] { ++resyncs; });
  ASSERT_TRUE(eventually([&] {
    return client.run({"PUBSUB", "NUMSUB", RoomKeys(room).channel})->element[1]->integer == 1;
  }));

  ASSERT_EQ(remove(log, room), WriteStatus::written);
  for (const std::string& key : room_keys()) EXPECT_EQ(exists(key), 0) << key;
  EXPECT_EQ(exists(credential_key("other")), 1);
  EXPECT_EQ(find(log, "p").status, FindStatus::not_found);
  EXPECT_EQ(find(log, "f").status, FindStatus::not_found);
  EXPECT_EQ(read(log, room, 0).status, ReadStatus::deleted);
  EXPECT_EQ(read(log, room, 3).status, ReadStatus::deleted);
  EXPECT_TRUE(eventually([&] { return resyncs.load() > 0; }));
  // A writer that still holds the room cannot bring it back by appending.
  EXPECT_EQ(append(log, room, epoch, 3, numbered_event(4)).status, AppendStatus::conflict);
  // Removing again (or a room that never was) is not an error.
  EXPECT_EQ(remove(log, room), WriteStatus::written);
}

TEST_F(RedisRetention, TombstoneExpiresWithTheRetention) {
  RedisLogOptions options;
  options.retention = std::chrono::hours(24);
  RedisLog& log = make_log(options);
  make_room(log);
  ASSERT_EQ(remove(log, room), WriteStatus::written);
  const long long left = ttl(RoomKeys(room).deleted);
  EXPECT_GT(left, 86'400 - 60);
  EXPECT_LE(left, 86'400);
}

}  // namespace
}  // namespace redis_log_retention_test
}  // namespace kring::log::redis::test
