// The facilitator sets the room's minimum group size k (SetMinGroupSize, 1..20): a secret ballot
// is revealed only once k have voted, and a private-first board with fewer writers only after a
// confirmation. The field shows the room's k until the facilitator starts typing; after the Ack
// it follows the room again (another device may change it too).
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { MIN_GROUP_SIZE_MAX, MIN_GROUP_SIZE_MIN, isValidMinGroupSize } from "../store/anonymity";
import { useRunner } from "../ui/use_runner";

export function AnonymityPanel({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const value = draft ?? String(client.state.minGroupSize);
  const size = Number(value);
  const submit = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    if (!isValidMinGroupSize(size)) return;
    run(
      client.command({ case: "setMinGroupSize", value: { size } }).then(() => {
        setDraft(undefined);
        setSaved(true);
      }),
    );
  };
  return (
    <section class="panel" aria-labelledby="anonymity-h">
      <h2 id="anonymity-h">{t("anonymity")}</h2>
      <form class="min-group-form" onSubmit={submit} data-testid="min-group-form">
        <label class="inline">
          {t("minGroupSize")}
          <input
            type="number"
            name="min-group-size"
            min={MIN_GROUP_SIZE_MIN}
            max={MIN_GROUP_SIZE_MAX}
            step={1}
            required
            value={value}
            aria-describedby="min-group-hint"
            onInput={(e) => {
              setSaved(false);
              setDraft((e.target as HTMLInputElement).value);
            }}
          />
        </label>
        <button type="submit" data-testid="set-min-group-size" disabled={!isValidMinGroupSize(size)}>
          {t("minGroupSizeSet")}
        </button>
        {saved ? <span class="saved" role="status" data-testid="min-group-saved">{t("saved")}</span> : null}
      </form>
      <p class="hint" id="min-group-hint">{t("minGroupSizeHint")}</p>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </section>
  );
}
