// Creates a programme (CreateRoom with kind PROGRAMME) on a short-lived connection. Its
// facilitator secret is the lead's link; a programme has no agenda, participants or projector, so
// nothing else is set up here (create_room.ts does that for a workshop).
import type { RoomCreated, ServerMessage } from "../proto";
import { ClientMessageSchema, ProtocolVersion, RoomKind, ServerBatchSchema, create, fromBinary, toBinary } from "../proto";
import { browserTimeZone } from "./create_room";

export function createProgramme(url: string, title: string): Promise<RoomCreated> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.binaryType = "arraybuffer";
    const send = (requestId: bigint, payload: unknown) =>
      socket.send(toBinary(ClientMessageSchema, create(ClientMessageSchema, { requestId, payload } as never)));
    socket.onopen = () => {
      send(1n, { case: "hello", value: { protocolVersion: ProtocolVersion.PROTOCOL_VERSION_1, client: "kring-web/1" } });
      send(2n, { case: "createRoom", value: { title, timeZone: browserTimeZone(), kind: RoomKind.PROGRAMME } });
    };
    socket.onmessage = (event) => {
      const batch = fromBinary(ServerBatchSchema, new Uint8Array(event.data as ArrayBuffer));
      for (const message of batch.messages) onMessage(message);
    };
    const onMessage = (message: ServerMessage) => {
      if (message.payload.case === "roomCreated") {
        resolve(message.payload.value);
        socket.close();
      } else if (message.payload.case === "error") {
        reject(new Error(message.payload.value.detail || "error"));
        socket.close();
      }
    };
    socket.onerror = () => reject(new Error("connection failed"));
  });
}
