// A participant sends in a dilemma before the workshop. Anonymous: the server keeps no link to the
// sender and only the facilitator receives the text, so the form says so. The fields stay until
// the server has acknowledged the proposal; then a confirmation replaces nothing but the fields.
import { useEffect, useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";

const EMPTY = { title: "", context: "", scenarios: ["", "", ""] };

export function IntakeForm({ client, startOpen }: { client: RoomClient; startOpen: boolean }) {
  const t = useT();
  const [fields, setFields] = useState(EMPTY);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState("");
  // Open while there is nothing else to do (no dilemmas yet), while it holds text and after a
  // send. Preact sets `open` only when this value changes, so a reader's own toggle stays put
  // and the box never snaps shut while somebody types in it.
  const typed = fields.title !== "" || fields.context !== "" || fields.scenarios.some(Boolean);
  const open = startOpen || typed || sent;
  // Once the workshop's dilemmas arrive the intake folds away, its confirmation with it.
  useEffect(() => {
    if (!startOpen) setSent(false);
  }, [startOpen]);
  const change = (part: Partial<typeof EMPTY>) => {
    setSent(false);
    setFields({ ...fields, ...part });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setSending(true);
    setError("");
    try {
      await client.command({
        case: "submitProposal",
        value: {
          title: fields.title.trim(),
          context: fields.context.trim(),
          scenarios: fields.scenarios.map((scenario) => scenario.trim()).filter(Boolean),
        },
      });
      setFields(EMPTY);
      setSent(true);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSending(false);
    }
  };
  return (
    <details class="panel intake-form" open={open} data-testid="intake-form">
      <summary>
        <h2>{t("sendDilemma")}</h2>
      </summary>
      <form class="form-grid" onSubmit={submit}>
        <p class="hint">{t("sendDilemmaIntro")}</p>
        <p class="private-note" role="note" data-testid="anonymous-notice">
          {t("anonymousNotice")}
        </p>
        <label>
          {t("proposalTitle")}
          <input
            name="proposal-title"
            required
            maxLength={200}
            value={fields.title}
            onInput={(e) => change({ title: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t("dilemmaContext")}
          <textarea
            name="proposal-context"
            rows={3}
            maxLength={2000}
            value={fields.context}
            onInput={(e) => change({ context: (e.target as HTMLTextAreaElement).value })}
          />
        </label>
        {fields.scenarios.map((scenario, index) => (
          <label key={index}>
            {t("scenarioOptional", { n: index + 1 })}
            <input
              name={`proposal-scenario-${index + 1}`}
              maxLength={500}
              value={scenario}
              onInput={(e) =>
                change({
                  scenarios: fields.scenarios.map((old, i) => (i === index ? (e.target as HTMLInputElement).value : old)),
                })
              }
            />
          </label>
        ))}
        <button type="submit" disabled={sending} data-testid="send-proposal">
          {sending ? t("sending") : t("sendAnonymously")}
        </button>
        {sent ? (
          <p class="notice" role="status" data-testid="proposal-sent">
            {t("proposalSent")}
          </p>
        ) : null}
        {error ? <p class="error" role="alert">{error}</p> : null}
      </form>
    </details>
  );
}
