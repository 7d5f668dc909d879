// burst_run: the `cluster-burst` preset. One room whose devices are spread
// evenly over the nodes (one Redis behind them) all join within about a
// second; a secret poll opens and every device casts within about a second;
// the facilitator reveals. Counts refused joins and ballots (a healthy cluster
// refuses none), and reports ack latencies and the time from the reveal to the
// last device.
#pragma once

#include <cstddef>

#include "row.hpp"

namespace kring::loadgen {

struct BurstPlan {
  std::size_t devices = 1'000;
  std::size_t nodes = 3;
  std::size_t threads = 2;
};

Row run_burst(const BurstPlan& plan);

}  // namespace kring::loadgen
