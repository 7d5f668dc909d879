// One board on a participant's device: the "only you see this" banner while a private-first board
// is unrevealed, the composer while writing is open, and the board itself. Plain boards and a
// dilemma's scenario x prompt board use the same section.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board } from "../proto";
import { isPrivateUnrevealed } from "../store/room_state";
import { BoardView } from "../ui/board_view";
import { Composer } from "../ui/composer";

export function ParticipantBoard({ client, board, heading }: { client: RoomClient; board: Board; heading?: string }) {
  const t = useT();
  return (
    <>
      {isPrivateUnrevealed(board) ? (
        <div class="private-note" role="note" data-testid="private-banner">
          <strong>{t("onlyYou")}</strong>
          <span>{t("onlyYouExplain")}</span>
        </div>
      ) : null}
      {board.writingOpen ? <Composer client={client} board={board} /> : <p class="hint">{t("writingClosed")}</p>}
      <BoardView client={client} board={board} heading={heading} />
    </>
  );
}
