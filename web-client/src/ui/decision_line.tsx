// The board's decision on one bundle item, as text: approved / rejected for an approval item,
// the chosen scenario (with its text) for a choice. Nothing while undecided.
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
    <p class="decision" data-testid="decision">
      <strong>{t("decision")}:</strong> {text}
    </p>
  );
}

// What the board is asked about an item: approval of the group's consensus (with the scenario),
// or a choice between the scenarios.
export function ItemQuestion({ item, dilemma }: { item: BundleItem; dilemma: Dilemma | undefined }) {
  const t = useT();
  if (item.kind !== BundleItemKind.APPROVAL) return <p class="tag">{t("forChoice")}</p>;
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
