// The facilitator's dilemma form: title, context, exactly three scenarios and which of them follows
// the strategy (the seeds put it third, so 3 is the default). Adds a dilemma (adopting an intake
// proposal when `proposalId` is set) or, with `dilemmaId`, edits one that was not polled yet.
// The form keeps its fields until the server has acknowledged the command; an added dilemma is then
// placed into the current phase.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { FocusKind } from "../proto";
import { useRunner } from "../ui/use_runner";
import { placeInCurrentPhase } from "../ui/place_new_activity";

export interface DilemmaDraft {
  title: string;
  context: string;
  scenarios: string[];
  strategyScenario: number;
}

export const DEFAULT_STRATEGY_SCENARIO = 3;

export function emptyDraft(): DilemmaDraft {
  return { title: "", context: "", scenarios: ["", "", ""], strategyScenario: DEFAULT_STRATEGY_SCENARIO };
}

interface DilemmaFormProps {
  client: RoomClient;
  heading: string;
  initial?: DilemmaDraft;
  proposalId?: bigint;
  dilemmaId?: bigint;
  // Moves the keyboard focus to the title when the form appears (adopting, editing).
  focusOnMount?: boolean;
  onDone?(): void;
  onCancel?(): void;
}

const MARK_CHOICES = [1, 2, 3, 0];

export function DilemmaForm(props: DilemmaFormProps) {
  const { client, heading, proposalId, dilemmaId, onDone, onCancel } = props;
  const t = useT();
  const id = useId();
  const { error, run } = useRunner();
  const [draft, setDraft] = useState<DilemmaDraft>(() => {
    const initial = props.initial ?? emptyDraft();
    // Exactly three scenario fields, whatever a proposal suggested (0..3).
    return { ...initial, scenarios: [0, 1, 2].map((i) => initial.scenarios[i] ?? "") };
  });
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!props.focusOnMount || !titleRef.current) return;
    titleRef.current.focus();
    titleRef.current.scrollIntoView({ block: "center" });
  }, []);
  const change = (part: Partial<DilemmaDraft>) => setDraft({ ...draft, ...part });
  const setScenario = (index: number, text: string) =>
    change({ scenarios: draft.scenarios.map((old, i) => (i === index ? text : old)) });
  const submit = (event: Event) => {
    event.preventDefault();
    const value = {
      title: draft.title.trim(),
      context: draft.context.trim(),
      scenarios: draft.scenarios.map((scenario) => scenario.trim()),
      strategyScenario: draft.strategyScenario,
    };
    const command =
      dilemmaId !== undefined
        ? client.command({ case: "editDilemma", value: { dilemmaId, ...value } })
        : client.command({ case: "addDilemma", value: { ...value, proposalId: proposalId ?? 0n } });
    run(
      command.then((ack) => {
        if (dilemmaId !== undefined) return onDone?.();
        setDraft(emptyDraft());
        onDone?.();
        return placeInCurrentPhase(client, FocusKind.DILEMMA, ack);
      }),
    );
  };
  return (
    <form class="card form-grid dilemma-form" onSubmit={submit} data-testid="dilemma-form">
      <h3>{heading}</h3>
      <label>
        {t("dilemmaTitle")}
        <input
          ref={titleRef}
          name="dilemma-title"
          required
          maxLength={200}
          value={draft.title}
          onInput={(e) => change({ title: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        {t("dilemmaContext")}
        <textarea
          name="dilemma-context"
          rows={2}
          maxLength={2000}
          value={draft.context}
          onInput={(e) => change({ context: (e.target as HTMLTextAreaElement).value })}
        />
      </label>
      {draft.scenarios.map((scenario, index) => (
        <label key={index}>
          {/* Not just "Scenario n": the radios below are named that way. */}
          {t("scenarioTextN", { n: index + 1 })}
          <textarea
            name={`scenario-${index + 1}`}
            rows={2}
            required
            maxLength={500}
            value={scenario}
            onInput={(e) => setScenario(index, (e.target as HTMLTextAreaElement).value)}
          />
        </label>
      ))}
      <fieldset class="choice-row">
        <legend>{t("strategyScenario")}</legend>
        {MARK_CHOICES.map((n) => (
          <label class="check" key={n}>
            <input
              type="radio"
              name={`strategy-scenario-${id}`}
              value={n}
              data-testid={`mark-${n}`}
              checked={draft.strategyScenario === n}
              onChange={() => change({ strategyScenario: n })}
            />
            {n === 0 ? t("noScenario") : t("scenarioN", { n })}
          </label>
        ))}
        <p class="hint">{t("strategyScenarioHint")}</p>
      </fieldset>
      <div class="buttons">
        <button type="submit" data-testid="save-dilemma">
          {dilemmaId !== undefined ? t("save") : t("add")}
        </button>
        {onCancel ? (
          <button type="button" class="secondary" onClick={onCancel}>
            {t("cancel")}
          </button>
        ) : null}
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}
