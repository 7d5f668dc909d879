// reveal_run: the `reveal` preset. One room of board members casts hidden
// votes; the facilitator reveals, and the time from sending RevealVote until
// the last device has VoteRevealed is measured, over several rounds.
#pragma once

#include <cstddef>

#include "row.hpp"

namespace kring::loadgen {

struct RevealPlan {
  std::size_t board_members = 1'000;
  std::size_t rounds = 3;
  std::size_t threads = 2;
};

Row run_reveal(const RevealPlan& plan);

}  // namespace kring::loadgen
