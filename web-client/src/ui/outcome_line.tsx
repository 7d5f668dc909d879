// A dilemma's recorded outcome: consensus on a scenario, or none (it goes to the board).
// Nothing while the dilemma is still open.
import type { Translate } from "../i18n/i18n";
import { useT } from "../i18n/i18n";
import type { Dilemma } from "../proto";
import { DilemmaOutcome } from "../proto";

export function outcomeText(dilemma: Dilemma, t: Translate): string | undefined {
  if (dilemma.outcome === DilemmaOutcome.CONSENSUS) return t("outcomeConsensus", { n: dilemma.chosenScenario });
  if (dilemma.outcome === DilemmaOutcome.NO_CONSENSUS) return t("outcomeNoConsensus");
  return undefined;
}

export function OutcomeLine({ dilemma }: { dilemma: Dilemma }) {
  const t = useT();
  const text = outcomeText(dilemma, t);
  if (!text) return null;
  const kind = dilemma.outcome === DilemmaOutcome.CONSENSUS ? "outcome-consensus" : "outcome-none";
  return (
    <p class={`outcome ${kind}`} data-testid="outcome">
      {text}
    </p>
  );
}
