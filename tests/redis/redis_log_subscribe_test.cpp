// RedisLog subscriptions: subscribers on two nodes see every event in order; a
// killed pub/sub connection comes back, calls on_resync and events flow
// again; dropping the last handle unsubscribes the room's channel.
#include <mutex>

#include "redis/redis_log_fixture.hpp"

namespace kring::log::redis::test {
namespace redis_log_subscribe_test {
namespace {

constexpr core::RoomId room = 11;
const std::string channel = "kring:room:{11}:events";

// What one subscriber saw; filled on the log's strand, read by the test.
struct Seen {
  std::mutex mutex;
  std::vector<core::Seq> seqs;
  std::vector<std::int64_t> numbers;
  int resyncs = 0;

  std::shared_ptr<void> subscribe(RedisLog& log) {
    return log.subscribe(
        room,
        [this](const core::Event& event) {
          const std::lock_guard lock(mutex);
          seqs.push_back(event.seq);
          numbers.push_back(event_number(event));
        },
        [this] {
          const std::lock_guard lock(mutex);
          ++resyncs;
        });
  }
  std::size_t count() {
    const std::lock_guard lock(mutex);
    return seqs.size();
  }
  int resync_count() {
    const std::lock_guard lock(mutex);
    return resyncs;
  }
};

long long subscriber_count(RawRedisClient& raw) {
  const Reply reply = raw.run({"PUBSUB", "NUMSUB", channel});
  if (!reply || reply->type != REDIS_REPLY_ARRAY || reply->elements != 2) return -1;
  return reply->element[1]->integer;
}

class RedisLogSubscribe : public RedisLogFixture {};

TEST_F(RedisLogSubscribe, SubscribersOnTwoNodesSeeEveryEventInOrder) {
  RedisLog& node_a = make_log();
  RedisLog& node_b = make_log();
  ASSERT_TRUE(wait_ready(node_a) && wait_ready(node_b));
  Seen seen_a;
  Seen seen_b;
  const auto handle_a = seen_a.subscribe(node_a);
  const auto handle_b = seen_b.subscribe(node_b);
  RawRedisClient raw(server_.port());
  ASSERT_TRUE(eventually([&] { return subscriber_count(raw) == 2; }));
  // The first confirmation of a room's subscription asks for a resync.
  ASSERT_TRUE(eventually([&] { return seen_a.resync_count() == 1 && seen_b.resync_count() == 1; }));

  const core::Epoch epoch = node_a.create(room);
  constexpr std::int64_t count = 100;
  for (std::int64_t n = 1; n <= count; ++n) {
    RedisLog& writer = n % 2 == 1 ? node_a : node_b;
    ASSERT_EQ(append(writer, room, epoch, static_cast<core::Seq>(n - 1), numbered_event(n)).status,
              AppendStatus::appended);
  }
  ASSERT_TRUE(eventually([&] { return seen_a.count() == count && seen_b.count() == count; }));
  for (Seen* seen : {&seen_a, &seen_b}) {
    const std::lock_guard lock(seen->mutex);
    for (std::size_t i = 0; i < count; ++i) {
      EXPECT_EQ(seen->seqs[i], i + 1);
      EXPECT_EQ(seen->numbers[i], static_cast<std::int64_t>(i + 1));
    }
  }
}

TEST_F(RedisLogSubscribe, KilledPubSubConnectionResyncsAndEventsFlowAgain) {
  RedisLog& log = make_log();
  ASSERT_TRUE(wait_ready(log));
  Seen seen;
  const auto handle = seen.subscribe(log);
  RawRedisClient raw(server_.port());
  ASSERT_TRUE(eventually([&] { return subscriber_count(raw) == 1; }));
  ASSERT_TRUE(eventually([&] { return seen.resync_count() == 1; }));
  const core::Epoch epoch = log.create(room);
  append_range(log, room, epoch, 1, 3);
  ASSERT_TRUE(eventually([&] { return seen.count() == 3; }));

  const Reply killed = raw.run({"CLIENT", "KILL", "TYPE", "pubsub"});
  ASSERT_TRUE(killed && killed->type == REDIS_REPLY_INTEGER);
  EXPECT_EQ(killed->integer, 1);
  ASSERT_TRUE(eventually([&] { return seen.resync_count() == 2; }));
  EXPECT_EQ(subscriber_count(raw), 1);

  append_range(log, room, epoch, 4, 6);
  ASSERT_TRUE(eventually([&] { return seen.count() == 6; }));
  const std::lock_guard lock(seen.mutex);
  EXPECT_EQ(seen.seqs, (std::vector<core::Seq>{1, 2, 3, 4, 5, 6}));
}

TEST_F(RedisLogSubscribe, DroppingTheLastHandleUnsubscribes) {
  RedisLog& log = make_log();
  ASSERT_TRUE(wait_ready(log));
  RawRedisClient raw(server_.port());
  Seen first;
  Seen second;
  auto first_handle = first.subscribe(log);
  auto second_handle = second.subscribe(log);
  ASSERT_TRUE(eventually([&] { return subscriber_count(raw) == 1; }));  // one per node
  first_handle.reset();
  const core::Epoch epoch = log.create(room);
  append_range(log, room, epoch, 1, 1);
  ASSERT_TRUE(eventually([&] { return second.count() == 1; }));
  EXPECT_EQ(subscriber_count(raw), 1);
  EXPECT_EQ(first.count(), 0u);

  second_handle.reset();
  ASSERT_TRUE(eventually([&] { return subscriber_count(raw) == 0; }));
  // Subscribing again after the unsubscribe works.
  Seen third;
  const auto third_handle = third.subscribe(log);
  ASSERT_TRUE(eventually([&] { return subscriber_count(raw) == 1; }));
  ASSERT_TRUE(eventually([&] { return third.resync_count() == 1; }));
  append_range(log, room, epoch, 2, 2);
  ASSERT_TRUE(eventually([&] { return third.count() == 1; }));
}

TEST_F(RedisLogSubscribe, HandleMayOutliveTheLog) {
  Seen seen;
  std::shared_ptr<void> handle;
  {
    RedisLog& log = make_log();
    ASSERT_TRUE(wait_ready(log));
    handle = seen.subscribe(log);
    logs_.clear();
  }
  handle.reset();  // must not touch the gone log
}

}  // namespace
}  // namespace redis_log_subscribe_test
}  // namespace kring::log::redis::test
