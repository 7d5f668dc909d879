// Assertions over event streams and frames shared by the integration themes.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kring/v1/envelope.pb.h"
#include "support/ws_client.hpp"

namespace kring::test {

// The name of the payload set on `event` ("note_added", ...), or "sealed".
std::string payload_name(const kring::v1::RoomEvent& event);

// The events carry exactly seq first..last, each once, in order, all in one epoch.
::testing::AssertionResult contiguous(const std::vector<kring::v1::RoomEvent>& events,
                                      std::uint64_t first, std::uint64_t last);

// The events with seq in [first, last] (events outside are skipped).
std::vector<kring::v1::RoomEvent> events_between(const std::vector<kring::v1::RoomEvent>& events,
                                                 std::uint64_t first, std::uint64_t last);

// Every frame of frames[from..] leaves `needle` out (any byte position).
::testing::AssertionResult no_frame_contains(const std::vector<Frame>& frames, std::size_t from,
                                             std::string_view needle);

// The frame that answered `request_id`, or nullptr.
const Frame* find_reply_frame(const std::vector<Frame>& frames, std::uint64_t request_id);

// The event with `seq` among `events`, or nullptr.
const kring::v1::RoomEvent* find_event(const std::vector<kring::v1::RoomEvent>& events,
                                       std::uint64_t seq);

// The size of `value` as a protobuf varint: for comparing frame sizes fairly.
std::size_t varint_size(std::uint64_t value);

}  // namespace kring::test
