// The pure room core: decide, apply, view. No I/O, no clock, no randomness of
// its own: time and entropy are passed in, so every node that applies the same
// log reaches the same state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/commands.hpp"
#include "core/errors.hpp"
#include "core/events.hpp"
#include "core/room_state.hpp"
#include "core/views.hpp"

namespace kring::core {

struct Accepted {
  Event event;  // seq is left 0: the log assigns it
  std::uint64_t created_id = 0;
};
// The command's idempotency key was already accepted: answer with the first ack.
struct Duplicate {
  RememberedAck ack;
};
using Decision = std::variant<Accepted, Duplicate, Rejection>;

// Validates `command` from `actor` against `state`. Never mutates. `entropy`
// seeds every random choice (note ids, reveal shuffle); the result is a pure
// function of the arguments.
Decision decide(const RoomState& state, const Command& command, const Actor& actor, TimeMs now,
                std::uint64_t entropy);

// Folds one event into the state. Precondition: event.seq == state.seq + 1 and
// the event was produced by decide() on an equal state (asserted where cheap).
void apply(RoomState& state, const Event& event);

// The one place that decides what `audience` may see of `event`, given the
// state right after applying it.
view::Body view_event(const RoomState& after, const Event& event, Role audience);

// The room as `audience` may see it.
Snapshot view_snapshot(const RoomState& state, Role audience, Epoch epoch);

// Notes (also hidden ones) whose secret is among `secrets`: how an author's
// device gets its own private notes back after a reconnect.
std::vector<Note> claim_notes(const RoomState& state, const std::vector<std::string>& secrets);

// The member whose device holds `member_secret`, if any.
std::optional<Member> find_member(const RoomState& state, std::string_view member_secret);

// The id a remembered or fresh acceptance created (note, board, vote, member), or 0.
std::uint64_t created_id_of(const Event& event);

}  // namespace kring::core
