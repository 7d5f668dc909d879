import { describe, expect, it } from "vitest";
import { FocusKind, Role, VoteAudience, VoteStatus } from "../src/proto";
import { focusOf } from "../src/store/focus_state";
import { readinessOf } from "../src/store/readiness";
import { applyEvent } from "../src/store/room_state";
import { ev, roomFrom } from "./room_events";

const vote = (id: bigint, votedCount: number, eligibleCount: number, status = VoteStatus.OPEN) => ({
  id,
  title: "Welk scenario?",
  audience: VoteAudience.BOARD,
  status,
  votedCount,
  eligibleCount,
});

describe("readiness: n of m for the focused task, never who", () => {
  it("counts a vote, a dilemma's poll and a bundle item until their reveal", () => {
    const state = roomFrom({
      votes: [vote(1n, 2, 3), vote(2n, 1, 2), vote(3n, 2, 2, VoteStatus.REVEALED)],
      dilemmas: [{ id: 1n, title: "Glas", pollId: 1n, boardId: 1n }],
      bundles: [{ id: 1n, title: "Bestuur", items: [{ dilemmaId: 1n, voteId: 2n }, { dilemmaId: 2n, voteId: 3n }] }],
    });
    expect(readinessOf(state, focusOf(FocusKind.VOTE, { voteId: 1n }))).toEqual({ done: 2, of: 3, kind: "voted" });
    expect(readinessOf(state, focusOf(FocusKind.DILEMMA, { dilemmaId: 1n }))).toEqual({ done: 2, of: 3, kind: "voted" });
    expect(readinessOf(state, focusOf(FocusKind.BUNDLE_ITEM, { bundleId: 1n, dilemmaId: 1n }))).toEqual({ done: 1, of: 2, kind: "voted" });
    expect(readinessOf(state, focusOf(FocusKind.BUNDLE_ITEM, { bundleId: 1n, dilemmaId: 2n }))).toBeUndefined();
    expect(readinessOf(state, focusOf(FocusKind.STRATEGY))).toBeUndefined();
  });

  it("holds a bundle at its least-voted unrevealed item", () => {
    const state = roomFrom({
      votes: [vote(1n, 2, 2), vote(2n, 1, 2)],
      bundles: [{ id: 1n, title: "Bestuur", items: [{ dilemmaId: 1n, voteId: 1n }, { dilemmaId: 2n, voteId: 2n }] }],
    });
    expect(readinessOf(state, focusOf(FocusKind.BUNDLE, { bundleId: 1n }))).toEqual({ done: 1, of: 2, kind: "voted" });
  });

  it("counts the scores of the least-scored action against the participants", () => {
    const state = roomFrom({
      members: [1n, 2n, 3n].map((id) => ({ id, role: Role.PARTICIPANT, displayName: "" })),
      actions: [{ id: 1n, title: "Spreekuur", scorers: 3 }, { id: 2n, title: "Koffie", scorers: 1 }],
    });
    expect(readinessOf(state, focusOf(FocusKind.RANKING))).toEqual({ done: 1, of: 3, kind: "scored" });
    expect(readinessOf(roomFrom({}), focusOf(FocusKind.RANKING))).toBeUndefined();
  });
});

describe("room settings the facilitator's devices follow", () => {
  it("takes auto-reveal from the snapshot and AutoRevealSet", () => {
    let state = roomFrom({ autoReveal: true });
    expect(state.autoReveal).toBe(true);
    state = applyEvent(state, ev({ case: "autoRevealSet", value: { on: false } }));
    expect(state.autoReveal).toBe(false);
  });

  it("remembers the seq at which the projector link was replaced", () => {
    let state = roomFrom({ projectorLinkSeq: 0n });
    state = applyEvent(state, ev({ case: "strategySet", value: { text: "x" } }));
    const replaced = ev({ case: "projectorLinkReplaced", value: {} });
    state = applyEvent(state, replaced);
    expect(state.projectorLinkSeq).toBe(replaced.seq);
    expect(roomFrom({ projectorLinkSeq: 9n }).projectorLinkSeq).toBe(9n);
  });
});
