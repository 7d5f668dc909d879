// The method's secrets, asserted on the wire: which scenario follows the
// strategy reaches only the facilitator until the marks are shown, in frames
// whose size does not depend on the mark; a dilemma sent in through the intake
// reaches only the facilitator and carries nothing of its sender.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace method_secrecy_test {
namespace {

namespace v1 = kring::v1;

// Same lengths everywhere, so frames can differ only by the mark.
const std::vector<std::string> scenarios = {"Nooit glas", "Soms glas", "Altijd HR"};

class MethodSecrecy : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Kleine keuzes");
    for (const char* name : {"Anna", "Bram"})
      participants_.push_back(&workshop_->add_participant(name));
    board_member_ = &workshop_->add_board_member("Dirk");
    projector_ = &workshop_->add_projector();
  }

  void TearDown() override {
    workshop_.reset();
    EXPECT_TRUE(server_.stop().clean());
  }

  Device& facilitator() { return workshop_->facilitator(); }

  // The raw frame of the event with `seq` on `device`.
  static std::string frame_at(Device& device, std::uint64_t seq) {
    const auto& events = device->events();
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (events[i].seq() == seq) return device->event_bytes()[i];
    }
    ADD_FAILURE() << device.name << " has no event " << seq;
    return {};
  }

  static const v1::RoomEvent* event_at(Device& device, std::uint64_t seq) {
    for (const v1::RoomEvent& event : device->events()) {
      if (event.seq() == seq) return &event;
    }
    return nullptr;
  }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
  std::vector<Device*> participants_;
  Device* board_member_ = nullptr;
  Device* projector_ = nullptr;
};

TEST_F(MethodSecrecy, StrategyMarkReachesOnlyTheFacilitatorUntilShown) {
  // Three dilemmas alike but for the mark (and their ids, which have the same width).
  std::vector<std::uint64_t> seqs;
  const std::vector<std::uint32_t> marks = {3, 1, 2};
  for (std::uint32_t mark : marks) {
    seqs.push_back(facilitator()->command_ok(cmd::add_dilemma("Dilemma", scenarios, mark)).seq());
  }
  workshop_->sync_all(seqs.back());

  for (std::size_t i = 0; i < seqs.size(); ++i) {
    const v1::RoomEvent* own = event_at(facilitator(), seqs[i]);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->dilemma_added().dilemma().strategy_scenario(), marks[i]);
  }
  for (Device* device : workshop_->devices_except(facilitator())) {
    std::vector<std::size_t> sizes;
    for (std::uint64_t seq : seqs) {
      const v1::RoomEvent* event = event_at(*device, seq);
      ASSERT_NE(event, nullptr) << device->name;
      ASSERT_TRUE(event->has_dilemma_added()) << device->name;
      EXPECT_EQ(event->dilemma_added().dilemma().strategy_scenario(), 0u) << device->name;
      EXPECT_EQ(event->dilemma_added().dilemma().scenarios_size(), 3) << device->name;
      sizes.push_back(frame_at(*device, seq).size());
    }
    for (std::size_t size : sizes) EXPECT_EQ(size, sizes.front()) << device->name;
  }
  // A device joining now gets a snapshot without the marks.
  Device& late = workshop_->add_participant("Laat");
  for (const v1::Dilemma& dilemma : late.joined.snapshot().dilemmas()) {
    EXPECT_EQ(dilemma.strategy_scenario(), 0u);
  }
  EXPECT_FALSE(late.joined.snapshot().strategy_marks_shown());

  const std::uint64_t shown = facilitator()->command_ok(cmd::show_strategy_marks()).seq();
  workshop_->sync_all(shown);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = event_at(*device, shown);
    ASSERT_NE(event, nullptr) << device->name;
    ASSERT_EQ(event->strategy_marks_shown().marks_size(), 3) << device->name;
    for (int i = 0; i < 3; ++i) {
      EXPECT_EQ(event->strategy_marks_shown().marks(i).dilemma_id(),
                static_cast<std::uint64_t>(i + 1));
      EXPECT_EQ(event->strategy_marks_shown().marks(i).scenario(),
                marks[static_cast<std::size_t>(i)]);
    }
  }
  Device& later = workshop_->add_projector();
  ASSERT_EQ(later.joined.snapshot().dilemmas_size(), 3);
  EXPECT_EQ(later.joined.snapshot().dilemmas(0).strategy_scenario(), 3u);
  EXPECT_TRUE(later.joined.snapshot().strategy_marks_shown());
}

