// room_log: the ordered, durable history of every room. The room core does not
// know which implementation it runs on.
//
// Ordering rules every implementation keeps:
//  - seqs of one room are 1, 2, 3, ... with no gap and no reuse within an epoch;
//  - append succeeds only if the room's head is still `expected_head` (so two
//    writers can never fork a room), and reports the seq it got;
//  - a subscriber sees every event of the room exactly once, in seq order,
//    starting after the position it subscribed at;
//  - `done` callbacks and subscriber calls may run on any thread and may run
//    before append() returns; callers hop to their own strand themselves.
//
// An acknowledged command is one whose append reported `appended`: from then on
// it is part of the room forever (until the room is deleted).
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/events.hpp"
#include "core/ids.hpp"

namespace kring::log {

enum class AppendStatus {
  appended,
  // The head moved (another writer); re-read, re-decide, retry.
  conflict,
  // Storage could not confirm durability; the command must not be acknowledged.
  unavailable,
};

struct AppendOutcome {
  AppendStatus status = AppendStatus::unavailable;
  core::Seq seq = 0;
};

struct ReadOutcome {
  bool ok = false;
  core::Epoch epoch = 0;
  // Events with seq > the requested position, in order.
  std::vector<core::Event> events;
};

class RoomLog {
 public:
  using AppendDone = std::function<void(AppendOutcome)>;
  using ReadDone = std::function<void(ReadOutcome)>;
  using OnEvent = std::function<void(const core::Event&)>;

  virtual ~RoomLog() = default;

  // Starts a new log for `room` with a fresh epoch; returns the epoch.
  virtual core::Epoch create(core::RoomId room) = 0;

  virtual void append(core::RoomId room, core::Seq expected_head, core::Event event,
                      AppendDone done) = 0;

  // Every event after `after`, or ok=false if the room is unknown.
  virtual void read_from(core::RoomId room, core::Seq after, ReadDone done) = 0;

  // Calls `on_event` for every event appended to `room` from now on, in seq
  // order. Dropping the returned handle ends the subscription.
  virtual std::shared_ptr<void> subscribe(core::RoomId room, OnEvent on_event) = 0;
};

}  // namespace kring::log
