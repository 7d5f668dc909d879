// access: the rules of a room that are asked outside decide(): who may use a
// request that is not a room command (ClaimNotes, DeleteRoom), which roles are
// members, and how a typed room title and display name are taken. The hub
// asks these; it holds no rule of its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/checks.hpp"
#include "core/errors.hpp"
#include "core/model.hpp"
#include "core/room_state.hpp"

namespace kring::core {

// Participants and board members join with a name and a device secret and
// become members (JoinMember); facilitators and projectors hold a capability.
bool is_member_role(Role role);

// ClaimNotes names notes by their secrets: only roles that write notes ask.
Check may_claim_notes(Role role);

// DeleteRoom ends the room for everyone: the facilitator's alone.
Check may_delete_room(Role role);

// The requests that reach a programme's other rooms (attach a room, import
// dilemmas into its board meeting, release decisions): its lead's alone, on a
// programme.
Check may_lead_programme(const RoomState& state, Role role);

// A capability presented to join as facilitator or projector must be the
// room's current one (its hash as the room keeps it): the directory can still
// point at a room from a projector token the facilitator has since replaced.
// Codes and members' secrets pass (their checks are elsewhere). A programme
// seats its lead (its facilitator) and nobody else.
Check may_join_with(const RoomState& state, Role role, const SecretHash& credential_hash);

// A new room's title: what CreateRoom accepts (checked before capabilities are
// made, and again by decide()).
Check check_room_title(std::string_view title);

// The zone a room's record tells its times in when the facilitator's browser
// named none (the method's home).
inline constexpr std::string_view default_time_zone = "Europe/Amsterdam";
// A time zone as CreateRoom accepts it: empty, or an IANA-style name of at
// most 64 bytes made of letters, digits and "_+-/", with no empty, "." or
// ".." part ("Europe/Amsterdam", "America/Argentina/Buenos_Aires", "UTC").
// Whether the zone exists is the record's business (unknown: UTC, said so).
Check check_time_zone(std::string_view zone);

// A typed display name as JoinMember stores it: trimmed, and cut to the
// display-name bound, never inside a UTF-8 sequence. Invalid UTF-8 is left
// as it is for decide() to reject.
std::string clean_display_name(std::string_view typed);

}  // namespace kring::core
