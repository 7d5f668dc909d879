// One board on a participant's device: the "only you see this" banner while a private-first board
// is unrevealed, the composer while writing is open, and the board itself. Plain boards and a
// dilemma's scenario x prompt board use the same section. The board's title stands above its
// composer, so the reader knows where a note goes before writing; with `titleFirst` (the board is
// the room's focus) it is the task's title, larger.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board } from "../proto";
import { isPrivateUnrevealed } from "../store/room_state";
import { BoardView } from "../ui/board_view";
import { Composer } from "../ui/composer";

interface Props {
  client: RoomClient;
  board: Board;
  heading?: string;
  titleFirst?: boolean;
}

export function ParticipantBoard({ client, board, heading, titleFirst = false }: Props) {
  const t = useT();
  const banner = isPrivateUnrevealed(board) ? (
    <div class="private-note" role="note" data-testid="private-banner">
      <strong>{t("onlyYou")}</strong>
      <span>{t("onlyYouExplain")}</span>
    </div>
  ) : null;
  const composer = board.writingOpen ? <Composer client={client} board={board} /> : <p class="hint">{t("writingClosed")}</p>;
  if (titleFirst) {
    return (
      <>
        <h2 class="task-title" data-testid="task-title">{board.title}</h2>
        {composer}
        {banner}
        <BoardView client={client} board={board} heading="" />
      </>
    );
  }
  // Otherwise the title still comes first (the composer asks to write "here", so the reader must
  // know where that is), in the board's own heading level; an empty `heading` leaves it to a
  // surrounding <summary>.
  return (
    <>
      {heading === "" ? null : (
        <h3 class="participant-board-title" data-testid="participant-board-title">
          {heading ?? board.title}
        </h3>
      )}
      {banner}
      {composer}
      <BoardView client={client} board={board} heading="" />
    </>
  );
}
