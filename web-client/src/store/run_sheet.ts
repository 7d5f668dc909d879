// The run-sheet ("draaiboek"): per agenda phase its planned time, the time it actually took and
// the drift against the plan, from the server's Timer data. A finished phase has its actual_ms;
// the current phase counts what it used so far (elapsed before the current run plus the run);
// later phases have no actual time yet. Drift of the current phase counts only once it runs over
// its plan (until then the room is on schedule for it).
import type { Phase, Timer } from "../proto";

export type PhaseState = "done" | "current" | "upcoming";

export interface RunSheetRow {
  index: number;
  title: string;
  plannedMs: number;
  // Time used: all of it for finished phases, so far for the current one; undefined for later ones.
  actualMs: number | undefined;
  // actual - planned for finished phases; for the current one only the time over plan (>= 0).
  driftMs: number;
  state: PhaseState;
}

export interface RunSheet {
  rows: RunSheetRow[];
  totalPlannedMs: number;
  totalDriftMs: number;
}

function usedSoFar(timer: Timer, serverNowMs: number): number {
  const run = timer.running ? Math.max(0, serverNowMs - Number(timer.startedAtMs)) : 0;
  return Number(timer.elapsedMs) + run;
}

export function runSheet(phases: Phase[], timer: Timer | undefined, serverNowMs: number): RunSheet {
  const current = timer?.phaseIndex ?? 0;
  const rows = phases.map((phase, index): RunSheetRow => {
    const plannedMs = phase.plannedSeconds * 1000;
    const base = { index, title: phase.title, plannedMs };
    const finished = timer?.actualMs[index];
    if (index < current && finished !== undefined) {
      const actualMs = Number(finished);
      return { ...base, actualMs, driftMs: actualMs - plannedMs, state: "done" };
    }
    if (index === current && timer) {
      const actualMs = usedSoFar(timer, serverNowMs);
      return { ...base, actualMs, driftMs: Math.max(0, actualMs - plannedMs), state: "current" };
    }
    return { ...base, actualMs: undefined, driftMs: 0, state: index < current ? "done" : "upcoming" };
  });
  return {
    rows,
    totalPlannedMs: rows.reduce((sum, row) => sum + row.plannedMs, 0),
    totalDriftMs: rows.reduce((sum, row) => sum + row.driftMs, 0),
  };
}

// Drift in whole minutes with a sign: "+3", "-2", "0" (rounded to the nearest minute).
export function formatDriftMinutes(driftMs: number): string {
  const minutes = Math.round(driftMs / 60_000);
  if (minutes === 0) return "0";
  return minutes > 0 ? `+${minutes}` : `${minutes}`;
}

// Whole minutes (rounded) of a duration, for the planned and actual columns.
export function wholeMinutes(ms: number): number {
  return Math.round(ms / 60_000);
}
