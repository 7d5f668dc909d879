// hub_fixture: room actors in one process with no sockets and no server
// binary. Sessions are FakeSessions that keep what they are sent; storage is a
// ScriptedLog; everything runs when the test calls settle() (io_context::run
// until no work is left).
#pragma once

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/metrics.hpp"
#include "core/commands.hpp"
#include "core/ids.hpp"
#include "hub/room_actor.hpp"
#include "hub/scripted_log.hpp"
#include "hub/session_sink.hpp"
#include "kring/v1/envelope.pb.h"

namespace kring::hub::test {

class FakeSession final : public SessionSink {
 public:
  void deliver(std::shared_ptr<const std::string> frame) override;
  void close_going_away() override { ++going_away; }
  void close_room_deleted() override { ++room_deleted; }

  // Every ServerMessage delivered so far, decoded, in order.
  const std::vector<v1::ServerMessage>& messages() const { return messages_; }
  // The answers to `request_id` (Joined, Ack, Error, OwnNotes).
  std::vector<v1::ServerMessage> answers(std::uint64_t request_id) const;
  // The one answer to `request_id`; fails the test when there is not exactly one.
  std::optional<v1::ServerMessage> answer(std::uint64_t request_id) const;
  // The seqs of the RoomEvents delivered, in order.
  std::vector<std::uint64_t> event_seqs() const;

  int going_away = 0;
  int room_deleted = 0;

 private:
  std::vector<v1::ServerMessage> messages_;
};

class HubTest : public ::testing::Test {
 protected:
  // Runs every handler until none is left (timers included).
  void settle();

  // A room made on this "node" by CreateRoom, as the registry makes it.
  std::shared_ptr<RoomActor> create_room(core::RoomId room, RoomOptions options = {});
  // The same room opened on another "node" sharing the log.
  std::shared_ptr<RoomActor> open_room(core::RoomId room, RoomOptions options = {});

  std::shared_ptr<FakeSession> join(RoomActor& room, core::Role role,
                                    std::string display_name = {});
  // Sends `body` from `session` with `key`, or a fresh idempotency key when
  // it is empty; returns its request id.
  std::uint64_t command(RoomActor& room, const std::shared_ptr<FakeSession>& session,
                        core::cmd::Body body, std::string key = {});

  boost::asio::io_context io_;
  ScriptedLog log_;
  base::Metrics metrics_;
  std::uint64_t next_request_ = 1;
};

// A RoomEvent's payload case, for messages().
bool is_event(const v1::ServerMessage& message);

}  // namespace kring::hub::test
