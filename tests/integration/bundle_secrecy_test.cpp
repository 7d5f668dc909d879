// The board session on the wire: a bundle of two dilemmas (one approval item,
// one choice item), three board members voting at once. Until the facilitator
// reveals an item, every device (the facilitator's included) sees only how
// many voted, in frames whose size does not depend on the choice; a reveal of
// one item uncovers that item alone; revealing the bundle uncovers the rest in
// one event; the decisions are recorded per item and reach every device.
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
namespace bundle_secrecy_test {
namespace {

namespace v1 = kring::v1;

const std::vector<std::string> scenarios = {"Enkel glas", "Soms dubbel", "Altijd HR++"};

class BundleSecrecy : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Bestuursvergadering");
    for (const char* name : {"Dirk", "Eva", "Fleur"})
      board_members_.push_back(&workshop_->add_board_member(name));
    participant_ = &workshop_->add_participant("Anna");
    projector_ = &workshop_->add_projector();
    // Dilemma 1 reached consensus on the scenario that follows the strategy,
    // dilemma 2 none: an approval item and a choice item.
    facilitator()->command_ok(cmd::add_dilemma("Dubbel glas?", scenarios, 3));
    facilitator()->command_ok(cmd::add_dilemma("Tuinonderhoud?", scenarios, 2));
    facilitator()->command_ok(cmd::record_outcome(1, v1::DILEMMA_OUTCOME_CONSENSUS, 3));
    facilitator()->command_ok(cmd::record_outcome(2, v1::DILEMMA_OUTCOME_NO_CONSENSUS, 0));
  }

  void TearDown() override {
    workshop_.reset();
    EXPECT_TRUE(server_.stop().clean());
  }

  Device& facilitator() { return workshop_->facilitator(); }

  // Every device saw only vote_progress at `seqs`, in frames of one size.
  void expect_only_progress(const std::vector<std::uint64_t>& seqs) {
    for (Device* device : workshop_->devices()) {
      std::vector<std::size_t> sizes;
      const auto& events = (*device)->events();
      for (std::size_t i = 0; i < events.size(); ++i) {
        if (std::find(seqs.begin(), seqs.end(), events[i].seq()) == seqs.end()) continue;
        EXPECT_EQ(payload_name(events[i]), "vote_progress") << device->name;
        sizes.push_back((*device)->event_bytes()[i].size());
      }
      ASSERT_EQ(sizes.size(), seqs.size()) << device->name;
      for (std::size_t size : sizes) EXPECT_EQ(size, sizes.front()) << device->name;
    }
  }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
  std::vector<Device*> board_members_;
  Device* participant_ = nullptr;
  Device* projector_ = nullptr;
};

