// Anonymity in small groups: the room's minimum group size k and what it means for a reveal.
// The server enforces the rules (docs/protocol.md, "Votes" and "Rooms, boards, notes"); these
// pure functions let every view say the same thing before anyone acts:
// - a secret ballot (a group poll, a board vote, a bundle item) is revealed only once at least k
//   have voted; open cards have no such rule;
// - a private-first board that fewer than k different people wrote on (but at least one) is
//   revealed only when the facilitator confirms (RevealBoard.confirm_small_group).
// Texts come back as a string key and its parameters, so they stay testable and translatable.
import type { StringKey } from "../i18n/strings";
import type { Board, Bundle, Vote } from "../proto";
import { BallotMode, VoteStatus } from "../proto";
import type { RoomState } from "./room_types";
import { isPrivateUnrevealed } from "./room_state";

// The bounds SetMinGroupSize accepts (the server's limits); a new room has DEFAULT_MIN_GROUP_SIZE.
export { DEFAULT_MIN_GROUP_SIZE } from "./room_state";
export const MIN_GROUP_SIZE_MIN = 1;
export const MIN_GROUP_SIZE_MAX = 20;

export interface Phrase {
  key: StringKey;
  params: Record<string, number>;
}

export type VoteRevealGate =
  | { kind: "ready" }
  // `voted` is the count of the item furthest from k (for a bundle, the fewest votes of any item).
  | { kind: "waitForVotes"; needed: number; voted: number };

export type BoardRevealGate =
  | { kind: "ready" }
  | { kind: "confirmSmallGroup"; writers: number; needed: number };

export function isValidMinGroupSize(size: number): boolean {
  return Number.isInteger(size) && size >= MIN_GROUP_SIZE_MIN && size <= MIN_GROUP_SIZE_MAX;
}

// Whether the facilitator's reveal of one vote must wait for more ballots.
export function voteRevealGate(vote: Vote, minGroupSize: number): VoteRevealGate {
  if (vote.mode !== BallotMode.SECRET || vote.status === VoteStatus.REVEALED) return { kind: "ready" };
  if (vote.votedCount >= minGroupSize) return { kind: "ready" };
  return { kind: "waitForVotes", needed: minGroupSize, voted: vote.votedCount };
}

// "Reveal all at once" turns every item not yet revealed together, so one item short of k holds
// them all (as the server decides it).
export function bundleRevealGate(state: RoomState, bundle: Bundle): VoteRevealGate {
  let shortest: VoteRevealGate = { kind: "ready" };
  for (const item of bundle.items) {
    const vote = state.votes.find((known) => known.id === item.voteId);
    if (!vote) continue;
    const gate = voteRevealGate(vote, state.minGroupSize);
    if (gate.kind === "waitForVotes" && (shortest.kind === "ready" || gate.voted < shortest.voted)) shortest = gate;
  }
  return shortest;
}

// Whether revealing a board needs the facilitator's confirmation. A board nobody wrote on has
// nobody to single out; an open or revealed board has nothing hidden.
export function boardRevealGate(board: Board, minGroupSize: number): BoardRevealGate {
  if (!isPrivateUnrevealed(board)) return { kind: "ready" };
  const writers = board.writerCount;
  if (writers === 0 || writers >= minGroupSize) return { kind: "ready" };
  return { kind: "confirmSmallGroup", writers, needed: minGroupSize };
}

// The facilitator's explanation beside a disabled reveal button.
export function voteWaitPhrase(gate: Extract<VoteRevealGate, { kind: "waitForVotes" }>, wholeBundle = false): Phrase {
  const one = gate.needed === 1;
  const key: StringKey = wholeBundle
    ? one ? "bundleWaitOne" : "bundleWait"
    : one ? "voteWaitOne" : "voteWait";
  return { key, params: { k: gate.needed, n: gate.voted } };
}

// The confirm step of a small private-first board: the warning, then the button's new label.
export function smallGroupWarningPhrase(gate: Extract<BoardRevealGate, { kind: "confirmSmallGroup" }>): Phrase {
  return { key: gate.writers === 1 ? "smallGroupWarningOne" : "smallGroupWarning", params: { n: gate.writers, k: gate.needed } };
}

export function revealAnywayPhrase(gate: Extract<BoardRevealGate, { kind: "confirmSmallGroup" }>): Phrase {
  return { key: gate.writers === 1 ? "revealAnywayOne" : "revealAnyway", params: { n: gate.writers } };
}

export function writerCountPhrase(writers: number): Phrase {
  return { key: writers === 1 ? "writersOne" : "writers", params: { n: writers } };
}

// What a voter is promised on the card, one sentence or two: who learns what, and, on a secret
// ballot with k above 1, that the result waits for k votes.
export function ballotGuarantee(vote: Vote, minGroupSize: number): Phrase[] {
  if (vote.mode !== BallotMode.SECRET) return [{ key: "guaranteeOpenCards", params: {} }];
  const phrases: Phrase[] = [{ key: "guaranteeSecret", params: {} }];
  if (minGroupSize > 1) phrases.push({ key: "guaranteeSecretWaits", params: { k: minGroupSize } });
  return phrases;
}

// What a writer is promised beside the composer. A revealed private-first board shows new notes
// at once, so it promises what an open board does.
export function noteGuarantee(board: Board, minGroupSize: number): Phrase[] {
  if (!isPrivateUnrevealed(board)) return [{ key: "guaranteeOpenNote", params: {} }];
  const phrases: Phrase[] = [{ key: "guaranteeHiddenNote", params: {} }];
  if (minGroupSize > 1) phrases.push({ key: "guaranteeHiddenNoteSmallGroup", params: { k: minGroupSize } });
  return phrases;
}
