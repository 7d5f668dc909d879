import type { MessageInitShape } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { translate } from "../src/i18n/i18n";
import type { Board, Vote } from "../src/proto";
import { BallotMode, BoardKind, BoardSchema, BundleItemKind, VoteAudience, VoteSchema, VoteStatus, WritingMode, create } from "../src/proto";
import type { Phrase } from "../src/store/anonymity";
import {
  ballotGuarantee,
  boardRevealGate,
  bundleRevealGate,
  isValidMinGroupSize,
  noteGuarantee,
  revealAnywayPhrase,
  smallGroupWarningPhrase,
  voteRevealGate,
  voteWaitPhrase,
  writerCountPhrase,
} from "../src/store/anonymity";
import { applyEvent } from "../src/store/room_state";
import { ev, roomFrom } from "./room_events";

const vote = (mode: BallotMode, votedCount: number, extra: MessageInitShape<typeof VoteSchema> = {}): Vote =>
  create(VoteSchema, {
    id: 4n,
    title: "Dubbelglas",
    audience: VoteAudience.PARTICIPANTS,
    mode,
    status: VoteStatus.OPEN,
    votedCount,
    eligibleCount: 5,
    options: [{ id: 1, label: "a" }, { id: 2, label: "b" }],
    ...extra,
  });

const board = (writerCount: number, extra: MessageInitShape<typeof BoardSchema> = {}): Board =>
  create(BoardSchema, {
    id: 7n,
    kind: BoardKind.CIRCLES,
    writingMode: WritingMode.PRIVATE_FIRST,
    writingOpen: true,
    hiddenCount: writerCount,
    writerCount,
    ...extra,
  });

const say = (lang: "nl" | "en", phrases: Phrase | Phrase[]) =>
  (Array.isArray(phrases) ? phrases : [phrases]).map((phrase) => translate(lang, phrase.key, phrase.params)).join(" ");

describe("anonymity: secret ballots wait for k votes", () => {
  it("holds a secret ballot below k and says why, in both languages", () => {
    const gate = voteRevealGate(vote(BallotMode.SECRET, 2), 3);
    expect(gate).toEqual({ kind: "waitForVotes", needed: 3, voted: 2 });
    if (gate.kind !== "waitForVotes") throw new Error("expected a wait");
    expect(say("nl", voteWaitPhrase(gate))).toBe("Wacht op minstens 3 stemmen (nu 2) — met minder kan iemand herkend worden.");
    expect(say("en", voteWaitPhrase(gate))).toBe("Waiting for at least 3 votes (2 so far) so nobody can be singled out.");
  });

  it("lets a secret ballot go from k votes on, and open cards always", () => {
    expect(voteRevealGate(vote(BallotMode.SECRET, 3), 3).kind).toBe("ready");
    expect(voteRevealGate(vote(BallotMode.OPEN_CARDS, 1), 3).kind).toBe("ready");
    expect(voteRevealGate(vote(BallotMode.SECRET, 1), 3).kind).toBe("waitForVotes");
    expect(voteRevealGate(vote(BallotMode.SECRET, 0, { status: VoteStatus.REVEALED }), 3).kind).toBe("ready");
  });

  it("speaks of one vote when k is 1", () => {
    const gate = voteRevealGate(vote(BallotMode.SECRET, 0), 1);
    if (gate.kind !== "waitForVotes") throw new Error("expected a wait");
    expect(say("nl", voteWaitPhrase(gate))).toBe("Wacht op minstens 1 stem (nu 0).");
  });

  it("holds a whole bundle while any unrevealed secret item is short, naming the fewest votes", () => {
    let state = roomFrom({
      minGroupSize: 3,
      votes: [
        vote(BallotMode.SECRET, 4, { id: 1n, audience: VoteAudience.BOARD }),
        vote(BallotMode.SECRET, 2, { id: 2n, audience: VoteAudience.BOARD }),
        vote(BallotMode.SECRET, 1, { id: 3n, audience: VoteAudience.BOARD, status: VoteStatus.REVEALED }),
      ],
      bundles: [
        {
          id: 1n,
          title: "Bestuur",
          mode: BallotMode.SECRET,
          items: [
            { dilemmaId: 1n, kind: BundleItemKind.APPROVAL, voteId: 1n },
            { dilemmaId: 2n, kind: BundleItemKind.CHOICE, voteId: 2n },
            { dilemmaId: 3n, kind: BundleItemKind.CHOICE, voteId: 3n },
          ],
        },
      ],
    });
    const bundle = state.bundles[0];
    const gate = bundleRevealGate(state, bundle);
    expect(gate).toEqual({ kind: "waitForVotes", needed: 3, voted: 2 });
    if (gate.kind !== "waitForVotes") throw new Error("expected a wait");
    expect(say("nl", voteWaitPhrase(gate, true))).toBe(
      "Wacht tot elk punt minstens 3 stemmen heeft (het minste nu 2) — met minder kan iemand herkend worden.",
    );
    state = applyEvent(state, ev({ case: "voteProgress", value: { voteId: 2n, votedCount: 3, eligibleCount: 5 } }));
    expect(bundleRevealGate(state, bundle).kind).toBe("ready");
  });

  it("follows the facilitator's k from the snapshot and from MinGroupSizeSet", () => {
    let state = roomFrom({ minGroupSize: 4 });
    expect(state.minGroupSize).toBe(4);
    state = applyEvent(state, ev({ case: "minGroupSizeSet", value: { size: 2 } }));
    expect(state.minGroupSize).toBe(2);
    expect(roomFrom({}).minGroupSize).toBe(3);
  });

  it("accepts 1..20 as k", () => {
    expect([0, 1, 20, 21, 2.5, Number.NaN].map(isValidMinGroupSize)).toEqual([false, true, true, false, false, false]);
  });
});

