#include "net/io_pool.hpp"

#include <algorithm>
#include <thread>

namespace kring::net {

IoPool::IoPool(std::size_t threads) {
  const std::size_t count = std::max<std::size_t>(1, threads);
  contexts_.reserve(count);
  guards_.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    // Concurrency hint 1: each context is run by exactly one thread.
    contexts_.push_back(std::make_unique<boost::asio::io_context>(1));
    guards_.push_back(boost::asio::make_work_guard(*contexts_.back()));
  }
}

boost::asio::io_context& IoPool::next() {
  return *contexts_[next_.fetch_add(1, std::memory_order_relaxed) % contexts_.size()];
}

void IoPool::run() {
  std::vector<std::thread> threads;
  threads.reserve(contexts_.size() - 1);
  for (std::size_t i = 1; i < contexts_.size(); ++i) {
    threads.emplace_back([context = contexts_[i].get()] { context->run(); });
  }
  main().run();
  for (std::thread& thread : threads) thread.join();
}

void IoPool::stop() {
  for (auto& context : contexts_) context->stop();
}

void IoPool::finish_main(std::chrono::milliseconds limit) {
  // Without the guard, run_for returns as soon as the work runs out.
  for (Guard& guard : guards_) guard.reset();
  main().restart();
  main().run_for(limit);
}

}  // namespace kring::net