TEST_F(BundleSecrecy, CardsStayHiddenUntilEachItemIsRevealedThenDecisionsAreRecorded) {
  const v1::Ack created = facilitator()->command_ok(
      cmd::create_bundle("RvB december", v1::BALLOT_MODE_OPEN_CARDS, {1, 2}));
  EXPECT_EQ(created.created_id(), 1u);
  workshop_->sync_all(created.seq());

  const v1::RoomEvent* seen = find_event((*board_members_[0])->events(), created.seq());
  ASSERT_NE(seen, nullptr);
  ASSERT_TRUE(seen->has_bundle_created());
  const v1::Bundle& bundle = seen->bundle_created().bundle();
  ASSERT_EQ(bundle.items_size(), 2);
  EXPECT_EQ(bundle.items(0).kind(), v1::BUNDLE_ITEM_KIND_APPROVAL);
  EXPECT_EQ(bundle.items(1).kind(), v1::BUNDLE_ITEM_KIND_CHOICE);
  ASSERT_EQ(seen->bundle_created().votes_size(), 2);
  EXPECT_EQ(seen->bundle_created().votes(0).audience(), v1::VOTE_AUDIENCE_BOARD);
  EXPECT_EQ(seen->bundle_created().votes(1).options(2).label(), scenarios[2]);
  const std::uint64_t approval_vote = bundle.items(0).vote_id();
  const std::uint64_t choice_vote = bundle.items(1).vote_id();

  // Participants are not the board.
  EXPECT_EQ((*participant_)->command(cmd::cast_vote(approval_vote, 1)).error().code(),
            v1::ERROR_CODE_FORBIDDEN);

  // Everyone votes on both items; the first two change their minds once.
  const std::vector<std::uint32_t> approvals = {1, 2, 3};
  const std::vector<std::uint32_t> choices = {3, 3, 1};
  std::vector<std::uint64_t> cast_seqs;
  for (std::size_t i = 0; i < board_members_.size(); ++i) {
    Device& member = *board_members_[i];
    if (i < 2) cast_seqs.push_back(member->command_ok(cmd::cast_vote(approval_vote, 3)).seq());
    cast_seqs.push_back(member->command_ok(cmd::cast_vote(approval_vote, approvals[i])).seq());
    cast_seqs.push_back(member->command_ok(cmd::cast_vote(choice_vote, choices[i])).seq());
  }
  workshop_->sync_all(cast_seqs.back());
  expect_only_progress(cast_seqs);

  // Item 1 alone.
  const std::uint64_t first = facilitator()->command_ok(cmd::reveal_vote(approval_vote)).seq();
  workshop_->sync_all(first);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), first);
    ASSERT_NE(event, nullptr) << device->name;
    const v1::VoteResult& result = event->vote_revealed().result();
    EXPECT_EQ(result.vote_id(), approval_vote);
    ASSERT_EQ(result.tally_size(), 3) << device->name;
    for (const v1::TallyEntry& entry : result.tally()) EXPECT_EQ(entry.count(), 1u);
    EXPECT_EQ(result.cards_size(), 3);  // open cards
  }
  // A decision needs a revealed item.
  EXPECT_EQ(facilitator()->command(cmd::record_decision(1, 2, 3)).error().code(),
            v1::ERROR_CODE_WRONG_PHASE);
  EXPECT_EQ(facilitator()->command(cmd::record_decision(1, 1, 3)).error().code(),
            v1::ERROR_CODE_INVALID_ARGUMENT);  // approval decides approve or reject
  const std::uint64_t approved = facilitator()->command_ok(cmd::record_decision(1, 1, 1)).seq();
  // The board members cannot decide.
  EXPECT_EQ((*board_members_[0])->command(cmd::reveal_bundle(1)).error().code(),
            v1::ERROR_CODE_FORBIDDEN);

  // The rest of the bundle in one event: the choice item only.
  const std::uint64_t rest = facilitator()->command_ok(cmd::reveal_bundle(1)).seq();
  const std::uint64_t chosen = facilitator()->command_ok(cmd::record_decision(1, 2, 3)).seq();
  workshop_->sync_all(chosen);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), rest);
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_EQ(event->bundle_revealed().results_size(), 1) << device->name;
    const v1::VoteResult& result = event->bundle_revealed().results(0);
    EXPECT_EQ(result.vote_id(), choice_vote);
    ASSERT_EQ(result.tally_size(), 3);
    EXPECT_EQ(result.tally(0).count(), 1u);
    EXPECT_EQ(result.tally(1).count(), 0u);
    EXPECT_EQ(result.tally(2).count(), 2u);
    EXPECT_EQ(find_event((*device)->events(), approved)->decision_recorded().decision(), 1u);
    EXPECT_EQ(find_event((*device)->events(), chosen)->decision_recorded().dilemma_id(), 2u);
  }

  // A device arriving now reads the decisions from its snapshot.
  Device& late = workshop_->add_board_member("Gert");
  ASSERT_EQ(late.joined.snapshot().bundles_size(), 1);
  EXPECT_EQ(late.joined.snapshot().bundles(0).items(0).decision(), 1u);
  EXPECT_EQ(late.joined.snapshot().bundles(0).items(1).decision(), 3u);
}

