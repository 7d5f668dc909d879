// One place that turns a filled kring.v1.ServerMessage into frame bytes.
//
// The bytes are a ServerBatch entry (field 1, length-delimited, then the
// message): on its own a valid one-message ServerBatch, and entries written
// back to back are the batch a session sends when several are queued.
#pragma once

#include <google/protobuf/arena.h>
#include <google/protobuf/io/coded_stream.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "kring/v1/envelope.pb.h"

namespace kring::protocol {

// Builds a ServerMessage with `request_id`, lets `fill` set its payload, and
// returns it serialized. The message and all its sub-messages live on an
// arena whose first block is on the stack: an encode is a handful of bump
// allocations instead of one heap allocation per sub-message and string
// holder, which matters for events (encoded once per audience per event).
// The bytes in front of a ServerMessage of `message_size` bytes that make it a
// ServerBatch entry.
inline std::size_t batch_entry_header_size(std::uint32_t message_size) {
  return 1 + google::protobuf::io::CodedOutputStream::VarintSize32(message_size);
}

// Writes that header at `at`; returns where the message goes.
inline std::uint8_t* write_batch_entry_header(std::uint32_t message_size, std::uint8_t* at) {
  static_assert(kring::v1::ServerBatch::kMessagesFieldNumber == 1);
  constexpr std::uint8_t batch_entry_tag = (1 << 3) | 2;  // field 1, length-delimited
  *at++ = batch_entry_tag;
  return google::protobuf::io::CodedOutputStream::WriteVarint32ToArray(message_size, at);
}

template <typename Fill>
std::string serialize_server_message(std::uint64_t request_id, Fill&& fill) {
  alignas(std::max_align_t) std::array<char, 2048> first_block;
  google::protobuf::Arena arena(first_block.data(), first_block.size());
  auto* message = google::protobuf::Arena::CreateMessage<kring::v1::ServerMessage>(&arena);
  message->set_request_id(request_id);
  fill(*message);
  const auto size = static_cast<std::uint32_t>(message->ByteSizeLong());
  std::string entry(batch_entry_header_size(size) + size, '\0');
  auto* at = write_batch_entry_header(size, reinterpret_cast<std::uint8_t*>(entry.data()));
  message->SerializeWithCachedSizesToArray(at);
  return entry;
}

}  // namespace kring::protocol
