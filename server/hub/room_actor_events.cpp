// room_actor: the event path. Events are applied strictly in seq order; one
// that arrives ahead of a gap waits while the gap is read from the log.
#include <string>
#include <utility>

#include "core/room.hpp"
#include "hub/event_fingerprint.hpp"
#include "hub/room_actor.hpp"
#include "protocol/codec.hpp"

namespace kring::hub {

void RoomActor::subscribe() {
  std::weak_ptr<RoomActor> weak = weak_from_this();
  subscription_ = log_.subscribe(
      id_,
      [weak](const core::Event& event) {
        if (const auto self = weak.lock()) {
          self->on_strand("room event", [actor = self.get(), event]() mutable {
            actor->on_event(std::move(event));
          });
        }
      },
      [weak] {
        if (const auto self = weak.lock()) {
          self->on_strand("room resync", [actor = self.get()] { actor->catch_up(); });
        }
      });
}

void RoomActor::on_event(core::Event event) {
  if (event.seq <= state_.seq) return;  // already applied (read during a catch-up)
  if (phase_.loading() || event.seq != state_.seq + 1) {
    if (early_events_.size() < options_.ring_events) {
      early_events_.emplace(event.seq, std::move(event));
    }
    catch_up();
    return;
  }
  apply_and_publish(event);
  apply_in_order();
  finish_if_applied();
  tell_links_what_is_owed();
}

// Applies buffered early events that have become next in line.
void RoomActor::apply_in_order() {
  while (!early_events_.empty()) {
    auto first = early_events_.begin();
    if (first->first <= state_.seq) {
      early_events_.erase(first);
    } else if (first->first == state_.seq + 1) {
      const core::Event event = std::move(first->second);
      early_events_.erase(first);
      apply_and_publish(event);
    } else {
      return;
    }
  }
}

// Applies `event`, then encodes its view once per role (all four, for the
// resume ring) and hands each buffer to every session of that role. Roles
// whose bytes come out the same share one buffer: most events read alike for
// every role, and the ring then holds one copy instead of four (memory per
// joined connection, since every join is an event).
void RoomActor::apply_and_publish(const core::Event& event) {
  core::apply(state_, event);
  if (state_.kind == core::RoomKind::programme) programme_changed_ = true;
  last_fingerprint_ = event_fingerprint(event);
  if (event.at_ms > last_activity_ms_.load()) last_activity_ms_.store(event.at_ms);
  if (options_.snapshot_every > 0 && state_.seq % options_.snapshot_every == 0) {
    log_.store_snapshot(id_, epoch_, state_);
  }
  EventRing::Frames frames;
  for (const core::Role role : all_roles) {
    const core::ClientEvent view{epoch_, event.seq, event.at_ms,
                                 core::view_event(state_, event, role)};
    std::string bytes = protocol::encode_event(view);
    Frame& frame = frames[role_index(role)];
    for (const core::Role earlier : all_roles) {
      if (earlier == role) break;
      const Frame& same = frames[role_index(earlier)];
      if (*same == bytes) {
        frame = same;
        break;
      }
    }
    if (!frame) frame = make_frame(std::move(bytes));
  }
  for (const core::Role role : all_roles) {
    if (!audiences_.empty(role)) audiences_.deliver(role, frames[role_index(role)]);
  }
  ring_.push(event.seq, event.at_ms, std::move(frames));
  // A replaced projector token lets nobody in any more, the projectors joined
  // with it included: they are sent away and find no room when they return.
  // On every node, since every node applies the event.
  if (std::holds_alternative<core::ev::ProjectorTokenReissued>(event.body)) {
    for (const auto& session : audiences_.take_role(core::Role::projector)) {
      if (const auto sink = session.lock()) sink->close_going_away();
    }
  }
}

}  // namespace kring::hub
