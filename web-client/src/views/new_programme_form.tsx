// The start page's "Nieuw traject": creates a programme and opens the lead's page on it. The
// lead's link is the programme's facilitator secret: that page is the one place it lives.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import { createProgramme } from "../net/create_programme";
import { defaultSocketUrl } from "../net/transport";

export function NewProgrammeForm() {
  const t = useT();
  const [title, setTitle] = useState(t("defaultProgrammeTitle"));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      const created = await createProgramme(defaultSocketUrl(window.location), title.trim() || t("defaultProgrammeTitle"));
      window.location.hash = `#/programme/${encodeURIComponent(created.facilitatorSecret)}`;
    } catch (failure) {
      setError(t("errorOther", { code: (failure as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card" onSubmit={submit} data-testid="new-programme">
      <h2>{t("newProgramme")}</h2>
      <label>
        {t("programmeTitleLabel")}
        <input name="programme-title" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} maxLength={200} />
      </label>
      <button type="submit" disabled={busy} data-testid="create-programme">
        {busy ? t("creating") : t("createProgramme")}
      </button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}
