// room_actor: handing a copy of the room's state to work that must not hold
// the strand (the decision record).
#include <utility>

#include "hub/room_actor.hpp"

namespace kring::hub {

void RoomActor::copy_state(StateDone done) {
  on_strand("room copy state", [this, done = std::move(done)]() mutable {
    auto answer = [this](const StateDone& reply) {
      if (!state_.created || phase_.is(Phase::closed)) return reply(StateCopy{});
      reply(StateCopy{std::make_shared<const core::RoomState>(state_), false});
    };
    if (!phase_.loading()) return answer(done);
    // Waits with the joins: a room opened from the log answers once it is read.
    if (waiting_for_load_.size() >= options_.max_waiting_for_load) {
      return done(StateCopy{nullptr, true});
    }
    waiting_for_load_.push_back([answer, done = std::move(done)] { answer(done); });
  });
}

}  // namespace kring::hub
