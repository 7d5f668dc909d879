// Actions in the core: made from revealed notes by the facilitator, worked out
// (SMART, owner, term, pros and cons) by the group, scored by participants on
// the seeds' criteria, ranked only when the facilitator reveals the ranking.
#include "core/limits.hpp"
#include "core/lookup.hpp"
#include "core/ranking.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_actions_test {
namespace {

constexpr Role every_role[] = {Role::facilitator, Role::participant, Role::board_member,
                               Role::projector};

// A circle-of-influence board with one revealed note in "partly changeable"
// (zone 2), and a private-first board not yet revealed with one note on it.
struct ActionRoom {
  RoomFixture room;
  Actor ans = room.join(Role::participant, "Ans");
  Actor bas = room.join(Role::participant, "Bas");
  Actor dirk = room.join(Role::board_member, "Dirk");
  BoardId circles = room.add_board(BoardKind::circles, WritingMode::private_first);
  NoteId revealed = 0;
  NoteId hidden = 0;

  ActionRoom() {
    revealed = room.add_note(ans, circles, "Vaste overlegtijd", secret('a'), 2);
    room.run(facilitator, cmd::RevealBoard{circles, true});
    const BoardId unrevealed = room.add_board(BoardKind::columns, WritingMode::private_first);
    hidden = room.add_note(bas, unrevealed, "nog niet te zien", secret('b'), 1);
  }

