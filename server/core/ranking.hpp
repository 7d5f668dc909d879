// The criteria ranking of actions: pure arithmetic over the scores the room
// holds, shared by the reveal (decide) and the decision record.
#pragma once

#include <vector>

#include "core/model.hpp"
#include "core/room_state.hpp"

namespace kring::core {

// One scorer's total on the common 1..5 scale per criterion: likelihood +
// visibility + fits_vision + (2 * reach - 1) + concreteness, so 5..25.
std::uint32_t criteria_total(const CriteriaScores& scores);

// The summed total of an entry (criteria_total applied to the sums, with the
// reach term scaled per scorer); the mean total is this / scorers.
std::uint64_t entry_total(const RankingEntry& entry);

// Every live action of `state`, best first: highest mean total, then more
// scorers, then the older action. Unscored actions come last, in id order.
std::vector<RankingEntry> rank_actions(const RoomState& state);

}  // namespace kring::core
