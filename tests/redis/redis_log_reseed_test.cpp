// A Redis that restarts empty (no persistence, or its files lost): the log
// says not_found, appends that expect events conflict, the first reseed wins
// and a second is refused, and reads then start from the reseeded state.
#include <filesystem>

#include "redis/redis_log_fixture.hpp"

namespace kring::log::redis::test {
namespace redis_log_reseed_test {
namespace {

constexpr core::RoomId room = 31;

core::RoomState state_at(core::Seq seq) {
  core::RoomState state;
  state.seq = seq;
  state.created = true;
  state.title = "Reseeded";
  state.participant_code = "PCODE";
  return state;
}

class RedisLogReseed : public RedisLogFixture {
 protected:
  // Kill -9 and start again without any of Redis' files.
  void restart_empty() {
    server_.kill9();
    for (const auto& entry : std::filesystem::directory_iterator(server_.dir())) {
      std::filesystem::remove_all(entry.path());
    }
    server_.start();
  }
};

TEST_F(RedisLogReseed, LostLogIsReseededOnceAndReadFromItsState) {
  RedisLog& node_a = make_log();
  RedisLog& node_b = make_log();
  ASSERT_TRUE(wait_ready(node_a) && wait_ready(node_b));
  const core::Epoch old_epoch = node_a.create(room);
  append_range(node_a, room, old_epoch, 1, 5);

  restart_empty();
  ASSERT_TRUE(eventually([&] { return read(node_a, room, 0).status == ReadStatus::not_found; }));
  EXPECT_EQ(append(node_a, room, old_epoch, 5, numbered_event(6)).status, AppendStatus::conflict);
  ASSERT_TRUE(wait_ready(node_b));

  const core::Epoch new_epoch = node_a.create(room);
  ASSERT_NE(new_epoch, old_epoch);
  EXPECT_EQ(reseed(node_a, room, new_epoch, state_at(5)), WriteStatus::written);
  EXPECT_EQ(reseed(node_b, room, node_b.create(room), state_at(5)), WriteStatus::refused);

  const ReadOutcome reseeded = read(node_b, room, 0);
  ASSERT_EQ(reseeded.status, ReadStatus::ok);
  EXPECT_EQ(reseeded.epoch, new_epoch);
  ASSERT_TRUE(reseeded.base);
  EXPECT_EQ(reseeded.base->seq, 5u);
  EXPECT_EQ(reseeded.base->title, "Reseeded");
  EXPECT_TRUE(reseeded.events.empty());

  // The log goes on from the state's seq in the new epoch only.
  EXPECT_EQ(append(node_b, room, old_epoch, 5, numbered_event(6)).status, AppendStatus::conflict);
  const AppendOutcome next = append(node_b, room, new_epoch, 5, numbered_event(6));
  ASSERT_EQ(next.status, AppendStatus::appended);
  EXPECT_EQ(next.seq, 6u);
  const ReadOutcome at_head = read(node_a, room, 5);
  EXPECT_FALSE(at_head.base);
  ASSERT_EQ(at_head.events.size(), 1u);
  EXPECT_EQ(event_number(at_head.events[0]), 6);
  const ReadOutcome older = read(node_a, room, 2);
  ASSERT_TRUE(older.base);
  ASSERT_EQ(older.events.size(), 1u);
  EXPECT_EQ(older.events[0].seq, 6u);
}

}  // namespace
}  // namespace redis_log_reseed_test
}  // namespace kring::log::redis::test
