// The projector link in the console's links panel, from any device that holds the facilitator
// link. The token is shown only where it was made (the server keeps its hash), so a device that has
// none in localStorage offers "make a projector link"; one that has it shows the link and QR and
// offers a new one. Both ask first: a new token ends the old one at once (ReissueProjectorToken;
// projectors open with the old link lose their connection). The token is stored, and shown, only
// after the server's Ack, with the seq it got: when the room says the link was replaced later
// (another facilitator device made a new one), this device stops showing its old link and says so.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import { projectorTokenKey } from "../net/create_room";
import type { StoredProjectorLink } from "../net/projector_token";
import { decodeStoredLink, encodeStoredLink, isReplaced, newProjectorToken } from "../net/projector_token";
import type { RoomClient } from "../net/room_client";
import { linkOrigin, viewLink } from "../route";
import { QrCode } from "../ui/qr_code";
import { useRunner } from "../ui/use_runner";

function storedLink(secret: string): StoredProjectorLink | null {
  try {
    return decodeStoredLink(localStorage.getItem(projectorTokenKey(secret)));
  } catch {
    return null;
  }
}

export function ProjectorLink({ client, secret }: { client: RoomClient; secret: string }) {
  const t = useT();
  const { error, run } = useRunner();
  const [link, setLink] = useState(() => storedLink(secret));
  const replaced = link !== null && isReplaced(link, client.state.projectorLinkSeq);
  const token = link && !replaced ? link.token : null;
  const [confirming, setConfirming] = useState(false);
  const [made, setMade] = useState(false);
  const reissue = () => {
    const next = newProjectorToken();
    setConfirming(false);
    run(
      client.command({ case: "reissueProjectorToken", value: { projectorToken: next } }).then((ack) => {
        const made = { token: next, seq: ack.seq };
        localStorage.setItem(projectorTokenKey(secret), encodeStoredLink(made));
        setLink(made);
        setMade(true);
      }),
    );
  };
  const url = token ? viewLink(linkOrigin(client.publicUrl, window.location), "projector", token) : "";
  return (
    <div class="link-card" data-testid="projector-link">
      <h3>{t("projectorLink")}</h3>
      {token ? (
        <>
          <QrCode text={url} size={140} label={url} />
          <a href={url} target="_blank" rel="noopener" class="link" data-testid={`link-${t("projectorLink")}`}>
            {url}
          </a>
        </>
      ) : replaced ? (
        <p class="warning" role="status" data-testid="projector-link-replaced">{t("projectorLinkReplaced")}</p>
      ) : (
        <p class="hint">{t("projectorLinkUnknown")}</p>
      )}
      {made ? <p class="notice" role="status" data-testid="projector-link-made">{t("projectorLinkMade")}</p> : null}
      {confirming ? (
        <div class="confirm" role="group" aria-label={t("projectorLinkWarning")}>
          <p class="warning" data-testid="projector-link-warning">{t("projectorLinkWarning")}</p>
          <div class="buttons">
            <button type="button" data-testid="projector-link-confirm" onClick={reissue}>{t("projectorLinkConfirm")}</button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>{t("projectorLinkCancel")}</button>
          </div>
        </div>
      ) : (
        <button type="button" class={token ? "secondary" : ""} data-testid="projector-link-start" onClick={() => setConfirming(true)}>
          {token ? t("reissueProjectorLink") : t("makeProjectorLink")}
        </button>
      )}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </div>
  );
}
