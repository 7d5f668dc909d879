// The top bar: room title, role, connection state (a visible "reconnecting…") and language switch.
// On the participant's and the board member's views it stays at the top of the screen while the
// page scrolls (styles.css), so a phone down at a poll still shows its connection.
import { useContext } from "preact/hooks";
import { LangContext, useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";

export function LanguageSwitch() {
  const { lang, setLang } = useContext(LangContext);
  const t = useT();
  return (
    <button type="button" class="lang" onClick={() => setLang(lang === "nl" ? "en" : "nl")}>
      {t("switchLanguage")}
    </button>
  );
}

// The room title is the view's one `h1`, unless the view heads itself (`titleHeading={false}`).
export function StatusBar({ client, role, titleHeading = true }: { client?: RoomClient; role: string; titleHeading?: boolean }) {
  const t = useT();
  const status = client?.status ?? "connecting";
  const pending = client?.pendingCount() ?? 0;
  return (
    <header class="bar">
      <strong class="brand">Kring</strong>
      {titleHeading ? (
        <h1 class="room-title">{client?.state.title}</h1>
      ) : (
        <span class="room-title">{client?.state.title}</span>
      )}
      <span class="role">{role}</span>
      <span class={`conn conn-${status}`} role="status" aria-live="polite" data-status={status}>
        {status === "joined" ? (pending > 0 ? t("sending") : t("connected")) : null}
        {status === "connecting" ? t("connecting") : null}
        {status === "reconnecting" ? t("reconnecting") : null}
        {status === "failed" ? (client?.deleted ? t("deletedBadge") : t("failedOther")) : null}
      </span>
      <LanguageSwitch />
    </header>
  );
}
