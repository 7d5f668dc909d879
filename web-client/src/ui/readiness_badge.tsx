// "n/m gestemd" or "n/m gescoord" for the focused task (store/readiness.ts), and, while auto-reveal
// is on and votes are out, that the cards turn by themselves at m/m. Nothing when the focus has
// nothing to complete.
import { useT } from "../i18n/i18n";
import type { Focus } from "../proto";
import { readinessOf } from "../store/readiness";
import type { RoomState } from "../store/room_types";

export function ReadinessBadge({ state, focus, testid = "readiness" }: { state: RoomState; focus: Focus; testid?: string }) {
  const t = useT();
  const readiness = readinessOf(state, focus);
  if (!readiness) return null;
  const { done, of, kind } = readiness;
  return (
    <span class="readiness" data-testid={testid} data-done={done} data-of={of}>
      <strong>{kind === "voted" ? t("voted", { voted: done, eligible: of }) : t("scoredOf", { done, of })}</strong>
      {kind === "voted" && state.autoReveal ? <span class="hint"> · {t("autoRevealPending", { of })}</span> : null}
    </span>
  );
}
