// One vote for a member of its audience: tap an option to choose, change until it closes.
// The choice is kept on this device only; the room learns a count.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { randomBytes } from "../net/random";
import type { Vote } from "../proto";
import { VoteStatus } from "../proto";
import { VoteChart } from "./vote_chart";

export function VoteCard({ client, vote }: { client: RoomClient; vote: Vote }) {
  const t = useT();
  const [sending, setSending] = useState<number | undefined>(undefined);
  const [error, setError] = useState("");
  const ballot = client.secrets.ballot(vote.id);
  const result = client.state.results.find((known) => known.voteId === vote.id);
  const open = vote.status === VoteStatus.OPEN;
  const choose = async (optionId: number) => {
    const secret = ballot?.secret ?? randomBytes(32);
    setSending(optionId);
    setError("");
    try {
      await client.command({ case: "castVote", value: { voteId: vote.id, optionId, ballotSecret: secret } });
      client.secrets.setBallot(vote.id, { secret, optionId });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSending(undefined);
    }
  };
  const chosen = sending ?? ballot?.optionId;
  return (
    <article class="card vote-card" data-testid="vote-card" data-vote-id={vote.id.toString()}>
      <h2>{vote.title}</h2>
      <p class="progress" data-testid="vote-progress">
        {t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}
      </p>
      <div class="choices" role="group" aria-label={vote.title}>
        {vote.options.map((option) => (
          <button
            type="button"
            key={option.id}
            class={chosen === option.id ? "choice choice-on" : "choice"}
            aria-pressed={chosen === option.id}
            disabled={!open}
            data-testid={`choice-${option.id}`}
            onClick={() => choose(option.id)}
          >
            {option.label}
          </button>
        ))}
      </div>
      {open && ballot ? (
        <p class="notice" role="status" data-testid="vote-in">
          {t("yourVoteIn")}
        </p>
      ) : null}
      {vote.status === VoteStatus.CLOSED ? <p class="notice">{t("voteClosedWaiting")}</p> : null}
      {result ? <VoteChart vote={vote} result={result} /> : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </article>
  );
}
