import { describe, expect, it } from "vitest";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { BundleItemKind, RoomEventSchema, RoomKind, SnapshotSchema, create } from "../src/proto";
import { isImported, newsDecisionFor } from "../src/store/programme_state";
import { applyEvent, emptyRoom, fromSnapshot } from "../src/store/room_state";

type EventPayload = MessageInitShape<typeof RoomEventSchema>["payload"];
let seq = 0n;
function ev(payload: EventPayload) {
  seq += 1n;
  return create(RoomEventSchema, { epoch: 1n, seq, payload });
}
function room(init: MessageInitShape<typeof SnapshotSchema> = {}) {
  seq = 0n;
  return fromSnapshot(emptyRoom(), create(SnapshotSchema, { epoch: 1n, seq: 0n, title: "Traject", ...init }));
}
const decision = (roomId: bigint, dilemmaId: bigint, reason: string) => ({
  roomId,
  dilemmaId,
  title: "Dubbelglas",
  kind: BundleItemKind.CHOICE,
  decision: 3,
  reason,
  scenario: 3,
  followsStrategy: true,
  boardCounts: [0, 1, 2],
});
const news = (version: bigint, feedback: string) => ({
  programmeId: 9n,
  version,
  programmeTitle: "Traject wonen",
  jobFamily: "Onderhoud",
  strategy: "Betaalbaar wonen",
  decisions: [decision(5n, 2n, "Past bij de strategie")],
  feedback,
});

describe("programme state", () => {
  it("takes the kind, rooms, released decisions and package from a snapshot", () => {
    const state = room({
      kind: RoomKind.PROGRAMME,
      programmeRooms: [{ roomId: 5n, jobFamily: "Onderhoud" }],
      released: [decision(5n, 2n, "r")],
      news: news(4n, "Goed gedaan"),
    });
    expect(state.kind).toBe(RoomKind.PROGRAMME);
    expect(state.programmeRooms.map((r) => r.jobFamily)).toEqual(["Onderhoud"]);
    expect(state.released).toHaveLength(1);
    expect(state.news?.feedback).toBe("Goed gedaan");
  });

  it("folds the lead's events: attach, feedback, delivery, gone, release", () => {
    let state = room({ kind: RoomKind.PROGRAMME });
    state = applyEvent(state, ev({ case: "roomAttached", value: { roomId: 5n, jobFamily: "Onderhoud" } }));
    state = applyEvent(state, ev({ case: "roomAttached", value: { roomId: 5n, jobFamily: "dubbel" } }));
    state = applyEvent(state, ev({ case: "roomAttached", value: { roomId: 6n, jobFamily: "Bestuur", boardMeeting: true } }));
    expect(state.programmeRooms.map((r) => [r.jobFamily, r.boardMeeting])).toEqual([
      ["Onderhoud", false],
      ["Bestuur", true],
    ]);
    state = applyEvent(state, ev({ case: "feedbackSet", value: { roomId: 5n, text: "Dank" } }));
    state = applyEvent(state, ev({ case: "newsDelivered", value: { roomId: 5n, version: 7n } }));
    state = applyEvent(state, ev({ case: "newsDelivered", value: { roomId: 5n, version: 3n } }));
    state = applyEvent(state, ev({ case: "programmeRoomGone", value: { roomId: 6n } }));
    expect(state.programmeRooms[0]).toMatchObject({ feedback: "Dank", deliveredVersion: 7n, gone: false });
    expect(state.programmeRooms[1].gone).toBe(true);
    state = applyEvent(state, ev({ case: "decisionsReleased", value: { decisions: [decision(5n, 2n, "eerst")] } }));
    state = applyEvent(state, ev({ case: "decisionsReleased", value: { decisions: [decision(5n, 2n, "later"), decision(5n, 3n, "x")] } }));
    expect(state.released.map((d) => [d.dilemmaId, d.reason])).toEqual([
      [2n, "later"],
      [3n, "x"],
    ]);
    expect(state.seq).toBe(9n);
  });

  it("keeps the newest package only", () => {
    let state = room();
    expect(state.news).toBeUndefined();
    state = applyEvent(state, ev({ case: "newsReceived", value: { news: news(4n, "vier") } }));
    state = applyEvent(state, ev({ case: "newsReceived", value: { news: news(3n, "drie") } }));
    expect(state.news?.feedback).toBe("vier");
    state = applyEvent(state, ev({ case: "newsReceived", value: { news: news(8n, "acht") } }));
    expect(state.news?.feedback).toBe("acht");
    expect(newsDecisionFor(state, 2n)?.reason).toBe("Past bij de strategie");
    expect(newsDecisionFor(state, 3n)).toBeUndefined();
  });

  it("adds an imported dilemma once, with its source", () => {
    let state = room();
    const imported = {
      id: 11n,
      title: "Dubbelglas",
      scenarios: ["a", "b", "c"],
      source: { roomId: 5n, dilemmaId: 2n, jobFamily: "Onderhoud", pollCounts: [1, 0, 2], pollBallots: 3 },
    };
    state = applyEvent(state, ev({ case: "dilemmaImported", value: { dilemma: imported } }));
    state = applyEvent(state, ev({ case: "dilemmaImported", value: { dilemma: { ...imported, title: "x" } } }));
    expect(state.dilemmas.map((d) => d.title)).toEqual(["Dubbelglas"]);
    expect(isImported(state.dilemmas[0])).toBe(true);
    expect(state.dilemmas[0].source?.pollCounts).toEqual([1, 0, 2]);
    expect(state.boards).toEqual([]);
  });
});
