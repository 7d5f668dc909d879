// room_phase: what a room actor is waiting for, as one value. Every change of
// phase goes through RoomPhase::move_to, which knows the allowed transitions;
// a transition not in the table is a bug in the actor and throws (the strand's
// guarded() logs it and the room keeps its last phase).
//
//   waiting_to_load -> loading                 the first read, or a retry
//   loading -> serving | waiting_to_load       read ok or no log / read failed
//   serving -> catching_up                     a gap, a conflict, a resync
//   catching_up -> serving | waiting_to_catch_up | loading (other epoch)
//                | reseeding (storage lost a log this node knows)
//   waiting_to_catch_up -> catching_up
//   reseeding -> serving | catching_up (another node reseeded first)
//                | waiting_to_catch_up
//   any phase -> closed                        expired, deleted here or elsewhere
#pragma once

#include <string_view>

namespace kring::hub {

enum class Phase {
  // Reading the log before the room can be served (opened here after it was
  // made elsewhere, or reloaded after another node reseeded it). Joins and
  // state copies wait for the read; commands wait too.
  loading,
  // A load read is due: the actor was just opened (its first catch-up is
  // posted), or a load read failed and a timer reads again. Joins and copies
  // wait.
  waiting_to_load,
  // Commands are decided one at a time.
  serving,
  // Reading the events after the applied head (a gap, an append conflict, a
  // resync). Joins are served; commands wait, since a decision on a stale
  // state would only conflict.
  catching_up,
  // A catch-up read failed; a timer reads again. Commands run meanwhile: the
  // log answers them (conflict or unavailable), as it would a moment later.
  waiting_to_catch_up,
  // Storage lost the log; this node writes its state back under a new epoch.
  // Commands wait until the log exists again.
  reseeding,
  // Ended for good (expired or deleted). Every request answers room_not_found.
  closed,
};

std::string_view phase_name(Phase phase);

// Whether an actor in `from` may move to `to`. Staying in a phase is not a move.
bool may_move(Phase from, Phase to);

class RoomPhase {
 public:
  explicit RoomPhase(Phase start) : phase_(start) {}

  Phase now() const { return phase_; }
  bool is(Phase phase) const { return phase_ == phase; }

  // Moves to `to`; throws std::logic_error when the table does not allow it.
  void move_to(Phase to);

  // The room is not read yet: joins and state copies wait.
  bool loading() const { return phase_ == Phase::loading || phase_ == Phase::waiting_to_load; }
  // A read of the log is running.
  bool reading() const { return phase_ == Phase::loading || phase_ == Phase::catching_up; }
  // A new command may be decided now.
  bool takes_commands() const {
    return phase_ == Phase::serving || phase_ == Phase::waiting_to_catch_up;
  }

 private:
  Phase phase_;
};

}  // namespace kring::hub
