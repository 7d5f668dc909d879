// RoomDriver: one room driven the way the hub drives it, without the hub.
// Frames are decoded by the protocol decoder, decided as one of a fixed cast
// of actors and, when accepted, applied with the next seq. Used by
// fuzz_room_core and by make_seeds (which records what it plays).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <variant>
#include <vector>

#include "core/room.hpp"

namespace kring::fuzz {

// The cast, by actor index: the facilitator, three participants, three board
// members and the projector. Members joined in this order right after the
// room was created (seq 2..7). Three of each, because a secret ballot is
// revealed only once at least three have voted.
inline constexpr std::size_t actor_count = 8;
inline constexpr std::size_t facilitator_actor = 0;
inline constexpr std::size_t first_participant_actor = 1;
inline constexpr std::size_t first_board_actor = 4;
inline constexpr std::size_t projector_actor = 7;

// What one frame led to.
struct NotACommand {};  // did not decode, or decoded into no room command
using StepOutcome = std::variant<NotACommand, core::Rejection, core::Duplicate, core::Event>;

class RoomDriver {
 public:
  // Called on every decoded command before it is decided.
  using Rewrite = std::function<void(core::Command&)>;

  RoomDriver();

  StepOutcome step(std::size_t actor, std::string_view frame, const Rewrite& rewrite = {});
  void advance_clock(core::TimeMs ms) { now_ += ms; }

  const core::RoomState& state() const { return state_; }
  // Every event applied so far, the room's creation and the joins included.
  const std::vector<core::Event>& events() const { return events_; }

 private:
  core::Event accept(const core::Command& command, const core::Actor& actor);

  core::RoomState state_;
  std::vector<core::Event> events_;
  std::array<core::Actor, actor_count> actors_{};
  core::TimeMs now_ = 1'700'000'000'000;
  std::uint64_t entropy_ = 0x6b72696e67;
};

}  // namespace kring::fuzz
