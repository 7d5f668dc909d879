// event_fingerprint: tells two events at the same seq of one room apart, so a
// room can notice that the log holds another event where it applied one (a
// fork after a Redis failover). Two distinct events at one seq differ in the
// deciding node's clock, the command's random idempotency key or their kind;
// a collision needs all three to agree. Never 0 (0 means "unknown").
#pragma once

#include <cstdint>

#include "core/events.hpp"

namespace kring::hub {

std::uint64_t event_fingerprint(const core::Event& event);

}  // namespace kring::hub
