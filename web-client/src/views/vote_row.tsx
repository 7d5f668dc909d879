// One vote as the facilitator runs it: audience, ballot mode, status and progress (a count, never
// who or what), close and reveal, and the spread after the reveal. A dilemma's group poll shows
// under its dilemma, whose scenarios are the options, so it leaves out the option list there.
// A secret ballot short of the room's k votes cannot be revealed yet: the button is disabled and
// the reason shows beside it (see anonymity.ts).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Vote } from "../proto";
import { BallotMode, FocusKind, VoteAudience, VoteStatus } from "../proto";
import { voteRevealGate } from "../store/anonymity";
import { focusOf } from "../store/focus_state";
import { RevealWait } from "../ui/reveal_wait";
import { PlaceActivity } from "../ui/place_activity";
import { ShowOnScreen } from "../ui/show_on_screen";
import { useRunner } from "../ui/use_runner";
import { VoteChart } from "../ui/vote_chart";

export function VoteRow({ client, vote, heading }: { client: RoomClient; vote: Vote; heading?: string }) {
  const t = useT();
  const { error, run } = useRunner();
  const result = client.state.results.find((known) => known.voteId === vote.id);
  const gate = voteRevealGate(vote, client.state.minGroupSize);
  const waitId = `reveal-wait-${vote.id}`;
  const status = vote.status === VoteStatus.OPEN ? t("voteOpen") : vote.status === VoteStatus.CLOSED ? t("voteClosed") : t("voteRevealed");
  return (
    <article class="card vote" data-testid="vote" data-vote-id={vote.id.toString()}>
      <div class="titled">
        <h3>{heading ?? vote.title}</h3>
        <ShowOnScreen client={client} focus={focusOf(FocusKind.VOTE, { voteId: vote.id })} />
        {/* A dilemma's group poll goes with its dilemma; a plain vote has its own place. */}
        {vote.dilemmaId === 0n ? <PlaceActivity client={client} activity={focusOf(FocusKind.VOTE, { voteId: vote.id })} /> : null}
      </div>
      <p>
        <span class="tag">{vote.audience === VoteAudience.BOARD ? t("audienceBoard") : t("audienceParticipants")}</span>{" "}
        <span class="tag">{vote.mode === BallotMode.SECRET ? t("modeSecret") : t("modeOpen")}</span>{" "}
        <span class="tag">{status}</span>{" "}
        <strong data-testid="vote-progress">{t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}</strong>
      </p>
      {vote.dilemmaId === 0n ? (
        <ol class="options">
          {vote.options.map((option) => <li key={option.id}>{option.label}</li>)}
        </ol>
      ) : null}
      <div class="buttons">
        {vote.status === VoteStatus.OPEN ? (
          <button type="button" data-testid="close-vote" onClick={() => run(client.command({ case: "closeVote", value: { voteId: vote.id } }))}>{t("close")}</button>
        ) : null}
        {vote.status !== VoteStatus.REVEALED ? (
          <button
            type="button"
            data-testid="reveal-vote"
            disabled={gate.kind === "waitForVotes"}
            aria-describedby={gate.kind === "waitForVotes" ? waitId : undefined}
            onClick={() => run(client.command({ case: "revealVote", value: { voteId: vote.id } }))}
          >
            {t("reveal")}
          </button>
        ) : null}
      </div>
      {client.state.autoReveal && vote.status !== VoteStatus.REVEALED ? (
        <p class="hint" data-testid="auto-reveal-pending">{t("autoRevealPending", { of: vote.eligibleCount })}</p>
      ) : null}
      <RevealWait gate={gate} id={waitId} />
      {result ? <VoteChart vote={vote} result={result} /> : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </article>
  );
}
