// room_actor: construction, the public entry points and the command path.
#include "hub/room_actor.hpp"

#include <algorithm>
#include <chrono>
#include <utility>
#include <variant>

#include "base/random.hpp"
#include "base/wall_clock.hpp"
#include "core/ballot_tag.hpp"
#include "core/room.hpp"
#include "hub/capabilities.hpp"
#include "hub/credential_keys.hpp"
#include "protocol/codec.hpp"

namespace kring::hub {
namespace {

core::TimeMs now_ms() { return base::wall_clock_ms(); }

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

// Starts a batch of queued commands whenever none is in flight (or the queue
// is empty), while the phase takes commands. A closed room answers every
// queued command.
void RoomActor::pump() {
  while (in_flight_.empty() && !queue_.empty() &&
         (phase_.takes_commands() || phase_.is(Phase::closed))) {
    if (phase_.is(Phase::closed)) {
      Pending pending = std::move(queue_.front());
      queue_.pop_front();
      fail(pending, {core::ErrorCode::room_not_found, "no such room"});
      continue;
    }
    start_batch();
  }
}

bool RoomActor::joins_in_batch(const std::weak_ptr<SessionSink>& session) const {
  return std::any_of(in_flight_.begin(), in_flight_.end(), [&session](const Pending& held) {
    return held.origin == Origin::join && !held.session.owner_before(session) &&
           !session.owner_before(held.session);
  });
}

std::optional<core::Actor> RoomActor::actor_of(Pending& pending) {
  switch (pending.origin) {
    case Origin::create:
      return core::Actor{core::Role::facilitator, 0, {}};
    case Origin::join:
      return core::Actor{pending.join.role, 0, {}};
    case Origin::internal:
      return core::Actor{core::Role::facilitator, 0, {}};
    case Origin::client:
      break;
  }
  // Resolved now, not at submission: a first-time member's commands may have
  // been queued behind its own JoinMember.
  std::optional<Seat> seat = audiences_.find(pending.session);
  if (!seat) {
    fail(pending, {core::ErrorCode::not_joined, "join a room first"});
    return std::nullopt;
  }
  return core::Actor{seat->role, seat->member, std::move(seat->ballot_key)};
}

// Decides queued commands in order into one batch, each on the state the
// batch's earlier events leave (a scratch copy, made only when a second
// command follows an accepted one). Until the batch holds an event, a
// rejection or duplicate depends on the log's state alone and is answered at
// once; after that it is held and answered with the batch. A projector-token
// change goes alone (its directory key is written before its append).
void RoomActor::start_batch() {
  const core::Seq decided_at = state_.seq;
  const core::TimeMs now = now_ms();
  std::vector<core::Event> events;
  std::optional<core::RoomState> scratch;
  core::Seq confirm_seq = 0;
  while (!queue_.empty() && in_flight_.size() < options_.max_batch) {
    const Pending& next = queue_.front();
    if (next.origin == Origin::client && joins_in_batch(next.session)) break;  // seated after it
    Pending pending = std::move(queue_.front());
    queue_.pop_front();
    std::optional<core::Actor> actor = actor_of(pending);
    if (!actor) continue;
    const core::RoomState& basis = scratch ? *scratch : state_;
    core::Decision decision = core::decide(basis, pending.command, *actor, now, base::random_u64());
    if (pending.first_decided_ms == 0) pending.first_decided_ms = now;
    if (auto* rejection = std::get_if<core::Rejection>(&decision)) {
      if (events.empty()) {
        fail(pending, *rejection);
      } else {
        pending.held_rejection = std::move(*rejection);
        in_flight_.push_back(std::move(pending));
      }
      continue;
    }
    if (const auto* duplicate = std::get_if<core::Duplicate>(&decision)) {
      if (events.empty() && log_.acks_wait_for_replicas()) {
        // Its first attempt may have reached the log and nothing beyond:
        // acknowledged once confirm_in_flight() (or an append) covers it.
        confirm_seq = std::max(confirm_seq, duplicate->ack.seq);
        pending.held_duplicate = duplicate->ack;
        in_flight_.push_back(std::move(pending));
      } else if (events.empty()) {
        answer_duplicate(pending, duplicate->ack);
      } else {
        pending.held_duplicate = duplicate->ack;
        in_flight_.push_back(std::move(pending));
      }
      continue;
    }
    auto& accepted = std::get<core::Accepted>(decision);
    const bool alone =
        pending.origin == Origin::create ||
        std::holds_alternative<core::ev::ProjectorTokenReissued>(accepted.event.body);
    if (alone && !in_flight_.empty()) {
      queue_.push_front(std::move(pending));  // decided again as the next batch's first
      break;
    }
    pending.created_id = accepted.created_id;
    in_flight_.push_back(std::move(pending));
    if (alone) {
      if (const auto* reissued =
              std::get_if<core::ev::ProjectorTokenReissued>(&accepted.event.body)) {
        // The directory must find the room by the new token before anyone is
        // told it works. A key left behind by a failed append names this room
        // still and lets nobody in: joins check the room's current hash
        // (core::may_join_with). The key is made before the event moves on.
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
                std::vector<core::Event> one;
                one.push_back(std::move(event));
                actor->append_in_flight(decided_at, std::move(one));
              });
            });
      }
      events.push_back(std::move(accepted.event));
      break;
    }
    if (!queue_.empty() && in_flight_.size() < options_.max_batch) {
      // The next command is decided on the state this event leaves.
      if (!scratch) scratch = state_;
      core::Event applied = accepted.event;
      applied.seq = scratch->seq + 1;
      core::apply(*scratch, applied);
    }
    events.push_back(std::move(accepted.event));
  }
  if (events.empty()) {
    if (confirm_seq > 0) confirm_in_flight(confirm_seq);
    return;
  }
  append_in_flight(decided_at, std::move(events));
}

