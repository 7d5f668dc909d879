import { describe, expect, it } from "vitest";
import type { Focus } from "../src/proto";
import { BoardKind, FocusKind } from "../src/proto";
import {
  activitiesOf,
  agendaWithActivities,
  currentPhaseNumber,
  heldActivity,
  phaseNumberOf,
  unplacedActivities,
  walkOrder,
} from "../src/store/agenda_activities";
import { focusOf, focusOrder } from "../src/store/focus_state";
import { applyEvent } from "../src/store/room_state";
import { ev, roomFrom } from "./room_events";

const board = (id: bigint) => focusOf(FocusKind.BOARD, { boardId: id });
const dilemma = (id: bigint) => focusOf(FocusKind.DILEMMA, { dilemmaId: id });
const kinds = (walk: Focus[]) => walk.map((focus) => `${FocusKind[focus.kind]}${focus.boardId || focus.dilemmaId || ""}`);

const room = () =>
  roomFrom({
    phases: [
      { title: "Waar staan we vandaag?", plannedSeconds: 900 },
      { title: "Dilemma's", plannedSeconds: 5400 },
      { title: "Conclusie en feedback", plannedSeconds: 900 },
    ],
    boards: [
      { id: 1n, kind: BoardKind.COLUMNS, title: "3B" },
      { id: 2n, kind: BoardKind.COLUMNS, title: "notes of dilemma 5" },
      { id: 3n, kind: BoardKind.CIRCLES, title: "Cirkel" },
    ],
    dilemmas: [{ id: 5n, title: "Dubbelglas", boardId: 2n }],
  });
const placed = (state: ReturnType<typeof room>, activity: Focus, phaseNumber: number) =>
  applyEvent(state, ev({ case: "activityPlaced", value: { activity, phaseNumber } }));

describe("the agenda holds the activities", () => {
  it("places an activity at the end of its phase and moves it out of any other", () => {
    let state = placed(room(), board(1n), 1);
    state = placed(state, board(3n), 1);
    expect(activitiesOf(state, 1)).toEqual([board(1n), board(3n)]);
    state = placed(state, board(1n), 2);
    expect(activitiesOf(state, 1)).toEqual([board(3n)]);
    expect(activitiesOf(state, 2)).toEqual([board(1n)]);
    expect(phaseNumberOf(state.phases, board(1n))).toBe(2);
  });

  it("takes an activity out of the agenda with phase 0", () => {
    const state = placed(placed(room(), dilemma(5n), 2), dilemma(5n), 0);
    expect(phaseNumberOf(state.phases, dilemma(5n))).toBe(0);
    expect(unplacedActivities(state)).toEqual([board(1n), dilemma(5n), board(3n)]);
  });

  it("lists the plain boards and dilemmas no phase holds, in the order they were made", () => {
    const state = placed(room(), board(3n), 1);
    expect(unplacedActivities(state)).toEqual([board(1n), dilemma(5n)]);
  });

  it("leaves out an activity that names nothing in the room", () => {
    const state = placed(room(), board(9n), 1);
    expect(activitiesOf(state, 1)).toEqual([]);
  });

  it("knows the current phase from the clock, the last once the agenda is done", () => {
    expect(currentPhaseNumber(room())).toBe(1);
    expect(currentPhaseNumber({ phases: room().phases, timer: { phaseIndex: 1 } as never })).toBe(2);
    expect(currentPhaseNumber({ phases: room().phases, timer: { phaseIndex: 3 } as never })).toBe(3);
    expect(currentPhaseNumber({ phases: [], timer: undefined })).toBe(0);
  });

  it("sends every phase's activities back with a new agenda", () => {
    const state = placed(room(), board(1n), 1);
    const agenda = agendaWithActivities(state.phases);
    expect(agenda.map((phase) => phase.activities.length)).toEqual([1, 0, 0]);
    expect(agenda[0].activities[0]).toEqual(board(1n));
  });

  it("walks in made order while no phase holds anything", () => {
    expect(walkOrder(room())).toEqual(focusOrder(room()));
  });

  it("walks welcome, strategy, the phases' activities in order, then what no phase holds", () => {
    let state = placed(room(), board(3n), 1);
    state = placed(state, board(1n), 1);
    state = placed(state, dilemma(5n), 2);
    expect(kinds(walkOrder(state))).toEqual(["WELCOME", "STRATEGY", "BOARD3", "BOARD1", "DILEMMA5", "CONCLUSION"]);
  });
});

describe("the activity that holds the focus", () => {
  it("is the board or dilemma itself, or the dilemma of its note board or poll", () => {
    const state = roomFrom({
      boards: [{ id: 1n, title: "3B" }, { id: 2n, title: "notes" }],
      dilemmas: [{ id: 5n, title: "Dubbelglas", boardId: 2n, pollId: 7n }],
    });
    expect(heldActivity(state, board(1n))).toEqual(board(1n));
    expect(heldActivity(state, board(2n))).toEqual(dilemma(5n));
    expect(heldActivity(state, focusOf(FocusKind.VOTE, { voteId: 7n }))).toEqual(dilemma(5n));
    expect(heldActivity(state, focusOf(FocusKind.WELCOME))).toBeUndefined();
    expect(heldActivity(state, board(9n))).toBeUndefined();
  });
});
