// The pure functions that advance the room as this device sees it (its shape is in room_types.ts).
// Every update returns a new object so that views re-render by identity. Events must be applied
// strictly in seq order; the client (room_client.ts) guarantees that and reconnects on a gap.
import type { Board, Member, Note, RoomEvent, Snapshot, Vote, VoteResult } from "../proto";
import { BoardKind, Role, RoomKind, VoteAudience, VoteStatus, WritingMode } from "../proto";
import { applyActionEvent } from "./action_state";
import { applyBundleEvent } from "./bundle_state";
import { placeActivity } from "./agenda_activities";
import { applyFocusSet, noFocus } from "./focus_state";
import { applyMethodEvent, withPoll } from "./method_state";
import { applyProgrammeEvent } from "./programme_state";
import type { RoomState } from "./room_types";
import { spotlightAfter, spotlightOfSnapshot } from "./spotlight";

// A new room's minimum group size k (see anonymity.ts).
export const DEFAULT_MIN_GROUP_SIZE = 3;

export function emptyRoom(): RoomState {
  return {
    epoch: 0n,
    seq: 0n,
    seqAtMs: 0n,
    title: "",
    phases: [],
    timer: undefined,
    boards: [],
    notes: [],
    ownHidden: [],
    votes: [],
    results: [],
    members: [],
    participantCount: 0,
    boardMemberCount: 0,
    participantCode: "",
    boardCode: "",
    strategy: "",
    dilemmas: [],
    proposals: [],
    strategyMarksShown: false,
    bundles: [],
    actions: [],
    ranking: [],
    focus: noFocus(),
    spotlight: "workshop",
    minGroupSize: DEFAULT_MIN_GROUP_SIZE,
    autoReveal: false,
    projectorLinkSeq: 0n,
    kind: RoomKind.UNSPECIFIED,
    programmeRooms: [],
    released: [],
    news: undefined,
  };
}

function countRole(members: Member[], role: Role): number {
  return members.filter((member) => member.role === role).length;
}

// Replaces everything the room says; keeps own hidden notes of boards still unrevealed.
export function fromSnapshot(previous: RoomState, snapshot: Snapshot): RoomState {
  const unrevealed = new Set(
    snapshot.boards.filter((board) => isPrivateUnrevealed(board)).map((board) => board.id),
  );
  return {
    epoch: snapshot.epoch,
    seq: snapshot.seq,
    seqAtMs: 0n,
    title: snapshot.title,
    phases: snapshot.phases,
    timer: snapshot.timer,
    boards: snapshot.boards,
    notes: snapshot.notes,
    ownHidden: previous.ownHidden.filter((note) => unrevealed.has(note.boardId)),
    votes: snapshot.votes,
    results: snapshot.results,
    members: snapshot.members,
    participantCount: countRole(snapshot.members, Role.PARTICIPANT),
    boardMemberCount: countRole(snapshot.members, Role.BOARD_MEMBER),
    participantCode: snapshot.participantCode,
    boardCode: snapshot.boardCode,
    strategy: snapshot.strategy,
    dilemmas: snapshot.dilemmas,
    proposals: snapshot.proposals,
    strategyMarksShown: snapshot.strategyMarksShown,
    bundles: snapshot.bundles,
    actions: snapshot.actions,
    ranking: snapshot.ranking,
    focus: snapshot.focus ?? noFocus(),
    spotlight: spotlightOfSnapshot(snapshot),
    // 0 is no valid size (1..20): a snapshot without the field means the room's default.
    minGroupSize: snapshot.minGroupSize || DEFAULT_MIN_GROUP_SIZE,
    autoReveal: snapshot.autoReveal,
    projectorLinkSeq: snapshot.projectorLinkSeq,
    kind: snapshot.kind,
    programmeRooms: snapshot.programmeRooms,
    released: snapshot.released,
    news: snapshot.news,
  };
}

export function isPrivateUnrevealed(board: Board): boolean {
  return board.writingMode === WritingMode.PRIVATE_FIRST && !board.revealed;
}

function updateBoard(state: RoomState, id: bigint, change: (board: Board) => Board): Board[] {
  return state.boards.map((board) => (board.id === id ? change(board) : board));
}

