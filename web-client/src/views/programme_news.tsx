// What the programme gave back to this room (Snapshot.news / NewsReceived), for everyone in it:
// the programme's strategy, the board's decisions on this room's own dilemmas and the lead's
// feedback for its job family. The package holds this room's items only (the server filters);
// nothing shows for a room on its own. `large` is the projector's size; the projector shows the
// strategy in its banner above (the room's strategy is the programme's), so not twice.
import { useT } from "../i18n/i18n";
import type { RoomState } from "../store/room_types";
import { ReleasedDecisionItem } from "../ui/released_decision";

export function ProgrammeNewsPanel({ state, large = false }: { state: RoomState; large?: boolean }) {
  const t = useT();
  const news = state.news;
  if (!news || news.boardMeeting) return null;
  return (
    <section class={large ? "panel programme-news stage-news" : "panel programme-news"} aria-labelledby="news-h" data-testid="programme-news">
      <h2 id="news-h">{t("newsHeading")}</h2>
      <p class="hint">{t("newsOf", { title: news.programmeTitle, family: news.jobFamily })}</p>
      {news.strategy && !large ? (
        <p class="prose" data-testid="news-strategy">
          <strong>{t("programmeStrategy")}:</strong> {news.strategy}
        </p>
      ) : null}
      {news.decisions.length === 0 ? (
        <p class="hint">{t("newsNothingYet")}</p>
      ) : (
        <ul class="decision-list" data-testid="news-decisions">
          {news.decisions.map((decision) => (
            <ReleasedDecisionItem
              key={decision.dilemmaId.toString()}
              decision={decision}
              dilemma={state.dilemmas.find((known) => known.id === decision.dilemmaId)}
            />
          ))}
        </ul>
      )}
      {news.feedback ? (
        <div class="lead-feedback" data-testid="news-feedback">
          <h3>{t("leadFeedback")}</h3>
          <p class="prose">{news.feedback}</p>
        </div>
      ) : null}
    </section>
  );
}
