// client_connection: the protocol state machine of one client connection,
// free of any transport. The WebSocket session feeds it decoded-to-be frames
// and it answers through the session's SessionSink.
//
// Rules it enforces (docs/protocol.md): Hello first and once, with our
// version; CreateRoom a few times per connection; JoinRoom once; commands and
// ClaimNotes only once joined; a per-connection message budget. Every frame it
// refuses gets exactly one Error with the frame's request_id (0 when
// unreadable) and changes nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/metrics.hpp"
#include "core/commands.hpp"
#include "core/errors.hpp"
#include "hub/room_actor.hpp"
#include "hub/room_registry.hpp"
#include "hub/room_ticket.hpp"
#include "hub/session_sink.hpp"
#include "hub/token_bucket.hpp"
#include "protocol/messages.hpp"

namespace kring::hub {

struct ConnectionLimits {
  double messages_per_second = 30;
  double message_burst = 60;
  int max_rooms_created = 5;
  // Frames refused for the budget above draw on a budget of their own; a
  // client that spends it (a flood, not a burst) is closed with 1008.
  double refusals_per_second = 10;
  double refusal_burst = 60;
  // Messages held while the room is being looked up.
  std::size_t max_held_while_joining = 64;
};

class ClientConnection {
 public:
  enum class Verdict { keep_open, close };

  // `client_address`, `node_name` and `public_url` are viewed, not copied
  // (every idle connection would carry them): they must outlive the
  // connection, as the session's own address and the server's configuration do.
  ClientConnection(RoomRegistry& registry, base::Metrics& metrics,
                   std::weak_ptr<SessionSink> session, std::string_view client_address,
                   std::string_view node_name, std::string_view public_url,
                   ConnectionLimits limits = {});

  // Handles one received frame. Not thread-safe: call from the session's strand.
  Verdict on_frame(std::string_view frame);

  // The transport is gone: leaves the room, if any.
  void on_closed();

 private:
  void handle(std::uint64_t request_id, protocol::Hello hello);
  void handle(std::uint64_t request_id, protocol::CreateRoom create);
  void handle(std::uint64_t request_id, protocol::JoinRoom join);
  void handle(std::uint64_t request_id, core::Command command);
  void handle(std::uint64_t request_id, protocol::ClaimNotes claim);
  void handle(std::uint64_t request_id, protocol::Ping ping);
  void handle(std::uint64_t request_id, protocol::DeleteRoom);
  // The programme lead's requests that reach other rooms: handed to the room
  // (RoomActor::lead_request), which checks the seat.
  void handle(std::uint64_t request_id, protocol::AttachRoom request);
  void handle(std::uint64_t request_id, protocol::ReleaseDecisions request);
  void handle(std::uint64_t request_id, protocol::ImportDilemmas request);
  void handle(std::uint64_t request_id, protocol::GetProgrammeOverview request);
  void lead(std::uint64_t request_id, RoomActor::LeadRequest request);

  void reject(std::uint64_t request_id, core::ErrorCode code, std::string_view detail);
  // Hands `action` to the room (now, or once it is known).
  void route(std::uint64_t request_id, RoomTicket::Action action);
  // Joined, or a join is on its way; a join that failed does not count.
  bool joined() const;

  RoomRegistry& registry_;
  base::Metrics& metrics_;
  const std::weak_ptr<SessionSink> session_;
  const std::string_view client_address_;
  const std::string_view node_name_;
  const std::string_view public_url_;
  const ConnectionLimits limits_;

  TokenBucket budget_;
  TokenBucket refusals_;
  bool greeted_ = false;
  int rooms_created_ = 0;
  // Set by JoinRoom; failed when the lookup or the join did not seat us.
  std::shared_ptr<RoomTicket> room_;
};

}  // namespace kring::hub
