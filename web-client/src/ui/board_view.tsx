// One board: its zones (columns, the circle of influence with its tray, or a matrix grid) and
// their notes (note_card.tsx). A note is moved by dragging it (pointer_drag.ts) or by its move
// menu, from the keyboard or its "Verplaats…" button (move_menu.tsx); the zone a dragged note is
// over is highlighted here.
// Note text is always rendered as text.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board, Zone } from "../proto";
import { BoardKind } from "../proto";
import { writerCountPhrase } from "../store/anonymity";
import { isPrivateUnrevealed, notesIn } from "../store/room_state";
import { NoteCard } from "./note_card";
import type { NoteFocusHandoff } from "./note_focus";
import { noteFocusHandoff } from "./note_focus";
import { matrixParts, zoneLabel } from "./zone_label";

interface ZoneBoxProps {
  client: RoomClient;
  board: Board;
  zone: Zone;
  // A dragged note is over this zone.
  over: boolean;
  moveHintId: string;
  focusHandoff: NoteFocusHandoff;
  onDragOver(zoneId: number | undefined): void;
  onError(message: string): void;
}

function ZoneBox({ client, board, zone, over, moveHintId, focusHandoff, onDragOver, onError }: ZoneBoxProps) {
  const t = useT();
  const notes = notesIn(client.state, board.id, zone.id);
  return (
    <section
      class={`zone zone-${board.kind === BoardKind.CIRCLES ? zone.label : "plain"}${over ? " zone-over" : ""}`}
      data-testid={`zone-${zone.id}`}
      data-zone-id={zone.id}
      aria-label={zoneLabel(board, zone, t)}
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
          <NoteCard
            client={client}
            board={board}
            note={note}
            key={note.id.toString()}
            moveHintId={moveHintId}
            focusHandoff={focusHandoff}
            onDragOver={onDragOver}
            onError={onError}
          />
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
  const [dragOver, setDragOver] = useState<number | undefined>(undefined);
  const [focusHandoff] = useState(noteFocusHandoff);
  const moveHintId = `move-hint-${board.id}`;
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
      <p hidden id={moveHintId}>
        {t("noteMoveHint")}
      </p>
      <div class={`zones zones-${BoardKind[board.kind].toLowerCase()}`} style={layout}>
        {zones.map((zone) => (
          <ZoneBox
            client={client}
            board={board}
            zone={zone}
            key={zone.id}
            over={dragOver === zone.id}
            moveHintId={moveHintId}
            focusHandoff={focusHandoff}
            onDragOver={setDragOver}
            onError={setError}
          />
        ))}
      </div>
    </article>
  );
}
