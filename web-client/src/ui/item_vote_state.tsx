// A board vote as the big screen shows it: "n/m gestemd" (a count, never who or what) until the
// reveal, the spread as a chart after it. Used by the bundle page and the focused bundle item.
import { useT } from "../i18n/i18n";
import type { Vote, VoteResult } from "../proto";
import { VoteStatus } from "../proto";
import { VoteChart } from "./vote_chart";

export function ItemVoteState({ vote, result }: { vote: Vote | undefined; result: VoteResult | undefined }) {
  const t = useT();
  return (
    <>
      {vote && vote.status !== VoteStatus.REVEALED ? (
        <p class="progress-large" data-testid="projector-progress">
          {t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}
        </p>
      ) : null}
      {vote && result ? <VoteChart vote={vote} result={result} /> : null}
    </>
  );
}
