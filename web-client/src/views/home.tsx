// The start page: create a workshop (with the default agenda) or join one by code.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import { createRoom, defaultAgenda, projectorTokenKey } from "../net/create_room";
import { defaultSocketUrl } from "../net/transport";
import { LanguageSwitch } from "../ui/status_bar";
import { NewProgrammeForm } from "./new_programme_form";

export function HomeView() {
  const t = useT();
  const [title, setTitle] = useState(t("defaultRoomTitle"));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [code, setCode] = useState("");
  const [boardCode, setBoardCode] = useState("");

  const submitCreate = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      const phases = defaultAgenda([t("phase1"), t("phase2"), t("phase3")]);
      const created = await createRoom(defaultSocketUrl(window.location), title.trim() || t("defaultRoomTitle"), phases);
      localStorage.setItem(projectorTokenKey(created.facilitatorSecret), created.projectorToken);
      window.location.hash = `#/facilitate/${encodeURIComponent(created.facilitatorSecret)}`;
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="page home">
      <header class="bar">
        <strong class="brand">Kring</strong>
        <h1 class="room-title">{t("homeHeading")}</h1>
        <LanguageSwitch />
      </header>
      <main class="home-grid">
        <form class="card" onSubmit={(event) => {
          event.preventDefault();
          if (code.trim()) window.location.hash = `#/join/${encodeURIComponent(code.trim())}`;
        }}>
          <h2>{t("joinAsParticipant")}</h2>
          <label>
            {t("code")}
            <input name="room-code" value={code} onInput={(e) => setCode((e.target as HTMLInputElement).value)} autocomplete="off" />
          </label>
          <button type="submit" data-testid="join-by-code">{t("join")}</button>
        </form>
        <form class="card" onSubmit={(event) => {
          event.preventDefault();
          if (boardCode.trim()) window.location.hash = `#/board/${encodeURIComponent(boardCode.trim())}`;
        }}>
          <h2>{t("joinAsBoard")}</h2>
          <label>
            {t("code")}
            <input value={boardCode} onInput={(e) => setBoardCode((e.target as HTMLInputElement).value)} autocomplete="off" />
          </label>
          <button type="submit">{t("join")}</button>
        </form>
        <form class="card" onSubmit={submitCreate}>
          <h2>{t("createRoom")}</h2>
          <label>
            {t("roomTitle")}
            <input value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} maxLength={200} />
          </label>
          <p class="hint">
            {t("agenda")}: {t("phase1")} 15′ · {t("phase2")} 90′ · {t("phase3")} 15′
          </p>
          <button type="submit" disabled={busy} data-testid="create-room">
            {busy ? t("creating") : t("create")}
          </button>
          {error ? <p class="error" role="alert">{error}</p> : null}
        </form>
        <NewProgrammeForm />
      </main>
    </div>
  );
}
