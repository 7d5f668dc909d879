// Decoded client messages: the codec's output, free of protobuf types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/commands.hpp"
#include "core/ids.hpp"
#include "core/views.hpp"

namespace kring::protocol {

inline constexpr std::uint32_t protocol_version = 1;

struct Hello {
  std::uint32_t protocol_version = 0;
  std::string client;
};

struct CreateRoom {
  std::string title;
  std::string time_zone;  // IANA name; empty: the default
  core::RoomKind kind = core::RoomKind::workshop;
};

enum class CredentialKind { facilitator_secret, participant_code, board_code, projector_token };

struct StreamPosition {
  core::Epoch epoch = 0;
  core::Seq seq = 0;
  core::TimeMs at_ms = 0;  // of the client's event at seq; 0 unknown
};

struct JoinRoom {
  CredentialKind kind = CredentialKind::participant_code;
  std::string credential;
  std::string member_secret;  // empty on a first join
  std::string display_name;
  std::optional<StreamPosition> resume_from;
};

struct ClaimNotes {
  std::vector<std::string> note_secrets;
};

struct Ping {
  std::uint64_t nonce = 0;
};

// RoomCommand.delete_room: a hub and storage operation, not a room event.
struct DeleteRoom {};

// The programme lead's commands that reach other rooms: the node resolves
// them (a secret to a room id, a copy of another room's state) into core
// commands (docs/architecture.md, "A programme").
struct AttachRoom {
  std::string idempotency_key;
  std::string facilitator_secret;
  std::string job_family;
  bool board_meeting = false;
};
struct ReleaseDecisions {
  std::string idempotency_key;
  core::DilemmaId dilemma_id = 0;  // the board meeting's; 0: every decided one
};
struct ImportDilemmas {
  core::RoomId room_id = 0;
  std::vector<core::DilemmaId> dilemma_ids;
};
struct GetProgrammeOverview {};

using ClientPayload =
    std::variant<Hello, CreateRoom, JoinRoom, core::Command, ClaimNotes, Ping, DeleteRoom,
                 AttachRoom, ReleaseDecisions, ImportDilemmas, GetProgrammeOverview>;

struct ClientMessage {
  std::uint64_t request_id = 0;
  ClientPayload payload;
};

// The capabilities of a fresh room, shown once to its creator.
struct RoomCapabilities {
  std::string facilitator_secret;
  std::string participant_code;
  std::string board_code;
  std::string projector_token;
};

struct JoinedReply {
  core::Role role = core::Role::participant;
  core::MemberId member_id = 0;
  std::string member_secret;
  bool recovered = false;
  core::Seq head_seq = 0;
  std::optional<core::Snapshot> snapshot;  // set exactly when !recovered
};

}  // namespace kring::protocol
