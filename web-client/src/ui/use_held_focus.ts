// Which focus a participant's task area shows. It follows the room's focus, except that moving the
// focus never takes work out of someone's hands: if the task shown holds an unsent note draft at
// the moment the focus moves (its composer keeps drafts on the device until the server has
// acknowledged them), the task stays where it is, mounted, and `movedOn` says the room is
// elsewhere. The participant finishes and sends, then follows the room with `follow` (or the room
// comes back to the task).
import { useRef, useState } from "preact/hooks";
import type { RoomClient } from "../net/room_client";
import type { Focus } from "../proto";
import { focusedBoardId, heldAfterMove, isMovedOn, sameFocus } from "../store/focus_state";

function holdsDraft(client: RoomClient, focus: Focus): boolean {
  const boardId = focusedBoardId(client.state, focus);
  return boardId !== undefined && client.secrets.draft(`note.${boardId}`).trim() !== "";
}

export function useHeldFocus(client: RoomClient): { shown: Focus; movedOn: boolean; follow(): void } {
  const roomFocus = client.state.focus;
  // The room's focus as of the previous render, to see a move the moment it arrives: deciding in
  // an effect would first render the new task and unmount the composer.
  const seen = useRef<Focus>(roomFocus);
  const [held, setHeld] = useState<Focus | undefined>(undefined);
  let holding = held;
  if (!sameFocus(seen.current, roomFocus)) {
    holding = heldAfterMove(held, seen.current, roomFocus, (focus) => holdsDraft(client, focus));
    if (holding !== held) setHeld(holding);
    seen.current = roomFocus;
  }
  const movedOn = isMovedOn(holding, roomFocus);
  return {
    shown: movedOn && holding ? holding : roomFocus,
    movedOn,
    follow: () => setHeld(undefined),
  };
}
