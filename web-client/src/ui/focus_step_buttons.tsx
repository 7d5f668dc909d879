// Previous and next along the facilitator's walk (store/agenda_activities.ts, walkOrder): the
// same two buttons in the console's focus bar and on the phone remote.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Focus } from "../proto";
import { setFocus } from "./set_focus";

export function FocusStepButtons({
  client,
  previous,
  next,
  run,
}: {
  client: RoomClient;
  previous: Focus | undefined;
  next: Focus | undefined;
  run(work: Promise<unknown>): void;
}) {
  const t = useT();
  return (
    <>
      <button type="button" class="secondary" data-testid="focus-previous" disabled={!previous} onClick={() => previous && run(setFocus(client, previous))}>
        {t("previousFocus")}
      </button>
      <button type="button" data-testid="focus-next" disabled={!next} onClick={() => next && run(setFocus(client, next))}>
        {t("nextFocus")}
      </button>
    </>
  );
}
