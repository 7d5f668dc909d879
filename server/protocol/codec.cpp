// The reply encoders of codec.hpp (encode_event lives in encode_event.cpp,
// decode_client in decode_client.cpp).
#include "protocol/codec.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

#include <cstdint>
#include <string>

#include "protocol/server_message.hpp"
#include "protocol/to_proto.hpp"
#include "protocol/wire_enums.hpp"

namespace kring::protocol {

std::string encode_welcome(std::uint64_t request_id, std::string_view node,
                           std::string_view public_url, core::TimeMs server_time_ms) {
  return serialize_server_message(request_id,
                                  [node, public_url, server_time_ms](v1::ServerMessage& message) {
                                    v1::Welcome* welcome = message.mutable_welcome();
                                    welcome->set_protocol_version(v1::PROTOCOL_VERSION_1);
                                    welcome->set_node(std::string(node));
                                    welcome->set_server_time_ms(server_time_ms);
                                    welcome->set_public_url(std::string(public_url));
                                  });
}

std::string encode_room_created(std::uint64_t request_id, const RoomCapabilities& caps) {
  return serialize_server_message(request_id, [&caps](v1::ServerMessage& message) {
    v1::RoomCreated* created = message.mutable_room_created();
    created->set_facilitator_secret(caps.facilitator_secret);
    created->set_participant_code(caps.participant_code);
    created->set_board_code(caps.board_code);
    created->set_projector_token(caps.projector_token);
  });
}

std::string encode_joined(std::uint64_t request_id, const JoinedReply& joined) {
  return serialize_server_message(request_id, [&joined](v1::ServerMessage& message) {
    v1::Joined* out = message.mutable_joined();
    out->set_role(to_proto(joined.role));
    out->set_member_id(joined.member_id);
    out->set_member_secret(joined.member_secret);
    out->set_recovered(joined.recovered);
    out->set_head_seq(joined.head_seq);
    if (joined.snapshot) to_proto(*joined.snapshot, out->mutable_snapshot());
  });
}

// Written by hand because proto3 leaves a zero field off the wire: an Ack that
// created nothing would be 9 bytes shorter than one that created an id, and
// the Ack's size must not depend on the command. created_id is therefore
// always written, as fixed64. request_id and seq follow the normal proto3
// rule (their values are no secret). The bytes are a normal ServerBatch entry.
std::string encode_ack(std::uint64_t request_id, core::Seq seq, std::uint64_t created_id) {
  using google::protobuf::internal::WireFormatLite;
  using google::protobuf::io::CodedOutputStream;
  constexpr int request_id_field = v1::ServerMessage::kRequestIdFieldNumber;
  constexpr int ack_field = v1::ServerMessage::kAckFieldNumber;
  constexpr int seq_field = v1::Ack::kSeqFieldNumber;
  constexpr int created_id_field = v1::Ack::kCreatedIdFieldNumber;

  const std::size_t ack_size =
      (seq != 0 ? WireFormatLite::TagSize(seq_field, WireFormatLite::TYPE_UINT64) +
                      WireFormatLite::UInt64Size(seq)
                : 0) +
      WireFormatLite::TagSize(created_id_field, WireFormatLite::TYPE_FIXED64) +
      WireFormatLite::kFixed64Size;
  const std::size_t frame_size =
      (request_id != 0 ? WireFormatLite::TagSize(request_id_field, WireFormatLite::TYPE_UINT64) +
                             WireFormatLite::UInt64Size(request_id)
                       : 0) +
      WireFormatLite::TagSize(ack_field, WireFormatLite::TYPE_MESSAGE) +
      CodedOutputStream::VarintSize32(static_cast<std::uint32_t>(ack_size)) + ack_size;

  const auto message_size = static_cast<std::uint32_t>(frame_size);
  std::string frame(batch_entry_header_size(message_size) + frame_size, '\0');
  auto* cursor =
      write_batch_entry_header(message_size, reinterpret_cast<std::uint8_t*>(frame.data()));
  if (request_id != 0)
    cursor = WireFormatLite::WriteUInt64ToArray(request_id_field, request_id, cursor);
  cursor =
      WireFormatLite::WriteTagToArray(ack_field, WireFormatLite::WIRETYPE_LENGTH_DELIMITED, cursor);
  cursor = CodedOutputStream::WriteVarint32ToArray(static_cast<std::uint32_t>(ack_size), cursor);
  if (seq != 0) cursor = WireFormatLite::WriteUInt64ToArray(seq_field, seq, cursor);
  WireFormatLite::WriteFixed64ToArray(created_id_field, created_id, cursor);
  return frame;
}

std::string encode_error(std::uint64_t request_id, const core::Rejection& rejection) {
  return serialize_server_message(request_id, [&rejection](v1::ServerMessage& message) {
    v1::Error* error = message.mutable_error();
    error->set_code(to_proto(rejection.code));
    error->set_detail(rejection.detail);
  });
}

std::string encode_own_notes(std::uint64_t request_id, const std::vector<core::Note>& notes) {
  return serialize_server_message(request_id, [&notes](v1::ServerMessage& message) {
    append_all(notes, message.mutable_own_notes()->mutable_notes());
  });
}

std::string encode_programme_overview(std::uint64_t request_id,
                                      const std::vector<core::RoomSummary>& rooms) {
  return serialize_server_message(request_id, [&rooms](v1::ServerMessage& message) {
    v1::ProgrammeOverview* overview = message.mutable_programme_overview();
    for (const core::RoomSummary& room : rooms) {
      v1::RoomSummary* out = overview->add_rooms();
      out->set_room_id(room.room_id);
      out->set_job_family(room.job_family);
      out->set_board_meeting(room.board_meeting);
      out->set_status(to_proto(room.status));
      out->set_title(room.title);
      out->set_participants(room.participants);
      out->set_board_members(room.board_members);
      append_all(room.dilemmas, out->mutable_dilemmas());
      append_all(room.results, out->mutable_results());
      append_all(room.bundles, out->mutable_bundles());
      out->set_news_version(room.news_version);
      out->set_up_to_date(room.up_to_date);
    }
  });
}

std::string encode_pong(std::uint64_t request_id, std::uint64_t nonce,
                        core::TimeMs server_time_ms) {
  return serialize_server_message(request_id, [nonce, server_time_ms](v1::ServerMessage& message) {
    v1::Pong* pong = message.mutable_pong();
    pong->set_nonce(nonce);
    pong->set_server_time_ms(server_time_ms);
  });
}

std::string encode_going_away(std::uint32_t retry_after_ms) {
  // Pushed, not a reply: request_id 0.
  return serialize_server_message(0, [retry_after_ms](v1::ServerMessage& message) {
    message.mutable_going_away()->set_retry_after_ms(retry_after_ms);
  });
}

std::string encode_room_deleted() {
  return serialize_server_message(
      0, [](v1::ServerMessage& message) { message.mutable_room_deleted(); });
}

}  // namespace kring::protocol
