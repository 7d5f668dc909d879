#include "hub/room_ticket.hpp"

#include <utility>

namespace kring::hub {

void RoomTicket::resolve(std::shared_ptr<RoomActor> room) {
  const std::lock_guard lock(mutex_);
  if (failed_) return;
  room_ = std::move(room);
  // Under the lock, so that an action routed meanwhile cannot overtake these.
  // The room's entry points only post to its strand: nothing blocks here.
  for (Action& action : held_) action(*room_);
  held_.clear();
}

void RoomTicket::fail() {
  const std::lock_guard lock(mutex_);
  failed_ = true;
  held_.clear();
}

RoomTicket::Route RoomTicket::route(Action action) {
  std::shared_ptr<RoomActor> room;
  {
    const std::lock_guard lock(mutex_);
    if (failed_) return Route::refused;
    if (!room_) {
      if (held_.size() >= max_held_) return Route::refused;
      held_.push_back(std::move(action));
      return Route::held;
    }
    room = room_;
  }
  action(*room);
  return Route::done;
}

bool RoomTicket::failed() const {
  const std::lock_guard lock(mutex_);
  return failed_;
}

}  // namespace kring::hub
