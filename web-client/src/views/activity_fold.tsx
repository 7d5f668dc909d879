// One activity in the console (a board, a dilemma, a bundle item): its own title with "show on
// screen" beside it, and its controls and content below the title. Before the room has a focus
// every activity is unfolded; once the facilitator leads by focus, only the one on screen is, and
// the others fold to their title line (a reader's own toggle stays until the focus moves). Beside
// the title also "to phase…" (PlaceActivity), except for a bundle's item, which goes with its bundle.
import type { ComponentChildren } from "preact";
import type { RoomClient } from "../net/room_client";
import type { Board, Focus } from "../proto";
import { FocusKind } from "../proto";
import { sameFocus } from "../store/focus_state";
import { PlaceActivity } from "../ui/place_activity";
import { ShowOnScreen } from "../ui/show_on_screen";

interface Props {
  client: RoomClient;
  focus: Focus;
  title: ComponentChildren;
  // The board this activity writes on (for "show and open writing").
  board?: Board;
  // Unfolded also when the room looks at a part of it (a dilemma whose poll is on screen).
  alsoActive?: boolean;
  // Beside the title, after "show on screen" (a tag, the bundle's reveal button).
  aside?: ComponentChildren;
  class?: string;
  testid?: string;
  dataId?: string;
  children: ComponentChildren;
}

export function ActivityFold(props: Props) {
  const { client, focus, title, board, alsoActive = false, aside, children } = props;
  const roomFocus = client.state.focus;
  const open = roomFocus.kind === FocusKind.UNSPECIFIED || sameFocus(roomFocus, focus) || alsoActive;
  return (
    <details class={`activity ${props.class ?? ""}`} open={open} data-testid={props.testid} data-id={props.dataId}>
      <summary class="titled">
        <h3>{title}</h3>
        <ShowOnScreen client={client} focus={focus} board={board} />
        {aside}
        {focus.kind !== FocusKind.BUNDLE_ITEM ? <PlaceActivity client={client} activity={focus} /> : null}
      </summary>
      <div class="activity-body">{children}</div>
    </details>
  );
}