function updateVote(state: RoomState, id: bigint, change: (vote: Vote) => Vote): Vote[] {
  return state.votes.map((vote) => (vote.id === id ? change(vote) : vote));
}

function withoutNote(notes: Note[], id: bigint): Note[] {
  return notes.filter((note) => note.id !== id);
}

// Applies one event (sealed events only advance the position).
export function applyEvent(state: RoomState, event: RoomEvent): RoomState {
  const payload = event.payload;
  const next: RoomState = {
    ...state,
    epoch: event.epoch,
    seq: event.seq,
    seqAtMs: event.atMs,
    spotlight: spotlightAfter(state, payload),
  };
  switch (payload.case) {
    case undefined:
      return next;
    case "agendaSet":
      return { ...next, phases: payload.value.phases, timer: payload.value.timer };
    case "activityPlaced": {
      const activity = payload.value.activity;
      if (!activity) return next;
      return { ...next, phases: placeActivity(state.phases, activity, payload.value.phaseNumber) };
    }
    case "timerChanged":
      return { ...next, timer: payload.value.timer };
    case "boardAdded": {
      const board = payload.value.board;
      if (!board || state.boards.some((known) => known.id === board.id)) return next;
      return { ...next, boards: [...state.boards, board] };
    }
    case "writingChanged": {
      const { boardId, open } = payload.value;
      return { ...next, boards: updateBoard(state, boardId, (b) => ({ ...b, writingOpen: open })) };
    }
    case "boardRevealed": {
      const { boardId, notes } = payload.value;
      const revealedIds = new Set(notes.map((note) => note.id));
      return {
        ...next,
        boards: updateBoard(state, boardId, (b) => ({ ...b, revealed: true, hiddenCount: 0 })),
        notes: [...state.notes.filter((note) => !revealedIds.has(note.id)), ...notes],
        ownHidden: state.ownHidden.filter((note) => note.boardId !== boardId),
      };
    }
    case "noteAdded": {
      const note = payload.value.note;
      if (!note) return next;
      return {
        ...next,
        notes: [...withoutNote(state.notes, note.id), note],
        ownHidden: withoutNote(state.ownHidden, note.id),
      };
    }
    case "hiddenNoteCount": {
      const { boardId, hiddenCount, writerCount } = payload.value;
      return {
        ...next,
        boards: updateBoard(state, boardId, (b) => ({ ...b, hiddenCount, writerCount })),
      };
    }
    case "noteEdited": {
      const { noteId, text } = payload.value;
      return {
        ...next,
        notes: state.notes.map((note) => (note.id === noteId ? { ...note, text } : note)),
      };
    }
    case "noteRemoved": {
      const id = payload.value.noteId;
      return {
        ...next,
        notes: withoutNote(state.notes, id),
        ownHidden: withoutNote(state.ownHidden, id),
      };
    }
    case "noteMoved": {
      const { noteId, zoneId } = payload.value;
      return {
        ...next,
        notes: state.notes.map((note) => (note.id === noteId ? { ...note, zoneId } : note)),
      };
    }
    case "notesMerged": {
      // The server sends the merged text, so the merge rule lives in one place.
      const { intoNoteId, noteId, text } = payload.value;
      const notes = withoutNote(state.notes, noteId).map((note) =>
        note.id === intoNoteId ? { ...note, text, mergedIds: [...note.mergedIds, noteId] } : note,
      );
      return { ...next, notes };
    }
    case "voteOpened": {
      const vote = payload.value.vote;
      if (!vote || state.votes.some((known) => known.id === vote.id)) return next;
      return { ...next, votes: [...state.votes, vote], dilemmas: withPoll(state.dilemmas, vote) };
    }
    case "voteProgress": {
      const { voteId, votedCount, eligibleCount } = payload.value;
      return {
        ...next,
        votes: updateVote(state, voteId, (v) => ({ ...v, votedCount, eligibleCount })),
      };
    }
    case "voteClosed": {
      const id = payload.value.voteId;
      return { ...next, votes: updateVote(state, id, (v) => ({ ...v, status: VoteStatus.CLOSED })) };
    }
    case "voteRevealed": {
      const result = payload.value.result;
      if (!result) return next;
      // The ballot that completes a vote with auto-reveal on comes as this event, not as a
      // VoteProgress: the count follows the tally, so no "1/2 voted" stays beside the spread.
      const ballots = result.tally.reduce((sum, entry) => sum + entry.count, 0);
      return {
        ...next,
        votes: updateVote(state, result.voteId, (v) => ({
          ...v,
          status: VoteStatus.REVEALED,
          votedCount: Math.max(v.votedCount, ballots),
        })),
        results: [...state.results.filter((known) => known.voteId !== result.voteId), result],
      };
    }
    case "focusSet":
      return applyFocusSet(next, payload);
    case "minGroupSizeSet":
      return { ...next, minGroupSize: payload.value.size || DEFAULT_MIN_GROUP_SIZE };
    case "autoRevealSet":
      return { ...next, autoReveal: payload.value.on };
    case "projectorLinkReplaced":
      return { ...next, projectorLinkSeq: event.seq };
    case "memberJoined": {
      const { member, participantCount, boardMemberCount } = payload.value;
      const members = member ? [...state.members, member] : state.members;
      // Eligible counts of open votes follow the room's membership.
      const votes = state.votes.map((vote) => {
        if (vote.status !== VoteStatus.OPEN) return vote;
        const eligible =
          vote.audience === VoteAudience.BOARD ? boardMemberCount : participantCount;
        return { ...vote, eligibleCount: eligible };
      });
      return { ...next, members, votes, participantCount, boardMemberCount };
    }
    case "strategySet":
    case "dilemmaAdded":
    case "dilemmaEdited":
    case "outcomeRecorded":
    case "strategyMarksShown":
    case "proposalSubmitted":
    case "proposalDismissed":
      return applyMethodEvent(next, payload);
    case "bundleCreated":
    case "bundleRevealed":
    case "decisionRecorded":
    case "bundleRoundOpened":
      return applyBundleEvent(next, payload);
    case "roomAttached":
    case "feedbackSet":
    case "decisionsReleased":
    case "newsDelivered":
    case "programmeRoomGone":
    case "newsReceived":
    case "dilemmaImported":
      return applyProgrammeEvent(next, payload);
    case "actionSaved":
    case "actionRemoved":
    case "actionScoreProgress":
    case "rankingRevealed":
      return applyActionEvent(next, payload);
  }
  return next;
}

