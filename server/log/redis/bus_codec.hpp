// bus_codec: core::Event <-> the bytes a node stores in Redis (kring.bus.v1.StoredEvent).
// The only place in the log that sees the bus schema. Stored bytes come from
// other nodes, so decoding treats them as untrusted: any malformed input or
// unknown enum value yields nullopt, never a half-filled event.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/events.hpp"

namespace kring::log::redis {

// event.seq is not encoded: Redis assigns and stores it beside the bytes.
std::string encode_stored_event(const core::Event& event);
// The decoded event gets `seq` (read from the stream entry or the message).
std::optional<core::Event> decode_stored_event(core::Seq seq, std::string_view bytes);

}  // namespace kring::log::redis
