// room_actor: what ties a room to the other rooms of its programme — commands
// this node makes for another room, the lead's requests that reach other
// rooms, and a programme telling its links what it owes its rooms
// (docs/architecture.md, "A programme").
#include <utility>

#include "core/access.hpp"
#include "core/programme.hpp"
#include "hub/programme_links.hpp"
#include "hub/replies.hpp"
#include "hub/room_actor.hpp"

namespace kring::hub {

void RoomActor::submit(core::Command command, SubmitDone done) {
  on_strand("room submit", [this, command = std::move(command), done = std::move(done)]() mutable {
    Pending pending;
    pending.origin = Origin::internal;
    pending.command = std::move(command);
    pending.submit_done = std::move(done);
    enqueue(std::move(pending));
  });
}

void RoomActor::lead_request(std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                             LeadRequest request, std::string client_address) {
  on_strand("room lead request", [this, session = std::move(session), request_id,
                                  request = std::move(request),
                                  client_address = std::move(client_address)]() mutable {
    const std::optional<Seat> seat = audiences_.find(session);
    if (!seat) {
      return send_error(session, metrics_, request_id,
                        {core::ErrorCode::not_joined, "join a room first"});
    }
    if (auto refused = core::may_lead_programme(state_, seat->role)) {
      return send_error(session, metrics_, request_id, *refused);
    }
    if (!options_.links) {
      return send_error(session, metrics_, request_id,
                        {core::ErrorCode::unknown_payload, "this node links no rooms"});
    }
    options_.links->lead_request(shared_from_this(),
                                 std::make_shared<const core::RoomState>(state_), session,
                                 request_id, std::move(request), std::move(client_address));
  });
}

void RoomActor::tell_links_what_is_owed() {
  if (!programme_changed_ || !options_.links || phase_.is(Phase::closed)) return;
  programme_changed_ = false;
  std::vector<ProgrammeLinks::Owed> owed;
  for (const core::RoomId room : core::rooms_behind(state_)) {
    owed.push_back(ProgrammeLinks::Owed{room, *core::news_for(state_, id_, room)});
  }
  options_.links->owed(shared_from_this(), std::move(owed));
}

}  // namespace kring::hub