// Appends the batch's events, expecting the head its decisions saw: if other
// events arrived since, the append conflicts and the batch is decided again.
void RoomActor::append_in_flight(core::Seq decided_at, std::vector<core::Event> events) {
  batch_decided_at_ = decided_at;
  log_.append_batch(id_, epoch_, decided_at, std::move(events),
                    [self = shared_from_this()](log::AppendOutcome outcome) {
                      self->on_strand("room append", [actor = self.get(), outcome] {
                        actor->on_appended(outcome);
                      });
                    });
}

void RoomActor::on_appended(log::AppendOutcome outcome) {
  if (in_flight_.empty()) return;
  switch (outcome.status) {
    case log::AppendStatus::appended:
      batch_last_seq_ = outcome.seq;
      finish_if_applied();
      return;
    case log::AppendStatus::conflict: {
      base::Metrics::add(metrics_.append_conflicts);
      const core::TimeMs oldest = in_flight_.front().first_decided_ms;
      if (now_ms() - oldest >= options_.conflict_deadline.count()) break;
      // Someone else wrote first: learn their events, then decide the whole
      // batch again, in its order, ahead of what queued since.
      for (auto it = in_flight_.rbegin(); it != in_flight_.rend(); ++it) {
        it->held_rejection.reset();
        it->held_duplicate.reset();
        it->created_id = 0;
        queue_.push_front(std::move(*it));
      }
      in_flight_.clear();
      // The log's head is behind the head this batch was decided on, which
      // came from the log: storage lost events (a Redis replica promoted
      // before it had them; none was acknowledged, acks wait for the
      // replicas). This state is not the log's any more: start over from the
      // log, and the sessions with it, never silently. (Events applied since
      // the decision may be newer than the head the script saw: not a loss.)
      if (outcome.head > 0 && outcome.head < batch_decided_at_) {
        base::log_line("room append", "the room log is behind this room; reloading it");
        return reload(epoch_);
      }
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
    case log::AppendStatus::unavailable:
      break;
  }
  // Nothing of the batch is in the log: held answers were decided on a state
  // that never was, so every command of it is answered as not stored.
  std::vector<Pending> failed = std::move(in_flight_);
  in_flight_.clear();
  for (Pending& pending : failed) {
    fail(pending, {core::ErrorCode::storage_unavailable, "room log unavailable"});
  }
  pump();
}

// The batch is done once the log has its seqs and its last event is applied;
// the two arrive in either order. Its commands are answered in their order.
void RoomActor::finish_if_applied() {
  if (in_flight_.empty() || batch_last_seq_ == 0 || state_.seq < batch_last_seq_) return;
  std::vector<Pending> done = std::move(in_flight_);
  in_flight_.clear();
  std::size_t with_events = 0;
  for (const Pending& pending : done) {
    if (!pending.held_rejection && !pending.held_duplicate) ++with_events;
  }
  core::Seq seq = batch_last_seq_ - with_events;
  batch_last_seq_ = 0;
  for (Pending& pending : done) {
    if (pending.held_rejection) {
      fail(pending, *pending.held_rejection);
    } else if (pending.held_duplicate) {
      answer_duplicate(pending, *pending.held_duplicate);
    } else {
      pending.seq = ++seq;
      complete(pending);
    }
  }
  pump();
}

void RoomActor::answer_duplicate(Pending& pending, const core::RememberedAck& ack) {
  if (pending.origin == Origin::internal) {
    if (pending.submit_done) pending.submit_done(ack);
    return;
  }
  send_frame(pending.session, protocol::encode_ack(pending.request_id, ack.seq, ack.created_id));
}

void RoomActor::complete(Pending& pending) {
  switch (pending.origin) {
    case Origin::client:
      send_frame(pending.session,
                 protocol::encode_ack(pending.request_id, pending.seq, pending.created_id));
      return;
    case Origin::internal:
      if (pending.submit_done)
        pending.submit_done(core::RememberedAck{pending.seq, pending.created_id});
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
    case Origin::internal:
      if (pending.submit_done) pending.submit_done(rejection);
      return;
  }
}

}  // namespace kring::hub
