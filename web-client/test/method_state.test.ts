import { describe, expect, it } from "vitest";
import type { MessageInitShape } from "@bufbuild/protobuf";
import {
  BoardKind,
  DilemmaOutcome,
  ProposalStatus,
  RoomEventSchema,
  SnapshotSchema,
  VoteAudience,
  VoteStatus,
  WritingMode,
  create,
} from "../src/proto";
import { currentDilemma, dilemmaPoll, isDilemmaBoard } from "../src/store/method_state";
import { applyEvent, emptyRoom, fromSnapshot } from "../src/store/room_state";

type EventPayload = MessageInitShape<typeof RoomEventSchema>["payload"];
let seq = 0n;
function ev(payload: EventPayload) {
  seq += 1n;
  return create(RoomEventSchema, { epoch: 1n, seq, payload });
}

function emptyMethodRoom(init: MessageInitShape<typeof SnapshotSchema> = {}) {
  seq = 0n;
  return fromSnapshot(emptyRoom(), create(SnapshotSchema, { epoch: 1n, seq: 0n, title: "Kleine keuzes", ...init }));
}

const scenarios = ["Enkelglas laten zitten", "Dubbelglas op eigen kosten", "Dubbelglas: betaalbaar wonen"];
const matrixBoard = (id: bigint) => ({
  id,
  title: "Schilderwerk",
  kind: BoardKind.MATRIX,
  writingMode: WritingMode.OPEN,
  rowLabels: ["scenario_1", "scenario_2", "scenario_3"],
  columnLabels: ["prompt_my_work", "prompt_opportunities", "prompt_hard"],
  zones: [{ id: 1, label: "scenario_1/prompt_my_work" }],
});
const dilemmaAdded = (id: bigint, boardId: bigint, extra: Record<string, unknown> = {}) =>
  ev({
    case: "dilemmaAdded",
    value: {
      dilemma: { id, title: `Dilemma ${id}`, context: "Planmatig onderhoud", scenarios, boardId, outcome: DilemmaOutcome.OPEN, ...extra },
      board: matrixBoard(boardId),
    },
  });

