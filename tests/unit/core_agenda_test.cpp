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

TEST(Agenda, NewAgendaResetsTheClock) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{Phase{"A", 60}, Phase{"B", 60}}});
  room.run(facilitator, cmd::StartTimer{});
  room.run(facilitator, cmd::NextPhase{});
  room.run(facilitator, cmd::SetAgenda{{Phase{"C", 60}}});
  EXPECT_EQ(room.state.timer, Timer{});
}

}  // namespace
}  // namespace core_agenda_test
}  // namespace kring::core::testing
