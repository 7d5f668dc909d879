// Devices set their clocks by the node's: Welcome and every Pong carry the
// node's wall clock (ms since the Unix epoch), read when the reply was made.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <memory>

#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace server_clock_test {
namespace {

namespace v1 = kring::v1;

std::int64_t wall_clock_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

TEST(ServerClock, WelcomeAndPongCarryTheNodesWallClock) {
  ServerProcess server;
  const std::int64_t before = wall_clock_ms();
  auto client = std::make_unique<WsClient>(server.port());
  const v1::Welcome welcome = client->hello();
  const std::int64_t between = wall_clock_ms();
  EXPECT_GE(welcome.server_time_ms(), before);
  EXPECT_LE(welcome.server_time_ms(), between);

  v1::ClientMessage ping;
  ping.set_request_id(client->next_request_id());
  ping.mutable_ping()->set_nonce(7);
  const v1::ServerMessage reply = client->request(ping);
  const std::int64_t after = wall_clock_ms();
  ASSERT_TRUE(reply.has_pong()) << reply.ShortDebugString();
  EXPECT_EQ(reply.pong().nonce(), 7u);
  EXPECT_GE(reply.pong().server_time_ms(), between);
  EXPECT_LE(reply.pong().server_time_ms(), after);
}

}  // namespace
}  // namespace server_clock_test
}  // namespace kring::test
