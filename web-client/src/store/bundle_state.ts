// The board session in the room state: bundles of dilemmas, each item a board vote (approval of
// the group's consensus, or a choice between the scenarios), revealed per item or all at once,
// and the board's decision per item. Pure functions over RoomState, applied in seq order.
//
// An item's vote carries its dilemma's id like a group poll does, but its audience is the board;
// it never becomes the dilemma's poll (as on the server). Until an item is revealed every device
// receives counts only, so the store has nothing else to keep.
import type { Bundle, BundleItem, Dilemma, RoomEvent, Vote, VoteResult } from "../proto";
import { BundleItemKind, DilemmaOutcome, VoteStatus } from "../proto";
import type { RoomState } from "./room_types";

type Payload = RoomEvent["payload"];
export type BundlePayload = Extract<Payload, { case: "bundleCreated" | "bundleRevealed" | "decisionRecorded" }>;

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
      const { bundleId, dilemmaId, decision } = payload.value;
      return {
        ...next,
        bundles: next.bundles.map((bundle) =>
          bundle.id !== bundleId
            ? bundle
            : {
                ...bundle,
                items: bundle.items.map((item) => (item.dilemmaId === dilemmaId ? { ...item, decision } : item)),
              },
        ),
      };
    }
  }
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
export function isBundleVote(state: RoomState, voteId: bigint): boolean {
  return state.bundles.some((bundle) => bundle.items.some((item) => item.voteId === voteId));
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

// Bundles with at least one recorded decision, for read-only views.
export function decidedItems(bundle: Bundle): BundleItem[] {
  return bundle.items.filter((item) => item.decision !== 0);
}
