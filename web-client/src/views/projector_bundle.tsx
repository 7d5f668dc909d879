// The board session on the big screen: the latest bundle, per item "n/m voted" (a count, never
// who or what) until it is revealed, then the spread as a chart and the decision once recorded.
// Items come four to a page; the page follows the session (bundle_pages.ts) and can be turned.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle } from "../proto";
import { itemResult, itemVote } from "../store/bundle_state";
import { ITEMS_PER_PAGE, focusPage, pageCount } from "../store/bundle_pages";
import { DecisionLine, ItemQuestion } from "../ui/decision_line";
import { ImportedSource } from "../ui/imported_source";
import { ItemVoteState } from "../ui/item_vote_state";

export function ProjectorBundle({ client, bundle }: { client: RoomClient; bundle: Bundle }) {
  const t = useT();
  const { state } = client;
  const auto = focusPage(state, bundle);
  // A page turned by hand holds until the session moves the focus to another page.
  const [manual, setManual] = useState<{ page: number; auto: number } | undefined>(undefined);
  const pages = pageCount(bundle);
  const page = Math.min(pages - 1, manual && manual.auto === auto ? manual.page : auto);
  const turn = (to: number) => setManual({ page: to, auto });
  const first = page * ITEMS_PER_PAGE;
  const items = bundle.items.slice(first, first + ITEMS_PER_PAGE);
  return (
    <section class="projector-bundle" data-testid="projector-bundle" aria-labelledby="pbundle-h">
      <header class="dilemma-head">
        <h2 id="pbundle-h">
          <span class="session-label">{t("boardSession")}</span>
          {bundle.title}
        </h2>
        {pages > 1 ? (
          <span class="pager">
            <button type="button" class="secondary" disabled={page === 0} onClick={() => turn(page - 1)}>{t("previous")}</button>
            <span data-testid="bundle-page">{t("pageOf", { n: page + 1, m: pages })}</span>
            <button type="button" class="secondary" disabled={page === pages - 1} onClick={() => turn(page + 1)}>{t("next")}</button>
          </span>
        ) : null}
      </header>
      <ol class="projector-items" start={first + 1}>
        {items.map((item) => {
          const vote = itemVote(state, item);
          const result = itemResult(state, item);
          const dilemma = state.dilemmas.find((known) => known.id === item.dilemmaId);
          return (
            <li class="card projector-item" data-testid="projector-item" data-dilemma-id={item.dilemmaId.toString()} key={item.voteId.toString()}>
              <h3>{dilemma?.title ?? vote?.title}</h3>
              <ItemQuestion item={item} dilemma={dilemma} withScenarios />
              <ImportedSource dilemma={dilemma} testid="projector-imported-source" />
              <ItemVoteState vote={vote} result={result} />
              <DecisionLine item={item} dilemma={dilemma} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
