// The bundle item the room looks at, first on a board member's phone: the strategy, the
// dilemma's context and its three scenarios, and the group's poll spread (why it came to the
// board without consensus), then the card to play and, once recorded, the decision.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle, BundleItem } from "../proto";
import { itemVote } from "../store/bundle_state";
import { DecisionLine, ItemQuestion } from "../ui/decision_line";
import { GroupSpread } from "../ui/group_spread";
import { ScenarioList } from "../ui/scenario_list";
import { StrategyBanner } from "../ui/strategy_banner";
import { VoteCard } from "../ui/vote_card";

export function BoardFocusItem({ client, bundle, item }: { client: RoomClient; bundle: Bundle; item: BundleItem }) {
  const t = useT();
  const { state } = client;
  const dilemma = state.dilemmas.find((known) => known.id === item.dilemmaId);
  const vote = itemVote(state, item);
  return (
    <section class="panel board-focus" data-testid="board-focus-item" data-dilemma-id={item.dilemmaId.toString()}>
      <StrategyBanner text={state.strategy} compact />
      <span class="strategy-label">
        {bundle.title} · {t("itemOf", { n: bundle.items.indexOf(item) + 1, m: bundle.items.length })}
      </span>
      <h2>{dilemma?.title ?? vote?.title}</h2>
      {dilemma?.context ? <p class="prose">{dilemma.context}</p> : null}
      {dilemma ? <ScenarioList dilemma={dilemma} marksShown={state.strategyMarksShown} /> : null}
      <GroupSpread state={state} dilemma={dilemma} testid="group-spread" />
      {vote ? (
        <div class="bundle-item" data-testid="board-item" data-dilemma-id={item.dilemmaId.toString()}>
          <VoteCard client={client} vote={vote} heading={t("boardVoteHeading")} votedNotice={t("boardVoteIn")}>
            <ItemQuestion item={item} dilemma={dilemma} />
          </VoteCard>
        </div>
      ) : null}
      <DecisionLine item={item} dilemma={dilemma} />
    </section>
  );
}
