// The big screen, read-only: the strategy, the dilemma the room is working on with its scenarios,
// poll progress as a count and, after a reveal, the spread; the outcome, the conclusion once the
// strategy marks are shown; the current board; the phase and timer with drift, the run-sheet and
// the join QR. The board session (the latest bundle) or the actions take the main area instead
// when the facilitator last worked on them (store/spotlight.ts).
import { useT } from "../i18n/i18n";
import { formatCode, viewLink } from "../route";
import { QrCode } from "../ui/qr_code";
import { RunSheetView } from "../ui/run_sheet_view";
import { StatusBar } from "../ui/status_bar";
import { StrategyBanner } from "../ui/strategy_banner";
import { TimerView } from "../ui/timer_view";
import { useRoom } from "../ui/use_room";
import { FailedView } from "./failed";
import { ProjectorActions } from "./projector_actions";
import { ProjectorBundle } from "./projector_bundle";
import { ProjectorWorkshop } from "./projector_workshop";

export function ProjectorView({ token }: { token: string }) {
  const t = useT();
  const client = useRoom({ kind: "projectorToken", value: token });
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  const { state } = client;
  const { participantCode } = state;
  const latestBundle = state.bundles[state.bundles.length - 1];
  const joinUrl = participantCode ? viewLink(window.location.origin, "join", formatCode(participantCode)) : "";
  return (
    <div class="page projector">
      <StatusBar client={client} role={t("projector")} />
      <main class="projector-grid">
        <aside class="projector-side">
          <TimerView client={client} large />
          <RunSheetView client={client} />
          {joinUrl ? (
            <div class="join-qr">
              <QrCode text={joinUrl} size={220} label={joinUrl} />
              <p>{t("joinWith", { host: window.location.host })}</p>
              <p class="code code-large" data-testid="projector-code">{formatCode(participantCode)}</p>
            </div>
          ) : null}
        </aside>
        <section class="projector-main">
          <StrategyBanner text={state.strategy} />
          {state.spotlight === "bundle" && latestBundle ? (
            <ProjectorBundle client={client} bundle={latestBundle} />
          ) : state.spotlight === "actions" && state.actions.length > 0 ? (
            <ProjectorActions client={client} />
          ) : (
            <ProjectorWorkshop client={client} />
          )}
        </section>
      </main>
    </div>
  );
}
