// A board member's cards for one bundle: one card per item in the board's order, tap to choose,
// change until the item is revealed; then its spread and, once recorded, the decision. What was
// chosen stays on this device; the room sees a count. The guarantee (who learns what) is said once
// above the cards: every item of a bundle has the bundle's ballot mode. The item the room looks
// at is shown first, on its own (board_focus_item.tsx), and left out here (`skipDilemmaId`).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle } from "../proto";
import { VoteStatus } from "../proto";
import { itemVote } from "../store/bundle_state";
import { DecisionLine, ItemQuestion } from "../ui/decision_line";
import { ImportedSource } from "../ui/imported_source";
import { BallotGuarantee, VoteCard } from "../ui/vote_card";

export function BoardBundleCards({ client, bundle, skipDilemmaId }: { client: RoomClient; bundle: Bundle; skipDilemmaId?: bigint }) {
  const t = useT();
  const { state } = client;
  // Nothing left to show when the one item is already shown first as the room's focus.
  if (bundle.items.every((item) => item.dilemmaId === skipDilemmaId)) return null;
  // Said while any card can still be played; once every item is revealed the spreads speak.
  const firstOpen = bundle.items
    .map((item) => itemVote(state, item))
    .find((vote) => vote !== undefined && vote.status !== VoteStatus.REVEALED);
  return (
    <section class="bundle-cards" data-testid="board-bundle" data-bundle-id={bundle.id.toString()} aria-label={bundle.title}>
      <h2>{bundle.title}</h2>
      {firstOpen ? <BallotGuarantee vote={firstOpen} minGroupSize={state.minGroupSize} /> : null}
      {bundle.items.map((item, index) => {
        const vote = itemVote(state, item);
        const dilemma = state.dilemmas.find((known) => known.id === item.dilemmaId);
        if (!vote || item.dilemmaId === skipDilemmaId) return null;
        return (
          <div class="bundle-item" data-testid="board-item" data-dilemma-id={item.dilemmaId.toString()} key={item.voteId.toString()}>
            <VoteCard client={client} vote={vote} heading={dilemma?.title ?? vote.title} votedNotice={t("boardVoteIn")} guarantee={false}>
              <p class="hint">{t("itemOf", { n: index + 1, m: bundle.items.length })}</p>
              <ItemQuestion item={item} dilemma={dilemma} />
              <ImportedSource dilemma={dilemma} />
            </VoteCard>
            <DecisionLine item={item} dilemma={dilemma} />
          </div>
        );
      })}
    </section>
  );
}
