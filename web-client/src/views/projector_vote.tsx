// A vote on the big screen: "n/m gestemd" while it runs (a count, never who or what), the spread
// after the reveal. `heading` is left out under a dilemma, whose title is already shown.
import { useT } from "../i18n/i18n";
import type { Vote, VoteResult } from "../proto";
import { VoteStatus } from "../proto";
import { VoteChart } from "../ui/vote_chart";

export function ProjectorVote({ vote, result, heading }: { vote: Vote; result?: VoteResult; heading?: string }) {
  const t = useT();
  return (
    <div class="projector-vote card" data-testid="projector-vote">
      {heading ? <h2>{heading}</h2> : null}
      {vote.status !== VoteStatus.REVEALED ? (
        <p class="progress-large" data-testid="projector-progress">
          {t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}
        </p>
      ) : null}
      {result ? <VoteChart vote={vote} result={result} /> : null}
    </div>
  );
}
