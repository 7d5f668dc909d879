// The board's decisions as participants see them, read-only, once recorded: per bundle the
// decided dilemmas with their decision.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { decidedItems } from "../store/bundle_state";
import { decisionText } from "../ui/decision_line";

export function ParticipantDecisions({ client }: { client: RoomClient }) {
  const t = useT();
  const { bundles, dilemmas } = client.state;
  const decided = bundles.map((bundle) => ({ bundle, items: decidedItems(bundle) })).filter(({ items }) => items.length > 0);
  if (decided.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="decisions-h" data-testid="board-decisions">
      <h2 id="decisions-h">{t("boardDecisions")}</h2>
      {decided.map(({ bundle, items }) => (
        <div key={bundle.id.toString()}>
          <h3>{bundle.title}</h3>
          <ul class="decision-list">
            {items.map((item) => {
              const dilemma = dilemmas.find((known) => known.id === item.dilemmaId);
              return (
                <li key={item.voteId.toString()} data-testid="decided-item">
                  <strong>{dilemma?.title ?? ""}</strong>
                  <span>{decisionText(item, dilemma, t)}</span>
                  {item.decisionReason ? (
                    <span class="decision-reason" data-testid="decision-reason">
                      {t("decisionReasonShown")}: {item.decisionReason}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
