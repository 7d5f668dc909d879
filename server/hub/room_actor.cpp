// room_actor: construction, the public entry points and the command path.
#include "hub/room_actor.hpp"

#include <chrono>
#include <utility>
#include <variant>

#include "base/random.hpp"
#include "core/ballot_tag.hpp"
#include "core/room.hpp"
#include "hub/capabilities.hpp"
#include "hub/credential_keys.hpp"
#include "protocol/codec.hpp"

namespace kring::hub {
namespace {

// A command that conflicts this often in a row is given up on: the log is
// moving faster than this node can follow.
constexpr int max_conflicts = 3;

core::TimeMs now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::shared_ptr<RoomActor> RoomActor::start(boost::asio::io_context& io, log::RoomLog& log,
                                            base::Metrics& metrics, core::RoomId room,
                                            core::Epoch epoch, RoomOptions options) {
  auto actor = std::make_shared<RoomActor>(io, log, metrics, room, epoch, options, Phase::serving);
  actor->subscribe();
  return actor;
}

std::shared_ptr<RoomActor> RoomActor::open(boost::asio::io_context& io, log::RoomLog& log,
                                           base::Metrics& metrics, core::RoomId room,
                                           RoomOptions options) {
  // Not read yet: the first catch-up moves it to loading.
  auto actor =
      std::make_shared<RoomActor>(io, log, metrics, room, 0, options, Phase::waiting_to_load);
  actor->subscribe();
  // Subscribed first, read second: an event appended in between arrives by
  // one path or both, never by neither.
  actor->on_strand("room open", [actor = actor.get()] { actor->catch_up(); });
  return actor;
}

RoomActor::RoomActor(boost::asio::io_context& io, log::RoomLog& log, base::Metrics& metrics,
                     core::RoomId room, core::Epoch epoch, RoomOptions options, Phase start_phase)
    : strand_(boost::asio::make_strand(io)),
      log_(log),
      metrics_(metrics),
      id_(room),
      epoch_(epoch),
      options_(options),
      ring_(options.ring_events, options.ring_bytes),
      phase_(start_phase),
      retry_timer_(strand_),
      last_activity_ms_(now_ms()) {}

void RoomActor::create(core::cmd::CreateRoom command, CreateDone done) {
  on_strand("room create", [this, command = std::move(command), done = std::move(done)]() mutable {
    Pending pending;
    pending.origin = Origin::create;
    pending.command.body = std::move(command);
    pending.create_done = std::move(done);
    enqueue(std::move(pending));
  });
}

void RoomActor::join(std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                     JoinRequest request, JoinDone done) {
  on_strand("room join", [this, session = std::move(session), request_id,
                          request = std::move(request), done = std::move(done)]() mutable {
    if (!phase_.loading()) {
      return do_join(session, request_id, std::move(request), std::move(done));
    }
    if (waiting_for_load_.size() >= options_.max_waiting_for_load) {
      send_error(session, metrics_, request_id, {core::ErrorCode::rate_limited, "room is busy"});
      if (done) done(false);
      return;
    }
    waiting_for_load_.push_back([this, session, request_id, request = std::move(request),
                                 done = std::move(done)]() mutable {
      do_join(session, request_id, std::move(request), std::move(done));
    });
  });
}

void RoomActor::command(std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                        core::Command command) {
  on_strand("room command", [this, session = std::move(session), request_id,
                             command = std::move(command)]() mutable {
    Pending pending;
    pending.origin = Origin::client;
    pending.command = std::move(command);
    pending.session = std::move(session);
    pending.request_id = request_id;
    enqueue(std::move(pending));
  });
}

void RoomActor::claim_notes(std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                            std::vector<std::string> note_secrets) {
  on_strand("room claim notes",
            [this, session = std::move(session), request_id, secrets = std::move(note_secrets)] {
              do_claim_notes(session, request_id, secrets);
            });
}

void RoomActor::leave(std::weak_ptr<SessionSink> session) {
  on_strand("room leave", [this, session = std::move(session)] { audiences_.remove(session); });
}

void RoomActor::enqueue(Pending pending) {
  if (queue_.size() >= options_.max_queued_commands) {
    return fail(pending, {core::ErrorCode::rate_limited, "room is busy, retry"});
  }
  queue_.push_back(std::move(pending));
  pump();
}

// Starts queued commands until one is in flight (or the queue is empty), while
// the phase takes commands. A closed room answers every queued command.
void RoomActor::pump() {
  while (!in_flight_ && !queue_.empty() && (phase_.takes_commands() || phase_.is(Phase::closed))) {
    Pending pending = std::move(queue_.front());
    queue_.pop_front();
    start_next(std::move(pending));
  }
}

void RoomActor::start_next(Pending pending) {
  if (phase_.is(Phase::closed)) {
    return fail(pending, {core::ErrorCode::room_not_found, "no such room"});
  }
  core::Actor actor{core::Role::facilitator, 0, {}};
  if (pending.origin == Origin::join) actor = {pending.join.role, 0, {}};
  if (pending.origin == Origin::client) {
    // Resolved now, not at submission: a first-time member's commands may have
    // been queued behind its own JoinMember.
    std::optional<Seat> seat = audiences_.find(pending.session);
    if (!seat) return fail(pending, {core::ErrorCode::not_joined, "join a room first"});
    actor = {seat->role, seat->member, std::move(seat->ballot_key)};
  }
  core::Decision decision =
      core::decide(state_, pending.command, actor, now_ms(), base::random_u64());
  if (const auto* rejection = std::get_if<core::Rejection>(&decision)) {
    return fail(pending, *rejection);
  }
  if (const auto* duplicate = std::get_if<core::Duplicate>(&decision)) {
    send_frame(pending.session, protocol::encode_ack(pending.request_id, duplicate->ack.seq,
                                                     duplicate->ack.created_id));
    return;
  }
  auto& accepted = std::get<core::Accepted>(decision);
  pending.created_id = accepted.created_id;
  in_flight_ = std::move(pending);
  const core::Seq decided_at = state_.seq;
  if (const auto* reissued = std::get_if<core::ev::ProjectorTokenReissued>(&accepted.event.body)) {
    // The directory must find the room by the new token before anyone is told
    // it works. A key left behind by a failed append names this room still and
    // lets nobody in: joins check the room's current hash (core::may_join_with).
    // The key is made before the event moves into the callback.
    std::vector<std::string> keys{projector_key(reissued->projector_hash)};
    return log_.register_credentials(
        id_, std::move(keys),
        [self = shared_from_this(), decided_at,
         event = std::move(accepted.event)](log::WriteStatus status) mutable {
          self->on_strand("room credentials", [actor = self.get(), status, decided_at,
                                               event = std::move(event)]() mutable {
            if (status != log::WriteStatus::written) {
              return actor->on_appended({log::AppendStatus::unavailable, 0, 0});
            }
            actor->append_in_flight(decided_at, std::move(event));
          });
        });
  }
  append_in_flight(decided_at, std::move(accepted.event));
}

// Appends the in-flight command's event, expecting the head the decision saw:
// if other events arrived since, the append conflicts and the command is
// decided again.
void RoomActor::append_in_flight(core::Seq decided_at, core::Event event) {
  log_.append(id_, epoch_, decided_at, std::move(event),
              [self = shared_from_this()](log::AppendOutcome outcome) {
                self->on_strand("room append",
                                [actor = self.get(), outcome] { actor->on_appended(outcome); });
              });
}

void RoomActor::on_appended(log::AppendOutcome outcome) {
  if (!in_flight_) return;
  switch (outcome.status) {
    case log::AppendStatus::appended:
      in_flight_->seq = outcome.seq;
      finish_if_applied();
      return;
    case log::AppendStatus::conflict:
      base::Metrics::add(metrics_.append_conflicts);
      if (++in_flight_->conflicts < max_conflicts) {
        // Someone else wrote first: learn their events, then decide again.
        queue_.push_front(std::move(*in_flight_));
        in_flight_.reset();
        // Storage publishes their events as it appends them, so they have
        // often arrived before this reply: then there is nothing to read.
        if (outcome.head > 0 && state_.seq >= outcome.head) {
          base::Metrics::add(metrics_.append_conflicts_without_read);
          pump();
        } else {
          catch_up();
        }
        return;
      }
      break;
    case log::AppendStatus::unavailable:
      break;
  }
  Pending failed = std::move(*in_flight_);
  in_flight_.reset();
  fail(failed, {core::ErrorCode::storage_unavailable, "room log unavailable"});
  pump();
}

// The in-flight command is done once the log has its seq and the event with
// that seq is applied; the two arrive in either order.
void RoomActor::finish_if_applied() {
  if (!in_flight_ || in_flight_->seq == 0 || state_.seq < in_flight_->seq) return;
  Pending done = std::move(*in_flight_);
  in_flight_.reset();
  complete(done);
  pump();
}

void RoomActor::complete(Pending& pending) {
  switch (pending.origin) {
    case Origin::client:
      send_frame(pending.session,
                 protocol::encode_ack(pending.request_id, pending.seq, pending.created_id));
      return;
    case Origin::create:
      if (pending.create_done) pending.create_done(std::nullopt);
      return;
    case Origin::join: {
      // The key before the secret moves on: argument order is unspecified.
      Seat joined{pending.join.role, pending.created_id, core::ballot_key(pending.member_secret)};
      seat(pending.session, pending.request_id, std::move(joined), std::move(pending.member_secret),
           pending.join.resume_from, pending.join_done);
      return;
    }
  }
}

void RoomActor::fail(Pending& pending, const core::Rejection& rejection) {
  switch (pending.origin) {
    case Origin::create:
      if (pending.create_done) pending.create_done(rejection);
      return;
    case Origin::join:
      send_error(pending.session, metrics_, pending.request_id, rejection);
      if (pending.join_done) pending.join_done(false);
      return;
    case Origin::client:
      send_error(pending.session, metrics_, pending.request_id, rejection);
      return;
  }
}

}  // namespace kring::hub