  ActionId create(Action action) {
    const Event saved = room.run(facilitator, cmd::SaveAction{0, std::move(action)});
    return std::get<ev::ActionSaved>(saved.body).action.id;
  }
  ActionId create_titled(const std::string& title) {
    Action action;
    action.title = title;
    return create(action);
  }
};

Action from_note(NoteId note) {
  Action action;
  action.note_id = note;
  return action;
}

TEST(Actions, FromANoteTakeItsTextAndItsCircle) {
  ActionRoom r;
  const Event saved = r.room.run(facilitator, cmd::SaveAction{0, from_note(r.revealed)});
  const Action& action = std::get<ev::ActionSaved>(saved.body).action;
  EXPECT_EQ(action.id, 1u);
  EXPECT_EQ(created_id_of(saved), 1u);
  EXPECT_EQ(action.title, "Vaste overlegtijd");
  EXPECT_EQ(action.note_id, r.revealed);
  EXPECT_EQ(action.circle_zone, 2u);
  EXPECT_EQ(action.term, ActionTerm::short_term);

  // A title and zone given by the facilitator win over the note's.
  Action named = from_note(r.revealed);
  named.title = "Overleg op dinsdag";
  named.circle_zone = 1;
  const ActionId second = r.create(named);
  EXPECT_EQ(find_action(r.room.state, second)->action.title, "Overleg op dinsdag");
  EXPECT_EQ(find_action(r.room.state, second)->action.circle_zone, 1u);
}

TEST(Actions, AHiddenNoteIsNotFoundEvenForTheFacilitator) {
  ActionRoom r;
  EXPECT_TRUE(rejected_with(r.room.decide_as(facilitator, cmd::SaveAction{0, from_note(r.hidden)}),
                            ErrorCode::not_found));
  EXPECT_TRUE(rejected_with(r.room.decide_as(facilitator, cmd::SaveAction{0, from_note(999)}),
                            ErrorCode::not_found));
  EXPECT_TRUE(r.room.state.actions.empty());
}

TEST(Actions, OnlyTheFacilitatorMakesAndRemovesOnlyParticipantsScore) {
  ActionRoom r;
  const ActionId id = r.create_titled("Spreekuur");
  Action action;
  action.title = "Nieuw";
  for (const Actor& actor : {r.ans, r.dirk, Actor{Role::projector, 0, {}}}) {
    EXPECT_TRUE(
        rejected_with(r.room.decide_as(actor, cmd::SaveAction{0, action}), ErrorCode::forbidden));
    EXPECT_TRUE(
        rejected_with(r.room.decide_as(actor, cmd::RemoveAction{id}), ErrorCode::forbidden));
    EXPECT_TRUE(rejected_with(r.room.decide_as(actor, cmd::RevealRanking{}), ErrorCode::forbidden));
  }
  const CriteriaScores scores{3, 3, 3, 2, 3};
  for (const Actor& actor : {facilitator, r.dirk, Actor{Role::projector, 0, {}}}) {
    EXPECT_TRUE(
        rejected_with(r.room.decide_as(actor, cmd::ScoreAction{id, scores}), ErrorCode::forbidden));
  }
  // Editing is the group's work: participants and the facilitator, not the board.
  EXPECT_TRUE(
      rejected_with(r.room.decide_as(r.dirk, cmd::SaveAction{id, action}), ErrorCode::forbidden));
  EXPECT_TRUE(
      std::holds_alternative<Accepted>(r.room.decide_as(r.ans, cmd::SaveAction{id, action})));
}

TEST(Actions, AParticipantFillsInTheSmartFieldsButNotWhereItCameFrom) {
  ActionRoom r;
  const ActionId id = r.create(from_note(r.revealed));
  Action edit;
  edit.note_id = 12345;  // ignored: the origin does not change
  edit.title = "Vaste overlegtijd op dinsdag";
  edit.goal = "minder losse vragen";
  edit.target_group = "het team";
  edit.specific = "dinsdag 10-11 uur";
  edit.measurable = "aantal vragen buiten het overleg";
  edit.acceptable = "team stemt in";
  edit.realistic = "een uur per week";
  edit.deadline = "2027-03-01";
  edit.owner = "teamleider";
  edit.term = ActionTerm::long_term;
  edit.pros = {"rust", "overzicht"};
  edit.cons = {"minder flexibel"};
  edit.circle_zone = 1;
  r.room.run(r.ans, cmd::SaveAction{id, edit});
  Action expected = edit;
  expected.id = id;
  expected.note_id = r.revealed;
  EXPECT_EQ(find_action(r.room.state, id)->action, expected);
  EXPECT_EQ(r.room.state.actions.size(), 1u);  // edited, not added
}

struct BadActionCase {
  const char* name;
  void (*spoil)(Action&);
};

TEST(Actions, EveryBadFieldIsRejectedAndChangesNothing) {
  const BadActionCase cases[] = {
      {"empty title", [](Action& a) { a.title.clear(); }},
      {"title too long", [](Action& a) { a.title.assign(limits::max_note_text_bytes + 1, 'x'); }},
      {"goal too long", [](Action& a) { a.goal.assign(limits::max_action_field_bytes + 1, 'x'); }},
      {"specific not UTF-8", [](Action& a) { a.specific = "\xC3\x28"; }},
      {"owner too long",
       [](Action& a) { a.owner.assign(limits::max_action_owner_bytes + 1, 'x'); }},
      {"deadline not a date", [](Action& a) { a.deadline = "1 maart"; }},
      {"deadline month 13", [](Action& a) { a.deadline = "2027-13-01"; }},
      {"deadline day 00", [](Action& a) { a.deadline = "2027-01-00"; }},
      {"too many pros", [](Action& a) { a.pros.assign(limits::max_pros_or_cons + 1, "ja"); }},
      {"con too long",
       [](Action& a) { a.cons = {std::string(limits::max_pro_or_con_bytes + 1, 'x')}; }},
      {"circle zone 4", [](Action& a) { a.circle_zone = 4; }},
  };
  for (const BadActionCase& c : cases) {
    SCOPED_TRACE(c.name);
    ActionRoom r;
    const ActionId id = r.create_titled("Spreekuur");
    const RoomState before = r.room.state;
    Action bad;
    bad.title = "Spreekuur";
    c.spoil(bad);
    EXPECT_TRUE(rejected_with(r.room.decide_as(facilitator, cmd::SaveAction{0, bad}),
                              ErrorCode::invalid_argument));
    EXPECT_TRUE(rejected_with(r.room.decide_as(r.ans, cmd::SaveAction{id, bad}),
                              ErrorCode::invalid_argument));
    EXPECT_EQ(r.room.state.actions.size(), before.actions.size());
    EXPECT_EQ(r.room.state.actions[0].action, before.actions[0].action);
  }
}

TEST(Actions, ScoresOutsideTheirScaleAreRejected) {
  ActionRoom r;
  const ActionId id = r.create_titled("Spreekuur");
  const CriteriaScores bad[] = {
      {0, 3, 3, 2, 3}, {6, 3, 3, 2, 3}, {3, 0, 3, 2, 3}, {3, 3, 6, 2, 3},
      {3, 3, 3, 0, 3}, {3, 3, 3, 4, 3}, {3, 3, 3, 2, 0}, {3, 3, 3, 2, 6},
  };
  for (const CriteriaScores& scores : bad) {
    EXPECT_TRUE(rejected_with(r.room.decide_as(r.ans, cmd::ScoreAction{id, scores}),
                              ErrorCode::invalid_argument));
  }
  EXPECT_TRUE(rejected_with(r.room.decide_as(r.ans, cmd::ScoreAction{id + 1, {1, 1, 1, 1, 1}}),
                            ErrorCode::not_found));
  EXPECT_TRUE(r.room.state.actions[0].scores.empty());
}

TEST(Actions, EveryDeviceSeesOnlyHowManyScoredUntilTheRankingIsRevealed) {
  ActionRoom r;
  const ActionId id = r.create_titled("Spreekuur");
  r.room.run(r.ans, cmd::ScoreAction{id, {5, 5, 5, 3, 5}});
  const Event again = r.room.run(r.ans, cmd::ScoreAction{id, {4, 4, 4, 3, 4}});  // replaces
  for (Role role : every_role) {
    SCOPED_TRACE(static_cast<int>(role));
    const auto seen = view_event(r.room.state, again, role);
    ASSERT_TRUE(std::holds_alternative<view::ActionScoreProgress>(seen));
    EXPECT_EQ(std::get<view::ActionScoreProgress>(seen), (view::ActionScoreProgress{id, 1}));
    const Snapshot snapshot = view_snapshot(r.room.state, role, 1);
    ASSERT_EQ(snapshot.actions.size(), 1u);
    EXPECT_EQ(snapshot.actions[0].scorers, 1u);
    EXPECT_TRUE(snapshot.ranking.empty());
  }
  const Event revealed = r.room.run(facilitator, cmd::RevealRanking{});
  const auto& entries = std::get<ev::RankingRevealed>(revealed.body).entries;
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0], (RankingEntry{id, 1, CriteriaScores{4, 4, 4, 3, 4}}));
  for (Role role : every_role) {
    EXPECT_EQ(view_event(r.room.state, revealed, role),
              view::Body{std::get<ev::RankingRevealed>(revealed.body)});
    EXPECT_EQ(view_snapshot(r.room.state, role, 1).ranking, entries);
  }
  // A score after the reveal stays out of the published ranking until the next one.
  r.room.run(r.bas, cmd::ScoreAction{id, {1, 1, 1, 1, 1}});
  EXPECT_EQ(view_snapshot(r.room.state, Role::projector, 1).ranking, entries);
}

