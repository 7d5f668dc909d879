// The only bridge between wire bytes and the core's types: generated kring.v1
// types stay inside protocol/ (and the shared enum mapping in enums/; the
// stored-event codec in log/redis/ has kring.bus.v1). Decoding never throws: anything the
// network sends either decodes into a ClientMessage or yields a Rejection
// (malformed_frame / unknown_payload / invalid_argument) that the caller sends back.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/errors.hpp"
#include "core/programme.hpp"
#include "core/views.hpp"
#include "protocol/messages.hpp"

namespace kring::protocol {

// A rejected decode still reports the request_id when it could be read, so the
// error can be matched to the request.
struct DecodeFailure {
  std::uint64_t request_id = 0;
  core::Rejection rejection;
};

std::variant<ClientMessage, DecodeFailure> decode_client(std::string_view frame);

// Each encoder returns one kring.v1.ServerMessage as a ServerBatch entry: a
// complete one-message frame, which a session may also send back to back with
// other entries as one frame (see server_message.hpp).
// `server_time_ms`: the node's wall clock, for the device's clock offset.
std::string encode_welcome(std::uint64_t request_id, std::string_view node,
                           std::string_view public_url, core::TimeMs server_time_ms);
std::string encode_room_created(std::uint64_t request_id, const RoomCapabilities& caps);
std::string encode_joined(std::uint64_t request_id, const JoinedReply& joined);
std::string encode_ack(std::uint64_t request_id, core::Seq seq, std::uint64_t created_id);
std::string encode_error(std::uint64_t request_id, const core::Rejection& rejection);
std::string encode_event(const core::ClientEvent& event);
std::string encode_own_notes(std::uint64_t request_id, const std::vector<core::Note>& notes);
std::string encode_pong(std::uint64_t request_id, std::uint64_t nonce, core::TimeMs server_time_ms);
std::string encode_going_away(std::uint32_t retry_after_ms);
std::string encode_programme_overview(std::uint64_t request_id,
                                      const std::vector<core::RoomSummary>& rooms);
// Pushed to every session of a deleted room, just before it is closed.
std::string encode_room_deleted();

}  // namespace kring::protocol
