// A room with 10,000 events in Redis, opened by a node that never saw it:
// the node rebuilds it from the log (a compaction snapshot plus the stream's
// tail) and a participant joining there sees exactly the state the core
// computes. The load time is printed, not asserted.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <cstdio>
#include <future>
#include <map>
#include <thread>

#include "core/room.hpp"
#include "hub/credential_keys.hpp"
#include "log/redis/redis_log.hpp"
#include "support/redis_login.hpp"
#include "support/redis_server.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"
#include "unit/room_fixture.hpp"

namespace kring::test {
namespace large_room_test {
namespace {

namespace v1 = kring::v1;
using core::testing::RoomFixture;

constexpr std::size_t total_events = 10'000;
constexpr int note_count = 300;

// Builds the room's history with the real core: notes, then moves between zones.
RoomFixture build_history() {
  RoomFixture room;
  const core::Actor author = room.join(core::Role::participant, "Schrijver");
  const core::BoardId board = room.add_board(core::BoardKind::columns, core::WritingMode::open);
  std::vector<core::NoteId> notes;
  for (int i = 0; i < note_count; ++i) {
    notes.push_back(room.add_note(author, board, "notitie " + std::to_string(i),
                                  "secret-" + std::to_string(i) + std::string(16, '.')));
  }
  // Each move sends a note on to the next of the three columns (zones 1..3), so
  // no move is ever to the zone the note is already in.
  std::vector<core::ZoneId> zone_of(notes.size(), 1);
  for (std::size_t i = 0; room.log.size() < total_events; ++i) {
    core::ZoneId& zone = zone_of[i % notes.size()];
    zone = static_cast<core::ZoneId>(zone % 3 + 1);
    room.run(core::testing::facilitator, core::cmd::MoveNote{notes[i % notes.size()], zone, ""});
    if (::testing::Test::HasFailure()) break;  // a rejected move would loop forever
  }
  return room;
}

// Appends `history` to Redis through RedisLog (pipelined), offering a
// snapshot every 1,000 events as nodes do, and registers the participant code.
void store(const RedisServer& redis, core::RoomId room, const RoomFixture& history) {
  boost::asio::io_context io;
  auto guard = boost::asio::make_work_guard(io);
  std::thread runner([&io] { io.run(); });
  {
    log::redis::RedisLog log(io, kring_login(redis));
    // Wait for the connection: the first append is retried until it lands.
    const core::Epoch epoch = log.create(room);
    const auto deadline = std::chrono::steady_clock::now() + default_timeout;
    for (;;) {
      std::promise<log::AppendOutcome> first;
      log.append(room, epoch, 0, history.log.front(),
                 [&first](log::AppendOutcome outcome) { first.set_value(outcome); });
      const auto outcome = first.get_future().get();
      if (outcome.status == log::AppendStatus::appended) break;
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "Redis log never connected";
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::atomic<std::size_t> appended{1};
    std::promise<void> all;
    core::RoomState state;
    core::apply(state, history.log.front());
    for (std::size_t i = 1; i < history.log.size(); ++i) {
      log.append(room, epoch, i, history.log[i], [&, i](log::AppendOutcome outcome) {
        EXPECT_EQ(outcome.status, log::AppendStatus::appended) << "seq " << i + 1;
        if (++appended == history.log.size()) all.set_value();
      });
      core::apply(state, history.log[i]);
      if (state.seq % 1000 == 0) log.store_snapshot(room, epoch, state);
    }
    all.get_future().get();
    std::promise<log::WriteStatus> registered;
    log.register_credentials(
        room,
        {hub::credential_key(protocol::CredentialKind::participant_code,
                             history.state.participant_code)},
        [&registered](log::WriteStatus status) { registered.set_value(status); });
    ASSERT_EQ(registered.get_future().get(), log::WriteStatus::written);
  }
  guard.reset();
  runner.join();
}

TEST(LargeRoom, OpenedOnAFreshNodeAfterTenThousandEventsMatchesTheCore) {
  RedisServer redis;
  const RoomFixture history = build_history();
  ASSERT_EQ(history.log.size(), total_events);
  store(redis, 0x5eed, history);

  ServerProcess node(redis.node_args());
  auto client = connect_with_hello(node.port());
  v1::JoinRoom join;
  join.set_participant_code(history.state.participant_code);
  join.set_display_name("Late");
  const auto started = std::chrono::steady_clock::now();
  const v1::Joined joined = client->join(join);
  const auto took = std::chrono::steady_clock::now() - started;
  std::printf("join that loaded a %zu-event room: %.1f ms\n", total_events,
              std::chrono::duration<double, std::milli>(took).count());

  // The join itself is event 10,001.
  EXPECT_EQ(joined.head_seq(), total_events + 1);
  std::map<std::uint64_t, std::pair<std::uint32_t, std::string>> expected;
  for (const auto& [id, record] : history.state.notes) {
    if (!record.removed) expected[id] = {record.note.zone_id, record.note.text};
  }
  std::map<std::uint64_t, std::pair<std::uint32_t, std::string>> seen;
  for (const auto& note : joined.snapshot().notes()) {
    seen[note.id()] = {note.zone_id(), note.text()};
  }
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(note_count));
  EXPECT_EQ(seen, expected);
}

}  // namespace
}  // namespace large_room_test
}  // namespace kring::test
