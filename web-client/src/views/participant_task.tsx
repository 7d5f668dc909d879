// The one thing a participant can do now, for the focus shown (see use_held_focus.ts): a board
// with its title right above its composer; a dilemma with its scenarios, its poll's cards and its
// note board; a vote's cards; the ranking; the conclusion; else the strategy, once, or "you're in".
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Focus } from "../proto";
import { FocusKind } from "../proto";
import { boardById } from "../store/room_state";
import { StrategyBanner } from "../ui/strategy_banner";
import { VoteCard } from "../ui/vote_card";
import { ActionsPanel } from "./actions_panel";
import { ParticipantBoard } from "./participant_board";
import { ParticipantDecisions } from "./participant_decisions";
import { ParticipantDilemma } from "./participant_dilemma";
import { ProjectorConclusion } from "./projector_conclusion";

function Waiting({ client, welcome }: { client: RoomClient; welcome: boolean }) {
  const t = useT();
  const { strategy } = client.state;
  return (
    <>
      {welcome || !strategy ? <p class="notice" data-testid="you-are-in">{t("youAreIn")}</p> : null}
      <StrategyBanner text={strategy} />
    </>
  );
}

export function ParticipantTask({ client, focus }: { client: RoomClient; focus: Focus }) {
  const { state } = client;
  const waiting = <Waiting client={client} welcome={focus.kind === FocusKind.WELCOME} />;
  switch (focus.kind) {
    case FocusKind.BOARD: {
      const board = boardById(state, focus.boardId);
      if (!board) return waiting;
      return (
        <section class="panel task-board">
          <ParticipantBoard client={client} board={board} titleFirst />
        </section>
      );
    }
    case FocusKind.DILEMMA: {
      const dilemma = state.dilemmas.find((known) => known.id === focus.dilemmaId);
      return dilemma ? <ParticipantDilemma client={client} dilemma={dilemma} current /> : waiting;
    }
    case FocusKind.VOTE: {
      const vote = state.votes.find((known) => known.id === focus.voteId);
      const dilemma = state.dilemmas.find((known) => known.id === vote?.dilemmaId);
      return vote ? <VoteCard client={client} vote={vote} heading={dilemma?.title} /> : waiting;
    }
    case FocusKind.RANKING:
      return state.actions.length > 0 ? <ActionsPanel client={client} /> : waiting;
    case FocusKind.CONCLUSION:
      return <ProjectorConclusion dilemmas={state.dilemmas} />;
    case FocusKind.BUNDLE:
    case FocusKind.BUNDLE_ITEM:
      return (
        <>
          {waiting}
          <ParticipantDecisions client={client} />
        </>
      );
    default:
      return waiting;
  }
}
