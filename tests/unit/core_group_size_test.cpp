// The minimum group size k: a secret-ballot tally waits for k ballots, a
// private-first board written by fewer than k different people needs the
// facilitator's confirmation, and the number of writers is counted without
// linking two notes to one writer.
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_group_size_test {
namespace {

const std::vector<Role> every_role = {Role::facilitator, Role::participant, Role::board_member,
                                      Role::projector};

TEST(GroupSize, ANewRoomWaitsForThreeAndEveryRoleKnowsIt) {
  RoomFixture room;
  EXPECT_EQ(room.state.min_group_size, 3u);
  for (Role role : every_role) EXPECT_EQ(view_snapshot(room.state, role, 1).min_group_size, 3u);
}

TEST(GroupSize, OnlyTheFacilitatorSetsItWithinOneToTwenty) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  EXPECT_TRUE(rejected_with(room.decide_as(ans, cmd::SetMinGroupSize{2}), ErrorCode::forbidden));
  EXPECT_TRUE(
      rejected_with(room.decide_as(projector, cmd::SetMinGroupSize{2}), ErrorCode::forbidden));
  for (std::uint32_t bad : {0u, 21u}) {
    EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetMinGroupSize{bad}),
                              ErrorCode::invalid_argument));
  }
  const Event set = room.run(facilitator, cmd::SetMinGroupSize{5});
  EXPECT_EQ(room.state.min_group_size, 5u);
  for (Role role : every_role) {
    EXPECT_EQ(std::get<ev::MinGroupSizeSet>(view_event(room.state, set, role)),
              ev::MinGroupSizeSet{5});
  }
}

TEST(GroupSize, ASecretPollIsRevealedOnlyOnceKHaveVoted) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const Actor bas = room.join(Role::participant);
  const Actor cor = room.join(Role::participant);
  const VoteId vote = room.open_vote(VoteAudience::participants, BallotMode::secret);
  room.run(ans, cmd::CastVote{vote, 1});
  room.run(bas, cmd::CastVote{vote, 2});
  room.run(ans, cmd::CastVote{vote, 3});  // a change is no third voter
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::RevealVote{vote}),
                            ErrorCode::group_too_small));
  EXPECT_EQ(room.state.votes[vote - 1].vote.status, VoteStatus::open);
  room.run(cor, cmd::CastVote{vote, 1});
  room.run(facilitator, cmd::RevealVote{vote});
  EXPECT_EQ(room.state.votes[vote - 1].vote.status, VoteStatus::revealed);
}

TEST(GroupSize, OpenCardsAreNotHeldBack) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const VoteId vote = room.open_vote(VoteAudience::participants, BallotMode::open_cards);
  room.run(ans, cmd::CastVote{vote, 1});
  room.run(facilitator, cmd::RevealVote{vote});
  EXPECT_EQ(room.state.votes[vote - 1].vote.status, VoteStatus::revealed);
}

TEST(GroupSize, ALowerKLetsASmallSecretBallotBeRevealed) {
  RoomFixture room;
  const Actor dirk = room.join(Role::board_member);
  const Actor eva = room.join(Role::board_member);
  const VoteId vote = room.open_vote(VoteAudience::board, BallotMode::secret);
  room.run(dirk, cmd::CastVote{vote, 1});
  room.run(eva, cmd::CastVote{vote, 1});
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::RevealVote{vote}),
                            ErrorCode::group_too_small));
  room.run(facilitator, cmd::SetMinGroupSize{2});
  room.run(facilitator, cmd::RevealVote{vote});
  EXPECT_EQ(room.state.votes[vote - 1].vote.status, VoteStatus::revealed);
}

