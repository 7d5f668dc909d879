// Two nodes sharing one Redis behind nginx running deploy/nginx/kring.conf:
// clients of one room land on different nodes yet all see one history, and
// the clients of a node that dies come back through nginx on the other node
// and resume from (epoch, last seq) with no gap and no duplicate.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/nginx_server.hpp"
#include "support/random_bytes.hpp"
#include "support/redis_server.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

#ifndef KRING_NGINX_CONF
#error "KRING_NGINX_CONF must name deploy/nginx/kring.conf"
#endif

namespace kring::test {
namespace nginx_test {
namespace {

namespace v1 = kring::v1;

std::vector<std::string> node_args(const RedisServer& redis, const std::string& name) {
  std::vector<std::string> args = redis.node_args();
  args.insert(args.end(), {"--node-name", name});
  return args;
}

// The node named in the Welcome this client got.
std::string node_of(const WsClient& client) {
  for (const Frame& frame : client.frames()) {
    if (frame.parsed && frame.message.has_welcome()) return frame.message.welcome().node();
  }
  return {};
}

// Where `device` stands in the room's log: what it sends to resume.
v1::StreamPosition position_of(const Device& device) {
  v1::StreamPosition position;
  position.set_epoch(device->events().empty() ? device.joined.snapshot().epoch()
                                              : device->events().back().epoch());
  position.set_seq(device->last_seq());
  return position;
}

// The same credentials and member secret `device` joined with, resuming at `position`.
v1::JoinRoom rejoin_request(const Device& device, const v1::RoomCreated& room,
                            const v1::StreamPosition& position) {
  v1::JoinRoom join;
  if (device.role == v1::ROLE_FACILITATOR) {
    join.set_facilitator_secret(room.facilitator_secret());
  } else {
    join.set_participant_code(room.participant_code());
    join.set_display_name(device.name);
  }
  join.set_member_secret(device.joined.member_secret());
  *join.mutable_resume_from() = position;
  return join;
}

// Each event of `events` with seq in [first, last], as bytes.
std::vector<std::string> serialized(const std::vector<v1::RoomEvent>& events, std::uint64_t first,
                                    std::uint64_t last) {
  std::vector<std::string> out;
  for (const auto& event : events_between(events, first, last)) {
    out.push_back(event.SerializeAsString());
  }
  return out;
}

class NginxCluster : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(nginx_.port(), "Two nodes workshop");
    for (const char* name : {"Anna", "Bram", "Cas", "Dirk"}) {
      participants_.push_back(&workshop_->add_participant(name));
    }
    board_ = workshop_->add_board(
        cmd::add_columns_board("Open bord", v1::WRITING_MODE_OPEN, {"Goed", "Beter"}));
    workshop_->sync_all(board_.seq);
  }

  void TearDown() override {
    rejoined_.clear();
    workshop_.reset();
    nginx_.stop();
  }

  std::uint64_t write(Device& device, const std::string& text) {
    return device->command_ok(cmd::add_note(board_.board_id, 1, text, random_bytes(16))).seq();
  }

  // Nodes seen by the devices; round robin must have used both.
  std::set<std::string> nodes_in_use() {
    std::set<std::string> nodes;
    for (Device* device : workshop_->devices()) nodes.insert(node_of(**device));
    return nodes;
  }

