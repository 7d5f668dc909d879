// One activity of a phase in the console, as the facilitator runs it: a board (BoardBlock), a
// dilemma (DilemmaAdmin), the conclusion (ShowMarks); anything else (the welcome, the strategy,
// the board session, a vote, the ranking) as its title line with "show on screen" and "to phase…",
// run where it lives in the console.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Focus } from "../proto";
import { FocusKind } from "../proto";
import { boardById } from "../store/room_state";
import { focusLabel } from "../ui/focus_label";
import { PlaceActivity } from "../ui/place_activity";
import { ShowOnScreen } from "../ui/show_on_screen";
import { BoardBlock } from "./boards_panel";
import { DilemmaAdmin } from "./dilemma_admin";
import { ShowMarks } from "./dilemmas_panel";

function ActivityLine({ client, activity }: { client: RoomClient; activity: Focus }) {
  const t = useT();
  return (
    <div class="titled activity-line" data-testid="activity-line">
      <h3>{focusLabel(client.state, activity, t)}</h3>
      <ShowOnScreen client={client} focus={activity} />
      <PlaceActivity client={client} activity={activity} />
    </div>
  );
}

export function PhaseActivity({ client, activity }: { client: RoomClient; activity: Focus }) {
  const { state } = client;
  if (activity.kind === FocusKind.BOARD) {
    const board = boardById(state, activity.boardId);
    if (board) return <BoardBlock client={client} board={board} />;
  }
  if (activity.kind === FocusKind.DILEMMA) {
    const dilemma = state.dilemmas.find((known) => known.id === activity.dilemmaId);
    if (dilemma) return <DilemmaAdmin client={client} dilemma={dilemma} />;
  }
  if (activity.kind === FocusKind.CONCLUSION) return <ShowMarks client={client} />;
  return <ActivityLine client={client} activity={activity} />;
}

// A stable key for an activity in a list (kind and ids).
export function activityKey(activity: Focus): string {
  return [activity.kind, activity.boardId, activity.dilemmaId, activity.voteId, activity.bundleId].join(".");
}
