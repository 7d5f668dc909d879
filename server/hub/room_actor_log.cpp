// room_actor: the log path. Reading the room's log to load, to fill a gap or
// to resync after the log reconnected; reloading when the log changed epoch;
// reseeding the log when storage lost it.
#include <utility>

#include "core/room.hpp"
#include "hub/credential_keys.hpp"
#include "hub/room_actor.hpp"

namespace kring::hub {

// Reads every event after the applied head. While it runs no command starts,
// since a decision on a stale state would only conflict.
void RoomActor::catch_up() {
  if (catching_up_ || reseeding_ || closed_) return;
  catching_up_ = true;
  log_.read_from(id_, state_.seq, [self = shared_from_this()](log::ReadOutcome outcome) {
    self->on_strand("room catch-up", [actor = self.get(), outcome = std::move(outcome)]() mutable {
      actor->on_caught_up(std::move(outcome));
    });
  });
}

void RoomActor::on_caught_up(log::ReadOutcome outcome) {
  catching_up_ = false;
  switch (outcome.status) {
    case log::ReadStatus::unavailable:
      log_notice("room catch-up", "the room log could not be read; retrying");
      retry_catch_up_later();
      return;
    case log::ReadStatus::deleted:
      end_deleted();
      finish_loading();
      pump();
      return;
    case log::ReadStatus::not_found:
      // A room that exists here but not in storage lost its log (an
      // unpersisted Redis restarted): this node still knows the room.
      if (state_.created) return reseed_log();
      // Not made yet (its first event is on its way) or gone for good.
      early_events_.clear();
      finish_loading();
      pump();
      return;
    case log::ReadStatus::ok:
      break;
  }
  if (!loading_ && outcome.epoch != epoch_) return reload(outcome.epoch);
  epoch_ = outcome.epoch;
  apply_read(outcome);
  finish_loading();
  // Events still ahead of a gap: the read ended before them (they were
  // appended after it), so read again.
  if (!early_events_.empty()) catch_up();
  finish_if_applied();
  pump();
}

// Applies a read: its base state when it jumps past what this actor holds
// (the log was compacted beyond us), then its events in order.
void RoomActor::apply_read(log::ReadOutcome& outcome) {
  if (outcome.base && outcome.base->seq > state_.seq) {
    // Sessions here missed the events folded into the base.
    send_sessions_away();
    state_ = *outcome.base;
    ring_.clear();
  }
  for (const core::Event& event : outcome.events) {
    if (event.seq == state_.seq + 1) apply_and_publish(event);
  }
  apply_in_order();
}

// The log has another epoch: another node reseeded it. Start over from it.
void RoomActor::reload(core::Epoch epoch) {
  send_sessions_away();
  state_ = core::RoomState{};
  ring_.clear();
  early_events_.clear();
  epoch_ = epoch;
  loading_ = true;
  catch_up();
}

void RoomActor::reseed_log() {
  if (reseeding_ || closed_) return;
  reseeding_ = true;
  catching_up_ = true;  // holds commands back until the log exists again
  const core::Epoch new_epoch = log_.create(id_);
  log_.reseed(id_, new_epoch, state_,
              [self = shared_from_this(), new_epoch](log::WriteStatus status) {
                self->on_strand("room reseed", [actor = self.get(), status, new_epoch] {
                  actor->on_reseeded(status, new_epoch);
                });
              });
}

void RoomActor::on_reseeded(log::WriteStatus status, core::Epoch new_epoch) {
  reseeding_ = false;
  catching_up_ = false;
  switch (status) {
    case log::WriteStatus::written:
      log_notice("room reseed", "storage had lost the room's log; reseeded from this node");
      send_sessions_away();
      ring_.clear();
      epoch_ = new_epoch;
      // The directory was lost with the log. A refusal means another room
      // took a key meanwhile; that room keeps it.
      log_.register_credentials(id_, credential_keys_of(state_), [](log::WriteStatus) {});
      break;
    case log::WriteStatus::refused:
      catch_up();  // someone else reseeded first: follow them
      return;
    case log::WriteStatus::unavailable:
      retry_catch_up_later();
      return;
  }
  finish_if_applied();
  pump();
}

void RoomActor::retry_catch_up_later() {
  if (retry_armed_) return;
  retry_armed_ = true;
  retry_timer_.expires_after(options_.read_retry);
  retry_timer_.async_wait([self = shared_from_this()](const boost::system::error_code& error) {
    self->retry_armed_ = false;
    if (!error) guarded("room retry", [&] { self->catch_up(); });
  });
}

void RoomActor::finish_loading() {
  if (!loading_) return;
  loading_ = false;
  auto waiting = std::move(waiting_joins_);
  waiting_joins_.clear();
  for (auto& join : waiting) join();
}

void RoomActor::send_sessions_away() {
  for (const auto& session : audiences_.take_all()) {
    if (const auto sink = session.lock()) sink->close_going_away();
  }
}

}  // namespace kring::hub
