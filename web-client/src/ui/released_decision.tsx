// One board decision a programme gave back to a workshop (ReleasedDecision), in words: the board
// approved or rejected the group's consensus, or chose a scenario (with its text when this room
// holds the dilemma); the scenario that holds now; the reason; whether it follows the strategy.
import type { Translate } from "../i18n/i18n";
import { useT } from "../i18n/i18n";
import type { Dilemma, ReleasedDecision } from "../proto";
import { BundleItemKind } from "../proto";
import { APPROVE } from "../store/bundle_state";

export function releasedDecisionText(decision: ReleasedDecision, dilemma: Dilemma | undefined, t: Translate): string {
  if (decision.kind === BundleItemKind.APPROVAL) {
    const verdict = decision.decision === APPROVE ? t("boardApprovedConsensus") : t("boardRejectedConsensus");
    const text = decision.scenario > 0 ? dilemma?.scenarios[decision.scenario - 1] : undefined;
    return decision.scenario > 0 ? `${verdict}: ${t("scenarioN", { n: decision.scenario })}${text ? ` (${text})` : ""}` : verdict;
  }
  const text = dilemma?.scenarios[decision.decision - 1];
  return `${t("boardChoseScenario", { n: decision.decision })}${text ? `: ${text}` : ""}`;
}

export function ReleasedDecisionItem({ decision, dilemma }: { decision: ReleasedDecision; dilemma: Dilemma | undefined }) {
  const t = useT();
  return (
    <li class="released-decision" data-testid="released-decision" data-dilemma-id={decision.dilemmaId.toString()}>
      <strong>{decision.title}</strong>
      <span data-testid="released-text">{releasedDecisionText(decision, dilemma, t)}</span>
      {decision.reason ? (
        <span class="decision-reason" data-testid="released-reason">
          {t("decisionReasonShown")}: {decision.reason}
        </span>
      ) : null}
      <span class={decision.followsStrategy ? "tag strategy-yes" : "tag strategy-no"} data-testid="released-strategy">
        {decision.followsStrategy ? t("followsStrategy") : t("notFollowsStrategy")}
      </span>
    </li>
  );
}
