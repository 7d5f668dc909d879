// Contention without refusals: a room's devices spread over two nodes act at
// the same moment (everyone scans the QR code; everyone casts when the poll
// opens). Each node's appends lose to the other's now and then; a losing node
// decides its whole queue again on the newer state, so on a healthy cluster no
// join and no command is refused, and both nodes show one history.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/http_client.hpp"
#include "support/random_bytes.hpp"
#include "support/redis_server.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace contention_test {
namespace {

namespace v1 = kring::v1;

std::unique_ptr<ServerProcess> start_node(const RedisServer& redis, const std::string& name) {
  std::vector<std::string> args = redis.node_args();
  args.insert(args.end(), {"--node-name", name});
  return std::make_unique<ServerProcess>(args);
}

double conflicts_on(const std::vector<const ServerProcess*>& nodes) {
  double total = 0;
  for (const ServerProcess* node : nodes) {
    total += metric_value(http_get(node->port(), "/metrics").body, "kring_append_conflicts_total");
  }
  return total;
}

TEST(Contention, TwelveDevicesJoiningAtOnceOverTwoNodesAreAllLetIn) {
  RedisServer redis;
  std::unique_ptr<ServerProcess> node_a = start_node(redis, "node-a");
  std::unique_ptr<ServerProcess> node_b = start_node(redis, "node-b");
  constexpr int rounds = 3;
  constexpr int devices = 12;
  int refused = 0;
  for (int round = 0; round < rounds; ++round) {
    Workshop workshop(node_a->port(), "QR-code op het scherm " + std::to_string(round));
    // Connected first, so the joins leave within a few milliseconds of each other.
    std::vector<std::unique_ptr<WsClient>> phones;
    for (int i = 0; i < devices; ++i) {
      phones.push_back(connect_with_hello((i % 2 == 0 ? node_a : node_b)->port()));
    }
    std::vector<std::string> refusals(devices);
    std::vector<std::thread> scans;
    for (int i = 0; i < devices; ++i) {
      scans.emplace_back([&, i] {
        try {
          phones[i]->join(participant_join(workshop, "Deelnemer " + std::to_string(i)));
        } catch (const std::exception& refusal) {
          refusals[i] = refusal.what();
        }
      });
    }
    for (std::thread& scan : scans) scan.join();
    for (int i = 0; i < devices; ++i) {
      EXPECT_EQ(refusals[i], "") << "round " << round << ", device " << i;
      if (!refusals[i].empty()) ++refused;
    }
    // Every member is seen once by the facilitator, whichever node seated it.
    const std::uint64_t head =
        workshop.facilitator()->command_ok(cmd::set_focus(v1::FOCUS_KIND_WELCOME)).seq();
    workshop.facilitator()->drain_events_until(head);
    std::set<std::string> joined;
    for (const v1::RoomEvent& event : workshop.facilitator()->events()) {
      if (event.has_member_joined()) joined.insert(event.member_joined().member().display_name());
    }
    EXPECT_EQ(joined.size(), static_cast<std::size_t>(devices)) << "round " << round;
  }
  std::printf("%d rounds of %d joins over two nodes: %.0f append conflicts, %d refused\n", rounds,
              devices, conflicts_on({node_a.get(), node_b.get()}), refused);
}

// Two writers per node post as fast as they can: every note is acknowledged,
// once, in one order on both nodes.
TEST(Contention, WritersOnTwoNodesAtOnceAreNeverRefused) {
  RedisServer redis;
  std::unique_ptr<ServerProcess> node_a = start_node(redis, "node-a");
  std::unique_ptr<ServerProcess> node_b = start_node(redis, "node-b");
  Workshop workshop(node_a->port(), "Iedereen tegelijk");
  const auto board =
      workshop.add_board(cmd::add_columns_board("Open bord", v1::WRITING_MODE_OPEN, {"Goed"}));
  std::vector<std::unique_ptr<WsClient>> writers;
  for (int i = 0; i < 4; ++i) {
    writers.push_back(connect_with_hello((i % 2 == 0 ? node_a : node_b)->port()));
    writers.back()->join(participant_join(workshop, "Schrijver " + std::to_string(i)));
  }
  // The last one seated has seen every join; the notes come after its position.
  std::uint64_t first = 0;
  for (const auto& writer : writers) first = std::max(first, writer->last_seq() + 1);
  constexpr int per_writer = 40;
  std::vector<std::vector<std::uint64_t>> requests(writers.size());
  for (int n = 0; n < per_writer; ++n) {
    for (std::size_t w = 0; w < writers.size(); ++w) {
      requests[w].push_back(writers[w]->send_command(cmd::add_note(
          board.board_id, 1, "w" + std::to_string(w) + "-" + std::to_string(n), random_bytes(16))));
    }
  }
  std::uint64_t head = 0;
  int refused = 0;
  for (std::size_t w = 0; w < writers.size(); ++w) {
    for (const std::uint64_t request : requests[w]) {
      const v1::ServerMessage reply = writers[w]->wait_for_reply(request);
      if (reply.has_ack()) {
        head = std::max(head, reply.ack().seq());
      } else {
        ++refused;
        ADD_FAILURE() << reply.ShortDebugString();
      }
    }
  }
  EXPECT_EQ(refused, 0);
  std::multiset<std::string> texts;
  for (std::size_t w = 0; w < writers.size(); ++w) {
    writers[w]->drain_events_until(head);
    EXPECT_TRUE(contiguous(writers[w]->events(), writers[w]->first_event_seq(), head));
  }
  const auto reference = events_between(writers[0]->events(), first, head);
  for (const v1::RoomEvent& event : reference) {
    if (event.has_note_added()) texts.insert(event.note_added().note().text());
  }
  EXPECT_EQ(texts.size(), writers.size() * per_writer);
  for (std::size_t w = 1; w < writers.size(); ++w) {
    const auto seen = events_between(writers[w]->events(), first, head);
    ASSERT_EQ(seen.size(), reference.size());
    for (std::size_t i = 0; i < seen.size(); ++i) {
      EXPECT_EQ(seen[i].SerializeAsString(), reference[i].SerializeAsString()) << "index " << i;
    }
  }
  std::printf("%zu notes from two nodes at once: %.0f append conflicts, %d refused\n",
              writers.size() * per_writer, conflicts_on({node_a.get(), node_b.get()}), refused);
}

}  // namespace
}  // namespace contention_test
}  // namespace kring::test
