#include "idle_run.hpp"

#include <chrono>
#include <cstdio>
#include <thread>

#include "crowd.hpp"
#include "proc_stats.hpp"

namespace kring::loadgen {

Row run_idle(const IdlePlan& plan) {
  Nodes nodes(1, false);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const std::uint64_t rss_before = nodes.server_rss_bytes();
  const std::string load = load_average();

  Crowd crowd(nodes, plan.threads);
  const auto ramp_start = std::chrono::steady_clock::now();
  crowd.populate({plan.connections / plan.room_size, plan.room_size, v1::ROLE_PARTICIPANT, false});
  const std::chrono::duration<double> ramp = std::chrono::steady_clock::now() - ramp_start;
  const std::size_t connections = crowd.device_count();
  std::fprintf(stderr, "loadgen: %zu connections joined in %.1f s\n", connections, ramp.count());

  std::this_thread::sleep_for(std::chrono::duration<double>(plan.hold_seconds));
  const std::uint64_t rss_after = nodes.server_rss_bytes();
  std::size_t still_open = 0;
  for (const Room& room : crowd.rooms()) {
    for (const auto& device : room.devices) still_open += device->open() ? 1 : 0;
  }
  const Tally tally = crowd.finish();

  Row row;
  row.label = std::to_string(connections) + " connections";
  row.add("open after hold", static_cast<double>(still_open))
      .add("ramp s", ramp.count())
      .add("srv RSS before MiB", static_cast<double>(rss_before) / (1024.0 * 1024.0))
      .add("srv RSS after MiB", static_cast<double>(rss_after) / (1024.0 * 1024.0))
      .add("KiB/conn",
           static_cast<double>(rss_after - rss_before) / 1024.0 / static_cast<double>(connections))
      .add("errors", static_cast<double>(tally.errors))
      .add("disconnects", static_cast<double>(tally.disconnects))
      .add("load", std::stod(load));
  return row;
}

}  // namespace kring::loadgen
