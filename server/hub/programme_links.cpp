#include "hub/programme_links.hpp"

#include <boost/asio/steady_timer.hpp>
#include <variant>

#include "core/programme.hpp"
#include "core/secret_hash.hpp"
#include "hub/replies.hpp"
#include "hub/room_registry.hpp"
#include "protocol/codec.hpp"

namespace kring::hub {
namespace {

constexpr std::chrono::milliseconds first_retry{250};
constexpr std::chrono::milliseconds last_retry{10'000};

const core::ProgrammeRoom* board_meeting_of(const core::RoomState& programme) {
  for (const core::ProgrammeRoom& room : programme.programme_rooms) {
    if (room.board_meeting && !room.gone) return &room;
  }
  return nullptr;
}

bool is_ack(const RoomActor::SubmitResult& result) {
  return std::holds_alternative<core::RememberedAck>(result);
}

}  // namespace

ProgrammeLinks::ProgrammeLinks(boost::asio::io_context& io, base::Metrics& metrics,
                               RoomRegistry& registry)
    : io_(io), metrics_(metrics), registry_(registry) {}

void ProgrammeLinks::fail(const Reply& reply, core::ErrorCode code, std::string detail) {
  send_error(reply.session, metrics_, reply.request_id, core::Rejection{code, std::move(detail)});
}

void ProgrammeLinks::lead_request(std::shared_ptr<RoomActor> programme,
                                  std::shared_ptr<const core::RoomState> state,
                                  std::weak_ptr<SessionSink> session, std::uint64_t request_id,
                                  RoomActor::LeadRequest request, std::string client_address) {
  const Reply reply{std::move(session), request_id};
  if (auto* attaching = std::get_if<protocol::AttachRoom>(&request)) {
    return attach(std::move(programme), reply, std::move(*attaching), client_address);
  }
  if (auto* importing = std::get_if<protocol::ImportDilemmas>(&request)) {
    return import(*state, reply, std::move(*importing));
  }
  if (std::holds_alternative<protocol::GetProgrammeOverview>(request)) {
    return overview(state->programme_rooms, reply);
  }
  release(std::move(programme), *state, reply,
          std::move(std::get<protocol::ReleaseDecisions>(request)));
}

void ProgrammeLinks::attach(std::shared_ptr<RoomActor> programme, const Reply& reply,
                            protocol::AttachRoom request, const std::string& client_address) {
  const std::string secret = request.facilitator_secret;
  registry_.find(protocol::CredentialKind::facilitator_secret, secret, client_address,
                 [self = shared_from_this(), programme = std::move(programme), reply,
                  request = std::move(request)](RoomRegistry::FindResult found) mutable {
                   if (const auto* refused = std::get_if<core::Rejection>(&found)) {
                     return send_error(reply.session, self->metrics_, reply.request_id, *refused);
                   }
                   std::shared_ptr<RoomActor> room = std::get<RoomRegistry::Found>(found).room;
                   if (room->id() == programme->id()) {
                     return self->fail(reply, core::ErrorCode::invalid_argument,
                                       "a programme does not hold itself");
                   }
                   const core::RoomId room_id = room->id();
                   room->copy_state([self, programme, reply, room_id, request = std::move(request)](
                                        RoomActor::StateCopy copy) mutable {
                     if (copy.busy)
                       return self->fail(reply, core::ErrorCode::rate_limited, "room is busy");
                     // A replaced facilitator link still finds its room in the directory:
                     // only the current one proves the lead may add it.
                     if (!copy.state || copy.state->facilitator_hash !=
                                            core::hash_secret(request.facilitator_secret)) {
                       return self->fail(reply, core::ErrorCode::room_not_found,
                                         "no room answers to this facilitator link");
                     }
                     if (copy.state->kind == core::RoomKind::programme) {
                       return self->fail(reply, core::ErrorCode::invalid_argument,
                                         "a programme holds workshops, not programmes");
                     }
                     if (copy.state->news.programme_id != 0 &&
                         copy.state->news.programme_id != programme->id()) {
                       return self->fail(reply, core::ErrorCode::invalid_argument,
                                         "that room belongs to another programme");
                     }
                     programme->command(
                         reply.session, reply.request_id,
                         core::Command{std::move(request.idempotency_key),
                                       core::cmd::AttachRoom{room_id, std::move(request.job_family),
                                                             request.board_meeting}});
                   });
                 });
}

void ProgrammeLinks::import(const core::RoomState& state, const Reply& reply,
                            protocol::ImportDilemmas request) {
  const core::ProgrammeRoom* workshop = core::find_programme_room(state, request.room_id);
  if (workshop == nullptr || workshop->gone || workshop->board_meeting) {
    return fail(reply, core::ErrorCode::not_found, "no such workshop in the programme");
  }
  const core::ProgrammeRoom* board = board_meeting_of(state);
  if (board == nullptr) {
    return fail(reply, core::ErrorCode::wrong_phase, "the programme has no board meeting yet");
  }
  if (request.dilemma_ids.empty()) {
    return fail(reply, core::ErrorCode::invalid_argument, "name the dilemmas to import");
  }
  std::shared_ptr<RoomActor> source = registry_.room_by_id(request.room_id);
  std::shared_ptr<RoomActor> target = registry_.room_by_id(board->room_id);
  if (!source || !target) {
    return fail(reply, core::ErrorCode::limit_reached, "this node holds enough rooms");
  }
  source->copy_state([self = shared_from_this(), reply, target = std::move(target),
                      job_family = workshop->job_family,
                      request = std::move(request)](RoomActor::StateCopy copy) mutable {
    if (copy.busy) return self->fail(reply, core::ErrorCode::rate_limited, "room is busy");
    if (!copy.state) {
      return self->fail(reply, core::ErrorCode::not_found, "that workshop no longer exists");
    }
    std::vector<core::Dilemma> copies;
    for (const core::DilemmaId id : request.dilemma_ids) {
      auto made = core::import_copy(*copy.state, request.room_id, id, job_family);
      if (auto* refused = std::get_if<core::Rejection>(&made)) {
        return send_error(reply.session, self->metrics_, reply.request_id, *refused);
      }
      copies.push_back(std::move(std::get<core::Dilemma>(made)));
    }
    self->import_next(std::move(target), std::move(copies), 0, reply);
  });
}

// One by one, so the board meeting numbers the copies in the order asked.
void ProgrammeLinks::import_next(std::shared_ptr<RoomActor> board,
                                 std::vector<core::Dilemma> copies, std::size_t next, Reply reply) {
  if (next == copies.size()) {
    // Acknowledged once every copy is in the board meeting's log; the seq is
    // the board meeting's, not this room's, so none is given.
    return send_frame(reply.session, protocol::encode_ack(reply.request_id, 0, copies.size()));
  }
  core::Command command{"", core::cmd::ImportDilemma{copies[next]}};
  board->submit(std::move(command), [self = shared_from_this(), board, copies, next,
                                     reply](RoomActor::SubmitResult result) mutable {
    if (const auto* refused = std::get_if<core::Rejection>(&result)) {
      return send_error(reply.session, self->metrics_, reply.request_id, *refused);
    }
    self->import_next(std::move(board), std::move(copies), next + 1, reply);
  });
}

void ProgrammeLinks::release(std::shared_ptr<RoomActor> programme, const core::RoomState& state,
                             const Reply& reply, protocol::ReleaseDecisions request) {
  const core::ProgrammeRoom* board = board_meeting_of(state);
  if (board == nullptr) {
    return fail(reply, core::ErrorCode::wrong_phase, "the programme has no board meeting yet");
  }
  std::shared_ptr<RoomActor> meeting = registry_.room_by_id(board->room_id);
  if (!meeting) return fail(reply, core::ErrorCode::limit_reached, "this node holds enough rooms");
  // Decisions go only to workshops still in the programme.
  std::vector<core::RoomId> live;
  for (const core::ProgrammeRoom& room : state.programme_rooms) {
    if (!room.gone && !room.board_meeting) live.push_back(room.room_id);
  }
  meeting->copy_state([self = shared_from_this(), programme = std::move(programme), reply,
                       live = std::move(live),
                       request = std::move(request)](RoomActor::StateCopy copy) mutable {
    if (copy.busy) return self->fail(reply, core::ErrorCode::rate_limited, "room is busy");
    if (!copy.state) {
      return self->fail(reply, core::ErrorCode::not_found, "the board meeting no longer exists");
    }
    std::vector<core::ReleasedDecision> decisions =
        core::decisions_to_release(*copy.state, request.dilemma_id);
    std::erase_if(decisions, [&live](const core::ReleasedDecision& decision) {
      return std::find(live.begin(), live.end(), decision.room_id) == live.end();
    });
    if (decisions.empty()) {
      return self->fail(reply, core::ErrorCode::wrong_phase,
                        "the board meeting has no decision to release");
    }
    programme->command(reply.session, reply.request_id,
                       core::Command{std::move(request.idempotency_key),
                                     core::cmd::ReleaseDecisions{std::move(decisions)}});
  });
}

void ProgrammeLinks::overview(std::vector<core::ProgrammeRoom> rooms, Reply reply) {
  copy_rooms(std::move(rooms), [reply](RoomCopies copies) {
    std::vector<core::RoomSummary> summaries;
    for (const auto& [entry, state] : copies) {
      summaries.push_back(core::summarize_room(entry, state.get()));
    }
    send_frame(reply.session, protocol::encode_programme_overview(reply.request_id, summaries));
  });
}

void ProgrammeLinks::copy_rooms(std::vector<core::ProgrammeRoom> rooms,
                                std::function<void(RoomCopies)> done, RoomCopies copied) {
  if (copied.size() == rooms.size()) return done(std::move(copied));
  const core::ProgrammeRoom& next = rooms[copied.size()];
  std::shared_ptr<RoomActor> room = next.gone ? nullptr : registry_.room_by_id(next.room_id);
  if (!room) {
    copied.emplace_back(next, nullptr);
    return copy_rooms(std::move(rooms), std::move(done), std::move(copied));
  }
  room->copy_state([self = shared_from_this(), rooms = std::move(rooms), done = std::move(done),
                    copied = std::move(copied)](RoomActor::StateCopy copy) mutable {
    copied.emplace_back(rooms[copied.size()], std::move(copy.state));
    self->copy_rooms(std::move(rooms), std::move(done), std::move(copied));
  });
}

void ProgrammeLinks::delete_rooms(std::vector<core::RoomId> rooms,
                                  std::function<void(bool deleted)> done) {
  if (rooms.empty()) return done(true);
  const core::RoomId next = rooms.back();
  rooms.pop_back();
  registry_.delete_by_id(next, [self = shared_from_this(), rooms = std::move(rooms),
                                done = std::move(done)](bool deleted) mutable {
    if (!deleted) return done(false);
    self->delete_rooms(std::move(rooms), std::move(done));
  });
}

void ProgrammeLinks::room_deleted(core::RoomId programme, core::RoomId room) {
  std::shared_ptr<RoomActor> actor = registry_.room_by_id(programme);
  if (!actor) return;
  actor->submit(core::Command{"", core::cmd::MarkRoomGone{room}}, [](RoomActor::SubmitResult) {});
}

void ProgrammeLinks::owed(std::shared_ptr<RoomActor> programme, std::vector<Owed> packages) {
  std::optional<Owed> start;
  {
    const std::lock_guard lock(mutex_);
    const core::RoomId id = programme->id();
    std::erase_if(latest_, [id](const auto& entry) { return entry.first.first == id; });
    for (Owed& package : packages) latest_[Key{id, package.room}] = std::move(package);
    // One delivery per programme at a time: finished() starts the next.
    if (!in_flight_.contains(id)) start = next_owed(id);
  }
  if (start) deliver(std::move(programme), std::move(*start));
}

std::optional<ProgrammeLinks::Owed> ProgrammeLinks::next_owed(core::RoomId programme) {
  const auto next = latest_.lower_bound(Key{programme, 0});
  if (next == latest_.end() || next->first.first != programme) return std::nullopt;
  in_flight_[programme] = next->second;
  return next->second;
}

void ProgrammeLinks::deliver(std::shared_ptr<RoomActor> programme, Owed package) {
  std::shared_ptr<RoomActor> room = registry_.room_by_id(package.room);
  if (!room) return retry_later(std::move(programme), std::move(package));
  core::Command command{"", core::cmd::ReceiveNews{package.news}};
  room->submit(std::move(command), [self = shared_from_this(), programme,
                                    package](RoomActor::SubmitResult result) mutable {
    if (is_ack(result)) {
      const core::Seq version = package.news.version;
      return self->confirm(std::move(programme), std::move(package),
                           core::cmd::ConfirmNews{package.room, version});
    }
    switch (std::get<core::Rejection>(result).code) {
      case core::ErrorCode::room_not_found:  // deleted
      case core::ErrorCode::forbidden:       // held by another programme
        return self->confirm(std::move(programme), std::move(package),
                             core::cmd::MarkRoomGone{package.room});
      default:
        return self->retry_later(std::move(programme), std::move(package));
    }
  });
}

// Writes the outcome of a delivery into the programme's log.
void ProgrammeLinks::confirm(std::shared_ptr<RoomActor> programme, Owed package,
                             core::cmd::Body what) {
  programme->submit(core::Command{"", std::move(what)},
                    [self = shared_from_this(), programme,
                     package = std::move(package)](RoomActor::SubmitResult result) mutable {
                      if (is_ack(result) || std::get<core::Rejection>(result).code ==
                                                core::ErrorCode::room_not_found) {
                        return self->finished(programme, package);
                      }
                      self->retry_later(std::move(programme), std::move(package));
                    });
}

void ProgrammeLinks::retry_later(std::shared_ptr<RoomActor> programme, Owed package) {
  std::chrono::milliseconds wait;
  {
    const std::lock_guard lock(mutex_);
    std::chrono::milliseconds& next = backoff_[Key{programme->id(), package.room}];
    next = next.count() == 0 ? first_retry : std::min(next * 2, last_retry);
    wait = next;
  }
  auto timer = std::make_shared<boost::asio::steady_timer>(io_, wait);
  timer->async_wait([self = shared_from_this(), timer, programme = std::move(programme),
                     package = std::move(package)](const boost::system::error_code& error) mutable {
    if (error) return;
    self->deliver(std::move(programme), std::move(package));
  });
}

void ProgrammeLinks::finished(const std::shared_ptr<RoomActor>& programme, const Owed& package) {
  std::optional<Owed> next;
  {
    const std::lock_guard lock(mutex_);
    const core::RoomId id = programme->id();
    in_flight_.erase(id);
    backoff_.erase(Key{id, package.room});
    // Done with this room unless a newer package for it came meanwhile.
    const auto latest = latest_.find(Key{id, package.room});
    if (latest != latest_.end() && latest->second.news.version <= package.news.version) {
      latest_.erase(latest);
    }
    next = next_owed(id);
  }
  if (next) deliver(programme, std::move(*next));
}

}  // namespace kring::hub
