// floor_run: the `floor` preset. What the kernel alone charges a server for
// its writes on this machine, with no server at all: one thread writes small
// pre-framed messages over many loopback TCP connections at the offered rate,
// one write per delivery or several deliveries per write, and another thread
// reads them, as the generator would. The writer's CPU per million
// deliveries is the floor any server pays at that batching; `single`'s
// `srv CPU s/M` is to be read against it.
#pragma once

#include <cstddef>
#include <vector>

#include "row.hpp"

namespace kring::loadgen {

struct FloorPlan {
  std::size_t connections = 2'000;  // as many as `single` has devices
  std::size_t message_bytes = 64;   // about one note edit in its frame
  double measure_seconds = 5;
  std::vector<double> offered{20'000, 100'000};  // deliveries per second
  std::vector<std::size_t> per_write{1, 8};      // deliveries sent in one write
};

// One row per offered rate and batching.
std::vector<Row> run_floor(const FloorPlan& plan);

}  // namespace kring::loadgen
