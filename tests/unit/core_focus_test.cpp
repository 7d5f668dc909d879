// The room's focus: only the facilitator sets it, it names existing things
// only, every role sees the same pointer (in events and snapshots), and it
// never changes what a role may see of the thing it points at.
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_focus_test {
namespace {

const std::vector<Role> every_role = {Role::facilitator, Role::participant, Role::board_member,
                                      Role::projector};

Focus focus_of(FocusKind kind) {
  Focus focus;
  focus.kind = kind;
  return focus;
}
Focus board_focus(BoardId board) {
  Focus focus = focus_of(FocusKind::board);
  focus.board_id = board;
  return focus;
}
Focus dilemma_focus(DilemmaId dilemma) {
  Focus focus = focus_of(FocusKind::dilemma);
  focus.dilemma_id = dilemma;
  return focus;
}
Focus vote_focus(VoteId vote) {
  Focus focus = focus_of(FocusKind::vote);
  focus.vote_id = vote;
  return focus;
}
Focus bundle_focus(BundleId bundle) {
  Focus focus = focus_of(FocusKind::bundle);
  focus.bundle_id = bundle;
  return focus;
}
Focus item_focus(BundleId bundle, DilemmaId dilemma) {
  Focus focus = focus_of(FocusKind::bundle_item);
  focus.bundle_id = bundle;
  focus.dilemma_id = dilemma;
  return focus;
}

DilemmaId add_dilemma(RoomFixture& room, const std::string& title) {
  const Event added =
      room.run(facilitator, cmd::AddDilemma{title, "context", {"nooit", "soms", "altijd"}, 3, 0});
  return std::get<ev::DilemmaAdded>(added.body).dilemma.id;
}

TEST(Focus, ANewRoomHasNoFocusForAnyRole) {
  RoomFixture room;
  EXPECT_EQ(room.state.focus, Focus{});
  for (Role role : every_role) {
    EXPECT_EQ(view_snapshot(room.state, role, 1).focus.kind, FocusKind::none);
  }
}

TEST(Focus, OnlyTheFacilitatorSetsIt) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const Actor dirk = room.join(Role::board_member);
  const cmd::SetFocus welcome{focus_of(FocusKind::welcome), false};
  for (const Actor& actor : {ans, dirk, projector}) {
    EXPECT_TRUE(rejected_with(room.decide_as(actor, welcome), ErrorCode::forbidden));
  }
  room.run(facilitator, welcome);
  EXPECT_EQ(room.state.focus.kind, FocusKind::welcome);
}

TEST(Focus, EveryKindWithoutIdsIsAccepted) {
  RoomFixture room;
  for (FocusKind kind : {FocusKind::welcome, FocusKind::strategy, FocusKind::ranking,
                         FocusKind::conclusion, FocusKind::none}) {
    room.run(facilitator, cmd::SetFocus{focus_of(kind), false});
    EXPECT_EQ(room.state.focus, focus_of(kind));
  }
}

TEST(Focus, ItNamesExistingThingsOnly) {
  RoomFixture room;
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::open);
  const DilemmaId dilemma = add_dilemma(room, "Dubbel glas?");
  const VoteId vote = room.open_vote(VoteAudience::participants, BallotMode::open_cards);
  const auto rejected = [&](const Focus& focus, ErrorCode code) {
    return rejected_with(room.decide_as(facilitator, cmd::SetFocus{focus, false}), code);
  };
  EXPECT_TRUE(rejected(board_focus(board + 5), ErrorCode::not_found));
  EXPECT_TRUE(rejected(board_focus(0), ErrorCode::not_found));
  EXPECT_TRUE(rejected(dilemma_focus(dilemma + 1), ErrorCode::not_found));
  EXPECT_TRUE(rejected(vote_focus(vote + 3), ErrorCode::not_found));
  EXPECT_TRUE(rejected(bundle_focus(1), ErrorCode::not_found));
  // An id the kind does not use is refused, so one focus means one thing.
  Focus welcome_with_board = focus_of(FocusKind::welcome);
  welcome_with_board.board_id = board;
  EXPECT_TRUE(rejected(welcome_with_board, ErrorCode::invalid_argument));
  Focus board_with_vote = board_focus(board);
  board_with_vote.vote_id = vote;
  EXPECT_TRUE(rejected(board_with_vote, ErrorCode::invalid_argument));
  EXPECT_EQ(room.state.focus, Focus{});

  room.run(facilitator, cmd::SetFocus{board_focus(board), false});
  room.run(facilitator, cmd::SetFocus{dilemma_focus(dilemma), false});
  room.run(facilitator, cmd::SetFocus{vote_focus(vote), false});
  EXPECT_EQ(room.state.focus, vote_focus(vote));
}

TEST(Focus, ABundleItemMustBeInItsBundle) {
  RoomFixture room;
  const DilemmaId first = add_dilemma(room, "Dubbel glas?");
  const DilemmaId second = add_dilemma(room, "Praatje?");
  room.run(facilitator, cmd::RecordOutcome{first, DilemmaOutcome::no_consensus, 0});
  const Event created =
      room.run(facilitator, cmd::CreateBundle{"Bestuur", BallotMode::open_cards, {first}});
  const BundleId bundle = std::get<ev::BundleCreated>(created.body).bundle.id;
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::SetFocus{item_focus(bundle, second), false}),
                    ErrorCode::not_found));
  room.run(facilitator, cmd::SetFocus{item_focus(bundle, first), false});
  EXPECT_EQ(room.state.focus, item_focus(bundle, first));
  room.run(facilitator, cmd::SetFocus{bundle_focus(bundle), false});
  EXPECT_EQ(room.state.focus, bundle_focus(bundle));
}