TEST_F(MethodSecrecy, IntakeReachesOnlyTheFacilitatorAndNamesNoSender) {
  const std::string marker = "intake-" + random_hex(8);
  Device& anna = *participants_[0];
  const v1::Ack ack = anna->command_ok(cmd::submit_proposal(marker + " postbode", "praatje?"));
  EXPECT_EQ(ack.created_id(), 1u);
  workshop_->sync_all(ack.seq());

  const v1::RoomEvent* seen = event_at(facilitator(), ack.seq());
  ASSERT_NE(seen, nullptr);
  ASSERT_TRUE(seen->has_proposal_submitted());
  const v1::Proposal& proposal = seen->proposal_submitted().proposal();
  EXPECT_EQ(proposal.title(), marker + " postbode");
  EXPECT_EQ(proposal.status(), v1::PROPOSAL_STATUS_OPEN);
  // The wire form has no field that could carry a sender.
  for (int i = 0; i < v1::Proposal::descriptor()->field_count(); ++i) {
    const std::string name = v1::Proposal::descriptor()->field(i)->name();
    EXPECT_EQ(name.find("member"), std::string::npos) << name;
    EXPECT_EQ(name.find("author"), std::string::npos) << name;
  }
  for (Device* device : workshop_->devices_except(facilitator())) {
    const v1::RoomEvent* event = event_at(*device, ack.seq());
    ASSERT_NE(event, nullptr) << device->name;
    EXPECT_EQ(payload_name(*event), "sealed") << device->name;
    for (const Frame& frame : (*device)->frames()) {
      EXPECT_EQ(frame.bytes.find(marker), std::string::npos) << device->name;
    }
  }
  Device& late = workshop_->add_projector();
  EXPECT_EQ(late.joined.snapshot().proposals_size(), 0);

  // Adopted: the dilemma is public, the link to the proposal is not.
  const std::uint64_t adopted =
      facilitator()->command_ok(cmd::add_dilemma("Praatje?", scenarios, 3, 1)).seq();
  workshop_->sync_all(adopted);
  EXPECT_EQ(event_at(facilitator(), adopted)->dilemma_added().dilemma().proposal_id(), 1u);
  EXPECT_EQ(event_at(anna, adopted)->dilemma_added().dilemma().proposal_id(), 0u);
  EXPECT_EQ(facilitator()->command(cmd::add_dilemma("Nog eens", scenarios, 3, 1)).error().code(),
            v1::ERROR_CODE_WRONG_PHASE);
}

TEST_F(MethodSecrecy, GroupPollOnTheScenariosShowsProgressThenTheSpreadAndTheOutcome) {
  facilitator()->command_ok(cmd::set_strategy("Betaalbaar en dichtbij"));
  facilitator()->command_ok(cmd::add_dilemma("Dubbel glas?", scenarios, 3));
  const v1::Ack opened =
      facilitator()->command_ok(cmd::open_dilemma_poll(1, v1::BALLOT_MODE_SECRET));
  const std::uint64_t poll = opened.created_id();
  std::uint64_t last = 0;
  last = (*participants_[0])->command_ok(cmd::cast_vote(poll, 3)).seq();
  last = (*participants_[1])->command_ok(cmd::cast_vote(poll, 1)).seq();
  EXPECT_EQ((*board_member_)->command(cmd::cast_vote(poll, 2)).error().code(),
            v1::ERROR_CODE_FORBIDDEN);
  workshop_->sync_all(last);
  for (Device* device : workshop_->devices()) {
    const v1::RoomEvent* event = event_at(*device, opened.seq());
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(event->vote_opened().vote().dilemma_id(), 1u);
    ASSERT_EQ(event->vote_opened().vote().options_size(), 3);
    EXPECT_EQ(event->vote_opened().vote().options(2).label(), scenarios[2]);
    for (const v1::RoomEvent& cast : events_between((*device)->events(), opened.seq() + 1, last)) {
      EXPECT_EQ(payload_name(cast), "vote_progress") << device->name;
    }
  }
  // Two voters: below the room's k of 3 the tally waits; the facilitator lowers k.
  EXPECT_EQ(facilitator()->command(cmd::reveal_vote(poll)).error().code(),
            v1::ERROR_CODE_GROUP_TOO_SMALL);
  facilitator()->command_ok(cmd::set_min_group_size(2));
  const std::uint64_t revealed = facilitator()->command_ok(cmd::reveal_vote(poll)).seq();
  const std::uint64_t outcome =
      facilitator()->command_ok(cmd::record_outcome(1, v1::DILEMMA_OUTCOME_NO_CONSENSUS, 0)).seq();
  workshop_->sync_all(outcome);
  for (Device* device : workshop_->devices()) {
    const v1::VoteResult& result = event_at(*device, revealed)->vote_revealed().result();
    ASSERT_EQ(result.tally_size(), 3);
    EXPECT_EQ(result.tally(0).count(), 1u);
    EXPECT_EQ(result.tally(2).count(), 1u);
    EXPECT_EQ(result.cards_size(), 0);  // secret ballot
    EXPECT_EQ(event_at(*device, outcome)->outcome_recorded().outcome(),
              v1::DILEMMA_OUTCOME_NO_CONSENSUS);
  }
  Device& late = workshop_->add_participant("Laat");
  EXPECT_EQ(late.joined.snapshot().strategy(), "Betaalbaar en dichtbij");
  ASSERT_EQ(late.joined.snapshot().dilemmas_size(), 1);
  EXPECT_EQ(late.joined.snapshot().dilemmas(0).poll_id(), poll);
  EXPECT_EQ(late.joined.snapshot().dilemmas(0).outcome(), v1::DILEMMA_OUTCOME_NO_CONSENSUS);
}

}  // namespace
}  // namespace method_secrecy_test
}  // namespace kring::test
