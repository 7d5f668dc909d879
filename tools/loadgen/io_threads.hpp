// io_threads: the generator's event loops, one io_context per thread, so a
// device and everything it does stay on one thread without strands.
#pragma once

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <memory>
#include <thread>
#include <vector>

namespace kring::loadgen {

class IoThreads {
 public:
  explicit IoThreads(std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      contexts_.push_back(std::make_unique<boost::asio::io_context>(1));
      guards_.emplace_back(contexts_.back()->get_executor());
    }
    for (auto& context : contexts_) threads_.emplace_back([&ioc = *context] { ioc.run(); });
  }
  ~IoThreads() { stop(); }

  IoThreads(const IoThreads&) = delete;
  IoThreads& operator=(const IoThreads&) = delete;

  std::size_t size() const { return contexts_.size(); }
  boost::asio::io_context& at(std::size_t index) { return *contexts_[index % contexts_.size()]; }

  // Stops every loop and joins the threads; pending coroutines stay
  // suspended until the contexts are destroyed. Idempotent.
  void stop() {
    for (auto& context : contexts_) context->stop();
    for (auto& thread : threads_) {
      if (thread.joinable()) thread.join();
    }
  }

 private:
  using Guard = boost::asio::executor_work_guard<boost::asio::io_context::executor_type>;
  std::vector<std::unique_ptr<boost::asio::io_context>> contexts_;
  std::vector<Guard> guards_;
  std::vector<std::thread> threads_;
};

}  // namespace kring::loadgen
