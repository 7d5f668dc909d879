// The board's decision on one bundle item, as text: approved / rejected for an approval item,
// the chosen scenario (with its text) for a choice, and the board's reason when one was recorded.
// Nothing while undecided.
import type { Translate } from "../i18n/i18n";
import { useT } from "../i18n/i18n";
import type { BundleItem, Dilemma } from "../proto";
import { BundleItemKind } from "../proto";
import { APPROVE, REJECT } from "../store/bundle_state";

export function decisionText(item: BundleItem, dilemma: Dilemma | undefined, t: Translate): string | undefined {
  if (item.decision === 0) return undefined;
  if (item.kind === BundleItemKind.APPROVAL) {
    if (item.decision === APPROVE) return t("decisionApproved");
    if (item.decision === REJECT) return t("decisionRejected");
    return undefined;
  }
  const scenario = dilemma?.scenarios[item.decision - 1];
  const name = t("decisionScenario", { n: item.decision });
  return scenario ? `${name}: ${scenario}` : name;
}

export function DecisionLine({ item, dilemma }: { item: BundleItem; dilemma: Dilemma | undefined }) {
  const t = useT();
  const text = decisionText(item, dilemma, t);
  if (!text) return null;
  return (
    <div class="decision">
      <p data-testid="decision">
        <strong>{t("decision")}:</strong> {text}
      </p>
      {item.decisionReason ? (
        <p class="decision-reason" data-testid="decision-reason">
          <strong>{t("decisionReasonShown")}:</strong> {item.decisionReason}
        </p>
      ) : null}
    </div>
  );
}

// What the board is asked about an item: approval of the group's consensus (with the scenario),
// or a choice between the scenarios (listed with `withScenarios`, where the cards do not show
// them: the facilitator's console and the projector).
export function ItemQuestion({ item, dilemma, withScenarios = false }: { item: BundleItem; dilemma: Dilemma | undefined; withScenarios?: boolean }) {
  const t = useT();
  if (item.kind !== BundleItemKind.APPROVAL) {
    return (
      <div class="item-question">
        <span class="tag">{t("forChoice")}</span>
        {withScenarios && dilemma ? (
          <ol class="item-scenarios">
            {dilemma.scenarios.map((text, index) => (
              <li key={index}>
                <span class="scenario-n">{t("scenarioN", { n: index + 1 })}</span> {text}
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    );
  }
  const n = dilemma?.chosenScenario ?? 0;
  return (
    <div class="item-question">
      <span class="tag">{t("forApproval")}</span>
      {n > 0 ? (
        <p class="prose">
          <strong>{t("groupChose", { n })}:</strong> {dilemma?.scenarios[n - 1] ?? ""}
        </p>
      ) : null}
    </div>
  );
}
