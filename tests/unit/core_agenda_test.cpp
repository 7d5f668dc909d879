// The agenda clock as data: start, pause, extend, next phase, with time passed in.
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_agenda_test {
namespace {

Timer timer_of(const Event& event) { return std::get<ev::TimerChanged>(event.body).timer; }

TEST(Agenda, TimerRunsPausesExtendsAndRecordsActualTimes) {
  RoomFixture room;
  room.run(facilitator,
           cmd::SetAgenda{{Phase{"Waar staan we vandaag?", 15 * 60}, Phase{"Dilemma's", 90 * 60},
                           Phase{"Conclusie en feedback", 15 * 60}}});
  const TimeMs t0 = room.now;
  Timer timer = timer_of(room.run(facilitator, cmd::StartTimer{}));
  EXPECT_TRUE(timer.running);
  EXPECT_EQ(timer.started_at_ms, t0);

  room.now = t0 + 60'000;
  timer = timer_of(room.run(facilitator, cmd::PauseTimer{}));
  EXPECT_FALSE(timer.running);
  EXPECT_EQ(timer.elapsed_ms, 60'000);

  room.now = t0 + 120'000;  // paused time does not count
  room.run(facilitator, cmd::StartTimer{});
  timer = timer_of(room.run(facilitator, cmd::ExtendTimer{300}));
  EXPECT_EQ(timer.extended_seconds, 300u);

  room.now = t0 + 150'000;
  timer = timer_of(room.run(facilitator, cmd::NextPhase{}));
  EXPECT_EQ(timer.phase_index, 1u);
  EXPECT_EQ(timer.actual_ms, std::vector<TimeMs>{90'000});
  EXPECT_TRUE(timer.running);
  EXPECT_EQ(timer.started_at_ms, t0 + 150'000);
  EXPECT_EQ(timer.extended_seconds, 0u);

  room.now += 1000;
  room.run(facilitator, cmd::NextPhase{});
  room.now += 2000;
  timer = timer_of(room.run(facilitator, cmd::NextPhase{}));
  EXPECT_EQ(timer.phase_index, 3u);
  EXPECT_FALSE(timer.running);
  EXPECT_EQ(timer.actual_ms, (std::vector<TimeMs>{90'000, 1000, 2000}));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::NextPhase{}), ErrorCode::wrong_phase));
}

TEST(Agenda, ClockGoingBackwardsNeverMakesNegativeTime) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{Phase{"Fase", 60}}});
  room.run(facilitator, cmd::StartTimer{});
  room.now -= 5000;
  const Timer timer = timer_of(room.run(facilitator, cmd::PauseTimer{}));
  EXPECT_EQ(timer.elapsed_ms, 0);
}

TEST(Agenda, ANewAgendaBeforeTheWorkshopStartsAFreshClock) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{Phase{"A", 60}, Phase{"B", 60}}});
  room.run(facilitator, cmd::SetAgenda{{Phase{"C", 60}}});
  EXPECT_EQ(room.state.timer, Timer{});
  EXPECT_EQ(room.state.phases.size(), 1u);
}

// Once the clock has run, a new agenda changes what is still to come: the
// clock, its current phase and the run-sheet's actual times stay as they were,
// and the phases that ran keep their place.
TEST(Agenda, OnceTheClockHasRunANewAgendaKeepsItAndThePhasesThatRan) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{Phase{"A", 60}, Phase{"B", 60}, Phase{"C", 60}}});
  room.run(facilitator, cmd::StartTimer{});
  room.now += 50'000;
  room.run(facilitator, cmd::NextPhase{});
  const Timer timer = room.state.timer;

  for (const std::vector<Phase>& bad :
       {std::vector<Phase>{Phase{"C", 60}}, std::vector<Phase>{Phase{"A", 60}},
        std::vector<Phase>{Phase{"A", 60}, Phase{"X", 60}, Phase{"B", 60}}}) {
    EXPECT_TRUE(
        rejected_with(room.decide_as(facilitator, cmd::SetAgenda{bad}), ErrorCode::wrong_phase));
  }
  room.run(facilitator,
           cmd::SetAgenda{{Phase{"A", 60}, Phase{"B", 120}, Phase{"Extra", 600}, Phase{"C", 60}}});
  EXPECT_EQ(room.state.timer, timer);
  EXPECT_EQ(room.state.phases[1].planned_seconds, 120u) << "the current phase may be re-planned";
  EXPECT_EQ(room.state.phases[2].title, "Extra");
}

