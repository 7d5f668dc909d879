// room_actor: the room's end of life. Retention closes it; DeleteRoom removes
// it from storage first; a read that finds it deleted by another node ends it
// too. A closed room never reseeds the log, so a removed room cannot come back.
#include <utility>

#include "core/access.hpp"
#include "hub/programme_links.hpp"
#include "hub/replies.hpp"
#include "hub/room_actor.hpp"
#include "protocol/codec.hpp"

namespace kring::hub {

void RoomActor::close() {
  on_strand("room close", [this] {
    if (phase_.is(Phase::closed)) return;
    phase_.move_to(Phase::closed);
    retry_timer_.cancel();
    subscription_.reset();
    send_sessions_away();
    answer_after_close();
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
    if (const auto refused = core::may_delete_room(seat->role)) {
      return send_error(session, metrics_, request_id, *refused);
    }
    if (phase_.is(Phase::closed)) {
      return send_error(session, metrics_, request_id,
                        {core::ErrorCode::room_not_found, "no such room"});
    }
    // A programme's rooms go first: a retry after a failure (or a crash)
    // finds those already gone and goes on.
    if (state_.kind == core::RoomKind::programme && options_.links) {
      std::vector<core::RoomId> rooms;
      for (const core::ProgrammeRoom& room : state_.programme_rooms) {
        if (!room.gone) rooms.push_back(room.room_id);
      }
      return options_.links->delete_rooms(
          std::move(rooms), [self = shared_from_this(), session, request_id,
                             forgotten = std::move(forgotten)](bool deleted) mutable {
            self->on_strand("room programme rooms deleted",
                            [actor = self.get(), session, request_id, deleted,
                             forgotten = std::move(forgotten)]() mutable {
                              if (!deleted) {
                                return send_error(session, actor->metrics_, request_id,
                                                  {core::ErrorCode::storage_unavailable,
                                                   "room storage unavailable, try again"});
                              }
                              actor->remove_from_log(session, request_id, std::move(forgotten));
                            });
          });
    }
    remove_from_log(session, request_id, std::move(forgotten));
  });
}

void RoomActor::remove_from_log(const std::weak_ptr<SessionSink>& session, std::uint64_t request_id,
                                std::function<void()> forgotten) {
  const core::RoomId programme = state_.news.programme_id;
  log_.remove_room(id_, [self = shared_from_this(), session, request_id, programme,
                         forgotten = std::move(forgotten)](log::WriteStatus status) mutable {
    self->on_strand("room deleted", [actor = self.get(), session, request_id, status, programme,
                                     forgotten = std::move(forgotten)] {
      if (status != log::WriteStatus::written) {
        return send_error(
            session, actor->metrics_, request_id,
            {core::ErrorCode::storage_unavailable, "room storage unavailable, try again"});
      }
      send_frame(session, protocol::encode_ack(request_id, actor->state_.seq, 0));
      actor->end_deleted();
      forgotten();
      // The programme it belonged to stops delivering to it and says so.
      if (programme != 0 && actor->options_.links) {
        actor->options_.links->room_deleted(programme, actor->id_);
      }
    });
  });
}

void RoomActor::end_as_deleted() {
  on_strand("room end as deleted", [this] { end_deleted(); });
}

void RoomActor::end_deleted() {
  if (phase_.is(Phase::closed)) return;
  phase_.move_to(Phase::closed);
  retry_timer_.cancel();
  subscription_.reset();
  early_events_.clear();
  for (const auto& session : audiences_.take_all()) {
    if (const auto sink = session.lock()) sink->close_room_deleted();
  }
  answer_after_close();
}

// Joins and copies that waited for a load are answered as for a room that
// does not exist; queued commands get room_not_found from start_next().
void RoomActor::answer_after_close() {
  auto waiting = std::move(waiting_for_load_);
  waiting_for_load_.clear();
  for (auto& request : waiting) request();
  pump();
}

}  // namespace kring::hub