TEST(Focus, TheSameFocusTwiceIsRefused) {
  RoomFixture room;
  room.run(facilitator, cmd::SetFocus{focus_of(FocusKind::strategy), false});
  EXPECT_TRUE(rejected_with(
      room.decide_as(facilitator, cmd::SetFocus{focus_of(FocusKind::strategy), false}),
      ErrorCode::wrong_phase));
}

TEST(Focus, EveryRoleSeesTheSamePointerInEventsAndSnapshots) {
  RoomFixture room;
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  const Event set = room.run(facilitator, cmd::SetFocus{board_focus(board), false});
  for (Role role : every_role) {
    EXPECT_EQ(std::get<ev::FocusSet>(view_event(room.state, set, role)),
              (ev::FocusSet{board_focus(board), false}));
    EXPECT_EQ(view_snapshot(room.state, role, 1).focus, board_focus(board));
  }
}

// Focusing a hidden board shows what each role saw of it before: counts only,
// no hidden note's text, for every role but the author's own device.
TEST(Focus, AFocusedHiddenBoardStillShowsCountsOnly) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first);
  room.add_note(ans, board, "alleen voor mij", secret('a'));
  std::vector<Snapshot> before;
  for (Role role : every_role) before.push_back(view_snapshot(room.state, role, 1));
  room.run(facilitator, cmd::SetFocus{board_focus(board), false});
  for (std::size_t i = 0; i < every_role.size(); ++i) {
    SCOPED_TRACE(static_cast<int>(every_role[i]));
    Snapshot after = view_snapshot(room.state, every_role[i], 1);
    EXPECT_EQ(after.focus, board_focus(board));
    EXPECT_TRUE(after.notes.empty());
    ASSERT_EQ(after.boards.size(), 1u);
    EXPECT_EQ(after.boards[0].hidden_count, 1u);
    after.focus = before[i].focus;
    after.seq = before[i].seq;
    EXPECT_EQ(after, before[i]) << "the focus changed what this role sees";
  }
}

// A focused vote that is still open shows progress only, however it is focused.
TEST(Focus, AFocusedOpenVoteShowsNoResult) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  const VoteId vote = room.open_vote(VoteAudience::participants, BallotMode::open_cards);
  room.run(ans, cmd::CastVote{vote, 2});
  room.run(facilitator, cmd::SetFocus{vote_focus(vote), false});
  for (Role role : every_role) {
    const Snapshot snapshot = view_snapshot(room.state, role, 1);
    EXPECT_TRUE(snapshot.results.empty());
    ASSERT_EQ(snapshot.votes.size(), 1u);
    EXPECT_EQ(snapshot.votes[0].voted_count, 1u);
  }
}

TEST(Focus, OpenWritingOpensTheFocusedBoardInTheSameStep) {
  RoomFixture room;
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::private_first, false);
  ASSERT_FALSE(room.state.boards[board - 1].writing_open);
  const Event set = room.run(facilitator, cmd::SetFocus{board_focus(board), true});
  EXPECT_TRUE(std::get<ev::FocusSet>(set.body).writing_opened);
  EXPECT_TRUE(room.state.boards[board - 1].writing_open);
  EXPECT_TRUE(view_snapshot(room.state, Role::participant, 1).boards[0].board.writing_open);
}

TEST(Focus, OpenWritingOpensAFocusedDilemmasNoteBoard) {
  RoomFixture room;
  const DilemmaId dilemma = add_dilemma(room, "Dubbel glas?");
  const BoardId board = room.state.dilemmas[dilemma - 1].board_id;
  ASSERT_FALSE(room.state.boards[board - 1].writing_open);
  room.run(facilitator, cmd::SetFocus{dilemma_focus(dilemma), true});
  EXPECT_TRUE(room.state.boards[board - 1].writing_open);
}

TEST(Focus, OpenWritingOnAnOpenBoardOnlyMovesTheFocus) {
  RoomFixture room;
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::open, true);
  const Event set = room.run(facilitator, cmd::SetFocus{board_focus(board), true});
  EXPECT_FALSE(std::get<ev::FocusSet>(set.body).writing_opened);
  EXPECT_TRUE(room.state.boards[board - 1].writing_open);
  // Asked again, nothing would change: refused like any repeated focus.
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetFocus{board_focus(board), true}),
                            ErrorCode::wrong_phase));
}

TEST(Focus, OpenWritingNeedsABoardOrADilemma) {
  RoomFixture room;
  const VoteId vote = room.open_vote(VoteAudience::participants, BallotMode::open_cards);
  for (const Focus& focus : {focus_of(FocusKind::welcome), vote_focus(vote)}) {
    EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetFocus{focus, true}),
                              ErrorCode::invalid_argument));
  }
}

// Replaying the log rebuilds the same focus (what a node does after a restart).
TEST(Focus, ReplayingTheLogGivesTheSameFocus) {
  RoomFixture room;
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::open, false);
  room.run(facilitator, cmd::SetFocus{focus_of(FocusKind::welcome), false});
  room.run(facilitator, cmd::SetFocus{board_focus(board), true});
  RoomState replayed;
  for (const Event& event : room.log) apply(replayed, event);
  EXPECT_EQ(replayed.focus, board_focus(board));
  EXPECT_TRUE(replayed.boards[board - 1].writing_open);
}

}  // namespace
}  // namespace core_focus_test
}  // namespace kring::core::testing
