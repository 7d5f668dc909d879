// DeleteRoom over the WebSocket: only the facilitator may delete; every
// session of the room is told (RoomDeleted) and closed with 1000; afterwards
// the room's codes and secret find nothing, on the WebSocket and on /record.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/http_client.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace room_delete_test {
namespace {

namespace v1 = kring::v1;

bool saw_room_deleted(const WsClient& client) {
  for (const Frame& frame : client.frames()) {
    if (frame.parsed && frame.message.has_room_deleted()) return true;
  }
  return false;
}

class RoomDelete : public ::testing::Test {
 protected:
  void SetUp() override {
    workshop_ = std::make_unique<Workshop>(server_.port(), "Te verwijderen");
    participant_ = &workshop_->add_participant("Ans");
    board_member_ = &workshop_->add_board_member("Dirk");
    projector_ = &workshop_->add_projector();
    const auto board =
        workshop_->add_board(cmd::add_circles_board("Cirkel", v1::WRITING_MODE_PRIVATE_FIRST));
    (*participant_)->command_ok(cmd::add_note(board.board_id, 1, "weg ermee", random_bytes(24)));
  }

  void TearDown() override {
    workshop_.reset();
    EXPECT_TRUE(server_.stop().clean());
  }

  ServerProcess server_;
  std::unique_ptr<Workshop> workshop_;
  Device* participant_ = nullptr;
  Device* board_member_ = nullptr;
  Device* projector_ = nullptr;
};

TEST_F(RoomDelete, OnlyTheFacilitatorDeletes) {
  for (Device* device : {participant_, board_member_, projector_}) {
    const v1::ServerMessage reply = (*device)->command(cmd::delete_room());
    ASSERT_TRUE(reply.has_error()) << device->name;
    EXPECT_EQ(reply.error().code(), v1::ERROR_CODE_FORBIDDEN) << device->name;
  }
  // Still there.
  WsClient late(server_.port());
  late.hello();
  EXPECT_TRUE(late.join_as_participant(workshop_->room(), "Laat").has_snapshot());
}

TEST_F(RoomDelete, EverySessionIsToldAndClosedAndTheRoomIsGone) {
  const v1::RoomCreated room = workshop_->room();
  const v1::ServerMessage reply = workshop_->facilitator()->command(cmd::delete_room());
  ASSERT_TRUE(reply.has_ack()) << reply.ShortDebugString();
  for (Device* device : workshop_->devices()) {
    const std::optional<CloseInfo> closed = (*device)->wait_for_close();
    ASSERT_TRUE(closed.has_value()) << device->name;
    EXPECT_TRUE(closed->close_frame) << device->name << ": " << closed->describe();
    EXPECT_EQ(closed->code, 1000) << device->name;
    EXPECT_TRUE(saw_room_deleted(**device)) << device->name;
  }

  std::vector<v1::JoinRoom> joins(4);
  joins[0].set_participant_code(room.participant_code());
  joins[1].set_board_code(room.board_code());
  joins[2].set_facilitator_secret(room.facilitator_secret());
  joins[3].set_projector_token(room.projector_token());
  for (const v1::JoinRoom& join : joins) {
    WsClient again(server_.port());
    again.hello();
    v1::ClientMessage message;
    *message.mutable_join_room() = join;
    const v1::ServerMessage answer = again.request(message);
    ASSERT_TRUE(answer.has_error()) << answer.ShortDebugString();
    EXPECT_EQ(answer.error().code(), v1::ERROR_CODE_ROOM_NOT_FOUND);
  }
  const HttpResponse record = http_get(server_.port(), "/record?format=md",
                                       {{"Authorization", "Bearer " + room.facilitator_secret()}});
  EXPECT_EQ(record.status, 401u);
}

}  // namespace
}  // namespace room_delete_test
}  // namespace kring::test
