// state_codec: a whole core::RoomState <-> bytes (kring.bus.v1.RoomSnapshot),
// for compaction snapshots and reseeding a lost log. Like bus_codec, decoding
// treats the bytes as untrusted: malformed input yields nullopt.
//
// Contract: decode(encode(s)) == s for every state apply() can build, including
// the derived indexes (note_by_secret, member_by_secret, hidden_count), the
// idempotency memory (acks_by_key with key_order) and seq.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/room_state.hpp"

namespace kring::log::redis {

std::string encode_room_state(const core::RoomState& state);
std::optional<core::RoomState> decode_room_state(std::string_view bytes);

}  // namespace kring::log::redis
