// The agenda clock as every device computes it from the server's Timer data.
import type { Phase, Timer } from "../proto";

export interface Clock {
  phaseIndex: number;
  running: boolean;
  done: boolean;
  // Remaining milliseconds of the current phase (negative when over time).
  remainingMs: number;
  // Milliseconds behind the plan (negative: ahead), over finished phases and the current one.
  driftMs: number;
}

export function computeClock(phases: Phase[], timer: Timer | undefined, serverNowMs: number): Clock {
  const phaseIndex = timer?.phaseIndex ?? 0;
  const done = phases.length > 0 && phaseIndex >= phases.length;
  if (!timer || phases.length === 0 || done) {
    return { phaseIndex, running: false, done, remainingMs: 0, driftMs: finishedDrift(phases, timer) };
  }
  const planned = phases[phaseIndex].plannedSeconds * 1000;
  const running = timer.running;
  const used =
    Number(timer.elapsedMs) + (running ? Math.max(0, serverNowMs - Number(timer.startedAtMs)) : 0);
  const remainingMs = planned + timer.extendedSeconds * 1000 - used;
  const currentOver = Math.max(0, used - planned);
  return { phaseIndex, running, done, remainingMs, driftMs: finishedDrift(phases, timer) + currentOver };
}

function finishedDrift(phases: Phase[], timer: Timer | undefined): number {
  if (!timer) return 0;
  let drift = 0;
  timer.actualMs.forEach((actual, index) => {
    const planned = (phases[index]?.plannedSeconds ?? 0) * 1000;
    drift += Number(actual) - planned;
  });
  return drift;
}

export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, "0")}`;
}