describe("anonymity: a small private-first board needs a confirmation", () => {
  it("asks to confirm with 1..k-1 writers and says how many", () => {
    const gate = boardRevealGate(board(2), 3);
    expect(gate).toEqual({ kind: "confirmSmallGroup", writers: 2, needed: 3 });
    if (gate.kind !== "confirmSmallGroup") throw new Error("expected a confirmation");
    expect(say("nl", revealAnywayPhrase(gate))).toBe("Toch onthullen (pas 2 schrijvers)");
    expect(say("en", revealAnywayPhrase(gate))).toBe("Reveal anyway (only 2 writers)");
    expect(say("nl", smallGroupWarningPhrase(gate))).toBe(
      "Op dit bord schreven pas 2 mensen, minder dan 3. Na het onthullen is misschien te raden wie wat schreef.",
    );
    const one = boardRevealGate(board(1), 3);
    if (one.kind !== "confirmSmallGroup") throw new Error("expected a confirmation");
    expect(say("nl", revealAnywayPhrase(one))).toBe("Toch onthullen (pas 1 schrijver)");
  });

  it("reveals at once with no writers, k writers or more, and on open or revealed boards", () => {
    expect(boardRevealGate(board(0), 3).kind).toBe("ready");
    expect(boardRevealGate(board(3), 3).kind).toBe("ready");
    expect(boardRevealGate(board(1, { writingMode: WritingMode.OPEN }), 3).kind).toBe("ready");
    expect(boardRevealGate(board(1, { revealed: true }), 3).kind).toBe("ready");
    expect(boardRevealGate(board(1), 1).kind).toBe("ready");
  });

  it("keeps the writer count from hidden note events", () => {
    let state = roomFrom({ boards: [board(0)] });
    state = applyEvent(state, ev({ case: "hiddenNoteCount", value: { boardId: 7n, hiddenCount: 3, writerCount: 2 } }));
    expect(state.boards[0].writerCount).toBe(2);
    expect(say("nl", writerCountPhrase(2))).toBe("2 schrijvers");
    expect(say("en", writerCountPhrase(1))).toBe("1 writer");
  });
});

describe("anonymity: the promise where people act", () => {
  it("tells a voter who learns what, and that a secret result waits for k", () => {
    expect(say("nl", ballotGuarantee(vote(BallotMode.SECRET, 0), 3))).toBe(
      "Geheim: de facilitator en de groep zien alleen hoeveel mensen stemden en, na het onthullen, de uitslag — nooit wie wat koos. " +
        "Ook de server bewaart je keuze niet bij je naam. De uitslag komt pas als minstens 3 mensen stemden.",
    );
    expect(say("en", ballotGuarantee(vote(BallotMode.OPEN_CARDS, 0), 3))).toBe(
      "Open cards: after the reveal everybody sees who chose what.",
    );
    expect(ballotGuarantee(vote(BallotMode.SECRET, 0), 1)).toHaveLength(1);
  });

  it("tells a writer when the note shows and when the facilitator must confirm", () => {
    expect(say("nl", noteGuarantee(board(0), 3))).toBe(
      "Je notitie blijft verborgen tot de facilitator onthult. Schrijven er minder dan 3 mensen, dan vraagt Kring de facilitator eerst om bevestiging.",
    );
    expect(say("en", noteGuarantee(board(0, { writingMode: WritingMode.OPEN }), 3))).toBe(
      "Your note is visible to everybody at once, without your name. Nobody sees who wrote it, and the server does not keep it.",
    );
    expect(say("nl", noteGuarantee(board(2, { revealed: true }), 3))).toContain("meteen voor iedereen zichtbaar");
    expect(noteGuarantee(board(0), 1)).toHaveLength(1);
  });
});
