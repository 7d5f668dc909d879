// The conclusion on the big screen, once the facilitator has shown the marks: per dilemma its
// outcome and the scenario that follows the strategy, and whether the group's choice follows it.
import { useT } from "../i18n/i18n";
import type { Dilemma } from "../proto";
import { DilemmaOutcome } from "../proto";
import { outcomeText } from "../ui/outcome_line";

function verdict(dilemma: Dilemma): "follows" | "differs" | undefined {
  if (dilemma.outcome !== DilemmaOutcome.CONSENSUS || dilemma.strategyScenario === 0) return undefined;
  return dilemma.chosenScenario === dilemma.strategyScenario ? "follows" : "differs";
}

export function ProjectorConclusion({ dilemmas }: { dilemmas: Dilemma[] }) {
  const t = useT();
  return (
    <section class="card conclusion" data-testid="conclusion" aria-labelledby="conclusion-h">
      <h2 id="conclusion-h">{t("conclusion")}</h2>
      <ul class="conclusion-list">
        {dilemmas.map((dilemma) => {
          const judged = verdict(dilemma);
          return (
            <li key={dilemma.id.toString()} data-testid="conclusion-item">
              <strong class="conclusion-title">{dilemma.title}</strong>
              <span>{outcomeText(dilemma, t) ?? t("outcomeStillOpen")}</span>
              {dilemma.strategyScenario !== 0 ? (
                <span class="badge badge-strategy">
                  ★ {t("scenarioN", { n: dilemma.strategyScenario })} {t("followsStrategy")}
                </span>
              ) : null}
              {judged ? (
                <span class={judged === "follows" ? "badge badge-chosen" : "badge badge-differs"}>
                  {judged === "follows" ? t("choiceFollowsStrategy") : t("choiceDiffers")}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
