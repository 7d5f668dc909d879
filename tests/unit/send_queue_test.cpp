// SendQueue: the byte cap that marks a slow client, and the batch in flight
// that must stay alive (and out of the cap) while new frames wait behind it.
#include "net/send_queue.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace kring::net {
namespace send_queue_test {
namespace {

SendQueue::Frame frame(std::size_t size, char fill = 'x') {
  return std::make_shared<const std::string>(size, fill);
}

TEST(SendQueue, RefusesAFrameThatWouldPassTheCap) {
  SendQueue queue(100);
  EXPECT_TRUE(queue.push(frame(60)));
  EXPECT_TRUE(queue.push(frame(40)));
  EXPECT_EQ(queue.bytes(), 100u);
  EXPECT_FALSE(queue.push(frame(1)));
  EXPECT_EQ(queue.bytes(), 100u);
}

TEST(SendQueue, TakesOneOversizedFrameWhenNothingWaits) {
  SendQueue queue(100);
  EXPECT_TRUE(queue.push(frame(500)));
  EXPECT_FALSE(queue.push(frame(1)));
  queue.push_unbounded(frame(10));
  EXPECT_EQ(queue.bytes(), 510u);
}

TEST(SendQueue, ABatchIsEveryWaitingFrameInOrder) {
  SendQueue queue(1000);
  queue.push(frame(1, 'a'));
  queue.push(frame(2, 'b'));
  queue.push(frame(3, 'c'));
  const auto batch = queue.start_batch();
  ASSERT_EQ(batch.size(), 3u);
  EXPECT_EQ(*batch[0], "a");
  EXPECT_EQ(*batch[1], "bb");
  EXPECT_EQ(*batch[2], "ccc");
  EXPECT_TRUE(queue.writing());
  EXPECT_TRUE(queue.empty());
  EXPECT_EQ(queue.bytes(), 0u);
}

TEST(SendQueue, FramesWaitBehindTheBatchInFlightWhichDoesNotCount) {
  SendQueue queue(100);
  queue.push(frame(90, 'a'));
  const auto batch = queue.start_batch();
  EXPECT_TRUE(queue.push(frame(90, 'b')));  // the 90 in flight are not counted
  EXPECT_FALSE(queue.push(frame(20, 'c')));
  EXPECT_EQ((*batch[0])[0], 'a');  // pushing did not disturb the batch
  queue.finish_batch();
  EXPECT_FALSE(queue.writing());
  const auto next = queue.start_batch();
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ((*next[0])[0], 'b');
}

TEST(SendQueue, ClearDropsWhatWaitsButKeepsTheBatchInFlightAlive) {
  SendQueue queue(1000);
  std::weak_ptr<const std::string> watched;
  {
    const SendQueue::Frame first = frame(5, 'a');
    watched = first;
    queue.push(first);
  }
  const auto batch = queue.start_batch();
  queue.push(frame(5, 'b'));
  queue.clear();
  EXPECT_TRUE(queue.empty());
  EXPECT_EQ(queue.bytes(), 0u);
  EXPECT_TRUE(queue.writing());
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(*batch[0], "aaaaa");
  EXPECT_FALSE(watched.expired());
  queue.finish_batch();
  EXPECT_TRUE(watched.expired());
}

TEST(SendQueue, FinishedFramesAreReleased) {
  SendQueue queue(1000);
  std::weak_ptr<const std::string> watched;
  {
    const SendQueue::Frame only = frame(5);
    watched = only;
    queue.push(only);
  }
  queue.start_batch();
  EXPECT_FALSE(watched.expired());
  queue.finish_batch();
  EXPECT_TRUE(watched.expired());
}

}  // namespace
}  // namespace send_queue_test
}  // namespace kring::net
