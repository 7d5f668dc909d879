// A room the lead just made: its facilitator link and codes, to hand on. The server keeps only
// their hashes, so this is the one time they are shown; the panel takes the focus and says so.
import { useEffect, useRef } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { RoomCreated } from "../proto";
import { formatCode, linkOrigin, viewLink } from "../route";

export function HandOn({ client, family, boardMeeting, created, onDone }: {
  client: RoomClient;
  family: string;
  boardMeeting: boolean;
  created: RoomCreated;
  onDone: () => void;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [created]);
  const origin = linkOrigin(client.publicUrl, window.location);
  return (
    <section class="panel hand-on" aria-labelledby="hand-on-h" data-testid="hand-on">
      <h2 id="hand-on-h" ref={heading} tabIndex={-1}>{t("handOnTitle", { family })}</h2>
      <p class="hint">{t("handOnOnce")}</p>
      <p>
        <strong>{t("facilitatorLink")}:</strong>{" "}
        <code data-testid="hand-on-facilitator">{viewLink(origin, "facilitate", created.facilitatorSecret)}</code>
      </p>
      {boardMeeting ? (
        <p>
          <strong>{t("boardCode")}:</strong> <code data-testid="hand-on-board-code">{formatCode(created.boardCode)}</code>
        </p>
      ) : (
        <p>
          <strong>{t("participantCode")}:</strong> <code data-testid="hand-on-participant-code">{formatCode(created.participantCode)}</code>
        </p>
      )}
      <div class="buttons">
        <button type="button" class="secondary" onClick={onDone}>{t("handOnDone")}</button>
      </div>
    </section>
  );
}
