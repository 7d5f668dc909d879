// A RoomClient on a fake network, a manual clock and a hand-fired `online` event, and the server's
// side of a first join, shared by the room client's tests.
import type { MessageInitShape } from "@bufbuild/protobuf";
import { RoomClient } from "../src/net/room_client";
import type { RoomEventSchema } from "../src/proto";
import { BoardKind, Role, WritingMode } from "../src/proto";
import { DeviceSecrets, memoryStore } from "../src/store/device_secrets";
import { FakeNetwork, FakeOnline, ManualTimers } from "./fakes";

export function setup(store = memoryStore(), timers = new ManualTimers()) {
  const network = new FakeNetwork();
  const online = new FakeOnline();
  const client = new RoomClient({
    credential: { kind: "participantCode", value: "K7MP4QRX" },
    displayName: "Anna",
    transport: network.factory,
    secrets: new DeviceSecrets(store, "participantCode.K7MP4QRX"),
    timers,
    random: () => 0,
    online: online.signal,
  });
  return { network, timers, client, store, online };
}

export const memberSecret = new Uint8Array(32).fill(7);

export function joinFresh(network: FakeNetwork, seq = 0n) {
  const connection = network.last;
  connection.open();
  const join = connection.ofCase("joinRoom")[0];
  connection.push({
    requestId: join.requestId,
    payload: {
      case: "joined",
      value: {
        role: Role.PARTICIPANT,
        memberId: 5n,
        memberSecret,
        recovered: false,
        snapshot: {
          epoch: 3n,
          seq,
          title: "Kleine keuzes",
          boards: [{ id: 1n, kind: BoardKind.CIRCLES, writingMode: WritingMode.PRIVATE_FIRST, writingOpen: true }],
        },
      },
    },
  });
  return connection;
}

type EventPayload = MessageInitShape<typeof RoomEventSchema>["payload"];

export function event(seq: bigint, payload: EventPayload = { case: undefined }) {
  return { requestId: 0n, payload: { case: "event" as const, value: { epoch: 3n, seq, payload } } };
}
