// The workshop on the big screen: the latest plain vote, the dilemma the room is working on (poll
// progress as a count, the spread after the reveal, the outcome), the conclusion once the strategy
// marks are shown, and the current board.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { currentDilemma, isDilemmaBoard } from "../store/method_state";
import { boardById } from "../store/room_state";
import { BoardView } from "../ui/board_view";
import { ProjectorConclusion } from "./projector_conclusion";
import { ProjectorDilemma } from "./projector_dilemma";
import { ProjectorVote } from "./projector_vote";

export function ProjectorWorkshop({ client }: { client: RoomClient }) {
  const t = useT();
  const { state } = client;
  const { boards, votes, results } = state;
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
  return (
    <>
      {vote ? <ProjectorVote vote={vote} result={result} heading={vote.title} /> : null}
      {dilemma ? <ProjectorDilemma client={client} dilemma={dilemma} /> : null}
      {state.strategyMarksShown && state.dilemmas.length > 0 ? <ProjectorConclusion dilemmas={state.dilemmas} /> : null}
      {board ? (
        <BoardView client={client} board={board} heading={isDilemmaBoard(state, board.id) ? t("notesOnScenarios") : undefined} />
      ) : dilemma ? null : (
        <p class="hint">{t("noBoards")}</p>
      )}
    </>
  );
}
