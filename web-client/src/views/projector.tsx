// The big screen, read-only: the strategy, the dilemma the room is working on with its scenarios,
// poll progress as a count and, after a reveal, the spread; the outcome, the conclusion once the
// strategy marks are shown; the current board; the phase and timer with drift and the join QR.
import { useT } from "../i18n/i18n";
import { formatCode, viewLink } from "../route";
import { currentDilemma, isDilemmaBoard } from "../store/method_state";
import { boardById } from "../store/room_state";
import { BoardView } from "../ui/board_view";
import { QrCode } from "../ui/qr_code";
import { StatusBar } from "../ui/status_bar";
import { StrategyBanner } from "../ui/strategy_banner";
import { TimerView } from "../ui/timer_view";
import { useRoom } from "../ui/use_room";
import { FailedView } from "./failed";
import { ProjectorConclusion } from "./projector_conclusion";
import { ProjectorDilemma } from "./projector_dilemma";
import { ProjectorVote } from "./projector_vote";

export function ProjectorView({ token }: { token: string }) {
  const t = useT();
  const client = useRoom({ kind: "projectorToken", value: token });
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  const { state } = client;
  const { boards, votes, results, participantCode } = state;
  const dilemma = currentDilemma(state);
  // The latest vote shows on its own unless it is a dilemma's poll (shown with the dilemma).
  const latestVote = votes[votes.length - 1];
  const vote = latestVote && latestVote.dilemmaId === 0n ? latestVote : undefined;
  const result = vote ? results.find((known) => known.voteId === vote.id) : undefined;
  // The latest plain board takes the screen; otherwise the current dilemma's notes.
  const latestBoard = boards[boards.length - 1];
  const board =
    latestBoard && !isDilemmaBoard(state, latestBoard.id)
      ? latestBoard
      : dilemma && !state.strategyMarksShown
        ? boardById(state, dilemma.boardId)
        : undefined;
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
          <StrategyBanner text={state.strategy} />
          {vote ? <ProjectorVote vote={vote} result={result} heading={vote.title} /> : null}
          {dilemma ? <ProjectorDilemma client={client} dilemma={dilemma} /> : null}
          {state.strategyMarksShown && state.dilemmas.length > 0 ? <ProjectorConclusion dilemmas={state.dilemmas} /> : null}
          {board ? (
            <BoardView client={client} board={board} heading={isDilemmaBoard(state, board.id) ? t("notesOnScenarios") : undefined} />
          ) : dilemma ? null : (
            <p class="hint">{t("noBoards")}</p>
          )}
        </section>
      </main>
    </div>
  );
}