TEST(Actions, TheRankingOrdersByMeanTotalThenScorersThenAge) {
  ActionRoom r;
  const Actor cor = r.room.join(Role::participant, "Cor");
  const ActionId low = r.create_titled("laag");
  const ActionId high_one = r.create_titled("hoog, een scorer");
  const ActionId high_two = r.create_titled("hoog, twee scorers");
  const ActionId unscored = r.create_titled("niet gescoord");
  const ActionId removed = r.create_titled("weg");
  const ActionId tie_old = r.create_titled("gelijk, ouder");
  const ActionId tie_new = r.create_titled("gelijk, nieuwer");
  r.room.run(r.ans, cmd::ScoreAction{low, {1, 1, 1, 1, 1}});       // 5
  r.room.run(r.ans, cmd::ScoreAction{high_one, {5, 5, 5, 3, 5}});  // 25
  r.room.run(r.ans, cmd::ScoreAction{high_two, {5, 5, 5, 3, 5}});  // 25
  r.room.run(r.bas, cmd::ScoreAction{high_two, {5, 5, 5, 3, 5}});  // 25
  r.room.run(cor, cmd::ScoreAction{removed, {5, 5, 5, 3, 5}});
  r.room.run(r.ans, cmd::ScoreAction{tie_old, {3, 3, 3, 2, 3}});  // 15
  r.room.run(r.ans, cmd::ScoreAction{tie_new, {4, 2, 3, 2, 3}});  // 15
  r.room.run(facilitator, cmd::RemoveAction{removed});
  const Event revealed = r.room.run(facilitator, cmd::RevealRanking{});
  std::vector<ActionId> order;
  for (const RankingEntry& e : std::get<ev::RankingRevealed>(revealed.body).entries) {
    order.push_back(e.action_id);
  }
  EXPECT_EQ(order, (std::vector<ActionId>{high_two, high_one, tie_old, tie_new, low, unscored}));
}

