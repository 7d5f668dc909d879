// One item of the board session on the big screen: the dilemma with its context and scenarios,
// the group's poll spread (why it came to the board), then the board's vote: "n/m gestemd" (a
// count, never who or what) until it is revealed, the spread after, and the decision once
// recorded.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle, BundleItem } from "../proto";
import { itemResult, itemVote } from "../store/bundle_state";
import { DecisionLine, ItemQuestion } from "../ui/decision_line";
import { GroupSpread } from "../ui/group_spread";
import { ScenarioList } from "../ui/scenario_list";
import { ItemVoteState } from "../ui/item_vote_state";

export function ProjectorBundleItem({ client, bundle, item }: { client: RoomClient; bundle: Bundle; item: BundleItem }) {
  const t = useT();
  const { state } = client;
  const dilemma = state.dilemmas.find((known) => known.id === item.dilemmaId);
  const vote = itemVote(state, item);
  const result = itemResult(state, item);
  const position = bundle.items.indexOf(item) + 1;
  return (
    <section class="card projector-dilemma stage-item" data-testid="projector-bundle-item" data-dilemma-id={item.dilemmaId.toString()}>
      <div class="projector-dilemma-text">
        <span class="strategy-label">
          {t("boardSession")} · {t("itemOf", { n: position, m: bundle.items.length })}
        </span>
        <h2>{dilemma?.title ?? vote?.title}</h2>
        {dilemma?.context ? <p class="prose">{dilemma.context}</p> : null}
        {dilemma ? <ScenarioList dilemma={dilemma} marksShown={state.strategyMarksShown} /> : null}
      </div>
      <div class="stage-item-votes">
        <GroupSpread state={state} dilemma={dilemma} testid="projector-group-spread" />
        <h3>{t("boardVoteHeading")}</h3>
        <ItemQuestion item={item} dilemma={dilemma} />
        <ItemVoteState vote={vote} result={result} />
        <DecisionLine item={item} dilemma={dilemma} />
      </div>
    </section>
  );
}
