// Which focus a participant's task area shows. It follows the room's focus, except that moving the
// focus never takes work out of someone's hands: while the task shown holds an unsent note draft
// (its composer keeps drafts on the device until the server acknowledges them), the task stays
// where it is, mounted, and `movedOn` says the room is elsewhere. Sending the note, or following
// the room by hand (`follow`), lets it move.
import { useEffect, useState } from "preact/hooks";
import type { RoomClient } from "../net/room_client";
import type { Focus } from "../proto";
import { focusedBoardId, sameFocus } from "../store/focus_state";

function holdsDraft(client: RoomClient, focus: Focus): boolean {
  const boardId = focusedBoardId(client.state, focus);
  return boardId !== undefined && client.secrets.draft(`note.${boardId}`).trim() !== "";
}

export function useHeldFocus(client: RoomClient): { shown: Focus; movedOn: boolean; follow(): void } {
  const roomFocus = client.state.focus;
  const [held, setHeld] = useState<Focus>(roomFocus);
  const movedOn = !sameFocus(held, roomFocus) && holdsDraft(client, held);
  useEffect(() => {
    if (!movedOn && !sameFocus(held, roomFocus)) setHeld(roomFocus);
  });
  return { shown: movedOn ? held : roomFocus, movedOn, follow: () => setHeld(roomFocus) };
}
