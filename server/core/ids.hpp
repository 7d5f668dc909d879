// Identifiers and positions used across the core. Plain integers: the core
// never interprets them beyond equality and order.
#pragma once

#include <cstdint>

namespace kring::core {

using RoomId = std::uint64_t;
using MemberId = std::uint64_t;
using BoardId = std::uint64_t;
using NoteId = std::uint64_t;
using VoteId = std::uint64_t;
using ZoneId = std::uint32_t;
using OptionId = std::uint32_t;
using DilemmaId = std::uint64_t;
using ProposalId = std::uint64_t;
using BundleId = std::uint64_t;
using ActionId = std::uint64_t;

// Position in a room's log. The first event of a room has seq 1; 0 means "nothing yet".
using Seq = std::uint64_t;
// Identifies one incarnation of a room's log. A client whose epoch differs from
// the room's cannot resume and gets a snapshot instead.
using Epoch = std::uint64_t;

// Milliseconds since the Unix epoch. The core never reads a clock: callers pass it.
using TimeMs = std::int64_t;

}  // namespace kring::core
