// The revealed ranking of the actions, best first: the mean total, each criterion's mean and the
// circle-of-influence zone beside each action. Until the facilitator reveals it, nothing.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { CRITERIA, formatMean, rankedActions } from "../store/action_state";
import { ZoneTag } from "./action_card";

const SHORT = {
  likelihood: "likelihoodShort",
  visibility: "visibilityShort",
  fitsVision: "fitsVisionShort",
  reach: "reachShort",
  concreteness: "concretenessShort",
} as const;

export function RankingView({ client }: { client: RoomClient }) {
  const t = useT();
  const ranked = rankedActions(client.state);
  if (ranked.length === 0) return null;
  return (
    <section class="card ranking" data-testid="ranking" aria-labelledby="ranking-h">
      <h2 id="ranking-h">{t("ranking")}</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("actionTitle")}</th>
              <th scope="col" class="num">{t("meanTotal")}</th>
              {CRITERIA.map((criterion) => (
                <th scope="col" class="num" key={criterion}>{t(SHORT[criterion])}</th>
              ))}
              <th scope="col">{t("circleZone")}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map(({ rank, action, entry, means }) => (
              <tr key={action.id.toString()} data-testid="ranking-row" data-action-id={action.id.toString()}>
                <td>{rank}</td>
                <th scope="row" class="ranking-title">{action.title}</th>
                <td class="num total" data-testid="ranking-total">
                  {means ? formatMean(means.total) : t("notScored")}
                  <span class="hint"> ({t("scorers", { n: entry.scorers })})</span>
                </td>
                {CRITERIA.map((criterion) => (
                  <td class="num" key={criterion}>{means ? formatMean(means[criterion]) : "–"}</td>
                ))}
                <td><ZoneTag zone={action.circleZone} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
