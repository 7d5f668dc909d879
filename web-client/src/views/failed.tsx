// Shown when the room refuses the credential: nothing to retry. A projector whose link was
// replaced (ReissueProjectorToken) finds no room: it says so in its own words (`notFound`), at
// presentation scale (`presentation`), readable from the back of the room.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { ErrorCode } from "../proto";
import { StatusBar } from "../ui/status_bar";

interface Props {
  client: RoomClient;
  notFound?: string;
  presentation?: boolean;
}

export function FailedView({ client, notFound, presentation = false }: Props) {
  const t = useT();
  return (
    <div class={presentation ? "page failed-presentation" : "page"}>
      <StatusBar client={client} role="" />
      <main class="narrow">
        <p class="error" role="alert" data-testid="failed">
          {client.deleted ? t("failedDeleted") : client.failure === ErrorCode.ROOM_NOT_FOUND ? (notFound ?? t("failedNotFound")) : t("failedOther")}
        </p>
        <a href="#/">{t("home")}</a>
      </main>
    </div>
  );
}
