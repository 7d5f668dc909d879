// The per-room rows of docs/operations.md, "Limits and what happens past
// them", one test per row, named after it: each fills the room up to the
// documented bound with accepted commands, then shows that one more is
// refused with the documented code and changes nothing.
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace room_limits_test {
namespace {

std::string bytes(std::size_t count) { return std::string(count, 'x'); }

std::string numbered_secret(std::size_t i) {
  std::string secret = "secret-" + std::to_string(i);
  secret.resize(20, '.');
  return secret;
}

// Refused with `code`, and the state is what it was.
void expect_refused(RoomFixture& room, const Actor& actor, cmd::Body body, ErrorCode code) {
  const Seq before = room.state.seq;
  EXPECT_TRUE(rejected_with(room.decide_as(actor, std::move(body)), code));
  EXPECT_EQ(room.state.seq, before);
}

cmd::AddBoard board_titled(std::string title, std::vector<std::string> columns = {"a"}) {
  return cmd::AddBoard{
      std::move(title), BoardKind::columns, WritingMode::open, std::move(columns), {}, false};
}

cmd::OpenVote vote_with(std::vector<std::string> options) {
  return cmd::OpenVote{"Stemming", VoteAudience::participants, BallotMode::open_cards,
                       std::move(options), 0};
}

const std::vector<std::string> three = {"Een", "Twee", "Drie"};

TEST(RoomLimits, NotesBoardsVotesMembersPerRoom) {
  RoomFixture room;
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::open);
  for (std::size_t i = 1; i < limits::max_boards; ++i) room.run(facilitator, board_titled("b"));
  expect_refused(room, facilitator, board_titled("one too many"), ErrorCode::limit_reached);

  for (std::size_t i = 0; i < limits::max_notes; ++i) {
    room.run(facilitator, cmd::AddNote{board, 1, "n", numbered_secret(i)});
  }
  expect_refused(room, facilitator, cmd::AddNote{board, 1, "n", numbered_secret(limits::max_notes)},
                 ErrorCode::limit_reached);

  for (std::size_t i = 0; i < limits::max_votes; ++i) room.run(facilitator, vote_with({"a", "b"}));
  expect_refused(room, facilitator, vote_with({"a", "b"}), ErrorCode::limit_reached);

  for (std::size_t i = 0; i < limits::max_members; ++i) room.join(Role::participant);
  expect_refused(room, facilitator,
                 cmd::JoinMember{Role::participant, "", RoomFixture::hash_of("one too many")},
                 ErrorCode::limit_reached);
  EXPECT_EQ(room.state.boards.size(), 50u);
  EXPECT_EQ(room.state.notes.size(), 5000u);
  EXPECT_EQ(room.state.votes.size(), 200u);
  EXPECT_EQ(room.state.members.size(), 2000u);
}

TEST(RoomLimits, NoteTextTitleLabel) {
  RoomFixture room;
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::open);
  room.run(facilitator, cmd::AddNote{board, 1, bytes(1000), numbered_secret(1)});
  expect_refused(room, facilitator, cmd::AddNote{board, 1, bytes(1001), numbered_secret(2)},
                 ErrorCode::invalid_argument);
  room.run(facilitator, board_titled(bytes(200)));
  expect_refused(room, facilitator, board_titled(bytes(201)), ErrorCode::invalid_argument);
  room.run(facilitator, board_titled("labels", {bytes(80)}));
  expect_refused(room, facilitator, board_titled("labels", {bytes(81)}),
                 ErrorCode::invalid_argument);
}

TEST(RoomLimits, VoteOptions) {
  RoomFixture room;
  room.run(facilitator, vote_with(std::vector<std::string>(10, bytes(200))));
  room.run(facilitator, vote_with({"a", "b"}));
  expect_refused(room, facilitator, vote_with({"alone"}), ErrorCode::invalid_argument);
  expect_refused(room, facilitator, vote_with(std::vector<std::string>(11, "a")),
                 ErrorCode::invalid_argument);
  expect_refused(room, facilitator, vote_with({"a", bytes(201)}), ErrorCode::invalid_argument);
}

TEST(RoomLimits, DilemmasAndIntakeProposalsPerRoom) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  for (std::size_t i = 0; i < limits::max_dilemmas; ++i) {
    room.run(facilitator, cmd::AddDilemma{"d", "", three, 3, 0});
  }
  expect_refused(room, facilitator, cmd::AddDilemma{"d", "", three, 3, 0},
                 ErrorCode::limit_reached);
  for (std::size_t i = 0; i < limits::max_proposals; ++i) {
    room.run(ans, cmd::SubmitProposal{"p", "", {}});
  }
  expect_refused(room, ans, cmd::SubmitProposal{"p", "", {}}, ErrorCode::limit_reached);
}

