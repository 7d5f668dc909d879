// Read-only lookups into a RoomState, shared by decide, apply and view.
#pragma once

#include <cstdint>

#include "core/room_state.hpp"

namespace kring::core {

const Board* find_board(const RoomState& state, BoardId id);
Board* find_board(RoomState& state, BoardId id);
// Live notes only (removed notes are tombstones and not found).
const NoteRecord* find_note(const RoomState& state, NoteId id);
NoteRecord* find_note(RoomState& state, NoteId id);
const VoteRecord* find_vote(const RoomState& state, VoteId id);
VoteRecord* find_vote(RoomState& state, VoteId id);
const Member* find_member_by_id(const RoomState& state, MemberId id);
const Dilemma* find_dilemma(const RoomState& state, DilemmaId id);
Dilemma* find_dilemma(RoomState& state, DilemmaId id);
const Proposal* find_proposal(const RoomState& state, ProposalId id);
Proposal* find_proposal(RoomState& state, ProposalId id);
const Bundle* find_bundle(const RoomState& state, BundleId id);
Bundle* find_bundle(RoomState& state, BundleId id);
// The bundle that holds `vote` as one of its items, or nullptr.
const Bundle* find_bundle_of_vote(const RoomState& state, VoteId vote);
// A live (not removed) action, or nullptr.
const ActionRecord* find_action(const RoomState& state, ActionId id);
ActionRecord* find_action(RoomState& state, ActionId id);

// The board a focus opens for writing: the focused board, or the focused
// dilemma's note board; 0 for every other kind (or an unknown dilemma).
BoardId board_of_focus(const RoomState& state, const Focus& focus);

bool has_zone(const Board& board, ZoneId zone);
std::uint32_t member_count(const RoomState& state, Role role);
std::uint32_t eligible_count(const RoomState& state, const Vote& vote);
std::uint32_t hidden_count(const RoomState& state, BoardId board);
// How many different people wrote hidden notes on `board`.
std::uint32_t writer_count(const RoomState& state, BoardId board);

}  // namespace kring::core
