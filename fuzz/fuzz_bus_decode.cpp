// fuzz_bus_decode: what a node reads back from Redis, which another node (or
// anyone with access to Redis) wrote: stored events and state snapshots.
//
// The first byte picks the decoder (mod 3): decode_stored_event,
// decode_room_state or decode_snapshot_value; the rest is its input. Checked:
// decoding never crashes; a value that decodes round-trips (encode, decode
// again: equal; encode again: the same bytes), and a state that decodes can be
// viewed and encoded for every role (state_codec.cpp promises that decoding
// refuses any state the core could not apply to or view).
#include <google/protobuf/stubs/logging.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "check.hpp"
#include "core/room.hpp"
#include "log/redis/bus_codec.hpp"
#include "log/redis/snapshot_value.hpp"
#include "log/redis/state_codec.hpp"
#include "protocol/codec.hpp"

namespace kring::fuzz {
namespace {

namespace redis = log::redis;

constexpr std::array roles = {core::Role::facilitator, core::Role::participant,
                              core::Role::board_member, core::Role::projector};

// Any seq will do: it is carried beside the bytes, not in them.
constexpr core::Seq stored_seq = 42;

void stored_event(std::string_view bytes) {
  const std::optional<core::Event> event = redis::decode_stored_event(stored_seq, bytes);
  if (!event) return;
  const std::string encoded = redis::encode_stored_event(*event);
  const std::optional<core::Event> again = redis::decode_stored_event(stored_seq, encoded);
  require(again.has_value(), "a re-encoded stored event does not decode");
  require(*again == *event, "a stored event changes in an encode/decode round trip");
  require(redis::encode_stored_event(*again) == encoded, "a stored event re-encodes differently");
}

// Views of every role, as the projections (compared) and as wire bytes (to
// run the protocol encoder over whatever the decoder let through).
std::array<core::Snapshot, roles.size()> views_of(const core::RoomState& state) {
  std::array<core::Snapshot, roles.size()> views;
  for (std::size_t i = 0; i < roles.size(); ++i) {
    views[i] = core::view_snapshot(state, roles[i], 1);
    protocol::JoinedReply joined;
    joined.role = roles[i];
    joined.snapshot = views[i];
    require(!protocol::encode_joined(1, joined).empty(), "a snapshot encodes to nothing");
  }
  return views;
}

// RoomState has no operator==: equal bytes and equal views stand in for it.
void check_state_round_trip(const core::RoomState& state) {
  const std::string encoded = redis::encode_room_state(state);
  const std::optional<core::RoomState> again = redis::decode_room_state(encoded);
  require(again.has_value(), "a re-encoded room state does not decode");
  require(again->seq == state.seq, "a room state's seq changes in a round trip");
  require(redis::encode_room_state(*again) == encoded, "a room state re-encodes differently");
  require(views_of(*again) == views_of(state), "a room state's views change in a round trip");
}

void room_state(std::string_view bytes) {
  const std::optional<core::RoomState> state = redis::decode_room_state(bytes);
  if (state) check_state_round_trip(*state);
}

void snapshot_value(std::string_view bytes) {
  const std::optional<core::RoomState> state = redis::decode_snapshot_value(bytes);
  if (!state) return;
  const std::string value = redis::encode_snapshot_value(*state);
  const std::optional<core::RoomState> again = redis::decode_snapshot_value(value);
  require(again.has_value(), "a re-encoded snapshot value does not decode");
  require(redis::encode_snapshot_value(*again) == value, "a snapshot value re-encodes differently");
  check_state_round_trip(*state);
}

}  // namespace
}  // namespace kring::fuzz

// The bus decoders, unlike decode_client, let protobuf log each string field
// that is not UTF-8; a fuzzer makes thousands. Fatal messages still abort.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  google::protobuf::SetLogHandler(nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0:
      kring::fuzz::stored_event(bytes);
      break;
    case 1:
      kring::fuzz::room_state(bytes);
      break;
    default:
      kring::fuzz::snapshot_value(bytes);
      break;
  }
  return 0;
}
