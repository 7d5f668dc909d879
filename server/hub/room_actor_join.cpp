// room_actor: the join path, seating sessions, and ClaimNotes.
#include <utility>

#include "core/access.hpp"
#include "core/ballot_tag.hpp"
#include "core/limits.hpp"
#include "core/room.hpp"
#include "core/secret_hash.hpp"
#include "hub/capabilities.hpp"
#include "hub/room_actor.hpp"
#include "protocol/codec.hpp"

namespace kring::hub {

void RoomActor::do_join(const std::weak_ptr<SessionSink>& session, std::uint64_t request_id,
                        JoinRequest request, JoinDone done) {
  if (!state_.created || phase_.is(Phase::closed)) {
    send_error(session, metrics_, request_id, {core::ErrorCode::room_not_found, "no such room"});
    if (done) done(false);
    return;
  }
  if (auto refused = core::may_join_with(state_, request.role, request.credential_hash)) {
    send_error(session, metrics_, request_id, *refused);
    if (done) done(false);
    return;
  }
  if (!core::is_member_role(request.role)) {
    return seat(session, request_id, Seat{request.role, 0, {}}, {}, request.resume_from, done);
  }
  // A known member secret of the same role: the same member again, no event.
  if (const auto member = core::find_member(state_, request.member_secret);
      member && member->role == request.role) {
    // The key before the secret moves on: argument order is unspecified.
    Seat known{request.role, member->id, core::ballot_key(request.member_secret)};
    return seat(session, request_id, std::move(known), std::move(request.member_secret),
                request.resume_from, done);
  }
  Pending pending;
  pending.origin = Origin::join;
  pending.member_secret = random_member_secret();
  pending.command.body =
      core::cmd::JoinMember{request.role, core::clean_display_name(request.display_name),
                            core::hash_secret(pending.member_secret)};
  pending.session = session;
  pending.request_id = request_id;
  pending.join = std::move(request);
  pending.join.member_secret.clear();
  pending.join_done = std::move(done);
  enqueue(std::move(pending));
}

void RoomActor::seat(const std::weak_ptr<SessionSink>& session, std::uint64_t request_id, Seat seat,
                     std::string member_secret,
                     const std::optional<protocol::StreamPosition>& resume, const JoinDone& done) {
  const auto sink = session.lock();
  if (!sink) {
    if (done) done(false);
    return;
  }
  protocol::JoinedReply reply;
  reply.role = seat.role;
  reply.member_id = seat.member;
  reply.member_secret = std::move(member_secret);
  reply.head_seq = state_.seq;
  std::vector<Frame> replay;
  if (resume && resume->epoch == epoch_) {
    if (auto frames = ring_.since(resume->seq, state_.seq, seat.role, options_.max_replay_bytes,
                                  resume->at_ms)) {
      reply.recovered = true;
      replay = std::move(*frames);
    }
  }
  if (!reply.recovered) reply.snapshot = core::view_snapshot(state_, seat.role, epoch_);
  sink->deliver(make_frame(protocol::encode_joined(request_id, reply)));
  for (const Frame& frame : replay) sink->deliver(frame);
  audiences_.add(session, std::move(seat));
  if (done) done(true);
}

void RoomActor::do_claim_notes(const std::weak_ptr<SessionSink>& session, std::uint64_t request_id,
                               const std::vector<std::string>& note_secrets) {
  const std::optional<Seat> seat = audiences_.find(session);
  if (!seat) {
    return send_error(session, metrics_, request_id,
                      {core::ErrorCode::not_joined, "join a room first"});
  }
  if (const auto refused = core::may_claim_notes(seat->role)) {
    return send_error(session, metrics_, request_id, *refused);
  }
  send_frame(session,
             protocol::encode_own_notes(request_id, core::claim_notes(state_, note_secrets)));
}

}  // namespace kring::hub
