// The facilitator's plain boards: one block per board (its title with "show on screen" and "to
// phase…", its writing and reveal controls right under the title, then its zones and notes), and
// the form to add a board, which places the new board into the current phase. A dilemma's note
// board is run under its dilemma (DilemmaAdmin).
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board } from "../proto";
import { BoardKind, FocusKind, WritingMode } from "../proto";
import { focusOf } from "../store/focus_state";
import { BoardControls } from "../ui/board_controls";
import { BoardView } from "../ui/board_view";
import { placeInCurrentPhase } from "../ui/place_new_activity";
import { useRunner } from "../ui/use_runner";
import { ActivityFold } from "./activity_fold";
import { splitList } from "./split_list";

export function AddBoardForm({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState(BoardKind.CIRCLES);
  const [mode, setMode] = useState(WritingMode.PRIVATE_FIRST);
  const [columns, setColumns] = useState(t("defaultColumns"));
  const [rows, setRows] = useState(t("defaultRows"));
  const [mayMove, setMayMove] = useState(true);
  const submit = (event: Event) => {
    event.preventDefault();
    const boardTitle = title.trim() || (kind === BoardKind.CIRCLES ? t("kindCircles") : kind === BoardKind.MATRIX ? t("kindMatrix") : t("kindColumns"));
    run(
      client
        .command({
          case: "addBoard",
          value: {
            title: boardTitle,
            kind,
            writingMode: mode,
            columnLabels: kind === BoardKind.CIRCLES ? [] : splitList(columns),
            rowLabels: kind === BoardKind.MATRIX ? splitList(rows) : [],
            participantsMayMove: mayMove,
          },
        })
        .then((ack) => {
          setTitle("");
          return placeInCurrentPhase(client, FocusKind.BOARD, ack);
        }),
    );
  };
  return (
    <form class="card form-grid" onSubmit={submit} data-testid="add-board">
      <h3>{t("addBoard")}</h3>
      <label>
        {t("boardTitle")}
        <input value={title} name="board-title" onInput={(e) => setTitle((e.target as HTMLInputElement).value)} maxLength={200} />
      </label>
      <label>
        {t("kind")}
        <select
          name="board-kind"
          value={kind}
          onChange={(e) => {
            const next = Number((e.target as HTMLSelectElement).value);
            setKind(next);
            // Templates: 3B for columns, the health matrix for a matrix.
            setColumns(next === BoardKind.MATRIX ? t("defaultMatrixColumns") : t("defaultColumns"));
          }}
        >
          <option value={BoardKind.CIRCLES}>{t("kindCircles")}</option>
          <option value={BoardKind.COLUMNS}>{t("kindColumns")}</option>
          <option value={BoardKind.MATRIX}>{t("kindMatrix")}</option>
        </select>
      </label>
      {kind !== BoardKind.CIRCLES ? (
        <label>
          {t("columns")}
          <input value={columns} onInput={(e) => setColumns((e.target as HTMLInputElement).value)} />
        </label>
      ) : null}
      {kind === BoardKind.MATRIX ? (
        <label>
          {t("rows")}
          <input value={rows} onInput={(e) => setRows((e.target as HTMLInputElement).value)} />
        </label>
      ) : null}
      <label>
        {t("writingMode")}
        <select name="writing-mode" value={mode} onChange={(e) => setMode(Number((e.target as HTMLSelectElement).value))}>
          <option value={WritingMode.PRIVATE_FIRST}>{t("privateFirst")}</option>
          <option value={WritingMode.OPEN}>{t("openWriting")}</option>
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={mayMove} onChange={(e) => setMayMove((e.target as HTMLInputElement).checked)} />
        {t("mayMove")}
      </label>
      <button type="submit">{t("add")}</button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}

export function BoardBlock({ client, board }: { client: RoomClient; board: Board }) {
  return (
    <ActivityFold
      client={client}
      focus={focusOf(FocusKind.BOARD, { boardId: board.id })}
      title={board.title}
      board={board}
      class="board-block"
      testid="board-block"
    >
      <BoardControls client={client} board={board} />
      <BoardView client={client} board={board} heading="" />
    </ActivityFold>
  );
}
