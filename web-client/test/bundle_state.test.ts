import { describe, expect, it } from "vitest";
import { BallotMode, BundleItemKind, DilemmaOutcome, VoteAudience, VoteStatus } from "../src/proto";
import {
  bundleable,
  decisionChoices,
  isBundleRevealed,
  isBundleVote,
  isItemRevealed,
  isTie,
  leadingOption,
  roundOf,
} from "../src/store/bundle_state";
import { focusPage, pageCount } from "../src/store/bundle_pages";
import { currentDilemma } from "../src/store/method_state";
import { applyEvent } from "../src/store/room_state";
import { ev, roomFrom } from "./room_events";

const scenarios = ["Enkelglas laten zitten", "Dubbelglas bij klachten", "Dubbelglas: betaalbaar wonen"];
const dilemmas = [
  { id: 1n, title: "Dubbelglas", scenarios, outcome: DilemmaOutcome.CONSENSUS, chosenScenario: 3, boardId: 5n },
  { id: 2n, title: "Praatje", scenarios, outcome: DilemmaOutcome.NO_CONSENSUS, boardId: 6n },
  { id: 3n, title: "Nog open", scenarios, outcome: DilemmaOutcome.OPEN, boardId: 7n },
];
const boardVote = (id: bigint, dilemmaId: bigint, labels: string[]) => ({
  id,
  title: `d${dilemmaId}`,
  audience: VoteAudience.BOARD,
  mode: BallotMode.OPEN_CARDS,
  status: VoteStatus.OPEN,
  dilemmaId,
  eligibleCount: 2,
  options: labels.map((label, index) => ({ id: index + 1, label })),
});
const bundleCreated = () =>
  ev({
    case: "bundleCreated",
    value: {
      bundle: {
        id: 1n,
        title: "Bestuursvergadering",
        mode: BallotMode.OPEN_CARDS,
        items: [
          { dilemmaId: 1n, kind: BundleItemKind.APPROVAL, voteId: 1n },
          { dilemmaId: 2n, kind: BundleItemKind.CHOICE, voteId: 2n },
        ],
      },
      votes: [boardVote(1n, 1n, ["approve", "reject", "abstain"]), boardVote(2n, 2n, scenarios)],
    },
  });

