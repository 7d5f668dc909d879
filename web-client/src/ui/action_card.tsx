// One action as everybody sees it: title, circle of influence, term, "n scored" (a count, never
// what), the worked-out fields, pros and cons. The group works it out (a form on demand);
// participants score it; the facilitator may remove it. Text as text.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Action } from "../proto";
import { ActionTerm, Role } from "../proto";
import { ActionForm } from "./action_form";
import { ScoreForm } from "./score_form";
import { useRunner } from "./use_runner";
import { CIRCLE_KEYS } from "./zone_label";

const SHOWN_FIELDS = ["goal", "targetGroup", "specific", "measurable", "acceptable", "realistic", "deadline", "owner"] as const;

export function ZoneTag({ zone }: { zone: number }) {
  const t = useT();
  const key = CIRCLE_KEYS[zone] ?? "unsorted";
  return <span class={`tag zone-tag zone-tag-${zone}`} data-testid="action-zone">{t(key)}</span>;
}

function ActionDetails({ action }: { action: Action }) {
  const t = useT();
  const fields = SHOWN_FIELDS.filter((field) => action[field] !== "");
  return (
    <>
      {fields.length > 0 ? (
        <dl class="action-fields">
          {fields.map((field) => (
            <div key={field}>
              <dt>{t(field)}</dt>
              <dd data-testid={`action-${field}`}>{action[field]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {action.pros.length > 0 || action.cons.length > 0 ? (
        <div class="pros-cons">
          <div>
            <h5>{t("prosHeading")}</h5>
            <ul>{action.pros.map((item, index) => <li key={index}>{item}</li>)}</ul>
          </div>
          <div>
            <h5>{t("consHeading")}</h5>
            <ul>{action.cons.map((item, index) => <li key={index}>{item}</li>)}</ul>
          </div>
        </div>
      ) : null}
    </>
  );
}

export function ActionCard({ client, action }: { client: RoomClient; action: Action }) {
  const t = useT();
  const { error, run } = useRunner();
  const [editing, setEditing] = useState(false);
  const [scoring, setScoring] = useState(false);
  const role = client.role;
  const mayEdit = role === Role.FACILITATOR || role === Role.PARTICIPANT;
  return (
    <article class="card action" data-testid="action" data-action-id={action.id.toString()}>
      <header class="action-head">
        <h3>{action.title}</h3>
        <ZoneTag zone={action.circleZone} />
        {action.term !== ActionTerm.UNSPECIFIED ? (
          <span class="tag">{action.term === ActionTerm.SHORT ? t("termShort") : t("termLong")}</span>
        ) : null}
        <span class="tag" data-testid="action-scorers">{t("scoredOf", { done: action.scorers, of: client.state.participantCount })}</span>
      </header>
      {editing ? <ActionForm client={client} action={action} onDone={() => setEditing(false)} /> : <ActionDetails action={action} />}
      {scoring && role === Role.PARTICIPANT ? <ScoreForm client={client} action={action} /> : null}
      <div class="buttons">
        {mayEdit && !editing ? (
          <button type="button" class="secondary" data-testid="work-out" onClick={() => setEditing(true)}>
            {t("workOut")}
          </button>
        ) : null}
        {role === Role.PARTICIPANT ? (
          <button type="button" class="secondary" data-testid="score-action" aria-expanded={scoring} onClick={() => setScoring(!scoring)}>
            {t("scoreAction")}
          </button>
        ) : null}
        {role === Role.FACILITATOR ? (
          <button type="button" class="danger" data-testid="remove-action" onClick={() => run(client.command({ case: "removeAction", value: { actionId: action.id } }))}>
            {t("remove")}
          </button>
        ) : null}
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </article>
  );
}
