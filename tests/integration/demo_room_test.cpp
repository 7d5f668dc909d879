// `kring-server --demo-room` (what scripts/run starts) prints the links of a
// fresh room; each credential in them must let a client join in its role.
#include <gtest/gtest.h>

#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace demo_room_test {
namespace {

// The credential after the last '/' of a printed link line.
std::string credential_of(const std::optional<std::string>& line) {
  if (!line) return {};
  return line->substr(line->rfind('/') + 1);
}

TEST(DemoRoom, PrintedLinksJoinInTheirRoles) {
  ServerProcess server({"--demo-room"});
  const auto wait = std::chrono::seconds(20);
  const std::string facilitator = credential_of(server.wait_for_line("facilitator: ", wait));
  const std::string participant = credential_of(server.wait_for_line("participant: ", wait));
  const std::string board = credential_of(server.wait_for_line("board: ", wait));
  const std::string projector = credential_of(server.wait_for_line("projector: ", wait));
  ASSERT_FALSE(facilitator.empty());
  ASSERT_FALSE(participant.empty());
  const std::string base = "http://127.0.0.1:" + std::to_string(server.port());
  EXPECT_TRUE(server.wait_for_line("participant: " + base + "/#/join/", wait).has_value());

  struct Case {
    std::string credential;
    void (kring::v1::JoinRoom::*set)(const std::string&);
    kring::v1::Role role;
  };
  const std::vector<Case> cases = {
      {facilitator, &kring::v1::JoinRoom::set_facilitator_secret, kring::v1::ROLE_FACILITATOR},
      {participant, &kring::v1::JoinRoom::set_participant_code, kring::v1::ROLE_PARTICIPANT},
      {board, &kring::v1::JoinRoom::set_board_code, kring::v1::ROLE_BOARD_MEMBER},
      {projector, &kring::v1::JoinRoom::set_projector_token, kring::v1::ROLE_PROJECTOR},
  };
  for (const Case& c : cases) {
    std::unique_ptr<WsClient> client = connect_with_hello(server.port());
    kring::v1::JoinRoom join;
    (join.*c.set)(c.credential);
    const kring::v1::Joined joined = client->join(join);
    EXPECT_EQ(joined.role(), c.role) << c.credential;
    EXPECT_FALSE(joined.recovered());
    EXPECT_TRUE(joined.has_snapshot());
  }
  EXPECT_TRUE(server.stop().clean());
}

}  // namespace
}  // namespace demo_room_test
}  // namespace kring::test
