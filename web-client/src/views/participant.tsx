// A participant's phone or laptop: the strategy, the anonymous intake of dilemmas, the dilemmas
// with their scenarios, notes and group polls, and other boards: write notes (private first: only
// you see them until the reveal), sort them when allowed, vote in group polls; work out and score
// actions and see their ranking once revealed; read the board's decisions once recorded.
import { useT } from "../i18n/i18n";
import { VoteAudience } from "../proto";
import { currentDilemma, isDilemmaBoard } from "../store/method_state";
import { StatusBar } from "../ui/status_bar";
import { StrategyBanner } from "../ui/strategy_banner";
import { TimerView } from "../ui/timer_view";
import { useRoom } from "../ui/use_room";
import { VoteCard } from "../ui/vote_card";
import { FailedView } from "./failed";
import { ActionsPanel } from "./actions_panel";
import { IntakeForm } from "./intake_form";
import { JoinGate } from "./join_gate";
import { ParticipantBoard } from "./participant_board";
import { ParticipantDecisions } from "./participant_decisions";
import { ParticipantDilemma } from "./participant_dilemma";

export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

function ParticipantRoom({ code, name }: { code: string; name: string }) {
  const t = useT();
  const client = useRoom({ kind: "participantCode", value: code }, name);
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  const { state } = client;
  // Dilemma polls and boards show under their dilemma.
  const polls = state.votes.filter((vote) => vote.audience === VoteAudience.PARTICIPANTS && vote.dilemmaId === 0n);
  const boards = [...state.boards].reverse().filter((board) => !isDilemmaBoard(state, board.id));
  const current = currentDilemma(state);
  return (
    <div class="page participant">
      <StatusBar client={client} role={t("participant")} />
      <main class="narrow">
        <TimerView client={client} />
        <StrategyBanner text={state.strategy} />
        <IntakeForm client={client} startOpen={state.dilemmas.length === 0} />
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
      </main>
    </div>
  );
}

export function ParticipantView({ code }: { code: string }) {
  const t = useT();
  const plain = normalizeCode(code);
  return (
    <JoinGate roomKey={`participantCode.${plain}`} code={plain} title={t("joinAsParticipant")} nameLabel={t("displayName")}>
      {(name) => <ParticipantRoom code={plain} name={name} />}
    </JoinGate>
  );
}
