// What `audience` must not learn, replaced: the hidden values of a room state
// and of an event, swapped for stand-ins. view_event() and view_snapshot()
// must project the original and the masked room identically; any difference
// means a hidden value (or its size) reached that audience.
//
// Hidden from every role: the text of hidden notes, every ballot's choice
// before its vote's reveal, every action score (sums leave only with a
// ranking, which is its own event). Hidden from all but the facilitator: the
// strategy marks until they are shown, the intake proposals, the board code.
#pragma once

#include "core/events.hpp"
#include "core/room_state.hpp"

namespace kring::fuzz {

core::RoomState mask_state(const core::RoomState& state, core::Role audience);

// `after` is the state right after the event, as view_event() gets it.
core::Event mask_event(const core::Event& event, const core::RoomState& after, core::Role audience);

}  // namespace kring::fuzz
