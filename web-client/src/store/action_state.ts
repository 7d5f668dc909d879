// Actions in the room state: made from notes by the facilitator, worked out by the group (SMART
// fields, owner, term, pros and cons), scored by participants on the seeds' criteria, ranked when
// the facilitator reveals the ranking. Pure functions over RoomState, applied in seq order.
//
// Scores reach every device as a count only (ActionScoreProgress), the scorer's too; a device
// keeps what it gave itself (device_secrets). The ranking holds sums per criterion as last
// revealed; means are sums / scorers.
import type { Action, RankingEntry, RoomEvent } from "../proto";
import { ActionTerm } from "../proto";
import type { RoomState } from "./room_types";

type Payload = RoomEvent["payload"];
export type ActionPayload = Extract<
  Payload,
  { case: "actionSaved" | "actionRemoved" | "actionScoreProgress" | "rankingRevealed" }
>;

export function applyActionEvent(next: RoomState, payload: ActionPayload): RoomState {
  switch (payload.case) {
    case "actionSaved": {
      const action = payload.value.action;
      if (!action) return next;
      const known = next.actions.some((a) => a.id === action.id);
      return {
        ...next,
        actions: known ? next.actions.map((a) => (a.id === action.id ? action : a)) : [...next.actions, action],
      };
    }
    case "actionRemoved": {
      const id = payload.value.actionId;
      return {
        ...next,
        actions: next.actions.filter((a) => a.id !== id),
        ranking: next.ranking.filter((entry) => entry.actionId !== id),
      };
    }
    case "actionScoreProgress": {
      const { actionId, scorers } = payload.value;
      return { ...next, actions: next.actions.map((a) => (a.id === actionId ? { ...a, scorers } : a)) };
    }
    case "rankingRevealed":
      return { ...next, ranking: payload.value.entries };
  }
}

// The server takes every action with a term, short or long (no "not chosen yet"): a new action
// starts as short term and the group changes it while working it out.
export const NEW_ACTION_TERM = ActionTerm.SHORT;

export function termOf(action: Action): ActionTerm {
  return action.term === ActionTerm.LONG ? ActionTerm.LONG : NEW_ACTION_TERM;
}

// The seeds' criteria in the order the forms and tables show them. Reach is small / medium /
// large (1..3); every other criterion is 1..5.
export const CRITERIA = ["likelihood", "visibility", "fitsVision", "reach", "concreteness"] as const;
export type Criterion = (typeof CRITERIA)[number];

export function criterionMax(criterion: Criterion): number {
  return criterion === "reach" ? 3 : 5;
}

export type Means = Record<Criterion, number> & { total: number };

// The means of one ranking entry. The total weighs every criterion on 1..5 like the server's
// ranking does: reach S/M/L (1/2/3) counts as 1/3/5, i.e. 2 * reach - 1.
export function entryMeans(entry: RankingEntry): Means | undefined {
  const sums = entry.sums;
  if (!sums || entry.scorers === 0) return undefined;
  const n = entry.scorers;
  const means = {
    likelihood: sums.likelihood / n,
    visibility: sums.visibility / n,
    fitsVision: sums.fitsVision / n,
    reach: sums.reach / n,
    concreteness: sums.concreteness / n,
  };
  const total = means.likelihood + means.visibility + means.fitsVision + (2 * means.reach - 1) + means.concreteness;
  return { ...means, total };
}

export interface RankedAction {
  rank: number;
  action: Action;
  entry: RankingEntry;
  means: Means | undefined;
}

// The revealed ranking, best first as the server sent it, with each action as it is now (actions
// removed since are left out).
export function rankedActions(state: RoomState): RankedAction[] {
  const ranked: RankedAction[] = [];
  for (const entry of state.ranking) {
    const action = state.actions.find((a) => a.id === entry.actionId);
    if (action) ranked.push({ rank: ranked.length + 1, action, entry, means: entryMeans(entry) });
  }
  return ranked;
}

export type GivenScores = Record<Criterion, number>;

// Every criterion given, within its range: what ScoreAction accepts.
export function isCompleteScore(scores: Partial<GivenScores>): scores is GivenScores {
  return CRITERIA.every((criterion) => {
    const value = scores[criterion];
    return typeof value === "number" && value >= 1 && value <= criterionMax(criterion);
  });
}

// One decimal, as shown in rankings.
export function formatMean(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

// Lines of a textarea as a list of pros or cons (blank lines dropped).
export function splitItems(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
