// IoPool: each context runs on a thread of its own, contexts are handed out in
// turn, stop() ends run(), and finish_main() runs what is left on the main one.
#include "net/io_pool.hpp"

#include <gtest/gtest.h>

#include <boost/asio/post.hpp>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace kring::net {
namespace io_pool_test {
namespace {

TEST(IoPool, HandsOutItsContextsInTurn) {
  IoPool pool(3);
  ASSERT_EQ(pool.size(), 3U);
  boost::asio::io_context* first = &pool.next();
  boost::asio::io_context* second = &pool.next();
  boost::asio::io_context* third = &pool.next();
  EXPECT_EQ(first, &pool.main());
  EXPECT_NE(first, second);
  EXPECT_NE(second, third);
  EXPECT_NE(first, third);
  EXPECT_EQ(&pool.next(), first);
}

TEST(IoPool, AtLeastOneContext) { EXPECT_EQ(IoPool(0).size(), 1U); }

TEST(IoPool, EachContextRunsOnOneThreadOfItsOwnUntilStopped) {
  constexpr int contexts = 2;
  constexpr int handlers_each = 200;
  IoPool pool(contexts);
  std::mutex mutex;
  std::vector<std::set<std::thread::id>> threads_of(contexts);
  int finished = 0;
  for (int c = 0; c < contexts; ++c) {
    boost::asio::io_context& context = pool.next();
    for (int h = 0; h < handlers_each; ++h) {
      boost::asio::post(context, [&, c] {
        const std::lock_guard lock(mutex);
        threads_of[c].insert(std::this_thread::get_id());
        // The last handler stops the pool: run() must not return before it.
        if (++finished == contexts * handlers_each) pool.stop();
      });
    }
  }
  pool.run();
  EXPECT_EQ(finished, contexts * handlers_each);
  ASSERT_EQ(threads_of[0].size(), 1U);
  ASSERT_EQ(threads_of[1].size(), 1U);
  EXPECT_NE(*threads_of[0].begin(), *threads_of[1].begin());
  EXPECT_EQ(*threads_of[0].begin(), std::this_thread::get_id()) << "main runs on the caller";
}

TEST(IoPool, FinishMainRunsWhatIsLeftAndReturnsWhenItRunsOut) {
  IoPool pool(2);
  boost::asio::post(pool.main(), [&pool] { pool.stop(); });
  pool.run();
  bool ran = false;
  boost::asio::post(pool.main(), [&ran] { ran = true; });
  const auto start = std::chrono::steady_clock::now();
  pool.finish_main(std::chrono::seconds(30));
  EXPECT_TRUE(ran);
  // Returning at all shows the work guard is gone: with it, run_for would wait
  // out the whole limit.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));
}

}  // namespace
}  // namespace io_pool_test
}  // namespace kring::net
