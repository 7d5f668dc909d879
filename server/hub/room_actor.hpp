// room_actor: one room, served on one strand. It is the only code that touches
// the room's RoomState, and it does so only on its strand.
//
// Command path: commands queue up and are decided in order, as many as wait
// (up to a bound) into one batch: each on the state the earlier ones of the
// batch leave. The batch's events are appended to the room log in one atomic
// append; they come back through the log subscription and are applied in seq
// order, projected once per role, encoded once per role and handed to every
// session of that role as one shared buffer. Only after the batch's events are
// applied do the requesters get their answers, so an Ack always follows the
// event it acknowledges. When another node appended first, the whole batch is
// decided again on the newer state: under contention every node's batch
// carries all it has queued, so a room's nodes take turns rather than refuse.
//
// Join path (docs/protocol.md): facilitators, projectors and returning members
// are seated at once; a first-time participant or board member becomes a
// JoinMember command on the same queue and is seated after its event. Joined is
// sent, then the resume frames (if any), and the session is seated in the same
// strand step, so it receives every later event exactly once.
//
// Log path (room_actor_log.cpp): a room opened on this node after it was made
// elsewhere loads from the log first; joins wait for that. What the actor
// waits for is one Phase (hub/room_phase.hpp) with its allowed transitions. When the log shows
// another epoch (another node reseeded it) the actor reloads; when storage has
// lost the log, the actor reseeds it from its own state under a new epoch. In
// both cases the room's sessions are told to reconnect (GoingAway): they come
// back with their old (epoch, seq) and get a snapshot with recovered=false, so
// no client ever skips events silently.
//
// All public functions are thread-safe: they post to the strand and return.
#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/guarded.hpp"
#include "base/metrics.hpp"
#include "core/commands.hpp"
#include "core/errors.hpp"
#include "core/room_state.hpp"
#include "hub/audiences.hpp"
#include "hub/event_ring.hpp"
#include "hub/room_phase.hpp"
#include "hub/session_sink.hpp"
#include "log/room_log.hpp"
#include "protocol/messages.hpp"

namespace kring::hub {

class ProgrammeLinks;  // hub/programme_links.hpp

struct RoomOptions {
  std::size_t ring_events = 4096;
  std::size_t ring_bytes = std::size_t{32} << 20;
  // A resume that would replay more than this is answered with a snapshot, so
  // that the replay fits in the session's send queue.
  std::size_t max_replay_bytes = std::size_t{4} << 20;
  // Commands waiting for their turn; beyond this a room answers rate_limited.
  std::size_t max_queued_commands = 4096;
  // Commands decided into one append at most; one Redis script call carries them.
  std::size_t max_batch = 256;
  // A command whose batch keeps losing to other nodes' appends this long is
  // answered STORAGE_UNAVAILABLE: the log is moving faster than this node follows.
  std::chrono::milliseconds conflict_deadline{10'000};
  // Joins and state copies waiting for the room to load from the log.
  std::size_t max_waiting_for_load = 1024;
  // The state is offered to the log as a snapshot every this many events.
  core::Seq snapshot_every = 1000;
  // After a failed read of the log, the next try comes this much later.
  std::chrono::milliseconds read_retry{500};
  // What carries a programme's effects to its other rooms (hub/programme_links);
  // null where rooms stand alone (the hub's own tests).
  std::shared_ptr<ProgrammeLinks> links;
};

struct JoinRequest {
  core::Role role = core::Role::participant;
  // The hash of the facilitator secret or projector token presented (empty
  // for codes): the room checks it is still its current one.
  core::SecretHash credential_hash;
  std::string member_secret;
  std::string display_name;
  std::optional<protocol::StreamPosition> resume_from;
};

class RoomActor : public std::enable_shared_from_this<RoomActor> {
 public:
  using CreateDone = std::function<void(std::optional<core::Rejection>)>;
  // Called on the room's strand: true once the session is seated.
  using JoinDone = std::function<void(bool joined)>;

  // Makes the actor of a room this node is about to create (in `epoch`).
  static std::shared_ptr<RoomActor> start(boost::asio::io_context& io, log::RoomLog& log,
                                          base::Metrics& metrics, core::RoomId room,
                                          core::Epoch epoch, RoomOptions options);

  // Makes the actor of an existing room and loads it from the log. A room
  // without a log answers joins with room_not_found until its first event.
  static std::shared_ptr<RoomActor> open(boost::asio::io_context& io, log::RoomLog& log,
                                         base::Metrics& metrics, core::RoomId room,
                                         RoomOptions options);

  // Use start() or open().
  RoomActor(boost::asio::io_context& io, log::RoomLog& log, base::Metrics& metrics,
            core::RoomId room, core::Epoch epoch, RoomOptions options, Phase start_phase);

