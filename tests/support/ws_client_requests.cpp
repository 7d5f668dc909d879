// The protocol half of WsClient: requests, their replies, and the Hello /
// CreateRoom / JoinRoom / RoomCommand / Ping conversations built on them.
#include <stdexcept>

#include "support/random_bytes.hpp"
#include "support/ws_client.hpp"

namespace kring::test {
namespace {

using Clock = std::chrono::steady_clock;

std::string describe_reply(const kring::v1::ServerMessage& message) {
  if (message.has_error()) {
    return "Error{" + kring::v1::ErrorCode_Name(message.error().code()) + ", \"" +
           message.error().detail() + "\"}";
  }
  return message.ShortDebugString();
}

}  // namespace

kring::v1::ServerMessage WsClient::request(kring::v1::ClientMessage message,
                                           std::chrono::milliseconds timeout) {
  if (message.request_id() == 0) message.set_request_id(next_request_id());
  send(message);
  return wait_for_reply(message.request_id(), timeout);
}

kring::v1::ServerMessage WsClient::wait_for_reply(std::uint64_t request_id,
                                                  std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    std::optional<Frame> frame = consume_frame(deadline);
    if (!frame) {
      fail("no reply to request " + std::to_string(request_id) + ": " +
           (ended_ ? ended_->describe() : std::string("timed out")));
    }
    if (!frame->parsed) fail("received a frame that is not a ServerMessage");
    if (frame->message.request_id() == request_id && !frame->message.has_event()) {
      return frame->message;
    }
    keep_if_stray(*frame);
  }
}

kring::v1::ServerMessage WsClient::next_reply(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    std::optional<Frame> frame = consume_frame(deadline);
    if (!frame) {
      fail(std::string("no reply: ") + (ended_ ? ended_->describe() : std::string("timed out")));
    }
    if (!frame->parsed) fail("received a frame that is not a ServerMessage");
    if (!frame->message.has_event()) return frame->message;
  }
}

kring::v1::Welcome WsClient::hello() {
  kring::v1::ClientMessage message;
  message.mutable_hello()->set_protocol_version(kring::v1::PROTOCOL_VERSION_1);
  message.mutable_hello()->set_client("kring-integration-test");
  const kring::v1::ServerMessage reply = request(message);
  if (!reply.has_welcome()) fail("Hello answered with " + describe_reply(reply));
  return reply.welcome();
}

kring::v1::RoomCreated WsClient::create_room(const std::string& title, kring::v1::RoomKind kind) {
  kring::v1::ClientMessage message;
  message.mutable_create_room()->set_title(title);
  message.mutable_create_room()->set_kind(kind);
  const kring::v1::ServerMessage reply = request(message);
  if (!reply.has_room_created()) fail("CreateRoom answered with " + describe_reply(reply));
  return reply.room_created();
}

kring::v1::Joined WsClient::join(const kring::v1::JoinRoom& join) {
  kring::v1::ClientMessage message;
  *message.mutable_join_room() = join;
  const kring::v1::ServerMessage reply = request(message);
  if (!reply.has_joined()) fail("JoinRoom answered with " + describe_reply(reply));
  joined_ = true;
  base_seq_ =
      reply.joined().recovered() ? join.resume_from().seq() : reply.joined().snapshot().seq();
  return reply.joined();
}

kring::v1::Joined WsClient::join_as_facilitator(const kring::v1::RoomCreated& room) {
  kring::v1::JoinRoom request;
  request.set_facilitator_secret(room.facilitator_secret());
  return join(request);
}

kring::v1::Joined WsClient::join_as_participant(const kring::v1::RoomCreated& room,
                                                const std::string& name) {
  kring::v1::JoinRoom request;
  request.set_participant_code(room.participant_code());
  request.set_display_name(name);
  return join(request);
}

kring::v1::Joined WsClient::join_as_board_member(const kring::v1::RoomCreated& room,
                                                 const std::string& name) {
  kring::v1::JoinRoom request;
  request.set_board_code(room.board_code());
  request.set_display_name(name);
  return join(request);
}

kring::v1::Joined WsClient::join_as_projector(const kring::v1::RoomCreated& room) {
  kring::v1::JoinRoom request;
  request.set_projector_token(room.projector_token());
  return join(request);
}

std::uint64_t WsClient::send_command(kring::v1::RoomCommand command) {
  if (command.idempotency_key().empty()) command.set_idempotency_key(random_bytes(16));
  kring::v1::ClientMessage message;
  message.set_request_id(next_request_id());
  *message.mutable_command() = std::move(command);
  send(message);
  return message.request_id();
}

kring::v1::ServerMessage WsClient::command(kring::v1::RoomCommand command,
                                           std::chrono::milliseconds timeout) {
  const std::uint64_t request_id = send_command(std::move(command));
  return wait_for_reply(request_id, timeout);
}

kring::v1::Ack WsClient::command_ok(kring::v1::RoomCommand command,
                                    std::chrono::milliseconds timeout) {
  const std::string what = command.ShortDebugString();
  const kring::v1::ServerMessage reply = this->command(std::move(command), timeout);
  if (!reply.has_ack()) fail("command " + what + " answered with " + describe_reply(reply));
  return reply.ack();
}

void WsClient::sync(std::chrono::milliseconds timeout) {
  kring::v1::ClientMessage message;
  message.mutable_ping()->set_nonce(last_request_id_ + 1000);
  const kring::v1::ServerMessage reply = request(message, timeout);
  if (!reply.has_pong()) fail("Ping answered with " + describe_reply(reply));
}

}  // namespace kring::test
