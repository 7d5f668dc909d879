// One dilemma on a participant's device: its title and context with the strategy beside it, the
// three scenarios (the one that follows the strategy marked once the facilitator has shown the
// marks), its group poll as a vote card, the recorded outcome, and its scenario x prompt note
// board. The dilemma the room is working on is unfolded; the others fold to their title.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Dilemma } from "../proto";
import { dilemmaPoll } from "../store/method_state";
import { boardById } from "../store/room_state";
import type { RoomState } from "../store/room_types";
import { OutcomeLine, outcomeText } from "../ui/outcome_line";
import { ScenarioList } from "../ui/scenario_list";
import { StrategyBanner } from "../ui/strategy_banner";
import { VoteCard } from "../ui/vote_card";
import { ParticipantBoard } from "./participant_board";

function notesOnBoard(state: RoomState, boardId: bigint): number {
  return [...state.notes, ...state.ownHidden].filter((note) => note.boardId === boardId).length;
}

export function ParticipantDilemma({ client, dilemma, current }: { client: RoomClient; dilemma: Dilemma; current: boolean }) {
  const t = useT();
  const poll = dilemmaPoll(client.state, dilemma);
  const board = boardById(client.state, dilemma.boardId);
  const outcome = outcomeText(dilemma, t);
  // A closed note board nobody wrote on is left out: nine empty cells say nothing on a phone.
  const boardSaysSomething =
    board !== undefined &&
    (board.writingOpen || board.hiddenCount > 0 || notesOnBoard(client.state, board.id) > 0);
  return (
    <details class="panel dilemma" open={current} data-testid="dilemma" data-dilemma-id={dilemma.id.toString()}>
      <summary>
        <h2 class="dilemma-title">{dilemma.title}</h2>
        {/* Folded, the title carries the outcome; unfolded, the line below says it once. */}
        {outcome && !current ? <span class="tag">{outcome}</span> : null}
      </summary>
      {dilemma.context ? <p class="prose">{dilemma.context}</p> : null}
      <StrategyBanner text={client.state.strategy} compact />
      <ScenarioList dilemma={dilemma} marksShown={client.state.strategyMarksShown} />
      <OutcomeLine dilemma={dilemma} />
      {poll ? <VoteCard client={client} vote={poll} heading={t("pollHeading")} /> : null}
      {board && boardSaysSomething ? <ParticipantBoard client={client} board={board} heading={t("notesOnScenarios")} /> : null}
    </details>
  );
}
