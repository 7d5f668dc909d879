// The board bundle in the core: consensus items go up for approval, the rest
// for a choice between the scenarios; every card stays hidden until the
// facilitator reveals an item or the whole bundle; then the decision per item.
#include "core/lookup.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_bundle_test {
namespace {

// Two dilemmas with recorded outcomes: 1 consensus on scenario 3, 2 none.
struct BoardSession {
  RoomFixture room;
  Actor anna = room.join(Role::board_member, "Anna");
  Actor bram = room.join(Role::board_member, "Bram");

  BoardSession() {
    for (const char* title : {"Dubbel glas?", "Praatje?"}) {
      room.run(facilitator, cmd::AddDilemma{title, "", {"nee", "soms", "ja"}, 3, 0});
    }
    room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::consensus, 3});
    room.run(facilitator, cmd::RecordOutcome{2, DilemmaOutcome::no_consensus, 0});
  }

  Bundle bundle(BallotMode mode) {
    const Event created = room.run(facilitator, cmd::CreateBundle{"Bestuur", mode, {2, 1}});
    return std::get<ev::BundleCreated>(created.body).bundle;
  }
};

TEST(Bundle, ConsensusIsPutUpForApprovalTheRestForAChoice) {
  BoardSession session;
  const Event created =
      session.room.run(facilitator, cmd::CreateBundle{"Bestuur", BallotMode::open_cards, {2, 1}});
  const auto& body = std::get<ev::BundleCreated>(created.body);
  EXPECT_EQ(created_id_of(created), 1u);
  ASSERT_EQ(body.bundle.items.size(), 2u);
  // In the order given.
  EXPECT_EQ(body.bundle.items[0].dilemma_id, 2u);
  EXPECT_EQ(body.bundle.items[0].kind, BundleItemKind::choice);
  EXPECT_EQ(body.bundle.items[1].kind, BundleItemKind::approval);
  const Vote& choice = find_vote(session.room.state, body.bundle.items[0].vote_id)->vote;
  EXPECT_EQ(choice.audience, VoteAudience::board);
  EXPECT_EQ(choice.dilemma_id, 2u);
  EXPECT_EQ(choice.options, (std::vector<VoteOption>{{1, "nee"}, {2, "soms"}, {3, "ja"}}));
  const Vote& approval = find_vote(session.room.state, body.bundle.items[1].vote_id)->vote;
  EXPECT_EQ(approval.options,
            (std::vector<VoteOption>{{1, "approve"}, {2, "reject"}, {3, "abstain"}}));
  EXPECT_EQ(approval.status, VoteStatus::open);

  // Every role sees the bundle and the votes' progress, nothing more.
  for (Role role : {Role::facilitator, Role::participant, Role::board_member, Role::projector}) {
    const auto seen = std::get<view::BundleCreated>(view_event(session.room.state, created, role));
    EXPECT_EQ(seen.bundle, body.bundle);
    ASSERT_EQ(seen.votes.size(), 2u);
    EXPECT_EQ(seen.votes[1].eligible_count, 2u);
    EXPECT_EQ(view_snapshot(session.room.state, role, 1).bundles.size(), 1u);
  }
}

TEST(Bundle, RevealingTheBundleShowsEveryCardAtOnce) {
  BoardSession session;
  const Bundle bundle = session.bundle(BallotMode::open_cards);
  const VoteId choice = bundle.items[0].vote_id;
  const VoteId approval = bundle.items[1].vote_id;
  const Event cast = session.room.run(session.anna, cmd::CastVote{choice, 2});
  session.room.run(session.bram, cmd::CastVote{choice, 3});
  session.room.run(session.anna, cmd::CastVote{approval, approval_approve});
  EXPECT_TRUE(std::holds_alternative<view::VoteProgress>(
      view_event(session.room.state, cast, Role::facilitator)));

  const Event revealed = session.room.run(facilitator, cmd::RevealBundle{bundle.id});
  const auto seen =
      std::get<view::BundleRevealed>(view_event(session.room.state, revealed, Role::projector));
  ASSERT_EQ(seen.results.size(), 2u);
  EXPECT_EQ(seen.results[0].tally, (std::vector<TallyEntry>{{1, 0}, {2, 1}, {3, 1}}));
  EXPECT_EQ(seen.results[0].cards, (std::vector<Card>{{"Anna", 2}, {"Bram", 3}}));
  EXPECT_EQ(seen.results[1].tally, (std::vector<TallyEntry>{{1, 1}, {2, 0}, {3, 0}}));
  EXPECT_TRUE(rejected_with(session.room.decide_as(facilitator, cmd::RevealBundle{bundle.id}),
                            ErrorCode::wrong_phase));
  EXPECT_TRUE(rejected_with(session.room.decide_as(session.bram, cmd::CastVote{approval, 2}),
                            ErrorCode::wrong_phase));
}