TEST(GroupSize, ASecretBundleWaitsForEveryItem) {
  RoomFixture room;
  const Actor dirk = room.join(Role::board_member);
  const Actor eva = room.join(Role::board_member);
  const Actor fer = room.join(Role::board_member);
  const std::vector<std::string> scenarios = {"Een", "Twee", "Drie"};
  room.run(facilitator, cmd::AddDilemma{"Eerste", "", scenarios, 3, 0});
  room.run(facilitator, cmd::AddDilemma{"Tweede", "", scenarios, 3, 0});
  room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::consensus, 3});
  room.run(facilitator, cmd::RecordOutcome{2, DilemmaOutcome::no_consensus, 0});
  const Event created = room.run(facilitator, cmd::CreateBundle{"RvB", BallotMode::secret, {1, 2}});
  const Bundle& bundle = std::get<ev::BundleCreated>(created.body).bundle;
  for (const Actor& member : {dirk, eva, fer}) {
    room.run(member, cmd::CastVote{bundle.items[0].vote_id, approval_approve});
  }
  room.run(dirk, cmd::CastVote{bundle.items[1].vote_id, 3});
  room.run(eva, cmd::CastVote{bundle.items[1].vote_id, 1});
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::RevealBundle{bundle.id}),
                            ErrorCode::group_too_small));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::RevealVote{bundle.items[1].vote_id}),
                            ErrorCode::group_too_small));
  room.run(fer, cmd::CastVote{bundle.items[1].vote_id, 3});
  room.run(facilitator, cmd::RevealBundle{bundle.id});
  EXPECT_EQ(room.state.votes[bundle.items[1].vote_id - 1].vote.status, VoteStatus::revealed);
}

TEST(GroupSize, WritersAreCountedWithoutLinkingTheirNotes) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const Actor bas = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  const Event first = room.run(ans, cmd::AddNote{board, 1, "een", secret('a')});
  const Event second = room.run(ans, cmd::AddNote{board, 1, "twee", secret('b')});
  const Event other = room.run(bas, cmd::AddNote{board, 2, "drie", secret('c')});
  EXPECT_FALSE(std::get<ev::NoteAdded>(first.body).writer_tag.empty());
  EXPECT_TRUE(std::get<ev::NoteAdded>(second.body).writer_tag.empty())
      << "a writer's second note carries nothing that links it to the first";
  EXPECT_NE(std::get<ev::NoteAdded>(other.body).writer_tag,
            std::get<ev::NoteAdded>(first.body).writer_tag);
  for (Role role : every_role) {
    const auto count = std::get<view::HiddenNoteCount>(view_event(room.state, other, role));
    EXPECT_EQ(count.hidden_count, 3u);
    EXPECT_EQ(count.writer_count, 2u);
    EXPECT_EQ(view_snapshot(room.state, role, 1).boards[0].writer_count, 2u);
  }
  // The same writer on another board gets an unrelated tag.
  const BoardId next = room.add_board(BoardKind::columns, WritingMode::private_first);
  const Event elsewhere = room.run(ans, cmd::AddNote{next, 1, "vier", secret('d')});
  EXPECT_NE(std::get<ev::NoteAdded>(elsewhere.body).writer_tag,
            std::get<ev::NoteAdded>(first.body).writer_tag);
}

TEST(GroupSize, ABoardOfFewerThanKWritersNeedsTheFacilitatorsConfirmation) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const Actor bas = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  room.add_note(ans, board, "een", secret('a'));
  room.add_note(bas, board, "twee", secret('b'));
  const RoomState before = room.state;
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::RevealBoard{board, false}),
                            ErrorCode::group_too_small));
  EXPECT_EQ(room.state.boards, before.boards);
  room.run(facilitator, cmd::RevealBoard{board, true});
  EXPECT_TRUE(room.state.boards[board - 1].revealed);
}

TEST(GroupSize, ABoardOfKWritersOrOfNoneIsRevealedWithoutAsking) {
  RoomFixture room;
  const BoardId empty = room.add_board(BoardKind::columns, WritingMode::private_first);
  room.run(facilitator, cmd::RevealBoard{empty, false});
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  for (char fill : {'a', 'b', 'c'}) {
    room.add_note(room.join(Role::participant), board, std::string(1, fill), secret(fill));
  }
  room.run(facilitator, cmd::RevealBoard{board, false});
  EXPECT_TRUE(room.state.boards[board - 1].revealed);
}

TEST(GroupSize, TheFacilitatorsNotesHideNobodySoTheyAreNotCounted) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const Actor bas = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  const Event own = room.run(facilitator, cmd::AddNote{board, 1, "voorbeeld", secret('f')});
  EXPECT_TRUE(std::get<ev::NoteAdded>(own.body).writer_tag.empty());
  room.add_note(ans, board, "een", secret('a'));
  room.add_note(bas, board, "twee", secret('b'));
  EXPECT_EQ(view_snapshot(room.state, Role::projector, 1).boards[0].writer_count, 2u);
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::RevealBoard{board, false}),
                            ErrorCode::group_too_small));
}

}  // namespace
}  // namespace core_group_size_test
}  // namespace kring::core::testing
