// The spread of a revealed vote: one bar per option, and the cards for open-card votes. A dilemma's
// group poll labels its bars "Scenario n" (option n is scenario n; the texts are shown beside it).
import { useT } from "../i18n/i18n";
import type { Vote, VoteResult } from "../proto";

export function VoteChart({ vote, result }: { vote: Vote; result: VoteResult }) {
  const t = useT();
  const total = result.tally.reduce((sum, entry) => sum + entry.count, 0);
  const max = Math.max(1, ...result.tally.map((entry) => entry.count));
  const labelOf = (optionId: number) =>
    vote.dilemmaId !== 0n
      ? t("scenarioN", { n: optionId })
      : (vote.options.find((option) => option.id === optionId)?.label ?? "");
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
