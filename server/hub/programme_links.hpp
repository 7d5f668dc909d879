// programme_links: carries a programme's effects into its other rooms, each
// one an event appended to the receiving room's log, never shared state
// (docs/architecture.md, "A programme").
//
// The lead's three requests that reach other rooms, after the programme's
// actor checked the seat (RoomActor::lead_request):
// - attach: the room's facilitator secret is resolved through the directory
//   and checked against the room's current one; only the id reaches the
//   programme's log (cmd::AttachRoom);
// - import: a copy of the workshop's state gives core::import_copy per
//   dilemma, appended to the board meeting one by one (cmd::ImportDilemma,
//   settled by source, so a retry adds nothing);
// - release: a copy of the board meeting's state gives
//   core::decisions_to_release, appended to the programme with the lead's key.
// And the courier: what a programme owes its rooms (RoomActor tells it after
// every change and every load) is delivered to each room (cmd::ReceiveNews)
// and confirmed in the programme's log (cmd::ConfirmNews), one room at a
// time per programme. Storage trouble is retried with backoff; a room that is
// gone (deleted, or held by another programme) is marked gone.
#pragma once

#include <boost/asio/io_context.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/metrics.hpp"
#include "core/programme.hpp"
#include "core/room_state.hpp"
#include "hub/room_actor.hpp"
#include "hub/session_sink.hpp"

namespace kring::hub {

class RoomRegistry;

class ProgrammeLinks : public std::enable_shared_from_this<ProgrammeLinks> {
 public:
  // `registry` must outlive this object's work (the node owns both).
  ProgrammeLinks(boost::asio::io_context& io, base::Metrics& metrics, RoomRegistry& registry);

  // From RoomActor::lead_request, the seat already checked; `state` is the
  // programme's state when the request arrived. Answers the session (Ack or
  // Error) itself or through the programme's command path.
  void lead_request(std::shared_ptr<RoomActor> programme,
                    std::shared_ptr<const core::RoomState> state,
                    std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                    RoomActor::LeadRequest request, std::string client_address);

  // What `programme` owes its rooms now (core::rooms_behind, core::news_for),
  // from its strand after a change or a load.
  struct Owed {
    core::RoomId room = 0;
    core::ProgrammeNews news;
  };
  void owed(std::shared_ptr<RoomActor> programme, std::vector<Owed> packages);

  // Deleting a programme: removes each of `rooms` from storage (one by one)
  // and ends its actor here; `done(false)` at the first that storage refused.
  void delete_rooms(std::vector<core::RoomId> rooms, std::function<void(bool deleted)> done);
  // A room of `programme` was deleted by its facilitator: the programme marks
  // it gone (best effort: a delivery that finds it gone does the same).
  void room_deleted(core::RoomId programme, core::RoomId room);

  // A copy of the state of each of `rooms`, one room at a time, in order
  // (null for a room that is gone or could not be read); for the overview and
  // the programme's record. `done` runs on some room's strand.
  using RoomCopies =
      std::vector<std::pair<core::ProgrammeRoom, std::shared_ptr<const core::RoomState>>>;
  void copy_rooms(std::vector<core::ProgrammeRoom> rooms, std::function<void(RoomCopies)> done,
                  RoomCopies copied = {});

 private:
  struct Reply {
    std::weak_ptr<SessionSink> session;
    std::uint64_t request_id = 0;
  };
  void attach(std::shared_ptr<RoomActor> programme, const Reply& reply,
              protocol::AttachRoom request, const std::string& client_address);
  void import(const core::RoomState& state, const Reply& reply, protocol::ImportDilemmas request);
  void import_next(std::shared_ptr<RoomActor> board, std::vector<core::Dilemma> copies,
                   std::size_t next, Reply reply);
  void release(std::shared_ptr<RoomActor> programme, const core::RoomState& state,
               const Reply& reply, protocol::ReleaseDecisions request);
  // Copies every room's state and answers ProgrammeOverview.
  void overview(std::vector<core::ProgrammeRoom> rooms, Reply reply);

  void deliver(std::shared_ptr<RoomActor> programme, Owed package);
  void confirm(std::shared_ptr<RoomActor> programme, Owed package, core::cmd::Body what);
  void retry_later(std::shared_ptr<RoomActor> programme, Owed package);
  // The delivery of `package` ended (confirmed, or given up); starts the
  // newest package owed to the same room if it is newer.
  void finished(const std::shared_ptr<RoomActor>& programme, const Owed& package);
  void fail(const Reply& reply, core::ErrorCode code, std::string detail);

  boost::asio::io_context& io_;
  base::Metrics& metrics_;
  RoomRegistry& registry_;

  // The next package owed by `programme` (the lowest room id), now marked as
  // its delivery under way; nullopt when it owes nothing. Under mutex_.
  std::optional<Owed> next_owed(core::RoomId programme);

  using Key = std::pair<core::RoomId, core::RoomId>;  // programme, room
  std::mutex mutex_;
  // The newest package each programme owes each room, and the one delivery
  // under way per programme (one room at a time: a programme's deliveries
  // queue behind each other instead of loading every room at once).
  std::map<Key, Owed> latest_;
  std::map<core::RoomId, Owed> in_flight_;
  // The wait before the next try of a room's delivery.
  std::map<Key, std::chrono::milliseconds> backoff_;
};

}  // namespace kring::hub
