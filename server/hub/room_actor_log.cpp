// room_actor: the log path. Reading the room's log to load, to fill a gap or
// to resync after the log reconnected; reloading when the log changed epoch;
// reseeding the log when storage lost it. Every step moves phase_ (see
// hub/room_phase.hpp for what each phase waits for).
#include <utility>

#include "base/guarded.hpp"
#include "base/log_line.hpp"
#include "core/room.hpp"
#include "hub/credential_keys.hpp"
#include "hub/event_fingerprint.hpp"
#include "hub/room_actor.hpp"

namespace kring::hub {

// Reads every event after the applied head. A read or a reseed already under
// way covers the caller; a closed room reads nothing.
void RoomActor::catch_up() {
  if (phase_.reading() || phase_.is(Phase::reseeding) || phase_.is(Phase::closed)) return;
  phase_.move_to(phase_.loading() ? Phase::loading : Phase::catching_up);
  read_log();
}

void RoomActor::read_log() {
  retry_timer_.cancel();  // this read is the one a waiting retry would make
  read_after_ = state_.seq;
  read_after_fingerprint_ = last_fingerprint_;
  log_.read_from(id_, state_.seq, [self = shared_from_this()](log::ReadOutcome outcome) {
    self->on_strand("room catch-up", [actor = self.get(), outcome = std::move(outcome)]() mutable {
      actor->on_read(std::move(outcome));
    });
  });
}

void RoomActor::on_read(log::ReadOutcome outcome) {
  if (phase_.is(Phase::closed)) return answer_after_close();
  const bool loading = phase_.loading();
  switch (outcome.status) {
    case log::ReadStatus::unavailable:
      base::log_line("room catch-up", "the room log could not be read; retrying");
      return read_again_later(loading ? Phase::waiting_to_load : Phase::waiting_to_catch_up);
    case log::ReadStatus::deleted:
      return end_deleted();
    case log::ReadStatus::not_found:
      // A room that exists here but not in storage lost its log (an
      // unpersisted Redis restarted): this node still knows the room.
      if (state_.created) return reseed_log();
      // Not made yet (its first event is on its way) or gone for good.
      early_events_.clear();
      phase_.move_to(Phase::serving);
      release_waiting_for_load();
      pump();
      return;
    case log::ReadStatus::ok:
      break;
  }
  if (!loading && outcome.epoch != epoch_) return reload(outcome.epoch);
  // Storage lost this room's last events and may hold others at their seqs
  // (a Redis replica promoted before it had them; none was acknowledged):
  // following the log on top of them would fork the room. Start over.
  if (!loading && log_forked_from_us(outcome)) {
    base::log_line("room catch-up", "the room log forked away from this room; reloading it");
    return reload(epoch_);
  }
  epoch_ = outcome.epoch;
  phase_.move_to(Phase::serving);
  apply_read(outcome);
  release_waiting_for_load();
  // Events still ahead of a gap: the read ended before them (they were
  // appended after it), so read again.
  if (!early_events_.empty()) catch_up();
  finish_if_applied();
  pump();
  tell_links_what_is_owed();
}

bool RoomActor::log_forked_from_us(const log::ReadOutcome& outcome) const {
  if (read_after_ == 0) return false;
  if (outcome.head > 0 && outcome.head < read_after_) return true;
  return outcome.at_position && read_after_fingerprint_ != 0 &&
         event_fingerprint(*outcome.at_position) != read_after_fingerprint_;
}

// Applies a read: its base state when it jumps past what this actor holds
// (the log was compacted beyond us), then its events in order.
void RoomActor::apply_read(log::ReadOutcome& outcome) {
  if (outcome.base && outcome.base->seq > state_.seq) {
    // Sessions here missed the events folded into the base.
    send_sessions_away();
    state_ = *outcome.base;
    programme_changed_ = state_.kind == core::RoomKind::programme;
    ring_.clear();
    last_fingerprint_ = 0;
  }
  for (const core::Event& event : outcome.events) {
    if (event.seq == state_.seq + 1) apply_and_publish(event);
  }
  apply_in_order();
}

void RoomActor::confirm_in_flight(core::Seq seq) {
  log_.confirm_in_log(id_, epoch_, seq, [self = shared_from_this()](log::WriteStatus status) {
    self->on_strand("room confirm", [actor = self.get(), status] { actor->on_confirmed(status); });
  });
}

void RoomActor::on_confirmed(log::WriteStatus status) {
  if (in_flight_.empty()) return;
  if (status == log::WriteStatus::written) {
    batch_last_seq_ = state_.seq;  // nothing new to apply: answers go now
    return finish_if_applied();
  }
  std::vector<Pending> failed = std::move(in_flight_);
  in_flight_.clear();
  for (Pending& pending : failed) {
    fail(pending, {core::ErrorCode::storage_unavailable, "room log unavailable"});
  }
  // The log ends before events this room applied (a replica promoted before
  // it had them; none was acknowledged): start over from the log.
  if (status == log::WriteStatus::refused) {
    base::log_line("room confirm", "the room log is behind this room; reloading it");
    return reload(epoch_);
  }
  pump();
}

// The log has another epoch: another node reseeded it. Start over from it.
void RoomActor::reload(core::Epoch epoch) {
  send_sessions_away();
  state_ = core::RoomState{};
  ring_.clear();
  early_events_.clear();
  last_fingerprint_ = 0;
  epoch_ = epoch;
  phase_.move_to(Phase::loading);
  read_log();
}

void RoomActor::reseed_log() {
  phase_.move_to(Phase::reseeding);
  const core::Epoch new_epoch = log_.create(id_);
  log_.reseed(id_, new_epoch, state_,
              [self = shared_from_this(), new_epoch](log::WriteStatus status) {
                self->on_strand("room reseed", [actor = self.get(), status, new_epoch] {
                  actor->on_reseeded(status, new_epoch);
                });
              });
}

void RoomActor::on_reseeded(log::WriteStatus status, core::Epoch new_epoch) {
  // Expired or deleted meanwhile: the room stays ended here.
  if (phase_.is(Phase::closed)) return answer_after_close();
  switch (status) {
    case log::WriteStatus::written:
      base::log_line("room reseed", "storage had lost the room's log; reseeded from this node");
      send_sessions_away();
      ring_.clear();
      epoch_ = new_epoch;
      // The directory was lost with the log. A refusal means another room
      // took a key meanwhile; that room keeps it.
      log_.register_credentials(id_, credential_keys_of(state_), [](log::WriteStatus) {});
      phase_.move_to(Phase::serving);
      finish_if_applied();
      pump();
      return;
    case log::WriteStatus::refused:
      // Someone else reseeded first: follow them.
      phase_.move_to(Phase::catching_up);
      return read_log();
    case log::WriteStatus::unavailable:
      return read_again_later(Phase::waiting_to_catch_up);
  }
}

void RoomActor::read_again_later(Phase waiting) {
  phase_.move_to(waiting);
  retry_timer_.expires_after(options_.read_retry);
  retry_timer_.async_wait([self = shared_from_this()](const boost::system::error_code& error) {
    if (!error) base::guarded("room retry", [&] { self->catch_up(); });
  });
  // A command that waited behind the read runs now (waiting_to_catch_up).
  pump();
}

void RoomActor::release_waiting_for_load() {
  if (phase_.loading()) return;
  auto waiting = std::move(waiting_for_load_);
  waiting_for_load_.clear();
  for (auto& request : waiting) request();
}

void RoomActor::send_sessions_away() {
  for (const auto& session : audiences_.take_all()) {
    if (const auto sink = session.lock()) sink->close_going_away();
  }
}

}  // namespace kring::hub
