// audiences: the sessions joined to one room, grouped by role so that each
// event is encoded once per role and the same buffer goes to every session of
// that role. Owned by a room actor and used only on its strand.
//
// Sessions are keyed by their weak_ptr's control block (owner order), which
// stays valid after the session is gone, so a late leave() still finds it.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "core/ids.hpp"
#include "core/model.hpp"
#include "hub/replies.hpp"
#include "hub/session_sink.hpp"

namespace kring::hub {

inline constexpr std::size_t role_count = 4;

inline std::size_t role_index(core::Role role) { return static_cast<std::size_t>(role); }

inline constexpr std::array<core::Role, role_count> all_roles = {
    core::Role::facilitator, core::Role::participant, core::Role::board_member,
    core::Role::projector};

struct Seat {
  core::Role role = core::Role::participant;
  core::MemberId member = 0;  // 0 for facilitators and projectors
  // core::ballot_key() of the member's secret; empty for non-members. Lives
  // only as long as the seat: the server never stores it.
  core::SecretHash ballot_key;
};

class Audiences {
 public:
  void add(const std::weak_ptr<SessionSink>& session, Seat seat);
  void remove(const std::weak_ptr<SessionSink>& session);
  std::optional<Seat> find(const std::weak_ptr<SessionSink>& session) const;

  bool empty(core::Role role) const { return by_role_[role_index(role)].empty(); }

  // Forgets every session and returns them (to be sent away).
  std::vector<std::weak_ptr<SessionSink>> take_all();
  // Forgets every session of `role` and returns them.
  std::vector<std::weak_ptr<SessionSink>> take_role(core::Role role);

  // Hands `frame` to every live session of `role`; forgets sessions that are gone.
  void deliver(core::Role role, const Frame& frame);

 private:
  using Members =
      std::map<std::weak_ptr<SessionSink>, Seat, std::owner_less<std::weak_ptr<SessionSink>>>;
  std::array<Members, role_count> by_role_;
};

}  // namespace kring::hub
