#include "hub/audiences.hpp"

namespace kring::hub {

void Audiences::add(const std::weak_ptr<SessionSink>& session, Seat seat) {
  remove(session);
  const core::Role role = seat.role;
  by_role_[role_index(role)].emplace(session, std::move(seat));
}

void Audiences::remove(const std::weak_ptr<SessionSink>& session) {
  for (Members& members : by_role_) members.erase(session);
}

std::optional<Seat> Audiences::find(const std::weak_ptr<SessionSink>& session) const {
  for (const core::Role role : all_roles) {
    const Members& members = by_role_[role_index(role)];
    if (const auto it = members.find(session); it != members.end()) return it->second;
  }
  return std::nullopt;
}

std::vector<std::weak_ptr<SessionSink>> Audiences::take_all() {
  std::vector<std::weak_ptr<SessionSink>> all;
  for (Members& members : by_role_) {
    for (const auto& [session, seat] : members) all.push_back(session);
    members.clear();
  }
  return all;
}

std::vector<std::weak_ptr<SessionSink>> Audiences::take_role(core::Role role) {
  Members& members = by_role_[role_index(role)];
  std::vector<std::weak_ptr<SessionSink>> taken;
  for (const auto& [session, seat] : members) taken.push_back(session);
  members.clear();
  return taken;
}

void Audiences::deliver(core::Role role, const Frame& frame) {
  Members& members = by_role_[role_index(role)];
  for (auto it = members.begin(); it != members.end();) {
    if (const auto sink = it->first.lock()) {
      sink->deliver(frame);
      ++it;
    } else {
      it = members.erase(it);
    }
  }
}

}  // namespace kring::hub
