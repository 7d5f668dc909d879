#include "core/access.hpp"

#include "core/limits.hpp"

namespace kring::core {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

}  // namespace

bool is_member_role(Role role) { return role == Role::participant || role == Role::board_member; }

Check may_claim_notes(Role role) {
  if (role == Role::participant || role == Role::facilitator) return std::nullopt;
  return reject(ErrorCode::forbidden, "only note authors claim notes");
}

Check may_delete_room(Role role) {
  if (role == Role::facilitator) return std::nullopt;
  return reject(ErrorCode::forbidden, "only the facilitator deletes the room");
}

Check check_room_title(std::string_view title) {
  return check_text(title, limits::max_title_bytes, "title");
}

Check check_time_zone(std::string_view zone) {
  const auto refuse = [] {
    return reject(ErrorCode::invalid_argument, "time zone: expected an IANA name");
  };
  if (zone.size() > 64) return refuse();
  for (const char c : zone) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-' || c == '/';
    if (!allowed) return refuse();
  }
  while (!zone.empty()) {
    const std::size_t slash = zone.find('/');
    const std::string_view part = zone.substr(0, slash);
    if (part.empty() || part == "." || part == "..") return refuse();
    if (slash == std::string_view::npos) break;
    zone.remove_prefix(slash + 1);
    if (zone.empty()) return refuse();
  }
  return std::nullopt;
}

std::string clean_display_name(std::string_view name) {
  while (!name.empty() && is_space(name.front())) name.remove_prefix(1);
  while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
  if (name.size() > limits::max_display_name_bytes) {
    std::size_t cut = limits::max_display_name_bytes;
    while (cut > 0 && is_continuation_byte(name[cut])) --cut;
    name = name.substr(0, cut);
    while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
  }
  return std::string(name);
}

Check may_lead_programme(const RoomState& state, Role role) {
  if (state.kind != RoomKind::programme) {
    return Rejection{ErrorCode::forbidden, "this belongs in a programme"};
  }
  if (role != Role::facilitator) {
    return Rejection{ErrorCode::forbidden, "only the programme lead links rooms"};
  }
  return std::nullopt;
}

Check may_join_with(const RoomState& state, Role role, const SecretHash& credential_hash) {
  const bool current = role == Role::projector     ? credential_hash == state.projector_hash
                       : role == Role::facilitator ? credential_hash == state.facilitator_hash
                                                   : true;
  if (current && state.kind == RoomKind::programme && role != Role::facilitator) {
    return Rejection{ErrorCode::forbidden, "a programme is opened with its lead's link only"};
  }
  if (current) return std::nullopt;
  // Answered like an unknown credential: a replaced link tells nothing more.
  return Rejection{ErrorCode::room_not_found, "no room answers to this credential"};
}

}  // namespace kring::core
