// snapshot_value: the value of a room's snapshot key, "<seq>:<RoomSnapshot
// bytes>". The seq prefix lets the Lua scripts compare snapshots without
// decoding protobuf.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/room_state.hpp"

namespace kring::log::redis {

std::string encode_snapshot_value(const core::RoomState& state);
// nullopt when malformed, or when the prefix and the state's seq disagree.
std::optional<core::RoomState> decode_snapshot_value(std::string_view value);

}  // namespace kring::log::redis