TEST(RoomLimits, BoardBundlesPerRoomAndDilemmasPerBundle) {
  RoomFixture room;
  for (std::size_t i = 0; i < limits::max_dilemmas; ++i) {
    room.run(facilitator, cmd::AddDilemma{"d", "", three, 3, 0});
    room.run(facilitator, cmd::RecordOutcome{i + 1, DilemmaOutcome::no_consensus, 0});
  }
  std::vector<DilemmaId> all;
  for (std::size_t i = 1; i <= limits::max_dilemmas; ++i) all.push_back(i);
  room.run(facilitator, cmd::CreateBundle{"alle dertig", BallotMode::secret, all});
  std::vector<DilemmaId> too_many = all;
  too_many.push_back(1);
  expect_refused(room, facilitator, cmd::CreateBundle{"te veel", BallotMode::secret, too_many},
                 ErrorCode::invalid_argument);
  for (std::size_t i = 1; i < limits::max_bundles; ++i) {
    room.run(facilitator, cmd::CreateBundle{"b", BallotMode::secret, {1}});
  }
  expect_refused(room, facilitator, cmd::CreateBundle{"b", BallotMode::secret, {1}},
                 ErrorCode::limit_reached);
}

TEST(RoomLimits, DecisionReasonAndRoundsPerBundleItem) {
  RoomFixture room;
  const Actor member = room.join(Role::board_member, "Bestuurder");
  room.run(facilitator, cmd::SetMinGroupSize{1});
  room.run(facilitator, cmd::AddDilemma{"d", "", three, 3, 0});
  room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::no_consensus, 0});
  room.run(facilitator, cmd::CreateBundle{"b", BallotMode::open_cards, {1}});
  const auto reveal_current = [&] {
    const VoteId current = room.state.bundles[0].items[0].vote_id;
    room.run(member, cmd::CastVote{current, 1});
    room.run(facilitator, cmd::RevealVote{current});
  };
  reveal_current();
  for (std::size_t round = 2; round <= limits::max_rounds_per_bundle_item; ++round) {
    room.run(facilitator, cmd::OpenBundleRound{1, 1});
    reveal_current();
  }
  expect_refused(room, facilitator, cmd::OpenBundleRound{1, 1}, ErrorCode::limit_reached);
  room.run(facilitator, cmd::RecordDecision{1, 1, 2, bytes(limits::max_decision_reason_bytes)});
  expect_refused(room, facilitator,
                 cmd::RecordDecision{1, 1, 2, bytes(limits::max_decision_reason_bytes + 1)},
                 ErrorCode::invalid_argument);
}

Action titled(std::string title) {
  Action action;
  action.title = std::move(title);
  return action;
}

TEST(RoomLimits, ActionsPerRoomActionFieldOwner) {
  RoomFixture room;
  for (std::size_t i = 0; i < limits::max_actions; ++i) {
    room.run(facilitator, cmd::SaveAction{0, titled("a")});
  }
  expect_refused(room, facilitator, cmd::SaveAction{0, titled("a")}, ErrorCode::limit_reached);
  Action action = titled("veld");
  action.goal = bytes(500);
  action.owner = bytes(100);
  room.run(facilitator, cmd::SaveAction{1, action});
  action.goal = bytes(501);
  expect_refused(room, facilitator, cmd::SaveAction{1, action}, ErrorCode::invalid_argument);
  action.goal = "";
  action.owner = bytes(101);
  expect_refused(room, facilitator, cmd::SaveAction{1, action}, ErrorCode::invalid_argument);
}

TEST(RoomLimits, ProsConsPerAction) {
  RoomFixture room;
  room.run(facilitator, cmd::SaveAction{0, titled("a")});
  Action action = titled("a");
  action.pros = std::vector<std::string>(10, bytes(300));
  action.cons = std::vector<std::string>(10, bytes(300));
  room.run(facilitator, cmd::SaveAction{1, action});
  action.pros.push_back("one more");
  expect_refused(room, facilitator, cmd::SaveAction{1, action}, ErrorCode::invalid_argument);
  action.pros.pop_back();
  action.cons.back() = bytes(301);
  expect_refused(room, facilitator, cmd::SaveAction{1, action}, ErrorCode::invalid_argument);
}

TEST(RoomLimits, StrategyDilemmaContextScenario) {
  RoomFixture room;
  room.run(facilitator, cmd::SetStrategy{bytes(2000)});
  expect_refused(room, facilitator, cmd::SetStrategy{bytes(2001)}, ErrorCode::invalid_argument);
  room.run(facilitator, cmd::AddDilemma{"d", bytes(2000), {bytes(500), "b", "c"}, 3, 0});
  expect_refused(room, facilitator, cmd::AddDilemma{"d", bytes(2001), three, 3, 0},
                 ErrorCode::invalid_argument);
  expect_refused(room, facilitator, cmd::AddDilemma{"d", "", {bytes(501), "b", "c"}, 3, 0},
                 ErrorCode::invalid_argument);
  expect_refused(room, facilitator, cmd::AddDilemma{"d", "", {"a", "b"}, 2, 0},
                 ErrorCode::invalid_argument);
}

}  // namespace
}  // namespace room_limits_test
}  // namespace kring::core::testing
