// The facilitator's template editor: pick the workshop or an exercise from the catalogue, edit a
// copy (phase titles and minutes, board titles, labels, alone-first writing) and apply it. The
// method's maxima (Dilemma's at most 90 minutes, the workshop at most two hours) show as advice.
// An exercise goes into an existing phase (default: the current one) or becomes its own phase
// after a chosen one (TemplatePlacement); applying never touches the clock or the run-sheet.
import { useContext, useEffect, useState } from "preact/hooks";
import { LangContext, useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { BoardKind } from "../proto";
import type { BoardPlan, Placement, TemplatePlan } from "../store/template_plan";
import { adviceFor, fetchCatalogue, templateSteps, totalMinutes } from "../store/template_plan";
import { applyTemplate } from "../ui/apply_template";
import { TemplatePlacement, usePlacement } from "./template_placement";
import { useRunner } from "../ui/use_runner";

function lines(text: string): string[] {
  return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

function BoardEditor({ board, onChange }: { board: BoardPlan; onChange(board: BoardPlan): void }) {
  const t = useT();
  return (
    <fieldset class="template-board">
      <legend>{t("templateBoard")}</legend>
      <label>
        {t("templateTitle")}
        <input value={board.title} maxLength={200} onInput={(e) => onChange({ ...board, title: e.currentTarget.value })} />
      </label>
      {board.kind !== BoardKind.CIRCLES ? (
        <label>
          {t("templateColumns")}
          <textarea rows={board.columns.length || 3} value={board.columns.join("\n")} onInput={(e) => onChange({ ...board, columns: lines(e.currentTarget.value) })} />
        </label>
      ) : null}
      {board.kind === BoardKind.MATRIX ? (
        <label>
          {t("templateRows")}
          <textarea rows={board.rows.length || 3} value={board.rows.join("\n")} onInput={(e) => onChange({ ...board, rows: lines(e.currentTarget.value) })} />
        </label>
      ) : null}
      <label class="check">
        <input type="checkbox" checked={board.privateFirst} onChange={(e) => onChange({ ...board, privateFirst: e.currentTarget.checked })} />
        {t("templatePrivateFirst")}
      </label>
    </fieldset>
  );
}

// The phases a template adds (the workshop's, or an exercise's own phase): titles and minutes.
function PhasesEditor({ plan, onChange }: { plan: TemplatePlan; onChange(plan: TemplatePlan): void }) {
  const t = useT();
  const setPlan = onChange;
  const setPhase = (index: number, change: Partial<TemplatePlan["phases"][number]>) =>
    onChange({ ...plan, phases: plan.phases.map((p, i) => (i === index ? { ...p, ...change } : p)) });
  return (
    <>
      <ol class="template-phases">
        {plan.phases.map((phase, index) => (
          <li key={index}>
            <input aria-label={t("templateTitle")} value={phase.title} maxLength={200} onInput={(e) => setPhase(index, { title: e.currentTarget.value })} />
            <input
              aria-label={t("templateMinutes")}
              type="number"
              min={1}
              max={480}
              value={phase.minutes}
              onInput={(e) => setPhase(index, { minutes: Math.max(1, Number(e.currentTarget.value) || 1) })}
            />
            <button type="button" aria-label={t("remove")} onClick={() => setPlan({ ...plan, phases: plan.phases.filter((_, i) => i !== index) })}>×</button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setPlan({ ...plan, phases: [...plan.phases, { title: t("templateNewPhase"), minutes: 10, maxMinutes: 0 }] })}>
        {t("templateAddPhase")}
      </button>
      <p data-testid="template-total">
        {plan.maxTotalMinutes > 0
          ? t("templateTotalOf", { n: totalMinutes(plan), max: plan.maxTotalMinutes })
          : t("templateTotal", { n: totalMinutes(plan) })}
      </p>
    </>
  );
}

export function TemplatePanel({ client }: { client: RoomClient }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const { error, run } = useRunner();
  const [catalogue, setCatalogue] = useState<TemplatePlan[]>([]);
  const [plan, setPlan] = useState<TemplatePlan | undefined>(undefined);
  const [applied, setApplied] = useState("");
  const placement = usePlacement(client);
  useEffect(() => {
    fetchCatalogue(lang).then(setCatalogue, () => setCatalogue([]));
  }, [lang]);
  const choose = (key: string) => {
    setApplied("");
    const chosen = catalogue.find((entry) => entry.key === key);
    setPlan(chosen ? structuredClone(chosen) : undefined);
  };
  const apply = () => {
    if (!plan) return;
    const where: Placement = placement.value;
    // Sent one by one; the room client keeps each pending (and retries it) until its ack.
    run(applyTemplate(client, templateSteps(plan, client.state.phases, where)).then(() => setApplied(plan.name)));
  };
  return (
    <section class="panel" aria-labelledby="templates-h">
      <h2 id="templates-h">{t("templates")}</h2>
      <label>
        {t("template")}
        <select data-testid="template-select" value={plan?.key ?? ""} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="">{t("templateChoose")}</option>
          {catalogue.map((entry) => <option value={entry.key} key={entry.key}>{entry.name}</option>)}
        </select>
      </label>
      {plan ? (
        <form onSubmit={(e) => { e.preventDefault(); apply(); }}>
          <p class="hint">{plan.purpose}</p>
          {plan.replacesAgenda ? <p class="hint">{t("templateReplaces")}</p> : <TemplatePlacement client={client} placement={placement} />}
          {plan.replacesAgenda || placement.value.kind === "ownPhaseAfter" ? <PhasesEditor plan={plan} onChange={setPlan} /> : null}
          {plan.boards.map((board, index) => (
            <BoardEditor key={index} board={board} onChange={(next) => setPlan({ ...plan, boards: plan.boards.map((b, i) => (i === index ? next : b)) })} />
          ))}
          <ul class="advice" role="status">
            {adviceFor(plan).map((advice, index) => (
              <li key={index}>
                {advice.kind === "phaseOverMaximum"
                  ? t("advicePhaseOver", { phase: plan.phases[advice.index]?.title ?? "", n: advice.minutes, max: advice.maxMinutes })
                  : t("adviceTotalOver", { n: advice.minutes, max: advice.maxMinutes })}
              </li>
            ))}
          </ul>
          <button type="submit" data-testid="template-apply">{t("templateApply")}</button>
          {applied ? <p class="hint" role="status">{t("templateApplied", { name: applied })}</p> : null}
          {error ? <p class="error" role="alert">{error}</p> : null}
        </form>
      ) : null}
    </section>
  );
}