TEST(Bundle, ItemsMayBeRevealedOneByOneAndTheBundleRevealTakesTheRest) {
  BoardSession session;
  const Bundle bundle = session.bundle(BallotMode::secret);
  for (const BundleItem& item : bundle.items) {
    session.room.run(session.anna, cmd::CastVote{item.vote_id, 1});
    session.room.run(session.bram, cmd::CastVote{item.vote_id, 2});
  }
  session.room.run(facilitator, cmd::SetMinGroupSize{2});  // a board of two
  session.room.run(facilitator, cmd::RevealVote{bundle.items[1].vote_id});
  const Event rest = session.room.run(facilitator, cmd::RevealBundle{bundle.id});
  EXPECT_EQ(std::get<ev::BundleRevealed>(rest.body).vote_ids,
            (std::vector<VoteId>{bundle.items[0].vote_id}));
}

TEST(Bundle, DecisionsFollowTheRevealAndTheItemsKind) {
  BoardSession session;
  const Bundle bundle = session.bundle(BallotMode::open_cards);
  EXPECT_TRUE(rejected_with(
      session.room.decide_as(facilitator, cmd::RecordDecision{bundle.id, 1, approval_approve, ""}),
      ErrorCode::wrong_phase));
  session.room.run(facilitator, cmd::RevealBundle{bundle.id});
  // Approval: approve or reject, not abstain; choice: a scenario.
  EXPECT_TRUE(rejected_with(
      session.room.decide_as(facilitator, cmd::RecordDecision{bundle.id, 1, approval_abstain, ""}),
      ErrorCode::invalid_argument));
  EXPECT_TRUE(
      rejected_with(session.room.decide_as(facilitator, cmd::RecordDecision{bundle.id, 2, 4, ""}),
                    ErrorCode::invalid_argument));
  EXPECT_TRUE(
      rejected_with(session.room.decide_as(facilitator, cmd::RecordDecision{bundle.id, 9, 1, ""}),
                    ErrorCode::not_found));
  const Event decided =
      session.room.run(facilitator, cmd::RecordDecision{bundle.id, 1, approval_reject, ""});
  EXPECT_EQ(
      std::get<ev::DecisionRecorded>(view_event(session.room.state, decided, Role::board_member)),
      (ev::DecisionRecorded{bundle.id, 1, approval_reject, ""}));
  session.room.run(facilitator, cmd::RecordDecision{bundle.id, 2, 1, ""});
  EXPECT_EQ(session.room.state.bundles[0].items[0].decision, 1u);
  EXPECT_EQ(session.room.state.bundles[0].items[1].decision, approval_reject);
}

