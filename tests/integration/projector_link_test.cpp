// A new projector link from a second facilitator device, on the wire: the old
// projector is sent away and cannot come back, a projector with the new token
// joins, and no device other than the one that made it sees the token.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace projector_link_test {
namespace {

namespace v1 = kring::v1;

v1::ServerMessage join_reply(WsClient& client, const std::string& projector_token) {
  v1::ClientMessage message;
  message.mutable_join_room()->set_projector_token(projector_token);
  return client.request(message);
}

TEST(ProjectorLink, ASecondFacilitatorDeviceReplacesItAndTheOldOneStopsWorking) {
  ServerProcess server;
  {
    Workshop workshop(server.port(), "Projectorlink");
    Device& ans = workshop.add_participant("Ans");
    Device& old_projector = workshop.add_projector();
    const std::string old_token = workshop.room().projector_token();

    // The meeting-room PC holds only the facilitator link.
    std::unique_ptr<WsClient> meeting_room_pc = connect_with_hello(server.port());
    meeting_room_pc->join_as_facilitator(workshop.room());
    const std::string new_token = "mnopqrstuvwxyz234567abcdef";
    v1::RoomCommand reissue;
    reissue.mutable_reissue_projector_token()->set_projector_token(new_token);
    const std::uint64_t seq = meeting_room_pc->command_ok(reissue).seq();

    // The projector joined with the old token is sent away...
    const auto closed = old_projector->wait_for_close();
    ASSERT_TRUE(closed.has_value()) << "the old projector stayed connected";
    EXPECT_EQ(old_projector->going_away_count(), 1);
    // ...and finds no room when it comes back, like any unknown token.
    std::unique_ptr<WsClient> old_again = connect_with_hello(server.port());
    const v1::ServerMessage refused = join_reply(*old_again, old_token);
    ASSERT_TRUE(refused.has_error());
    EXPECT_EQ(refused.error().code(), v1::ERROR_CODE_ROOM_NOT_FOUND);

    // The new token lets a projector in, on the room as it is.
    std::unique_ptr<WsClient> new_projector = connect_with_hello(server.port());
    const v1::ServerMessage joined = join_reply(*new_projector, new_token);
    ASSERT_TRUE(joined.has_joined()) << joined.DebugString();
    EXPECT_EQ(joined.joined().role(), v1::ROLE_PROJECTOR);
    EXPECT_EQ(joined.joined().snapshot().seq(), seq);

    // No device got the token or its hash; the facilitator's laptop learns
    // that its link was replaced at this seq, the participant nothing.
    for (Device* device : {&workshop.facilitator(), &ans}) {
      (*device)->drain_events_until(seq);
      for (const std::string& bytes : (*device)->event_bytes()) {
        EXPECT_EQ(bytes.find(new_token), std::string::npos) << device->name;
      }
      const v1::RoomEvent* event = find_event((*device)->events(), seq);
      ASSERT_NE(event, nullptr) << device->name;
      EXPECT_EQ(event->payload_case(), device == &ans ? v1::RoomEvent::PAYLOAD_NOT_SET
                                                      : v1::RoomEvent::kProjectorLinkReplaced)
          << device->name;
    }
    // A facilitator device that loads the room later learns it from the snapshot.
    std::unique_ptr<WsClient> reloaded = connect_with_hello(server.port());
    const v1::Joined rejoined = reloaded->join_as_facilitator(workshop.room());
    EXPECT_EQ(rejoined.snapshot().projector_link_seq(), seq);
    EXPECT_EQ(ans.joined.snapshot().projector_link_seq(), 0u);
  }
  EXPECT_TRUE(server.stop().clean());
}

TEST(ProjectorLink, OnlyAFacilitatorMakesOne) {
  ServerProcess server;
  {
    Workshop workshop(server.port(), "Projectorlink regels");
    Device& ans = workshop.add_participant("Ans");
    v1::RoomCommand reissue;
    reissue.mutable_reissue_projector_token()->set_projector_token("mnopqrstuvwxyz234567abcdef");
    const v1::ServerMessage answer = ans->command(reissue);
    ASSERT_TRUE(answer.has_error());
    EXPECT_EQ(answer.error().code(), v1::ERROR_CODE_FORBIDDEN);
    // The old token still works.
    std::unique_ptr<WsClient> projector = connect_with_hello(server.port());
    EXPECT_TRUE(join_reply(*projector, workshop.room().projector_token()).has_joined());
  }
  EXPECT_TRUE(server.stop().clean());
}

}  // namespace
}  // namespace projector_link_test
}  // namespace kring::test