TEST(Actions, TheReachTermCountsSmallMediumLargeAsOneThreeFive) {
  EXPECT_EQ(criteria_total({1, 1, 1, 1, 1}), 5u);
  EXPECT_EQ(criteria_total({1, 1, 1, 2, 1}), 7u);
  EXPECT_EQ(criteria_total({5, 5, 5, 3, 5}), 25u);
  // Summed over two scorers (reach 1 and 3): (2 * 4 - 2) = 6 = 1 + 5.
  EXPECT_EQ(entry_total(RankingEntry{1, 2, {2, 2, 2, 4, 2}}), 14u);
}

TEST(Actions, ARemovedActionIsGoneForEveryCommandAndEveryView) {
  ActionRoom r;
  const ActionId id = r.create_titled("Spreekuur");
  r.room.run(r.ans, cmd::ScoreAction{id, {3, 3, 3, 2, 3}});
  const Event removed = r.room.run(facilitator, cmd::RemoveAction{id});
  EXPECT_EQ(view_event(r.room.state, removed, Role::participant),
            view::Body{ev::ActionRemoved{id}});
  Action edit;
  edit.title = "terug";
  EXPECT_TRUE(
      rejected_with(r.room.decide_as(r.ans, cmd::SaveAction{id, edit}), ErrorCode::not_found));
  EXPECT_TRUE(rejected_with(r.room.decide_as(r.ans, cmd::ScoreAction{id, {3, 3, 3, 2, 3}}),
                            ErrorCode::not_found));
  EXPECT_TRUE(
      rejected_with(r.room.decide_as(facilitator, cmd::RemoveAction{id}), ErrorCode::not_found));
  for (Role role : every_role) EXPECT_TRUE(view_snapshot(r.room.state, role, 1).actions.empty());
  // Ids are never reused.
  EXPECT_EQ(r.create_titled("nieuw"), id + 1);
}

TEST(Actions, TheRoomHoldsABoundedNumberOfActions) {
  ActionRoom r;
  for (std::size_t i = 0; i < limits::max_actions; ++i) r.create_titled("actie");
  Action one_more;
  one_more.title = "te veel";
  EXPECT_TRUE(rejected_with(r.room.decide_as(facilitator, cmd::SaveAction{0, one_more}),
                            ErrorCode::limit_reached));
}

}  // namespace
}  // namespace core_actions_test
}  // namespace kring::core::testing
