// The facilitator writes the strategy statement (the big choice). The box shows the room's
// statement until the facilitator starts typing; after the Ack it follows the room again. It is
// preparation: the strategy is put on screen from its line among what is always at hand.
// A room of a programme takes the programme's strategy (the server refuses SetStrategy there), so
// the console shows it, read-only, and says where it comes from.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { useRunner } from "../ui/use_runner";

export function StrategyEditor({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const text = draft ?? client.state.strategy;
  if (client.state.news) {
    return (
      <section class="panel" aria-labelledby="strategy-h" data-testid="strategy-from-programme">
        <h2 id="strategy-h">{t("strategy")}</h2>
        <p class="prose">{client.state.strategy}</p>
        <p class="hint">{t("strategyFromProgramme", { title: client.state.news.programmeTitle })}</p>
      </section>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    run(
      client.command({ case: "setStrategy", value: { text: text.trim() } }).then(() => {
        setDraft(undefined);
        setSaved(true);
      }),
    );
  };
  return (
    <section class="panel" aria-labelledby="strategy-h">
      <h2 id="strategy-h">{t("strategy")}</h2>
      <form class="form-grid" onSubmit={submit} data-testid="strategy-form">
        <label>
          {t("strategyLabel")}
          <textarea
            name="strategy"
            rows={3}
            maxLength={2000}
            value={text}
            onInput={(e) => {
              setSaved(false);
              setDraft((e.target as HTMLTextAreaElement).value);
            }}
          />
        </label>
        <p class="hint">{t("strategyHint")}</p>
        <div class="buttons">
          <button type="submit" data-testid="save-strategy">{t("save")}</button>
          {saved ? <span class="saved" role="status" data-testid="strategy-saved">{t("saved")}</span> : null}
        </div>
        {error ? <p class="error" role="alert">{error}</p> : null}
      </form>
    </section>
  );
}
