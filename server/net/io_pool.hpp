// io_pool: one io_context per I/O thread. Every connection and every room is
// placed on one context for its whole life, so its handlers never run
// concurrently and need no strand of their own, and a room that delivers to a
// session living on its own thread writes to it directly instead of posting
// across threads (see WsSession::deliver).
//
// Context 0 is the main one: the room log's storage connections, the
// listener, the node's timers and the signals run there, beside its share of
// connections and rooms.
#pragma once

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

namespace kring::net {

class IoPool {
 public:
  // `threads` contexts (at least one).
  explicit IoPool(std::size_t threads);

  boost::asio::io_context& main() { return *contexts_.front(); }
  // The context for the next connection or room, round robin. Thread-safe.
  boost::asio::io_context& next();
  std::size_t size() const { return contexts_.size(); }

  // Runs every context, each on a thread of its own (the main one on the
  // caller's), until stop(); returns when all of them have returned.
  void run();
  // Makes every context's run() return soon. Thread-safe.
  void stop();
  // After run() returned: lets the main context finish what is left (storage
  // connections closing) for at most `limit`, then returns.
  void finish_main(std::chrono::milliseconds limit);

 private:
  using Guard = boost::asio::executor_work_guard<boost::asio::io_context::executor_type>;
  std::vector<std::unique_ptr<boost::asio::io_context>> contexts_;
  // Keep contexts without connections running until stop().
  std::vector<Guard> guards_;
  std::atomic<std::size_t> next_{0};
};

}  // namespace kring::net