TEST(Agenda, ActivitiesArePlacedMovedAndTakenOut) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{Phase{"A", 60}, Phase{"B", 60}}});
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::open);
  Focus activity;
  activity.kind = FocusKind::board;
  activity.board_id = board;
  const Event placed = room.run(facilitator, cmd::PlaceActivity{activity, 1});
  EXPECT_EQ(std::get<ev::ActivityPlaced>(placed.body), (ev::ActivityPlaced{activity, 1}));
  EXPECT_EQ(room.state.phases[0].activities, std::vector<Focus>{activity});
  room.run(facilitator, cmd::PlaceActivity{activity, 2});
  EXPECT_TRUE(room.state.phases[0].activities.empty());
  EXPECT_EQ(room.state.phases[1].activities, std::vector<Focus>{activity});
  // Every role sees where activities are: the agenda is no secret.
  EXPECT_EQ(view_snapshot(room.state, Role::participant, 1).phases[1].activities,
            std::vector<Focus>{activity});
  room.run(facilitator, cmd::PlaceActivity{activity, 0});
  EXPECT_TRUE(room.state.phases[1].activities.empty());
}

TEST(Agenda, PlacingAnActivityFollowsTheRules) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{Phase{"A", 60}}});
  const BoardId board = room.add_board(BoardKind::columns, WritingMode::open);
  const Actor ans = room.join(Role::participant);
  Focus activity;
  activity.kind = FocusKind::board;
  activity.board_id = board;
  EXPECT_TRUE(
      rejected_with(room.decide_as(ans, cmd::PlaceActivity{activity, 1}), ErrorCode::forbidden));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::PlaceActivity{activity, 2}),
                            ErrorCode::not_found));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::PlaceActivity{Focus{}, 1}),
                            ErrorCode::invalid_argument));
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::PlaceActivity{activity, 0}),
                            ErrorCode::wrong_phase));
  Focus missing = activity;
  missing.board_id = board + 1;
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::PlaceActivity{missing, 1}),
                            ErrorCode::not_found));
  room.run(facilitator, cmd::PlaceActivity{activity, 1});
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::PlaceActivity{activity, 1}),
                            ErrorCode::wrong_phase));
  // A new agenda's activities must name existing things too.
  Phase with_missing{"A", 60};
  with_missing.activities = {missing};
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetAgenda{{with_missing}}),
                            ErrorCode::not_found));
}

TEST(Agenda, AnAgendaHasOneToTwentyPhases) {
  RoomFixture room;
  EXPECT_TRUE(
      rejected_with(room.decide_as(facilitator, cmd::SetAgenda{}), ErrorCode::invalid_argument));
  std::vector<Phase> phases(limits::max_phases, Phase{"Fase", 60});
  room.run(facilitator, cmd::SetAgenda{phases});
  phases.push_back(Phase{"Eén te veel", 60});
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::SetAgenda{phases}),
                            ErrorCode::invalid_argument));
  EXPECT_EQ(room.state.phases.size(), limits::max_phases);
}

TEST(Agenda, APhaseHoldsAtMostThirtyTwoActivities) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{Phase{"A", 60}}});
  for (std::size_t i = 0; i < limits::max_activities_per_phase; ++i) {
    Focus activity;
    activity.kind = FocusKind::board;
    activity.board_id = room.add_board(BoardKind::columns, WritingMode::open, false);
    room.run(facilitator, cmd::PlaceActivity{activity, 1});
  }
  Focus one_more;
  one_more.kind = FocusKind::board;
  one_more.board_id = room.add_board(BoardKind::columns, WritingMode::open, false);
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::PlaceActivity{one_more, 1}),
                            ErrorCode::limit_reached));
}

}  // namespace
}  // namespace core_agenda_test
}  // namespace kring::core::testing
