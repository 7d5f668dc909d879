// Inbox: only the push that finds it empty asks for a drain, a drain takes
// everything in order, and the byte cap drops and marks instead of growing.
#include "net/inbox.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace kring::net {
namespace inbox_test {
namespace {

Inbox::Frame frame(const std::string& text) { return std::make_shared<const std::string>(text); }

std::vector<std::string> texts(const std::vector<Inbox::Frame>& frames) {
  std::vector<std::string> out;
  for (const auto& f : frames) out.push_back(*f);
  return out;
}

TEST(Inbox, OnlyThePushIntoAnEmptyInboxAsksForADrain) {
  Inbox inbox(1000);
  EXPECT_TRUE(inbox.push(frame("a")));
  EXPECT_FALSE(inbox.push(frame("b")));
  EXPECT_FALSE(inbox.push(frame("c")));
  std::vector<Inbox::Frame> taken;
  EXPECT_FALSE(inbox.take_all(taken));
  EXPECT_EQ(texts(taken), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(inbox.push(frame("d")));
}

TEST(Inbox, ATakeEmptiesItAndASecondFindsNothing) {
  Inbox inbox(1000);
  inbox.push(frame("b"));
  std::vector<Inbox::Frame> taken;
  inbox.take_all(taken);
  EXPECT_EQ(texts(taken), (std::vector<std::string>{"b"}));
  taken.clear();
  EXPECT_FALSE(inbox.take_all(taken));
  EXPECT_TRUE(taken.empty());
  EXPECT_TRUE(inbox.push(frame("c")));
}

TEST(Inbox, PastTheCapFramesAreDroppedAndTheTakeReportsIt) {
  Inbox inbox(10);
  EXPECT_TRUE(inbox.push(frame("123456")));
  EXPECT_FALSE(inbox.push(frame("7890")));
  EXPECT_FALSE(inbox.push(frame("x")));  // 11 bytes: dropped
  std::vector<Inbox::Frame> taken;
  EXPECT_TRUE(inbox.take_all(taken));
  EXPECT_EQ(texts(taken), (std::vector<std::string>{"123456", "7890"}));
  // The mark and the count start over.
  EXPECT_TRUE(inbox.push(frame("1234567890")));
  taken.clear();
  EXPECT_FALSE(inbox.take_all(taken));
  EXPECT_EQ(taken.size(), 1u);
}

TEST(Inbox, OneFrameLargerThanTheCapPassesWhenNothingWaits) {
  Inbox inbox(10);
  EXPECT_TRUE(inbox.push(frame(std::string(50, 's'))));
  std::vector<Inbox::Frame> taken;
  EXPECT_FALSE(inbox.take_all(taken));
  ASSERT_EQ(taken.size(), 1u);
  EXPECT_EQ(taken[0]->size(), 50u);
}

// Several threads push while one drains, as rooms on other threads do: every
// frame arrives once, each thread's frames in order, and every push that
// asked for a drain was answered by a take that found frames.
TEST(Inbox, ConcurrentPushesArriveOnceAndInOrderPerThread) {
  constexpr int threads = 4;
  constexpr int per_thread = 20000;
  Inbox inbox(1u << 30);
  std::atomic<int> drains_asked{0};
  std::atomic<int> producers_left{threads};
  std::vector<std::thread> producers;
  for (int t = 0; t < threads; ++t) {
    producers.emplace_back([&, t] {
      for (int i = 0; i < per_thread; ++i) {
        if (inbox.push(frame(std::to_string(t) + ":" + std::to_string(i)))) ++drains_asked;
      }
      --producers_left;
    });
  }
  std::vector<int> next(threads, 0);
  int takes_with_frames = 0;
  std::vector<Inbox::Frame> taken;
  bool order_kept = true;
  for (;;) {
    const bool done = producers_left.load() == 0;
    taken.clear();
    EXPECT_FALSE(inbox.take_all(taken));
    if (!taken.empty()) ++takes_with_frames;
    for (const auto& f : taken) {
      const auto colon = f->find(':');
      const int t = std::stoi(f->substr(0, colon));
      const int i = std::stoi(f->substr(colon + 1));
      if (i != next[t]) order_kept = false;
      next[t] = i + 1;
    }
    if (done && taken.empty()) break;
  }
  for (auto& p : producers) p.join();
  EXPECT_TRUE(order_kept);
  for (int t = 0; t < threads; ++t) EXPECT_EQ(next[t], per_thread) << "thread " << t;
  EXPECT_EQ(drains_asked.load(), takes_with_frames);
}

}  // namespace
}  // namespace inbox_test
}  // namespace kring::net
