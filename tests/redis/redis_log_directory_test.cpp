// RedisLog's credential directory and its configuration parsing.
#include "redis/redis_log_fixture.hpp"

namespace kring::log::redis::test {
namespace redis_log_directory_test {
namespace {

class RedisLogDirectory : public RedisLogFixture {};

TEST_F(RedisLogDirectory, RegisteredKeysFindTheRoomAndCollisionsAreRefused) {
  RedisLog& node_a = make_log();
  RedisLog& node_b = make_log();
  ASSERT_TRUE(wait_ready(node_a) && wait_ready(node_b));
  const std::string binary_key("f:\0\xfe", 4);
  EXPECT_EQ(find(node_a, "p:abc").status, FindStatus::not_found);
  ASSERT_EQ(register_keys(node_a, 5, {"p:abc", binary_key}), WriteStatus::written);
  const FindOutcome found = find(node_b, binary_key);
  EXPECT_EQ(found.status, FindStatus::found);
  EXPECT_EQ(found.room, 5u);
  EXPECT_EQ(find(node_b, "p:abc").room, 5u);
  // Registering again for the same room is harmless.
  EXPECT_EQ(register_keys(node_b, 5, {"p:abc"}), WriteStatus::written);
  // One colliding key refuses the whole set.
  EXPECT_EQ(register_keys(node_b, 6, {"p:new", "p:abc"}), WriteStatus::refused);
  EXPECT_EQ(find(node_a, "p:new").status, FindStatus::not_found);
  EXPECT_EQ(find(node_a, "p:abc").room, 5u);

  RawRedisClient raw(server_.port());
  ASSERT_TRUE(raw.run({"SET", "kring:credential:p:bad", "not-a-room"}));
  EXPECT_EQ(find(node_a, "p:bad").status, FindStatus::unavailable);
}

TEST_F(RedisLogDirectory, EverythingIsUnavailableWhileRedisIsDown) {
  RedisLog& log = make_log();
  ASSERT_TRUE(wait_ready(log));
  server_.stop();
  ASSERT_TRUE(eventually([&] { return find(log, "p:x").status == FindStatus::unavailable; }));
  EXPECT_EQ(register_keys(log, 1, {"p:x"}), WriteStatus::unavailable);
  EXPECT_EQ(reseed(log, 1, 9, core::RoomState{}), WriteStatus::unavailable);
  EXPECT_EQ(read(log, 1, 0).status, ReadStatus::unavailable);
  EXPECT_EQ(append(log, 1, 9, 0, numbered_event(1)).status, AppendStatus::unavailable);
}

TEST(RedisUrl, AcceptsHostPortForms) {
  using Parsed = std::optional<std::pair<std::string, std::uint16_t>>;
  EXPECT_EQ(RedisLog::parse_redis_url("redis://cache:6380"), Parsed({"cache", 6380}));
  EXPECT_EQ(RedisLog::parse_redis_url("redis://cache"), Parsed({"cache", 6379}));
  EXPECT_EQ(RedisLog::parse_redis_url("10.0.0.2:7000"), Parsed({"10.0.0.2", 7000}));
  EXPECT_EQ(RedisLog::parse_redis_url("localhost"), Parsed({"localhost", 6379}));
  EXPECT_EQ(RedisLog::parse_redis_url("[::1]:6390"), Parsed({"::1", 6390}));
  for (const char* bad : {"", "redis://", ":6379", "host:", "host:0", "host:70000", "host:12x",
                          "redis://user:pw@host:6379", "redis://host:6379/2", "[::1"}) {
    EXPECT_FALSE(RedisLog::parse_redis_url(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace redis_log_directory_test
}  // namespace kring::log::redis::test
