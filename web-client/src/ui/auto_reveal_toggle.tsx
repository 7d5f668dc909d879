// The facilitator's auto-reveal switch (SetAutoReveal): on, the ballot that completes a vote (or the
// last card of a bundle) reveals it; the reveal buttons stay as the manual override. The box shows
// the room's setting; a click sends the other one, so two facilitator devices cannot disagree.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { useRunner } from "./use_runner";

export function AutoRevealToggle({ client, short = false }: { client: RoomClient; short?: boolean }) {
  const t = useT();
  const { error, run } = useRunner();
  const on = client.state.autoReveal;
  return (
    <label class="auto-reveal" title={t("autoReveal")}>
      <input
        type="checkbox"
        data-testid="auto-reveal"
        checked={on}
        onChange={(event) => {
          (event.target as HTMLInputElement).checked = on;  // the room decides; the event flips it
          run(client.command({ case: "setAutoReveal", value: { on: !on } }));
        }}
      />
      {short ? t("autoRevealShort") : t("autoReveal")}
      {error ? <span class="error" role="alert">{error}</span> : null}
    </label>
  );
}
