#include "presets.hpp"

#include "burst_run.hpp"
#include "fanout_run.hpp"
#include "floor_run.hpp"
#include "idle_run.hpp"
#include "reveal_run.hpp"

namespace kring::loadgen {

namespace {

FanoutPlan with(FanoutPlan plan, const Overrides& o) {
  if (o.threads) plan.threads = *o.threads;
  if (o.measure_seconds) plan.measure_seconds = *o.measure_seconds;
  if (o.offered) plan.offered = *o.offered;
  if (o.rooms) plan.rooms = *o.rooms;
  if (o.room_size) plan.room_size = *o.room_size;
  if (o.senders) plan.senders = *o.senders;
  if (o.writers_on_one_node) plan.writers_on_one_node = *o.writers_on_one_node;
  return plan;
}

// 100 rooms of 20 devices on one node: the p99 target at 20k deliveries/s and
// the CPU target at 100k deliveries/s.
FanoutPlan single_plan() {
  FanoutPlan plan;
  plan.offered = {20'000, 100'000};
  return plan;
}

// The same rooms over two nodes and Redis; every room has members on both.
FanoutPlan cluster_plan() {
  FanoutPlan plan;
  plan.nodes = 2;
  plan.redis = true;
  plan.offered = {20'000};
  return plan;
}

// The cluster preset with a replica that every ack waits for (WAIT 1): what
// --redis-min-replicas costs in latency.
FanoutPlan cluster_replicated_plan() {
  FanoutPlan plan = cluster_plan();
  plan.redis_replicas = 1;
  return plan;
}

// Raise the rate until a step misses (p99 > 50 ms, loss, errors or backlog).
// Every participant sends, so no connection passes the server's 30 messages/s.
FanoutPlan saturate_plan() {
  FanoutPlan plan;
  plan.senders = 19;
  plan.warmup_seconds = 1;
  plan.measure_seconds = 5;
  plan.offered = {10'000, 20'000, 50'000, 100'000, 200'000, 400'000, 600'000, 800'000, 1'000'000};
  plan.stop_when_saturated = true;
  return plan;
}

// 1% of the listeners stop reading: the others' latency and the node's memory
// must stay bounded (the send queue cap closes the slow ones).
FanoutPlan slow_plan() {
  FanoutPlan plan;
  plan.offered = {20'000};
  plan.slow_fraction = 0.01;
  plan.note_bytes = 1000;
  return plan;
}

// 10% of the listeners are dropped mid-window and resume from their last seq.
FanoutPlan reconnect_plan() {
  FanoutPlan plan;
  plan.offered = {20'000};
  plan.drop_fraction = 0.10;
  return plan;
}

// 300 rooms of 8 over three nodes and Redis at a steady rate: refusals (the
// errors column) must be 0 on a healthy cluster.
FanoutPlan cluster_many_plan() {
  FanoutPlan plan;
  plan.nodes = 3;
  plan.redis = true;
  plan.rooms = 300;
  plan.room_size = 8;
  plan.senders = 7;
  plan.offered = {5'000, 20'000};
  return plan;
}

}  // namespace

const std::vector<std::string>& preset_names() {
  static const std::vector<std::string> names{
      "single",    "cluster", "idle",          "reveal",       "saturate",          "slow",
      "reconnect", "floor",   "cluster-burst", "cluster-many", "cluster-replicated"};
  return names;
}

std::function<std::vector<Row>()> preset(const std::string& name, const Overrides& o) {
  if (name == "single") return [p = with(single_plan(), o)] { return run_fanout(p); };
  if (name == "cluster") return [p = with(cluster_plan(), o)] { return run_fanout(p); };
  if (name == "cluster-replicated") {
    return [p = with(cluster_replicated_plan(), o)] { return run_fanout(p); };
  }
  if (name == "cluster-many") {
    return [p = with(cluster_many_plan(), o)] { return run_fanout(p); };
  }
  if (name == "cluster-burst") {
    BurstPlan plan;
    if (o.threads) plan.threads = *o.threads;
    if (o.room_size) plan.devices = *o.room_size;
    return [plan] { return std::vector<Row>{run_burst(plan)}; };
  }
  if (name == "saturate") return [p = with(saturate_plan(), o)] { return run_fanout(p); };
  if (name == "slow") return [p = with(slow_plan(), o)] { return run_fanout(p); };
  if (name == "reconnect") return [p = with(reconnect_plan(), o)] { return run_fanout(p); };
  if (name == "idle") {
    IdlePlan plan;
    if (o.threads) plan.threads = *o.threads;
    if (o.connections) plan.connections = *o.connections;
    if (o.room_size) plan.room_size = *o.room_size;
    return [plan] { return std::vector<Row>{run_idle(plan)}; };
  }
  if (name == "floor") {
    FloorPlan plan;
    if (o.measure_seconds) plan.measure_seconds = *o.measure_seconds;
    if (o.offered) plan.offered = *o.offered;
    if (o.connections) plan.connections = *o.connections;
    return [plan] { return run_floor(plan); };
  }
  if (name == "reveal") {
    RevealPlan plan;
    if (o.threads) plan.threads = *o.threads;
    if (o.room_size) plan.board_members = *o.room_size;
    return [plan] { return std::vector<Row>{run_reveal(plan)}; };
  }
  return {};
}

}  // namespace kring::loadgen
