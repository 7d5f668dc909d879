// fanout_run: rooms of devices, a few senders per room editing their note at
// Poisson intervals with the send time in the text, every event fanned out to
// the whole room. The presets single, cluster, saturate, slow and reconnect
// are plans for it. Each step of a plan is one offered rate measured over a
// window; every step yields one row.
#pragma once

#include <string>
#include <vector>

#include "row.hpp"

namespace kring::loadgen {

struct FanoutPlan {
  std::size_t rooms = 100;
  std::size_t room_size = 20;  // devices per room, the facilitator included
  std::size_t senders = 4;     // per room, each a participant
  // With several nodes: every sender of a room on the node of its facilitator,
  // so no two nodes append to one room at once (no conflicts). Members of a
  // room alternate between the nodes either way.
  bool writers_on_one_node = false;
  std::size_t note_bytes = 40;
  std::size_t nodes = 1;
  bool redis = false;
  // Replicas of that Redis; with any, the nodes acknowledge a command only
  // once that many replicas have it (--redis-min-replicas, WAIT).
  std::size_t redis_replicas = 0;
  std::size_t threads = 2;
  double warmup_seconds = 2;
  double measure_seconds = 10;
  std::vector<double> offered{20'000};  // deliveries per second, one per step
  // Stop stepping once a step fails (p99 above 50 ms, loss, errors, backlog).
  bool stop_when_saturated = false;
  double slow_fraction = 0;  // of the listeners, who stop reading when measuring starts
  double drop_fraction = 0;  // of the listeners, dropped and resumed mid-window
  std::vector<std::string> server_args;
};

std::vector<Row> run_fanout(const FanoutPlan& plan);

}  // namespace kring::loadgen
