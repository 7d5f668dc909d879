// Auto-reveal: with it on, the ballot that brings a vote to m of m reveals it
// in the same event; a bundle waits until every item has every card. Off, or
// short of m, or short of k for a secret ballot, a ballot is a count only.
#include "core/lookup.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_auto_reveal_test {
namespace {

TEST(AutoReveal, OnlyTheFacilitatorSwitchesItAndOnlyToTheOtherState) {
  RoomFixture room;
  const Actor anna = room.join(Role::participant, "");
  EXPECT_TRUE(rejected_with(room.decide_as(anna, cmd::SetAutoReveal{true}), ErrorCode::forbidden));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetAutoReveal{false}),
                            ErrorCode::wrong_phase));
  const Event on = room.run(facilitator, cmd::SetAutoReveal{true});
  EXPECT_TRUE(room.state.auto_reveal);
  for (const Role role : {Role::participant, Role::board_member, Role::projector}) {
    EXPECT_EQ(std::get<ev::AutoRevealSet>(view_event(room.state, on, role)).on, true);
    EXPECT_TRUE(view_snapshot(room.state, role, 1).auto_reveal);
  }
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::SetAutoReveal{true}), ErrorCode::wrong_phase));
}

TEST(AutoReveal, TheLastOfMBallotsRevealsTheVoteForEveryRole) {
  RoomFixture room;
  const Actor anna = room.join(Role::board_member, "Anna");
  const Actor bram = room.join(Role::board_member, "Bram");
  room.run(facilitator, cmd::SetAutoReveal{true});
  const VoteId vote = room.open_vote(VoteAudience::board, BallotMode::open_cards);

  const Event first = room.run(anna, cmd::CastVote{vote, 1});
  EXPECT_TRUE(std::get<ev::BallotCast>(first.body).revealed_vote_ids.empty());
  EXPECT_EQ(
      std::get<view::VoteProgress>(view_event(room.state, first, Role::projector)).voted_count, 1u);
  // Anna changes her card: still one of two, nothing turns.
  const Event change = room.run(anna, cmd::CastVote{vote, 2});
  EXPECT_TRUE(std::get<ev::BallotCast>(change.body).revealed_vote_ids.empty());

  const Event last = room.run(bram, cmd::CastVote{vote, 3});
  EXPECT_EQ(std::get<ev::BallotCast>(last.body).revealed_vote_ids, (std::vector<VoteId>{vote}));
  EXPECT_EQ(room.state.votes[vote - 1].vote.status, VoteStatus::revealed);
  for (const Role role : {Role::facilitator, Role::board_member, Role::projector}) {
    const auto seen = std::get<view::VoteRevealed>(view_event(room.state, last, role));
    EXPECT_EQ(seen.result.cards, (std::vector<Card>{{"Anna", 2}, {"Bram", 3}}));
  }
  EXPECT_TRUE(rejected_with(room.decide_as(bram, cmd::CastVote{vote, 1}), ErrorCode::wrong_phase));
}

TEST(AutoReveal, OffOrShortOfMABallotIsACountAndTheFacilitatorMayRevealEarly) {
  RoomFixture room;
  const Actor anna = room.join(Role::participant, "");
  const Actor bram = room.join(Role::participant, "");
  room.join(Role::participant, "");  // eligible, has not voted
  room.run(facilitator, cmd::SetMinGroupSize{2});
  const VoteId vote = room.open_vote(VoteAudience::participants, BallotMode::secret);
  room.run(anna, cmd::CastVote{vote, 1});
  const Event off = room.run(bram, cmd::CastVote{vote, 2});
  EXPECT_TRUE(std::get<ev::BallotCast>(off.body).revealed_vote_ids.empty());

  room.run(facilitator, cmd::SetAutoReveal{true});
  const Event again = room.run(bram, cmd::CastVote{vote, 1});  // 2 of 3
  EXPECT_TRUE(
      std::holds_alternative<view::VoteProgress>(view_event(room.state, again, Role::participant)));
  // The manual override: two of three is enough for k = 2.
  room.run(facilitator, cmd::RevealVote{vote});
  EXPECT_EQ(room.state.votes[vote - 1].vote.status, VoteStatus::revealed);
}

