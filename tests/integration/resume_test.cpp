// "Nothing acknowledged is lost": a device that loses its connection comes
// back with (epoch, last seq) and gets exactly the events it missed, or a
// snapshot when the server cannot tell; a retried command is applied once.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace resume_test {
namespace {

namespace v1 = kring::v1;

class Resume : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Resume workshop");
    anna_ = &workshop_->add_participant("Anna");
    bram_ = &workshop_->add_participant("Bram");
    board_ = workshop_->add_board(
        cmd::add_columns_board("Open bord", v1::WRITING_MODE_OPEN, {"Goed", "Beter"}));
    workshop_->sync_all(board_.seq);
  }

  void TearDown() override {
    rejoined_.clear();
    workshop_.reset();
    const ExitStatus status = server_.stop();
    EXPECT_TRUE(status.clean()) << "kring-server " << status.describe();
  }

  // Bram writes a note on the open board; returns its seq.
  std::uint64_t bram_writes(const std::string& text) {
    return (*bram_)->command_ok(cmd::add_note(board_.board_id, 1, text, random_bytes(16))).seq();
  }

  // Anna's credentials for coming back, optionally with a resume position.
  v1::JoinRoom anna_rejoin(std::optional<v1::StreamPosition> position) const {
    v1::JoinRoom join;
    join.set_participant_code(workshop_->room().participant_code());
    join.set_member_secret(anna_->joined.member_secret());
    join.set_display_name("Anna");
    if (position) *join.mutable_resume_from() = *position;
    return join;
  }

  v1::StreamPosition position_of(const WsClient& client) const {
    v1::StreamPosition position;
    position.set_epoch(client.events().empty() ? anna_->joined.snapshot().epoch()
                                               : client.events().back().epoch());
    position.set_seq(client.last_seq());
    return position;
  }

  WsClient& reconnect(const v1::JoinRoom& join, v1::Joined* joined) {
    rejoined_.push_back(connect_with_hello(server_.port()));
    *joined = rejoined_.back()->join(join);
    return *rejoined_.back();
  }

  // Bram's events from `first` to `last`, each serialized: what others must match.
  std::vector<std::string> bram_events(std::uint64_t first, std::uint64_t last) const {
    std::vector<std::string> out;
    for (const auto& event : events_between((*bram_)->events(), first, last)) {
      out.push_back(event.SerializeAsString());
    }
    return out;
  }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
  Device* anna_ = nullptr;
  Device* bram_ = nullptr;
  Workshop::BoardReady board_;
  std::vector<std::unique_ptr<WsClient>> rejoined_;
};

TEST_F(Resume, DroppedDeviceGetsExactlyTheMissedEventsThenLiveOnes) {
  std::uint64_t seq = 0;
  for (int i = 0; i < 3; ++i) seq = bram_writes("before the drop " + std::to_string(i));
  (*anna_)->drain_events_until(seq);
  const v1::StreamPosition left_at = position_of(**anna_);
  (*anna_)->drop();

  for (int i = 0; i < 5; ++i) seq = bram_writes("while Anna is away " + std::to_string(i));
  const std::uint64_t head = seq;

  v1::Joined joined;
  WsClient& anna = reconnect(anna_rejoin(left_at), &joined);
  EXPECT_TRUE(joined.recovered());
  EXPECT_FALSE(joined.has_snapshot()) << "a recovered join carries no snapshot";
  EXPECT_EQ(joined.head_seq(), head);
  EXPECT_EQ(joined.role(), v1::ROLE_PARTICIPANT);
  EXPECT_EQ(joined.member_id(), anna_->joined.member_id()) << "same member secret, same member";

  anna.drain_events_until(head);
  const std::uint64_t live = bram_writes("after Anna is back");
  anna.drain_events_until(live);
  (*bram_)->drain_events_until(live);
  EXPECT_TRUE(contiguous(anna.events(), left_at.seq() + 1, live));
  std::vector<std::string> anna_events;
  for (const auto& event : anna.events()) anna_events.push_back(event.SerializeAsString());
  EXPECT_EQ(anna_events, bram_events(left_at.seq() + 1, live));

  // Coming back with the member secret is not a new member: no MemberJoined.
  for (const auto& event : events_between((*bram_)->events(), left_at.seq() + 1, live)) {
    EXPECT_EQ(payload_name(event), "note_added") << "seq " << event.seq();
  }
  EXPECT_TRUE(anna.stray_replies().empty());
}

TEST_F(Resume, UnknownEpochGetsASnapshotThenLiveEvents) {
  const std::uint64_t first = bram_writes("first note");
  (*anna_)->drain_events_until(first);
  v1::StreamPosition left_at = position_of(**anna_);
  (*anna_)->drop();
  const std::uint64_t head = bram_writes("second note");

  left_at.set_epoch(left_at.epoch() + 7919);
  v1::Joined joined;
  WsClient& anna = reconnect(anna_rejoin(left_at), &joined);
  EXPECT_FALSE(joined.recovered());
  ASSERT_TRUE(joined.has_snapshot());
  EXPECT_EQ(joined.snapshot().seq(), head);
  EXPECT_NE(joined.snapshot().epoch(), left_at.epoch());
  EXPECT_EQ(joined.member_id(), anna_->joined.member_id());
  std::vector<std::string> texts;
  for (const v1::Note& note : joined.snapshot().notes()) texts.push_back(note.text());
  EXPECT_EQ(texts, (std::vector<std::string>{"first note", "second note"}));

  const std::uint64_t live = bram_writes("third note");
  anna.drain_events_until(live);
  EXPECT_TRUE(contiguous(anna.events(), head + 1, live));
  ASSERT_FALSE(anna.events().empty());
  EXPECT_EQ(anna.events().back().note_added().note().text(), "third note");
}

