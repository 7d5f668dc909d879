// Actions on the wire: an action is made only from a note everybody can see;
// while participants score it, every device (the scorers' own included) gets a
// count in frames whose size does not depend on the scores; the scores leave
// the server only as sums, when the facilitator reveals the ranking.
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
namespace actions_secrecy_test {
namespace {

namespace v1 = kring::v1;

class ActionsSecrecy : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Acties");
    for (const char* name : {"Anna", "Bram", "Cor"})
      participants_.push_back(&workshop_->add_participant(name));
    workshop_->add_board_member("Dirk");
    workshop_->add_projector();
  }

  void TearDown() override {
    workshop_.reset();
    EXPECT_TRUE(server_.stop().clean());
  }

  Device& facilitator() { return workshop_->facilitator(); }

  // A note by Anna on a private-first circles board, in zone 2; revealed or not.
  std::uint64_t note_on_new_board(bool reveal) {
    const auto board =
        workshop_->add_board(cmd::add_circles_board("Invloed", v1::WRITING_MODE_PRIVATE_FIRST));
    const v1::Ack ack =
        (*participants_[0])
            ->command_ok(cmd::add_note(board.board_id, 2, "Vaste overlegtijd", random_bytes(24)));
    if (reveal) facilitator()->command_ok(cmd::reveal_board(board.board_id, true));
    return ack.created_id();
  }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
  std::vector<Device*> participants_;
};

TEST_F(ActionsSecrecy, AHiddenNoteCannotBecomeAnAction) {
  const std::uint64_t hidden = note_on_new_board(false);
  const v1::ServerMessage reply = facilitator()->command(cmd::save_action(0, hidden, ""));
  ASSERT_TRUE(reply.has_error()) << reply.ShortDebugString();
  EXPECT_EQ(reply.error().code(), v1::ERROR_CODE_NOT_FOUND);
}

TEST_F(ActionsSecrecy, ScoresArriveAsCountsUntilTheRankingIsRevealed) {
  const std::uint64_t note = note_on_new_board(true);
  const v1::Ack made = facilitator()->command_ok(cmd::save_action(0, note, ""));
  const std::uint64_t action = made.created_id();
  ASSERT_NE(action, 0u);

  // Three participants score with very different values.
  std::vector<std::uint64_t> score_seqs;
  score_seqs.push_back(
      (*participants_[0])->command_ok(cmd::score_action(action, 5, 5, 5, 3, 5)).seq());
  score_seqs.push_back(
      (*participants_[1])->command_ok(cmd::score_action(action, 1, 1, 1, 1, 1)).seq());
  score_seqs.push_back(
      (*participants_[2])->command_ok(cmd::score_action(action, 3, 2, 4, 2, 1)).seq());
  const std::uint64_t revealed = facilitator()->command_ok(cmd::reveal_ranking()).seq();
  workshop_->sync_all(revealed);

  for (Device* device : workshop_->devices()) {
    SCOPED_TRACE(device->name);
    const auto& events = (*device)->events();
    std::vector<std::size_t> sizes;
    std::uint32_t expected_count = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
      const v1::RoomEvent& event = events[i];
      if (event.has_action_saved()) {
        EXPECT_EQ(event.action_saved().action().title(), "Vaste overlegtijd");
        EXPECT_EQ(event.action_saved().action().circle_zone(), 2u);
      }
      if (std::find(score_seqs.begin(), score_seqs.end(), event.seq()) == score_seqs.end())
        continue;
      EXPECT_EQ(payload_name(event), "action_score_progress");
      EXPECT_EQ(event.action_score_progress().scorers(), ++expected_count);
      sizes.push_back((*device)->event_bytes()[i].size());
    }
    ASSERT_EQ(sizes.size(), 3u);
    for (std::size_t size : sizes) EXPECT_EQ(size, sizes.front());

    const v1::RoomEvent* ranking = find_event(events, revealed);
    ASSERT_NE(ranking, nullptr);
    ASSERT_EQ(ranking->ranking_revealed().entries_size(), 1);
    const v1::RankingEntry& entry = ranking->ranking_revealed().entries(0);
    EXPECT_EQ(entry.action_id(), action);
    EXPECT_EQ(entry.scorers(), 3u);
    EXPECT_EQ(entry.sums().likelihood(), 9u);
    EXPECT_EQ(entry.sums().visibility(), 8u);
    EXPECT_EQ(entry.sums().fits_vision(), 10u);
    EXPECT_EQ(entry.sums().reach(), 6u);
    EXPECT_EQ(entry.sums().concreteness(), 7u);
  }
}

TEST_F(ActionsSecrecy, TheScorersOwnAckIsTheSameSizeWhateverTheScore) {
  const std::uint64_t note = note_on_new_board(true);
  const std::uint64_t action =
      facilitator()->command_ok(cmd::save_action(0, note, "")).created_id();
  Device& anna = *participants_[0];
  const std::uint64_t high = anna->send_command(cmd::score_action(action, 5, 5, 5, 3, 5));
  const std::uint64_t low = anna->send_command(cmd::score_action(action, 1, 1, 1, 1, 1));
  ASSERT_TRUE(anna->wait_for_reply(high).has_ack());
  ASSERT_TRUE(anna->wait_for_reply(low).has_ack());
  const Frame* high_frame = find_reply_frame(anna->frames(), high);
  const Frame* low_frame = find_reply_frame(anna->frames(), low);
  ASSERT_NE(high_frame, nullptr);
  ASSERT_NE(low_frame, nullptr);
  EXPECT_EQ(high_frame->bytes.size(), low_frame->bytes.size());
}

}  // namespace
}  // namespace actions_secrecy_test
}  // namespace kring::test
