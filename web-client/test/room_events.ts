// Builders for store tests: events in seq order and a room from a snapshot.
import type { MessageInitShape } from "@bufbuild/protobuf";
import { RoomEventSchema, SnapshotSchema, create } from "../src/proto";
import { emptyRoom, fromSnapshot } from "../src/store/room_state";

type EventPayload = MessageInitShape<typeof RoomEventSchema>["payload"];

let seq = 0n;

export function ev(payload: EventPayload) {
  seq += 1n;
  return create(RoomEventSchema, { epoch: 1n, seq, payload });
}

export function roomFrom(init: MessageInitShape<typeof SnapshotSchema> = {}) {
  seq = 0n;
  return fromSnapshot(emptyRoom(), create(SnapshotSchema, { epoch: 1n, seq: 0n, title: "Kleine keuzes", ...init }));
}
