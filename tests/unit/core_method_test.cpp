// The small-choices method in the core: strategy, anonymous intake, dilemmas
// with exactly three scenarios, the strategy mark that only the facilitator
// sees until it is shown, the group poll on the scenarios, and the outcome.
#include "core/lookup.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_method_test {
namespace {

const std::vector<std::string> scenarios = {"Nooit", "Als het in de planning past", "Altijd"};

cmd::AddDilemma dilemma_command(std::uint32_t mark = 3, ProposalId proposal = 0) {
  return cmd::AddDilemma{"Dubbel glas bij schilderwerk?", "De opdrachtgever weigert", scenarios,
                         mark, proposal};
}

const std::vector<Role> non_facilitators = {Role::participant, Role::board_member, Role::projector};

TEST(Method, StrategyIsSetAndClearedForEverybody) {
  RoomFixture room;
  const Event set = room.run(facilitator, cmd::SetStrategy{"Betaalbaar en dichtbij"});
  EXPECT_EQ(room.state.strategy, "Betaalbaar en dichtbij");
  for (Role role : non_facilitators) {
    EXPECT_EQ(std::get<ev::StrategySet>(view_event(room.state, set, role)).text,
              "Betaalbaar en dichtbij");
    EXPECT_EQ(view_snapshot(room.state, role, 1).strategy, "Betaalbaar en dichtbij");
  }
  room.run(facilitator, cmd::SetStrategy{""});
  EXPECT_EQ(room.state.strategy, "");
}

TEST(Method, DilemmaComesWithItsScenarioPromptBoard) {
  RoomFixture room;
  const Event added = room.run(facilitator, dilemma_command());
  ASSERT_EQ(room.state.dilemmas.size(), 1u);
  const Dilemma& dilemma = room.state.dilemmas[0];
  EXPECT_EQ(dilemma.id, 1u);
  EXPECT_EQ(dilemma.scenarios, scenarios);
  EXPECT_EQ(dilemma.outcome, DilemmaOutcome::open);
  const Board* board = find_board(room.state, dilemma.board_id);
  ASSERT_NE(board, nullptr);
  EXPECT_EQ(board->kind, BoardKind::matrix);
  EXPECT_EQ(board->row_labels,
            (std::vector<std::string>{"scenario_1", "scenario_2", "scenario_3"}));
  EXPECT_EQ(board->column_labels,
            (std::vector<std::string>{"prompt_my_work", "prompt_opportunities", "prompt_hard"}));
  EXPECT_EQ(board->zones.size(), 9u);
  EXPECT_EQ(created_id_of(added), 1u);
  // Notes go on it like on any board once writing opens.
  room.run(facilitator, cmd::SetWriting{dilemma.board_id, true});
  const Actor anna = room.join(Role::participant, "Anna");
  room.add_note(anna, dilemma.board_id, "Meer werk, minder klachten", secret('n'), 8);
}

TEST(Method, StrategyMarkIsTheFacilitatorsUntilShown) {
  RoomFixture room;
  const Event added = room.run(facilitator, dilemma_command(3));
  EXPECT_EQ(std::get<view::DilemmaAdded>(view_event(room.state, added, Role::facilitator))
                .dilemma.strategy_scenario,
            3u);
  EXPECT_EQ(view_snapshot(room.state, Role::facilitator, 1).dilemmas.at(0).strategy_scenario, 3u);
  for (Role role : non_facilitators) {
    const auto seen = std::get<view::DilemmaAdded>(view_event(room.state, added, role));
    EXPECT_EQ(seen.dilemma.strategy_scenario, 0u) << static_cast<int>(role);
    EXPECT_EQ(seen.dilemma.scenarios, scenarios);
    EXPECT_EQ(view_snapshot(room.state, role, 1).dilemmas.at(0).strategy_scenario, 0u);
  }
  const Event edited =
      room.run(facilitator, cmd::EditDilemma{1, "Dubbel glas?", "", {"a", "b", "c"}, 2});
  EXPECT_EQ(std::get<ev::DilemmaEdited>(view_event(room.state, edited, Role::projector))
                .dilemma.strategy_scenario,
            0u);

  const Event shown = room.run(facilitator, cmd::ShowStrategyMarks{});
  for (Role role : non_facilitators) {
    const auto marks = std::get<view::StrategyMarksShown>(view_event(room.state, shown, role));
    EXPECT_EQ(marks.marks, (std::vector<view::StrategyMark>{{1, 2}}));
    EXPECT_EQ(view_snapshot(room.state, role, 1).dilemmas.at(0).strategy_scenario, 2u);
    EXPECT_TRUE(view_snapshot(room.state, role, 1).strategy_marks_shown);
  }
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::ShowStrategyMarks{}), ErrorCode::wrong_phase));
}

