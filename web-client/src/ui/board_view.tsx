// One board: its zones (columns, the circle of influence with its tray, or a matrix grid) and
// their notes. Notes are moved by drag and drop or, equally, by the "move to" menu on each note;
// the facilitator's menu also makes an action of a visible note (its text the title, its circle
// the action's zone).
// Note text is always rendered as text.
import { useState } from "preact/hooks";
import type { Translate } from "../i18n/i18n";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board, Note, Zone } from "../proto";
import { BoardKind, Role } from "../proto";
import { NEW_ACTION_TERM } from "../store/action_state";
import { writerCountPhrase } from "../store/anonymity";
import { isPrivateUnrevealed, notesIn } from "../store/room_state";
import { deleteOwnNote, isOwnHidden, mayMove, moveNote } from "./note_actions";

export const CIRCLE_KEYS = ["unsorted", "changeable", "partly_changeable", "unchangeable"] as const;
// A dilemma's note board (made by the server) labels its rows and columns with these keys; the
// client shows them in the reader's language. Any other label is the facilitator's own text.
const METHOD_KEYS = [
  "scenario_1",
  "scenario_2",
  "scenario_3",
  "prompt_my_work",
  "prompt_opportunities",
  "prompt_hard",
] as const;

export function labelText(label: string, t: Translate): string {
  const key = METHOD_KEYS.find((known) => known === label);
  return key ? t(key) : label;
}

function matrixParts(board: Board, zone: Zone, t: Translate): [string, string] {
  return [labelText(board.rowLabels[zone.row] ?? "", t), labelText(board.columnLabels[zone.column] ?? "", t)];
}

export function zoneLabel(board: Board, zone: Zone, t: Translate): string {
  if (board.kind === BoardKind.CIRCLES) {
    const key = CIRCLE_KEYS.find((known) => known === zone.label);
    return key ? t(key) : zone.label;
  }
  if (board.kind === BoardKind.MATRIX) return matrixParts(board, zone, t).join(" × ");
  return labelText(zone.label, t);
}

interface NoteCardProps {
  client: RoomClient;
  board: Board;
  note: Note;
  onError(message: string): void;
}

