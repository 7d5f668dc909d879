// Phase, remaining time and drift against the plan, recomputed every second from the server's data.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { computeClock, formatDuration } from "../store/timer_math";
import { useTick } from "./use_room";

export function TimerView({ client, large = false }: { client: RoomClient; large?: boolean }) {
  useTick(1000);
  const t = useT();
  const { phases, timer } = client.state;
  if (phases.length === 0) return null;
  const clock = computeClock(phases, timer, client.serverNow());
  const drift = Math.round(clock.driftMs / 1000) * 1000;
  const driftText =
    Math.abs(drift) < 1000
      ? t("onSchedule")
      : drift > 0
        ? t("behind", { time: formatDuration(drift) })
        : t("ahead", { time: formatDuration(drift) });
  return (
    <section class={large ? "timer timer-large" : "timer"} aria-label={t("agenda")}>
      {clock.done ? (
        <div class="phase-title">{t("agendaDone")}</div>
      ) : (
        <>
          <div class="phase-title" data-testid="phase-title">
            {clock.phaseIndex + 1}/{phases.length} · {phases[clock.phaseIndex].title}
          </div>
          <div
            class={clock.remainingMs < 0 ? "clock clock-over" : "clock"}
            data-testid="clock"
            role="timer"
          >
            {clock.remainingMs >= 0
              ? t("remaining", { time: formatDuration(clock.remainingMs) })
              : t("overtime", { time: formatDuration(clock.remainingMs) })}
            {!clock.running ? <span class="paused"> ({t("paused")})</span> : null}
          </div>
        </>
      )}
      <div class={drift > 0 ? "drift drift-behind" : "drift"} data-testid="drift">
        {driftText}
      </div>
    </section>
  );
}
