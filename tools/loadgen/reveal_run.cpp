#include "reveal_run.hpp"

#include <algorithm>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <thread>

#include "crowd.hpp"
#include "proc_stats.hpp"
#include "support/commands.hpp"
#include "support/random_bytes.hpp"

namespace kring::loadgen {
namespace asio = boost::asio;

namespace {

constexpr auto settle_timeout = std::chrono::seconds(180);

// Polls `done` every millisecond; throws after settle_timeout.
void wait_until(const std::function<bool()>& done, const char* what) {
  const auto deadline = std::chrono::steady_clock::now() + settle_timeout;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) {
      throw std::runtime_error(std::string("timed out waiting for ") + what);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

v1::Ack facilitator_command(Device& facilitator, v1::RoomCommand command) {
  return asio::co_spawn(facilitator.context(), facilitator.command(std::move(command)),
                        asio::use_future)
      .get();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

Row run_reveal(const RevealPlan& plan) {
  Nodes nodes(1, false);
  Crowd crowd(nodes, plan.threads);
  crowd.populate({1, plan.board_members + 1, v1::ROLE_BOARD_MEMBER, false});
  Room& room = crowd.rooms()[0];
  Device& facilitator = *room.devices[0];
  const std::string load = load_average();
  const auto voters = static_cast<std::uint32_t>(plan.board_members);

  std::vector<double> to_last_ms;
  std::vector<double> to_median_ms;
  for (std::size_t round = 0; round < plan.rounds; ++round) {
    const std::uint64_t vote_id =
        facilitator_command(
            facilitator,
            test::cmd::open_vote("round " + std::to_string(round), v1::VOTE_AUDIENCE_BOARD,
                                 v1::BALLOT_MODE_SECRET, {"approve", "reject"}))
            .created_id();
    crowd.for_each_device([vote_id](Room& in, std::size_t j) -> awaitable<void> {
      const auto option = static_cast<std::uint32_t>(1 + j % 2);
      co_await in.devices[j]->command(test::cmd::cast_vote(vote_id, option));
    });
    wait_until(
        [&] {
          return std::all_of(room.devices.begin(), room.devices.end(),
                             [&](const auto& device) { return device->voted_count() == voters; });
        },
        "every device to see every ballot");

    const std::int64_t sent_ns = now_ns();
    facilitator_command(facilitator, test::cmd::reveal_vote(vote_id));
    wait_until(
        [&] {
          return std::all_of(room.devices.begin(), room.devices.end(), [&](const auto& device) {
            return device->revealed_vote() == vote_id;
          });
        },
        "every device to see the reveal");
    std::vector<double> arrivals;
    for (const auto& device : room.devices) {
      arrivals.push_back(static_cast<double>(device->revealed_at_ns() - sent_ns) / 1e6);
    }
    to_last_ms.push_back(*std::max_element(arrivals.begin(), arrivals.end()));
    to_median_ms.push_back(median(arrivals));
    std::fprintf(stderr, "loadgen: reveal round %zu: last device after %.2f ms\n", round + 1,
                 to_last_ms.back());
  }
  const Tally tally = crowd.finish();

  Row row;
  row.label = std::to_string(plan.board_members) + " board members";
  row.add("reveal->last ms", median(to_last_ms))
      .add("reveal->last max ms", *std::max_element(to_last_ms.begin(), to_last_ms.end()))
      .add("reveal->median ms", median(to_median_ms))
      .add("order", static_cast<double>(tally.gaps))
      .add("dup", static_cast<double>(tally.duplicates))
      .add("errors", static_cast<double>(tally.errors))
      .add("load", std::stod(load));
  return row;
}

}  // namespace kring::loadgen
