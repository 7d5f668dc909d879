// Sends a template's steps (store/template_plan.ts, templateSteps) one after the other: the agenda
// first, then each board and, once its AddBoard is acknowledged, its placement by the ack's
// created_id. One at a time, so the boards keep the template's order in their phase.
import type { RoomClient } from "../net/room_client";
import { FocusKind } from "../proto";
import { focusOf } from "../store/focus_state";
import type { TemplateSteps } from "../store/template_plan";

export async function applyTemplate(client: RoomClient, steps: TemplateSteps): Promise<void> {
  if (steps.agenda) await client.command({ case: "setAgenda", value: { phases: steps.agenda } });
  for (const board of steps.boards) {
    const ack = await client.command({ case: "addBoard", value: board });
    if (steps.home > 0 && ack.createdId !== 0n) {
      const activity = focusOf(FocusKind.BOARD, { boardId: ack.createdId });
      await client.command({ case: "placeActivity", value: { activity, phaseNumber: steps.home } });
    }
  }
}
