// RoomTicket: what a connection sends while its room is still being looked up
// is held in order and handed to the room after the join, or dropped.
#include "hub/room_ticket.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/secret_hash.hpp"
#include "hub/hub_fixture.hpp"

namespace kring::hub::test {
namespace room_ticket_test {
namespace {

class RoomTicketTest : public HubTest {};

TEST_F(RoomTicketTest, HeldMessagesRunInOrderOnceTheRoomIsKnown) {
  auto room = create_room(7);
  RoomTicket ticket(8);
  std::vector<int> ran;
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(ticket.route([&ran, i](RoomActor&) { ran.push_back(i); }), RoomTicket::Route::held);
  }
  EXPECT_TRUE(ran.empty());
  ticket.resolve(room);
  EXPECT_EQ(ran, (std::vector<int>{0, 1, 2}));
  // Once resolved, a message goes straight to the room.
  EXPECT_EQ(ticket.route([&ran](RoomActor& actor) { ran.push_back(static_cast<int>(actor.id())); }),
            RoomTicket::Route::done);
  EXPECT_EQ(ran.back(), 7);
}

TEST_F(RoomTicketTest, RefusesBeyondItsBoundAndAfterAFailedJoin) {
  RoomTicket ticket(2);
  int ran = 0;
  EXPECT_EQ(ticket.route([&ran](RoomActor&) { ++ran; }), RoomTicket::Route::held);
  EXPECT_EQ(ticket.route([&ran](RoomActor&) { ++ran; }), RoomTicket::Route::held);
  EXPECT_EQ(ticket.route([&ran](RoomActor&) { ++ran; }), RoomTicket::Route::refused);
  ticket.fail();
  EXPECT_TRUE(ticket.failed());
  EXPECT_EQ(ticket.route([&ran](RoomActor&) { ++ran; }), RoomTicket::Route::refused);
  EXPECT_EQ(ran, 0) << "held messages of a failed join are dropped";
}

TEST_F(RoomTicketTest, AHeldCommandReachesTheRoomAfterTheJoin) {
  auto room = create_room(9);
  auto session = std::make_shared<FakeSession>();
  RoomTicket ticket(8);
  const std::uint64_t request_id = 77;
  ASSERT_EQ(ticket.route([session, request_id](RoomActor& actor) {
    core::Command command;
    command.idempotency_key = "held-command-key-0123456789";
    command.body = core::cmd::SetMinGroupSize{5};
    actor.command(session, request_id, std::move(command));
  }),
            RoomTicket::Route::held);
  JoinRequest request;
  request.role = core::Role::facilitator;
  request.credential_hash = core::hash_secret("facilitator secret");
  room->join(session, 76, std::move(request), {});
  ticket.resolve(room);
  settle();
  ASSERT_GE(session->messages().size(), 2u);
  EXPECT_EQ(session->messages().front().payload_case(), v1::ServerMessage::kJoined);
  const auto ack = session->answer(request_id);
  ASSERT_TRUE(ack.has_value());
  EXPECT_EQ(ack->payload_case(), v1::ServerMessage::kAck) << ack->DebugString();
}

}  // namespace
}  // namespace room_ticket_test
}  // namespace kring::hub::test
