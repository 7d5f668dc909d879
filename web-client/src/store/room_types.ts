// The shape of the room state, apart from the functions over it. room_state.ts advances it and
// imports the slices (method_state, bundle_state, action_state, focus_state, spotlight) it delegates to; the
// slices and the other readers take these types from here, not from room_state.ts, so that no
// import goes back to it. This module imports no module of the store (store_imports.test.ts).
import type {
  Action,
  Board,
  Bundle,
  Dilemma,
  Focus,
  Member,
  Note,
  Phase,
  ProgrammeNews,
  ProgrammeRoom,
  Proposal,
  RankingEntry,
  ReleasedDecision,
  RoomKind,
  Timer,
  Vote,
  VoteResult,
} from "../proto";

// What the projector shows while the room has no focus yet; spotlight.ts says when it changes.
export type Spotlight = "workshop" | "bundle" | "actions";

export interface RoomState {
  epoch: bigint;
  seq: bigint;
  // The at_ms of the event at `seq` (0n after a snapshot): sent when resuming, so a server whose
  // log holds another event there (after a Redis failover) answers with a snapshot.
  seqAtMs: bigint;
  title: string;
  phases: Phase[];
  timer: Timer | undefined;
  boards: Board[];
  // Notes everybody in the room may see.
  notes: Note[];
  // This device's own notes on unrevealed private-first boards: known from its own acks and
  // from ClaimNotes, never from the room's events.
  ownHidden: Note[];
  votes: Vote[];
  results: VoteResult[];
  members: Member[];
  participantCount: number;
  boardMemberCount: number;
  participantCode: string;
  boardCode: string;
  // The small-choices method (see method_state.ts).
  strategy: string;
  dilemmas: Dilemma[];
  // The intake: only the facilitator ever receives proposals; empty on every other device.
  proposals: Proposal[];
  strategyMarksShown: boolean;
  // The board session (see bundle_state.ts).
  bundles: Bundle[];
  // Actions and the ranking as last revealed (see action_state.ts).
  actions: Action[];
  ranking: RankingEntry[];
  // What the room looks at now, set by the facilitator (see focus_state.ts); kind UNSPECIFIED
  // until the first SetFocus.
  focus: Focus;
  // The projector's overview while the focus is UNSPECIFIED (see spotlight.ts).
  spotlight: Spotlight;
  // The room's minimum group size k (see anonymity.ts): a secret ballot is revealed from k votes
  // on, a private-first board with fewer than k writers only after the facilitator confirms.
  minGroupSize: number;
  // Auto-reveal (SetAutoReveal): the ballot that completes a vote reveals it.
  autoReveal: boolean;
  // Facilitator only: the seq at which the projector link was last replaced, 0n while the room's
  // first one holds (see projector_link.tsx).
  projectorLinkSeq: bigint;
  // Programmes (see programme_state.ts). kind: a workshop or a programme. A programme's lead
  // holds its rooms and the decisions it released; every other room holds at most the newest
  // package its programme sent (undefined for a room on its own).
  kind: RoomKind;
  programmeRooms: ProgrammeRoom[];
  released: ReleasedDecision[];
  news: ProgrammeNews | undefined;
}
