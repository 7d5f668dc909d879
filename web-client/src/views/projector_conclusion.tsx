// The conclusion on the big screen: per dilemma its outcome, the scenario the group chose, the
// scenario that follows the strategy (once the facilitator has shown the marks: until then the
// server sends 0), and whether the choice follows the strategy. One row per dilemma, so that a
// workshop's dilemmas fit one 1080 px screen.
import { useT } from "../i18n/i18n";
import type { Dilemma } from "../proto";
import { DilemmaOutcome } from "../proto";
import { outcomeText } from "../ui/outcome_line";

function verdict(dilemma: Dilemma): "follows" | "differs" | undefined {
  if (dilemma.outcome !== DilemmaOutcome.CONSENSUS || dilemma.strategyScenario === 0) return undefined;
  return dilemma.chosenScenario === dilemma.strategyScenario ? "follows" : "differs";
}

function ScenarioCell({ dilemma, n }: { dilemma: Dilemma; n: number }) {
  const t = useT();
  if (n === 0) return <td class="hint">{t("none")}</td>;
  return (
    <td>
      <strong>{t("scenarioN", { n })}</strong>
      <span class="conclusion-scenario">{dilemma.scenarios[n - 1] ?? ""}</span>
    </td>
  );
}

export function ProjectorConclusion({ dilemmas }: { dilemmas: Dilemma[] }) {
  const t = useT();
  return (
    <section class="card conclusion" data-testid="conclusion" aria-labelledby="conclusion-h">
      <h2 id="conclusion-h">{t("conclusion")}</h2>
      <table class="conclusion-table">
        <thead>
          <tr>
            <th scope="col">{t("conclusionDilemma")}</th>
            <th scope="col">{t("conclusionOutcome")}</th>
            <th scope="col">{t("conclusionChosen")}</th>
            <th scope="col">{t("conclusionStrategy")}</th>
          </tr>
        </thead>
        <tbody>
          {dilemmas.map((dilemma) => {
            const judged = verdict(dilemma);
            const chosen = dilemma.outcome === DilemmaOutcome.CONSENSUS ? dilemma.chosenScenario : 0;
            return (
              <tr key={dilemma.id.toString()} data-testid="conclusion-item">
                <th scope="row" class="conclusion-title">{dilemma.title}</th>
                <td>{outcomeText(dilemma, t) ?? t("outcomeStillOpen")}</td>
                <ScenarioCell dilemma={dilemma} n={chosen} />
                <td>
                  {dilemma.strategyScenario !== 0 ? (
                    <>
                      <span class="badge badge-strategy">★ {t("scenarioN", { n: dilemma.strategyScenario })}</span>
                      <span class="conclusion-scenario">{dilemma.scenarios[dilemma.strategyScenario - 1] ?? ""}</span>
                    </>
                  ) : (
                    <span class="hint">{t("notYetShown")}</span>
                  )}
                  {judged ? (
                    <span class={judged === "follows" ? "badge badge-chosen" : "badge badge-differs"}>
                      {judged === "follows" ? t("choiceFollowsStrategy") : t("choiceDiffers")}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
