// One note on a board. A note this device may move is one tab stop: the card itself, named by its
// text and zone. Enter, Space or "m" on it opens the move menu (move_menu.tsx, the same menu as its
// "Verplaats…" button); after a move the focus stays on the note in its new zone (note_focus.ts).
// The whole card is also the handle to drag it to another zone (pointer_drag.ts). The other tools
// stay as they were: delete your own note; the facilitator merges (choose, then confirm), makes
// an action of a visible note (its text the title, its circle the action's zone) and removes.
// Note text is always rendered as text.
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board, Note } from "../proto";
import { Role } from "../proto";
import { NEW_ACTION_TERM } from "../store/action_state";
import { opensMoveMenu } from "./menu_keys";
import { MergeNoteTool } from "./merge_note_tool";
import type { MenuOpener } from "./move_menu";
import { MoveTool } from "./move_menu";
import { deleteOwnNote, isOwnHidden, mayMove, moveNote } from "./note_actions";
import type { NoteFocusHandoff } from "./note_focus";
import { focusIsFree } from "./note_focus";
import { useNoteDrag } from "./pointer_drag";
import { zoneLabel } from "./zone_label";

interface NoteCardProps {
  client: RoomClient;
  board: Board;
  note: Note;
  // The id of the board's hidden "how to move" description.
  moveHintId: string;
  focusHandoff: NoteFocusHandoff;
  // The zone a dragged note is over (highlighted by the board), or undefined.
  onDragOver(zoneId: number | undefined): void;
  onError(message: string): void;
}

export function NoteCard({ client, board, note, moveHintId, focusHandoff, onDragOver, onError }: NoteCardProps) {
  const t = useT();
  const card = useRef<HTMLLIElement>(null);
  const [menuOpener, setMenuOpener] = useState<MenuOpener | undefined>(undefined);
  // The zone this card is dragged over: named on the card, since a finger on a phone hides it.
  const [dropZone, setDropZone] = useState<number | undefined>(undefined);
  const facilitator = client.role === Role.FACILITATOR;
  const movable = mayMove(client, board, note);
  const own = isOwnHidden(client, note);
  const authored = client.role === Role.PARTICIPANT && client.secrets.noteSecret(note.id) !== undefined;
  const others = client.state.notes.filter((other) => other.boardId === board.id && other.id !== note.id);
  const run = (action: Promise<unknown>) => action.catch((error: Error) => onError(error.message));

  const drag = useNoteDrag(card, {
    enabled: movable,
    zoneId: note.zoneId,
    onOver: (zoneId) => {
      setDropZone(zoneId);
      onDragOver(zoneId);
    },
    onDrop: (zoneId) => run(moveNote(client, note, zoneId)),
  });

  const zone = board.zones.find((known) => known.id === note.zoneId);
  const target = drag === "dragging" ? board.zones.find((known) => known.id === dropZone) : undefined;

  // This card, rendered in the zone a keyboard move sent it to, takes the focus back.
  useLayoutEffect(() => {
    if (focusHandoff.claim(note.id, note.zoneId) && focusIsFree(card.current?.closest("[data-board-id]") ?? null)) {
      card.current?.focus();
    }
  });

  const moveByMenu = (zoneId: number) => {
    setMenuOpener(undefined);
    // The card holds the focus until its copy in the new zone takes it over.
    card.current?.focus();
    focusHandoff.request(note.id, zoneId);
    moveNote(client, note, zoneId).catch((error: Error) => {
      focusHandoff.withdraw(note.id);
      onError(error.message);
    });
  };

  const keyDown = (event: KeyboardEvent) => {
    // Keys on the tools inside the card are theirs.
    if (event.target !== event.currentTarget || !movable) return;
    if (!opensMoveMenu(event.key, event.ctrlKey || event.metaKey || event.altKey)) return;
    event.preventDefault();
    setMenuOpener("card");
  };

  const classes = ["note", own ? "note-own" : "", movable ? "note-movable" : "", drag !== "idle" ? `note-${drag}` : ""];
  return (
    <li
      class={classes.filter(Boolean).join(" ")}
      ref={card}
      data-testid="note"
      data-note-id={note.id.toString()}
      tabIndex={movable ? 0 : undefined}
      aria-label={movable ? t("noteCardLabel", { text: note.text, zone: zone ? zoneLabel(board, zone, t) : "" }) : undefined}
      aria-describedby={movable ? moveHintId : undefined}
      aria-keyshortcuts={movable ? "Enter Space M" : undefined}
      onKeyDown={keyDown}
    >
      {target ? (
        <span class="drop-hint" aria-hidden="true" data-testid="drop-hint">
          {t("dropInto", { zone: zoneLabel(board, target, t) })}
        </span>
      ) : null}
      <p class="note-text">{note.text}</p>
      {own ? <span class="badge-private">{t("yourNote")}</span> : null}
      {movable || facilitator || authored ? (
        <div class="note-tools">
          {movable ? (
            <MoveTool
              board={board}
              note={note}
              opener={menuOpener}
              setOpener={setMenuOpener}
              card={card}
              onMove={moveByMenu}
            />
          ) : null}
          {facilitator && others.length > 0 ? (
            <MergeNoteTool
              others={others}
              onMerge={(into) => run(client.command({ case: "mergeNotes", value: { intoNoteId: into, noteId: note.id } }))}
            />
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
