// Writes one note on a board, into a zone of the writer's choice. The draft stays in its box and on
// the device until the server has acknowledged the note, so nothing typed is lost on a reconnect.
// Beside the text box it says who will see the note and when (see anonymity.ts, noteGuarantee).
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board } from "../proto";
import { BoardKind } from "../proto";
import { noteGuarantee } from "../store/anonymity";
import { addNote } from "./note_actions";
import { zoneLabel } from "./zone_label";

export function Composer({ client, board }: { client: RoomClient; board: Board }) {
  const t = useT();
  const draftName = `note.${board.id}`;
  const guaranteeId = `note-guarantee-${board.id}`;
  const [text, setText] = useState(() => client.secrets.draft(draftName));
  const defaultZone = board.kind === BoardKind.CIRCLES ? 0 : (board.zones[0]?.id ?? 0);
  const [zoneId, setZoneId] = useState(defaultZone);
  const [error, setError] = useState("");
  const [sending, setSending] = useState(false);
  const update = (value: string) => {
    setText(value);
    client.secrets.setDraft(draftName, value);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    setSending(true);
    setError("");
    try {
      await addNote(client, board, zoneId, body);
      update("");
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSending(false);
    }
  };
  return (
    <form class="composer" onSubmit={submit} data-testid="composer">
      <label>
        {t("writeNote")}
        <textarea
          name="note-text"
          aria-describedby={guaranteeId}
          rows={3}
          maxLength={1000}
          value={text}
          onInput={(e) => update((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <p class="guarantee" id={guaranteeId} data-testid="note-guarantee">
        {noteGuarantee(board, client.state.minGroupSize)
          .map((phrase) => t(phrase.key, phrase.params))
          .join(" ")}
      </p>
      <div class="composer-row">
        {board.zones.length > 1 ? (
          <label class="inline">
            {t("zone")}
            <select name="note-zone" value={zoneId} onChange={(e) => setZoneId(Number((e.target as HTMLSelectElement).value))}>
              {board.zones.map((zone) => (
                <option value={zone.id} key={zone.id}>
                  {zoneLabel(board, zone, t)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" disabled={sending} data-testid="post-note">
          {sending ? t("sending") : t("post")}
        </button>
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}