  RedisServer redis_;
  ServerProcess node_a_{node_args(redis_, "node-a")};
  ServerProcess node_b_{node_args(redis_, "node-b")};
  NginxServer nginx_{KRING_NGINX_CONF, {node_a_.port(), node_b_.port()}};
  std::unique_ptr<Workshop> workshop_;
  std::vector<Device*> participants_;
  Workshop::BoardReady board_;
  std::vector<std::unique_ptr<WsClient>> rejoined_;
};

TEST_F(NginxCluster, ClientsOnBothNodesSeeEveryEventOnceInTheSameOrder) {
  ASSERT_EQ(nodes_in_use(), (std::set<std::string>{"node-a", "node-b"}))
      << "round robin should spread five connections over both nodes\n"
      << nginx_.access_log();

  std::uint64_t head = 0;
  for (int round = 0; round < 3; ++round) {
    for (Device* participant : participants_) {
      head = std::max(head, write(*participant, participant->name + " " + std::to_string(round)));
    }
  }
  workshop_->sync_all(head);

  const std::uint64_t first = board_.seq + 1;
  EXPECT_EQ(head, first + 3 * participants_.size() - 1) << "every note got its own seq";
  const std::vector<std::string> reference =
      serialized((*participants_.front())->events(), first, head);
  for (Device* device : workshop_->devices()) {
    SCOPED_TRACE(device->name + " on " + node_of(**device));
    EXPECT_TRUE(contiguous((*device)->events(), (*device)->first_event_seq(), head));
    if (device->role == v1::ROLE_PARTICIPANT) {
      EXPECT_EQ(serialized((*device)->events(), first, head), reference);
    } else {
      for (const auto& event : events_between((*device)->events(), first, head)) {
        EXPECT_EQ(payload_name(event), "note_added") << "seq " << event.seq();
      }
    }
    EXPECT_TRUE((*device)->stray_replies().empty());
  }
}

TEST_F(NginxCluster, ClientsOfAKilledNodeResumeThroughNginxOnTheOtherNode) {
  ASSERT_EQ(nodes_in_use(), (std::set<std::string>{"node-a", "node-b"})) << nginx_.access_log();
  std::uint64_t head = 0;
  for (Device* participant : participants_) {
    head = std::max(head, write(*participant, participant->name + " before"));
  }
  workshop_->sync_all(head);

  const std::string victim_name = node_of(**participants_.front());
  ServerProcess& victim = victim_name == "node-a" ? node_a_ : node_b_;
  std::vector<Device*> lost;
  std::vector<Device*> kept;
  for (Device* device : workshop_->devices()) {
    (node_of(**device) == victim_name ? lost : kept).push_back(device);
  }
  Device* survivor = nullptr;
  for (Device* device : kept) {
    if (device->role == v1::ROLE_PARTICIPANT) survivor = device;
  }
  ASSERT_NE(survivor, nullptr) << "no participant on the node that stays";

  victim.send_signal(SIGKILL);
  ASSERT_TRUE(victim.wait_for_exit(default_timeout).has_value());
  std::vector<v1::StreamPosition> left_at;
  for (Device* device : lost) {
    SCOPED_TRACE(device->name);
    EXPECT_TRUE((*device)->wait_for_close().has_value())
        << "nginx should end the connection of a client whose node died";
    left_at.push_back(position_of(*device));
  }

  // The room goes on while they are away.
  std::uint64_t away_head = 0;
  for (int i = 0; i < 3; ++i)
    away_head = write(*survivor, "while they are away " + std::to_string(i));

  for (std::size_t i = 0; i < lost.size(); ++i) {
    SCOPED_TRACE(lost[i]->name);
    rejoined_.push_back(connect_with_hello(nginx_.port()));
    WsClient& client = *rejoined_.back();
    EXPECT_NE(node_of(client), victim_name) << nginx_.access_log();
    const v1::Joined joined = client.join(rejoin_request(*lost[i], workshop_->room(), left_at[i]));
    EXPECT_TRUE(joined.recovered()) << "the other node holds the same log";
    EXPECT_FALSE(joined.has_snapshot());
    EXPECT_EQ(joined.head_seq(), away_head);
    EXPECT_EQ(joined.member_id(), lost[i]->joined.member_id());
  }

  const std::uint64_t live = write(*survivor, "after they are back");
  (*survivor)->drain_events_until(live);
  for (std::size_t i = 0; i < lost.size(); ++i) {
    SCOPED_TRACE(lost[i]->name);
    WsClient& client = *rejoined_[i];
    client.drain_events_until(live);
    EXPECT_TRUE(contiguous(client.events(), left_at[i].seq() + 1, live));
    if (lost[i]->role == v1::ROLE_PARTICIPANT) {
      EXPECT_EQ(serialized(client.events(), left_at[i].seq() + 1, live),
                serialized((*survivor)->events(), left_at[i].seq() + 1, live));
    }
    EXPECT_TRUE(client.stray_replies().empty());
  }
  for (Device* device : kept) {
    SCOPED_TRACE(device->name);
    (*device)->drain_events_until(live);
    EXPECT_TRUE(device->client->is_open());
    EXPECT_TRUE(contiguous((*device)->events(), (*device)->first_event_seq(), live));
  }
}

}  // namespace
}  // namespace nginx_test
}  // namespace kring::test
