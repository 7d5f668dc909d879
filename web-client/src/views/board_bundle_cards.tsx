// A board member's cards for one bundle: one card per item in the board's order, tap to choose,
// change until the item is revealed; then its spread and, once recorded, the decision. What was
// chosen stays on this device; the room sees a count.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle } from "../proto";
import { itemVote } from "../store/bundle_state";
import { DecisionLine, ItemQuestion } from "../ui/decision_line";
import { VoteCard } from "../ui/vote_card";

export function BoardBundleCards({ client, bundle }: { client: RoomClient; bundle: Bundle }) {
  const t = useT();
  const { state } = client;
  return (
    <section class="bundle-cards" data-testid="board-bundle" data-bundle-id={bundle.id.toString()} aria-label={bundle.title}>
      <h2>{bundle.title}</h2>
      {bundle.items.map((item, index) => {
        const vote = itemVote(state, item);
        const dilemma = state.dilemmas.find((known) => known.id === item.dilemmaId);
        if (!vote) return null;
        return (
          <div class="bundle-item" data-testid="board-item" data-dilemma-id={item.dilemmaId.toString()} key={item.voteId.toString()}>
            <VoteCard client={client} vote={vote} heading={dilemma?.title ?? vote.title} votedNotice={t("boardVoteIn")}>
              <p class="hint">{t("itemOf", { n: index + 1, m: bundle.items.length })}</p>
              <ItemQuestion item={item} dilemma={dilemma} />
            </VoteCard>
            <DecisionLine item={item} dilemma={dilemma} />
          </div>
        );
      })}
    </section>
  );
}
