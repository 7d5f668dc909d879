// The spread of a revealed vote: one bar per option, and the cards for open-card votes. A dilemma's
// group poll or board choice labels its bars "Scenario n" (option n is scenario n; the texts are
// shown beside it), a board approval item "Akkoord / Niet akkoord / Onthouding".
import type { Translate } from "../i18n/i18n";
import { useT } from "../i18n/i18n";
import type { Vote, VoteResult } from "../proto";

// An approval item of a board bundle labels its options with keys (approve / reject / abstain).
export function isApprovalVote(vote: Vote): boolean {
  return vote.dilemmaId !== 0n && vote.options.some((option) => option.label in APPROVAL_LABELS);
}

const APPROVAL_LABELS = { approve: "approve", reject: "reject", abstain: "abstain" } as const;

// The short name of an option: "Akkoord" for an approval item, "Scenario n" for a vote on a
// dilemma's scenarios, the option's own text otherwise.
export function optionName(vote: Vote, optionId: number, t: Translate): string {
  const label = vote.options.find((option) => option.id === optionId)?.label ?? "";
  if (isApprovalVote(vote)) return t(APPROVAL_LABELS[label as keyof typeof APPROVAL_LABELS] ?? "abstain");
  return vote.dilemmaId !== 0n ? t("scenarioN", { n: optionId }) : label;
}

export function VoteChart({ vote, result }: { vote: Vote; result: VoteResult }) {
  const t = useT();
  const total = result.tally.reduce((sum, entry) => sum + entry.count, 0);
  const max = Math.max(1, ...result.tally.map((entry) => entry.count));
  const labelOf = (optionId: number) => optionName(vote, optionId, t);
  return (
    <figure class="chart" data-testid="vote-chart">
      <figcaption>{t("result")}</figcaption>
      {vote.options.map((option) => {
        const count = result.tally.find((entry) => entry.optionId === option.id)?.count ?? 0;
        const share = total === 0 ? 0 : Math.round((count / total) * 100);
        return (
          <div class="bar-row" key={option.id}>
            <span class="bar-label">{labelOf(option.id)}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span class="bar-count" data-testid={`tally-${option.id}`}>
              {count} ({share}%)
            </span>
          </div>
        );
      })}
      {result.cards.length > 0 ? (
        <ul class="cards" aria-label={t("cards")}>
          {result.cards.map((card, index) => (
            <li key={index}>
              {card.voterName || t("anonymousCard")}:{" "}
              {labelOf(card.optionId)}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
