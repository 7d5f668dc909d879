#include "log/redis/snapshot_value.hpp"

#include "log/redis/redis_reply.hpp"
#include "log/redis/state_codec.hpp"

namespace kring::log::redis {

std::string encode_snapshot_value(const core::RoomState& state) {
  return std::to_string(state.seq) + ":" + encode_room_state(state);
}

std::optional<core::RoomState> decode_snapshot_value(std::string_view value) {
  const auto parts = split_seq_prefix(value);
  if (!parts) return std::nullopt;
  auto state = decode_room_state(parts->bytes);
  if (!state || state->seq != parts->seq) return std::nullopt;
  return state;
}

}  // namespace kring::log::redis