TEST(Method, PollOnTheScenariosThenOutcome) {
  RoomFixture room;
  const Actor anna = room.join(Role::participant, "Anna");
  const Actor bram = room.join(Role::participant, "Bram");
  room.run(facilitator, dilemma_command());
  const Event opened = room.run(
      facilitator, cmd::OpenVote{"", VoteAudience::participants, BallotMode::open_cards, {}, 1});
  const Vote& poll = std::get<ev::VoteOpened>(opened.body).vote;
  EXPECT_EQ(poll.dilemma_id, 1u);
  EXPECT_EQ(poll.title, "Dubbel glas bij schilderwerk?");
  ASSERT_EQ(poll.options.size(), 3u);
  EXPECT_EQ(poll.options[2].label, "Altijd");
  EXPECT_EQ(room.state.dilemmas[0].poll_id, poll.id);
  // Polled scenarios are what people voted on: they no longer change.
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::EditDilemma{1, "x", "", scenarios, 1}),
                            ErrorCode::wrong_phase));
  // One open poll per dilemma at a time.
  EXPECT_TRUE(rejected_with(
      room.decide_as(facilitator,
                     cmd::OpenVote{"", VoteAudience::participants, BallotMode::secret, {}, 1}),
      ErrorCode::wrong_phase));

  room.run(anna, cmd::CastVote{poll.id, 3});
  room.run(bram, cmd::CastVote{poll.id, 3});
  room.run(facilitator, cmd::RevealVote{poll.id});
  EXPECT_EQ(room.state.votes[poll.id - 1].result->tally[2].count, 2u);

  const Event outcome = room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::consensus, 3});
  EXPECT_EQ(std::get<ev::OutcomeRecorded>(view_event(room.state, outcome, Role::participant)),
            (ev::OutcomeRecorded{1, DilemmaOutcome::consensus, 3}));
  EXPECT_EQ(room.state.dilemmas[0].outcome, DilemmaOutcome::consensus);
  EXPECT_EQ(room.state.dilemmas[0].chosen_scenario, 3u);
  // The facilitator may correct it; no consensus names no scenario.
  room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::no_consensus, 0});
  EXPECT_EQ(room.state.dilemmas[0].chosen_scenario, 0u);
  // A revealed poll may be followed by a second round.
  room.run(facilitator,
           cmd::OpenVote{"Tweede ronde", VoteAudience::participants, BallotMode::secret, {}, 1});
  EXPECT_EQ(room.state.dilemmas[0].poll_id, 2u);
}

TEST(Method, IntakeIsAnonymousAndOnlyTheFacilitatorSeesIt) {
  RoomFixture room;
  const Actor anna = room.join(Role::participant, "Anna");
  const Event sent =
      room.run(anna, cmd::SubmitProposal{"Mag de postbode een praatje maken?", "", {"nee"}});
  const Proposal& proposal = std::get<ev::ProposalSubmitted>(sent.body).proposal;
  EXPECT_EQ(proposal.id, 1u);
  EXPECT_EQ(created_id_of(sent), 1u);
  // Nothing in the event or the state ties it to Anna: the record has no member field
  // at all, and the event body is the proposal alone.
  EXPECT_EQ(room.state.proposals.at(0), proposal);
  EXPECT_EQ(std::get<ev::ProposalSubmitted>(view_event(room.state, sent, Role::facilitator))
                .proposal.title,
            "Mag de postbode een praatje maken?");
  for (Role role : non_facilitators) {
    EXPECT_TRUE(std::holds_alternative<view::Sealed>(view_event(room.state, sent, role)));
    EXPECT_TRUE(view_snapshot(room.state, role, 1).proposals.empty());
  }
  EXPECT_EQ(view_snapshot(room.state, Role::facilitator, 1).proposals.size(), 1u);

  // Adopted into a dilemma: the proposal is curated, the link is the facilitator's.
  const Event adopted = room.run(facilitator, dilemma_command(3, 1));
  EXPECT_EQ(room.state.proposals[0].status, ProposalStatus::adopted);
  EXPECT_EQ(std::get<view::DilemmaAdded>(view_event(room.state, adopted, Role::participant))
                .dilemma.proposal_id,
            0u);
  EXPECT_EQ(std::get<view::DilemmaAdded>(view_event(room.state, adopted, Role::facilitator))
                .dilemma.proposal_id,
            1u);
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, dilemma_command(3, 1)), ErrorCode::wrong_phase));
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::DismissProposal{1}), ErrorCode::wrong_phase));

  room.run(anna, cmd::SubmitProposal{"Tweede", "", {}});
  const Event dismissed = room.run(facilitator, cmd::DismissProposal{2});
  EXPECT_EQ(room.state.proposals[1].status, ProposalStatus::dismissed);
  EXPECT_TRUE(
      std::holds_alternative<view::Sealed>(view_event(room.state, dismissed, Role::projector)));
}

}  // namespace
}  // namespace core_method_test
}  // namespace kring::core::testing
