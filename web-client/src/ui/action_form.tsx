// Working out one action (facilitator and participants): title, goal and target group, the SMART
// fields with a date for the deadline, owner, short or long term, circle of influence, pros and
// cons (one per line). Saving replaces every field of the action (SaveAction on its id).
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Action } from "../proto";
import { ActionTerm } from "../proto";
import { splitItems, termOf } from "../store/action_state";
import { useRunner } from "./use_runner";
import { CIRCLE_KEYS } from "./zone_label";

type TextField = "title" | "goal" | "targetGroup" | "specific" | "measurable" | "acceptable" | "realistic" | "owner";
const TEXT_FIELDS: Exclude<TextField, "title" | "owner">[] = ["goal", "targetGroup", "specific", "measurable", "acceptable", "realistic"];

interface Draft {
  title: string;
  goal: string;
  targetGroup: string;
  specific: string;
  measurable: string;
  acceptable: string;
  realistic: string;
  owner: string;
  deadline: string;
  term: ActionTerm;
  circleZone: number;
  pros: string;
  cons: string;
}

// The editable fields only (never id, note or scorers, which the server keeps).
function draftOf(a: Action): Draft {
  return {
    title: a.title,
    goal: a.goal,
    targetGroup: a.targetGroup,
    specific: a.specific,
    measurable: a.measurable,
    acceptable: a.acceptable,
    realistic: a.realistic,
    owner: a.owner,
    deadline: a.deadline,
    term: termOf(a),
    circleZone: a.circleZone,
    pros: a.pros.join("\n"),
    cons: a.cons.join("\n"),
  };
}

export function ActionForm({ client, action, onDone }: { client: RoomClient; action: Action; onDone(): void }) {
  const t = useT();
  const { error, run } = useRunner();
  const [draft, setDraft] = useState<Draft>(() => draftOf(action));
  const set = (field: keyof Draft, value: string | number) => setDraft((d) => ({ ...d, [field]: value }));
  const text = (field: TextField) => (e: Event) => set(field, (e.target as HTMLInputElement).value);
  const submit = (event: Event) => {
    event.preventDefault();
    const { pros, cons, ...fields } = draft;
    run(
      client
        .command({
          case: "saveAction",
          value: { actionId: action.id, action: { ...fields, pros: splitItems(pros), cons: splitItems(cons) } },
        })
        .then(onDone),
    );
  };
  return (
    <form class="form-grid action-form" onSubmit={submit} data-testid="action-form">
      <label>
        {t("actionTitle")}
        <input name="action-title" value={draft.title} required maxLength={1000} onInput={text("title")} />
      </label>
      {TEXT_FIELDS.map((field) => (
        <label key={field}>
          {t(field)}
          <textarea name={`action-${field}`} rows={2} maxLength={500} value={draft[field]} onInput={text(field)} />
        </label>
      ))}
      <label>
        {t("deadline")}
        <input type="date" name="action-deadline" value={draft.deadline} onInput={(e) => set("deadline", (e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t("owner")}
        <input name="action-owner" value={draft.owner} maxLength={100} onInput={text("owner")} />
      </label>
      <label>
        {t("term")}
        <select name="action-term" value={draft.term} onChange={(e) => set("term", Number((e.target as HTMLSelectElement).value))}>
          <option value={ActionTerm.SHORT}>{t("termShort")}</option>
          <option value={ActionTerm.LONG}>{t("termLong")}</option>
        </select>
      </label>
      <label>
        {t("circleZone")}
        <select name="action-circle" value={draft.circleZone} onChange={(e) => set("circleZone", Number((e.target as HTMLSelectElement).value))}>
          {CIRCLE_KEYS.map((key, zone) => (
            <option value={zone} key={key}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("pros")}
        <textarea name="action-pros" rows={3} value={draft.pros} onInput={(e) => set("pros", (e.target as HTMLTextAreaElement).value)} />
      </label>
      <label>
        {t("cons")}
        <textarea name="action-cons" rows={3} value={draft.cons} onInput={(e) => set("cons", (e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="buttons">
        <button type="submit" data-testid="save-action">{t("save")}</button>
        <button type="button" class="secondary" onClick={onDone}>{t("cancel")}</button>
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}
