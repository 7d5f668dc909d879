// The console's top line: what the room looks at now, with previous and next along the
// facilitator's walk: the agenda's activities in phase order when a phase holds any, else the
// order things were made (store/agenda_activities.ts, walkOrder).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { walkOrder } from "../store/agenda_activities";
import { neighbourFocus } from "../store/focus_state";
import { focusLabel } from "../ui/focus_label";
import { setFocus } from "../ui/set_focus";
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
      <button type="button" class="secondary" data-testid="focus-previous" disabled={!previous} onClick={() => previous && run(setFocus(client, previous))}>
        {t("previousFocus")}
      </button>
      <button type="button" data-testid="focus-next" disabled={!next} onClick={() => next && run(setFocus(client, next))}>
        {t("nextFocus")}
      </button>
      {error ? <span class="error" role="alert">{error}</span> : null}
    </nav>
  );
}
