// room_log: the ordered, durable history of every room, and the directory that
// finds a room by its credentials. The room core does not know which
// implementation it runs on (memory_log: one process; redis_log: many nodes).
//
// Ordering rules every implementation keeps:
//  - seqs of one room are 1, 2, 3, ... with no gap and no reuse within an epoch;
//  - append succeeds only if the room's head is still `expected_head` (so two
//    writers can never fork a room), and reports the seq it got;
//  - `done` callbacks and subscriber calls may run on any thread and may run
//    before the call returns; callers hop to their own strand themselves.
//
// Subscriptions are a fast path, not the truth: a subscriber may miss events
// (Redis pub/sub is at-most-once) or see one twice. It heals with read_from():
// when it sees a seq gap, and whenever `on_resync` runs (the log reconnected and
// cannot vouch for what was published meanwhile).
//
// An acknowledged command is one whose append reported `appended`: from then on
// it is part of the room for as long as its storage keeps it (see
// docs/redis-log.md for what each Redis persistence setting means).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/events.hpp"
#include "core/ids.hpp"
#include "core/room_state.hpp"

namespace kring::log {

enum class AppendStatus {
  appended,
  // The head moved (another writer), or the room's log is gone from storage:
  // re-read, re-decide, retry.
  conflict,
  // Storage could not confirm durability; the command must not be acknowledged.
  unavailable,
};

struct AppendOutcome {
  AppendStatus status = AppendStatus::unavailable;
  core::Seq seq = 0;  // appended: the seq of the last event appended
  // On a conflict because the head moved: the head storage had then, so the
  // writer can tell whether the events that beat it have reached it already.
  // 0 when unknown (another epoch, no log).
  core::Seq head = 0;
};

enum class ReadStatus {
  ok,
  // The storage answered and holds no log for this room (never made, expired,
  // or lost when an unpersisted Redis restarted).
  not_found,
  // The room was removed on purpose (remove_room): it must never come back,
  // so a reader holding its state ends it instead of reseeding the log.
  deleted,
  unavailable,
};

struct ReadOutcome {
  ReadStatus status = ReadStatus::unavailable;
  core::Epoch epoch = 0;
  // Set when the events after the requested position are no longer all kept
  // (the log was compacted or reseeded): the room's state at base->seq, to
  // replace the reader's state. `events` then follow base->seq.
  std::shared_ptr<const core::RoomState> base;
  // Events with seq > the requested position (or > base->seq), in order.
  std::vector<core::Event> events;
  // The log's head when the read began; 0 when storage does not say.
  core::Seq head = 0;
  // The event the log holds at the requested position itself, when storage
  // says: a reader compares it with the one it applied there, to find out
  // that the log forked away from it (a Redis replica promoted before it had
  // this reader's last events, and another node appended others since).
  std::optional<core::Event> at_position;
};

enum class FindStatus { found, not_found, unavailable };

enum class WriteStatus {
  written,
  // Storage answered no (see each call); nothing was written.
  refused,
  unavailable,
};

struct FindOutcome {
  FindStatus status = FindStatus::unavailable;
  core::RoomId room = 0;
};

class RoomLog {
 public:
  using AppendDone = std::function<void(AppendOutcome)>;
  using ReadDone = std::function<void(ReadOutcome)>;
  using FindDone = std::function<void(FindOutcome)>;
  using WriteDone = std::function<void(WriteStatus)>;
  using OnEvent = std::function<void(const core::Event&)>;
  using OnResync = std::function<void()>;

  virtual ~RoomLog() = default;

  // A fresh epoch for a new room's log. It is stored with the room's first
  // append; until then the room has no log.
  virtual core::Epoch create(core::RoomId room) = 0;

  // Appends `events` (at least one) as seqs expected_head + 1 .. + n of
  // `room` in `epoch`, all or none. Reports conflict when the head moved, when
  // the stored epoch differs, or when the room's log is gone while
  // expected_head > 0.
  virtual void append_batch(core::RoomId room, core::Epoch epoch, core::Seq expected_head,
                            std::vector<core::Event> events, AppendDone done) = 0;
  // One event: append_batch of one.
  void append(core::RoomId room, core::Epoch epoch, core::Seq expected_head, core::Event event,
              AppendDone done) {
    std::vector<core::Event> events;
    events.push_back(std::move(event));
    append_batch(room, epoch, expected_head, std::move(events), std::move(done));
  }

  // Whether an append's ack waits for more than the append (replicas, see
  // RedisTarget::min_replicas). Then a command found already applied (a
  // retry whose first attempt was answered unavailable) is acknowledged only
  // after confirm_in_log(): its event may have reached the log but nothing
  // beyond it.
  virtual bool acks_wait_for_replicas() const { return false; }
  // `written` once the room's log holds `seq` in `epoch` as durably as an
  // acknowledged append; `refused` when the log ends before `seq` or has
  // another epoch (storage lost events this room applied); `unavailable`
  // otherwise. Storage whose appends need nothing more answers at once.
  virtual void confirm_in_log(core::RoomId room, core::Epoch epoch, core::Seq seq, WriteDone done) {
    (void)room, (void)epoch, (void)seq;
    done(WriteStatus::written);
  }

  // Every event after `after` (see ReadOutcome::base).
  virtual void read_from(core::RoomId room, core::Seq after, ReadDone done) = 0;

  // Calls `on_event` for events appended to `room` from now on (see the
  // header comment for what it may miss), and `on_resync` when the subscriber
  // should read_from() its head. Dropping the returned handle ends the
  // subscription; a call may still arrive after it is dropped.
  virtual std::shared_ptr<void> subscribe(core::RoomId room, OnEvent on_event,
                                          OnResync on_resync) = 0;

  // Starts `room`'s log again in `new_epoch` from `state` (at state.seq),
  // because storage lost it. Refused when the room has a log again (another
  // node reseeded it first): read it then.
  virtual void reseed(core::RoomId room, core::Epoch new_epoch, const core::RoomState& state,
                      WriteDone done) = 0;

  // Offers `state` (at state.seq, in `epoch`) as the room's snapshot, so that
  // the log may drop older events. Best effort; ignored when stale.
  virtual void store_snapshot(core::RoomId room, core::Epoch epoch,
                              const core::RoomState& state) = 0;

  // Directory: makes every key in `credential_keys` find `room`. Refused when
  // one of them already names another room (nothing is written then). Keys are
  // opaque strings made by the hub (hub/credential_keys.hpp); secrets appear
  // in them only as hashes.
  virtual void register_credentials(core::RoomId room, std::vector<std::string> credential_keys,
                                    WriteDone done) = 0;
  virtual void find_room(std::string credential_key, FindDone done) = 0;

  // Removes `room` from storage for good: its log, its snapshot and every
  // directory key that names it. Afterwards find_room() of its keys answers
  // not_found, read_from() answers deleted (so a node still holding the room
  // ends it instead of reseeding it), and an append expecting events reports
  // conflict. `written` also when nothing was left (an expired room). Used by
  // retention and by deletion. tests/contract holds these rules as tests.
  virtual void remove_room(core::RoomId room, WriteDone done) = 0;

  // Ends connections to storage (the io_context must run a little longer so
  // they can close); later calls answer unavailable. No-op in memory.
  virtual void stop() {}
};

}  // namespace kring::log
