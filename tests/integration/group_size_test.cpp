// The minimum group size k on the wire: a secret-ballot tally refused with
// GROUP_TOO_SMALL reaches no device until k have voted; a private-first board
// written by fewer than k people is refused without the facilitator's
// confirmation, and no byte of its notes leaves the server until then; every
// device learns k and the number of writers, never who wrote.
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
namespace group_size_test {
namespace {

namespace v1 = kring::v1;

class GroupSize : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Kleine groep");
    for (const char* name : {"Anna", "Bram", "Cas"}) {
      participants_.push_back(&workshop_->add_participant(name));
    }
    projector_ = &workshop_->add_projector();
  }

  WsClient& facilitator() { return *workshop_->facilitator().client; }

  // No device received any event of `kind` at or after `from`.
  void expect_no_event(std::uint64_t from, bool (v1::RoomEvent::*has)() const) {
    for (Device* device : workshop_->devices()) {
      for (const v1::RoomEvent& event : (*device)->events()) {
        if (event.seq() >= from) {
          EXPECT_FALSE((event.*has)()) << device->name;
        }
      }
    }
  }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
  std::vector<Device*> participants_;
  Device* projector_ = nullptr;
};

TEST_F(GroupSize, ASecretPollRevealIsRefusedUntilThreeHaveVoted) {
  const v1::Ack opened = facilitator().command_ok(cmd::open_vote(
      "Welk scenario?", v1::VOTE_AUDIENCE_PARTICIPANTS, v1::BALLOT_MODE_SECRET, {"A", "B", "C"}));
  const std::uint64_t vote = opened.created_id();
  (*participants_[0])->command_ok(cmd::cast_vote(vote, 1));
  const std::uint64_t second = (*participants_[1])->command_ok(cmd::cast_vote(vote, 2)).seq();

  const v1::ServerMessage refused = facilitator().command(cmd::reveal_vote(vote));
  ASSERT_TRUE(refused.has_error()) << refused.ShortDebugString();
  EXPECT_EQ(refused.error().code(), v1::ERROR_CODE_GROUP_TOO_SMALL);
  EXPECT_NE(refused.error().detail().find("at least 3"), std::string::npos)
      << refused.error().detail();

  const std::uint64_t third = (*participants_[2])->command_ok(cmd::cast_vote(vote, 2)).seq();
  EXPECT_EQ(third, second + 1) << "the refused reveal changed nothing";
  workshop_->sync_all(third);
  expect_no_event(opened.seq(), &v1::RoomEvent::has_vote_revealed);

  const std::uint64_t revealed = facilitator().command_ok(cmd::reveal_vote(vote)).seq();
  workshop_->sync_all(revealed);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), revealed);
    ASSERT_NE(event, nullptr) << device->name;
    EXPECT_TRUE(event->has_vote_revealed()) << device->name;
  }
}

TEST_F(GroupSize, ASmallPrivateBoardIsRevealedOnlyWhenTheFacilitatorConfirms) {
  const auto board = workshop_->add_board(cmd::add_columns_board(
      "3B", v1::WRITING_MODE_PRIVATE_FIRST, {"behouden", "bannen", "bereiken"}));
  const std::string marker = "KLEIN-" + random_hex(16);
  (*participants_[0])
      ->command_ok(cmd::add_note(board.board_id, 1, marker + "-1", random_bytes(20)));
  (*participants_[0])
      ->command_ok(cmd::add_note(board.board_id, 2, marker + "-2", random_bytes(20)));
  const std::uint64_t last =
      (*participants_[1])
          ->command_ok(cmd::add_note(board.board_id, 1, marker + "-3", random_bytes(20)))
          .seq();
  workshop_->sync_all(last);
  const v1::RoomEvent* counted = find_event((*projector_)->events(), last);
  ASSERT_NE(counted, nullptr);
  ASSERT_TRUE(counted->has_hidden_note_count());
  EXPECT_EQ(counted->hidden_note_count().hidden_count(), 3u);
  EXPECT_EQ(counted->hidden_note_count().writer_count(), 2u) << "two people wrote three notes";

  const v1::ServerMessage refused = facilitator().command(cmd::reveal_board(board.board_id));
  ASSERT_TRUE(refused.has_error()) << refused.ShortDebugString();
  EXPECT_EQ(refused.error().code(), v1::ERROR_CODE_GROUP_TOO_SMALL);
  // A later command proves the refusal was answered and appended nothing.
  const std::uint64_t after =
      facilitator().command_ok(cmd::set_writing(board.board_id, false)).seq();
  EXPECT_EQ(after, last + 1);
  workshop_->sync_all(after);
  for (Device* device : workshop_->devices()) {
    if (device == participants_[0] || device == participants_[1]) continue;  // the authors
    EXPECT_TRUE(no_frame_contains((*device)->frames(), 0, marker)) << device->name;
  }

  const std::uint64_t revealed =
      facilitator().command_ok(cmd::reveal_board(board.board_id, true)).seq();
  workshop_->sync_all(revealed);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), revealed);
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_TRUE(event->has_board_revealed()) << device->name;
    EXPECT_EQ(event->board_revealed().notes_size(), 3) << device->name;
  }
}

TEST_F(GroupSize, OnlyTheFacilitatorSetsKAndEveryDeviceLearnsIt) {
  EXPECT_EQ(workshop_->facilitator().joined.snapshot().min_group_size(), 3u);
  const v1::ServerMessage refused = (*participants_[0])->command(cmd::set_min_group_size(1));
  ASSERT_TRUE(refused.has_error());
  EXPECT_EQ(refused.error().code(), v1::ERROR_CODE_FORBIDDEN);
  const v1::ServerMessage too_big = facilitator().command(cmd::set_min_group_size(21));
  ASSERT_TRUE(too_big.has_error());
  EXPECT_EQ(too_big.error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);

  const std::uint64_t set = facilitator().command_ok(cmd::set_min_group_size(2)).seq();
  workshop_->sync_all(set);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), set);
    ASSERT_NE(event, nullptr) << device->name;
    EXPECT_EQ(event->min_group_size_set().size(), 2u) << device->name;
  }
  EXPECT_EQ(workshop_->add_participant("Laat").joined.snapshot().min_group_size(), 2u);
}

}  // namespace
}  // namespace group_size_test
}  // namespace kring::test
