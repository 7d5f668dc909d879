#include "hub/room_phase.hpp"

#include <array>
#include <stdexcept>
#include <string>

namespace kring::hub {
namespace {

struct Move {
  Phase from;
  Phase to;
};

// Every allowed transition, and why.
constexpr std::array allowed_moves = {
    // The load read came back: ok, not found (not made yet) or deleted.
    Move{Phase::loading, Phase::serving},
    Move{Phase::loading, Phase::waiting_to_load},
    Move{Phase::waiting_to_load, Phase::loading},
    // A gap, a conflict or a resync needs the events after the head.
    Move{Phase::serving, Phase::catching_up},
    Move{Phase::catching_up, Phase::serving},
    Move{Phase::catching_up, Phase::waiting_to_catch_up},
    Move{Phase::waiting_to_catch_up, Phase::catching_up},
    // The log has another epoch: another node reseeded it.
    Move{Phase::catching_up, Phase::loading},
    // The log ends before events this room applied (a Redis replica was
    // promoted before it had them; none was acknowledged): start over.
    Move{Phase::serving, Phase::loading},
    // Storage lost the log of a room this node knows.
    Move{Phase::catching_up, Phase::reseeding},
    Move{Phase::reseeding, Phase::serving},
    // Another node reseeded first: follow it.
    Move{Phase::reseeding, Phase::catching_up},
    Move{Phase::reseeding, Phase::waiting_to_catch_up},
    // Expiry, deletion here, or a read that found the room deleted: from any
    // phase but closed itself.
    Move{Phase::loading, Phase::closed},
    Move{Phase::waiting_to_load, Phase::closed},
    Move{Phase::serving, Phase::closed},
    Move{Phase::catching_up, Phase::closed},
    Move{Phase::waiting_to_catch_up, Phase::closed},
    Move{Phase::reseeding, Phase::closed},
};

}  // namespace

std::string_view phase_name(Phase phase) {
  switch (phase) {
    case Phase::loading:
      return "loading";
    case Phase::waiting_to_load:
      return "waiting_to_load";
    case Phase::serving:
      return "serving";
    case Phase::catching_up:
      return "catching_up";
    case Phase::waiting_to_catch_up:
      return "waiting_to_catch_up";
    case Phase::reseeding:
      return "reseeding";
    case Phase::closed:
      return "closed";
  }
  return "unknown";
}

bool may_move(Phase from, Phase to) {
  for (const Move& move : allowed_moves) {
    if (move.from == from && move.to == to) return true;
  }
  return false;
}

void RoomPhase::move_to(Phase to) {
  if (to == phase_) return;
  if (!may_move(phase_, to)) {
    throw std::logic_error("room phase " + std::string(phase_name(phase_)) + " -> " +
                           std::string(phase_name(to)) + " is not allowed");
  }
  phase_ = to;
}

}  // namespace kring::hub
