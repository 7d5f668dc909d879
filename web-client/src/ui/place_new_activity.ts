// What the console makes during the workshop belongs to the phase the clock is in: after the
// AddBoard / AddDilemma ack, the new board or dilemma (the ack's created_id) is placed into the
// current phase. Without an agenda it stays unscheduled.
import type { RoomClient } from "../net/room_client";
import type { Ack } from "../proto";
import { FocusKind } from "../proto";
import { currentPhaseNumber } from "../store/agenda_activities";
import { focusOf } from "../store/focus_state";

export function placeInCurrentPhase(client: RoomClient, kind: FocusKind.BOARD | FocusKind.DILEMMA, ack: Ack): Promise<unknown> {
  const phaseNumber = currentPhaseNumber(client.state);
  if (phaseNumber === 0 || ack.createdId === 0n) return Promise.resolve();
  const activity = kind === FocusKind.BOARD ? focusOf(kind, { boardId: ack.createdId }) : focusOf(kind, { dilemmaId: ack.createdId });
  return client.command({ case: "placeActivity", value: { activity, phaseNumber } });
}
