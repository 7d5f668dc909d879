// Note commands as the views use them, with the bookkeeping of own hidden notes.
import type { RoomClient } from "../net/room_client";
import { randomBytes } from "../net/random";
import type { Board, Note } from "../proto";
import { Role } from "../proto";
import { dropOwnHidden, isPrivateUnrevealed, moveOwnHidden } from "../store/room_state";

export async function addNote(client: RoomClient, board: Board, zoneId: number, text: string) {
  const secret = randomBytes(32);
  const ack = await client.command({
    case: "addNote",
    value: { boardId: board.id, zoneId, text, noteSecret: secret },
  });
  const current = client.state.boards.find((known) => known.id === board.id);
  if (current && isPrivateUnrevealed(current)) {
    client.rememberOwnHidden(ack.createdId, board.id, zoneId, text, secret);
  } else {
    client.rememberOwnNote(ack.createdId, secret);
  }
}

export function isOwnHidden(client: RoomClient, note: Note): boolean {
  return client.state.ownHidden.some((own) => own.id === note.id);
}

export function mayMove(client: RoomClient, board: Board, note: Note): boolean {
  if (client.role === Role.FACILITATOR) return true;
  if (client.role !== Role.PARTICIPANT) return false;
  return board.participantsMayMove || client.secrets.noteSecret(note.id) !== undefined;
}

export async function moveNote(client: RoomClient, note: Note, zoneId: number) {
  const ownHidden = isOwnHidden(client, note);
  const secret =
    client.role === Role.FACILITATOR ? undefined : client.secrets.noteSecret(note.id);
  await client.command({
    case: "moveNote",
    value: { noteId: note.id, zoneId, noteSecret: secret ?? new Uint8Array() },
  });
  if (ownHidden) client.updateState(moveOwnHidden(client.state, note.id, zoneId));
}

// Deletes this device's own note (hidden or not) with its secret.
export async function deleteOwnNote(client: RoomClient, note: Note) {
  const secret = client.secrets.noteSecret(note.id);
  if (!secret) return;
  await client.command({ case: "deleteNote", value: { noteId: note.id, noteSecret: secret } });
  client.updateState(dropOwnHidden(client.state, note.id));
}
