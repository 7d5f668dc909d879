// Votes: group polls and board votes, hidden until the reveal. A ballot never
// shows up anywhere but in the state until then (see view.cpp).
#include "core/ballot_tag.hpp"
#include "core/decide_parts.hpp"
#include "core/limits.hpp"
#include "core/lookup.hpp"

namespace kring::core {
namespace {

Rejection votes_not_facilitator() { return forbidden("only the facilitator runs votes"); }
Rejection no_such_vote() { return reject(ErrorCode::not_found, "no such vote"); }

Role voter_role(const Vote& vote) {
  return vote.audience == VoteAudience::board ? Role::board_member : Role::participant;
}

// A group poll on a dilemma: its scenarios are the options, in order, so
// option n is scenario n; the title defaults to the dilemma's.
Outcome open_dilemma_poll(const DecideContext& ctx, const cmd::OpenVote& c, Vote vote) {
  const Dilemma* dilemma = find_dilemma(ctx.state, c.dilemma_id);
  if (dilemma == nullptr) return reject(ErrorCode::not_found, "no such dilemma");
  if (!c.options.empty()) {
    return reject(ErrorCode::invalid_argument, "a dilemma poll takes the scenarios as options");
  }
  if (c.audience != VoteAudience::participants) {
    return reject(ErrorCode::invalid_argument, "the group polls a dilemma");
  }
  if (dilemma->poll_id != 0 &&
      find_vote(ctx.state, dilemma->poll_id)->vote.status == VoteStatus::open) {
    return reject(ErrorCode::wrong_phase, "the dilemma's poll is still open");
  }
  vote.dilemma_id = dilemma->id;
  if (vote.title.empty()) vote.title = dilemma->title;
  for (std::size_t i = 0; i < dilemma->scenarios.size(); ++i) {
    vote.options.push_back(VoteOption{static_cast<OptionId>(i + 1), dilemma->scenarios[i]});
  }
  return ev::VoteOpened{std::move(vote)};
}

// Every eligible member has a card in, and a secret tally may be shown.
bool complete_with(const RoomState& state, const VoteRecord& record, std::uint32_t ballots) {
  return ballots >= eligible_count(state, record.vote) &&
         (record.vote.mode != BallotMode::secret || ballots >= state.min_group_size);
}

// Auto-reveal: what a ballot into `record` reveals in the same step. A vote on
// its own is revealed when this ballot completes it; a bundle item only when
// every unrevealed item of its bundle is complete too, as the board's cards
// are turned together. `new_ballot` is false when a voter changes a ballot.
std::vector<VoteId> revealed_by_ballot(const RoomState& state, const VoteRecord& record,
                                       bool new_ballot) {
  if (!state.auto_reveal) return {};
  if (!complete_with(state, record, record.ballots() + (new_ballot ? 1U : 0U))) return {};
  const Bundle* bundle = find_bundle_of_vote(state, record.vote.id);
  if (bundle == nullptr) return {record.vote.id};
  std::vector<VoteId> revealed;
  for (const BundleItem& item : bundle->items) {
    const VoteRecord& other = *find_vote(state, item.vote_id);
    if (other.vote.status == VoteStatus::revealed) continue;
    if (other.vote.id != record.vote.id && !complete_with(state, other, other.ballots())) return {};
    revealed.push_back(other.vote.id);
  }
  return revealed;
}

}  // namespace

Outcome decide_vote(const DecideContext& ctx, const cmd::OpenVote& c) {
  if (!is_facilitator(ctx)) return votes_not_facilitator();
  if (ctx.state.votes.size() >= limits::max_votes) {
    return reject(ErrorCode::limit_reached, "too many votes");
  }
  Vote vote;
  vote.id = static_cast<VoteId>(ctx.state.votes.size() + 1);
  vote.title = c.title;
  vote.audience = c.audience;
  vote.mode = c.mode;
  vote.status = VoteStatus::open;
  if (c.dilemma_id != 0) {
    if (auto bad = check_optional_text(c.title, limits::max_title_bytes, "vote title")) return *bad;
    return open_dilemma_poll(ctx, c, std::move(vote));
  }
  if (auto bad = check_text(c.title, limits::max_title_bytes, "vote title")) return *bad;
  if (c.options.size() < limits::min_vote_options || c.options.size() > limits::max_vote_options) {
    return reject(ErrorCode::invalid_argument, "a vote has 2..10 options");
  }
  for (std::size_t i = 0; i < c.options.size(); ++i) {
    if (auto bad = check_text(c.options[i], limits::max_title_bytes, "option")) return *bad;
    vote.options.push_back(VoteOption{static_cast<OptionId>(i + 1), c.options[i]});
  }
  return ev::VoteOpened{std::move(vote)};
}

Outcome decide_vote(const DecideContext& ctx, const cmd::CloseVote& c) {
  if (!is_facilitator(ctx)) return votes_not_facilitator();
  const VoteRecord* record = find_vote(ctx.state, c.vote_id);
  if (record == nullptr) return no_such_vote();
  if (record->vote.status != VoteStatus::open) return reject(ErrorCode::wrong_phase, "not open");
  return ev::VoteClosed{c.vote_id};
}

Outcome decide_vote(const DecideContext& ctx, const cmd::RevealVote& c) {
  if (!is_facilitator(ctx)) return votes_not_facilitator();
  const VoteRecord* record = find_vote(ctx.state, c.vote_id);
  if (record == nullptr) return no_such_vote();
  if (record->vote.status == VoteStatus::revealed) {
    return reject(ErrorCode::wrong_phase, "already revealed");
  }
  if (auto wait = too_few_ballots(ctx.state, *record)) return *wait;
  return ev::VoteRevealed{c.vote_id};
}

Outcome decide_vote(const DecideContext& ctx, const cmd::CastVote& c) {
  const VoteRecord* record = find_vote(ctx.state, c.vote_id);
  if (record == nullptr) return no_such_vote();
  const Vote& vote = record->vote;
  if (ctx.actor.role != voter_role(vote) ||
      find_member_by_id(ctx.state, ctx.actor.member) == nullptr) {
    return forbidden(vote.audience == VoteAudience::board ? "board members vote here"
                                                          : "participants vote here");
  }
  if (vote.status != VoteStatus::open) return reject(ErrorCode::wrong_phase, "vote is not open");
  if (c.option_id == 0 || c.option_id > vote.options.size()) {
    return reject(ErrorCode::not_found, "no such option");
  }

  if (vote.mode == BallotMode::open_cards) {
    const bool new_ballot = !record->open_choices.contains(ctx.actor.member);
    return ev::BallotCast{c.vote_id,
                          c.option_id,
                          ctx.actor.member,
                          {},
                          revealed_by_ballot(ctx.state, *record, new_ballot)};
  }
  // Secret ballot: filed under the member's tag for this vote and under
  // nothing else, so a member has one ballot, may change it, and the event
  // does not say whose it is (see ballot_tag.hpp).
  if (ctx.actor.ballot_key.empty()) return reject(ErrorCode::bad_secret, "no ballot key");
  SecretHash tag = ballot_tag(ctx.actor.ballot_key, TagScope::vote, c.vote_id);
  const bool new_ballot = !record->secret_choices.contains(tag);
  return ev::BallotCast{c.vote_id, c.option_id, 0, std::move(tag),
                        revealed_by_ballot(ctx.state, *record, new_ballot)};
}

}  // namespace kring::core
