// "Naar fase…" beside an activity's title in the console: moves it into another phase of the agenda
// (PlaceActivity) or out of it ("not scheduled", phase 0). Placing changes neither the clock nor the
// run-sheet. Its clicks never toggle a surrounding <details> (it may sit in a <summary>).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Focus } from "../proto";
import { phaseNumberOf } from "../store/agenda_activities";
import { useRunner } from "./use_runner";

export function PlaceActivity({ client, activity }: { client: RoomClient; activity: Focus }) {
  const t = useT();
  const { error, run } = useRunner();
  const { phases } = client.state;
  if (phases.length === 0) return null;
  const where = phaseNumberOf(phases, activity);
  const place = (phaseNumber: number) =>
    phaseNumber !== where && run(client.command({ case: "placeActivity", value: { activity, phaseNumber } }));
  return (
    <span class="place-activity" onClick={(event) => event.preventDefault()}>
      <select
        aria-label={t("moveToPhase")}
        title={t("moveToPhase")}
        data-testid="place-activity"
        value={where}
        onChange={(event) => place(Number(event.currentTarget.value))}
      >
        {phases.map((phase, index) => (
          <option value={index + 1} key={index}>
            {t("phaseOption", { n: index + 1, title: phase.title })}
          </option>
        ))}
        <option value={0}>{t("unscheduled")}</option>
      </select>
      {error ? <span class="error" role="alert">{error}</span> : null}
    </span>
  );
}