  core::RoomId id() const { return id_; }

  // Submits the room's first command. `done` runs on the strand once the room
  // exists (nullopt) or could not be created.
  void create(core::cmd::CreateRoom command, CreateDone done);
  // Seats `session` in `request.role`'s audience; answers Joined or Error.
  void join(std::weak_ptr<SessionSink> session, std::uint64_t request_id, JoinRequest request,
            JoinDone done);
  // Decides a client command as the session's seat; answers Ack or Error.
  void command(std::weak_ptr<SessionSink> session, std::uint64_t request_id, core::Command command);
  // Answers OwnNotes with the notes whose secrets are given (joined
  // participants and facilitators only).
  void claim_notes(std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                   std::vector<std::string> note_secrets);
  void leave(std::weak_ptr<SessionSink> session);

  // A command this node makes (a programme's delivery to another room):
  // decided like a client's, with the server's authority (core::decide's
  // server-made commands); `done` runs on the strand with the ack (a delivery
  // the room already holds answers as its first) or the rejection.
  using SubmitResult = std::variant<core::RememberedAck, core::Rejection>;
  using SubmitDone = std::function<void(SubmitResult)>;
  void submit(core::Command command, SubmitDone done);

  // The programme lead's requests that reach other rooms: checked against the
  // session's seat and the room (core::may_lead_programme), then handed with
  // a copy of the programme's state to RoomOptions::links
  // (room_actor_programme.cpp). `client_address` limits its secret lookups.
  using LeadRequest = std::variant<protocol::AttachRoom, protocol::ReleaseDecisions,
                                   protocol::ImportDilemmas, protocol::GetProgrammeOverview>;
  void lead_request(std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                    LeadRequest request, std::string client_address);

  // A copy of the room's state, taken on the strand once the room is loaded,
  // for work that must not hold the strand (the decision record). `state` is
  // null when the room does not exist; `busy` when too many requests already
  // wait for it to load. `done` runs on the strand.
  struct StateCopy {
    std::shared_ptr<const core::RoomState> state;
    bool busy = false;
  };
  using StateDone = std::function<void(StateCopy)>;
  void copy_state(StateDone done);

  // When the room last had an event (its `at_ms`, the deciding node's clock),
  // or when this actor was made if later; readable from any thread (retention).
  core::TimeMs last_activity_ms() const { return last_activity_ms_.load(); }
  // Ends the room on this node for good (it expired or was deleted): every
  // session is sent away, queued and later requests answer room_not_found, and
  // the actor never reseeds the log, so a removed room cannot come back.
  void close();
  // DeleteRoom from `session`: facilitators only (else Error forbidden).
  // Removes the room from storage, answers Ack, tells every session of the
  // room RoomDeleted, closes for good, then calls `forgotten` (any thread)
  // so the registry drops it. storage_unavailable leaves the room as it was.
  void delete_room(std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                   std::function<void()> forgotten);
  // The room was removed from storage by this node for another room's sake
  // (its programme was deleted): every session is told RoomDeleted, and the
  // actor closes for good.
  void end_as_deleted();

 private:
  enum class Origin { create, join, client, internal };
  struct Pending {
    Origin origin = Origin::client;
    core::Command command;
    std::weak_ptr<SessionSink> session;
    std::uint64_t request_id = 0;
    JoinRequest join;           // Origin::join: role and resume position
    std::string member_secret;  // Origin::join: the fresh secret, sent in Joined
    JoinDone join_done;
    CreateDone create_done;
    SubmitDone submit_done;        // Origin::internal
    std::uint64_t created_id = 0;  // from decide
    core::Seq seq = 0;             // from the log, once appended
    // Decided after another event of its batch, so its answer holds only once
    // the batch is in the log: a rejection or a duplicate's first ack, or
    // neither (it has an event in the batch).
    std::optional<core::Rejection> held_rejection;
    std::optional<core::RememberedAck> held_duplicate;
    // When it was first decided (0 until then): a command whose batch keeps
    // losing to other nodes' appends is given up on after conflict_deadline.
    core::TimeMs first_decided_ms = 0;
  };

  template <class Work>
  void on_strand(const char* what, Work&& work);

  // Command path (room_actor.cpp).
  void enqueue(Pending pending);
  void pump();
  void start_batch();
  // A first-time member's JoinMember from `session` is in the batch: its later
  // commands wait for the next batch, when the session is seated.
  bool joins_in_batch(const std::weak_ptr<SessionSink>& session) const;
  // Resolves who sent `pending` (seated sessions only); nullopt after failing it.
  std::optional<core::Actor> actor_of(Pending& pending);
  void append_in_flight(core::Seq decided_at, std::vector<core::Event> events);
  void on_appended(log::AppendOutcome outcome);
  // A batch of retries only (their events already applied) when acks wait for
  // replicas: answered once the log confirms `seq` is as durable as an ack.
  void confirm_in_flight(core::Seq seq);
  void on_confirmed(log::WriteStatus status);
  void finish_if_applied();
  void complete(Pending& pending);
  void fail(Pending& pending, const core::Rejection& rejection);
  // The first ack again, for a retry (or a delivery the room already holds).
  void answer_duplicate(Pending& pending, const core::RememberedAck& ack);
  // A programme whose state changed tells RoomOptions::links what it owes
  // its rooms now (room_actor_programme.cpp).
  void tell_links_what_is_owed();

