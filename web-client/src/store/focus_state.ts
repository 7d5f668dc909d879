// The room's focus: what the facilitator points every device at now (docs/protocol.md, "Focus:
// what the room looks at now"). It is a pointer, never content: each view shows what it points at
// exactly as its role may already see it. Pure functions over RoomState, applied in seq order.
//
// FocusSet{writing_opened} opens the focused board (or the focused dilemma's note board) for
// writing in the same step; the store applies it exactly like WritingChanged{board, open=true}.
import type { Focus, RoomEvent } from "../proto";
import { FocusKind, FocusSchema, create } from "../proto";
import { isDilemmaBoard } from "./method_state";
import type { RoomState } from "./room_types";

type FocusSetPayload = Extract<RoomEvent["payload"], { case: "focusSet" }>;

// No focus yet: every device shows its own overview.
export function noFocus(): Focus {
  return create(FocusSchema, { kind: FocusKind.UNSPECIFIED });
}

// `next` is the state with the event's position already taken.
export function applyFocusSet(next: RoomState, payload: FocusSetPayload): RoomState {
  const focus = payload.value.focus ?? noFocus();
  const withFocus = { ...next, focus };
  if (!payload.value.writingOpened) return withFocus;
  const boardId = focusedBoardId(withFocus, focus);
  if (boardId === undefined) return withFocus;
  return {
    ...withFocus,
    boards: withFocus.boards.map((board) => (board.id === boardId ? { ...board, writingOpen: true } : board)),
  };
}

// The board a focus writes on: the focused board, or the focused dilemma's note board.
export function focusedBoardId(state: RoomState, focus: Focus): bigint | undefined {
  if (focus.kind === FocusKind.BOARD) return focus.boardId;
  if (focus.kind === FocusKind.DILEMMA) {
    return state.dilemmas.find((dilemma) => dilemma.id === focus.dilemmaId)?.boardId;
  }
  return undefined;
}

// Two focuses point at the same thing (kind and every id).
export function sameFocus(a: Focus, b: Focus): boolean {
  return (
    a.kind === b.kind &&
    a.boardId === b.boardId &&
    a.dilemmaId === b.dilemmaId &&
    a.voteId === b.voteId &&
    a.bundleId === b.bundleId
  );
}

// A focus of `kind` naming only the ids given (the server rejects ids a kind does not use).
export function focusOf(kind: FocusKind, ids: Partial<Pick<Focus, "boardId" | "dilemmaId" | "voteId" | "bundleId">> = {}): Focus {
  return create(FocusSchema, { kind, ...ids });
}

// The workshop has started once the agenda clock has run or the room looks at something past
// the welcome: then a participant's intake form folds away.
export function workshopStarted(state: RoomState): boolean {
  const timer = state.timer;
  const clockRan = timer !== undefined && (timer.running || timer.elapsedMs > 0n || timer.phaseIndex > 0);
  const kind = state.focus.kind;
  return clockRan || (kind !== FocusKind.UNSPECIFIED && kind !== FocusKind.WELCOME);
}

// The order the facilitator walks with "previous" and "next": welcome, strategy, the plain boards
// and dilemmas in the order they were made (a dilemma's place is its note board's id, since board
// ids count up across both), the board session's items and then each bundle, the ranking once
// there are actions, the conclusion once there are dilemmas.
export function focusOrder(state: RoomState): Focus[] {
  const made: { at: bigint; focus: Focus }[] = [
    ...state.boards
      .filter((board) => !isDilemmaBoard(state, board.id))
      .map((board) => ({ at: board.id, focus: focusOf(FocusKind.BOARD, { boardId: board.id }) })),
    ...state.dilemmas.map((dilemma) => ({ at: dilemma.boardId, focus: focusOf(FocusKind.DILEMMA, { dilemmaId: dilemma.id }) })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const bundles = state.bundles.flatMap((bundle) => [
    ...bundle.items.map((item) => focusOf(FocusKind.BUNDLE_ITEM, { bundleId: bundle.id, dilemmaId: item.dilemmaId })),
    focusOf(FocusKind.BUNDLE, { bundleId: bundle.id }),
  ]);
  return [
    focusOf(FocusKind.WELCOME),
    focusOf(FocusKind.STRATEGY),
    ...made.map((entry) => entry.focus),
    ...bundles,
    ...(state.actions.length > 0 ? [focusOf(FocusKind.RANKING)] : []),
    ...(state.dilemmas.length > 0 ? [focusOf(FocusKind.CONCLUSION)] : []),
  ];
}

// The focus one step from the current one in focusOrder (`step` -1 or +1); undefined at either
// end. A focus outside the order (a plain vote) walks on from the start.
export function neighbourFocus(order: Focus[], current: Focus, step: -1 | 1): Focus | undefined {
  const index = order.findIndex((focus) => sameFocus(focus, current));
  if (index === -1) return step === 1 ? order[0] : undefined;
  return order[index + step];
}

// What a participant's task holds on to after the room's focus went from `seen` to `room`: a task
// with an unsent draft (`draftOn`) at the moment of the move is held, so that moving the focus
// never takes work out of someone's hands; a task already held stays held until the participant
// follows or the room comes back to it. undefined: follow the room.
export function heldAfterMove(
  held: Focus | undefined,
  seen: Focus,
  room: Focus,
  draftOn: (focus: Focus) => boolean,
): Focus | undefined {
  if (sameFocus(seen, room)) return held;
  // A held task the room comes back to is simply the room's task again.
  if (held !== undefined) return sameFocus(held, room) ? undefined : held;
  return draftOn(seen) ? seen : undefined;
}

// True while a held task is not what the room looks at.
export function isMovedOn(held: Focus | undefined, room: Focus): boolean {
  return held !== undefined && !sameFocus(held, room);
}