function NoteCard({ client, board, note, onError }: NoteCardProps) {
  const t = useT();
  const facilitator = client.role === Role.FACILITATOR;
  const movable = mayMove(client, board, note);
  const own = isOwnHidden(client, note);
  const authored = client.role === Role.PARTICIPANT && client.secrets.noteSecret(note.id) !== undefined;
  const others = client.state.notes.filter((other) => other.boardId === board.id && other.id !== note.id);
  const run = (action: Promise<unknown>) => action.catch((error: Error) => onError(error.message));
  return (
    <li
      class={own ? "note note-own" : "note"}
      data-testid="note"
      data-note-id={note.id.toString()}
      draggable={movable}
      onDragStart={(event) => event.dataTransfer?.setData("text/kring-note", note.id.toString())}
    >
      <p class="note-text">{note.text}</p>
      {own ? <span class="badge-private">{t("yourNote")}</span> : null}
      {movable || facilitator || authored ? (
        <div class="note-tools">
          {movable ? (
            <select
              aria-label={t("moveTo")}
              data-testid="move-select"
              value=""
              onChange={(event) => {
                const zoneId = Number((event.target as HTMLSelectElement).value);
                run(moveNote(client, note, zoneId));
              }}
            >
              <option value="">{t("moveTo")}</option>
              {board.zones
                .filter((zone) => zone.id !== note.zoneId)
                .map((zone) => (
                  <option value={zone.id} key={zone.id}>
                    {zoneLabel(board, zone, t)}
                  </option>
                ))}
            </select>
          ) : null}
          {facilitator && others.length > 0 ? (
            <select
              aria-label={t("mergeInto")}
              data-testid="merge-select"
              value=""
              onChange={(event) => {
                const into = BigInt((event.target as HTMLSelectElement).value);
                run(client.command({ case: "mergeNotes", value: { intoNoteId: into, noteId: note.id } }));
              }}
            >
              <option value="">{t("mergeInto")}</option>
              {others.map((other) => (
                <option value={other.id.toString()} key={other.id.toString()}>
                  {other.text.slice(0, 40)}
                </option>
              ))}
            </select>
          ) : null}
          {authored ? (
            <button type="button" class="danger" data-testid="delete-own" onClick={() => run(deleteOwnNote(client, note))}>
              {t("remove")}
            </button>
          ) : null}
          {facilitator && !own && !client.state.actions.some((action) => action.noteId === note.id) ? (
            <button
              type="button"
              class="secondary"
              data-testid="make-action"
              onClick={() => run(client.command({ case: "saveAction", value: { actionId: 0n, action: { noteId: note.id, term: NEW_ACTION_TERM } } }))}
            >
              {t("makeAction")}
            </button>
          ) : null}
          {facilitator ? (
            <button
              type="button"
              class="danger"
              data-testid="remove-note"
              onClick={() => run(client.command({ case: "removeNote", value: { noteId: note.id } }))}
            >
              {t("remove")}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function ZoneBox({ client, board, zone, onError }: { client: RoomClient; board: Board; zone: Zone; onError(m: string): void }) {
  const t = useT();
  const [over, setOver] = useState(false);
  const notes = notesIn(client.state, board.id, zone.id);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const id = event.dataTransfer?.getData("text/kring-note");
    if (!id) return;
    const note = [...client.state.notes, ...client.state.ownHidden].find((n) => n.id.toString() === id);
    if (note && note.zoneId !== zone.id) moveNote(client, note, zone.id).catch((e: Error) => onError(e.message));
  };
  return (
    <section
      class={`zone zone-${board.kind === BoardKind.CIRCLES ? zone.label : "plain"}${over ? " zone-over" : ""}`}
      data-testid={`zone-${zone.id}`}
      aria-label={zoneLabel(board, zone, t)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      {board.kind === BoardKind.MATRIX ? (
        <h4 class="zone-matrix-head">
          <span class="zone-row">{matrixParts(board, zone, t)[0]}</span>
          <span>{matrixParts(board, zone, t)[1]}</span>
        </h4>
      ) : (
        <h4>{zoneLabel(board, zone, t)}</h4>
      )}
      <ul class="notes">
        {notes.map((note) => (
          <NoteCard client={client} board={board} note={note} key={note.id.toString()} onError={onError} />
        ))}
      </ul>
    </section>
  );
}

// `heading` replaces the board's own title where the context names it (a dilemma's notes); an
// empty heading leaves the title out where a surrounding <summary> already names the board.
export function BoardView({ client, board, heading }: { client: RoomClient; board: Board; heading?: string }) {
  const t = useT();
  const [error, setError] = useState("");
  const hidden = isPrivateUnrevealed(board);
  const zones =
    board.kind === BoardKind.CIRCLES
      ? [...board.zones].sort((a, b) => (a.id === 0 ? -1 : b.id === 0 ? 1 : a.id - b.id))
      : board.zones;
  // A matrix keeps its columns on wide screens; the stylesheet stacks the cells on a phone.
  const layout =
    board.kind === BoardKind.MATRIX ? { "--matrix-columns": String(Math.max(1, board.columnLabels.length)) } : undefined;
  return (
    <article class="board" data-testid="board" data-board-id={board.id.toString()}>
      <header class="board-head">
        {heading === "" ? null : <h3>{heading ?? board.title}</h3>}
        <span class="tag">{board.writingOpen ? t("writingIsOpen") : t("writingIsClosed")}</span>
        {board.revealed ? <span class="tag">{t("revealed")}</span> : null}
        {hidden ? (
          <span class="tag tag-hidden" data-testid="hidden-count">
            {board.hiddenCount === 1 ? t("hiddenCountOne") : t("hiddenCount", { n: board.hiddenCount })}
          </span>
        ) : null}
        {hidden && board.writerCount > 0 ? (
          <span class="tag tag-hidden" data-testid="writer-count">
            {t(writerCountPhrase(board.writerCount).key, writerCountPhrase(board.writerCount).params)}
          </span>
        ) : null}
      </header>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class={`zones zones-${BoardKind[board.kind].toLowerCase()}`} style={layout}>
        {zones.map((zone) => (
          <ZoneBox client={client} board={board} zone={zone} key={zone.id} onError={setError} />
        ))}
      </div>
    </article>
  );
}
