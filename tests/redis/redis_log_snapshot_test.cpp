// RedisLog snapshots and reads: a snapshot trims the stream to about
// keep_tail events behind it, and a fresh node reading from 0 gets the
// snapshot as base plus the events after it; stale snapshots are ignored; a
// corrupt stored event makes the read unavailable instead of skipping it.
#include <atomic>
#include <chrono>
#include <iostream>

#include "redis/redis_log_fixture.hpp"

namespace kring::log::redis::test {
namespace redis_log_snapshot_test {
namespace {

constexpr core::RoomId room = 21;
const std::string stream_key = "kring:room:{21}:stream";
const std::string snapshot_key = "kring:room:{21}:snapshot";

core::RoomState state_at(core::Seq seq) {
  core::RoomState state;
  state.seq = seq;
  state.created = true;
  state.title = "Snapshot at " + std::to_string(seq);
  state.timer.elapsed_ms = static_cast<core::TimeMs>(seq);
  return state;
}

long long stream_length(RawRedisClient& raw) {
  const Reply reply = raw.run({"XLEN", stream_key});
  return reply && reply->type == REDIS_REPLY_INTEGER ? reply->integer : -1;
}

class RedisLogSnapshot : public RedisLogFixture {
 protected:
  // Appends events numbered first..last without waiting in between: the
  // appends are pipelined on one connection and run in order.
  static void pipelined_appends(RedisLog& log, core::Epoch epoch, std::int64_t first,
                                std::int64_t last) {
    auto remaining = std::make_shared<std::atomic<std::int64_t>>(last - first + 1);
    auto failures = std::make_shared<std::atomic<int>>(0);
    auto all = std::make_shared<std::promise<void>>();
    for (std::int64_t n = first; n <= last; ++n) {
      log.append(room, epoch, static_cast<core::Seq>(n - 1), numbered_event(n),
                 [remaining, failures, all](AppendOutcome outcome) {
                   if (outcome.status != AppendStatus::appended) ++*failures;
                   if (--*remaining == 0) all->set_value();
                 });
    }
    wait_for(all->get_future(), "pipelined appends");
    ASSERT_EQ(failures->load(), 0);
  }

  static void expect_numbers(const std::vector<core::Event>& events, std::int64_t first) {
    for (std::size_t i = 0; i < events.size(); ++i) {
      ASSERT_EQ(events[i].seq, static_cast<core::Seq>(first) + i);
      ASSERT_EQ(event_number(events[i]), first + static_cast<std::int64_t>(i));
    }
  }
};

TEST_F(RedisLogSnapshot, FreshNodeReadsBasePlusTailAndTheStreamIsTrimmed) {
  RedisLogOptions options;
  options.snapshot_keep_tail = 1000;
  RedisLog& writer = make_log(options);
  ASSERT_TRUE(wait_ready(writer));
  const core::Epoch epoch = writer.create(room);
  pipelined_appends(writer, epoch, 1, 10'000);

  const auto read_start = std::chrono::steady_clock::now();
  const ReadOutcome whole = read(writer, room, 0);
  std::cout << "read_from(0) of 10000 events without a snapshot took "
            << std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - read_start)
                   .count()
            << " ms\n";
  ASSERT_EQ(whole.status, ReadStatus::ok);
  EXPECT_FALSE(whole.base);
  ASSERT_EQ(whole.events.size(), 10'000u);
  expect_numbers(whole.events, 1);

  RawRedisClient raw(server_.port());
  writer.store_snapshot(room, epoch, state_at(9'500));
  // Keeps every event after 9500 - 1000.
  ASSERT_TRUE(eventually([&] { return stream_length(raw) == 1'500; }));
  // Stale (older) and foreign-epoch snapshots change nothing.
  writer.store_snapshot(room, epoch, state_at(9'000));
  writer.store_snapshot(room, epoch + 1, state_at(9'900));
  EXPECT_EQ(read(writer, room, 9'999).events.size(), 1u);  // after the ignored ones
  EXPECT_EQ(stream_length(raw), 1'500);
  const Reply stored = raw.run({"GET", snapshot_key});
  ASSERT_TRUE(stored && stored->type == REDIS_REPLY_STRING);
  EXPECT_TRUE(std::string(stored->str, stored->len).starts_with("9500:"));

  RedisLog& fresh = make_log(options);
  ASSERT_TRUE(wait_ready(fresh));
  const ReadOutcome from_zero = read(fresh, room, 0);
  ASSERT_EQ(from_zero.status, ReadStatus::ok);
  EXPECT_EQ(from_zero.epoch, epoch);
  ASSERT_TRUE(from_zero.base);
  EXPECT_EQ(from_zero.base->seq, 9'500u);
  EXPECT_EQ(from_zero.base->title, "Snapshot at 9500");
  EXPECT_EQ(from_zero.base->timer.elapsed_ms, 9'500);
  ASSERT_EQ(from_zero.events.size(), 500u);
  expect_numbers(from_zero.events, 9'501);

  // A reader still inside the kept tail gets plain events.
  const ReadOutcome near = read(fresh, room, 9'000);
  EXPECT_FALSE(near.base);
  ASSERT_EQ(near.events.size(), 1'000u);
  expect_numbers(near.events, 9'001);
  // One just before the tail needs the base.
  const ReadOutcome behind = read(fresh, room, 8'499);
  EXPECT_TRUE(behind.base);
  EXPECT_FALSE(read(fresh, room, 8'500).base);
}

TEST_F(RedisLogSnapshot, CorruptStoredEventMakesTheReadUnavailable) {
  RedisLog& log = make_log();
  ASSERT_TRUE(wait_ready(log));
  const core::Epoch epoch = log.create(room);
  append_range(log, room, epoch, 1, 2);
  RawRedisClient raw(server_.port());
  ASSERT_TRUE(raw.run({"XADD", stream_key, "0-3", "e", std::string("\xff\xff\xff", 3), "s", "3"}));
  ASSERT_TRUE(raw.run({"INCR", "kring:room:{21}:seq"}));
  EXPECT_EQ(read(log, room, 0).status, ReadStatus::unavailable);
  EXPECT_EQ(read(log, room, 2).status, ReadStatus::unavailable);
  const ReadOutcome before = read(log, room, 0);
  EXPECT_TRUE(before.events.empty());  // nothing half-read is handed out
}

TEST_F(RedisLogSnapshot, SmallPagesReadEverythingAndAMissingEntryIsNeverSkipped) {
  RedisLogOptions options;
  options.read_page_size = 4;
  RedisLog& log = make_log(options);
  ASSERT_TRUE(wait_ready(log));
  const core::Epoch epoch = log.create(room);
  append_range(log, room, epoch, 1, 10);
  const ReadOutcome paged = read(log, room, 0);
  ASSERT_EQ(paged.status, ReadStatus::ok);
  ASSERT_EQ(paged.events.size(), 10u);
  expect_numbers(paged.events, 1);

  // An entry vanishing from the middle (as a trim between two pages looks
  // to the second page) makes the read start over, and fail rather than
  // hand out a log with a hole.
  RawRedisClient raw(server_.port());
  ASSERT_TRUE(raw.run({"XDEL", stream_key, "0-6"}));
  EXPECT_EQ(read(log, room, 0).status, ReadStatus::unavailable);
  EXPECT_EQ(read(log, room, 6).events.size(), 4u);  // after the hole all is well
}

}  // namespace
}  // namespace redis_log_snapshot_test
}  // namespace kring::log::redis::test