// This device's own note, accepted on an unrevealed private-first board.
export function addOwnHidden(state: RoomState, note: Note): RoomState {
  return { ...state, ownHidden: [...withoutNote(state.ownHidden, note.id), note] };
}

export function moveOwnHidden(state: RoomState, noteId: bigint, zoneId: number): RoomState {
  return {
    ...state,
    ownHidden: state.ownHidden.map((note) => (note.id === noteId ? { ...note, zoneId } : note)),
  };
}

export function dropOwnHidden(state: RoomState, noteId: bigint): RoomState {
  return { ...state, ownHidden: withoutNote(state.ownHidden, noteId) };
}

export function setOwnNotes(state: RoomState, notes: Note[]): RoomState {
  const unrevealed = new Set(
    state.boards.filter((board) => isPrivateUnrevealed(board)).map((board) => board.id),
  );
  return { ...state, ownHidden: notes.filter((note) => unrevealed.has(note.boardId)) };
}

// Notes of one zone of a board as this device sees them (own hidden notes included).
export function notesIn(state: RoomState, boardId: bigint, zoneId: number): Note[] {
  return [...state.notes, ...state.ownHidden].filter(
    (note) => note.boardId === boardId && note.zoneId === zoneId,
  );
}

// A vote's revealed result; undefined until the reveal.
export function voteResult(state: RoomState, voteId: bigint): VoteResult | undefined {
  return state.results.find((result) => result.voteId === voteId);
}

export function boardById(state: RoomState, id: bigint): Board | undefined {
  return state.boards.find((board) => board.id === id);
}

export function isCircles(board: Board): boolean {
  return board.kind === BoardKind.CIRCLES;
}
