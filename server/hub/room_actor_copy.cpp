// room_actor: the room's end of life (retention closes it, DeleteRoom removes
// it from storage first), and handing a copy of the state to readers off the
// strand.
#include <utility>

#include "hub/replies.hpp"
#include "hub/room_actor.hpp"
#include "protocol/codec.hpp"

namespace kring::hub {

void RoomActor::copy_state(StateDone done) {
  on_strand("room copy state", [this, done = std::move(done)]() mutable {
    auto answer = [this](const StateDone& reply) {
      if (!state_.created || closed_) return reply(StateCopy{});
      reply(StateCopy{std::make_shared<const core::RoomState>(state_), false});
    };
    if (!loading_) return answer(done);
    // Waits with the joins: a room opened from the log answers once it is read.
    if (waiting_joins_.size() >= options_.max_waiting_joins) return done(StateCopy{nullptr, true});
    waiting_joins_.push_back([answer, done = std::move(done)] { answer(done); });
  });
}

void RoomActor::close() {
  on_strand("room close", [this] {
    closed_ = true;
    subscription_.reset();
    send_sessions_away();
  });
}

void RoomActor::delete_room(std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                            std::function<void()> forgotten) {
  on_strand("room delete", [this, session = std::move(session), request_id,
                            forgotten = std::move(forgotten)]() mutable {
    const std::optional<Seat> seat = audiences_.find(session);
    if (!seat) {
      return send_error(session, metrics_, request_id,
                        {core::ErrorCode::not_joined, "join a room first"});
    }
    if (seat->role != core::Role::facilitator) {
      return send_error(session, metrics_, request_id,
                        {core::ErrorCode::forbidden, "only the facilitator deletes the room"});
    }
    if (closed_) {
      return send_error(session, metrics_, request_id,
                        {core::ErrorCode::room_not_found, "no such room"});
    }
    log_.remove_room(id_, [self = shared_from_this(), session, request_id,
                           forgotten = std::move(forgotten)](log::WriteStatus status) mutable {
      self->on_strand("room deleted", [actor = self.get(), session, request_id, status,
                                       forgotten = std::move(forgotten)] {
        if (status != log::WriteStatus::written) {
          return send_error(
              session, actor->metrics_, request_id,
              {core::ErrorCode::storage_unavailable, "room storage unavailable, try again"});
        }
        send_frame(session, protocol::encode_ack(request_id, actor->state_.seq, 0));
        actor->end_deleted();
        forgotten();
      });
    });
  });
}

void RoomActor::end_deleted() {
  if (closed_) return;
  closed_ = true;
  subscription_.reset();
  early_events_.clear();
  for (const auto& session : audiences_.take_all()) {
    if (const auto sink = session.lock()) sink->close_room_deleted();
  }
}

}  // namespace kring::hub
