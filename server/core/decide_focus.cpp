// The room's focus: what every device shows now. A focus is a pointer the
// facilitator sets; it names existing things only and carries no content, so
// it needs no visibility rule of its own (view() still decides what a device
// sees of the board, dilemma or vote it points at).
#include <algorithm>

#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"

namespace kring::core {
namespace {

Rejection bad_focus(std::string_view what) { return reject(ErrorCode::invalid_argument, what); }

// Ids a focus of `kind` uses; every other id must be 0, so one focus has one
// meaning on every device.
struct UsedIds {
  bool board = false;
  bool dilemma = false;
  bool vote = false;
  bool bundle = false;
};

UsedIds used_ids(FocusKind kind) {
  switch (kind) {
    case FocusKind::board:
      return {.board = true};
    case FocusKind::dilemma:
      return {.dilemma = true};
    case FocusKind::vote:
      return {.vote = true};
    case FocusKind::bundle_item:
      return {.dilemma = true, .bundle = true};
    case FocusKind::bundle:
      return {.bundle = true};
    case FocusKind::none:
    case FocusKind::welcome:
    case FocusKind::strategy:
    case FocusKind::ranking:
    case FocusKind::conclusion:
      return {};
  }
  return {};
}

}  // namespace

std::optional<Rejection> check_focus_targets(const RoomState& state, const Focus& focus) {
  const UsedIds used = used_ids(focus.kind);
  if ((!used.board && focus.board_id != 0) || (!used.dilemma && focus.dilemma_id != 0) ||
      (!used.vote && focus.vote_id != 0) || (!used.bundle && focus.bundle_id != 0)) {
    return bad_focus("this focus names an id its kind does not use");
  }
  if (used.board && find_board(state, focus.board_id) == nullptr) {
    return reject(ErrorCode::not_found, "no such board");
  }
  if (used.dilemma && find_dilemma(state, focus.dilemma_id) == nullptr) {
    return reject(ErrorCode::not_found, "no such dilemma");
  }
  if (used.vote && find_vote(state, focus.vote_id) == nullptr) {
    return reject(ErrorCode::not_found, "no such vote");
  }
  if (used.bundle) {
    const Bundle* bundle = find_bundle(state, focus.bundle_id);
    if (bundle == nullptr) return reject(ErrorCode::not_found, "no such bundle");
    if (used.dilemma &&
        std::none_of(bundle->items.begin(), bundle->items.end(),
                     [&](const BundleItem& item) { return item.dilemma_id == focus.dilemma_id; })) {
      return reject(ErrorCode::not_found, "that dilemma is not in this bundle");
    }
  }
  return std::nullopt;
}

Outcome decide_focus(const DecideContext& ctx, const cmd::SetFocus& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator sets the focus");
  if (auto bad = check_focus_targets(ctx.state, c.focus)) return *bad;
  bool writing_opened = false;
  if (c.open_writing) {
    const BoardId board_id = board_of_focus(ctx.state, c.focus);
    if (board_id == 0) return bad_focus("only a focused board or dilemma opens for writing");
    // Already open is no error: the facilitator asked for an open board and has one.
    writing_opened = !find_board(ctx.state, board_id)->writing_open;
  }
  if (c.focus == ctx.state.focus && !writing_opened) {
    return reject(ErrorCode::wrong_phase, "the room already looks at this");
  }
  return ev::FocusSet{c.focus, writing_opened};
}

Outcome decide_focus(const DecideContext& ctx, const cmd::PlaceActivity& c) {
  if (!is_facilitator(ctx)) return forbidden("only the facilitator plans the agenda");
  if (c.activity.kind == FocusKind::none) return bad_focus("an activity is something to show");
  if (auto bad = check_focus_targets(ctx.state, c.activity)) return *bad;
  const std::vector<Phase>& phases = ctx.state.phases;
  if (c.phase_number > phases.size()) return reject(ErrorCode::not_found, "no such phase");
  if (c.phase_number > 0) {
    const std::vector<Focus>& there = phases[c.phase_number - 1].activities;
    if (std::find(there.begin(), there.end(), c.activity) != there.end()) {
      return reject(ErrorCode::wrong_phase, "the activity is already in that phase");
    }
    if (there.size() >= limits::max_activities_per_phase) {
      return reject(ErrorCode::limit_reached, "a phase holds at most 32 activities");
    }
  } else if (std::none_of(phases.begin(), phases.end(), [&](const Phase& phase) {
               return std::find(phase.activities.begin(), phase.activities.end(), c.activity) !=
                      phase.activities.end();
             })) {
    return reject(ErrorCode::wrong_phase, "the activity is in no phase");
  }
  return ev::ActivityPlaced{c.activity, c.phase_number};
}

}  // namespace kring::core
