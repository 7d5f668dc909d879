// decode_client: bytes -> ClientMessage or a typed DecodeFailure.
#include <google/protobuf/stubs/logging.h>

#include <climits>
#include <string>
#include <utility>
#include <variant>

#include "core/limits.hpp"
#include "kring/v1/envelope.pb.h"
#include "protocol/codec.hpp"
#include "protocol/decode_command.hpp"
#include "protocol/wire_enums.hpp"

namespace kring::protocol {

namespace {

using Decoded = std::variant<ClientPayload, core::Rejection>;

Hello hello(v1::Hello& in) {
  // Passed through as a number, whatever it is: the connection layer decides
  // what an unsupported version means. A negative open-enum value wraps to a
  // large number, which is just as unsupported.
  return Hello{static_cast<std::uint32_t>(in.protocol_version()), std::move(*in.mutable_client())};
}

Decoded join_room(v1::JoinRoom& in) {
  JoinRoom out;
  using Case = v1::JoinRoom::CredentialCase;
  switch (in.credential_case()) {
    case Case::kFacilitatorSecret:
      out.kind = CredentialKind::facilitator_secret;
      out.credential = std::move(*in.mutable_facilitator_secret());
      break;
    case Case::kParticipantCode:
      out.kind = CredentialKind::participant_code;
      out.credential = std::move(*in.mutable_participant_code());
      break;
    case Case::kBoardCode:
      out.kind = CredentialKind::board_code;
      out.credential = std::move(*in.mutable_board_code());
      break;
    case Case::kProjectorToken:
      out.kind = CredentialKind::projector_token;
      out.credential = std::move(*in.mutable_projector_token());
      break;
    case Case::CREDENTIAL_NOT_SET:
      return core::Rejection{core::ErrorCode::invalid_argument, "join_room has no credential"};
  }
  out.member_secret = std::move(*in.mutable_member_secret());
  out.display_name = std::move(*in.mutable_display_name());
  if (in.has_resume_from()) {
    out.resume_from =
        StreamPosition{in.resume_from().epoch(), in.resume_from().seq(), in.resume_from().at_ms()};
  }
  return out;
}

ClaimNotes claim_notes(v1::ClaimNotes& in) {
  ClaimNotes out;
  out.note_secrets.reserve(static_cast<std::size_t>(in.note_secrets_size()));
  for (std::string& secret : *in.mutable_note_secrets())
    out.note_secrets.push_back(std::move(secret));
  return out;
}

Decoded create_room(v1::CreateRoom& in) {
  const std::optional<core::RoomKind> kind = room_kind_from_proto(in.kind());
  if (!kind) {
    return core::Rejection{core::ErrorCode::invalid_argument, "create_room.kind is unknown"};
  }
  return CreateRoom{std::move(*in.mutable_title()), std::move(*in.mutable_time_zone()), *kind};
}

Decoded room_command(v1::RoomCommand& in) {
  switch (in.command_case()) {
    case v1::RoomCommand::kDeleteRoom:
      return DeleteRoom{};
    case v1::RoomCommand::kAttachRoom: {
      v1::AttachRoom& attach = *in.mutable_attach_room();
      return AttachRoom{std::move(*in.mutable_idempotency_key()),
                        std::move(*attach.mutable_facilitator_secret()),
                        std::move(*attach.mutable_job_family()), attach.board_meeting()};
    }
    case v1::RoomCommand::kReleaseDecisions:
      return ReleaseDecisions{std::move(*in.mutable_idempotency_key()),
                              in.release_decisions().dilemma_id()};
    case v1::RoomCommand::kImportDilemmas: {
      const v1::ImportDilemmas& import = in.import_dilemmas();
      if (import.dilemma_ids_size() > static_cast<int>(core::limits::max_dilemmas)) {
        return core::Rejection{core::ErrorCode::invalid_argument, "too many dilemmas"};
      }
      return ImportDilemmas{import.room_id(),
                            {import.dilemma_ids().begin(), import.dilemma_ids().end()}};
    }
    default:
      break;
  }
  std::variant<core::Command, core::Rejection> command = decode_command(in);
  if (auto* rejection = std::get_if<core::Rejection>(&command)) return std::move(*rejection);
  return std::move(std::get<core::Command>(command));
}

Decoded payload_of(v1::ClientMessage& in) {
  using Case = v1::ClientMessage::PayloadCase;
  switch (in.payload_case()) {
    case Case::kHello:
      return hello(*in.mutable_hello());
    case Case::kCreateRoom:
      return create_room(*in.mutable_create_room());
    case Case::kJoinRoom:
      return join_room(*in.mutable_join_room());
    case Case::kCommand:
      return room_command(*in.mutable_command());
    case Case::kClaimNotes:
      return claim_notes(*in.mutable_claim_notes());
    case Case::kPing:
      return Ping{in.ping().nonce()};
    case Case::kGetProgrammeOverview:
      return GetProgrammeOverview{};
    case Case::PAYLOAD_NOT_SET:
      break;
  }
  // Also reached for a payload field number this build does not know: the
  // parser keeps it as an unknown field and leaves the oneof unset.
  return core::Rejection{core::ErrorCode::unknown_payload, "client message has no known payload"};
}

// The request_id of a frame that does not parse as a whole, when it leads the
// frame as every serializer writes it (field 1, varint, first); else 0. Lets a
// client match the error to its request even when the rest is broken.
std::uint64_t leading_request_id(std::string_view frame) {
  constexpr char request_id_tag = 0x08;  // field 1, wire type 0 (varint)
  if (frame.empty() || frame[0] != request_id_tag) return 0;
  std::uint64_t value = 0;
  for (std::size_t i = 1; i < frame.size() && i <= 10; ++i) {
    const auto byte = static_cast<unsigned char>(frame[i]);
    value |= std::uint64_t{byte & 0x7Fu} << (7 * (i - 1));
    if ((byte & 0x80u) == 0) return value;
  }
  return 0;
}

}  // namespace

std::variant<ClientMessage, DecodeFailure> decode_client(std::string_view frame) {
  v1::ClientMessage message;
  // ParseFromArray also fails on invalid UTF-8 in a proto3 string field, so
  // every string below is valid UTF-8; bytes fields may hold anything.
  // Protobuf logs one stderr line per such field; the silencer keeps a client
  // from filling the server's log with them (the client still gets its
  // malformed_frame). It also mutes other threads' protobuf logs meanwhile,
  // which protobuf documents as acceptable for this use.
  bool parsed = false;
  if (frame.size() <= static_cast<std::size_t>(INT_MAX)) {
    const google::protobuf::LogSilencer quiet;
    parsed = message.ParseFromArray(frame.data(), static_cast<int>(frame.size()));
  }
  if (!parsed) {
    return DecodeFailure{leading_request_id(frame),
                         {core::ErrorCode::malformed_frame, "frame is not a ClientMessage"}};
  }
  const std::uint64_t request_id = message.request_id();
  Decoded payload = payload_of(message);
  if (auto* rejection = std::get_if<core::Rejection>(&payload)) {
    return DecodeFailure{request_id, std::move(*rejection)};
  }
  return ClientMessage{request_id, std::move(std::get<ClientPayload>(payload))};
}

}  // namespace kring::protocol
