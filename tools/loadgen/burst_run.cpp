#include "burst_run.hpp"

#include <algorithm>
#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "crowd.hpp"
#include "histogram.hpp"
#include "support/commands.hpp"

namespace kring::loadgen {
namespace asio = boost::asio;

namespace {

constexpr auto settle_timeout = std::chrono::seconds(180);

void wait_until(const std::function<bool()>& done, const char* what) {
  const auto deadline = std::chrono::steady_clock::now() + settle_timeout;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) {
      throw std::runtime_error(std::string("timed out waiting for ") + what);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

// Ack latencies and refusals of one burst, recorded from every generator thread.
struct Answers {
  std::mutex mutex;
  Histogram latency;
  std::size_t refused = 0;
  std::string first_refusal;

  void record(std::int64_t sent_ns, const v1::ServerMessage& reply, bool accepted) {
    const std::int64_t took = now_ns() - sent_ns;
    std::lock_guard lock(mutex);
    latency.record(took);
    if (!accepted) {
      ++refused;
      if (first_refusal.empty()) first_refusal = reply.ShortDebugString();
    }
  }
};

double ms(std::int64_t ns) { return static_cast<double>(ns) / 1e6; }

}  // namespace

Row run_burst(const BurstPlan& plan) {
  Nodes nodes(plan.nodes, true);
  Crowd crowd(nodes, plan.threads);
  crowd.populate({1, 1, v1::ROLE_PARTICIPANT, false});
  Room& room = crowd.rooms()[0];
  Device& facilitator = *room.devices[0];

  // Connected first, evenly over the nodes; then everyone joins at once.
  for (std::size_t j = 1; j <= plan.devices; ++j) {
    room.threads.push_back(j % plan.threads);
    room.devices.push_back(crowd.make_device(room.threads.back()));
    room.member_secrets.emplace_back();
  }
  crowd.for_each_device([&crowd, &plan](Room& in, std::size_t j) -> awaitable<void> {
    co_await crowd.connect(*in.devices[j], j % plan.nodes);
  });

  Answers joins;
  // Written by each device's own thread, read after for_each_device returned.
  std::vector<char> joined(room.devices.size(), 0);
  const std::int64_t joins_started = now_ns();
  crowd.for_each_device([&joins, &joined](Room& in, std::size_t j) -> awaitable<void> {
    v1::ClientMessage message;
    message.mutable_join_room()->set_participant_code(in.created.participant_code());
    message.mutable_join_room()->set_display_name("m" + std::to_string(j));
    const std::int64_t sent = now_ns();
    const v1::ServerMessage reply = co_await in.devices[j]->call(std::move(message));
    joins.record(sent, reply, reply.has_joined());
    joined[j] = reply.has_joined() ? 1 : 0;
  });
  std::fprintf(stderr, "loadgen: %zu of %zu joins refused\n", joins.refused, plan.devices);
  const std::int64_t joins_took = now_ns() - joins_started;

  const v1::Ack opened = asio::co_spawn(facilitator.context(),
                                        facilitator.command(test::cmd::open_vote(
                                            "burst", v1::VOTE_AUDIENCE_PARTICIPANTS,
                                            v1::BALLOT_MODE_SECRET, {"een", "twee", "drie"})),
                                        asio::use_future)
                             .get();
  const std::uint64_t vote_id = opened.created_id();

  Answers casts;
  const std::int64_t casts_started = now_ns();
  crowd.for_each_device([&casts, vote_id](Room& in, std::size_t j) -> awaitable<void> {
    const auto option = static_cast<std::uint32_t>(1 + j % 3);
    const std::int64_t sent = now_ns();
    const v1::ServerMessage reply = co_await in.devices[j]->call(
        in.devices[j]->command_message(test::cmd::cast_vote(vote_id, option)));
    casts.record(sent, reply, reply.has_ack());
  });
  const std::int64_t casts_took = now_ns() - casts_started;

  std::fprintf(stderr, "loadgen: %zu of %zu ballots refused\n", casts.refused, plan.devices);
  const auto voted = static_cast<std::uint32_t>(plan.devices - casts.refused);
  // Devices that were refused a join are in no room and see nothing.
  const auto in_room = [&](std::size_t j) { return joined[j] != 0; };
  wait_until(
      [&] {
        for (std::size_t j = 1; j < room.devices.size(); ++j) {
          if (in_room(j) && room.devices[j]->voted_count() < voted) return false;
        }
        return true;
      },
      "every device to see every ballot");
  const std::int64_t reveal_sent = now_ns();
  asio::co_spawn(facilitator.context(), facilitator.command(test::cmd::reveal_vote(vote_id)),
                 asio::use_future)
      .get();
  wait_until(
      [&] {
        for (std::size_t j = 1; j < room.devices.size(); ++j) {
          if (in_room(j) && room.devices[j]->revealed_vote() != vote_id) return false;
        }
        return true;
      },
      "every device to see the reveal");
  std::int64_t last = 0;
  for (std::size_t j = 1; j < room.devices.size(); ++j) {
    if (in_room(j)) last = std::max(last, room.devices[j]->revealed_at_ns() - reveal_sent);
  }
  if (!joins.first_refusal.empty()) {
    std::fprintf(stderr, "loadgen: first refused join: %s\n", joins.first_refusal.c_str());
  }
  if (!casts.first_refusal.empty()) {
    std::fprintf(stderr, "loadgen: first refused ballot: %s\n", casts.first_refusal.c_str());
  }
  const Tally tally = crowd.finish();

  Row row;
  row.label = std::to_string(plan.devices) + " devices on " + std::to_string(plan.nodes) + " nodes";
  row.add("joins refused", static_cast<double>(joins.refused))
      .add("joins s", static_cast<double>(joins_took) / 1e9)
      .add("join p50 ms", ms(joins.latency.percentile(0.50)))
      .add("join p99 ms", ms(joins.latency.percentile(0.99)))
      .add("join max ms", ms(joins.latency.max()))
      .add("casts refused", static_cast<double>(casts.refused))
      .add("casts s", static_cast<double>(casts_took) / 1e9)
      .add("cast p50 ms", ms(casts.latency.percentile(0.50)))
      .add("cast p99 ms", ms(casts.latency.percentile(0.99)))
      .add("cast max ms", ms(casts.latency.max()))
      .add("reveal->last ms", ms(last))
      .add("order", static_cast<double>(tally.gaps))
      .add("dup", static_cast<double>(tally.duplicates));
  return row;
}

}  // namespace kring::loadgen
