// The big screen, read-only: the current board, the phase and timer with drift, the join QR,
// vote progress as a count and, after a reveal, the spread of the votes.
import { useT } from "../i18n/i18n";
import { VoteStatus } from "../proto";
import { formatCode, viewLink } from "../route";
import { BoardView } from "../ui/board_view";
import { QrCode } from "../ui/qr_code";
import { StatusBar } from "../ui/status_bar";
import { TimerView } from "../ui/timer_view";
import { useRoom } from "../ui/use_room";
import { VoteChart } from "../ui/vote_chart";
import { FailedView } from "./failed";

export function ProjectorView({ token }: { token: string }) {
  const t = useT();
  const client = useRoom({ kind: "projectorToken", value: token });
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  const { boards, votes, results, participantCode } = client.state;
  const board = boards[boards.length - 1];
  const vote = votes[votes.length - 1];
  const result = vote ? results.find((known) => known.voteId === vote.id) : undefined;
  const joinUrl = participantCode ? viewLink(window.location.origin, "join", formatCode(participantCode)) : "";
  return (
    <div class="page projector">
      <StatusBar client={client} role={t("projector")} />
      <main class="projector-grid">
        <aside class="projector-side">
          <TimerView client={client} large />
          {joinUrl ? (
            <div class="join-qr">
              <QrCode text={joinUrl} size={220} label={joinUrl} />
              <p>{t("joinWith", { host: window.location.host })}</p>
              <p class="code code-large" data-testid="projector-code">{formatCode(participantCode)}</p>
            </div>
          ) : null}
        </aside>
        <section class="projector-main">
          {vote ? (
            <div class="projector-vote card" data-testid="projector-vote">
              <h2>{vote.title}</h2>
              {vote.status !== VoteStatus.REVEALED ? (
                <p class="progress-large" data-testid="projector-progress">
                  {t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}
                </p>
              ) : null}
              {result ? <VoteChart vote={vote} result={result} /> : null}
            </div>
          ) : null}
          {board ? <BoardView client={client} board={board} /> : <p class="hint">{t("noBoards")}</p>}
        </section>
      </main>
    </div>
  );
}
