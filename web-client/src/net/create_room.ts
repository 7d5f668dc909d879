// Creates a room on a short-lived connection and sets the default agenda as its facilitator.
// The projector token is shown only here (the server keeps its hash), so the caller stores it.
import type { RoomCreated, ServerMessage } from "../proto";
import { ClientMessageSchema, ProtocolVersion, ServerBatchSchema, create, fromBinary, toBinary } from "../proto";
import { randomBytes } from "./random";

export interface PhasePlan {
  title: string;
  plannedSeconds: number;
}

export function defaultAgenda(titles: [string, string, string]): PhasePlan[] {
  return [
    { title: titles[0], plannedSeconds: 15 * 60 },
    { title: titles[1], plannedSeconds: 90 * 60 },
    { title: titles[2], plannedSeconds: 15 * 60 },
  ];
}

// The facilitator's time zone as the browser names it (IANA), for the record's times; empty when
// the browser names none (the server then takes Europe/Amsterdam).
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    return "";
  }
}

export function createRoom(url: string, title: string, phases: PhasePlan[]): Promise<RoomCreated> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.binaryType = "arraybuffer";
    let created: RoomCreated | undefined;
    const send = (requestId: bigint, payload: unknown) =>
      socket.send(toBinary(ClientMessageSchema, create(ClientMessageSchema, { requestId, payload } as never)));
    socket.onopen = () => {
      send(1n, { case: "hello", value: { protocolVersion: ProtocolVersion.PROTOCOL_VERSION_1, client: "kring-web/1" } });
      send(2n, { case: "createRoom", value: { title, timeZone: browserTimeZone() } });
    };
    socket.onmessage = (event) => {
      const batch = fromBinary(ServerBatchSchema, new Uint8Array(event.data as ArrayBuffer));
      for (const message of batch.messages) onMessage(message);
    };
    const onMessage = (message: ServerMessage) => {
      const payload = message.payload;
      if (payload.case === "roomCreated") {
        created = payload.value;
        send(3n, { case: "joinRoom", value: { credential: { case: "facilitatorSecret", value: created.facilitatorSecret } } });
      } else if (payload.case === "joined") {
        send(4n, {
          case: "command",
          value: { idempotencyKey: randomBytes(32), command: { case: "setAgenda", value: { phases } } },
        });
      } else if (payload.case === "ack" && created) {
        resolve(created);
        socket.close();
      } else if (payload.case === "error") {
        reject(new Error(payload.value.detail || "error"));
        socket.close();
      }
    };
    socket.onerror = () => reject(new Error("connection failed"));
  });
}

export function projectorTokenKey(facilitatorSecret: string): string {
  return `kring.projector.${facilitatorSecret}`;
}
