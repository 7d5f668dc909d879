// The console's top line: what the room looks at now, with previous and next along the
// facilitator's walk: the agenda's activities in phase order when a phase holds any, else the
// order things were made (store/agenda_activities.ts, walkOrder); how far the room is with the
// focused task (n/m); the auto-reveal switch.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { walkOrder } from "../store/agenda_activities";
import { neighbourFocus } from "../store/focus_state";
import { AutoRevealToggle } from "../ui/auto_reveal_toggle";
import { focusLabel } from "../ui/focus_label";
import { FocusStepButtons } from "../ui/focus_step_buttons";
import { ReadinessBadge } from "../ui/readiness_badge";
import { useRunner } from "../ui/use_runner";

export function useFocusWalk(client: RoomClient) {
  const { state } = client;
  const order = walkOrder(state);
  return {
    previous: neighbourFocus(order, state.focus, -1),
    next: neighbourFocus(order, state.focus, 1),
  };
}

export function FocusBar({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const { previous, next } = useFocusWalk(client);
  return (
    <nav class="focus-bar" aria-label={t("onScreenNow")} data-testid="focus-bar">
      <span class="focus-now" data-testid="focus-now">
        {t("onScreenNow")}
        <strong>{focusLabel(client.state, client.state.focus, t)}</strong>
      </span>
      <ReadinessBadge state={client.state} focus={client.state.focus} />
      <FocusStepButtons client={client} previous={previous} next={next} run={run} />
      <AutoRevealToggle client={client} short />
      {error ? <span class="error" role="alert">{error}</span> : null}
    </nav>
  );
}
