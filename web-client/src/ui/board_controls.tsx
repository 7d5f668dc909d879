// The facilitator's controls of one board: open or close writing, and reveal a private-first
// board. Used for plain boards and for a dilemma's note board alike.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board } from "../proto";
import { isPrivateUnrevealed } from "../store/room_state";
import { useRunner } from "./use_runner";

export function BoardControls({ client, board }: { client: RoomClient; board: Board }) {
  const t = useT();
  const { error, run } = useRunner();
  return (
    <div class="buttons">
      <button
        type="button"
        data-testid="toggle-writing"
        onClick={() => run(client.command({ case: "setWriting", value: { boardId: board.id, open: !board.writingOpen } }))}
      >
        {board.writingOpen ? t("closeWritingButton") : t("openWritingButton")}
      </button>
      {isPrivateUnrevealed(board) ? (
        <button type="button" data-testid="reveal-board" onClick={() => run(client.command({ case: "revealBoard", value: { boardId: board.id } }))}>
          {t("reveal")}
        </button>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </div>
  );
}
