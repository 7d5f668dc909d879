// A participant scores one action on the seeds' criteria (1..5; reach small / medium / large).
// The room learns only that one more person scored; what this device gave is kept on the device
// so the form shows it again, and scoring again replaces it.
import { useState } from "preact/hooks";
import type { StringKey } from "../i18n/strings";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Action } from "../proto";
import type { Criterion } from "../store/action_state";
import { CRITERIA, criterionMax, isCompleteScore } from "../store/action_state";
import { useRunner } from "./use_runner";

const REACH_NAMES: StringKey[] = ["reachSmall", "reachMedium", "reachLarge"];

export function ScoreForm({ client, action }: { client: RoomClient; action: Action }) {
  const t = useT();
  const { error, run } = useRunner();
  const given = client.secrets.actionScores(action.id);
  const [scores, setScores] = useState<Partial<Record<Criterion, number>>>(() => ({ ...given }));
  const [sent, setSent] = useState(given !== undefined);
  const complete = isCompleteScore(scores);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!isCompleteScore(scores)) return;
    const chosen = { ...scores };
    run(
      client.command({ case: "scoreAction", value: { actionId: action.id, scores: chosen } }).then(() => {
        client.secrets.setActionScores(action.id, chosen);
        setSent(true);
      }),
    );
  };
  return (
    <form class="score-form" onSubmit={submit} data-testid="score-form">
      <p class="hint">{t("criteriaIntro")}</p>
      {CRITERIA.map((criterion) => (
        <fieldset class="score-row" key={criterion}>
          <legend>{t(criterion)}</legend>
          <div class="score-buttons">
            {Array.from({ length: criterionMax(criterion) }, (_, index) => index + 1).map((value) => (
              <button
                type="button"
                key={value}
                class={scores[criterion] === value ? "score score-on" : "score"}
                aria-pressed={scores[criterion] === value}
                data-testid={`score-${criterion}-${value}`}
                onClick={() => {
                  setScores((s) => ({ ...s, [criterion]: value }));
                  setSent(false);
                }}
              >
                {criterion === "reach" ? t(REACH_NAMES[value - 1]) : value}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" data-testid="send-scores" disabled={!complete}>
        {t("sendScores")}
      </button>
      {sent ? (
        <p class="notice" role="status" data-testid="scores-sent">
          {t("scoresSent")}
        </p>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}
