// Shared by the redis_log_*_test files: a real redis-server, an io_context
// running on its own thread, RedisLog instances ("nodes") on it, blocking
// helpers around the asynchronous calls, and a plain hiredis client for
// looking at or breaking Redis directly.
#pragma once

#include <gtest/gtest.h>
#include <hiredis/hiredis.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "log/redis/redis_log.hpp"
#include "support/redis_login.hpp"
#include "support/redis_raw_client.hpp"
#include "support/redis_server.hpp"

namespace kring::log::redis::test {

// Generous: only a hang should ever reach it.
constexpr auto reply_timeout = std::chrono::seconds(20);

using kring::test::RawRedisClient;
using kring::test::Reply;

// Distinct, decodable events: a timer change whose elapsed time names it.
inline core::Event numbered_event(std::int64_t number) {
  core::Timer timer;
  timer.elapsed_ms = number;
  return core::Event{0, 1'700'000'000'000 + number, "key-" + std::to_string(number),
                     core::ev::TimerChanged{timer}};
}

inline std::int64_t event_number(const core::Event& event) {
  const auto* changed = std::get_if<core::ev::TimerChanged>(&event.body);
  return changed == nullptr ? -1 : changed->timer.elapsed_ms;
}

template <typename T>
T wait_for(std::future<T> future, const char* what) {
  if (future.wait_for(reply_timeout) != std::future_status::ready) {
    throw std::runtime_error(std::string("no answer: ") + what);
  }
  return future.get();
}

class RedisLogFixture : public ::testing::Test {
 protected:
  RedisLogFixture() : work_(io_.get_executor()) {
    thread_ = std::thread([this] {
      io_.run();
      ran_out_.set_value();
    });
  }

  ~RedisLogFixture() override {
    // Every log first, so that the io_context runs out of work by itself:
    // that checks that RedisLog ends its connections and timers.
    logs_.clear();
    work_.reset();
    if (ran_out_future_.wait_for(reply_timeout) != std::future_status::ready) {
      ADD_FAILURE() << "the io_context did not run out of work after the logs were destroyed";
      io_.stop();
    }
    thread_.join();
  }

  RedisLog& make_log(RedisLogOptions options = {}) {
    logs_.push_back(std::make_unique<RedisLog>(io_, ::kring::test::kring_login(server_), options));
    return *logs_.back();
  }

  // Waits until `log` answers from Redis (its command connection is up).
  static bool wait_ready(RedisLog& log) {
    const auto deadline = std::chrono::steady_clock::now() + reply_timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (find(log, "readiness-probe").status != FindStatus::unavailable) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }

  static AppendOutcome append(RedisLog& log, core::RoomId room, core::Epoch epoch, core::Seq head,
                              core::Event event) {
    auto promise = std::make_shared<std::promise<AppendOutcome>>();
    log.append(room, epoch, head, std::move(event),
               [promise](AppendOutcome outcome) { promise->set_value(outcome); });
    return wait_for(promise->get_future(), "append");
  }

  static ReadOutcome read(RedisLog& log, core::RoomId room, core::Seq after) {
    auto promise = std::make_shared<std::promise<ReadOutcome>>();
    log.read_from(room, after,
                  [promise](ReadOutcome outcome) { promise->set_value(std::move(outcome)); });
    return wait_for(promise->get_future(), "read_from");
  }

  static WriteStatus reseed(RedisLog& log, core::RoomId room, core::Epoch epoch,
                            const core::RoomState& state) {
    auto promise = std::make_shared<std::promise<WriteStatus>>();
    log.reseed(room, epoch, state, [promise](WriteStatus status) { promise->set_value(status); });
    return wait_for(promise->get_future(), "reseed");
  }

  static WriteStatus register_keys(RedisLog& log, core::RoomId room,
                                   std::vector<std::string> keys) {
    auto promise = std::make_shared<std::promise<WriteStatus>>();
    log.register_credentials(room, std::move(keys),
                             [promise](WriteStatus status) { promise->set_value(status); });
    return wait_for(promise->get_future(), "register_credentials");
  }

  static FindOutcome find(RedisLog& log, std::string key) {
    auto promise = std::make_shared<std::promise<FindOutcome>>();
    log.find_room(std::move(key), [promise](FindOutcome outcome) { promise->set_value(outcome); });
    return wait_for(promise->get_future(), "find_room");
  }

  // Appends events numbered first..last to `room` from head first - 1.
  static void append_range(RedisLog& log, core::RoomId room, core::Epoch epoch, std::int64_t first,
                           std::int64_t last) {
    for (std::int64_t n = first; n <= last; ++n) {
      const auto outcome =
          append(log, room, epoch, static_cast<core::Seq>(n - 1), numbered_event(n));
      ASSERT_EQ(outcome.status, AppendStatus::appended) << "event " << n;
    }
  }

  // Polls `condition` until it holds or the reply timeout passes.
  static bool eventually(const std::function<bool()>& condition) {
    const auto deadline = std::chrono::steady_clock::now() + reply_timeout;
    while (!condition()) {
      if (std::chrono::steady_clock::now() > deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
  }

  kring::test::RedisServer server_;
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::promise<void> ran_out_;
  std::future<void> ran_out_future_ = ran_out_.get_future();
  std::thread thread_;
  std::vector<std::unique_ptr<RedisLog>> logs_;
};

}  // namespace kring::log::redis::test
