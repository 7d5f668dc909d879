import { describe, expect, it } from "vitest";
import type { Focus } from "../src/proto";
import { BoardKind, FocusKind, TimerSchema, WritingMode, create } from "../src/proto";
import { focusOf, focusOrder, heldAfterMove, isMovedOn, neighbourFocus, sameFocus, workshopStarted } from "../src/store/focus_state";
import { applyEvent } from "../src/store/room_state";
import { ev, roomFrom } from "./room_events";

const boards = [
  { id: 1n, kind: BoardKind.COLUMNS, title: "3B", writingMode: WritingMode.PRIVATE_FIRST },
  { id: 2n, kind: BoardKind.COLUMNS, title: "notes of dilemma 5" },
  { id: 3n, kind: BoardKind.CIRCLES, title: "Cirkel" },
];
const dilemmas = [{ id: 5n, title: "Dubbelglas", boardId: 2n }];
const room = () => roomFrom({ boards, dilemmas });

describe("focus", () => {
  it("starts unspecified and takes the focus of a snapshot (a reload lands on it)", () => {
    expect(room().focus.kind).toBe(FocusKind.UNSPECIFIED);
    const reloaded = roomFrom({ boards, dilemmas, focus: { kind: FocusKind.DILEMMA, dilemmaId: 5n } });
    expect(reloaded.focus.kind).toBe(FocusKind.DILEMMA);
    expect(reloaded.focus.dilemmaId).toBe(5n);
  });

  it("follows FocusSet and leaves writing alone unless it was opened", () => {
    const state = applyEvent(room(), ev({ case: "focusSet", value: { focus: { kind: FocusKind.BOARD, boardId: 1n } } }));
    expect(sameFocus(state.focus, focusOf(FocusKind.BOARD, { boardId: 1n }))).toBe(true);
    expect(state.boards.map((b) => b.writingOpen)).toEqual([false, false, false]);
  });

  it("opens the focused board for writing when writing_opened says so", () => {
    const state = applyEvent(room(), ev({ case: "focusSet", value: { focus: { kind: FocusKind.BOARD, boardId: 3n }, writingOpened: true } }));
    expect(state.boards.map((b) => b.writingOpen)).toEqual([false, false, true]);
  });

  it("opens a focused dilemma's note board, not the dilemma's id taken as a board id", () => {
    const state = applyEvent(room(), ev({ case: "focusSet", value: { focus: { kind: FocusKind.DILEMMA, dilemmaId: 5n }, writingOpened: true } }));
    expect(state.boards.map((b) => b.writingOpen)).toEqual([false, true, false]);
  });

  it("tells focuses apart by every id", () => {
    const item = focusOf(FocusKind.BUNDLE_ITEM, { bundleId: 1n, dilemmaId: 5n });
    expect(sameFocus(item, focusOf(FocusKind.BUNDLE_ITEM, { bundleId: 1n, dilemmaId: 5n }))).toBe(true);
    expect(sameFocus(item, focusOf(FocusKind.BUNDLE_ITEM, { bundleId: 2n, dilemmaId: 5n }))).toBe(false);
    expect(sameFocus(item, focusOf(FocusKind.BUNDLE, { bundleId: 1n }))).toBe(false);
  });

  it("walks welcome, strategy, boards and dilemmas as made, bundles, ranking, conclusion", () => {
    let state = room();
    state = applyEvent(state, ev({ case: "bundleCreated", value: { bundle: { id: 9n, title: "b", items: [{ dilemmaId: 5n, voteId: 4n }] } } }));
    state = applyEvent(state, ev({ case: "actionSaved", value: { action: { id: 1n, title: "a" } } }));
    const order = focusOrder(state);
    expect(order.map((f) => [FocusKind[f.kind], f.boardId || f.dilemmaId || f.bundleId])).toEqual([
      ["WELCOME", 0n],
      ["STRATEGY", 0n],
      ["BOARD", 1n],
      ["DILEMMA", 5n],
      ["BOARD", 3n],
      ["BUNDLE_ITEM", 5n],
      ["BUNDLE", 9n],
      ["RANKING", 0n],
      ["CONCLUSION", 0n],
    ]);
    expect(neighbourFocus(order, focusOf(FocusKind.BOARD, { boardId: 1n }), 1)?.dilemmaId).toBe(5n);
    expect(neighbourFocus(order, focusOf(FocusKind.BOARD, { boardId: 1n }), -1)?.kind).toBe(FocusKind.STRATEGY);
    expect(neighbourFocus(order, focusOf(FocusKind.CONCLUSION), 1)).toBeUndefined();
    expect(neighbourFocus(order, focusOf(FocusKind.UNSPECIFIED), 1)?.kind).toBe(FocusKind.WELCOME);
  });

  it("counts the workshop as started once the clock ran or the focus passed the welcome", () => {
    expect(workshopStarted(room())).toBe(false);
    const welcomed = applyEvent(room(), ev({ case: "focusSet", value: { focus: { kind: FocusKind.WELCOME } } }));
    expect(workshopStarted(welcomed)).toBe(false);
    expect(workshopStarted(applyEvent(welcomed, ev({ case: "focusSet", value: { focus: { kind: FocusKind.STRATEGY } } })))).toBe(true);
    const timer = create(TimerSchema, { running: true, startedAtMs: 1n });
    expect(workshopStarted(applyEvent(room(), ev({ case: "timerChanged", value: { timer } })))).toBe(true);
  });
});

describe("a participant's task when the focus moves", () => {
  const board = focusOf(FocusKind.BOARD, { boardId: 1n });
  const dilemma = focusOf(FocusKind.DILEMMA, { dilemmaId: 5n });
  const conclusion = focusOf(FocusKind.CONCLUSION);
  const draftOnBoard = (focus: Focus) => sameFocus(focus, board);

  it("follows the room when nothing is being written", () => {
    expect(heldAfterMove(undefined, board, dilemma, () => false)).toBeUndefined();
  });

  it("holds the task with a draft, and keeps holding it on a further move", () => {
    const held = heldAfterMove(undefined, board, dilemma, draftOnBoard);
    expect(held && sameFocus(held, board)).toBe(true);
    expect(isMovedOn(held, dilemma)).toBe(true);
    const later = heldAfterMove(held, dilemma, conclusion, () => false);
    expect(later && sameFocus(later, board)).toBe(true);
  });

  it("lets go of the held task once the room comes back to it", () => {
    const held = heldAfterMove(undefined, board, dilemma, draftOnBoard);
    expect(isMovedOn(held, board)).toBe(false);
    const back = heldAfterMove(held, dilemma, board, draftOnBoard);
    expect(back).toBeUndefined();
    // A later move without a draft is followed again.
    expect(heldAfterMove(back, board, conclusion, () => false)).toBeUndefined();
  });

  it("changes nothing when the focus did not move", () => {
    expect(heldAfterMove(undefined, board, board, draftOnBoard)).toBeUndefined();
  });
});