TEST(AutoReveal, ASecretBallotOfFewerThanKWaitsEvenWhenEveryoneVoted) {
  RoomFixture room;  // k = 3 by default
  const Actor anna = room.join(Role::participant, "");
  const Actor bram = room.join(Role::participant, "");
  room.run(facilitator, cmd::SetAutoReveal{true});
  const VoteId vote = room.open_vote(VoteAudience::participants, BallotMode::secret);
  room.run(anna, cmd::CastVote{vote, 1});
  const Event last = room.run(bram, cmd::CastVote{vote, 2});  // 2 of 2, but k = 3
  EXPECT_TRUE(std::get<ev::BallotCast>(last.body).revealed_vote_ids.empty());
  EXPECT_EQ(room.state.votes[vote - 1].vote.status, VoteStatus::open);
}

// Two dilemmas with recorded outcomes and a bundle over both.
struct BoardSession {
  RoomFixture room;
  Actor anna = room.join(Role::board_member, "Anna");
  Actor bram = room.join(Role::board_member, "Bram");
  Bundle bundle;

  BoardSession() {
    for (const char* title : {"Dubbel glas?", "Praatje?"}) {
      room.run(facilitator, cmd::AddDilemma{title, "", {"nee", "soms", "ja"}, 3, 0});
    }
    room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::consensus, 3});
    room.run(facilitator, cmd::RecordOutcome{2, DilemmaOutcome::no_consensus, 0});
    room.run(facilitator, cmd::SetMinGroupSize{2});
    room.run(facilitator, cmd::SetAutoReveal{true});
    const Event created =
        room.run(facilitator, cmd::CreateBundle{"Bestuur", BallotMode::secret, {2, 1}});
    bundle = std::get<ev::BundleCreated>(created.body).bundle;
  }
};

TEST(AutoReveal, ABundleTurnsAllItsCardsTogetherOnceEveryItemIsComplete) {
  BoardSession session;
  const VoteId choice = session.bundle.items[0].vote_id;
  const VoteId approval = session.bundle.items[1].vote_id;
  session.room.run(session.anna, cmd::CastVote{choice, 2});
  const Event first_complete = session.room.run(session.bram, cmd::CastVote{choice, 3});
  // The choice item has both cards, the approval none: nothing turns yet.
  EXPECT_TRUE(std::get<ev::BallotCast>(first_complete.body).revealed_vote_ids.empty());
  EXPECT_EQ(find_vote(session.room.state, choice)->vote.status, VoteStatus::open);

  session.room.run(session.anna, cmd::CastVote{approval, approval_approve});
  const Event last = session.room.run(session.bram, cmd::CastVote{approval, approval_approve});
  EXPECT_EQ(std::get<ev::BallotCast>(last.body).revealed_vote_ids,
            (std::vector<VoteId>{choice, approval}));
  const auto seen =
      std::get<view::BundleRevealed>(view_event(session.room.state, last, Role::board_member));
  EXPECT_EQ(seen.bundle_id, session.bundle.id);
  ASSERT_EQ(seen.results.size(), 2u);
  EXPECT_EQ(seen.results[0].tally, (std::vector<TallyEntry>{{1, 0}, {2, 1}, {3, 1}}));
  EXPECT_TRUE(seen.results[0].cards.empty());  // secret: counts, no names
  EXPECT_EQ(find_vote(session.room.state, approval)->vote.status, VoteStatus::revealed);
}

TEST(AutoReveal, AnItemRevealedByHandIsLeftOutOfTheBundlesAutoReveal) {
  BoardSession session;
  const VoteId choice = session.bundle.items[0].vote_id;
  const VoteId approval = session.bundle.items[1].vote_id;
  session.room.run(session.anna, cmd::CastVote{choice, 1});
  session.room.run(session.bram, cmd::CastVote{choice, 1});
  session.room.run(facilitator, cmd::RevealVote{choice});
  session.room.run(session.anna, cmd::CastVote{approval, approval_reject});
  const Event last = session.room.run(session.bram, cmd::CastVote{approval, approval_approve});
  EXPECT_EQ(std::get<ev::BallotCast>(last.body).revealed_vote_ids, (std::vector<VoteId>{approval}));
}

}  // namespace
}  // namespace core_auto_reveal_test
}  // namespace kring::core::testing
