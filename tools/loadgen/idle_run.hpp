// idle_run: the `idle` preset. Ramps to many joined, silent connections on
// one node and reports the node's resident memory per connection.
#pragma once

#include <cstddef>

#include "row.hpp"

namespace kring::loadgen {

struct IdlePlan {
  std::size_t connections = 15'000;
  std::size_t room_size = 50;  // rooms hold the connections, the facilitator included
  std::size_t threads = 2;
  double hold_seconds = 5;  // how long every connection must stay open after the ramp
};

Row run_idle(const IdlePlan& plan);

}  // namespace kring::loadgen
