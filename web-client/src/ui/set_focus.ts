// Sends SetFocus. Setting the focus the room already has is rejected with WRONG_PHASE (two presses,
// or two facilitator devices): the room is where it was asked to be, so that is no error here.
import type { RoomClient } from "../net/room_client";
import { CommandRejected } from "../net/room_client";
import type { Focus } from "../proto";
import { ErrorCode } from "../proto";

export function setFocus(client: RoomClient, focus: Focus, openWriting = false): Promise<void> {
  return client
    .command({ case: "setFocus", value: { focus, openWriting } })
    .then(() => undefined)
    .catch((failure: unknown) => {
      if (failure instanceof CommandRejected && failure.code === ErrorCode.WRONG_PHASE) return;
      throw failure;
    });
}
