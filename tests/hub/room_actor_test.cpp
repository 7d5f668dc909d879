// The room actor in one process: the paths between the log and the sessions
// that the socket suites reach only by chance (a conflict between nodes, an
// event that overtakes another, a log that storage lost, joins that wait for a
// load, deletion with members in the room).
#include <gtest/gtest.h>

#include <memory>

#include "hub/hub_fixture.hpp"

namespace kring::hub::test {
namespace room_actor_test {
namespace {

constexpr core::RoomId room_id = 4242;

// AddNote needs a board; SetMinGroupSize is the smallest facilitator command.
core::cmd::Body set_group_size(std::uint32_t size) { return core::cmd::SetMinGroupSize{size}; }

class RoomActorTest : public HubTest {
 protected:
  // One room on two "nodes" sharing the log, a facilitator joined on each.
  // Subscription 0 is the first node's, subscription 1 the second's.
  struct TwoNodes {
    std::shared_ptr<RoomActor> first;
    std::shared_ptr<RoomActor> second;
    std::shared_ptr<FakeSession> here;
    std::shared_ptr<FakeSession> there;
  };
  TwoNodes two_nodes() {
    TwoNodes nodes;
    nodes.first = create_room(room_id);
    nodes.second = open_room(room_id);
    settle();
    nodes.here = join(*nodes.first, core::Role::facilitator);
    nodes.there = join(*nodes.second, core::Role::facilitator);
    settle();
    return nodes;
  }
};

TEST_F(RoomActorTest, AppendConflictThenDecidesAgainOnTheNewHead) {
  auto [first_node, second_node, here, there] = two_nodes();
  // Subscription 1 is the second node's: its events arrive late, so its head
  // is behind the log when it decides.
  ASSERT_EQ(log_.subscriptions(), 2u);
  log_.hold_events(1);
  const auto first = command(*first_node, here, set_group_size(4));
  settle();
  ASSERT_TRUE(here->answer(first).has_value());
  EXPECT_EQ(here->answer(first)->payload_case(), v1::ServerMessage::kAck);

  const int reads_before = log_.reads();
  const auto second = command(*second_node, there, set_group_size(5));
  settle();
  EXPECT_EQ(metrics_.append_conflicts.load(), 1u);
  EXPECT_EQ(metrics_.append_conflicts_without_read.load(), 0u);
  EXPECT_GT(log_.reads(), reads_before) << "a conflict must read the events that beat it";
  // Its own event is held too, so the Ack waits for it: an Ack always
  // follows the event it acknowledges.
  EXPECT_TRUE(there->answers(second).empty());
  log_.release_events(1);
  settle();
  const auto ack = there->answer(second);
  ASSERT_TRUE(ack.has_value());
  ASSERT_EQ(ack->payload_case(), v1::ServerMessage::kAck) << ack->DebugString();
  EXPECT_EQ(ack->ack().seq(), here->answer(first)->ack().seq() + 1);
  // Both nodes delivered both events, once each and in order.
  EXPECT_EQ(here->event_seqs(), there->event_seqs());
  EXPECT_EQ(here->event_seqs().back(), ack->ack().seq());
}

TEST_F(RoomActorTest, ConflictWhoseEventsArrivedFirstNeedsNoRead) {
  auto [first_node, second_node, here, there] = two_nodes();
  // Both decide on the same head before either append lands.
  const auto a = command(*first_node, here, set_group_size(4));
  const auto b = command(*second_node, there, set_group_size(5));
  const int reads_before = log_.reads();
  settle();
  ASSERT_TRUE(here->answer(a).has_value());
  ASSERT_TRUE(there->answer(b).has_value());
  EXPECT_EQ(here->answer(a)->payload_case(), v1::ServerMessage::kAck);
  EXPECT_EQ(there->answer(b)->payload_case(), v1::ServerMessage::kAck);
  EXPECT_EQ(metrics_.append_conflicts.load(), 1u);
  EXPECT_EQ(metrics_.append_conflicts_without_read.load(), 1u);
  EXPECT_EQ(log_.reads(), reads_before);
}

TEST_F(RoomActorTest, EarlyEventWaitsWhileTheGapIsRead) {
  auto [writer, reader, facilitator, watcher] = two_nodes();
  const std::size_t before = watcher->event_seqs().size();
  // The reader's subscription loses the first of three events.
  log_.drop_next_event(1);
  const int reads_before = log_.reads();
  for (std::uint32_t size = 4; size <= 6; ++size) {
    command(*writer, facilitator, set_group_size(size));
    settle();
  }
  EXPECT_GT(log_.reads(), reads_before) << "the gap must be read from the log";
  const auto seqs = watcher->event_seqs();
  ASSERT_EQ(seqs.size(), before + 3);
  for (std::size_t i = 1; i < seqs.size(); ++i) EXPECT_EQ(seqs[i], seqs[i - 1] + 1);
  EXPECT_EQ(seqs, facilitator->event_seqs());
}

TEST_F(RoomActorTest, ReseedsTheLogStorageLostAndSendsSessionsAway) {
  auto actor = create_room(room_id);
  auto facilitator = join(*actor, core::Role::facilitator);
  auto participant = join(*actor, core::Role::participant, "Ans");
  settle();
  command(*actor, facilitator, set_group_size(4));
  settle();
  const auto joined_before = facilitator->messages().front();
  ASSERT_EQ(joined_before.payload_case(), v1::ServerMessage::kJoined);

  log_.lose_everything();
  settle();
  // Everyone must come back: their (epoch, seq) no longer exists.
  EXPECT_EQ(facilitator->going_away, 1);
  EXPECT_EQ(participant->going_away, 1);

  auto back = join(*actor, core::Role::facilitator);
  settle();
  ASSERT_FALSE(back->messages().empty());
  const auto& joined = back->messages().front();
  ASSERT_EQ(joined.payload_case(), v1::ServerMessage::kJoined);
  EXPECT_NE(joined.joined().snapshot().epoch(), joined_before.joined().snapshot().epoch());
  EXPECT_EQ(joined.joined().snapshot().min_group_size(), 4u) << "the state survived";
  const auto after = command(*actor, back, set_group_size(6));
  settle();
  ASSERT_TRUE(back->answer(after).has_value());
  EXPECT_EQ(back->answer(after)->payload_case(), v1::ServerMessage::kAck);

  // A node that opens the room now reads the reseeded log.
  auto other_node = open_room(room_id);
  auto there = join(*other_node, core::Role::facilitator);
  settle();
  ASSERT_FALSE(there->messages().empty());
  EXPECT_EQ(there->messages().front().joined().snapshot().min_group_size(), 6u);
}

// Acks wait for replicas: an append that reached the log but too few
// replicas was answered unavailable, and its event is in the room. A retry
// with the same key is a duplicate, and is acknowledged only once the log
// confirms the event is as durable as an ack; never straight from memory.
TEST_F(RoomActorTest, ARetryFoundInTheLogIsAcknowledgedOnlyOnceTheLogConfirmsIt) {
  auto actor = create_room(room_id);
  auto facilitator = join(*actor, core::Role::facilitator);
  settle();
  log_.wait_for_replicas(1, {log::WriteStatus::unavailable, log::WriteStatus::written});
  const std::string key = "retried-key-0123456789abcdef";
  const auto first = command(*actor, facilitator, set_group_size(4), key);
  settle();
  ASSERT_TRUE(facilitator->answer(first).has_value());
  ASSERT_EQ(facilitator->answer(first)->payload_case(), v1::ServerMessage::kError);
  EXPECT_EQ(facilitator->answer(first)->error().code(), v1::ERROR_CODE_STORAGE_UNAVAILABLE);
  const std::uint64_t event_seq = facilitator->event_seqs().back();

  const auto second = command(*actor, facilitator, set_group_size(4), key);
  settle();
  EXPECT_EQ(log_.confirms(), 1);
  ASSERT_TRUE(facilitator->answer(second).has_value());
  ASSERT_EQ(facilitator->answer(second)->payload_case(), v1::ServerMessage::kError)
      << "the log could not confirm it: no ack";
  EXPECT_EQ(facilitator->answer(second)->error().code(), v1::ERROR_CODE_STORAGE_UNAVAILABLE);

  const auto third = command(*actor, facilitator, set_group_size(4), key);
  settle();
  EXPECT_EQ(log_.confirms(), 2);
  ASSERT_TRUE(facilitator->answer(third).has_value());
  ASSERT_EQ(facilitator->answer(third)->payload_case(), v1::ServerMessage::kAck);
  EXPECT_EQ(facilitator->answer(third)->ack().seq(), event_seq) << "the first attempt's event";
  EXPECT_EQ(facilitator->event_seqs().back(), event_seq) << "no second event";
}

// The log cannot confirm the event because it ends before it (a replica was
// promoted before it had it): the retry is refused and the room starts over
// from the log, sending its sessions away to resume.
TEST_F(RoomActorTest, ARetryWhoseEventTheLogLostReloadsTheRoom) {
  auto actor = create_room(room_id);
  auto facilitator = join(*actor, core::Role::facilitator);
  settle();
  log_.wait_for_replicas(1, {log::WriteStatus::refused});
  const std::string key = "lost-key-0123456789abcdef";
  command(*actor, facilitator, set_group_size(4), key);
  settle();
  const int reads_before = log_.reads();
  ASSERT_EQ(facilitator->going_away, 0);
  const auto retry = command(*actor, facilitator, set_group_size(4), key);
  settle();
  ASSERT_TRUE(facilitator->answer(retry).has_value());
  EXPECT_EQ(facilitator->answer(retry)->payload_case(), v1::ServerMessage::kError);
  EXPECT_EQ(facilitator->going_away, 1);
  EXPECT_EQ(log_.confirms(), 1);
  EXPECT_GT(log_.reads(), reads_before) << "the room is read again from the log";
}

// A batch that keeps losing to other nodes' appends is decided again until
// conflict_deadline (docs/operations.md); past it the command is answered
// STORAGE_UNAVAILABLE rather than waiting for ever. Within it, it lands.
TEST_F(RoomActorTest, ABatchThatKeepsLosingIsRefusedOnlyPastTheConflictDeadline) {
  RoomOptions patient;
  auto lands = create_room(room_id, patient);
  auto facilitator = join(*lands, core::Role::facilitator);
  settle();
  log_.conflict_appends(5);
  const auto retried = command(*lands, facilitator, set_group_size(4));
  settle();
  ASSERT_TRUE(facilitator->answer(retried).has_value());
  EXPECT_EQ(facilitator->answer(retried)->payload_case(), v1::ServerMessage::kAck)
      << "five lost rounds within the deadline";
  EXPECT_EQ(metrics_.append_conflicts.load(), 5u);

  RoomOptions impatient;
  impatient.conflict_deadline = std::chrono::milliseconds(0);
  auto gives_up = create_room(room_id + 1, impatient);
  auto other = join(*gives_up, core::Role::facilitator);
  settle();
  log_.conflict_appends(1);
  const auto refused = command(*gives_up, other, set_group_size(4));
  settle();
  ASSERT_TRUE(other->answer(refused).has_value());
  ASSERT_EQ(other->answer(refused)->payload_case(), v1::ServerMessage::kError);
  EXPECT_EQ(other->answer(refused)->error().code(), v1::ERROR_CODE_STORAGE_UNAVAILABLE);
}

// After a Redis failover the log may hold another event where this node
// applied one (the promoted replica never had it, and another node appended
// there since), or end before it. A node that only follows the room notices
// it on its next read and starts over from the log, sending its devices away
// to resume, instead of building on an event the log does not have.
TEST_F(RoomActorTest, AFollowerWhoseLogForkedAwayReloadsTheRoom) {
  for (const bool fork : {true, false}) {
    SCOPED_TRACE(fork ? "another event at its head" : "the log ends before its head");
    const core::RoomId room = fork ? room_id + 10 : room_id + 11;
    auto writer = create_room(room);
    auto facilitator = join(*writer, core::Role::facilitator);
    settle();
    auto follower = open_room(room);
    auto watcher = join(*follower, core::Role::participant, "Kijker");
    settle();
    command(*writer, facilitator, set_group_size(4));
    settle();
    const int reads_before = log_.reads();
    if (fork) {
      log_.fork_next_read();
    } else {
      log_.lose_head_in_next_read();
    }
    log_.resync(log_.subscriptions() - 1);  // the follower's, as after a reconnect
    settle();
    EXPECT_EQ(watcher->going_away, 1) << "the follower's devices resume from the log";
    EXPECT_GE(log_.reads(), reads_before + 2) << "the resync read, then the reload";
  }
}

TEST_F(RoomActorTest, JoinsAndCopiesWaitForTheLoad) {
  create_room(room_id);
  log_.hold_reads();
  RoomOptions options;
  options.max_waiting_for_load = 2;
  auto opened = open_room(room_id, options);
  auto first = join(*opened, core::Role::facilitator);
  std::optional<RoomActor::StateCopy> copy;
  opened->copy_state([&copy](RoomActor::StateCopy c) { copy = std::move(c); });
  auto third = join(*opened, core::Role::projector);
  settle();
  EXPECT_EQ(log_.held_reads(), 1u);
  EXPECT_TRUE(first->messages().empty()) << "a join must wait for the room to load";
  EXPECT_FALSE(copy.has_value());
  // Beyond max_waiting_for_load: turned away at once, not queued.
  ASSERT_EQ(third->messages().size(), 1u);
  EXPECT_EQ(third->messages().front().error().code(), v1::ERROR_CODE_RATE_LIMITED);

  log_.release_reads();
  settle();
  ASSERT_EQ(first->messages().size(), 1u);
  EXPECT_EQ(first->messages().front().payload_case(), v1::ServerMessage::kJoined);
  ASSERT_TRUE(copy.has_value());
  ASSERT_NE(copy->state, nullptr);
  EXPECT_TRUE(copy->state->created);
}

TEST_F(RoomActorTest, AFailedLoadIsReadAgainWhileJoinsWait) {
  create_room(room_id);
  log_.fail_reads(2);
  RoomOptions options;
  options.read_retry = std::chrono::milliseconds(5);
  auto opened = open_room(room_id, options);
  auto session = join(*opened, core::Role::facilitator);
  settle();
  EXPECT_EQ(log_.reads(), 3) << "two failed reads, then the one that loads";
  ASSERT_EQ(session->messages().size(), 1u);
  EXPECT_EQ(session->messages().front().payload_case(), v1::ServerMessage::kJoined);
}

TEST_F(RoomActorTest, DeleteWhileMembersAreJoined) {
  auto actor = create_room(room_id);
  auto facilitator = join(*actor, core::Role::facilitator);
  auto ans = join(*actor, core::Role::participant, "Ans");
  auto bram = join(*actor, core::Role::board_member, "Bram");
  auto projector = join(*actor, core::Role::projector);
  settle();
  int forgotten = 0;
  const std::uint64_t refused = next_request_++;
  actor->delete_room(ans, refused, [&forgotten] { ++forgotten; });
  settle();
  ASSERT_TRUE(ans->answer(refused).has_value());
  EXPECT_EQ(ans->answer(refused)->error().code(), v1::ERROR_CODE_FORBIDDEN);
  EXPECT_EQ(forgotten, 0);

  const std::uint64_t deleting = next_request_++;
  actor->delete_room(facilitator, deleting, [&forgotten] { ++forgotten; });
  settle();
  ASSERT_TRUE(facilitator->answer(deleting).has_value());
  EXPECT_EQ(facilitator->answer(deleting)->payload_case(), v1::ServerMessage::kAck);
  EXPECT_EQ(forgotten, 1);
  for (const auto& session : {facilitator, ans, bram, projector}) {
    EXPECT_EQ(session->room_deleted, 1);
    EXPECT_EQ(session->going_away, 0);
  }
  // Nothing comes back: a join answers room_not_found, and the log says deleted.
  auto late = join(*actor, core::Role::facilitator);
  settle();
  ASSERT_EQ(late->messages().size(), 1u);
  EXPECT_EQ(late->messages().front().error().code(), v1::ERROR_CODE_ROOM_NOT_FOUND);
  std::optional<log::ReadStatus> read;
  log_.read_from(room_id, 0, [&read](log::ReadOutcome outcome) { read = outcome.status; });
  EXPECT_EQ(read, log::ReadStatus::deleted);
}

TEST_F(RoomActorTest, AnotherNodeSeesTheDeletionOnItsNextRead) {
  auto here = create_room(room_id);
  auto there = open_room(room_id);
  auto facilitator = join(*here, core::Role::facilitator);
  auto member = join(*there, core::Role::participant, "Ans");
  settle();
  const std::uint64_t deleting = next_request_++;
  here->delete_room(facilitator, deleting, [] {});
  settle();
  // The other node learns it when it reads (a resync, a gap, a conflict).
  log_.resync();
  settle();
  EXPECT_EQ(member->room_deleted, 1);
}

}  // namespace
}  // namespace room_actor_test
}  // namespace kring::hub::test
