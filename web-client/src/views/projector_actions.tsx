// The actions on the big screen: while scoring runs, each action with its zone and "n/m scored"
// (a count, never what); once the facilitator reveals it, the ranking.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { ZoneTag } from "../ui/action_card";
import { RankingView } from "../ui/ranking_view";

export function ProjectorActions({ client }: { client: RoomClient }) {
  const t = useT();
  const { actions, ranking, participantCount } = client.state;
  if (ranking.length > 0) return <RankingView client={client} />;
  return (
    <section class="card projector-actions" data-testid="projector-actions" aria-labelledby="pactions-h">
      <h2 id="pactions-h">{t("actions")}</h2>
      <p class="hint">{t("rankingHidden")}</p>
      <ul class="action-list">
        {actions.map((action) => (
          <li key={action.id.toString()} data-testid="projector-action">
            <strong>{action.title}</strong>
            <ZoneTag zone={action.circleZone} />
            <span class="tag" data-testid="action-scorers">{t("scoredOf", { done: action.scorers, of: participantCount })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
