// room_ticket: a connection's way into its room while the room is still being
// looked up (the directory may answer later, on another thread). Messages the
// client sends meanwhile are held, in order, and handed to the room right
// after the join once it is known. Thread-safe.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "hub/room_actor.hpp"

namespace kring::hub {

class RoomTicket {
 public:
  using Action = std::function<void(RoomActor&)>;
  enum class Route { done, held, refused };

  explicit RoomTicket(std::size_t max_held) : max_held_(max_held) {}

  // The room is known and the join was posted to it: runs the held actions.
  void resolve(std::shared_ptr<RoomActor> room);
  // The lookup or the join failed: held actions are dropped.
  void fail();

  // Runs `action` on the room now, under the ticket's lock (done), keeps it for resolve() (held),
  // or refuses it: the join failed, or too many are held already.
  Route route(Action action);

  bool failed() const;

 private:
  mutable std::mutex mutex_;
  const std::size_t max_held_;
  std::shared_ptr<RoomActor> room_;
  bool failed_ = false;
  std::vector<Action> held_;
};

}  // namespace kring::hub
