// A board meeting's dilemma copied from a workshop (Dilemma.source): its job family and the
// group's poll spread there, shown wherever the board takes it up. The server sends the counts only
// if the group's poll was revealed in the workshop; empty counts say "poll not shown".
import { counted, useT } from "../i18n/i18n";
import type { Dilemma } from "../proto";
import { isImported } from "../store/programme_state";

export function ImportedSource({ dilemma, testid = "imported-source" }: { dilemma: Dilemma | undefined; testid?: string }) {
  const t = useT();
  if (!dilemma || !isImported(dilemma) || !dilemma.source) return null;
  const { jobFamily, pollCounts, pollBallots } = dilemma.source;
  return (
    <div class="imported-source" data-testid={testid}>
      <p>
        <span class="tag">{t("jobFamily")}</span> <strong data-testid="source-family">{jobFamily}</strong>
      </p>
      {pollCounts.length === 0 ? (
        <p class="hint" data-testid="source-spread">{t("pollNotShown")}</p>
      ) : (
        <figure class="chart" data-testid="source-spread">
          <figcaption>{counted(t, "groupSpreadOf", pollBallots)}</figcaption>
          {pollCounts.map((count, index) => (
            <div class="bar-row" key={index}>
              <span class="bar-label">{t("scenarioN", { n: index + 1 })}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${barWidth(count, pollCounts)}%` }} />
              </span>
              <span class="bar-count" data-testid={`source-count-${index + 1}`}>{count}</span>
            </div>
          ))}
        </figure>
      )}
    </div>
  );
}

function barWidth(count: number, counts: number[]): number {
  const most = Math.max(1, ...counts);
  return Math.round((count / most) * 100);
}
