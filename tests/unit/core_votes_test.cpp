// Votes: progress counts, changes until close, reveal with tally and cards.
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_votes_test {
namespace {

TEST(Votes, OpenCardsRevealShowsWhoVotedWhat) {
  RoomFixture room;
  const Actor anna = room.join(Role::board_member, "Anna");
  const Actor bram = room.join(Role::board_member, "");
  room.join(Role::board_member, "Cas");  // eligible, does not vote
  const VoteId vote = room.open_vote(VoteAudience::board, BallotMode::open_cards);

  const Event first = room.run(anna, cmd::CastVote{vote, 3});
  const auto progress =
      std::get<view::VoteProgress>(view_event(room.state, first, Role::projector));
  EXPECT_EQ(progress.voted_count, 1u);
  EXPECT_EQ(progress.eligible_count, 3u);

  room.run(bram, cmd::CastVote{vote, 1});
  const Event change = room.run(bram, cmd::CastVote{vote, 3});  // change before close
  EXPECT_EQ(
      std::get<view::VoteProgress>(view_event(room.state, change, Role::facilitator)).voted_count,
      2u);
  room.run(facilitator, cmd::CloseVote{vote});
  EXPECT_TRUE(rejected_with(room.decide_as(anna, cmd::CastVote{vote, 1}), ErrorCode::wrong_phase));

  const Event reveal = room.run(facilitator, cmd::RevealVote{vote});
  const auto result =
      std::get<view::VoteRevealed>(view_event(room.state, reveal, Role::participant));
  EXPECT_EQ(result.result.tally, (std::vector<TallyEntry>{{1, 0}, {2, 0}, {3, 2}}));
  EXPECT_EQ(result.result.cards, (std::vector<Card>{{"Anna", 3}, {"#2", 3}}));
}

TEST(Votes, SecretBallotKeepsVoterApartFromChoice) {
  RoomFixture room;
  const Actor anna = room.join(Role::board_member, "Anna");
  const Actor bram = room.join(Role::board_member, "Bram");
  const VoteId vote = room.open_vote(VoteAudience::board, BallotMode::secret);
  const Event first = room.run(anna, cmd::CastVote{vote, 1});
  room.run(bram, cmd::CastVote{vote, 2});
  const Event change = room.run(anna, cmd::CastVote{vote, 2});  // Anna changes her vote

  // The events name no voter; Anna's two ballots carry one tag, so the change replaces.
  const auto& cast = std::get<ev::BallotCast>(first.body);
  const auto& changed = std::get<ev::BallotCast>(change.body);
  EXPECT_EQ(cast.voter, 0u);
  EXPECT_EQ(changed.voter, 0u);
  EXPECT_EQ(cast.ballot_tag, changed.ballot_tag);
  EXPECT_EQ(cast.ballot_tag.size(), 32u);

  const VoteRecord& record = room.state.votes[vote - 1];
  EXPECT_TRUE(record.open_choices.empty());  // no member -> choice mapping exists
  EXPECT_EQ(record.secret_choices.size(), 2u);
  EXPECT_EQ(record.ballots(), 2u);
  // Nothing the room stores about a member is a tag or turns into one.
  for (const MemberRecord& member : room.state.members) {
    EXPECT_FALSE(record.secret_choices.contains(member.member_hash));
    EXPECT_NE(ballot_tag(member.member_hash, TagScope::vote, vote), cast.ballot_tag);
  }

  room.run(facilitator, cmd::SetMinGroupSize{2});  // two voters may see their tally
  const Event reveal = room.run(facilitator, cmd::RevealVote{vote});  // reveal closes too
  const auto result = std::get<view::VoteRevealed>(view_event(room.state, reveal, Role::projector));
  EXPECT_EQ(result.result.tally, (std::vector<TallyEntry>{{1, 0}, {2, 2}, {3, 0}}));
  EXPECT_TRUE(result.result.cards.empty());
  EXPECT_TRUE(rejected_with(room.decide_as(bram, cmd::CastVote{vote, 1}), ErrorCode::wrong_phase));
}

TEST(Votes, SecretBallotTagsDifferPerMemberAndPerVote) {
  RoomFixture room;
  const Actor anna = room.join(Role::board_member);
  const Actor bram = room.join(Role::board_member);
  const VoteId first = room.open_vote(VoteAudience::board, BallotMode::secret);
  const VoteId second = room.open_vote(VoteAudience::board, BallotMode::secret);
  auto tag_of = [&room](const Actor& actor, VoteId vote) {
    return std::get<ev::BallotCast>(room.run(actor, cmd::CastVote{vote, 1}).body).ballot_tag;
  };
  const SecretHash anna_first = tag_of(anna, first);
  const SecretHash bram_first = tag_of(bram, first);
  const SecretHash anna_second = tag_of(anna, second);
  EXPECT_NE(anna_first, bram_first);   // one ballot each
  EXPECT_NE(anna_first, anna_second);  // Anna's ballots in two votes cannot be linked
  EXPECT_EQ(room.state.votes[first - 1].ballots(), 2u);
}

TEST(Votes, SecretBallotNeedsTheMembersKey) {
  RoomFixture room;
  Actor anna = room.join(Role::board_member);
  const VoteId vote = room.open_vote(VoteAudience::board, BallotMode::secret);
  anna.ballot_key.clear();
  EXPECT_TRUE(rejected_with(room.decide_as(anna, cmd::CastVote{vote, 2}), ErrorCode::bad_secret));
}

TEST(Votes, EveryRoleSeesOnlyProgressBeforeReveal) {
  const std::vector<Role> roles = {Role::facilitator, Role::participant, Role::board_member,
                                   Role::projector};
  // Two rooms that differ only in the choice: every role must see the same thing.
  std::vector<std::vector<view::Body>> seen(2);
  for (OptionId choice : {1u, 2u}) {
    RoomFixture room;
    const Actor ans = room.join(Role::participant);
    const VoteId vote = room.open_vote(VoteAudience::participants, BallotMode::open_cards);
    const Event cast = room.run(ans, cmd::CastVote{vote, choice});
    for (Role role : roles) {
      seen[choice - 1].push_back(view_event(room.state, cast, role));
      EXPECT_TRUE(std::holds_alternative<view::VoteProgress>(seen[choice - 1].back()));
      EXPECT_TRUE(view_snapshot(room.state, role, 1).results.empty());
    }
  }
  EXPECT_EQ(seen[0], seen[1]);
}

}  // namespace
}  // namespace core_votes_test
}  // namespace kring::core::testing
