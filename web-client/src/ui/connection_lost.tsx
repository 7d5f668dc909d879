// The connection's state where the room watches (the projector): nothing while connected, a
// visible notice as soon as the connection is lost or cannot be made.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";

export function ConnectionLost({ client }: { client: RoomClient }) {
  const t = useT();
  const { status } = client;
  if (status === "joined") return null;
  const text =
    status === "failed" ? (client.deleted ? t("deletedBadge") : t("failedOther")) : status === "reconnecting" ? t("reconnecting") : t("connecting");
  return (
    <span class={`conn conn-${status}`} role="status" aria-live="polite" data-status={status} data-testid="connection-lost">
      {text}
    </span>
  );
}
