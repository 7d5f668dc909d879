// The RoomLog contract (server/log/room_log.hpp), one typed suite run over
// every implementation: MemoryLog and RedisLog on a real redis-server. A rule
// that one storage keeps and the other does not fails here, not in a cluster.
#include <gtest/gtest.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "log/memory/memory_log.hpp"
#include "log/redis/redis_log.hpp"
#include "log/room_log.hpp"
#include "support/redis_login.hpp"
#include "support/redis_server.hpp"

namespace kring::log {
namespace {

constexpr auto answer_timeout = std::chrono::seconds(20);

template <typename T>
T wait_for(std::future<T> future, const char* what) {
  if (future.wait_for(answer_timeout) != std::future_status::ready) {
    throw std::runtime_error(std::string("no answer: ") + what);
  }
  return future.get();
}

// Distinct events: a timer change whose elapsed time names it.
core::Event numbered_event(std::int64_t number) {
  core::Timer timer;
  timer.elapsed_ms = number;
  return core::Event{0, 1'700'000'000'000 + number, "key-" + std::to_string(number),
                     core::ev::TimerChanged{timer}};
}

std::int64_t number_of(const core::Event& event) {
  const auto* changed = std::get_if<core::ev::TimerChanged>(&event.body);
  return changed == nullptr ? -1 : changed->timer.elapsed_ms;
}

class MemoryStorage {
 public:
  RoomLog& log() { return log_; }

 private:
  MemoryLog log_;
};

// A redis-server of its own and one RedisLog on an io thread.
class RedisStorage {
 public:
  RedisStorage() : work_(io_.get_executor()) {
    log_ = std::make_unique<redis::RedisLog>(io_, ::kring::test::kring_login(server_),
                                             redis::RedisLogOptions{});
    thread_ = std::thread([this] { io_.run(); });
  }
  ~RedisStorage() {
    log_.reset();
    work_.reset();
    thread_.join();
  }
  RoomLog& log() { return *log_; }

