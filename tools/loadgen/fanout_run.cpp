#include "fanout_run.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

#include "crowd.hpp"
#include "proc_stats.hpp"
#include "support/commands.hpp"
#include "support/random_bytes.hpp"

namespace kring::loadgen {
namespace asio = boost::asio;

namespace {

using namespace std::chrono_literals;

constexpr double saturated_p99_ns = 50e6;
// Events sent at the end of a window may arrive this long after it.
constexpr auto grace = 1s;
// After the senders stop, devices catch up; a backlog is drained until no
// device moves for stall_limit (or drain_limit passes), then loss is counted.
constexpr auto stall_limit = 3s;
constexpr auto drain_limit = 120s;

void sleep_seconds(double seconds) {
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

// What the senders read: their rate and whether to go on.
struct SendControl {
  std::atomic<double> per_sender_rate{0};
  std::atomic<bool> sending{true};
};

// One sender: adds its note, then edits it at Poisson intervals (open loop:
// a late send does not push the next one back), each text stamped.
awaitable<void> send_notes(Device& device, std::uint64_t board_id, std::size_t note_bytes,
                           const SendControl& control) {
  const std::string secret = test::random_bytes(16);
  const v1::Ack added = co_await device.command(test::cmd::add_note(board_id, 1, "seed", secret));
  thread_local std::mt19937_64 random(std::random_device{}());
  asio::steady_timer timer(device.context());
  auto next = std::chrono::steady_clock::now();
  while (control.sending.load(std::memory_order_relaxed) && device.open()) {
    const double rate = control.per_sender_rate.load(std::memory_order_relaxed);
    std::exponential_distribution<double> interval(rate);
    next += std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>(interval(random)));
    timer.expires_at(next);
    co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
    if (!control.sending.load(std::memory_order_relaxed)) break;
    const std::string text = stamped_text(note_bytes);
    if (device.window_contains_now()) ++device.tally().sent;
    co_await device.send(
        device.command_message(test::cmd::edit_note(added.created_id(), text, secret)));
  }
}

struct Listener {
  std::size_t room;
  std::size_t index;
};

// Whether device `j` of a room sends: devices 1..senders, or with
// writers_on_one_node every nodes-th device (the crowd connects device j of
// room r to node (r + j) % nodes, so these share the facilitator's node).
bool is_sender(const FanoutPlan& plan, std::size_t j) {
  const std::size_t stride = plan.writers_on_one_node ? std::max<std::size_t>(1, plan.nodes) : 1;
  return j > 0 && j % stride == 0 && j / stride <= plan.senders;
}

// Every `1 / fraction`-th listener (neither facilitator nor sender).
std::vector<Listener> pick_listeners(Crowd& crowd, const FanoutPlan& plan, double fraction) {
  std::vector<Listener> picked;
  if (fraction <= 0) return picked;
  const auto every = static_cast<std::size_t>(1.0 / fraction);
  std::size_t seen = 0;
  for (std::size_t r = 0; r < crowd.rooms().size(); ++r) {
    for (std::size_t j = 1; j < crowd.rooms()[r].devices.size(); ++j) {
      if (is_sender(plan, j)) continue;
      if (seen++ % every == every - 1) picked.push_back({r, j});
    }
  }
  return picked;
}

// Drops each picked device and resumes it on a fresh connection from its last seq.
void drop_and_resume(Crowd& crowd, const std::vector<Listener>& picked) {
  std::vector<std::future<void>> done;
  for (const Listener& listener : picked) {
    Room& room = crowd.rooms()[listener.room];
    const std::size_t j = listener.index;
    done.push_back(asio::co_spawn(
        room.devices[j]->context(),
        [&crowd, &room, j, node = listener.room + j]() -> awaitable<void> {
          std::unique_ptr<Device> old = std::move(room.devices[j]);
          old->drop();
          auto fresh = crowd.make_device(room.threads[j]);
          co_await crowd.connect(*fresh, node);
          v1::JoinRoom join;
          join.set_participant_code(room.created.participant_code());
          join.set_member_secret(room.member_secrets[j]);
          join.mutable_resume_from()->set_epoch(old->epoch());
          join.mutable_resume_from()->set_seq(old->last_seq());
          room.devices[j] = std::move(fresh);
          crowd.retire(std::move(old));
          co_await room.devices[j]->join(std::move(join));
        },
        asio::use_future));
  }
  for (auto& future : done) future.get();
}

// Events each reading device is behind its room's most advanced device.
std::uint64_t seq_loss(Crowd& crowd, const std::vector<Listener>& not_reading) {
  std::uint64_t loss = 0;
  for (std::size_t r = 0; r < crowd.rooms().size(); ++r) {
    const Room& room = crowd.rooms()[r];
    std::uint64_t head = 0;
    for (const auto& device : room.devices) head = std::max(head, device->last_seq());
    for (std::size_t j = 0; j < room.devices.size(); ++j) {
      bool skipped = false;
      for (const Listener& slow : not_reading) skipped |= slow.room == r && slow.index == j;
      if (!skipped) loss += head - room.devices[j]->last_seq();
    }
  }
  return loss;
}

// CPU seconds used during a window.
struct CpuUse {
  double server = 0;
  double redis = 0;
  double generator = 0;
};

// seq_loss() once the devices have caught up as far as they will.
std::uint64_t drained_loss(Crowd& crowd, const std::vector<Listener>& not_reading) {
  const auto deadline = std::chrono::steady_clock::now() + drain_limit;
  std::uint64_t loss = seq_loss(crowd, not_reading);
  auto last_progress = std::chrono::steady_clock::now();
  while (loss > 0 && std::chrono::steady_clock::now() < deadline &&
         std::chrono::steady_clock::now() - last_progress < stall_limit) {
    std::this_thread::sleep_for(100ms);
    const std::uint64_t now_behind = seq_loss(crowd, not_reading);
    if (now_behind < loss) last_progress = std::chrono::steady_clock::now();
    loss = now_behind;
  }
  return loss;
}

Row step_row(const FanoutPlan& plan, double offered, const Tally& tally, const CpuUse& cpu,
             std::uint64_t rss, const std::string& load) {
  const double delivered = static_cast<double>(tally.delivered);
  const double per_million = delivered > 0 ? 1e6 / delivered : 0;
  Row row;
  row.label = "offered " + std::to_string(static_cast<long>(offered)) + "/s";
  row.add("delivered/s", delivered / plan.measure_seconds)
      .add("received/s", static_cast<double>(tally.received) / plan.measure_seconds)
      .add("p50 ms", static_cast<double>(tally.latency.percentile(0.50)) / 1e6)
      .add("p99 ms", static_cast<double>(tally.latency.percentile(0.99)) / 1e6)
      .add("p99.9 ms", static_cast<double>(tally.latency.percentile(0.999)) / 1e6)
      .add("delivered %",
           tally.sent == 0 ? 0
                           : 100.0 * delivered / static_cast<double>(tally.sent * plan.room_size))
      .add("dup", static_cast<double>(tally.duplicates))
      .add("order", static_cast<double>(tally.gaps))
      .add("errors", static_cast<double>(tally.errors))
      .add("srv CPU s/M", cpu.server * per_million)
      .add("gen CPU s/M", cpu.generator * per_million)
      .add("srv RSS MiB", static_cast<double>(rss) / (1024.0 * 1024.0))
      // How many messages the node packed into each WebSocket frame it wrote.
      .add("msgs/frame", tally.frames == 0 ? 0
                                           : static_cast<double>(tally.messages) /
                                                 static_cast<double>(tally.frames))
      .add("load", std::stod(load));
  if (plan.redis) row.add("redis CPU s/M", cpu.redis * per_million);
  return row;
}

bool saturated(const Row& row) {
  return row.get("p99 ms") * 1e6 > saturated_p99_ns || row.get("order") > 0 || row.get("dup") > 0 ||
         row.get("errors") > 0 || row.get("delivered %") < 99.0;
}

}  // namespace

std::vector<Row> run_fanout(const FanoutPlan& plan) {
  Nodes nodes(plan.nodes, plan.redis, plan.server_args, plan.redis_replicas);
  Crowd crowd(nodes, plan.threads);
  crowd.populate({plan.rooms, plan.room_size, v1::ROLE_PARTICIPANT, true});
  std::fprintf(stderr, "loadgen: %zu devices joined\n", crowd.device_count());

  SendControl control;
  const double senders = static_cast<double>(plan.rooms * plan.senders);
  const auto rate_for = [&](double offered) {
    return offered / static_cast<double>(plan.room_size) / senders;
  };
  control.per_sender_rate = rate_for(plan.offered.front());
  for (Room& room : crowd.rooms()) {
    for (std::size_t j = 1; j < room.devices.size(); ++j) {
      if (!is_sender(plan, j)) continue;
      asio::co_spawn(room.devices[j]->context(),
                     send_notes(*room.devices[j], room.board_id, plan.note_bytes, control),
                     asio::detached);
    }
  }

  const std::vector<Listener> slow = pick_listeners(crowd, plan, plan.slow_fraction);
  const std::vector<Listener> dropped = pick_listeners(crowd, plan, plan.drop_fraction);
  std::vector<Row> rows;
  Tally all;  // every step's tally, for the counts that span steps
  Window& window = crowd.window();
  for (std::size_t step = 0; step < plan.offered.size(); ++step) {
    control.per_sender_rate = rate_for(plan.offered[step]);
    sleep_seconds(plan.warmup_seconds);
    if (step == 0) {
      for (const Listener& listener : slow) {
        crowd.rooms()[listener.room].devices[listener.index]->stop_reading();
      }
    }
    crowd.collect();  // forget the warm-up
    const std::string load = load_average();
    const double cpu0 = nodes.server_cpu_seconds();
    const double redis0 = nodes.redis_cpu_seconds();
    const double generator0 = cpu_seconds(getpid());
    window.end_ns = std::numeric_limits<std::int64_t>::max();
    window.start_ns = now_ns();
    if (step == 0 && !dropped.empty()) {
      sleep_seconds(plan.measure_seconds / 2);
      drop_and_resume(crowd, dropped);
      sleep_seconds(plan.measure_seconds / 2);
    } else {
      sleep_seconds(plan.measure_seconds);
    }
    window.end_ns = now_ns();
    const double cpu = nodes.server_cpu_seconds() - cpu0;
    const double redis_cpu = nodes.redis_cpu_seconds() - redis0;
    const double generator_cpu = cpu_seconds(getpid()) - generator0;
    const std::uint64_t rss = nodes.server_rss_bytes();
    std::this_thread::sleep_for(grace);
    window.start_ns = std::numeric_limits<std::int64_t>::max();
    const Tally tally = crowd.collect();
    all.merge(tally);
    Row row = step_row(plan, plan.offered[step], tally, {cpu, redis_cpu, generator_cpu}, rss, load);
    std::fprintf(stderr, "loadgen: step %s: %.0f delivered/s, p99 %.2f ms\n", row.label.c_str(),
                 row.get("delivered/s"), row.get("p99 ms"));
    const bool done = plan.stop_when_saturated && saturated(row);
    rows.push_back(std::move(row));
    if (done) break;
  }

  control.sending = false;
  const std::uint64_t loss = drained_loss(crowd, slow);
  all.merge(crowd.finish());
  rows.back().add("loss", static_cast<double>(loss));
  rows.back().add("disconnects", static_cast<double>(all.disconnects));
  if (!dropped.empty()) {
    rows.back().add("dropped", static_cast<double>(dropped.size()));
    rows.back().add("resumed", static_cast<double>(all.resumed));
  }
  if (!slow.empty()) rows.back().add("slow readers", static_cast<double>(slow.size()));
  return rows;
}

}  // namespace kring::loadgen
