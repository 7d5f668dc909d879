// Table: state + command -> rejection. Every row also checks that the state is
// untouched (same seq, same snapshot), i.e. a rejected command changes nothing.
#include <functional>

#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_rejections_test {
namespace {

struct Fixture {
  Actor participant;
  Actor board_member;
  BoardId open_board = 0;
  BoardId closed_board = 0;
  BoardId private_board = 0;
  NoteId visible_note = 0;
  NoteId hidden_note = 0;
  VoteId poll = 0;
  VoteId secret_board_vote = 0;
  VoteId closed_vote = 0;
  DilemmaId dilemma = 0;
};

struct Row {
  const char* name;
  std::function<Actor(const Fixture&)> actor;
  std::function<cmd::Body(const Fixture&)> command;
  ErrorCode expected;
};

std::vector<std::string> three_scenarios() { return {"een", "twee", "drie"}; }

Fixture build(RoomFixture& room) {
  Fixture s;
  s.participant = room.join(Role::participant, "Ans");
  s.board_member = room.join(Role::board_member, "Bert");
  s.open_board = room.add_board(BoardKind::columns, WritingMode::open);
  s.closed_board = room.add_board(BoardKind::circles, WritingMode::open, /*open_writing=*/false);
  s.private_board = room.add_board(BoardKind::columns, WritingMode::private_first);
  s.visible_note = room.add_note(s.participant, s.open_board, "zichtbaar", secret('v'));
  s.hidden_note = room.add_note(s.participant, s.private_board, "verborgen", secret('h'));
  s.poll = room.open_vote(VoteAudience::participants, BallotMode::open_cards);
  s.secret_board_vote = room.open_vote(VoteAudience::board, BallotMode::secret);
  s.closed_vote = room.open_vote(VoteAudience::participants, BallotMode::open_cards);
  room.run(facilitator, cmd::CloseVote{s.closed_vote});
  room.run(s.board_member, cmd::CastVote{s.secret_board_vote, 1});
  room.run(s.participant, cmd::SubmitProposal{"Voorstel", "", {}});
  s.dilemma =
      std::get<ev::DilemmaAdded>(
          room.run(facilitator, cmd::AddDilemma{"Dilemma", "", three_scenarios(), 3, 0}).body)
          .dilemma.id;
  return s;
}

Actor as_facilitator(const Fixture&) { return facilitator; }
Actor as_participant(const Fixture& s) { return s.participant; }
Actor as_board(const Fixture& s) { return s.board_member; }
Actor as_projector(const Fixture&) { return projector; }

const std::vector<Row> rows = {
    // Roles.
    {"participant cannot reveal", as_participant,
     [](const Fixture& s) {
       return cmd::RevealBoard{s.private_board, true};
     },
     ErrorCode::forbidden},
    {"projector cannot write", as_projector,
     [](const Fixture& s) {
       return cmd::AddNote{s.open_board, 1, "x", secret('p')};
     },
     ErrorCode::forbidden},
    {"board member cannot write", as_board,
     [](const Fixture& s) {
       return cmd::AddNote{s.open_board, 1, "x", secret('p')};
     },
     ErrorCode::forbidden},
    {"participant cannot add board", as_participant,
     [](const Fixture&) {
       return cmd::AddBoard{"b", BoardKind::circles, WritingMode::open, {}, {}, false};
     },
     ErrorCode::forbidden},
    {"participant cannot run timer", as_participant,
     [](const Fixture&) { return cmd::StartTimer{}; }, ErrorCode::forbidden},
    {"participant cannot open vote", as_participant,
     [](const Fixture&) {
       return cmd::OpenVote{"v", VoteAudience::board, BallotMode::secret, {"a", "b"}};
     },
     ErrorCode::forbidden},
    {"participant cannot remove note", as_participant,
     [](const Fixture& s) { return cmd::RemoveNote{s.visible_note}; }, ErrorCode::forbidden},
    {"facilitator cannot vote", as_facilitator,
     [](const Fixture& s) {
       return cmd::CastVote{s.poll, 1};
     },
     ErrorCode::forbidden},
    {"board member cannot vote in poll", as_board,
     [](const Fixture& s) {
       return cmd::CastVote{s.poll, 1};
     },
     ErrorCode::forbidden},
    {"participant cannot vote on board", as_participant,
     [](const Fixture& s) {
       return cmd::CastVote{s.secret_board_vote, 1};
     },
     ErrorCode::forbidden},
    {"participant cannot move on fixed board", as_participant,
     [](const Fixture& s) {
       return cmd::MoveNote{s.visible_note, 2, ""};
     },
     ErrorCode::forbidden},
    // Phases.
    {"note on closed board", as_participant,
     [](const Fixture& s) {
       return cmd::AddNote{s.closed_board, 0, "x", secret('c')};
     },
     ErrorCode::wrong_phase},
    {"vote on closed vote", as_participant,
     [](const Fixture& s) {
       return cmd::CastVote{s.closed_vote, 1};
     },
     ErrorCode::wrong_phase},
    {"reveal open board", as_facilitator,
     [](const Fixture& s) {
       return cmd::RevealBoard{s.open_board, true};
     },
     ErrorCode::wrong_phase},
    {"close closed vote", as_facilitator,
     [](const Fixture& s) { return cmd::CloseVote{s.closed_vote}; }, ErrorCode::wrong_phase},
    {"pause stopped timer", as_facilitator, [](const Fixture&) { return cmd::PauseTimer{}; },
     ErrorCode::wrong_phase},
    {"start timer without agenda", as_facilitator, [](const Fixture&) { return cmd::StartTimer{}; },
     ErrorCode::wrong_phase},
    {"open writing twice", as_facilitator,
     [](const Fixture& s) {
       return cmd::SetWriting{s.open_board, true};
     },
     ErrorCode::wrong_phase},
    // Unknown references.
    {"unknown board", as_participant,
     [](const Fixture&) {
       return cmd::AddNote{999, 1, "x", secret('u')};
     },
     ErrorCode::not_found},
    {"unknown zone", as_participant,
     [](const Fixture& s) {
       return cmd::AddNote{s.open_board, 99, "x", secret('u')};
     },
     ErrorCode::not_found},
    {"unknown note", as_facilitator, [](const Fixture&) { return cmd::RemoveNote{12345}; },
     ErrorCode::not_found},
    {"unknown vote", as_participant,
     [](const Fixture&) {
       return cmd::CastVote{77, 1};
     },
     ErrorCode::not_found},
    {"unknown option", as_participant,
     [](const Fixture& s) {
       return cmd::CastVote{s.poll, 9};
     },
     ErrorCode::not_found},
    {"hidden note is not found by others", as_facilitator,
     [](const Fixture& s) {
       return cmd::MoveNote{s.hidden_note, 2, ""};
     },
     ErrorCode::not_found},
    {"hidden note with wrong secret looks missing", as_participant,
     [](const Fixture& s) {
       return cmd::EditNote{s.hidden_note, "y", secret('z')};
     },
     ErrorCode::not_found},
    // Bounds.
    {"empty note", as_participant,
     [](const Fixture& s) {
       return cmd::AddNote{s.open_board, 1, "  \n", secret('e')};
     },
     ErrorCode::invalid_argument},
    {"note too long", as_participant,
     [](const Fixture& s) {
       return cmd::AddNote{s.open_board, 1, std::string(1001, 'a'), secret('l')};
     },
     ErrorCode::invalid_argument},
    {"note not utf-8", as_participant,
     [](const Fixture& s) {
       return cmd::AddNote{s.open_board, 1, "\xff\xfe", secret('l')};
     },
     ErrorCode::invalid_argument},
    {"short note secret", as_participant,
     [](const Fixture& s) {
       return cmd::AddNote{s.open_board, 1, "x", "short"};
     },
     ErrorCode::invalid_argument},
    {"reused note secret", as_participant,
     [](const Fixture& s) {
       return cmd::AddNote{s.open_board, 1, "x", secret('v')};
     },
     ErrorCode::invalid_argument},
    {"vote with one option", as_facilitator,
     [](const Fixture&) {
       return cmd::OpenVote{"v", VoteAudience::board, BallotMode::secret, {"a"}};
     },
     ErrorCode::invalid_argument},
    {"empty agenda", as_facilitator, [](const Fixture&) { return cmd::SetAgenda{}; },
     ErrorCode::invalid_argument},
    {"zero-length phase", as_facilitator,
     [](const Fixture&) {
       return cmd::SetAgenda{{Phase{"Dilemma's", 0}}};
     },
     ErrorCode::invalid_argument},
    {"columns board without columns", as_facilitator,
     [](const Fixture&) {
       return cmd::AddBoard{"b", BoardKind::columns, WritingMode::open, {}, {}, false};
     },
     ErrorCode::invalid_argument},
    {"move to same zone", as_facilitator,
     [](const Fixture& s) {
       return cmd::MoveNote{s.visible_note, 1, ""};
     },
     ErrorCode::invalid_argument},
    // Secrets.
    {"edit with wrong secret", as_participant,
     [](const Fixture& s) {
       return cmd::EditNote{s.visible_note, "y", secret('w')};
     },
     ErrorCode::bad_secret},
    // The method.
    {"participant cannot set the strategy", as_participant,
     [](const Fixture&) { return cmd::SetStrategy{"x"}; }, ErrorCode::forbidden},
    {"participant cannot add a dilemma", as_participant,
     [](const Fixture&) {
       return cmd::AddDilemma{"d", "", three_scenarios(), 0, 0};
     },
     ErrorCode::forbidden},
    {"board member cannot send in a dilemma", as_board,
     [](const Fixture&) {
       return cmd::SubmitProposal{"d", "", {}};
     },
     ErrorCode::forbidden},
    {"projector cannot send in a dilemma", as_projector,
     [](const Fixture&) {
       return cmd::SubmitProposal{"d", "", {}};
     },
     ErrorCode::forbidden},
    {"participant cannot record an outcome", as_participant,
     [](const Fixture& s) {
       return cmd::RecordOutcome{s.dilemma, DilemmaOutcome::consensus, 1};
     },
     ErrorCode::forbidden},
    {"participant cannot show the marks", as_participant,
     [](const Fixture&) { return cmd::ShowStrategyMarks{}; }, ErrorCode::forbidden},
    {"dilemma with two scenarios", as_facilitator,
     [](const Fixture&) {
       return cmd::AddDilemma{"d", "", {"a", "b"}, 0, 0};
     },
     ErrorCode::invalid_argument},
    {"dilemma with four scenarios", as_facilitator,
     [](const Fixture&) {
       return cmd::AddDilemma{"d", "", {"a", "b", "c", "d"}, 0, 0};
     },
     ErrorCode::invalid_argument},
    {"dilemma with an empty scenario", as_facilitator,
     [](const Fixture&) {
       return cmd::AddDilemma{"d", "", {"a", " ", "c"}, 0, 0};
     },
     ErrorCode::invalid_argument},
    {"strategy mark beyond three", as_facilitator,
     [](const Fixture&) {
       return cmd::AddDilemma{"d", "", three_scenarios(), 4, 0};
     },
     ErrorCode::invalid_argument},
    {"strategy too long", as_facilitator,
     [](const Fixture&) { return cmd::SetStrategy{std::string(2001, 's')}; },
     ErrorCode::invalid_argument},
    {"dilemma from an unknown proposal", as_facilitator,
     [](const Fixture&) {
       return cmd::AddDilemma{"d", "", three_scenarios(), 0, 9};
     },
     ErrorCode::not_found},
    {"outcome of an unknown dilemma", as_facilitator,
     [](const Fixture&) {
       return cmd::RecordOutcome{99, DilemmaOutcome::no_consensus, 0};
     },
     ErrorCode::not_found},
    {"consensus without a scenario", as_facilitator,
     [](const Fixture& s) {
       return cmd::RecordOutcome{s.dilemma, DilemmaOutcome::consensus, 0};
     },
     ErrorCode::invalid_argument},
    {"no consensus naming a scenario", as_facilitator,
     [](const Fixture& s) {
       return cmd::RecordOutcome{s.dilemma, DilemmaOutcome::no_consensus, 2};
     },
     ErrorCode::invalid_argument},
    {"dilemma poll with its own options", as_facilitator,
     [](const Fixture& s) {
       return cmd::OpenVote{
           "", VoteAudience::participants, BallotMode::secret, {"a", "b"}, s.dilemma};
     },
     ErrorCode::invalid_argument},
    {"dilemma poll for the board", as_facilitator,
     [](const Fixture& s) {
       return cmd::OpenVote{"", VoteAudience::board, BallotMode::secret, {}, s.dilemma};
     },
     ErrorCode::invalid_argument},
    {"poll on an unknown dilemma", as_facilitator,
     [](const Fixture&) {
       return cmd::OpenVote{"", VoteAudience::participants, BallotMode::secret, {}, 42};
     },
     ErrorCode::not_found},
    {"send in an empty dilemma", as_participant,
     [](const Fixture&) {
       return cmd::SubmitProposal{"", "", {}};
     },
     ErrorCode::invalid_argument},
    {"dismiss an unknown proposal", as_facilitator,
     [](const Fixture&) { return cmd::DismissProposal{5}; }, ErrorCode::not_found},
};

class Rejections : public ::testing::TestWithParam<Row> {};

TEST_P(Rejections, RejectsAndChangesNothing) {
  RoomFixture room;
  const Fixture setup = build(room);
  const Row& row = GetParam();
  const Snapshot before = view_snapshot(room.state, Role::facilitator, 1);
  const Decision decision = room.decide_as(row.actor(setup), row.command(setup));
  ASSERT_TRUE(std::holds_alternative<Rejection>(decision)) << row.name;
  EXPECT_EQ(std::get<Rejection>(decision).code, row.expected) << row.name;
  EXPECT_EQ(view_snapshot(room.state, Role::facilitator, 1), before);
}

INSTANTIATE_TEST_SUITE_P(Core, Rejections, ::testing::ValuesIn(rows),
                         [](const ::testing::TestParamInfo<Row>& param_info) {
                           std::string name = param_info.param.name;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(Rejections, MissingIdempotencyKey) {
  RoomFixture room;
  const BoardId board = room.add_board(BoardKind::circles, WritingMode::open);
  const Decision decision = decide(
      room.state, Command{"", cmd::AddNote{board, 0, "x", secret('k')}}, facilitator, room.now, 1);
  EXPECT_TRUE(rejected_with(decision, ErrorCode::missing_idempotency_key));
}

TEST(Rejections, CommandBeforeRoomExists) {
  RoomState empty;
  const Decision decision =
      decide(empty, Command{std::string(16, 'k'), cmd::StartTimer{}}, facilitator, 0, 1);
  EXPECT_TRUE(rejected_with(decision, ErrorCode::room_not_found));
}

}  // namespace
}  // namespace core_rejections_test
}  // namespace kring::core::testing
