// Preparation in the console (forms to add things, links, settings): unfolded until the
// facilitator starts leading by focus, then folded to one line so that what runs now fits the
// screen. A reader's own toggle stays until the room's focus is first set.
import type { ComponentChildren } from "preact";
import type { RoomClient } from "../net/room_client";
import { FocusKind } from "../proto";

export function PrepFold({ client, summary, testid, children }: { client: RoomClient; summary: string; testid?: string; children: ComponentChildren }) {
  const leading = client.state.focus.kind !== FocusKind.UNSPECIFIED;
  return (
    <details class="prep-fold" open={!leading} data-testid={testid}>
      <summary>
        <span>{summary}</span>
      </summary>
      {children}
    </details>
  );
}
