// Said plainly where a room's links are shown (the facilitator's links, the projector's welcome)
// when no phone could follow them: the page came from a loopback address and the operator set no
// public URL. Names the command that fixes it (README, "In a meeting room").
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { linksUnreachable } from "../route";

export function UnreachableNotice({ client }: { client: RoomClient }) {
  const t = useT();
  if (!linksUnreachable(client.publicUrl, window.location)) return null;
  const port = window.location.port || "8080";
  return (
    <div class="unreachable" role="note" data-testid="links-unreachable">
      <p>{t("linksUnreachable", { host: window.location.host })}</p>
      <code>{`scripts/run --bind 0.0.0.0 --public-url http://${t("thisComputersAddress")}:${port}`}</code>
    </div>
  );
}
