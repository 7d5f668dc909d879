// One vote for a member of its audience: tap an option to choose, change until it closes.
// The choice is kept on this device only; the room learns a count. On a dilemma's group poll each
// choice names its scenario number (option n is scenario n); `heading` replaces the vote's title
// where the dilemma's title is already shown. The card says in plain words who will learn what
// (a secret ballot: counts, then the tally once k have voted; open cards: names after the reveal);
// a bundle says it once above its cards instead (`guarantee={false}`). A tapped option says
// "sending…" until the room acknowledges the choice, then ✓ (choice_mark.ts).
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Vote } from "../proto";
import { VoteStatus } from "../proto";
import { ballotGuarantee } from "../store/anonymity";
import { choiceMark } from "./choice_mark";
import { VoteChart, isApprovalVote, optionName } from "./vote_chart";

interface VoteCardProps {
  client: RoomClient;
  vote: Vote;
  heading?: string;
  // Replaces the "your vote is in" notice (a board item is changed until it is revealed).
  votedNotice?: string;
  // False where the surrounding bundle already states the guarantee of all its cards.
  guarantee?: boolean;
  children?: ComponentChildren;
}

export function VoteCard({ client, vote, heading, votedNotice, guarantee = true, children }: VoteCardProps) {
  const t = useT();
  const [sending, setSending] = useState<number | undefined>(undefined);
  const [error, setError] = useState("");
  const ballot = client.secrets.ballot(vote.id);
  const result = client.state.results.find((known) => known.voteId === vote.id);
  const open = vote.status === VoteStatus.OPEN;
  const approval = isApprovalVote(vote);
  const guaranteeId = `vote-guarantee-${vote.id}`;
  const choose = async (optionId: number) => {
    setSending(optionId);
    setError("");
    try {
      await client.command({ case: "castVote", value: { voteId: vote.id, optionId } });
      client.secrets.setBallot(vote.id, { optionId });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSending(undefined);
    }
  };
  return (
    <article class="card vote-card" data-testid="vote-card" data-vote-id={vote.id.toString()}>
      <h2>{heading ?? vote.title}</h2>
      {children}
      <p class="progress" data-testid="vote-progress">
        {t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}
      </p>
      {guarantee && !result ? <BallotGuarantee id={guaranteeId} vote={vote} minGroupSize={client.state.minGroupSize} /> : null}
      <div
        class="choices"
        role="group"
        aria-label={heading ?? vote.title}
        aria-describedby={guarantee && !result ? guaranteeId : undefined}
      >
        {vote.options.map((option) => {
          const mark = choiceMark(option.id, sending, ballot?.optionId);
          return (
            <button
              type="button"
              key={option.id}
              class={mark === "none" ? "choice" : `choice choice-on choice-${mark}`}
              aria-pressed={mark !== "none"}
              disabled={!open}
              data-testid={`choice-${option.id}`}
              onClick={() => choose(option.id)}
            >
              {mark === "sending" ? (
                <span class="choice-mark" data-testid="choice-mark">{t("sending")}</span>
              ) : mark === "chosen" ? (
                <span class="choice-mark" data-testid="choice-mark" aria-hidden="true">✓</span>
              ) : null}
              {approval ? (
                optionName(vote, option.id, t)
              ) : (
                <>
                  {vote.dilemmaId !== 0n ? <span class="choice-n">{t("scenarioN", { n: option.id })}</span> : null}
                  {option.label}
                </>
              )}
            </button>
          );
        })}
      </div>
      {open && ballot ? (
        <p class="notice" role="status" data-testid="vote-in">
          {votedNotice ?? t("yourVoteIn")}
        </p>
      ) : null}
      {vote.status === VoteStatus.CLOSED ? <p class="notice">{t("voteClosedWaiting")}</p> : null}
      {result ? <VoteChart vote={vote} result={result} /> : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </article>
  );
}

// What a voter is promised, shown where the choice is made (and above a bundle's cards).
export function BallotGuarantee({ id, vote, minGroupSize }: { id?: string; vote: Vote; minGroupSize: number }) {
  const t = useT();
  return (
    <p class="guarantee" id={id} data-testid="vote-guarantee">
      {ballotGuarantee(vote, minGroupSize)
        .map((phrase) => t(phrase.key, phrase.params))
        .join(" ")}
    </p>
  );
}
