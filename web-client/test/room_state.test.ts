import { describe, expect, it } from "vitest";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { BoardKind, RoomEventSchema, Role, SnapshotSchema, VoteAudience, VoteStatus, WritingMode, create } from "../src/proto";
import { addOwnHidden, applyEvent, emptyRoom, fromSnapshot, notesIn, setOwnNotes } from "../src/store/room_state";

type EventPayload = MessageInitShape<typeof RoomEventSchema>["payload"];
let seq = 0n;
function ev(payload: EventPayload) {
  seq += 1n;
  return create(RoomEventSchema, { epoch: 1n, seq, payload });
}

function roomWithBoard(mode = WritingMode.PRIVATE_FIRST) {
  seq = 0n;
  const snapshot = create(SnapshotSchema, {
    epoch: 1n,
    seq: 0n,
    title: "Kleine keuzes",
    boards: [{ id: 7n, kind: BoardKind.CIRCLES, writingMode: mode, writingOpen: true, zones: [{ id: 0, label: "unsorted" }, { id: 1, label: "changeable" }] }],
    members: [{ id: 1n, role: Role.PARTICIPANT }, { id: 2n, role: Role.BOARD_MEMBER }],
    participantCode: "K7MP4QRX",
  });
  return fromSnapshot(emptyRoom(), snapshot);
}

const note = (id: bigint, text: string, zoneId = 0) => ({ id, boardId: 7n, zoneId, text, mergedIds: [] }) as never;

describe("room state", () => {
  it("takes everything from a snapshot and counts members per role", () => {
    const state = roomWithBoard();
    expect(state.title).toBe("Kleine keuzes");
    expect(state.participantCount).toBe(1);
    expect(state.boardMemberCount).toBe(1);
    expect(state.participantCode).toBe("K7MP4QRX");
  });

  it("shows others only the hidden count and the author its own note until the reveal", () => {
    let state = roomWithBoard();
    state = applyEvent(state, ev({ case: "hiddenNoteCount", value: { boardId: 7n, hiddenCount: 1 } }));
    state = addOwnHidden(state, note(100n, "mine"));
    expect(state.boards[0].hiddenCount).toBe(1);
    expect(notesIn(state, 7n, 0).map((n) => n.text)).toEqual(["mine"]);
    expect(state.notes).toHaveLength(0);

    state = applyEvent(state, ev({ case: "boardRevealed", value: { boardId: 7n, notes: [note(101n, "theirs"), note(100n, "mine")] } }));
    expect(state.boards[0].revealed).toBe(true);
    expect(state.boards[0].hiddenCount).toBe(0);
    expect(state.ownHidden).toHaveLength(0);
    expect(notesIn(state, 7n, 0).map((n) => n.text)).toEqual(["theirs", "mine"]);
  });

  it("moves, edits, merges and removes notes", () => {
    let state = roomWithBoard(WritingMode.OPEN);
    state = applyEvent(state, ev({ case: "noteAdded", value: { note: note(1n, "a") } }));
    state = applyEvent(state, ev({ case: "noteAdded", value: { note: note(2n, "b") } }));
    state = applyEvent(state, ev({ case: "noteMoved", value: { noteId: 2n, zoneId: 1 } }));
    expect(notesIn(state, 7n, 1).map((n) => n.text)).toEqual(["b"]);
    state = applyEvent(state, ev({ case: "noteEdited", value: { noteId: 1n, text: "a2" } }));
    state = applyEvent(state, ev({ case: "notesMerged", value: { intoNoteId: 1n, noteId: 2n, text: "a2\n\nb" } }));
    expect(state.notes).toHaveLength(1);
    expect(state.notes[0].text).toBe("a2\n\nb");
    expect(state.notes[0].mergedIds).toEqual([2n]);
    state = applyEvent(state, ev({ case: "noteRemoved", value: { noteId: 1n } }));
    expect(state.notes).toHaveLength(0);
  });

  it("advances its position on a sealed event without changing anything else", () => {
    const state = roomWithBoard();
    const next = applyEvent(state, ev(undefined as never));
    expect(next.seq).toBe(1n);
    expect(next.boards).toBe(state.boards);
  });

  it("tracks a vote from progress to the revealed tally", () => {
    let state = roomWithBoard();
    state = applyEvent(state, ev({ case: "voteOpened", value: { vote: { id: 3n, audience: VoteAudience.BOARD, status: VoteStatus.OPEN, eligibleCount: 1 } } }));
    state = applyEvent(state, ev({ case: "memberJoined", value: { member: { id: 9n, role: Role.BOARD_MEMBER }, participantCount: 1, boardMemberCount: 2 } }));
    expect(state.votes[0].eligibleCount).toBe(2);
    state = applyEvent(state, ev({ case: "voteProgress", value: { voteId: 3n, votedCount: 1, eligibleCount: 2 } }));
    expect(state.votes[0].votedCount).toBe(1);
    state = applyEvent(state, ev({ case: "voteClosed", value: { voteId: 3n } }));
    expect(state.votes[0].status).toBe(VoteStatus.CLOSED);
    state = applyEvent(state, ev({ case: "voteRevealed", value: { result: { voteId: 3n, tally: [{ optionId: 2, count: 1 }] } } }));
    expect(state.votes[0].status).toBe(VoteStatus.REVEALED);
    expect(state.results[0].tally[0].count).toBe(1);
  });

  it("keeps claimed own notes only for boards that are still unrevealed", () => {
    let state = roomWithBoard();
    state = setOwnNotes(state, [note(5n, "kept"), { ...(note(6n, "gone") as object), boardId: 99n } as never]);
    expect(state.ownHidden.map((n) => n.text)).toEqual(["kept"]);
    const snapshotAfterReveal = create(SnapshotSchema, {
      epoch: 1n,
      seq: 9n,
      boards: [{ id: 7n, kind: BoardKind.CIRCLES, writingMode: WritingMode.PRIVATE_FIRST, revealed: true }],
      notes: [note(5n, "kept")],
    });
    state = fromSnapshot(state, snapshotAfterReveal);
    expect(state.ownHidden).toHaveLength(0);
    expect(state.notes.map((n) => n.text)).toEqual(["kept"]);
  });
});