describe("method state", () => {
  it("takes the strategy, dilemmas, proposals and marks flag from a snapshot", () => {
    const state = emptyMethodRoom({
      strategy: "Betaalbaar wonen",
      dilemmas: [{ id: 1n, title: "d", scenarios, boardId: 4n, strategyScenario: 3 }],
      proposals: [{ id: 1n, title: "p", status: ProposalStatus.OPEN }],
      strategyMarksShown: true,
    });
    expect(state.strategy).toBe("Betaalbaar wonen");
    expect(state.dilemmas.map((d) => d.strategyScenario)).toEqual([3]);
    expect(state.proposals.map((p) => p.title)).toEqual(["p"]);
    expect(state.strategyMarksShown).toBe(true);
  });

  it("sets and clears the strategy", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, ev({ case: "strategySet", value: { text: "Betaalbaar wonen" } }));
    expect(state.strategy).toBe("Betaalbaar wonen");
    state = applyEvent(state, ev({ case: "strategySet", value: { text: "" } }));
    expect(state.strategy).toBe("");
  });

  it("adds a dilemma together with its note board, once", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, dilemmaAdded(1n, 1n));
    expect(state.dilemmas).toHaveLength(1);
    expect(state.dilemmas[0].scenarios).toEqual(scenarios);
    expect(state.boards.map((b) => b.id)).toEqual([1n]);
    expect(state.boards[0].rowLabels).toEqual(["scenario_1", "scenario_2", "scenario_3"]);
    expect(isDilemmaBoard(state, 1n)).toBe(true);
    const again = applyEvent(state, { ...dilemmaAdded(1n, 1n) });
    expect(again.dilemmas).toHaveLength(1);
    expect(again.boards).toHaveLength(1);
  });

  it("marks the intake proposal adopted when its dilemma is added (facilitator)", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, ev({ case: "proposalSubmitted", value: { proposal: { id: 1n, title: "Glas", scenarios: ["a"], status: ProposalStatus.OPEN } } }));
    state = applyEvent(state, ev({ case: "proposalSubmitted", value: { proposal: { id: 2n, title: "Praatje", status: ProposalStatus.OPEN } } }));
    expect(state.proposals.map((p) => p.title)).toEqual(["Glas", "Praatje"]);
    state = applyEvent(state, dilemmaAdded(1n, 1n, { proposalId: 1n, strategyScenario: 3 }));
    expect(state.proposals.map((p) => p.status)).toEqual([ProposalStatus.ADOPTED, ProposalStatus.OPEN]);
  });

  it("dismisses a proposal", () => {
    let state = emptyMethodRoom({ proposals: [{ id: 1n, title: "p", status: ProposalStatus.OPEN }] });
    state = applyEvent(state, ev({ case: "proposalDismissed", value: { proposalId: 1n } }));
    expect(state.proposals[0].status).toBe(ProposalStatus.DISMISSED);
  });

  it("learns nothing of the intake from sealed events (participants, projector)", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, ev(undefined as never));
    state = applyEvent(state, ev(undefined as never));
    expect(state.seq).toBe(2n);
    expect(state.proposals).toEqual([]);
  });

  it("edits the text and mark of a dilemma and keeps its board, poll and outcome", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, dilemmaAdded(1n, 1n, { strategyScenario: 3 }));
    state = applyEvent(state, ev({ case: "dilemmaEdited", value: { dilemma: { id: 1n, title: "Nieuw", context: "c", scenarios: ["x", "y", "z"], strategyScenario: 2, boardId: 1n } } }));
    expect(state.dilemmas[0]).toMatchObject({ title: "Nieuw", context: "c", scenarios: ["x", "y", "z"], strategyScenario: 2, boardId: 1n });
    expect(state.dilemmas[0].outcome).toBe(DilemmaOutcome.OPEN);
  });

  it("links a group poll on a dilemma as its latest poll", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, dilemmaAdded(1n, 1n));
    state = applyEvent(state, ev({ case: "voteOpened", value: { vote: { id: 5n, dilemmaId: 1n, audience: VoteAudience.PARTICIPANTS, status: VoteStatus.OPEN, options: [{ id: 1, label: "a" }] } } }));
    expect(state.dilemmas[0].pollId).toBe(5n);
    expect(dilemmaPoll(state, state.dilemmas[0])?.id).toBe(5n);
    state = applyEvent(state, ev({ case: "voteOpened", value: { vote: { id: 6n, audience: VoteAudience.BOARD, status: VoteStatus.OPEN } } }));
    expect(state.dilemmas[0].pollId).toBe(5n);
  });

  it("records an outcome: consensus with its scenario, or none", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, dilemmaAdded(1n, 1n));
    state = applyEvent(state, dilemmaAdded(2n, 2n));
    state = applyEvent(state, ev({ case: "outcomeRecorded", value: { dilemmaId: 1n, outcome: DilemmaOutcome.CONSENSUS, chosenScenario: 3 } }));
    state = applyEvent(state, ev({ case: "outcomeRecorded", value: { dilemmaId: 2n, outcome: DilemmaOutcome.NO_CONSENSUS, chosenScenario: 0 } }));
    expect(state.dilemmas.map((d) => [d.outcome, d.chosenScenario])).toEqual([
      [DilemmaOutcome.CONSENSUS, 3],
      [DilemmaOutcome.NO_CONSENSUS, 0],
    ]);
  });

  it("fills in the marks when they are shown", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, dilemmaAdded(1n, 1n));
    state = applyEvent(state, dilemmaAdded(2n, 2n));
    expect(state.dilemmas.map((d) => d.strategyScenario)).toEqual([0, 0]);
    state = applyEvent(state, ev({ case: "strategyMarksShown", value: { marks: [{ dilemmaId: 1n, scenario: 3 }, { dilemmaId: 2n, scenario: 2 }] } }));
    expect(state.strategyMarksShown).toBe(true);
    expect(state.dilemmas.map((d) => d.strategyScenario)).toEqual([3, 2]);
  });

  it("finds the current dilemma: open poll, then the latest touched (poll or writing), then latest", () => {
    let state = emptyMethodRoom();
    expect(currentDilemma(state)).toBeUndefined();
    state = applyEvent(state, dilemmaAdded(1n, 1n));
    state = applyEvent(state, dilemmaAdded(2n, 2n));
    expect(currentDilemma(state)?.id).toBe(2n);
    state = applyEvent(state, ev({ case: "writingChanged", value: { boardId: 1n, open: true } }));
    expect(currentDilemma(state)?.id).toBe(1n);
    state = applyEvent(state, ev({ case: "voteOpened", value: { vote: { id: 1n, dilemmaId: 1n, audience: VoteAudience.PARTICIPANTS, status: VoteStatus.OPEN } } }));
    expect(currentDilemma(state)?.id).toBe(1n);
    state = applyEvent(state, ev({ case: "voteClosed", value: { voteId: 1n } }));
    expect(currentDilemma(state)?.id).toBe(1n);
    state = applyEvent(state, ev({ case: "writingChanged", value: { boardId: 2n, open: true } }));
    expect(currentDilemma(state)?.id).toBe(2n);
    state = applyEvent(state, ev({ case: "voteOpened", value: { vote: { id: 2n, dilemmaId: 1n, audience: VoteAudience.PARTICIPANTS, status: VoteStatus.OPEN } } }));
    expect(currentDilemma(state)?.id).toBe(1n);
    state = applyEvent(state, ev({ case: "voteClosed", value: { voteId: 2n } }));
    expect(currentDilemma(state)?.id).toBe(2n);
  });

  it("is not pulled back to an earlier dilemma whose board was left open for writing", () => {
    let state = emptyMethodRoom();
    state = applyEvent(state, dilemmaAdded(1n, 1n));
    state = applyEvent(state, dilemmaAdded(2n, 2n));
    state = applyEvent(state, ev({ case: "writingChanged", value: { boardId: 1n, open: true } }));
    state = applyEvent(state, ev({ case: "voteOpened", value: { vote: { id: 1n, dilemmaId: 2n, audience: VoteAudience.PARTICIPANTS, status: VoteStatus.OPEN } } }));
    state = applyEvent(state, ev({ case: "voteRevealed", value: { result: { voteId: 1n } } }));
    expect(currentDilemma(state)?.id).toBe(2n);
  });
});
