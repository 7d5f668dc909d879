// Deleting the room now, a red two-step button: the first press asks "are you sure?", only the
// second sends DeleteRoom. The server erases the room from every store and closes every device's
// connection with RoomDeleted (the facilitator's own too, after the ack).
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { useRunner } from "../ui/use_runner";

export function DeleteRoomPanel({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="panel danger-zone" aria-labelledby="delete-room-h" data-testid="delete-room">
      <h2 id="delete-room-h">{t("deleteRoom")}</h2>
      <p class="hint">{t("deleteRoomHint")}</p>
      {confirming ? (
        <div class="buttons" role="alertdialog" aria-labelledby="delete-room-ask">
          <p class="warning" id="delete-room-ask">{t("deleteRoomAsk")}</p>
          <button type="button" class="danger" data-testid="delete-room-confirm" onClick={() => run(client.command({ case: "deleteRoom", value: {} }))}>
            {t("deleteRoomConfirm")}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>{t("deleteRoomCancel")}</button>
        </div>
      ) : (
        <button type="button" class="danger" data-testid="delete-room-start" onClick={() => setConfirming(true)}>{t("deleteRoom")}</button>
      )}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </section>
  );
}