TEST_F(Resume, RejoinedMemberKeepsItsVote) {
  const v1::Ack opened = workshop_->facilitator()->command_ok(cmd::open_vote(
      "Peiling", v1::VOTE_AUDIENCE_PARTICIPANTS, v1::BALLOT_MODE_OPEN_CARDS, {"Ja", "Nee"}));
  const std::uint64_t cast = (*anna_)->command_ok(cmd::cast_vote(opened.created_id(), 1)).seq();
  (*anna_)->drain_events_until(cast);
  const v1::StreamPosition left_at = position_of(**anna_);
  (*anna_)->drop();

  v1::Joined joined;
  WsClient& anna = reconnect(anna_rejoin(left_at), &joined);
  EXPECT_EQ(joined.member_id(), anna_->joined.member_id());
  const std::uint64_t changed = anna.command_ok(cmd::cast_vote(opened.created_id(), 2)).seq();
  anna.drain_events_until(changed);
  ASSERT_TRUE(anna.events().back().has_vote_progress());
  EXPECT_EQ(anna.events().back().vote_progress().voted_count(), 1u)
      << "the rejoined member changed its vote; it did not cast a second one";
  EXPECT_EQ(anna.events().back().vote_progress().eligible_count(), 2u);

  const std::uint64_t revealed =
      workshop_->facilitator()->command_ok(cmd::reveal_vote(opened.created_id())).seq();
  anna.drain_events_until(revealed);
  ASSERT_TRUE(anna.events().back().has_vote_revealed());
  const v1::VoteResult& result = anna.events().back().vote_revealed().result();
  ASSERT_EQ(result.cards_size(), 1);
  EXPECT_EQ(result.cards(0).voter_name(), "Anna");
  EXPECT_EQ(result.cards(0).option_id(), 2u);
}

TEST_F(Resume, UnacknowledgedCommandRetriedOnANewConnectionIsAppliedOnce) {
  const std::string text = "retried note " + random_hex(12);
  v1::RoomCommand command = cmd::add_note(board_.board_id, 2, text, random_bytes(16));
  command.set_idempotency_key(random_bytes(16));
  const v1::StreamPosition left_at = position_of(**anna_);

  // Anna sends and loses the connection before reading the Ack; Bram sees the
  // note land, so the first attempt was applied.
  (*anna_)->send_command(command);
  const std::uint64_t applied_at = (*bram_)->last_seq() + 1;
  (*bram_)->drain_events_until(applied_at);
  const v1::RoomEvent& landed = (*bram_)->events().back();
  ASSERT_TRUE(landed.has_note_added()) << payload_name(landed);
  ASSERT_EQ(landed.note_added().note().text(), text);
  (*anna_)->drop();

  v1::Joined joined;
  WsClient& anna = reconnect(anna_rejoin(left_at), &joined);
  EXPECT_TRUE(joined.recovered());
  const v1::Ack first_retry = anna.command_ok(command);
  const v1::Ack second_retry = anna.command_ok(command);
  EXPECT_EQ(first_retry.seq(), applied_at);
  EXPECT_EQ(second_retry.seq(), applied_at);
  EXPECT_EQ(first_retry.created_id(), landed.note_added().note().id());
  EXPECT_EQ(second_retry.created_id(), landed.note_added().note().id());

  // The room still holds one such note and its seq did not move.
  const std::uint64_t next = bram_writes("marker after the retries");
  EXPECT_EQ(next, applied_at + 1);
  anna.drain_events_until(next);
  EXPECT_TRUE(contiguous(anna.events(), left_at.seq() + 1, next));
  Device& projector = workshop_->add_projector();
  EXPECT_EQ(projector.joined.snapshot().seq(), next);
  int copies = 0;
  for (const v1::Note& note : projector.joined.snapshot().notes()) copies += note.text() == text;
  EXPECT_EQ(copies, 1);
}

TEST_F(Resume, AcknowledgedCommandRetriedOnTheSameConnectionGetsTheFirstAck) {
  v1::RoomCommand command = cmd::add_note(board_.board_id, 1, "once", random_bytes(16));
  command.set_idempotency_key(random_bytes(64));
  const v1::Ack first = (*anna_)->command_ok(command);
  const v1::Ack again = (*anna_)->command_ok(command);
  EXPECT_EQ(again.seq(), first.seq());
  EXPECT_EQ(again.created_id(), first.created_id());
  EXPECT_EQ(bram_writes("next"), first.seq() + 1);
}

TEST_F(Resume, RejectedCommandIsNotRememberedSoItsRetryIsDecidedAfresh) {
  const auto closed = workshop_->add_board(
      cmd::add_columns_board("Nog dicht", v1::WRITING_MODE_OPEN, {"Kolom"}), false);
  v1::RoomCommand command = cmd::add_note(closed.board_id, 1, "too early", random_bytes(16));
  command.set_idempotency_key(random_bytes(16));
  const v1::ServerMessage refused = (*anna_)->command(command);
  ASSERT_TRUE(refused.has_error()) << refused.ShortDebugString();
  EXPECT_EQ(refused.error().code(), v1::ERROR_CODE_WRONG_PHASE);

  const std::uint64_t opened =
      workshop_->facilitator()->command_ok(cmd::set_writing(closed.board_id, true)).seq();
  const v1::Ack accepted = (*anna_)->command_ok(command);
  EXPECT_EQ(accepted.seq(), opened + 1);
  EXPECT_NE(accepted.created_id(), 0u);
}

}  // namespace
}  // namespace resume_test
}  // namespace kring::test
