// room_actor: handing a copy of the state to readers off the strand.
#include <utility>

#include "hub/room_actor.hpp"

namespace kring::hub {

void RoomActor::copy_state(StateDone done) {
  on_strand("room copy state", [this, done = std::move(done)]() mutable {
    auto answer = [this](const StateDone& reply) {
      if (!state_.created) return reply(StateCopy{});
      reply(StateCopy{std::make_shared<const core::RoomState>(state_), false});
    };
    if (!loading_) return answer(done);
    // Waits with the joins: a room opened from the log answers once it is read.
    if (waiting_joins_.size() >= options_.max_waiting_joins) return done(StateCopy{nullptr, true});
    waiting_joins_.push_back([answer, done = std::move(done)] { answer(done); });
  });
}

}  // namespace kring::hub
