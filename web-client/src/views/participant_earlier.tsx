// Everything of the workshop that is not the task in front of a participant, below it: each item
// folded to its title, one tap to open. Nothing here is secret that the task would show: every
// part shows what this device may see anyway.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Focus } from "../proto";
import { FocusKind, VoteAudience } from "../proto";
import { isDilemmaBoard } from "../store/method_state";
import { VoteCard } from "../ui/vote_card";
import { ActionsPanel } from "./actions_panel";
import { ParticipantBoard } from "./participant_board";
import { ParticipantDecisions } from "./participant_decisions";
import { ParticipantDilemma } from "./participant_dilemma";

export function ParticipantEarlier({ client, focus }: { client: RoomClient; focus: Focus }) {
  const t = useT();
  const { state } = client;
  const shownDilemma = focus.kind === FocusKind.DILEMMA ? focus.dilemmaId : undefined;
  const shownBoard = focus.kind === FocusKind.BOARD ? focus.boardId : undefined;
  const shownVote = focus.kind === FocusKind.VOTE ? focus.voteId : undefined;
  const dilemmas = state.dilemmas.filter((dilemma) => dilemma.id !== shownDilemma);
  const boards = state.boards.filter((board) => board.id !== shownBoard && !isDilemmaBoard(state, board.id));
  const polls = state.votes.filter(
    (vote) => vote.audience === VoteAudience.PARTICIPANTS && vote.dilemmaId === 0n && vote.id !== shownVote,
  );
  const showsActions = focus.kind !== FocusKind.RANKING;
  const showsDecisions = focus.kind !== FocusKind.BUNDLE && focus.kind !== FocusKind.BUNDLE_ITEM;
  if (dilemmas.length + boards.length + polls.length === 0 && state.actions.length === 0) return null;
  return (
    <section class="earlier" aria-labelledby="earlier-h" data-testid="earlier">
      <h2 id="earlier-h" class="earlier-title">{t("earlierInWorkshop")}</h2>
      {dilemmas.map((dilemma) => (
        <ParticipantDilemma client={client} dilemma={dilemma} current={false} key={`d${dilemma.id}`} />
      ))}
      {boards.map((board) => (
        <details class="panel" key={`b${board.id}`} data-testid="earlier-board">
          <summary>
            <h2>{board.title}</h2>
          </summary>
          <ParticipantBoard client={client} board={board} />
        </details>
      ))}
      {polls.map((vote) => (
        <details class="panel" key={`v${vote.id}`}>
          <summary>
            <h2>{vote.title}</h2>
          </summary>
          <VoteCard client={client} vote={vote} />
        </details>
      ))}
      {showsActions ? <ActionsPanel client={client} /> : null}
      {showsDecisions ? <ParticipantDecisions client={client} /> : null}
    </section>
  );
}
