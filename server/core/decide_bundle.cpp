// The board bundle: the dilemmas the workshop sends to the board, each a board
// vote (approval of the group's consensus, or a choice between the scenarios),
// all hidden until the facilitator reveals an item or the whole bundle; then
// the board's decision per item.
#include <set>
#include <variant>

#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"

namespace kring::core {
namespace {

Rejection bundle_not_facilitator() {
  return forbidden("only the facilitator runs the board session");
}

// The board vote on one dilemma; option labels of an approval are keys the
// clients translate.
Vote item_vote(VoteId id, BallotMode mode, const Dilemma& dilemma, BundleItemKind kind) {
  Vote vote;
  vote.id = id;
  vote.title = dilemma.title;
  vote.audience = VoteAudience::board;
  vote.mode = mode;
  vote.status = VoteStatus::open;
  vote.dilemma_id = dilemma.id;
  if (kind == BundleItemKind::approval) {
    vote.options = {
        {approval_approve, "approve"}, {approval_reject, "reject"}, {approval_abstain, "abstain"}};
  } else {
    for (std::size_t i = 0; i < dilemma.scenarios.size(); ++i) {
      vote.options.push_back(VoteOption{static_cast<OptionId>(i + 1), dilemma.scenarios[i]});
    }
  }
  return vote;
}

// The item of `dilemma_id` in bundle `bundle_id` for the facilitator, once
// its current vote is revealed; or why not.
std::variant<const BundleItem*, Rejection> revealed_item(const DecideContext& ctx,
                                                         BundleId bundle_id, DilemmaId dilemma_id) {
  if (!is_facilitator(ctx)) return bundle_not_facilitator();
  const Bundle* bundle = find_bundle(ctx.state, bundle_id);
  if (bundle == nullptr) return reject(ErrorCode::not_found, "no such bundle");
  for (const BundleItem& item : bundle->items) {
    if (item.dilemma_id != dilemma_id) continue;
    if (find_vote(ctx.state, item.vote_id)->vote.status != VoteStatus::revealed) {
      return reject(ErrorCode::wrong_phase, "reveal the item's vote first");
    }
    return &item;
  }
  return reject(ErrorCode::not_found, "dilemma is not in this bundle");
}

}  // namespace

Outcome decide_bundle(const DecideContext& ctx, const cmd::CreateBundle& c) {
  if (!is_facilitator(ctx)) return bundle_not_facilitator();
  if (ctx.state.bundles.size() >= limits::max_bundles) {
    return reject(ErrorCode::limit_reached, "too many bundles");
  }
  if (auto bad = check_text(c.title, limits::max_title_bytes, "bundle title")) return *bad;
  if (c.dilemma_ids.empty() || c.dilemma_ids.size() > limits::max_dilemmas) {
    return reject(ErrorCode::invalid_argument, "a bundle holds 1..30 dilemmas");
  }
  if (ctx.state.votes.size() + c.dilemma_ids.size() > limits::max_votes) {
    return reject(ErrorCode::limit_reached, "too many votes");
  }
  ev::BundleCreated created;
  created.bundle.id = static_cast<BundleId>(ctx.state.bundles.size() + 1);
  created.bundle.title = c.title;
  created.bundle.mode = c.mode;
  std::set<DilemmaId> seen;
  for (const DilemmaId id : c.dilemma_ids) {
    const Dilemma* dilemma = find_dilemma(ctx.state, id);
    if (dilemma == nullptr) return reject(ErrorCode::not_found, "no such dilemma");
    if (!seen.insert(id).second) {
      return reject(ErrorCode::invalid_argument, "a dilemma is in a bundle once");
    }
    if (dilemma->outcome == DilemmaOutcome::open) {
      return reject(ErrorCode::wrong_phase, "record the group's outcome first");
    }
    const BundleItemKind kind = dilemma->outcome == DilemmaOutcome::consensus
                                    ? BundleItemKind::approval
                                    : BundleItemKind::choice;
    const auto vote_id = static_cast<VoteId>(ctx.state.votes.size() + created.votes.size() + 1);
    created.votes.push_back(item_vote(vote_id, c.mode, *dilemma, kind));
    created.bundle.items.push_back(BundleItem{id, kind, vote_id, 0, {}, {}});
  }
  return created;
}

Outcome decide_bundle(const DecideContext& ctx, const cmd::RevealBundle& c) {
  if (!is_facilitator(ctx)) return bundle_not_facilitator();
  const Bundle* bundle = find_bundle(ctx.state, c.bundle_id);
  if (bundle == nullptr) return reject(ErrorCode::not_found, "no such bundle");
  ev::BundleRevealed revealed{c.bundle_id, {}};
  for (const BundleItem& item : bundle->items) {
    const VoteRecord& record = *find_vote(ctx.state, item.vote_id);
    if (record.vote.status != VoteStatus::revealed) {
      // Every item at once or none: a secret item short of votes holds them all.
      if (auto wait = too_few_ballots(ctx.state, record)) return *wait;
      revealed.vote_ids.push_back(item.vote_id);
    }
  }
  if (revealed.vote_ids.empty()) return reject(ErrorCode::wrong_phase, "already revealed");
  return revealed;
}

Outcome decide_bundle(const DecideContext& ctx, const cmd::RecordDecision& c) {
  // A board decides after it has voted: the item's cards are on the table.
  const auto found = revealed_item(ctx, c.bundle_id, c.dilemma_id);
  if (const auto* refused = std::get_if<Rejection>(&found)) return *refused;
  const BundleItem& item = *std::get<const BundleItem*>(found);
  const OptionId highest = item.kind == BundleItemKind::approval
                               ? approval_reject
                               : static_cast<OptionId>(scenarios_per_dilemma);
  if (c.decision > highest) {
    return reject(ErrorCode::invalid_argument, item.kind == BundleItemKind::approval
                                                   ? "approval decides approve or reject"
                                                   : "a choice decides scenario 1..3");
  }
  if (auto bad =
          check_optional_text(c.reason, limits::max_decision_reason_bytes, "decision reason")) {
    return *bad;
  }
  if (c.decision == 0 && !c.reason.empty()) {
    return reject(ErrorCode::invalid_argument, "a cleared decision has no reason");
  }
  return ev::DecisionRecorded{c.bundle_id, c.dilemma_id, c.decision, c.reason};
}

Outcome decide_bundle(const DecideContext& ctx, const cmd::OpenBundleRound& c) {
  // A new round follows a revealed one that did not settle it.
  const auto found = revealed_item(ctx, c.bundle_id, c.dilemma_id);
  if (const auto* refused = std::get_if<Rejection>(&found)) return *refused;
  const BundleItem& item = *std::get<const BundleItem*>(found);
  if (item.decision != 0) return reject(ErrorCode::wrong_phase, "the item is decided");
  if (item.earlier_vote_ids.size() + 1 >= limits::max_rounds_per_bundle_item) {
    return reject(ErrorCode::limit_reached, "three rounds per item; the chair decides");
  }
  if (ctx.state.votes.size() >= limits::max_votes) {
    return reject(ErrorCode::limit_reached, "too many votes");
  }
  const Bundle& bundle = *find_bundle(ctx.state, c.bundle_id);
  const auto vote_id = static_cast<VoteId>(ctx.state.votes.size() + 1);
  return ev::BundleRoundOpened{
      c.bundle_id, c.dilemma_id,
      item_vote(vote_id, bundle.mode, *find_dilemma(ctx.state, c.dilemma_id), item.kind)};
}

}  // namespace kring::core
