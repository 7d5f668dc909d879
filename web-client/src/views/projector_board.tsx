// A focused board on the big screen: its title, whether writing is open, and its columns or
// circles with the notes as the projector may see them. A private-first board shows only how
// many notes are hidden until the facilitator reveals it (the server sends no more).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board } from "../proto";
import { isPrivateUnrevealed } from "../store/room_state";
import { BoardView } from "../ui/board_view";

export function ProjectorBoard({ client, board }: { client: RoomClient; board: Board }) {
  const t = useT();
  const hidden = isPrivateUnrevealed(board);
  return (
    <section class="stage-board" data-testid="projector-board" data-board-id={board.id.toString()}>
      <header class="stage-head">
        <h2>{board.title}</h2>
        <span class="tag">{board.writingOpen ? t("writingIsOpen") : t("writingIsClosed")}</span>
        {hidden ? (
          <strong class="stage-hidden" data-testid="projector-hidden">
            {board.hiddenCount === 1 ? t("notesHiddenOne") : t("notesHidden", { n: board.hiddenCount })}
          </strong>
        ) : null}
      </header>
      <BoardView client={client} board={board} heading="" />
    </section>
  );
}