describe("bundle state", () => {
  it("offers only dilemmas with a recorded outcome", () => {
    expect(bundleable(roomFrom({ dilemmas }).dilemmas).map((d) => d.id)).toEqual([1n, 2n]);
  });

  it("adds the bundle and its item votes, which never become a dilemma's group poll", () => {
    const state = applyEvent(roomFrom({ dilemmas }), bundleCreated());
    expect(state.bundles.map((b) => b.title)).toEqual(["Bestuursvergadering"]);
    expect(state.votes.map((v) => v.id)).toEqual([1n, 2n]);
    expect(state.dilemmas.map((d) => d.pollId)).toEqual([0n, 0n, 0n]);
    expect(isBundleVote(state, 1n)).toBe(true);
    expect(isBundleVote(state, 9n)).toBe(false);
    expect(state.spotlight).toBe("bundle");
    // A board vote on a dilemma does not pull the room's current dilemma to it.
    expect(currentDilemma(state)?.id).toBe(3n);
  });

  it("counts progress only, then reveals one item, then the rest at once", () => {
    let state = applyEvent(roomFrom({ dilemmas }), bundleCreated());
    state = applyEvent(state, ev({ case: "voteProgress", value: { voteId: 1n, votedCount: 1, eligibleCount: 2 } }));
    expect(state.votes[0].votedCount).toBe(1);
    expect(state.results).toEqual([]);
    state = applyEvent(state, ev({ case: "voteRevealed", value: { result: { voteId: 1n, tally: [{ optionId: 1, count: 2 }] } } }));
    const [first, second] = state.bundles[0].items;
    expect(isItemRevealed(state, first)).toBe(true);
    expect(state.votes[0].votedCount).toBe(2);  // the completing ballot came with the reveal
    expect(isItemRevealed(state, second)).toBe(false);
    expect(isBundleRevealed(state, state.bundles[0])).toBe(false);
    state = applyEvent(
      state,
      ev({ case: "bundleRevealed", value: { bundleId: 1n, results: [{ voteId: 2n, tally: [{ optionId: 2, count: 1 }] }] } }),
    );
    expect(isBundleRevealed(state, state.bundles[0])).toBe(true);
    expect(state.results.map((r) => r.voteId)).toEqual([1n, 2n]);
  });

  it("records, corrects and clears a decision per item", () => {
    let state = applyEvent(roomFrom({ dilemmas }), bundleCreated());
    state = applyEvent(state, ev({ case: "decisionRecorded", value: { bundleId: 1n, dilemmaId: 2n, decision: 3 } }));
    expect(state.bundles[0].items.map((i) => i.decision)).toEqual([0, 3]);
    state = applyEvent(state, ev({ case: "decisionRecorded", value: { bundleId: 1n, dilemmaId: 2n, decision: 1 } }));
    expect(state.bundles[0].items.map((i) => i.decision)).toEqual([0, 1]);
    state = applyEvent(state, ev({ case: "decisionRecorded", value: { bundleId: 1n, dilemmaId: 2n, decision: 0 } }));
    expect(state.bundles[0].items.map((i) => i.decision)).toEqual([0, 0]);
  });

  it("keeps the decision's reason and clears it with the decision", () => {
    let state = applyEvent(roomFrom({ dilemmas }), bundleCreated());
    state = applyEvent(state, ev({ case: "decisionRecorded", value: { bundleId: 1n, dilemmaId: 2n, decision: 3, reason: "Past bij de strategie." } }));
    expect(state.bundles[0].items[1].decisionReason).toBe("Past bij de strategie.");
    state = applyEvent(state, ev({ case: "decisionRecorded", value: { bundleId: 1n, dilemmaId: 2n, decision: 0 } }));
    expect(state.bundles[0].items[1].decisionReason).toBe("");
  });

  it("opens another round: a new vote for the item, the earlier one still a bundle vote", () => {
    let state = applyEvent(roomFrom({ dilemmas }), bundleCreated());
    const round = ev({ case: "bundleRoundOpened", value: { bundleId: 1n, dilemmaId: 2n, vote: boardVote(3n, 2n, scenarios) } });
    state = applyEvent(state, round);
    const item = state.bundles[0].items[1];
    expect(item.voteId).toBe(3n);
    expect(item.earlierVoteIds).toEqual([2n]);
    expect(roundOf(item)).toBe(2);
    expect(roundOf(state.bundles[0].items[0])).toBe(1);
    expect(state.votes.map((v) => v.id)).toEqual([1n, 2n, 3n]);
    expect(isBundleVote(state, 2n)).toBe(true);
    expect(isBundleVote(state, 3n)).toBe(true);
    expect(state.spotlight).toBe("bundle");
  });

  it("calls a shared top count a tie; abstentions do not tie an approval", () => {
    const [approval, choice] = applyEvent(roomFrom({ dilemmas }), bundleCreated()).bundles[0].items;
    const tally = (...counts: number[]) => ({ voteId: 1n, tally: counts.map((count, i) => ({ optionId: i + 1, count })), cards: [] }) as never;
    expect(isTie(choice, tally(1, 1, 0))).toBe(true);
    expect(isTie(choice, tally(1, 1, 1))).toBe(true);
    expect(isTie(choice, tally(2, 1, 0))).toBe(false);
    expect(isTie(choice, tally(0, 0, 0))).toBe(false);
    expect(isTie(choice, undefined)).toBe(false);
    expect(isTie(approval, tally(1, 1, 0))).toBe(true);
    expect(isTie(approval, tally(1, 0, 1))).toBe(false);
    expect(isTie(approval, tally(0, 0, 2))).toBe(false);
  });

  it("turns the projector to the bundle on a board reveal and back to the workshop on its next step", () => {
    let state = applyEvent(roomFrom({ dilemmas }), ev({ case: "actionSaved", value: { action: { id: 1n, title: "a" } } }));
    state = applyEvent(state, bundleCreated());
    state = applyEvent(state, ev({ case: "actionSaved", value: { action: { id: 1n, title: "b" } } }));
    expect(state.spotlight).toBe("actions");
    state = applyEvent(state, ev({ case: "voteRevealed", value: { result: { voteId: 2n } } }));
    expect(state.spotlight).toBe("bundle");
    state = applyEvent(state, ev({ case: "outcomeRecorded", value: { dilemmaId: 3n, outcome: DilemmaOutcome.NO_CONSENSUS } }));
    expect(state.spotlight).toBe("workshop");
  });

  it("offers approve/reject for approval items and the scenarios for choices", () => {
    const state = applyEvent(roomFrom({ dilemmas }), bundleCreated());
    const [approval, choice] = state.bundles[0].items;
    expect(decisionChoices(approval, state.dilemmas[0])).toEqual([1, 2]);
    expect(decisionChoices(choice, state.dilemmas[1])).toEqual([1, 2, 3]);
  });

  it("presets the decision to the option most cards chose", () => {
    expect(leadingOption({ voteId: 1n, tally: [{ optionId: 1, count: 1 }, { optionId: 2, count: 3 }], cards: [] } as never)).toBe(2);
    expect(leadingOption(undefined)).toBe(0);
  });

  it("takes bundles from a snapshot and pages long bundles by the item in focus", () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ dilemmaId: BigInt(i + 1), kind: BundleItemKind.CHOICE, voteId: BigInt(i + 1) }));
    const votes = items.map((item, i) => ({ ...boardVote(item.voteId, item.dilemmaId, scenarios), status: i < 5 ? VoteStatus.REVEALED : VoteStatus.OPEN }));
    const decided = items.map((item, i) => ({ ...item, decision: i < 5 ? 1 : 0 }));
    const state = roomFrom({ bundles: [{ id: 1n, title: "b", items: decided }], votes });
    expect(state.spotlight).toBe("bundle");
    expect(pageCount(state.bundles[0])).toBe(3);
    // Items 1-5 revealed and decided: the focus is item 6, on page 2 (index 1).
    expect(focusPage(state, state.bundles[0])).toBe(1);
  });
});
