// The decision record for the facilitator: Markdown, printable HTML or CSV (zip), fetched with the
// facilitator secret and saved as a file. A server without the endpoint (404) or refusing the
// secret (401) gets a clear message instead of a broken file.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RecordFormat } from "../net/record_download";
import { RecordDownloadError, fetchRecord, saveBlob } from "../net/record_download";
import type { RoomClient } from "../net/room_client";

const FORMATS: { format: RecordFormat; label: "recordMd" | "recordHtml" | "recordXlsx" }[] = [
  { format: "md", label: "recordMd" },
  { format: "html", label: "recordHtml" },
  { format: "xlsx", label: "recordXlsx" },
];

export function RecordPanel({ client, secret }: { client: RoomClient; secret: string }) {
  const t = useT();
  const [busy, setBusy] = useState<RecordFormat | undefined>(undefined);
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>(undefined);
  const joined = client.state.participantCode !== "";
  const download = async (format: RecordFormat) => {
    setBusy(format);
    setMessage(undefined);
    try {
      const { blob, filename } = await fetchRecord(window.location.origin, client.state, secret, format);
      saveBlob(blob, filename);
      setMessage({ error: false, text: t("recordSaved", { name: filename }) });
    } catch (failure) {
      const kind = failure instanceof RecordDownloadError ? failure.kind : "failed";
      const status = failure instanceof RecordDownloadError ? failure.status : 0;
      const text =
        kind === "notThere" ? t("recordNotThere") : kind === "unauthorized" ? t("recordUnauthorized") : t("recordFailed", { status });
      setMessage({ error: true, text });
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section class="panel" aria-labelledby="record-h" data-testid="record">
      <h2 id="record-h">{t("record")}</h2>
      <p class="hint">{t("recordHint")}</p>
      <div class="buttons">
        {FORMATS.map(({ format, label }) => (
          <button type="button" key={format} data-testid={`record-${format}`} disabled={!joined || busy !== undefined} onClick={() => download(format)}>
            {t(label)}
          </button>
        ))}
      </div>
      {message ? (
        <p class={message.error ? "error" : "notice"} role={message.error ? "alert" : "status"} data-testid="record-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
