// A participant's device before the facilitator has pointed the room at anything (focus
// UNSPECIFIED): everything in one list, the dilemma the room works on unfolded.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { VoteAudience } from "../proto";
import { currentDilemma, isDilemmaBoard } from "../store/method_state";
import { StrategyBanner } from "../ui/strategy_banner";
import { VoteCard } from "../ui/vote_card";
import { ActionsPanel } from "./actions_panel";
import { ParticipantBoard } from "./participant_board";
import { ParticipantDecisions } from "./participant_decisions";
import { ParticipantDilemma } from "./participant_dilemma";

export function ParticipantOverview({ client }: { client: RoomClient }) {
  const t = useT();
  const { state } = client;
  // Dilemma polls and boards show under their dilemma.
  const polls = state.votes.filter((vote) => vote.audience === VoteAudience.PARTICIPANTS && vote.dilemmaId === 0n);
  const boards = [...state.boards].reverse().filter((board) => !isDilemmaBoard(state, board.id));
  const current = currentDilemma(state);
  return (
    <>
      <StrategyBanner text={state.strategy} />
      {polls.map((vote) => <VoteCard client={client} vote={vote} key={vote.id.toString()} />)}
      {state.dilemmas.map((dilemma) => (
        <ParticipantDilemma client={client} dilemma={dilemma} current={dilemma.id === current?.id} key={dilemma.id.toString()} />
      ))}
      {boards.length === 0 && state.dilemmas.length === 0 ? <p class="hint">{t("waitingRoom")}</p> : null}
      {boards.map((board) => (
        <section class="panel" key={board.id.toString()}>
          <ParticipantBoard client={client} board={board} />
        </section>
      ))}
      <ActionsPanel client={client} />
      <ParticipantDecisions client={client} />
    </>
  );
}
