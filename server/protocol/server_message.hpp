// One place that turns a filled kring.v1.ServerMessage into frame bytes.
#pragma once

#include <google/protobuf/arena.h>

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
template <typename Fill>
std::string serialize_server_message(std::uint64_t request_id, Fill&& fill) {
  alignas(std::max_align_t) std::array<char, 2048> first_block;
  google::protobuf::Arena arena(first_block.data(), first_block.size());
  auto* message = google::protobuf::Arena::CreateMessage<kring::v1::ServerMessage>(&arena);
  message->set_request_id(request_id);
  fill(*message);
  return message->SerializeAsString();
}

}  // namespace kring::protocol
