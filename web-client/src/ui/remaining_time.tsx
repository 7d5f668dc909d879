// The time left in the current phase, for the room: no phase list, no drift against the plan
// (the run-sheet and the drift are the facilitator's alone).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { computeClock, formatDuration } from "../store/timer_math";
import { useTick } from "./use_room";

export function RemainingTime({ client }: { client: RoomClient }) {
  useTick(1000);
  const t = useT();
  const { phases, timer } = client.state;
  if (phases.length === 0) return null;
  const clock = computeClock(phases, timer, client.serverNow());
  if (clock.done) return null;
  const over = clock.remainingMs < 0;
  return (
    <span class={over ? "remaining clock-over" : "remaining"} role="timer" data-testid="remaining">
      {over ? t("overtime", { time: formatDuration(clock.remainingMs) }) : t("remaining", { time: formatDuration(clock.remainingMs) })}
      {!clock.running ? <span class="paused"> ({t("paused")})</span> : null}
    </span>
  );
}
