// The welcome on the big screen: the workshop's title, the join code in very large type, its QR
// code and how many participants are in.
import { counted, useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { formatCode, linkOrigin, viewLink } from "../route";
import { QrCode } from "../ui/qr_code";
import { UnreachableNotice } from "../ui/unreachable_notice";

export function ProjectorWelcome({ client }: { client: RoomClient }) {
  const t = useT();
  const { title, participantCode, participantCount } = client.state;
  const origin = linkOrigin(client.publicUrl, window.location);
  const joinUrl = participantCode ? viewLink(origin, "join", formatCode(participantCode)) : "";
  return (
    <section class="stage-welcome" data-testid="projector-welcome">
      <div class="stage-welcome-text">
        <h1>{title}</h1>
        <p>{t("joinWith", { host: new URL(origin).host })}</p>
        <p class="code stage-code" data-testid="projector-code">{formatCode(participantCode)}</p>
        <p class="stage-count" data-testid="participant-count">
          {counted(t, "participantsHere", participantCount)}
        </p>
        <UnreachableNotice client={client} />
      </div>
      {joinUrl ? <QrCode text={joinUrl} size={520} label={joinUrl} /> : null}
    </section>
  );
}