 private:
  kring::test::RedisServer server_;
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::unique_ptr<redis::RedisLog> log_;
  std::thread thread_;
};

template <class Storage>
class RoomLogContract : public ::testing::Test {
 protected:
  void SetUp() override {
    // Redis connects in the background: wait until the directory answers.
    const auto deadline = std::chrono::steady_clock::now() + answer_timeout;
    while (find("readiness-probe").status == FindStatus::unavailable) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "storage never answered";
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  RoomLog& log() { return storage_.log(); }

  AppendOutcome append(core::RoomId room, core::Epoch epoch, core::Seq head, std::int64_t number) {
    auto promise = std::make_shared<std::promise<AppendOutcome>>();
    log().append(room, epoch, head, numbered_event(number),
                 [promise](AppendOutcome outcome) { promise->set_value(outcome); });
    return wait_for(promise->get_future(), "append");
  }
  AppendOutcome append_numbers(core::RoomId room, core::Epoch epoch, core::Seq head,
                               std::vector<std::int64_t> numbers) {
    std::vector<core::Event> events;
    for (const std::int64_t number : numbers) events.push_back(numbered_event(number));
    auto promise = std::make_shared<std::promise<AppendOutcome>>();
    log().append_batch(room, epoch, head, std::move(events),
                       [promise](AppendOutcome outcome) { promise->set_value(outcome); });
    return wait_for(promise->get_future(), "append_batch");
  }
  ReadOutcome read(core::RoomId room, core::Seq after) {
    auto promise = std::make_shared<std::promise<ReadOutcome>>();
    log().read_from(room, after,
                    [promise](ReadOutcome outcome) { promise->set_value(std::move(outcome)); });
    return wait_for(promise->get_future(), "read_from");
  }
  WriteStatus reseed(core::RoomId room, core::Epoch epoch, const core::RoomState& state) {
    auto promise = std::make_shared<std::promise<WriteStatus>>();
    log().reseed(room, epoch, state, [promise](WriteStatus status) { promise->set_value(status); });
    return wait_for(promise->get_future(), "reseed");
  }
  WriteStatus register_keys(core::RoomId room, std::vector<std::string> keys) {
    auto promise = std::make_shared<std::promise<WriteStatus>>();
    log().register_credentials(room, std::move(keys),
                               [promise](WriteStatus status) { promise->set_value(status); });
    return wait_for(promise->get_future(), "register_credentials");
  }
  FindOutcome find(std::string key) {
    auto promise = std::make_shared<std::promise<FindOutcome>>();
    log().find_room(std::move(key),
                    [promise](FindOutcome outcome) { promise->set_value(outcome); });
    return wait_for(promise->get_future(), "find_room");
  }
  WriteStatus remove(core::RoomId room) {
    auto promise = std::make_shared<std::promise<WriteStatus>>();
    log().remove_room(room, [promise](WriteStatus status) { promise->set_value(status); });
    return wait_for(promise->get_future(), "remove_room");
  }
  // A new room's log with events 1..count.
  core::Epoch room_with_events(core::RoomId room, int count) {
    const core::Epoch epoch = log().create(room);
    for (int n = 1; n <= count; ++n) {
      EXPECT_EQ(append(room, epoch, static_cast<core::Seq>(n - 1), n).status,
                AppendStatus::appended);
    }
    return epoch;
  }

  Storage storage_;
};

using Storages = ::testing::Types<MemoryStorage, RedisStorage>;
class StorageNames {
 public:
  template <typename T>
  static std::string GetName(int) {
    return std::is_same_v<T, MemoryStorage> ? "MemoryLog" : "RedisLog";
  }
};
TYPED_TEST_SUITE(RoomLogContract, Storages, StorageNames);

TYPED_TEST(RoomLogContract, SeqsAreOneTwoThreeWithoutGapOrReuse) {
  const core::Epoch epoch = this->log().create(1);
  EXPECT_NE(epoch, 0u);
  for (int n = 1; n <= 3; ++n) {
    const AppendOutcome outcome = this->append(1, epoch, static_cast<core::Seq>(n - 1), n);
    ASSERT_EQ(outcome.status, AppendStatus::appended);
    EXPECT_EQ(outcome.seq, static_cast<core::Seq>(n));
  }
  const ReadOutcome all = this->read(1, 0);
  ASSERT_EQ(all.status, ReadStatus::ok);
  EXPECT_EQ(all.epoch, epoch);
  ASSERT_EQ(all.events.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(all.events[i].seq, i + 1);
    EXPECT_EQ(number_of(all.events[i]), static_cast<std::int64_t>(i + 1));
  }
  const ReadOutcome tail = this->read(1, 2);
  ASSERT_EQ(tail.events.size(), 1u);
  EXPECT_EQ(tail.events[0].seq, 3u);
  EXPECT_TRUE(this->read(1, 3).events.empty());
}

// A read says where the log ends and which event it holds at the position
// asked from, so that a reader can tell that the log forked away from it.
TYPED_TEST(RoomLogContract, AReadGivesTheHeadAndTheEventAtItsPosition) {
  const core::Epoch epoch = this->room_with_events(14, 3);
  (void)epoch;
  const ReadOutcome from_two = this->read(14, 2);
  ASSERT_EQ(from_two.status, ReadStatus::ok);
  EXPECT_EQ(from_two.head, 3u);
  ASSERT_TRUE(from_two.at_position.has_value());
  EXPECT_EQ(from_two.at_position->seq, 2u);
  EXPECT_EQ(number_of(*from_two.at_position), 2);
  const ReadOutcome from_start = this->read(14, 0);
  EXPECT_EQ(from_start.head, 3u);
  EXPECT_FALSE(from_start.at_position.has_value()) << "nothing is at seq 0";
  // A reader ahead of the log (it lost events): the head says so.
  const ReadOutcome ahead = this->read(14, 5);
  ASSERT_EQ(ahead.status, ReadStatus::ok);
  EXPECT_EQ(ahead.head, 3u);
  EXPECT_TRUE(ahead.events.empty());
  EXPECT_FALSE(ahead.at_position.has_value());
}

TYPED_TEST(RoomLogContract, ABatchGetsConsecutiveSeqsOrNoneOfThem) {
  const core::Epoch epoch = this->log().create(13);
  const AppendOutcome first = this->append_numbers(13, epoch, 0, {1, 2, 3});
  ASSERT_EQ(first.status, AppendStatus::appended);
  EXPECT_EQ(first.seq, 3u) << "the seq of the batch's last event";
  const AppendOutcome stale = this->append_numbers(13, epoch, 2, {97, 98});
  EXPECT_EQ(stale.status, AppendStatus::conflict);
  EXPECT_EQ(stale.head, 3u);
  ASSERT_EQ(this->append_numbers(13, epoch, 3, {4, 5}).status, AppendStatus::appended);
  const ReadOutcome all = this->read(13, 0);
  ASSERT_EQ(all.events.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(all.events[i].seq, i + 1);
    EXPECT_EQ(number_of(all.events[i]), static_cast<std::int64_t>(i + 1));
  }
}

TYPED_TEST(RoomLogContract, AStaleHeadOrAnotherEpochConflictsAndWritesNothing) {
  const core::Epoch epoch = this->room_with_events(2, 2);
  const AppendOutcome stale = this->append(2, epoch, 1, 99);
  EXPECT_EQ(stale.status, AppendStatus::conflict);
  EXPECT_EQ(stale.head, 2u) << "a conflict on a moved head reports the head";
  EXPECT_EQ(this->append(2, epoch + 1, 2, 98).status, AppendStatus::conflict);
  const ReadOutcome all = this->read(2, 0);
  ASSERT_EQ(all.events.size(), 2u);
  EXPECT_EQ(number_of(all.events.back()), 2);
}

TYPED_TEST(RoomLogContract, ARoomWithoutALogIsNotFound) {
  EXPECT_EQ(this->read(3, 0).status, ReadStatus::not_found);
  // Created but not appended to: still no log.
  const core::Epoch epoch = this->log().create(4);
  EXPECT_EQ(this->read(4, 0).status, ReadStatus::not_found);
  // The first append stores it.
  EXPECT_EQ(this->append(4, epoch, 0, 1).status, AppendStatus::appended);
  EXPECT_EQ(this->read(4, 0).status, ReadStatus::ok);
}

TYPED_TEST(RoomLogContract, ASubscriberSeesLaterEventsInOrder) {
  const core::Epoch epoch = this->room_with_events(5, 1);
  std::mutex mutex;
  std::vector<core::Seq> seen;
  int resyncs = 0;
  auto handle = this->log().subscribe(
      5,
      [&](const core::Event& event) {
        const std::lock_guard lock(mutex);
        seen.push_back(event.seq);
      },
      [&] {
        const std::lock_guard lock(mutex);
        ++resyncs;
      });
  // Pub/sub may miss what is published before the subscription is live: keep
  // appending until the subscriber hears something.
  core::Seq head = 1;
  const auto deadline = std::chrono::steady_clock::now() + answer_timeout;
  for (;;) {
    ASSERT_EQ(this->append(5, epoch, head, static_cast<std::int64_t>(head + 1)).status,
              AppendStatus::appended);
    ++head;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const std::lock_guard lock(mutex);
    if (!seen.empty()) break;
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the subscriber heard nothing";
  }
  for (int n = 0; n < 3; ++n, ++head) {
    ASSERT_EQ(this->append(5, epoch, head, static_cast<std::int64_t>(head + 1)).status,
              AppendStatus::appended);
  }
  const auto heard_all = [&] {
    const std::lock_guard lock(mutex);
    return !seen.empty() && seen.back() == head;
  };
  while (!heard_all()) {
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the last event never arrived";
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const std::lock_guard lock(mutex);
  for (std::size_t i = 1; i < seen.size(); ++i) EXPECT_LT(seen[i - 1], seen[i]);
  EXPECT_GT(seen.front(), 1u) << "events from before the subscription are read, not pushed";
  handle.reset();
}

TYPED_TEST(RoomLogContract, ReseedStartsALostLogFromAStateAndIsRefusedOverALiveOne) {
  core::RoomState state;
  state.seq = 7;
  const core::Epoch new_epoch = this->log().create(6);
  ASSERT_EQ(this->reseed(6, new_epoch, state), WriteStatus::written);
  const ReadOutcome read = this->read(6, 0);
  ASSERT_EQ(read.status, ReadStatus::ok);
  EXPECT_EQ(read.epoch, new_epoch);
  ASSERT_NE(read.base, nullptr) << "a reader behind the reseed gets the state";
  EXPECT_EQ(read.base->seq, 7u);
  EXPECT_TRUE(read.events.empty());
  // Appends continue from the reseeded head.
  const AppendOutcome next = this->append(6, new_epoch, 7, 8);
  ASSERT_EQ(next.status, AppendStatus::appended);
  EXPECT_EQ(next.seq, 8u);
  // The room has a log again: another reseed is refused.
  EXPECT_EQ(this->reseed(6, this->log().create(6), state), WriteStatus::refused);
  EXPECT_EQ(this->read(6, 7).events.size(), 1u);
}

TYPED_TEST(RoomLogContract, TheDirectoryFindsRegisteredKeysAndRefusesACollisionWhole) {
  EXPECT_EQ(this->find("p:ABCD").status, FindStatus::not_found);
  ASSERT_EQ(this->register_keys(8, {"p:ABCD", "b:EFGH"}), WriteStatus::written);
  EXPECT_EQ(this->find("p:ABCD").room, 8u);
  EXPECT_EQ(this->find("b:EFGH").status, FindStatus::found);
  EXPECT_EQ(this->register_keys(8, {"p:ABCD"}), WriteStatus::written) << "again is harmless";
  EXPECT_EQ(this->register_keys(9, {"p:NEW", "b:EFGH"}), WriteStatus::refused);
  EXPECT_EQ(this->find("p:NEW").status, FindStatus::not_found) << "a refusal writes nothing";
  EXPECT_EQ(this->find("b:EFGH").room, 8u);
}

TYPED_TEST(RoomLogContract, ARemovedRoomIsDeletedForGood) {
  const core::Epoch epoch = this->room_with_events(10, 2);
  ASSERT_EQ(this->register_keys(10, {"p:GONE"}), WriteStatus::written);
  ASSERT_EQ(this->remove(10), WriteStatus::written);
  EXPECT_EQ(this->read(10, 0).status, ReadStatus::deleted)
      << "a reader holding the room must end it, not reseed it";
  EXPECT_EQ(this->find("p:GONE").status, FindStatus::not_found);
  EXPECT_EQ(this->append(10, epoch, 2, 3).status, AppendStatus::conflict);
  // Removing what is not there (an expired room) is written too.
  EXPECT_EQ(this->remove(11), WriteStatus::written);
}

TYPED_TEST(RoomLogContract, ASnapshotNeverBreaksARead) {
  const core::Epoch epoch = this->room_with_events(12, 3);
  const ReadOutcome before = this->read(12, 0);
  ASSERT_EQ(before.status, ReadStatus::ok);
  core::RoomState state;
  state.seq = 3;
  this->log().store_snapshot(12, epoch, state);
  ASSERT_EQ(this->append(12, epoch, 3, 4).status, AppendStatus::appended);
  // Best effort: a read from 0 returns either every event, or the snapshot
  // and the events after it; in both cases nothing is skipped.
  const ReadOutcome after = this->read(12, 0);
  ASSERT_EQ(after.status, ReadStatus::ok);
  core::Seq next = after.base ? after.base->seq + 1 : 1;
  for (const core::Event& event : after.events) EXPECT_EQ(event.seq, next++);
  EXPECT_EQ(next, 5u);
}

}  // namespace
}  // namespace kring::log
