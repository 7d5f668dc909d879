// RedisLog appends: two nodes writing one room alternately get dense seqs and
// conflicts instead of forks; appends during a Redis outage answer
// `unavailable` without hanging and work again after the restart; acknowledged
// appends survive kill -9; a flushed script cache (NOSCRIPT) is healed.
#include <chrono>
#include <iostream>

#include "redis/redis_log_fixture.hpp"

namespace kring::log::redis::test {
namespace redis_log_append_test {
namespace {

constexpr core::RoomId room = 7;

class RedisLogAppend : public RedisLogFixture {};

TEST_F(RedisLogAppend, TwoNodesAlternateWithConflictsAndReadTheSameOrder) {
  RedisLog& node_a = make_log();
  RedisLog& node_b = make_log();
  ASSERT_TRUE(wait_ready(node_a));
  ASSERT_TRUE(wait_ready(node_b));
  const core::Epoch epoch = node_a.create(room);

  constexpr std::int64_t count = 40;
  core::Seq head_a = 0;  // what each node believes the head is
  core::Seq head_b = 0;
  int conflicts = 0;
  for (std::int64_t n = 1; n <= count; ++n) {
    RedisLog& writer = n % 2 == 1 ? node_a : node_b;
    core::Seq& believed = n % 2 == 1 ? head_a : head_b;
    AppendOutcome outcome = append(writer, room, epoch, believed, numbered_event(n));
    if (outcome.status == AppendStatus::conflict) {
      // The other node moved the head: re-read and retry, as a room actor does.
      ++conflicts;
      EXPECT_EQ(outcome.head, static_cast<core::Seq>(n - 1)) << "the head the conflict reports";
      const ReadOutcome reread = read(writer, room, believed);
      ASSERT_EQ(reread.status, ReadStatus::ok);
      believed += reread.events.size();
      outcome = append(writer, room, epoch, believed, numbered_event(n));
    }
    ASSERT_EQ(outcome.status, AppendStatus::appended) << "event " << n;
    EXPECT_EQ(outcome.seq, static_cast<core::Seq>(n));
    believed = outcome.seq;
  }
  // Every write after the first found the other node's write first.
  EXPECT_EQ(conflicts, count - 1);

  for (RedisLog* node : {&node_a, &node_b}) {
    const ReadOutcome all = read(*node, room, 0);
    ASSERT_EQ(all.status, ReadStatus::ok);
    EXPECT_EQ(all.epoch, epoch);
    EXPECT_FALSE(all.base);
    ASSERT_EQ(all.events.size(), static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < all.events.size(); ++i) {
      EXPECT_EQ(all.events[i].seq, i + 1);
      EXPECT_EQ(all.events[i], [&] {
        core::Event expected = numbered_event(static_cast<std::int64_t>(i + 1));
        expected.seq = i + 1;
        return expected;
      }());
    }
    const ReadOutcome tail = read(*node, room, count - 3);
    ASSERT_EQ(tail.events.size(), 3u);
    EXPECT_EQ(tail.events.front().seq, static_cast<core::Seq>(count - 2));
  }
}

TEST_F(RedisLogAppend, OtherEpochOrLostLogIsAConflict) {
  RedisLog& log = make_log();
  ASSERT_TRUE(wait_ready(log));
  const AppendOutcome lost = append(log, room, 42, 3, numbered_event(1));
  EXPECT_EQ(lost.status, AppendStatus::conflict);
  EXPECT_EQ(lost.head, 0u);                                     // no log: no head to report
  EXPECT_EQ(read(log, room, 0).status, ReadStatus::not_found);  // nothing was written
  ASSERT_EQ(append(log, room, 42, 0, numbered_event(1)).status, AppendStatus::appended);
  const AppendOutcome other_epoch = append(log, room, 43, 1, numbered_event(2));
  EXPECT_EQ(other_epoch.status, AppendStatus::conflict);
  EXPECT_EQ(other_epoch.head, 0u);
  const AppendOutcome stale = append(log, room, 42, 0, numbered_event(2));
  EXPECT_EQ(stale.status, AppendStatus::conflict);
  EXPECT_EQ(stale.head, 1u);
  EXPECT_EQ(append(log, room, 42, 1, numbered_event(2)).seq, 2u);
}

TEST_F(RedisLogAppend, OutageAnswersUnavailableAndAcknowledgedAppendsSurviveKill9) {
  RedisLog& log = make_log();
  ASSERT_TRUE(wait_ready(log));
  const core::Epoch epoch = log.create(room);
  append_range(log, room, epoch, 1, 20);

  server_.kill9();
  const auto outage_start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(append(log, room, epoch, 20, numbered_event(21)).status, AppendStatus::unavailable);
    EXPECT_EQ(read(log, room, 0).status, ReadStatus::unavailable);
  }
  std::cout << "5 appends and 5 reads during the outage answered in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - outage_start)
                   .count()
            << " ms\n";

  server_.start();  // from the AOF, with an empty script cache
  ASSERT_TRUE(eventually([&] {
    return append(log, room, epoch, 20, numbered_event(21)).status == AppendStatus::appended;
  }));
  const ReadOutcome all = read(log, room, 0);
  ASSERT_EQ(all.status, ReadStatus::ok);
  ASSERT_EQ(all.events.size(), 21u);
  for (std::size_t i = 0; i < all.events.size(); ++i) {
    EXPECT_EQ(event_number(all.events[i]), static_cast<std::int64_t>(i + 1));
  }
}

TEST_F(RedisLogAppend, FlushedScriptCacheIsLoadedAgain) {
  RedisLog& log = make_log();
  ASSERT_TRUE(wait_ready(log));
  const core::Epoch epoch = log.create(room);
  append_range(log, room, epoch, 1, 3);
  RawRedisClient raw(server_.port());
  ASSERT_TRUE(raw.run({"SCRIPT", "FLUSH"}));
  // The connection stays up, so only the NOSCRIPT retry can make these work.
  append_range(log, room, epoch, 4, 6);
  EXPECT_EQ(read(log, room, 0).events.size(), 6u);
}

}  // namespace
}  // namespace redis_log_append_test
}  // namespace kring::log::redis::test

namespace kring::log::redis::test {
namespace redis_log_append_test {
namespace {

// An address with no Redis behind it, whatever the network does with it (no
// route, silence until connect_timeout, or a middlebox that accepts and then
// drops the connection): calls answer `unavailable`, the log keeps retrying,
// and it still ends cleanly (the fixture checks that the io_context runs out
// of work).
TEST_F(RedisLogAppend, UnreachableRedisAnswersUnavailableAndStopsCleanly) {
  RedisLogOptions options;
  options.connect_timeout = std::chrono::milliseconds(100);
  logs_.push_back(std::make_unique<RedisLog>(io_, "10.255.255.1", 6379, options));
  RedisLog& log = *logs_.back();
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(append(log, room, 1, 0, numbered_event(1)).status, AppendStatus::unavailable);
    EXPECT_EQ(find(log, "p:x").status, FindStatus::unavailable);
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
  }
}

}  // namespace
}  // namespace redis_log_append_test
}  // namespace kring::log::redis::test
