// Outbox: who must wake the strand, the byte cap that marks a slow client, the
// batch in flight that stays alive (and out of the cap) while new frames wait
// behind it, and the last words before a close.
#include "net/outbox.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace kring::net {
namespace outbox_test {
namespace {

Outbox::Frame frame(std::size_t size, char fill = 'x') {
  return std::make_shared<const std::string>(size, fill);
}

Outbox::Frame text(const std::string& value) { return std::make_shared<const std::string>(value); }

TEST(Outbox, OnlyThePushThatFindsTheStrandIdleAsksForAWakeUp) {
  Outbox outbox(1000);
  EXPECT_TRUE(outbox.push(frame(1)));
  EXPECT_FALSE(outbox.push(frame(1)));  // a wake-up is on its way
  EXPECT_EQ(outbox.start_batch().size(), 2u);
  EXPECT_FALSE(outbox.push(frame(1)));  // the write's completion takes it
  outbox.finish_batch();
  EXPECT_EQ(outbox.start_batch().size(), 1u);
  outbox.finish_batch();
  EXPECT_TRUE(outbox.start_batch().empty());
  EXPECT_TRUE(outbox.push(frame(1)));  // idle again
}

TEST(Outbox, TheFirstPushPastTheCapWakesTheStrandAndIsDropped) {
  Outbox outbox(100);
  EXPECT_TRUE(outbox.push(frame(60, 'a')));
  EXPECT_FALSE(outbox.push(frame(40, 'b')));
  EXPECT_FALSE(outbox.overflowed());
  EXPECT_TRUE(outbox.push(frame(1, 'c')));  // past the cap: the strand must close
  EXPECT_TRUE(outbox.overflowed());
  EXPECT_FALSE(outbox.push(frame(1, 'd')));  // already known
  const auto batch = outbox.start_batch();
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ((*batch[1])[0], 'b');
}

TEST(Outbox, OneFrameLargerThanTheCapPassesWhenNothingWaits) {
  Outbox outbox(100);
  EXPECT_TRUE(outbox.push(frame(500)));
  EXPECT_FALSE(outbox.overflowed());
  EXPECT_TRUE(outbox.push(frame(1)));
  EXPECT_TRUE(outbox.overflowed());
}

TEST(Outbox, ABatchIsEveryWaitingFrameInOrder) {
  Outbox outbox(1000);
  outbox.push(frame(1, 'a'));
  outbox.push(frame(2, 'b'));
  outbox.push(frame(3, 'c'));
  const auto batch = outbox.start_batch();
  ASSERT_EQ(batch.size(), 3u);
  EXPECT_EQ(*batch[0], "a");
  EXPECT_EQ(*batch[1], "bb");
  EXPECT_EQ(*batch[2], "ccc");
  EXPECT_TRUE(outbox.writing());
}

TEST(Outbox, FramesWaitBehindTheBatchInFlightWhichDoesNotCount) {
  Outbox outbox(100);
  outbox.push(frame(90, 'a'));
  const auto batch = outbox.start_batch();
  EXPECT_FALSE(outbox.push(frame(90, 'b')));  // the 90 in flight are not counted
  EXPECT_FALSE(outbox.overflowed());
  EXPECT_EQ((*batch[0])[0], 'a');  // pushing did not disturb the batch
  outbox.finish_batch();
  EXPECT_FALSE(outbox.writing());
  const auto next = outbox.start_batch();
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ((*next[0])[0], 'b');
}

TEST(Outbox, TheLastWordsGoAfterWhatWaitsOrInsteadOfItAndSealTheOutbox) {
  Outbox after(10);
  after.push(text("a"));
  after.push_last(text("bye, and more than the cap"), false);
  EXPECT_FALSE(after.push(text("late")));
  const auto batch = after.start_batch();
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ(*batch[0], "a");
  EXPECT_EQ(*batch[1], "bye, and more than the cap");

  Outbox instead(10);
  instead.push(text("a"));
  instead.push_last(text("bye"), true);
  const auto only = instead.start_batch();
  ASSERT_EQ(only.size(), 1u);
  EXPECT_EQ(*only[0], "bye");
}

TEST(Outbox, SealAndClearDropsWhatWaitsButKeepsTheBatchInFlightAlive) {
  Outbox outbox(1000);
  std::weak_ptr<const std::string> watched;
  {
    const Outbox::Frame first = frame(5, 'a');
    watched = first;
    outbox.push(first);
  }
  const auto batch = outbox.start_batch();
  outbox.push(frame(5, 'b'));
  outbox.seal_and_clear();
  EXPECT_FALSE(outbox.push(frame(5, 'c')));
  EXPECT_TRUE(outbox.writing());
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(*batch[0], "aaaaa");
  EXPECT_FALSE(watched.expired());
  outbox.finish_batch();
  EXPECT_TRUE(watched.expired());
  EXPECT_TRUE(outbox.start_batch().empty());
}

// Several threads push while the strand writes batches, as rooms on other
// threads do: every frame arrives once, each thread's frames in order, and
// a wake-up is asked at most once per batch (the push that asks leaves a frame
// that only the next batch takes).
TEST(Outbox, ConcurrentPushesArriveOnceAndInOrderPerThread) {
  constexpr int threads = 4;
  constexpr int per_thread = 20000;
  Outbox outbox(1u << 30);
  std::atomic<int> wakes_asked{0};
  std::atomic<int> producers_left{threads};
  std::vector<std::thread> producers;
  for (int t = 0; t < threads; ++t) {
    producers.emplace_back([&, t] {
      for (int i = 0; i < per_thread; ++i) {
        if (outbox.push(text(std::to_string(t) + ":" + std::to_string(i)))) ++wakes_asked;
      }
      --producers_left;
    });
  }
  std::vector<int> next(threads, 0);
  bool order_kept = true;
  int batches = 0;
  for (;;) {
    const bool done = producers_left.load() == 0;
    const auto batch = outbox.start_batch();
    for (const auto& f : batch) {
      const auto colon = f->find(':');
      const int t = std::stoi(f->substr(0, colon));
      const int i = std::stoi(f->substr(colon + 1));
      if (i != next[t]) order_kept = false;
      next[t] = i + 1;
    }
    const bool found = !batch.empty();
    outbox.finish_batch();
    if (found) ++batches;
    if (!found && done) break;
  }
  for (auto& p : producers) p.join();
  EXPECT_TRUE(order_kept);
  for (int t = 0; t < threads; ++t) EXPECT_EQ(next[t], per_thread) << "thread " << t;
  EXPECT_GE(wakes_asked.load(), 1);
  EXPECT_LE(wakes_asked.load(), batches);
  EXPECT_FALSE(outbox.overflowed());
}

}  // namespace
}  // namespace outbox_test
}  // namespace kring::net
