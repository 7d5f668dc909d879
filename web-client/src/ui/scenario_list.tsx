// A dilemma's three scenarios, numbered like the options of its group poll (option n = scenario
// n). Marks the scenario that follows the strategy when this device was sent it: the facilitator
// always (flagged as private until shown), everybody else only after StrategyMarksShown, because
// until then the server sends them 0. Also marks the scenario the group chose. Text as text.
import { useT } from "../i18n/i18n";
import type { Dilemma } from "../proto";
import { DilemmaOutcome } from "../proto";

export function ScenarioList({ dilemma, marksShown }: { dilemma: Dilemma; marksShown: boolean }) {
  const t = useT();
  return (
    <ol class="scenarios" aria-label={dilemma.title}>
      {dilemma.scenarios.map((text, index) => {
        const n = index + 1;
        const marked = dilemma.strategyScenario === n;
        const chosen = dilemma.outcome === DilemmaOutcome.CONSENSUS && dilemma.chosenScenario === n;
        return (
          <li key={n} class={marked ? "scenario scenario-strategy" : "scenario"} data-testid={`scenario-${n}`}>
            <span class="scenario-n">{t("scenarioN", { n })}</span>
            <span class="scenario-text">{text}</span>
            {marked || chosen ? (
              <span class="scenario-badges">
                {marked ? (
                  <span class="badge badge-strategy" data-testid="strategy-mark">
                    ★ {marksShown ? t("followsStrategy") : t("followsStrategyPrivate")}
                  </span>
                ) : null}
                {chosen ? <span class="badge badge-chosen">✓ {t("chosen")}</span> : null}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
