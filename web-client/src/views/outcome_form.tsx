// The facilitator records a dilemma's outcome: consensus on one scenario, no consensus (it goes to
// the board), or back to open. Preset to the recorded outcome.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Dilemma } from "../proto";
import { DilemmaOutcome } from "../proto";
import { useRunner } from "../ui/use_runner";

// One select value per outcome: "open", "none" or the consensus scenario "1".."3".
function valueOf(dilemma: Dilemma): string {
  if (dilemma.outcome === DilemmaOutcome.CONSENSUS) return String(dilemma.chosenScenario);
  if (dilemma.outcome === DilemmaOutcome.NO_CONSENSUS) return "none";
  return "open";
}

function commandOf(value: string): { outcome: DilemmaOutcome; chosenScenario: number } {
  if (value === "none") return { outcome: DilemmaOutcome.NO_CONSENSUS, chosenScenario: 0 };
  if (value === "open") return { outcome: DilemmaOutcome.OPEN, chosenScenario: 0 };
  return { outcome: DilemmaOutcome.CONSENSUS, chosenScenario: Number(value) };
}

export function OutcomeForm({ client, dilemma }: { client: RoomClient; dilemma: Dilemma }) {
  const t = useT();
  const { error, run } = useRunner();
  const [value, setValue] = useState<string | undefined>(undefined);
  const selected = value ?? valueOf(dilemma);
  const submit = (event: Event) => {
    event.preventDefault();
    run(
      client
        .command({ case: "recordOutcome", value: { dilemmaId: dilemma.id, ...commandOf(selected) } })
        .then(() => setValue(undefined)),
    );
  };
  return (
    <form class="buttons outcome-form" onSubmit={submit} data-testid="outcome-form">
      <label class="inline">
        {t("outcome")}
        <select name="outcome" value={selected} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
          <option value="open">{t("outcomeStillOpen")}</option>
          {dilemma.scenarios.map((_, index) => (
            <option value={String(index + 1)} key={index}>
              {t("outcomeConsensus", { n: index + 1 })}
            </option>
          ))}
          <option value="none">{t("outcomeNoConsensus")}</option>
        </select>
      </label>
      <button type="submit" data-testid="record-outcome">{t("recordOutcome")}</button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}
