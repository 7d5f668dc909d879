// Readiness without names: for a focused task that has a completion — a vote, a dilemma's group
// poll, a bundle item or the whole bundle, the action scores — how many of the m who may take part
// have done it. Built from the counts the server sends (VoteProgress, ActionScoreProgress, the
// member counts); nothing says who.
import type { Focus } from "../proto";
import { FocusKind, VoteStatus } from "../proto";
import type { RoomState } from "./room_types";

export interface Readiness {
  done: number;
  of: number;
  kind: "voted" | "scored";
}

// A bundle counts as far as its least-voted unrevealed item (everyone is done when that one is);
// the scores as far as the least-scored action. undefined when the focus has nothing to complete
// or it is revealed already.
export function readinessOf(state: RoomState, focus: Focus): Readiness | undefined {
  switch (focus.kind) {
    case FocusKind.VOTE:
      return ofVotes(state, [focus.voteId]);
    case FocusKind.DILEMMA: {
      const poll = state.dilemmas.find((dilemma) => dilemma.id === focus.dilemmaId)?.pollId ?? 0n;
      return poll === 0n ? undefined : ofVotes(state, [poll]);
    }
    case FocusKind.BUNDLE_ITEM: {
      const bundle = state.bundles.find((candidate) => candidate.id === focus.bundleId);
      const item = bundle?.items.find((candidate) => candidate.dilemmaId === focus.dilemmaId);
      return item ? ofVotes(state, [item.voteId]) : undefined;
    }
    case FocusKind.BUNDLE: {
      const bundle = state.bundles.find((candidate) => candidate.id === focus.bundleId);
      return bundle ? ofVotes(state, bundle.items.map((item) => item.voteId)) : undefined;
    }
    case FocusKind.RANKING: {
      if (state.actions.length === 0) return undefined;
      const done = Math.min(...state.actions.map((action) => action.scorers));
      return { done, of: state.participantCount, kind: "scored" };
    }
    default:
      return undefined;
  }
}

function ofVotes(state: RoomState, ids: bigint[]): Readiness | undefined {
  const open = state.votes.filter((vote) => ids.includes(vote.id) && vote.status !== VoteStatus.REVEALED);
  if (open.length === 0) return undefined;
  return {
    done: Math.min(...open.map((vote) => vote.votedCount)),
    of: Math.max(...open.map((vote) => vote.eligibleCount)),
    kind: "voted",
  };
}
