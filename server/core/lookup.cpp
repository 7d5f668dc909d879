#include "core/lookup.hpp"

#include <algorithm>
#include <utility>

namespace kring::core {

const Board* find_board(const RoomState& state, BoardId id) {
  // Board ids are 1..n in creation order and boards are never deleted.
  if (id == 0 || id > state.boards.size()) return nullptr;
  return &state.boards[id - 1];
}

Board* find_board(RoomState& state, BoardId id) {
  return const_cast<Board*>(find_board(std::as_const(state), id));
}

const NoteRecord* find_note(const RoomState& state, NoteId id) {
  const auto it = state.notes.find(id);
  if (it == state.notes.end() || it->second.removed) return nullptr;
  return &it->second;
}

NoteRecord* find_note(RoomState& state, NoteId id) {
  return const_cast<NoteRecord*>(find_note(std::as_const(state), id));
}

const VoteRecord* find_vote(const RoomState& state, VoteId id) {
  if (id == 0 || id > state.votes.size()) return nullptr;
  return &state.votes[id - 1];
}

VoteRecord* find_vote(RoomState& state, VoteId id) {
  return const_cast<VoteRecord*>(find_vote(std::as_const(state), id));
}

const Member* find_member_by_id(const RoomState& state, MemberId id) {
  if (id == 0 || id > state.members.size()) return nullptr;
  return &state.members[id - 1].member;
}

const Dilemma* find_dilemma(const RoomState& state, DilemmaId id) {
  if (id == 0 || id > state.dilemmas.size()) return nullptr;
  return &state.dilemmas[id - 1];
}

Dilemma* find_dilemma(RoomState& state, DilemmaId id) {
  return const_cast<Dilemma*>(find_dilemma(std::as_const(state), id));
}

const Proposal* find_proposal(const RoomState& state, ProposalId id) {
  if (id == 0 || id > state.proposals.size()) return nullptr;
  return &state.proposals[id - 1];
}

Proposal* find_proposal(RoomState& state, ProposalId id) {
  return const_cast<Proposal*>(find_proposal(std::as_const(state), id));
}

const Bundle* find_bundle(const RoomState& state, BundleId id) {
  if (id == 0 || id > state.bundles.size()) return nullptr;
  return &state.bundles[id - 1];
}

Bundle* find_bundle(RoomState& state, BundleId id) {
  return const_cast<Bundle*>(find_bundle(std::as_const(state), id));
}

const Bundle* find_bundle_of_vote(const RoomState& state, VoteId vote) {
  for (const Bundle& bundle : state.bundles) {
    for (const BundleItem& item : bundle.items) {
      if (item.vote_id == vote) return &bundle;
    }
  }
  return nullptr;
}

const ActionRecord* find_action(const RoomState& state, ActionId id) {
  if (id == 0 || id > state.actions.size()) return nullptr;
  const ActionRecord& record = state.actions[id - 1];
  return record.removed ? nullptr : &record;
}

ActionRecord* find_action(RoomState& state, ActionId id) {
  return const_cast<ActionRecord*>(find_action(std::as_const(state), id));
}

BoardId board_of_focus(const RoomState& state, const Focus& focus) {
  if (focus.kind == FocusKind::board) return focus.board_id;
  if (focus.kind == FocusKind::dilemma) {
    const Dilemma* dilemma = find_dilemma(state, focus.dilemma_id);
    return dilemma == nullptr ? 0 : dilemma->board_id;
  }
  return 0;
}

bool has_zone(const Board& board, ZoneId zone) {
  return std::any_of(board.zones.begin(), board.zones.end(),
                     [zone](const Zone& z) { return z.id == zone; });
}

std::uint32_t member_count(const RoomState& state, Role role) {
  return static_cast<std::uint32_t>(
      std::count_if(state.members.begin(), state.members.end(),
                    [role](const MemberRecord& m) { return m.member.role == role; }));
}

std::uint32_t eligible_count(const RoomState& state, const Vote& vote) {
  return member_count(
      state, vote.audience == VoteAudience::board ? Role::board_member : Role::participant);
}

std::uint32_t writer_count(const RoomState& state, BoardId board) {
  const auto it = state.writers.find(board);
  return it == state.writers.end() ? 0 : static_cast<std::uint32_t>(it->second.size());
}

std::uint32_t hidden_count(const RoomState& state, BoardId board) {
  const auto it = state.hidden_count.find(board);
  return it == state.hidden_count.end() ? 0 : it->second;
}

}  // namespace kring::core