TEST(Bundle, ADecisionCarriesItsReasonToEveryRoleAndClearingItClearsTheReason) {
  BoardSession session;
  const Bundle bundle = session.bundle(BallotMode::open_cards);
  session.room.run(facilitator, cmd::RevealBundle{bundle.id});
  const std::string reason = "Past bij de strategie; kosten vallen mee.";
  const Event decided = session.room.run(facilitator, cmd::RecordDecision{bundle.id, 2, 3, reason});
  for (Role role : {Role::facilitator, Role::participant, Role::board_member, Role::projector}) {
    EXPECT_EQ(std::get<ev::DecisionRecorded>(view_event(session.room.state, decided, role)).reason,
              reason);
    EXPECT_EQ(view_snapshot(session.room.state, role, 1).bundles[0].items[0].decision_reason,
              reason);
  }
  // Bounded, valid text; a cleared decision has no reason, and clears it.
  EXPECT_TRUE(
      rejected_with(session.room.decide_as(
                        facilitator, cmd::RecordDecision{bundle.id, 2, 3, std::string(2001, 'x')}),
                    ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(
      session.room.decide_as(facilitator, cmd::RecordDecision{bundle.id, 2, 3, "\xff\xfe"}),
      ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(
      session.room.decide_as(facilitator, cmd::RecordDecision{bundle.id, 2, 0, "waarom"}),
      ErrorCode::invalid_argument));
  session.room.run(facilitator, cmd::RecordDecision{bundle.id, 2, 0, ""});
  EXPECT_EQ(session.room.state.bundles[0].items[0].decision, 0u);
  EXPECT_EQ(session.room.state.bundles[0].items[0].decision_reason, "");
}

TEST(Bundle, ATiedItemGetsAnotherHiddenRoundAtMostThreeInAll) {
  BoardSession session;
  const Bundle bundle = session.bundle(BallotMode::secret);
  session.room.run(facilitator, cmd::SetMinGroupSize{2});  // a board of two
  const VoteId first = bundle.items[0].vote_id;
  // Not before the reveal.
  EXPECT_TRUE(rejected_with(session.room.decide_as(facilitator, cmd::OpenBundleRound{bundle.id, 2}),
                            ErrorCode::wrong_phase));
  session.room.run(session.anna, cmd::CastVote{first, 1});
  session.room.run(session.bram, cmd::CastVote{first, 3});  // 1-1: a tie
  session.room.run(facilitator, cmd::RevealVote{first});
  EXPECT_TRUE(
      rejected_with(session.room.decide_as(session.anna, cmd::OpenBundleRound{bundle.id, 2}),
                    ErrorCode::forbidden));
  EXPECT_TRUE(rejected_with(session.room.decide_as(facilitator, cmd::OpenBundleRound{bundle.id, 9}),
                            ErrorCode::not_found));

  const Event round = session.room.run(facilitator, cmd::OpenBundleRound{bundle.id, 2});
  const auto& opened = std::get<ev::BundleRoundOpened>(round.body);
  const BundleItem& item = session.room.state.bundles[0].items[0];
  EXPECT_EQ(item.vote_id, opened.vote.id);
  EXPECT_EQ(item.earlier_vote_ids, (std::vector<VoteId>{first}));
  const VoteRecord& second = *find_vote(session.room.state, item.vote_id);
  EXPECT_EQ(second.vote.status, VoteStatus::open);
  EXPECT_EQ(second.vote.audience, VoteAudience::board);
  EXPECT_EQ(second.vote.mode, BallotMode::secret);
  EXPECT_EQ(second.vote.options, find_vote(session.room.state, first)->vote.options);
  // Every role sees the new round as a vote without ballots.
  for (Role role : {Role::facilitator, Role::participant, Role::board_member, Role::projector}) {
    const auto seen =
        std::get<view::BundleRoundOpened>(view_event(session.room.state, round, role));
    EXPECT_EQ(seen.vote.vote.id, item.vote_id);
    EXPECT_EQ(seen.vote.voted_count, 0u);
  }
  // A ballot in the new round is hidden as in the first.
  const Event cast = session.room.run(session.anna, cmd::CastVote{item.vote_id, 3});
  EXPECT_TRUE(std::holds_alternative<view::VoteProgress>(
      view_event(session.room.state, cast, Role::board_member)));
  // Not again while the round is open; a third round after its reveal; no fourth.
  EXPECT_TRUE(rejected_with(session.room.decide_as(facilitator, cmd::OpenBundleRound{bundle.id, 2}),
                            ErrorCode::wrong_phase));
  session.room.run(session.bram, cmd::CastVote{item.vote_id, 1});
  session.room.run(facilitator, cmd::RevealVote{item.vote_id});
  session.room.run(facilitator, cmd::OpenBundleRound{bundle.id, 2});
  const VoteId third = session.room.state.bundles[0].items[0].vote_id;
  session.room.run(session.anna, cmd::CastVote{third, 1});
  session.room.run(session.bram, cmd::CastVote{third, 3});
  session.room.run(facilitator, cmd::RevealVote{third});
  EXPECT_TRUE(rejected_with(session.room.decide_as(facilitator, cmd::OpenBundleRound{bundle.id, 2}),
                            ErrorCode::limit_reached));
  // The chair decides, with the reason.
  session.room.run(facilitator,
                   cmd::RecordDecision{bundle.id, 2, 3, "Gelijke stand; de voorzitter besliste."});
  EXPECT_EQ(session.room.state.bundles[0].items[0].earlier_vote_ids.size(), 2u);
  // A decided item gets no new round.
  EXPECT_TRUE(rejected_with(session.room.decide_as(facilitator, cmd::OpenBundleRound{bundle.id, 2}),
                            ErrorCode::wrong_phase));
}

TEST(Bundle, OnlyConcludedDistinctDilemmasOfTheFacilitator) {
  BoardSession session;
  session.room.run(facilitator, cmd::AddDilemma{"Open", "", {"a", "b", "c"}, 0, 0});
  const auto attempt = [&](const Actor& actor, std::vector<DilemmaId> ids) {
    return session.room.decide_as(actor,
                                  cmd::CreateBundle{"B", BallotMode::secret, std::move(ids)});
  };
  EXPECT_TRUE(rejected_with(attempt(facilitator, {1, 3}), ErrorCode::wrong_phase));
  EXPECT_TRUE(rejected_with(attempt(facilitator, {1, 1}), ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(attempt(facilitator, {}), ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(attempt(facilitator, {7}), ErrorCode::not_found));
  EXPECT_TRUE(rejected_with(attempt(session.anna, {1}), ErrorCode::forbidden));
  EXPECT_TRUE(rejected_with(session.room.decide_as(session.anna, cmd::RevealBundle{1}),
                            ErrorCode::forbidden));
  const Seq before = session.room.state.seq;
  EXPECT_TRUE(session.room.state.bundles.empty());
  EXPECT_EQ(session.room.state.seq, before);
}

}  // namespace
}  // namespace core_bundle_test
}  // namespace kring::core::testing
