// The board session in the room state: bundles of dilemmas, each item a board vote (approval of
// the group's consensus, or a choice between the scenarios), revealed per item or all at once,
// and the board's decision per item with its reason. A tied item may get another round: a new
// board vote replaces the item's current one (the earlier rounds stay in earlierVoteIds). Pure functions over RoomState, applied in seq order.
//
// An item's vote carries its dilemma's id like a group poll does, but its audience is the board;
// it never becomes the dilemma's poll (as on the server). Until an item is revealed every device
// receives counts only, so the store has nothing else to keep.
import type { Bundle, BundleItem, Dilemma, RoomEvent, Vote, VoteResult } from "../proto";
import { BundleItemKind, DilemmaOutcome, VoteStatus } from "../proto";
import type { RoomState } from "./room_types";

type Payload = RoomEvent["payload"];
export type BundlePayload = Extract<Payload, { case: "bundleCreated" | "bundleRevealed" | "decisionRecorded" | "bundleRoundOpened" }>;

// Option ids of an approval item's vote (docs/protocol.md, "The board session").
export const APPROVE = 1;
export const REJECT = 2;
export const ABSTAIN = 3;
// The keys the server sends as an approval item's option labels, by option id.
export const APPROVAL_KEYS: Record<number, "approve" | "reject" | "abstain"> = {
  [APPROVE]: "approve",
  [REJECT]: "reject",
  [ABSTAIN]: "abstain",
};

function withResults(state: RoomState, results: VoteResult[]): RoomState {
  const ids = new Set(results.map((result) => result.voteId));
  return {
    ...state,
    votes: state.votes.map((vote) => (ids.has(vote.id) ? { ...vote, status: VoteStatus.REVEALED } : vote)),
    results: [...state.results.filter((known) => !ids.has(known.voteId)), ...results],
  };
}

// `next` is the state with the event's position already taken.
export function applyBundleEvent(next: RoomState, payload: BundlePayload): RoomState {
  switch (payload.case) {
    case "bundleCreated": {
      const { bundle, votes } = payload.value;
      if (!bundle || next.bundles.some((known) => known.id === bundle.id)) return next;
      const fresh = votes.filter((vote) => !next.votes.some((known) => known.id === vote.id));
      return { ...next, bundles: [...next.bundles, bundle], votes: [...next.votes, ...fresh] };
    }
    case "bundleRevealed":
      return withResults(next, payload.value.results);
    case "decisionRecorded": {
      const { bundleId, dilemmaId, decision, reason } = payload.value;
      return withItem(next, bundleId, dilemmaId, (item) => ({ ...item, decision, decisionReason: reason }));
    }
    case "bundleRoundOpened": {
      const { bundleId, dilemmaId, vote } = payload.value;
      if (!vote || next.votes.some((known) => known.id === vote.id)) return next;
      const moved = withItem(next, bundleId, dilemmaId, (item) => ({
        ...item,
        voteId: vote.id,
        earlierVoteIds: [...item.earlierVoteIds, item.voteId],
      }));
      return { ...moved, votes: [...moved.votes, vote] };
    }
  }
}

function withItem(state: RoomState, bundleId: bigint, dilemmaId: bigint, change: (item: BundleItem) => BundleItem): RoomState {
  return {
    ...state,
    bundles: state.bundles.map((bundle) =>
      bundle.id !== bundleId
        ? bundle
        : { ...bundle, items: bundle.items.map((item) => (item.dilemmaId === dilemmaId ? change(item) : item)) },
    ),
  };
}

// A dilemma can go to the board once the group recorded an outcome (consensus or none).
export function bundleable(dilemmas: Dilemma[]): Dilemma[] {
  return dilemmas.filter(
    (dilemma) => dilemma.outcome === DilemmaOutcome.CONSENSUS || dilemma.outcome === DilemmaOutcome.NO_CONSENSUS,
  );
}

// A bundle holds at most this many dilemmas (the server refuses more).
export const MAX_BUNDLE_ITEMS = 30;

export function itemVote(state: RoomState, item: BundleItem): Vote | undefined {
  return state.votes.find((vote) => vote.id === item.voteId);
}

export function itemResult(state: RoomState, item: BundleItem): VoteResult | undefined {
  return state.results.find((result) => result.voteId === item.voteId);
}

export function isItemRevealed(state: RoomState, item: BundleItem): boolean {
  return itemVote(state, item)?.status === VoteStatus.REVEALED;
}

export function isBundleRevealed(state: RoomState, bundle: Bundle): boolean {
  return bundle.items.every((item) => isItemRevealed(state, item));
}

// True for a vote that belongs to a bundle (board votes on dilemmas), false for group polls.
// Earlier rounds of an item count too.
export function isBundleVote(state: RoomState, voteId: bigint): boolean {
  return state.bundles.some((bundle) =>
    bundle.items.some((item) => item.voteId === voteId || item.earlierVoteIds.includes(voteId)),
  );
}

// The decisions an item can take: approval 1 approved / 2 rejected, choice the scenario 1..3.
export function decisionChoices(item: BundleItem, dilemma: Dilemma | undefined): number[] {
  if (item.kind === BundleItemKind.APPROVAL) return [APPROVE, REJECT];
  return (dilemma?.scenarios ?? []).map((_, index) => index + 1);
}

// The option the most cards chose (the first of equals), as a preset for the decision; 0 when
// nothing was counted.
export function leadingOption(result: VoteResult | undefined): number {
  let best = 0;
  let bestCount = 0;
  for (const entry of result?.tally ?? []) {
    if (entry.count > bestCount) {
      best = entry.optionId;
      bestCount = entry.count;
    }
  }
  return best;
}

// A revealed result whose most-chosen decision is shared by two or more options (1–1, 2–2–0…):
// the facilitator is offered another round or the chair's decision. An approval item counts
// approve and reject only (abstentions decide nothing); nothing counted is no tie.
export function isTie(item: BundleItem, result: VoteResult | undefined): boolean {
  const counted = (result?.tally ?? []).filter((entry) => item.kind !== BundleItemKind.APPROVAL || entry.optionId !== ABSTAIN);
  const top = Math.max(0, ...counted.map((entry) => entry.count));
  return top > 0 && counted.filter((entry) => entry.count === top).length > 1;
}

// The server allows three rounds of an item's board vote (docs/protocol.md, OpenBundleRound).
export const MAX_ROUNDS = 3;

// 1 for an item voted once, 2 after another round, and so on.
export function roundOf(item: BundleItem): number {
  return item.earlierVoteIds.length + 1;
}

// Bundles with at least one recorded decision, for read-only views.
export function decidedItems(bundle: Bundle): BundleItem[] {
  return bundle.items.filter((item) => item.decision !== 0);
}
