// The agenda holds the activities (docs/protocol.md, "Agenda and timer"): each phase lists, in
// order, the things the facilitator runs and shows in it, as Focus values. Pure functions over
// RoomState: applying ActivityPlaced, where an activity is, which phase is "now", the phases with
// their activities for a SetAgenda that keeps them, and the facilitator's walk in agenda order.
import type { Focus, Phase } from "../proto";
import { FocusKind } from "../proto";
import { focusOf, focusOrder, sameFocus } from "./focus_state";
import { isDilemmaBoard } from "./method_state";
import type { RoomState } from "./room_types";

// ActivityPlaced: out of every phase, then appended to phase `phaseNumber` (1-based; 0 = out of the
// agenda), exactly as the server applies it.
export function placeActivity(phases: Phase[], activity: Focus, phaseNumber: number): Phase[] {
  return phases.map((phase, index) => {
    const kept = phase.activities.filter((held) => !sameFocus(held, activity));
    const activities = index + 1 === phaseNumber ? [...kept, activity] : kept;
    return kept.length === phase.activities.length && activities === kept ? phase : { ...phase, activities };
  });
}

// The phase (1-based) that holds `activity`; 0 when no phase does.
export function phaseNumberOf(phases: Phase[], activity: Focus): number {
  return phases.findIndex((phase) => phase.activities.some((held) => sameFocus(held, activity))) + 1;
}

// The phase the clock is in (1-based), the last one once the agenda is done; 0 without an agenda.
export function currentPhaseNumber(state: Pick<RoomState, "phases" | "timer">): number {
  if (state.phases.length === 0) return 0;
  return Math.min((state.timer?.phaseIndex ?? 0) + 1, state.phases.length);
}

// The activity still names something in the room (a phase may hold one the room no longer shows).
export function activityExists(state: RoomState, activity: Focus): boolean {
  switch (activity.kind) {
    case FocusKind.BOARD:
      return state.boards.some((board) => board.id === activity.boardId);
    case FocusKind.DILEMMA:
      return state.dilemmas.some((dilemma) => dilemma.id === activity.dilemmaId);
    case FocusKind.VOTE:
      return state.votes.some((vote) => vote.id === activity.voteId);
    case FocusKind.BUNDLE:
      return state.bundles.some((bundle) => bundle.id === activity.bundleId);
    case FocusKind.BUNDLE_ITEM:
      return state.bundles.some((bundle) => bundle.id === activity.bundleId && bundle.items.some((item) => item.dilemmaId === activity.dilemmaId));
    case FocusKind.UNSPECIFIED:
      return false;
    default:
      return true;
  }
}

// The activities of phase `phaseNumber` (1-based) that name something, in order.
export function activitiesOf(state: RoomState, phaseNumber: number): Focus[] {
  return (state.phases[phaseNumber - 1]?.activities ?? []).filter((activity) => activityExists(state, activity));
}

// Plain boards and dilemmas that no phase holds, in the order they were made: the console keeps
// them reachable under "not scheduled".
export function unplacedActivities(state: RoomState): Focus[] {
  const made = [
    ...state.boards
      .filter((board) => !isDilemmaBoard(state, board.id))
      .map((board) => ({ at: board.id, focus: focusOf(FocusKind.BOARD, { boardId: board.id }) })),
    ...state.dilemmas.map((dilemma) => ({ at: dilemma.boardId, focus: focusOf(FocusKind.DILEMMA, { dilemmaId: dilemma.id }) })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return made.map((entry) => entry.focus).filter((focus) => phaseNumberOf(state.phases, focus) === 0);
}

// The agenda as SetAgenda carries it, each phase with the activities it holds: SetAgenda replaces
// the activities with those it carries, so a client that changes the agenda sends them back.
export type AgendaPhase = Pick<Phase, "title" | "plannedSeconds" | "activities">;

export function agendaWithActivities(phases: AgendaPhase[]): AgendaPhase[] {
  return phases.map(({ title, plannedSeconds, activities }) => ({ title, plannedSeconds, activities: [...activities] }));
}

// The facilitator's previous / next walk. Without placed activities it is focusOrder (the order
// things were made). With them: welcome and strategy (unless a phase holds them), then every
// phase's activities in order, then whatever no phase holds in focusOrder's order (unscheduled
// boards and dilemmas, the board session, the ranking, the conclusion), so nothing is unreachable.
export function walkOrder(state: RoomState): Focus[] {
  const order = focusOrder(state);
  const placed = state.phases.flatMap((_, index) => activitiesOf(state, index + 1));
  if (placed.length === 0) return order;
  const isPlaced = (focus: Focus) => placed.some((held) => sameFocus(held, focus));
  const opening = order.filter((focus) => (focus.kind === FocusKind.WELCOME || focus.kind === FocusKind.STRATEGY) && !isPlaced(focus));
  const rest = order.filter((focus) => focus.kind !== FocusKind.WELCOME && focus.kind !== FocusKind.STRATEGY && !isPlaced(focus));
  return [...opening, ...placed, ...rest];
}

// The activity in the console that holds what the room looks at: a plain board or a dilemma
// itself, the dilemma of a focused note board or group poll. undefined for anything else (the
// welcome, the strategy, the board session, a plain vote, the ranking, the conclusion).
export function heldActivity(state: RoomState, focus: Focus): Focus | undefined {
  const dilemmaWith = (match: (dilemma: RoomState["dilemmas"][number]) => boolean) => {
    const dilemma = state.dilemmas.find(match);
    return dilemma ? focusOf(FocusKind.DILEMMA, { dilemmaId: dilemma.id }) : undefined;
  };
  switch (focus.kind) {
    case FocusKind.BOARD:
      return dilemmaWith((dilemma) => dilemma.boardId === focus.boardId) ?? (activityExists(state, focus) ? focus : undefined);
    case FocusKind.DILEMMA:
      return activityExists(state, focus) ? focus : undefined;
    case FocusKind.VOTE:
      return dilemmaWith((dilemma) => dilemma.pollId === focus.voteId && focus.voteId !== 0n);
    default:
      return undefined;
  }
}