  // Event path (room_actor_events.cpp).
  void subscribe();
  void on_event(core::Event event);
  void apply_in_order();
  void apply_and_publish(const core::Event& event);

  // Log path (room_actor_log.cpp).
  // Reads the events after the head unless a read or a reseed runs already.
  void catch_up();
  // Issues the read for the phase the actor is in (loading or catching_up).
  void read_log();
  // The read shows the log no longer holds the events this room applied up
  // to where it asked from: its head is behind, or it has another event there.
  bool log_forked_from_us(const log::ReadOutcome& outcome) const;
  void on_read(log::ReadOutcome outcome);
  void apply_read(log::ReadOutcome& outcome);
  void reload(core::Epoch epoch);
  void reseed_log();
  void on_reseeded(log::WriteStatus status, core::Epoch new_epoch);
  // After a failed read or reseed: waits (the phase says for what), then reads.
  void read_again_later(Phase waiting);
  // Runs the joins and state copies that waited for the load.
  void release_waiting_for_load();
  void send_sessions_away();

  // End of life (room_actor_end.cpp). The room is gone from storage (deleted
  // here or on another node): tell every session, close for good.
  void end_deleted();
  // DeleteRoom's removal from storage, then the answer and the end.
  void remove_from_log(const std::weak_ptr<SessionSink>& session, std::uint64_t request_id,
                       std::function<void()> forgotten);
  // Answers what waited and what was queued: the room is closed now.
  void answer_after_close();

  // Join path (room_actor_join.cpp).
  void do_join(const std::weak_ptr<SessionSink>& session, std::uint64_t request_id,
               JoinRequest request, JoinDone done);
  void seat(const std::weak_ptr<SessionSink>& session, std::uint64_t request_id, Seat seat,
            std::string member_secret, const std::optional<protocol::StreamPosition>& resume,
            const JoinDone& done);
  void do_claim_notes(const std::weak_ptr<SessionSink>& session, std::uint64_t request_id,
                      const std::vector<std::string>& note_secrets);

  boost::asio::strand<boost::asio::io_context::executor_type> strand_;
  log::RoomLog& log_;
  base::Metrics& metrics_;
  const core::RoomId id_;
  // Changes only when the room's log is reseeded (here or on another node).
  core::Epoch epoch_;
  const RoomOptions options_;

  core::RoomState state_;
  std::shared_ptr<void> subscription_;
  Audiences audiences_;
  EventRing ring_;
  RoomPhase phase_;
  // Commands waiting for their turn: decided a batch at a time, and only in a
  // phase that takes commands.
  std::deque<Pending> queue_;
  // The batch whose events are being appended, in order. It is data, not a
  // phase: it stays across a catch-up that its own append's conflict or a gap
  // started, and is finished once its last seq is applied.
  std::vector<Pending> in_flight_;
  // The seq of the batch's last event, once the log appended it; 0 before.
  core::Seq batch_last_seq_ = 0;
  // The head the batch in flight was decided on (its append's expected head).
  core::Seq batch_decided_at_ = 0;
  // Events that arrived ahead of a gap, applied once the gap is read from the log.
  std::map<core::Seq, core::Event> early_events_;
  // Tells the event applied at state_.seq from another one the log may hold
  // at that seq after a failover (event_fingerprint); 0 when unknown (after a
  // snapshot). read_after_* are the same taken when the last read was asked.
  std::uint64_t last_fingerprint_ = 0;
  core::Seq read_after_ = 0;
  std::uint64_t read_after_fingerprint_ = 0;
  // Joins and state copies waiting while the phase is loading.
  std::vector<std::function<void()>> waiting_for_load_;
  // Fires read_again_later(); re-arming it cancels the earlier wait.
  boost::asio::steady_timer retry_timer_;
  std::atomic<core::TimeMs> last_activity_ms_;
  // A programme's state changed since it last told its links what it owes.
  bool programme_changed_ = false;
};

template <class Work>
void RoomActor::on_strand(const char* what, Work&& work) {
  boost::asio::post(strand_,
                    [self = shared_from_this(), what, work = std::forward<Work>(work)]() mutable {
                      base::guarded(what, work);
                    });
}

}  // namespace kring::hub
