// The room actor's phases: the transitions the actor relies on are allowed,
// everything else is refused.
#include "hub/room_phase.hpp"

#include <gtest/gtest.h>

#include <array>
#include <stdexcept>
#include <utility>

namespace kring::hub {
namespace room_phase_test {
namespace {

constexpr std::array all_phases = {Phase::loading,     Phase::waiting_to_load,     Phase::serving,
                                   Phase::catching_up, Phase::waiting_to_catch_up, Phase::reseeding,
                                   Phase::closed};

TEST(RoomPhase, AllowsExactlyTheTransitionsOfTheTable) {
  const std::array<std::pair<Phase, Phase>, 19> allowed = {{
      {Phase::waiting_to_load, Phase::loading},
      {Phase::loading, Phase::serving},
      {Phase::loading, Phase::waiting_to_load},
      {Phase::serving, Phase::catching_up},
      {Phase::catching_up, Phase::serving},
      {Phase::catching_up, Phase::waiting_to_catch_up},
      {Phase::catching_up, Phase::loading},
      {Phase::serving, Phase::loading},
      {Phase::catching_up, Phase::reseeding},
      {Phase::waiting_to_catch_up, Phase::catching_up},
      {Phase::reseeding, Phase::serving},
      {Phase::reseeding, Phase::catching_up},
      {Phase::reseeding, Phase::waiting_to_catch_up},
      {Phase::loading, Phase::closed},
      {Phase::waiting_to_load, Phase::closed},
      {Phase::serving, Phase::closed},
      {Phase::catching_up, Phase::closed},
      {Phase::waiting_to_catch_up, Phase::closed},
      {Phase::reseeding, Phase::closed},
  }};
  for (const Phase from : all_phases) {
    for (const Phase to : all_phases) {
      bool listed = false;
      for (const auto& [a, b] : allowed) listed = listed || (a == from && b == to);
      EXPECT_EQ(may_move(from, to), listed) << phase_name(from) << " -> " << phase_name(to);
    }
  }
}

TEST(RoomPhase, ClosedIsForGood) {
  RoomPhase phase(Phase::serving);
  phase.move_to(Phase::closed);
  for (const Phase to : all_phases) {
    if (to == Phase::closed) continue;
    EXPECT_THROW(phase.move_to(to), std::logic_error) << phase_name(to);
  }
  EXPECT_TRUE(phase.is(Phase::closed));
}

TEST(RoomPhase, SaysWhatWaits) {
  struct Row {
    Phase phase;
    bool loading;
    bool reading;
    bool takes_commands;
  };
  const std::array<Row, 7> rows = {{
      {Phase::loading, true, true, false},
      {Phase::waiting_to_load, true, false, false},
      {Phase::serving, false, false, true},
      {Phase::catching_up, false, true, false},
      {Phase::waiting_to_catch_up, false, false, true},
      {Phase::reseeding, false, false, false},
      {Phase::closed, false, false, false},
  }};
  for (const Row& row : rows) {
    const RoomPhase phase(row.phase);
    EXPECT_EQ(phase.loading(), row.loading) << phase_name(row.phase);
    EXPECT_EQ(phase.reading(), row.reading) << phase_name(row.phase);
    EXPECT_EQ(phase.takes_commands(), row.takes_commands) << phase_name(row.phase);
  }
}

}  // namespace
}  // namespace room_phase_test
}  // namespace kring::hub
