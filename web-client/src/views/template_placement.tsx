// Where an exercise from the template editor goes: "add to phase: [phase]" (default: the phase the
// clock is in) or "as its own phase after: [phase]". Once the clock has run, the phases before the
// current one are fixed (the server refuses to move them), so "after" offers the current phase and
// later ones only. Without an agenda the exercise gets its own (first) phase.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { currentPhaseNumber } from "../store/agenda_activities";
import type { Placement } from "../store/template_plan";

export interface PlacementChoice {
  value: Placement;
  setKind(kind: Placement["kind"]): void;
  setPhase(kind: Placement["kind"], phaseNumber: number): void;
}

export function usePlacement(client: RoomClient): PlacementChoice {
  const now = currentPhaseNumber(client.state);
  const [kind, setKind] = useState<Placement["kind"]>("intoPhase");
  // 0: not chosen yet, follow the current phase.
  const [chosen, setChosen] = useState<Record<Placement["kind"], number>>({ intoPhase: 0, ownPhaseAfter: 0 });
  const count = client.state.phases.length;
  const phaseNumber = Math.min(chosen[kind] || now, count);
  const value: Placement = count === 0 ? { kind: "ownPhaseAfter", phaseNumber: 0 } : { kind, phaseNumber };
  return {
    value,
    setKind,
    setPhase: (which, number) => {
      setKind(which);
      setChosen({ ...chosen, [which]: number });
    },
  };
}

export function TemplatePlacement({ client, placement }: { client: RoomClient; placement: PlacementChoice }) {
  const t = useT();
  const { phases } = client.state;
  if (phases.length === 0) return null;
  const now = currentPhaseNumber(client.state);
  const { value } = placement;
  const options = (from: number) =>
    phases.map((phase, index) =>
      index + 1 >= from ? (
        <option value={index + 1} key={index}>
          {t("phaseOption", { n: index + 1, title: phase.title })}
        </option>
      ) : null,
    );
  const into = value.kind === "intoPhase";
  return (
    <fieldset class="template-placement" data-testid="template-placement">
      <legend>{t("templatePlacement")}</legend>
      <label class="check">
        <input type="radio" name="placement" checked={into} data-testid="placement-into" onChange={() => placement.setKind("intoPhase")} />
        {t("placeIntoPhase")}
      </label>
      <select
        aria-label={t("placeIntoPhase")}
        data-testid="placement-into-phase"
        value={into ? value.phaseNumber : now}
        onChange={(e) => placement.setPhase("intoPhase", Number(e.currentTarget.value))}
      >
        {options(1)}
      </select>
      <label class="check">
        <input type="radio" name="placement" checked={!into} data-testid="placement-own" onChange={() => placement.setKind("ownPhaseAfter")} />
        {t("placeOwnPhaseAfter")}
      </label>
      <select
        aria-label={t("placeOwnPhaseAfter")}
        data-testid="placement-after-phase"
        value={!into ? value.phaseNumber : now}
        onChange={(e) => placement.setPhase("ownPhaseAfter", Number(e.currentTarget.value))}
      >
        {options(now)}
      </select>
      <p class="hint">{t("placementKeepsClock")}</p>
    </fieldset>
  );
}