TEST_F(BundleSecrecy, SecretBallotBundleRevealsTalliesWithoutNames) {
  const v1::Ack created =
      facilitator()->command_ok(cmd::create_bundle("Geheim", v1::BALLOT_MODE_SECRET, {1, 2}));
  for (Device* member : board_members_) {
    (*member)->command_ok(cmd::cast_vote(1, 2));
    (*member)->command_ok(cmd::cast_vote(2, 1));
  }
  EXPECT_EQ(created.created_id(), 1u);
  const std::uint64_t revealed = facilitator()->command_ok(cmd::reveal_bundle(1)).seq();
  workshop_->sync_all(revealed);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), revealed);
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_EQ(event->bundle_revealed().results_size(), 2);
    EXPECT_EQ(event->bundle_revealed().results(0).tally(1).count(), 3u);
    EXPECT_EQ(event->bundle_revealed().results(0).cards_size(), 0);
    EXPECT_EQ(event->bundle_revealed().results(1).cards_size(), 0);
  }
  EXPECT_EQ(facilitator()->command(cmd::reveal_bundle(1)).error().code(),
            v1::ERROR_CODE_WRONG_PHASE);
}

// A tie on the choice item: another round is a fresh hidden vote (only counts
// on the wire until its reveal, for every device), then the chair decides with
// a reason every device receives and a late device finds in its snapshot.
TEST_F(BundleSecrecy, ATiedItemGetsAnotherHiddenRoundAndTheDecisionCarriesItsReason) {
  facilitator()->command_ok(cmd::create_bundle("Geheim", v1::BALLOT_MODE_SECRET, {2}));
  const std::vector<std::uint32_t> first_round = {1, 3, 2};  // 1-1-1
  for (std::size_t i = 0; i < board_members_.size(); ++i) {
    (*board_members_[i])->command_ok(cmd::cast_vote(1, first_round[i]));
  }
  facilitator()->command_ok(cmd::reveal_bundle(1));

  const v1::Ack round = facilitator()->command_ok(cmd::open_bundle_round(1, 2));
  workshop_->sync_all(round.seq());
  std::uint64_t second_vote = 0;
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = find_event((*device)->events(), round.seq());
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_TRUE(event->has_bundle_round_opened()) << device->name;
    EXPECT_EQ(event->bundle_round_opened().dilemma_id(), 2u);
    EXPECT_EQ(event->bundle_round_opened().vote().status(), v1::VOTE_STATUS_OPEN);
    second_vote = event->bundle_round_opened().vote().id();
  }
  EXPECT_EQ(second_vote, 2u);
  // The first round's cards cannot change any more; the second round's are hidden.
  EXPECT_EQ((*board_members_[0])->command(cmd::cast_vote(1, 2)).error().code(),
            v1::ERROR_CODE_WRONG_PHASE);
  const std::vector<std::uint32_t> second_round = {3, 3, 1};
  std::vector<std::uint64_t> cast_seqs;
  for (std::size_t i = 0; i < board_members_.size(); ++i) {
    cast_seqs.push_back(
        (*board_members_[i])->command_ok(cmd::cast_vote(second_vote, second_round[i])).seq());
  }
  workshop_->sync_all(cast_seqs.back());
  expect_only_progress(cast_seqs);

  const std::uint64_t revealed = facilitator()->command_ok(cmd::reveal_vote(second_vote)).seq();
  const std::string reason = "Tweede ronde: ruime meerderheid voor scenario 3.";
  const std::uint64_t decided =
      facilitator()->command_ok(cmd::record_decision(1, 2, 3, reason)).seq();
  workshop_->sync_all(decided);
  for (Device* device : workshop_->devices()) {
    ASSERT_NE(find_event((*device)->events(), revealed), nullptr) << device->name;
    const v1::RoomEvent* event = find_event((*device)->events(), decided);
    ASSERT_NE(event, nullptr) << device->name;
    EXPECT_EQ(event->decision_recorded().reason(), reason) << device->name;
  }
  EXPECT_EQ(facilitator()->command(cmd::open_bundle_round(1, 2)).error().code(),
            v1::ERROR_CODE_WRONG_PHASE);  // decided

  Device& late = workshop_->add_board_member("Gert");
  const v1::BundleItem& item = late.joined.snapshot().bundles(0).items(0);
  EXPECT_EQ(item.vote_id(), second_vote);
  ASSERT_EQ(item.earlier_vote_ids_size(), 1);
  EXPECT_EQ(item.earlier_vote_ids(0), 1u);
  EXPECT_EQ(item.decision_reason(), reason);
}

}  // namespace
}  // namespace bundle_secrecy_test
}  // namespace kring::test
