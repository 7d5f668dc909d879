// The small-choices method in the room state: the strategy statement, the dilemmas (each with its
// note board and latest group poll), the intake proposals and the strategy marks. Pure functions
// over RoomState, applied by room_state.applyEvent in seq order like every other event.
//
// What this device may see is the server's decision, not ours: a dilemma's strategy_scenario is 0
// for everybody but the facilitator until StrategyMarksShown, and proposals (and their events) reach
// the facilitator only; the others receive sealed events. So the store keeps what arrives and never
// invents a mark or a proposal.
import type { Dilemma, Proposal, RoomEvent, Vote } from "../proto";
import { DilemmaOutcome, ProposalStatus, VoteAudience, VoteStatus } from "../proto";
import type { RoomState } from "./room_types";

type Payload = RoomEvent["payload"];
export type MethodPayload = Extract<
  Payload,
  {
    case:
      | "strategySet"
      | "dilemmaAdded"
      | "dilemmaEdited"
      | "outcomeRecorded"
      | "strategyMarksShown"
      | "proposalSubmitted"
      | "proposalDismissed";
  }
>;

function updateDilemma(dilemmas: Dilemma[], id: bigint, change: (d: Dilemma) => Dilemma): Dilemma[] {
  return dilemmas.map((dilemma) => (dilemma.id === id ? change(dilemma) : dilemma));
}

function updateProposal(proposals: Proposal[], id: bigint, status: ProposalStatus): Proposal[] {
  return proposals.map((proposal) => (proposal.id === id ? { ...proposal, status } : proposal));
}

// `next` is the state with the event's position already taken; returns the state after the event.
export function applyMethodEvent(next: RoomState, payload: MethodPayload): RoomState {
  switch (payload.case) {
    case "strategySet":
      return { ...next, strategy: payload.value.text };
    case "dilemmaAdded": {
      // The dilemma's note board arrives inside this event (there is no separate BoardAdded).
      const { dilemma, board } = payload.value;
      if (!dilemma || next.dilemmas.some((known) => known.id === dilemma.id)) return next;
      const boards =
        board && !next.boards.some((known) => known.id === board.id) ? [...next.boards, board] : next.boards;
      // proposal_id is non-zero for the facilitator only, the one device that holds proposals.
      const proposals =
        dilemma.proposalId !== 0n
          ? updateProposal(next.proposals, dilemma.proposalId, ProposalStatus.ADOPTED)
          : next.proposals;
      return { ...next, dilemmas: [...next.dilemmas, dilemma], boards, proposals };
    }
    case "dilemmaEdited": {
      // Like the server: the text and the mark change; the poll, outcome and board stay.
      const edited = payload.value.dilemma;
      if (!edited) return next;
      return {
        ...next,
        dilemmas: updateDilemma(next.dilemmas, edited.id, (d) => ({
          ...d,
          title: edited.title,
          context: edited.context,
          scenarios: edited.scenarios,
          strategyScenario: edited.strategyScenario,
        })),
      };
    }
    case "outcomeRecorded": {
      const { dilemmaId, outcome, chosenScenario } = payload.value;
      return {
        ...next,
        dilemmas: updateDilemma(next.dilemmas, dilemmaId, (d) => ({ ...d, outcome, chosenScenario })),
      };
    }
    case "strategyMarksShown": {
      const marks = new Map(payload.value.marks.map((mark) => [mark.dilemmaId, mark.scenario]));
      return {
        ...next,
        strategyMarksShown: true,
        dilemmas: next.dilemmas.map((d) =>
          marks.has(d.id) ? { ...d, strategyScenario: marks.get(d.id) ?? 0 } : d,
        ),
      };
    }
    case "proposalSubmitted": {
      const proposal = payload.value.proposal;
      if (!proposal || next.proposals.some((known) => known.id === proposal.id)) return next;
      return { ...next, proposals: [...next.proposals, proposal] };
    }
    case "proposalDismissed":
      return {
        ...next,
        proposals: updateProposal(next.proposals, payload.value.proposalId, ProposalStatus.DISMISSED),
      };
  }
}

// A participants' vote on a dilemma's scenarios (board votes of a bundle name a dilemma too).
export function isGroupPoll(vote: Vote): boolean {
  return vote.dilemmaId !== 0n && vote.audience === VoteAudience.PARTICIPANTS;
}

// A group poll on a dilemma becomes that dilemma's latest poll (as on the server).
export function withPoll(dilemmas: Dilemma[], vote: Vote): Dilemma[] {
  if (!isGroupPoll(vote)) return dilemmas;
  return updateDilemma(dilemmas, vote.dilemmaId, (d) => ({ ...d, pollId: vote.id }));
}

export function isConcluded(dilemma: Dilemma): boolean {
  return (
    dilemma.outcome === DilemmaOutcome.CONSENSUS || dilemma.outcome === DilemmaOutcome.NO_CONSENSUS
  );
}

export function dilemmaPoll(state: RoomState, dilemma: Dilemma): Vote | undefined {
  return dilemma.pollId === 0n ? undefined : state.votes.find((vote) => vote.id === dilemma.pollId);
}

export function isDilemmaBoard(state: RoomState, boardId: bigint): boolean {
  return state.dilemmas.some((dilemma) => dilemma.boardId === boardId);
}

// The dilemma the room is working on, for the projector and to unfold it on phones. The protocol
// has no "current dilemma", so it is derived from what the facilitator did, the same way on every
// device and after any reload:
//   1. the dilemma whose group poll is open (the latest such poll);
//   2. else, of the dilemmas the facilitator touched last (the one of the latest group poll, and
//      those whose note board is open for writing), the latest: a group works through its
//      dilemmas in order, so a board left open on an earlier one does not pull the room back;
//   3. else the latest dilemma added.
export function currentDilemma(state: RoomState): Dilemma | undefined {
  const { dilemmas } = state;
  const byId = (id: bigint) => dilemmas.find((dilemma) => dilemma.id === id);
  // Group polls only: a board vote on a bundled dilemma names the dilemma too.
  const polls = state.votes.filter((vote) => isGroupPoll(vote) && byId(vote.dilemmaId));
  const open = [...polls].reverse().find((vote) => vote.status === VoteStatus.OPEN);
  if (open) return byId(open.dilemmaId);
  const lastPolled = polls[polls.length - 1]?.dilemmaId;
  const writingOpen = (dilemma: Dilemma) =>
    state.boards.some((board) => board.id === dilemma.boardId && board.writingOpen);
  const active = dilemmas.filter((dilemma) => dilemma.id === lastPolled || writingOpen(dilemma));
  return active[active.length - 1] ?? dilemmas[dilemmas.length - 1];
}
