// "Show on screen" beside an activity's own title in the console: points the room's focus at it.
// For a board (or a dilemma's note board) whose writing is closed it also offers "show and open
// writing", one step for both. Once on screen it says so instead. Its clicks never toggle a
// surrounding <details> (it sits in a <summary> beside the title).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board, Focus } from "../proto";
import { sameFocus } from "../store/focus_state";
import { setFocus } from "./set_focus";
import { useRunner } from "./use_runner";

interface Props {
  client: RoomClient;
  focus: Focus;
  // The board this focus writes on, when it has one.
  board?: Board;
}

export function ShowOnScreen({ client, focus, board }: Props) {
  const t = useT();
  const { error, run } = useRunner();
  const onScreen = sameFocus(client.state.focus, focus);
  const mayOpenWriting = board !== undefined && !board.writingOpen && !board.revealed;
  // Already on screen, the same focus again would be refused: open the board's writing alone.
  const openWriting = () =>
    onScreen && board
      ? run(client.command({ case: "setWriting", value: { boardId: board.id, open: true } }))
      : run(setFocus(client, focus, true));
  return (
    <span class="show-on-screen" onClick={(event) => event.preventDefault()}>
      {onScreen ? (
        <span class="tag on-screen" data-testid="on-screen">{t("onScreenTag")}</span>
      ) : (
        <button type="button" class="secondary" data-testid="show-on-screen" onClick={() => run(setFocus(client, focus))}>
          {t("showOnScreen")}
        </button>
      )}
      {mayOpenWriting ? (
        <button type="button" data-testid="show-and-open" onClick={openWriting}>
          {onScreen ? t("openWritingFocused") : t("showAndOpenWriting")}
        </button>
      ) : null}
      {error ? <span class="error" role="alert">{error}</span> : null}
    </span>
  );
}
