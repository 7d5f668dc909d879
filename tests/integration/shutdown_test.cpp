// SIGTERM is a graceful stop: every session hears GoingAway, then a close
// with code 1012 (service restart), and the process exits 0.
#include <gtest/gtest.h>
#include <signal.h>

#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace shutdown_test {
namespace {

constexpr std::uint16_t service_restart = 1012;

TEST(Shutdown, SigtermSendsGoingAwayThenCloses1012AndExitsZero) {
  ServerProcess server;
  Workshop workshop(server.port());
  Device& participant = workshop.add_participant("Anna");
  Device& projector = workshop.add_projector();
  // A connection that has only said Hello is a session too.
  std::unique_ptr<WsClient> lobby = connect_with_hello(server.port());
  for (Device* device : workshop.devices()) (*device)->sync();

  server.send_signal(SIGTERM);

  std::vector<WsClient*> clients{&*workshop.facilitator(), &*participant, &*projector, lobby.get()};
  for (WsClient* client : clients) {
    const std::optional<CloseInfo> closed = client->wait_for_close();
    ASSERT_TRUE(closed.has_value()) << "connection still open after SIGTERM";
    EXPECT_EQ(client->going_away_count(), 1) << closed->describe();
    ASSERT_FALSE(client->frames().empty());
    const Frame& last = client->frames().back();
    EXPECT_TRUE(last.parsed && last.message.has_going_away())
        << "the last frame before the close is not GoingAway: " << last.message.ShortDebugString();
    EXPECT_EQ(last.message.request_id(), 0u);
    EXPECT_TRUE(closed->close_frame) << closed->describe();
    EXPECT_EQ(closed->code, service_restart) << closed->describe();
    EXPECT_TRUE(client->stray_replies().empty());
  }

  const std::optional<ExitStatus> status = server.wait_for_exit(std::chrono::seconds(10));
  ASSERT_TRUE(status.has_value()) << "kring-server still running 10 s after SIGTERM";
  EXPECT_TRUE(status->clean()) << status->describe();
}

TEST(Shutdown, SigtermWithoutSessionsExitsZero) {
  ServerProcess server;
  server.send_signal(SIGTERM);
  const std::optional<ExitStatus> status = server.wait_for_exit(std::chrono::seconds(10));
  ASSERT_TRUE(status.has_value()) << "kring-server still running 10 s after SIGTERM";
  EXPECT_TRUE(status->clean()) << status->describe();
}

}  // namespace
}  // namespace shutdown_test
}  // namespace kring::test
