// programme: the pure rules that tie a programme to its rooms
// (docs/architecture.md, "A programme"). The node copies a room's state and
// asks these what to carry to another room; they read states and never
// change one.
#pragma once

#include <optional>
#include <variant>
#include <vector>

#include "core/checks.hpp"
#include "core/room_state.hpp"

namespace kring::core {

const ProgrammeRoom* find_programme_room(const RoomState& programme, RoomId room_id);
ProgrammeRoom* find_programme_room(RoomState& programme, RoomId room_id);

// The package programme `programme_id` (state `programme`) owes room
// `room_id`, at the version the programme's log last changed it. nullopt
// when the room is not one of the programme's.
std::optional<ProgrammeNews> news_for(const RoomState& programme, RoomId programme_id,
                                      RoomId room_id);

// The programme's rooms whose acknowledged package is older than the one the
// programme owes them (deleted rooms excepted), in the order they joined.
std::vector<RoomId> rooms_behind(const RoomState& programme);

// Workshop `workshop`'s dilemma `dilemma_id` as a board meeting imports it:
// its texts, strategy mark, outcome and chosen scenario, `job_family`, and
// the group poll's counts only if that poll was revealed. Refused when the
// dilemma does not exist or has no recorded outcome.
std::variant<Dilemma, Rejection> import_copy(const RoomState& workshop, RoomId workshop_id,
                                             DilemmaId dilemma_id, const std::string& job_family);

// What board meeting `board` decided on its imported dilemmas, as released
// to their workshops: the item of `dilemma_id` (the board meeting's id), or
// with 0 every decided imported item. Only revealed items with a decision;
// the latest bundle's item where a dilemma was bundled twice.
std::vector<ReleasedDecision> decisions_to_release(const RoomState& board, DilemmaId dilemma_id);

// Where a room of a programme stands, for its lead.
enum class RoomStatus { planned, running, done, gone };

// A room as its programme's lead sees it (GetProgrammeOverview): what the
// room's facilitator sees, less the intake proposals and the board code, and
// revealed tallies without cards.
struct RoomSummary {
  RoomId room_id = 0;
  std::string job_family;
  bool board_meeting = false;
  RoomStatus status = RoomStatus::planned;
  std::string title;
  std::uint32_t participants = 0;
  std::uint32_t board_members = 0;
  std::vector<Dilemma> dilemmas;
  std::vector<VoteResult> results;
  std::vector<Bundle> bundles;
  Seq news_version = 0;
  bool up_to_date = false;
};

// `entry` as the programme keeps it, with the room's state (null: the room
// could not be read, or is gone).
RoomSummary summarize_room(const ProgrammeRoom& entry, const RoomState* room);

}  // namespace kring::core
